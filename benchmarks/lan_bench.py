"""Time the län overview (lan.html) on generated data: figures and page in Python, ready, sort and click in Chromium.

    python benchmarks/lan_bench.py --kommuner 290 [--runs 5]

It generates the data with benchmarks/generate.py, builds and measures every kommun network
once (as ``samnet analyze`` does), then times :func:`samnet.measure.lan.lan_figures` and
:func:`samnet.present.lan_page.render_lan_page`, and in headless Chromium the time until the
page is ready, one sort of the key-figure table and one click on the map. It prints a
Markdown table row; it asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402

from samnet.core.network import kommun_networks  # noqa: E402
from samnet.load.dataset import load_dataset  # noqa: E402
from samnet.load.norm import bundled_norm  # noqa: E402
from samnet.measure.check import check_networks  # noqa: E402
from samnet.measure.lan import lan_figures  # noqa: E402
from samnet.measure.metrics import analyze_network  # noqa: E402
from samnet.present.lan_page import render_lan_page  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND"]


def _browser_times(path: Path, runs: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    times: dict[str, list[float]] = {"ready": [], "sort": [], "click": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for _ in range(runs):
            context = browser.new_context(offline=True, viewport={"width": 1280, "height": 720})
            page = context.new_page()
            start = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("document.body.dataset.ready === '1'")
            times["ready"].append(time.perf_counter() - start)
            times["sort"].append(
                page.evaluate("""() => { const t0 = performance.now();
                document.querySelector("#kommun-table thead button[data-col='7']").click();
                return (performance.now() - t0) / 1000; }""")
            )
            times["click"].append(
                page.evaluate("""() => { const t0 = performance.now();
                document.querySelector('#lan-map .n.k').dispatchEvent(new MouseEvent('click', {bubbles: true}));
                return (performance.now() - t0) / 1000; }""")
            )
            context.close()
        browser.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kommuner", type=int, default=290)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        actors, links = generate(args.kommuner)
        (folder / "actors.yaml").write_text(actors, encoding="utf-8")
        (folder / "links.yaml").write_text(links, encoding="utf-8")
        dataset = load_dataset(folder)
        networks = kommun_networks(dataset)
        measured = {k: analyze_network(n) for k, n in networks.items()}
        checked = check_networks(networks.values(), bundled_norm("sv"))
        start = time.perf_counter()
        figures = lan_figures(dataset, networks, measured, checked)
        figures_s = time.perf_counter() - start
        start = time.perf_counter()
        page = render_lan_page(figures, "sv")
        render_s = time.perf_counter() - start
        path = folder / "lan.html"
        path.write_text(page, encoding="utf-8")
        times = _browser_times(path, args.runs)

    def median(key: str) -> str:
        values = times[key]
        return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"

    print("| kommuner | structures | page | figures | render | ready | sort | map click |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {len(figures['kommuner'])} | {len(figures['structures'])} | {len(page) / 1e6:.1f} MB | "
        f"{figures_s:.2f} s | {render_s:.2f} s | {median('ready')} | {median('sort')} | {median('click')} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
