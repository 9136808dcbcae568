"""Retake the README's screenshots of lan.html in docs/ from the bundled Östergötland data.

    python tools/lan_screenshots.py

Runs ``samnet analyze --example ostergotland -o`` into a scratch folder, opens ``lan.html``
offline in Debian's Chromium (Playwright, the system browser) at 1280×720, and writes
``docs/lan-overview.png`` (the top of the page) and ``docs/lan-map.png`` (the län network
after a click on Åtvidaberg). It also prints the page to ``lan.pdf`` in the scratch folder
and says where. Look at the PNGs after running it.
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


def main() -> int:
    from playwright.sync_api import sync_playwright

    scratch = Path(tempfile.mkdtemp(prefix="samnet-lan-"))
    subprocess.run(
        [sys.executable, "-m", "samnet", "analyze", "--example", "ostergotland", "--no-report", "-o", "ut"],
        cwd=scratch,
        check=True,
        capture_output=True,
    )
    page_path = scratch / "ut" / "lan.html"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.goto(page_path.as_uri())
        page.wait_for_function("document.body.dataset.ready === '1'")
        page.screenshot(path=str(DOCS / "lan-overview.png"))
        page.click('#lan-map .n.k[data-id="atvidaberg"]')
        page.query_selector("#lan-network").scroll_into_view_if_needed()
        page.screenshot(path=str(DOCS / "lan-map.png"))
        page.click("#lan-map")  # clear the selection before printing
        page.pdf(path=str(scratch / "lan.pdf"), format="A4", print_background=True)
        browser.close()
    print(f"wrote docs/lan-overview.png, docs/lan-map.png and {scratch / 'lan.pdf'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
