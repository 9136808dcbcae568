"""Retake the README's map and comparison screenshots in docs/ from the bundled data.

    python tools/map_screenshots.py

Runs ``samnet analyze -o`` and ``samnet map --layout force --kommun ljusdal`` into a
scratch folder, opens the pages offline in Debian's Chromium (Playwright, the system
browser) at 1280×720, the size of a coordinator's laptop, and writes
``docs/ljusdal-map.png``, ``docs/ljusdal-map-force.png``, ``docs/compare.png`` and
``docs/compare-click.png`` (the comparison after a click on the schools difference, at
1920×1080). Look at the PNGs after running it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["main"]

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
CLICKED = "Skola, elevhälsa och förskola"


def _samnet(*args: str, cwd: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "samnet", *args, "--data", str(ROOT / "data")],
        cwd=cwd,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _open(browser, path: Path, width: int, height: int):
    context = browser.new_context(offline=True, viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready='1']")
    page.wait_for_timeout(300)  # the label pass runs after the first frame
    return context, page


def _click_schools(page) -> None:
    buttons = page.locator("button[data-focus]")
    texts = buttons.all_inner_texts()
    index = next((i for i, t in enumerate(texts) if t.startswith(CLICKED)), 0)
    buttons.nth(index).click()
    page.wait_for_timeout(500)


def main() -> int:
    from playwright.sync_api import sync_playwright

    out = Path(tempfile.mkdtemp(prefix="samnet-shots-"))
    _samnet("analyze", "-o", str(out), cwd=out)
    _samnet("map", "--layout", "force", "--kommun", "ljusdal", "-o", str(out / "lj-force.html"), cwd=out)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for page_file, name in (
            ("ljusdal/map.html", "ljusdal-map"),
            ("lj-force.html", "ljusdal-map-force"),
            ("compare-ljusdal-sandviken.html", "compare"),
        ):
            context, page = _open(browser, out / page_file, 1280, 720)
            page.screenshot(path=str(DOCS / f"{name}.png"))
            context.close()
        context, page = _open(browser, out / "compare-ljusdal-sandviken.html", 1920, 1080)
        _click_schools(page)
        page.screenshot(path=str(DOCS / "compare-click.png"))
        context.close()
        browser.close()
    for name in ("ljusdal-map", "ljusdal-map-force", "compare", "compare-click"):
        print(f"wrote {DOCS / name}.png", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
