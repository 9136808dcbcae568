#!/usr/bin/env python3
"""Benchmark the interactive maps: time to a ready map, and to a whole frame after a zoom.

A seeded synthetic network of N actors (average degree about 5, hubs
through preferential attachment, one link in five one-way, one forum per 25
actors) is rendered with :func:`samnet.present.maps.page.render_map`, written to a
file and opened in headless Chromium, offline; ``--bundled`` adds the bundled
data's Ljusdal map as ``samnet map`` writes it. Each run uses a fresh browser
context (no cache) at 1400x900.

Figures per run, in milliseconds:

- **ready**: from navigation start to the moment the page sets
  ``document.body.dataset.ready`` (recorded by the page itself as
  ``window.samnetReadyAt``): every map drawn at its precomputed positions, with
  filters, search and side panel wired.
- **painted**: the first animation frame after *ready* has run and the task
  after it (the canvas drawn into pixels; in headless Chromium without a GPU
  that is the costly part of a frame).
- **zoom in** / **zoom out**: from a mouse-wheel step over the map's centre
  (the event's own time stamp) to the first frame that shows the whole map
  again, lines and labels included, painted as above. A large map leaves its
  lines out while the wheel turns; this is the wait until they are back.

``--baseline COMMIT`` renders the same pages with that commit's code (from
``git archive``) and measures both, interleaved run by run, so machine noise
hits them alike.

This is a benchmark, not a test: it prints figures and checks nothing.

Usage::

    python benchmarks/map_bench.py [--sizes 500 2000] [--bundled] [--runs 7]
        [--baseline COMMIT] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samnet.core.model import Actor, Dataset, Forum, Kommun, Link  # noqa: E402
from samnet.core.vocab import AREAS, ONE_WAY_KINDS, TYPES  # noqa: E402

__all__ = ["synthetic_dataset", "measure", "main"]

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]
HUVUDMAN_OF_GROUP = {
    "social": "kommun",
    "kommun": "kommun",
    "school": "kommun",
    "health": "region",
    "justice": "stat",
    "civil": "ideell",
    "regional": "stat",
}


def synthetic_dataset(n: int, seed: int = 1) -> Dataset:
    """A seeded network of ``n`` actors in one kommun, with hubs, one-way links and forums.

    Examples
    --------
    >>> ds = synthetic_dataset(50)
    >>> len(ds.actors), len(ds.links) > 100, len(ds.forums)
    (50, True, 2)
    """
    rng = random.Random(seed)
    kommun = frozenset({"bench"})
    types = sorted(TYPES)
    actors = {}
    for i in range(n):
        kind = rng.choice(types)
        actor_id = f"a{i:05d}"
        actors[actor_id] = Actor(
            actor_id, f"{TYPES[kind].sv.split(' (')[0]} {i}", kind, HUVUDMAN_OF_GROUP[TYPES[kind].group], "bench"
        )
    ids = list(actors)
    links: list[Link] = []
    weights = [1.0] * n
    seen = set()
    target_links = int(n * 2.6)
    while len(links) < target_links:
        u = rng.randrange(n)
        # Preferential attachment: a few actors (IFO, Polisen) end up with many ties.
        v = rng.choices(range(n), weights=weights)[0]
        if u == v or (u, v) in seen:
            continue
        seen.add((u, v))
        weights[u] += 0.5
        weights[v] += 0.5
        areas = frozenset(a for a in AREAS if rng.random() < 0.3)
        if rng.random() < 0.2:
            links.append(
                Link(
                    len(links),
                    ids[u],
                    ids[v],
                    rng.choice(ONE_WAY_KINDS),
                    None,
                    frozenset(),
                    False,
                    areas,
                    kommun,
                    ref="synthetic",
                )
            )
        else:
            scopes = rng.choice([("individ",), ("struktur",), ("individ", "struktur")])
            links.append(
                Link(
                    len(links),
                    ids[u],
                    ids[v],
                    "samverkan",
                    rng.choices([1, 2, 3, 4], [4, 3, 2, 1])[0],
                    frozenset(scopes),
                    rng.random() < 0.15,
                    areas,
                    kommun,
                    ref="synthetic",
                )
            )
    forums = []
    for f in range(max(1, n // 25)):
        members = tuple(sorted(rng.sample(ids, rng.randint(4, 10))))
        forums.append(
            Forum(
                f"forum-{f}",
                f"Forum {f}",
                members,
                rng.randint(1, 4),
                frozenset({"struktur"}),
                False,
                frozenset(),
                kommun,
                ref="synthetic",
            )
        )
    return Dataset({"bench": Kommun("bench", "Benchkommun")}, actors, tuple(links), tuple(forums))


# In the page, after ready: the time of the first painted frame after a callback.
PAINTED_JS = """() => new Promise(done => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)))"""

# In the page: resolves with milliseconds from the next wheel event to the painted frame
# that draws the whole map (vis-network leaves the lines out of a large map while zooming).
ZOOM_JS = """() => { window.samnetBenchZoom = new Promise(done => {
  const net = window.samnetMap.network;
  let wheelAt = null;
  window.addEventListener("wheel", e => { if (wheelAt === null) wheelAt = e.timeStamp; }, { capture: true, once: true });
  function drawn() {
    const partial = net.renderer.zooming && net.renderer.options.hideEdgesOnZoom;
    if (wheelAt === null || partial) { net.once("afterDrawing", drawn); return; }
    requestAnimationFrame(() => setTimeout(() => done(performance.now() - wheelAt), 0));
  }
  net.once("afterDrawing", drawn);
}); }"""


def _thread_ms(cdp) -> float:
    """CPU time of the page's main thread so far, in milliseconds (what a busy machine does not inflate)."""
    metrics = cdp.send("Performance.getMetrics")["metrics"]
    return 1000 * next(m["value"] for m in metrics if m["name"] == "ThreadTime")


def _zoom(page, cdp, delta: int) -> tuple[float, float]:
    box = page.locator(".map-canvas").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.evaluate(ZOOM_JS)
    cpu = _thread_ms(cdp)
    page.mouse.wheel(0, delta)
    wall = page.evaluate("() => window.samnetBenchZoom")
    return wall, _thread_ms(cdp) - cpu


def measure_once(browser, path: Path) -> dict[str, float]:
    """Milliseconds to a ready map, to its painted frame, and to a whole frame after zooming in and out.

    Besides the wall-clock figures, ``* cpu`` keys give the page's main-thread CPU time
    up to the painted first frame and for each zoom.
    """
    context = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable", {"timeDomain": "threadTicks"})
    page.goto(path.as_uri())
    page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=120_000, polling=50)
    figures = {"ready": page.evaluate("window.samnetReadyAt"), "painted": page.evaluate(PAINTED_JS)}
    figures["painted cpu"] = _thread_ms(cdp)
    # Let the page settle (vis-network's own timers) before the wheel turns.
    page.wait_for_timeout(400)
    figures["zoom in"], figures["zoom in cpu"] = _zoom(page, cdp, -100)
    page.wait_for_timeout(400)
    figures["zoom out"], figures["zoom out cpu"] = _zoom(page, cdp, 100)
    context.close()
    return figures


def measure(browser, path: Path, runs: int) -> list[float]:
    """Milliseconds from navigation start to a ready map, one figure per run."""
    return [measure_once(browser, path)["ready"] for _ in range(runs)]


RENDER_SYNTHETIC = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[1] + "/benchmarks")
from map_bench import synthetic_dataset
from samnet.core.network import build_network
from samnet.measure.metrics import analyze_network
from samnet.present.maps.page import drawn_counts, render_map
n, seed, out = int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
network = build_network(synthetic_dataset(n, seed), "bench")
metrics = analyze_network(network)
started = time.perf_counter()
html = render_map(network, metrics)
seconds = time.perf_counter() - started
out.write_text(html, encoding="utf-8")
print(json.dumps([list(drawn_counts(network)), seconds]))
"""


def _render(root: Path, what: str, seed: int, out: Path) -> tuple[str, int, int, float]:
    """Render one page with the code under ``root``, in its own process; (label, nodes, edges, seconds)."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    if what == "ljusdal":
        started = time.perf_counter()
        cmd = [sys.executable, "-m", "samnet", "map", "--kommun", "ljusdal", "-o", str(out)]
        subprocess.run(cmd, cwd=root, env=env, check=True, capture_output=True)
        return "Ljusdal", 0, 0, time.perf_counter() - started
    cmd = [sys.executable, "-c", RENDER_SYNTHETIC, str(root), what, str(seed), str(out)]
    result = subprocess.run(cmd, cwd=root, env=env, check=True, capture_output=True, text=True)
    (nodes, edges), seconds = json.loads(result.stdout)
    return what, nodes, edges, seconds


def _summary(values: list[float]) -> str:
    return f"{statistics.median(values):5.0f} ({min(values):.0f}-{max(values):.0f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 2000])
    parser.add_argument("--bundled", action="store_true", help="also the bundled data's Ljusdal map")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--baseline", help="also measure the pages this commit renders, interleaved")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    root = Path(__file__).resolve().parent.parent
    whats = [str(n) for n in args.sizes] + (["ljusdal"] if args.bundled else [])
    with tempfile.TemporaryDirectory() as tmp:
        trees = [("after", root)]
        if args.baseline:
            base = Path(tmp) / "baseline"
            base.mkdir()
            archive = subprocess.run(["git", "archive", args.baseline], cwd=root, check=True, capture_output=True)
            subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
            trees.insert(0, ("before", base))
        # Render everything first: a browser running beside the layout code
        # competes for the same cores and would distort the render figures.
        pages = []
        for what in whats:
            for tree, tree_root in trees:
                path = Path(tmp) / f"{tree}-{what}.html"
                label, nodes, edges, seconds = _render(tree_root, what, args.seed, path)
                pages.append((label, tree, nodes, edges, path.stat().st_size, seconds, path))
        figures = {id(page): [] for page in pages}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            for _ in range(args.runs):
                for page in pages:
                    figures[id(page)].append(measure_once(browser, page[-1]))
            browser.close()
    print(f"ms: median (min-max) over {args.runs} runs, interleaved; cpu = the page's main thread")
    keys = ("ready", "painted", "painted cpu", "zoom in", "zoom in cpu", "zoom out", "zoom out cpu")
    print(
        f"{'map':>8} {'code':>6} {'nodes':>6} {'edges':>6} {'MB':>5} {'render s':>8} "
        + "".join(f"{k:>17}" for k in keys)
    )
    for page in pages:
        label, tree, nodes, edges, size, seconds, _ = page
        runs = figures[id(page)]
        cells = "".join(f"{_summary([run[key] for run in runs]):>17}" for key in keys)
        print(f"{label:>8} {tree:>6} {nodes or '':>6} {edges or '':>6} {size / 1e6:>5.2f} {seconds:>8.2f} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
