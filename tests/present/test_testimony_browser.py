"""Who said so, on the map, in headless Chromium: the status legend, the status filter, reports on click.

The map of tests/fixtures/testimony (see tests/measure/test_testimony.py for its answers) draws
7 pair lines (by their links' status: confirmed 2, one-sided 1, third party or inferred 2,
on paper or unattributed 2), 1 one-way arrow, 6 forum lines (samråd confirmed 3, nätverket
one-sided 3) and the disputed polis–IFO link marked ✕: 15 lines with the forums shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze_network
from samnet.present.maps.page import render_map

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "testimony"
SCREENSHOT = ROOT / "output" / "testimony-map.png"


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    network = build_network(load_dataset(FIXTURE), "k")
    path = tmp_path_factory.mktemp("testimony") / "map.html"
    path.write_text(render_map(network, analyze_network(network)), encoding="utf-8")
    return path


def _visible(page) -> int:
    return page.evaluate("samnetMaps[0].visibleEdgeCount()")


def _status_box(page, group: str):
    return page.locator(f'input[data-filter="status"][value="{group}"]')


def test_legend_names_every_line_style(open_map, map_file):
    page, log = open_map(map_file, width=1280, height=720)
    items = page.locator("#legend .status-legend li").all_inner_texts()
    assert items == [
        "bekräftat av båda sidor (hel)",
        "ensidigt (streckad)",
        "tredje part eller härlett (prickad)",
        "omstritt: ena sidan säger nej (röd, ✕)",
        "på papper eller utan angiven källa (hel, tunn)",
    ]
    # With testimony the dash pattern tells the status, so the scope lines leave the legend.
    assert "individnivå" not in page.locator("#legend").inner_text().lower()
    assert log.errors == []


@pytest.mark.parametrize(
    ("group", "hidden"),
    [("confirmed", 5), ("one_sided", 4), ("weak", 2), ("disputed", 1), ("other", 2)],
)
def test_status_filter_hides_exactly_its_lines(open_map, map_file, group, hidden):
    page, log = open_map(map_file, width=1280, height=720)
    assert _visible(page) == 15
    _status_box(page, group).uncheck()
    assert _visible(page) == 15 - hidden
    _status_box(page, group).check()
    assert _visible(page) == 15
    assert log.errors == []


def test_clicking_a_line_lists_each_report(open_map, map_file):
    page, log = open_map(map_file, width=1280, height=720)
    page.evaluate("samnetMaps[0].network.emit('click', {nodes: [], edges: ['p:ifo|jour'], pointer: {}})")
    details = page.locator("#details-body").inner_text()
    assert "Kvinnojouren – IFO" in details or "IFO – Kvinnojouren" in details
    for shown in ("bekräftade", "jour-a (samordnare) · nivå 4 · §5.4.1", "ifo-chef (chef) · nivå 2",
                  "ifo-handl (medarbetare) · nivå 1", "kodarens sammanfattning: nivå 4"):  # fmt: skip
        assert shown in details, (shown, details)
    page.evaluate("samnetMaps[0].network.emit('click', {nodes: [], edges: ['d:2'], pointer: {}})")
    details = page.locator("#details-body").inner_text()
    assert "omstridda" in details and "ifo-chef (chef) · ingen samverkan" in details
    assert log.errors == []


def test_testimony_map_screenshot(open_map, map_file):
    """A picture to look at: output/testimony-map.png at a laptop's 1280×720."""
    page, log = open_map(map_file, width=1280, height=720)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 20_000
    assert log.errors == []
