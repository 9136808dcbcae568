"""Shared fixtures. Browser: one offline headless Chromium per test module, driven by Playwright.

Without Chromium or Playwright the browser tests are skipped on a developer's
machine, but *fail* when the ``CI`` environment variable is set: a check that
cannot run must not pass silently there.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

#: The checkout: the folder that holds samnet/, tests/, data/ and README.md.
ROOT = Path(__file__).resolve().parent.parent
#: The package's source, for tests that read it (architecture, language, table writers).
PACKAGE = ROOT / "samnet"
#: The bundled data (Ljusdal and Sandviken).
DATA = ROOT / "data"
#: The test fixtures: small data folders, invalid files, norms, comparison pairs.
FIXTURES = ROOT / "tests" / "fixtures"
#: The README, which several tests hold to the code.
README = ROOT / "README.md"

#: Debian's package; never a Playwright download (there is no network to fetch one).
CHROMIUM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    # No name resolves, so nothing could leave the machine even if the page tried.
    "--host-resolver-rules=MAP * ~NOTFOUND",
]
LOCAL_SCHEMES = ("file://", "data:", "about:", "blob:")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def browser_unavailable(reason: str) -> None:
    if in_ci():
        pytest.fail(f"{reason}; CI is set, so the browser tests must run", pytrace=False)
    pytest.skip(reason)


def chromium_path() -> str | None:
    explicit = os.environ.get("SAMNET_CHROMIUM")
    if explicit:
        return explicit
    for path in CHROMIUM_PATHS:
        if os.path.exists(path):
            return path
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def chromium():
    """A headless Chromium (Playwright ``Browser``), shared by the tests of one module."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        browser_unavailable("Playwright is not installed (pip install playwright)")
    executable = chromium_path()
    if not executable:
        browser_unavailable("Chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class PageLog:
    """What a page did: console errors, uncaught exceptions, requests, dialogs."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def remote_requests(self) -> list[str]:
        return [url for url in self.requests + self.blocked if not url.startswith(LOCAL_SCHEMES)]


@pytest.fixture
def open_map(chromium):
    """Open an HTML file offline and wait for ``document.body.dataset.ready``; returns (page, log).

    ``ready=False`` is for pages with no script of their own (the written report): it waits
    for the load event only.
    """
    contexts = []

    def _open(path, *, width: int = 1400, height: int = 900, timeout: float = 20_000, ready: bool = True):
        context = chromium.new_context(offline=True, viewport={"width": width, "height": height})
        contexts.append(context)
        log = PageLog()

        def guard(handle):
            url = handle.request.url
            if url.startswith(LOCAL_SCHEMES):
                handle.continue_()
            else:
                log.blocked.append(url)
                handle.abort()

        context.route("**/*", guard)
        page = context.new_page()
        page.on("console", lambda m: log.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc: log.errors.append(f"uncaught: {exc}"))
        page.on("request", lambda r: log.requests.append(r.url))
        page.on("dialog", lambda d: (log.dialogs.append(d.message), d.dismiss()))
        page.goto(path.resolve().as_uri())
        if ready:
            page.wait_for_function("document.body.dataset.ready === '1'", timeout=timeout)
        return page, log

    yield _open
    for context in contexts:
        context.close()
