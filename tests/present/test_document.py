"""The written report without a browser: its content, report.docx read back with python-docx, escaping, bytes.

The hand-made dataset of tests/test_render.py (one kommun, every kind of
tie, hostile text in names and notes) keeps the expected counts a few lines
away; the bundled data checks that every kommun gets its section.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner
from conftest import ROOT
from test_render import HOSTILE, sample_dataset

from samnet.cli import cli
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze
from samnet.present.report.blocks import Paragraph
from samnet.present.report.files import report_files
from samnet.present.report.model import build_report

DATA = ROOT / "data"
SMALL = ROOT / "tests" / "fixtures" / "small"


@pytest.fixture(scope="module")
def sample_files():
    ds = sample_dataset()
    return report_files(ds, analyze(ds))


@pytest.fixture(scope="module")
def bundled_files():
    ds = load_dataset(DATA)
    return report_files(ds, analyze(ds))


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def test_model_has_summary_box_and_one_section_per_kommun():
    ds = load_dataset(DATA)
    report = build_report(ds, analyze(ds))
    titles = [s.title for s in report.sections]
    # The bundled data names no norm: the last section says in one line how to run a check.
    assert titles == [
        "Sammanfattning",
        "Så läser du rapporten",
        "Ljusdals kommun",
        "Sandvikens kommun",
        "Jämfört med den regionala överenskommelsen",
    ]
    assert [b.text for b in report.sections[-1].blocks][0].startswith("Ingen regional överenskommelse angiven")
    kommun = report.sections[2]
    # The bundled data is testimony (000's informants): agreement between the sides comes first.
    assert [s.title for s in kommun.subsections] == [
        "Samstämmighet",
        "Centrala aktörer",
        "Envägslänkar",
        "Personbundna par",
        "Forum",
        "Mäklare, E-I-index och nyckelaktörer",
    ]
    assert [c.key for c in report.charts()][:3] == ["ljusdal-trappa", "ljusdal-scopes", "ljusdal-network"]


def test_the_check_follows_the_kommuner():
    from dataclasses import replace

    from samnet.load.norm import bundled_norm
    from samnet.measure.check import check_networks
    from samnet.present.check_text import check_document_section

    ds = sample_dataset()
    measured = analyze(ds)
    check = check_networks(measured.networks.values(), bundled_norm())
    report = build_report(ds, replace(measured, check=check))
    assert report.sections[-1] == check_document_section(check, "sv")
    # Without a check the same place holds one line on how to run one.
    assert build_report(ds, measured).sections[-1].blocks[0].text.startswith("Ingen regional överenskommelse")


def test_summary_counts_come_from_the_data():
    # sample_dataset: 9 actors, 7 links (2 one-way), 1 forum, one kommun.
    ds = sample_dataset()
    summary = build_report(ds, analyze(ds)).sections[0]
    first = summary.blocks[0].text
    assert first == (
        "Rapporten bygger på en kartläggning av en kommun (Testkommun): 9 aktörer, 7 länkar mellan "
        "dem (varav 2 envägslänkar, som inte räknas som samverkan) och 1 forum."
    )
    assert summary.blocks[1].text == "Källa: uppgifterna i mappen data; de anger ingen källa."
    named = build_report(ds, analyze(ds), source="kartlaggning-2024").sections[0]
    assert named.blocks[1].text == "Källa: uppgifterna i mappen kartlaggning-2024; de anger ingen källa."


def test_declared_source_is_cited():
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Source:  # the shape of loader's Dataset.source_info
        title: str | None = None
        author: str | None = None
        year: str | None = None
        url: str | None = None

    ds = sample_dataset()
    object.__setattr__(ds, "source_info", Source("Kartläggning", "FoU Välfärd", "2022", "https://example.org/r"))
    summary = build_report(ds, analyze(ds)).sections[0]
    assert summary.blocks[1].text == "Källa: Kartläggning, FoU Välfärd, 2022 (https://example.org/r)."


def test_how_to_read_cites_the_source_sections_by_title():
    ds = sample_dataset()
    box = build_report(ds, analyze(ds)).sections[1].blocks[0]
    text = " ".join(box.paragraphs)
    assert "avsnitt 4.2, ”Samverkanstrappan”" in text and "avsnitt 6, ”Avslutande kommentarer”" in text
    assert "000" not in text and ".txt" not in text


def test_html_is_self_contained_and_escaped(sample_files):
    page = sample_files["report.html"]
    parsed = _parse(page)
    csp = [a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]
    assert not [t for t, _ in parsed.tags if t == "script"]
    for tag, attrs in parsed.tags:
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            assert not value or value.startswith(("#", "data:")), (tag, value)
    assert HOSTILE not in page and "<img" not in page
    assert "Kvinnojouren &lt;img" in page
    # three charts for the one kommun, each an inline SVG
    assert page.count('<figure class="chart') == 3 == page.count("<svg")


def test_html_same_data_same_bytes(sample_files):
    ds = sample_dataset()
    again = report_files(ds, analyze(ds))
    assert again["report.html"] == sample_files["report.html"]
    assert again["report.docx"] == sample_files["report.docx"]


def test_docx_has_headings_tables_and_pictures(bundled_files):
    import docx

    doc = docx.Document(io.BytesIO(bundled_files["report.docx"]))
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    names = [text for _, text in headings]
    assert ("Title", "Samverkan kring våld i nära relationer") in headings
    for title in (
        "Sammanfattning",
        "Så läser du rapporten",
        "Ljusdals kommun",
        "Sandvikens kommun",
        "Centrala aktörer",
        "Envägslänkar",
        "Personbundna par",
        "Forum",
    ):
        assert title in names, title
    # 3 charts per kommun: trappa, scopes, network.
    assert len(doc.inline_shapes) == 6
    # summary figures, box, and per kommun: key figures, central actors, flows, person-dependent, forums.
    assert len(doc.tables) == 2 + 2 * 8  # per kommun: 5, and key actors, brokerage roles, E-I index
    summary = doc.tables[0]
    assert [c.text for c in summary.rows[0].cells][:4] == ["Kommun", "Aktörer", "Beskrivna band", "Samverkande par"]
    ds = load_dataset(DATA)
    result = analyze(ds)
    assert [r.cells[2].text for r in summary.rows[1:]] == [str(sum(k.levels.values())) for k in result.metrics.values()]
    assert [r.cells[3].text for r in summary.rows[1:]] == [str(k.samverkan_ties) for k in result.metrics.values()]
    assert doc.core_properties.created.year == 2000


def test_docx_and_html_carry_the_same_findings(bundled_files):
    import docx

    doc = docx.Document(io.BytesIO(bundled_files["report.docx"]))
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    page = bundled_files["report.html"]
    items = []
    collector = _parse(page)
    import html

    for bullet in bullets:
        assert f"<li>{html.escape(bullet, quote=True)}</li>" in page
        items.append(bullet)
    assert len(items) == page.count("<li>") >= 10
    assert collector  # parsed without error


def test_english_report(tmp_path):
    ds = sample_dataset()
    files = report_files(ds, analyze(ds), "en")
    assert '<html lang="en">' in files["report.html"]
    assert "How to read this report" in files["report.html"]
    assert "Sammanfattning" not in files["report.html"]


def test_analyze_writes_report_files(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["analyze", "--data", str(SMALL), "-o", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (out / "report.docx").read_bytes()[:2] == b"PK"
    assert json.loads(result.stdout)["kommuner"]


def test_no_report_skips_them(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["analyze", "--data", str(SMALL), "-o", str(out), "--no-report", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert (out / "report.md").exists() and (out / "map.html").exists()
    assert not (out / "report.html").exists() and not (out / "report.docx").exists()


@pytest.mark.parametrize(
    "args", [["--help"], ["validate", "--data", "data"], ["analyze", "--data", "data", "--format", "json"]]
)
def test_matplotlib_and_docx_are_not_imported(args):
    code = (
        "import sys\nfrom samnet.cli import cli\n"
        f"try:\n    cli.main(args={args!r}, prog_name='samnet', standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
        "print('\\nIMPORTED:' + ','.join(sorted(m for m in ('matplotlib', 'docx') if m in sys.modules)))"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.rstrip().splitlines()[-1] == "IMPORTED:"


def test_the_import_check_can_fail():
    code = "import sys\nimport samnet.present.figures, matplotlib.figure\nprint('matplotlib' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "True"


def test_kommun_section_sentences_carry_their_figures():
    # sample_dataset: forskola→ifo has no samverkan beside it, skola→ifo has (link 1): 1 of 2 alone.
    # ifov–jour is the only person-dependent tie and both have no other tie: both isolated, 1 pair lost.
    ds = sample_dataset()
    kommun = build_report(ds, analyze(ds)).sections[2]
    flows, person = kommun.subsections[1], kommun.subsections[2]
    texts = [b.text for b in flows.blocks if isinstance(b, Paragraph)]
    assert texts[0] == "1 av 2 envägslänkar går mellan aktörer som inte samverkar i övrigt."
    assert "Förskolan" in " ".join(texts[1:])  # reaches IFO only by its orosanmälan
    loss = [b.text for b in person.blocks if isinstance(b, Paragraph)][0]
    assert loss.startswith("Utan de personbundna banden: IFO vuxen och Kvinnojouren")
    assert loss.endswith("; 1 aktörspar kan inte längre nå varandra.")


def test_two_kommuner_get_the_comparison_section(tmp_path):
    # The bundled data holds two kommuner: analyze -o adds the comparison's ranked differences.
    import html

    from samnet.core.network import build_network
    from samnet.measure.comparison import compare_networks
    from samnet.measure.metrics import analyze_network
    from samnet.present.compare_words import difference_sentences
    from samnet.runs import analysis_run

    ds = load_dataset(DATA)
    run = analysis_run(ds, fmt="json", output_dir=tmp_path, maps=False)
    page = run.files[tmp_path / "report.html"]
    nets = [build_network(ds, k) for k in ("ljusdal", "sandviken")]
    expected = difference_sentences(compare_networks(*nets, *(analyze_network(n) for n in nets)))
    assert "<h2>Jämförelse: Ljusdals kommun och Sandvikens kommun</h2>" in page
    for sentence in expected[:10]:
        assert f"<li>{html.escape(sentence, quote=True)}</li>" in page
    assert f"Här visas 10 av {len(expected)} skillnader; alla står i compare-ljusdal-sandviken.md." in page
    assert run.files[tmp_path / "report.docx"][:2] == b"PK"


def test_comparison_section_without_differences_says_so():
    from samnet.measure.results import Comparison, ComparisonSide
    from samnet.present.report.model import comparison_section

    section = comparison_section(Comparison(ComparisonSide("a", "A", "A"), ComparisonSide("b", "B", "B")), "en")
    assert section.title == "Comparison: A and B"
    assert section.blocks[-1].text == "The mapping shows no difference between the municipalities."
