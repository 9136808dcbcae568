"""lan.html in headless Chromium: the table sorts, the map highlights, nothing is requested, it fits 1280×720.

Run with ``pytest -m browser``; needs Playwright and Debian's ``chromium``.
"""

from __future__ import annotations

import pytest

from samnet.load.source import bundled_data_dir, load_data
from samnet.runs import analysis_run

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def lan_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lan")
    run = analysis_run(load_data(bundled_data_dir("ostergotland")), output_dir=folder, report=False)
    path = folder / "lan.html"
    path.write_text(run.files[path], encoding="utf-8")
    return path


def _column(page, index: int) -> list[str]:
    return page.evaluate(
        f"() => [...document.querySelectorAll('#kommun-table tbody tr')].map(r => r.cells[{index}].textContent)"
    )


def _header_index(page, heading: str) -> int:
    return page.evaluate(
        """(h) => [...document.querySelectorAll('#kommun-table thead button')]
                  .findIndex(b => b.textContent.replace(/\\u00ad/g, '') === h)""",
        heading,
    )


def test_the_table_sorts_by_a_number_and_by_name(open_map, lan_page):
    page, log = open_map(lan_page, width=1280, height=720)
    density = _header_index(page, "Täthet")
    assert density > 0
    page.click(f"#kommun-table thead button[data-col='{density}']")
    values = [float(v.replace(",", ".")) for v in _column(page, density)]
    assert values == sorted(values) and values[0] < values[-1]
    assert page.get_attribute(f"#kommun-table thead button[data-col='{density}'] >> xpath=..", "aria-sort") == (
        "ascending"
    )
    page.click(f"#kommun-table thead button[data-col='{density}']")
    assert [float(v.replace(",", ".")) for v in _column(page, density)] == sorted(values, reverse=True)
    page.click("#kommun-table thead button[data-col='0']")
    names = _column(page, 0)
    assert names[0] == "Boxholms kommun" and names[-1] == "Ödeshögs kommun"
    assert log.errors == [] and log.remote_requests == []


def test_clicking_a_kommun_on_the_map_shows_its_structures(open_map, lan_page):
    page, log = open_map(lan_page, width=1280, height=720)
    page.click('#lan-map .n.k[data-id="vadstena"]')
    panel = page.inner_text("#panel-body")
    assert panel.startswith("Vadstena kommun")
    # Vadstena sits in the jämställdhetsnätverk and Västra only (not Länsnätverket kvinnofrid).
    assert "Västra samverkansstrukturen" in panel and "Länsnätverk för jämställdhet" in panel
    assert "Länsnätverket kvinnofrid" not in panel
    # One line per structure it takes part in, and the panel names the actors it takes part through.
    assert page.evaluate("document.querySelectorAll('#lan-map .e.hi').length") == 2
    assert "genom " in panel
    assert page.evaluate("document.getElementById('lan-map').classList.contains('focus')")
    # A structure: its kommuner light up.
    page.click('#lan-map .n.s[data-id="ostra-vinr"]')
    lit = page.evaluate("[...document.querySelectorAll('#lan-map .n.k.hi')].map(n => n.dataset.id).sort()")
    assert lit == ["norrkoping", "soderkoping", "valdemarsvik"]
    # Keyboard: Enter on a focused node selects it too.
    page.focus('#lan-map .n.k[data-id="ydre"]')
    page.keyboard.press("Enter")
    assert page.inner_text("#panel-body").startswith("Ydre kommun")
    assert log.errors == [] and log.remote_requests == []


def test_fits_a_1280_laptop(open_map, lan_page):
    page, _ = open_map(lan_page, width=1280, height=720)
    widths = page.evaluate(
        """() => { const t = document.getElementById('kommun-table');
                   return [t.scrollWidth, t.parentNode.clientWidth, document.documentElement.scrollWidth]; }"""
    )
    assert widths[0] <= widths[1] and widths[2] <= 1280
    box = page.eval_on_selector("#lan-map", "m => { const r = m.getBoundingClientRect(); return [r.width, r.height]; }")
    assert box[1] <= 720 and box[0] >= 600


DALARNA = (
    "Avesta",
    "Borlänge",
    "Falun",
    "Gagnef",
    "Hedemora",
    "Leksand",
    "Ludvika",
    "Malung-Sälens",
    "Mora",
    "Orsa",
    "Rättviks",
    "Smedjebackens",
    "Säters",
    "Vansbro",
    "Älvdalens",
)


@pytest.fixture(scope="module")
def fifteen(tmp_path_factory):
    """Dalarna's 15 kommuner (004), each with its IFO and samordnare, all in one länsnätverk."""
    from samnet.core.model import Actor, Dataset, Forum, Kommun

    kommuner = {f"k{i:02}": Kommun(f"k{i:02}", f"{name} kommun", "Dalarna") for i, name in enumerate(DALARNA)}
    actors = {"lst": Actor("lst", "Länsstyrelsen Dalarna", "lansstyrelse", "stat")}
    for k in kommuner:
        actors[f"{k}-ifo"] = Actor(f"{k}-ifo", "IFO", "ifo", "kommun", k)
        actors[f"{k}-samordnare"] = Actor(f"{k}-samordnare", "Samordnare", "strateg", "kommun", k)
    forum = Forum(
        "natverk",
        "Länsgruppen för kvinnofrid",
        ("lst", *(f"{k}-samordnare" for k in kommuner)),
        2,
        frozenset({"struktur"}),
        areas=frozenset({"vinr"}),
        kommuner=frozenset(kommuner),
    )
    folder = tmp_path_factory.mktemp("fifteen")
    # Held against the bundled norm, so that the page carries its rules × kommuner matrix too.
    from samnet.load.norm import bundled_norm

    run = analysis_run(Dataset(kommuner, actors, (), (forum,)), output_dir=folder, report=False, norm=bundled_norm())
    path = folder / "lan.html"
    path.write_text(run.files[path], encoding="utf-8")
    return path


def test_fifteen_kommuner_fit_a_1280_laptop(open_map, fifteen):
    page, log = open_map(fifteen, width=1280, height=720)
    widths = page.evaluate(
        """() => { const t = document.getElementById('kommun-table');
                   return [t.scrollWidth, t.parentNode.clientWidth, document.documentElement.scrollWidth,
                           document.querySelector('table.matrix').scrollWidth]; }"""
    )
    assert widths[0] <= widths[1] and widths[2] <= 1280 and widths[3] <= 1280
    labels = page.evaluate(
        "[...document.querySelectorAll('#lan-map .n text')].map(t => { const b = t.getBoundingClientRect(); "
        "return {x: b.x, y: b.y, width: b.width, height: b.height, size: parseFloat(getComputedStyle(t).fontSize) "
        "* b.height / t.getBBox().height}; })"
    )
    # A name per kommun, a name and a count per structure.
    assert len(labels) == 15 + 2
    svg = page.eval_on_selector("#lan-map", "m => { const r = m.getBoundingClientRect(); return [r.left, r.right]; }")
    for label in labels:
        # Inside the map, and readable at 1280×720 (at least 9 px on screen).
        assert svg[0] <= label["x"] and label["x"] + label["width"] <= svg[1], label
        assert label["height"] >= 9, label
    # No two texts on the map overlap.
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            apart = (
                a["x"] + a["width"] <= b["x"]
                or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"]
                or b["y"] + b["height"] <= a["y"]
            )
            assert apart, (a, b)
    assert log.errors == [] and log.remote_requests == []
