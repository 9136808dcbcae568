"""report.html in headless Chromium: every chart drawn, nothing requested, and A4 print without cut charts.

Printing goes two ways: Chromium's own ``--print-to-pdf`` for the page count
and the page images (pdftoppm, in the test's tmp folder), and Playwright's
``page.pdf`` after marking the top and bottom of every chart, so that
pdftotext can tell on which page each chart starts and ends.

Run with ``pytest -m browser``; needs Playwright, Debian's ``chromium`` and poppler-utils.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import CHROMIUM_ARGS, ROOT, browser_unavailable, chromium_path

from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze
from samnet.present.report.files import report_files
from samnet.present.report.model import build_report

pytestmark = pytest.mark.browser

DATA = ROOT / "data"
#: A4 height less the print CSS's top and bottom margins (20 mm + 18 mm), in CSS pixels.
PAGE_CONTENT_PX = (297 - 38) / 25.4 * 96


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    ds = load_dataset(DATA)
    result = analyze(ds)
    folder = tmp_path_factory.mktemp("report")
    path = folder / "report.html"
    path.write_text(report_files(ds, result)["report.html"], encoding="utf-8")
    charts = [c.key for c in build_report(ds, result).charts()]
    kommuner = [k.name for k in result.metrics.values()]
    return path, charts, kommuner


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        browser_unavailable(f"{name} is not installed (apt-get install poppler-utils)")
    return found


def test_every_chart_renders_and_nothing_is_requested(open_map, report):
    path, charts, _ = report
    page, log = open_map(path, width=1280, height=720, ready=False)
    drawn = page.evaluate("""() => [...document.querySelectorAll('figure.chart')].map(f => {
        const svg = f.querySelector('svg'); const r = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
        return {key: f.dataset.chart, w: r.width, h: r.height,
                texts: svg ? svg.querySelectorAll('text').length : 0};
    })""")
    assert [d["key"] for d in drawn] == charts
    for d in drawn:
        assert d["w"] > 300 and d["h"] > 100, d
        assert d["texts"] > 3, d  # tick labels, legend, labels are text, not outlines
    assert log.remote_requests == [] and log.errors == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280


def test_charts_fit_one_printed_page(open_map, report):
    path, _, _ = report
    page, log = open_map(path, width=1280, height=720, ready=False)
    page.emulate_media(media="print")
    page.set_viewport_size({"width": int(174 / 25.4 * 96), "height": 1000})
    heights = page.evaluate("""() => [...document.querySelectorAll('figure.chart')].map(
        f => f.getBoundingClientRect().height)""")
    assert heights and max(heights) < PAGE_CONTENT_PX
    # Nothing wider than the page: Chromium would shrink the whole document to fit it,
    # and the 7 pt labels of a 16 cm figure with it.
    width = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1], width
    networks = page.evaluate("""() => [...document.querySelectorAll('figure.chart.wide svg')].map(
        s => s.getBoundingClientRect().width)""")
    assert networks and min(networks) >= 16 / 2.54 * 96 - 1, networks


def test_print_to_pdf_page_count_and_kommun_pages(report, tmp_path):
    path, charts, kommuner = report
    executable = chromium_path() or browser_unavailable("Chromium is not installed")
    pdftoppm, pdfinfo, pdftotext = _tool("pdftoppm"), _tool("pdfinfo"), _tool("pdftotext")
    pdf = tmp_path / "report.pdf"
    subprocess.run(
        [executable, *CHROMIUM_ARGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", path.resolve().as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    # Front matter, then each kommun from a new page with three charts and five tables: at least 2 pages each.
    assert 1 + 2 * len(kommuner) <= pages <= 8 * len(kommuner)
    assert "(A4)" in info  # the print CSS sets the page size
    subprocess.run([pdftoppm, "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    texts = [
        subprocess.run(
            [pdftotext, "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, pages + 1)
    ]
    lines = [[line.strip() for line in t.splitlines() if line.strip()] for t in texts]
    for name in kommuner:
        # The kommun's heading is the first line under the running heading of some page,
        # and that page's running heading names the kommun.
        # (The summary's sub-heading of the same name may also open a page, under the report's own heading.)
        starts = [page for page in lines if page[1:2] == [name] and page[0].endswith(f"– {name}")]
        assert len(starts) == 1, name
    assert lines[0][0] == "Samverkan kring våld i nära relationer"


def test_no_chart_is_cut_across_pages(open_map, report, tmp_path):
    path, charts, _ = report
    pdftotext, pdfinfo = _tool("pdftotext"), _tool("pdfinfo")
    page, log = open_map(path, width=1280, height=720, ready=False)
    # Mark the top and bottom of every chart with text pdftotext can find.
    page.evaluate("""() => document.querySelectorAll('figure.chart').forEach(f => {
        const mark = (text) => { const d = document.createElement('div'); d.textContent = text;
                                 d.style.fontSize = '6px'; return d; };
        f.prepend(mark('CHARTSTART-' + f.dataset.chart)); f.append(mark('CHARTEND-' + f.dataset.chart));
    })""")
    pdf = tmp_path / "marked.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    where: dict[str, list[int]] = {}
    for n in range(1, pages + 1):
        text = subprocess.run(
            [pdftotext, "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        for key in charts:
            for kind in ("START", "END"):
                if f"CHART{kind}-{key}" in text:
                    where.setdefault(key, []).append(n)
    for key in charts:
        assert len(where.get(key, [])) == 2, (key, where.get(key))
        start, end = where[key]
        assert start == end, f"chart {key} starts on page {start} and ends on page {end}"


@pytest.mark.parametrize(("width", "media"), [(1280, "screen"), (700, "screen"), (794, "print")])
def test_table_headers_wrap_at_spaces_never_inside_a_word(open_map, report, width, media):
    path, _, _ = report
    page, _ = open_map(path, width=width, height=720, ready=False)
    page.emulate_media(media=media)
    broken = page.evaluate("""() => {
        const canvas = document.createElement('canvas').getContext('2d');
        const out = [];
        for (const th of document.querySelectorAll('th')) {
            const style = getComputedStyle(th);
            canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const room = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            for (const word of th.textContent.split(/\\s+/).filter(Boolean)) {
                if (canvas.measureText(word).width > room + 0.5) out.push(word);
            }
        }
        return out;
    }""")
    assert broken == []
