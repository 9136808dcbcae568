"""Paper and practice in the län overview: per kommun, from the check's findings, in lan.html and the report.

tests/fixtures/paper_lan holds three kommuner. K is tests/fixtures/paper's kommun, whose findings
were counted by hand there: one agreement on paper only (IFO vuxenenheten – Vuxenpsykiatrin have no
tie), two practices without a document (IFO vuxenenheten – Skolan; BUP Dalarna – IFO barn och
familj), one lapsed routine (decided 2019). L has the agreement and the routine among parties
that work together: no finding. M has one actor: nothing to compare.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from samnet.load.source import load_data
from samnet.present.check_words import paper_lines
from samnet.present.lan_page import render_lan_page
from samnet.present.lan_text import lan_markdown, lan_paper, lan_section
from samnet.runs import analysis_run

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture(scope="module")
def figures():
    from samnet.core.network import kommun_networks
    from samnet.load.norm import check_inputs, data_norm
    from samnet.measure.check import check_networks
    from samnet.measure.lan import lan_figures
    from samnet.measure.metrics import analyze_network

    dataset = load_data(FIXTURES / "paper_lan")
    networks = kommun_networks(dataset)
    checked = check_networks(networks.values(), data_norm(dataset, "sv"), **check_inputs(dataset))
    return lan_figures(dataset, networks, {k: analyze_network(n) for k, n in networks.items()}, checked)


def test_counts_per_kommun_match_the_hand_count(figures):
    paper = lan_paper(figures, "sv")
    assert paper["rows"] == [("Kommun K", 1, 2, 1), ("Kommun L", 0, 0, 0), ("Kommun M", 0, 0, 0)]
    assert paper["summary"] == (
        "Papper och praktik går isär i 1 av 3 kommuner: 1 dokument bara på papper, "
        "2 fall av praxis utan dokument och 1 upphört dokument."
    )


def test_each_finding_is_named_and_only_where_it_is(figures):
    lines = lan_paper(figures, "sv")["lines"]
    assert len(lines) == 4 and all(line.startswith("Kommun K: ") for line in lines)
    assert lines[0] == (
        "Kommun K: Finns på papper: Lokal överenskommelse om kvinnofrid gäller, men IFO vuxenenheten – "
        "Vuxenpsykiatrin har inget band i kartläggningen"
    )
    assert "Upphört: Rutin för sekretess och dokumenthantering (beslutad 2019)" in lines[-1]
    assert not any("Kommun L" in line or "Kommun M" in line for line in lines)


def test_the_overview_says_what_the_check_says_for_the_one_kommun_fixture(figures):
    """tests/fixtures/paper alone gives the terminal's lines; the overview repeats them for K, word for word."""
    from samnet.core.network import kommun_networks
    from samnet.load.norm import check_inputs, data_norm
    from samnet.measure.check import check_networks

    dataset = load_data(FIXTURES / "paper")
    checked = check_networks(kommun_networks(dataset).values(), data_norm(dataset, "sv"), **check_inputs(dataset))
    terminal = paper_lines(checked.kommuner[0], "sv")
    assert [line.removeprefix("Kommun K: ") for line in lan_paper(figures, "sv")["lines"]] == terminal


def test_page_and_report_carry_the_findings(figures):
    page = render_lan_page(figures, "en")
    assert '<section id="paper">' in page and page.count('<td class="num hit">') == 3
    assert "Paper and practice part ways in 1 of 3 municipalities" in page
    (paper,) = lan_section(figures, "sv").subsections
    assert paper.title == "Papper och praktik"
    assert any(
        "Finns på papper: Lokal överenskommelse" in item for b in paper.blocks for item in getattr(b, "items", ())
    )
    assert "| Kommun K | 1 | 2 | 1 |" in lan_markdown(figures, "sv").replace("  ", " ")


def test_analyze_writes_them_into_lan_html_and_report_md(tmp_path):
    run = analysis_run(load_data(FIXTURES / "paper_lan"), output_dir=tmp_path, report=False)
    page, markdown = run.files[tmp_path / "lan.html"], run.files[tmp_path / "report.md"]
    assert "Papper och praktik går isär i 1 av 3 kommuner" in page
    assert "Kommun K: Upphört: Rutin för sekretess och dokumenthantering (beslutad 2019)" in markdown


def test_no_finding_no_claim(figures):
    clean = replace(figures, check=dict(figures.check, paper={k: [] for k in figures.check["paper"]}))
    paper = lan_paper(clean, "sv")
    assert paper["lines"] == [] and "isär" not in paper["summary"]
    assert paper["summary"].startswith("Inget dokument bara på papper")
    assert '<table id="paper-table">' not in render_lan_page(clean, "sv")


def test_without_documents_it_says_so_and_counts_nothing(figures):
    bare = replace(figures, check=dict(figures.check, has_documents=False))
    paper = lan_paper(bare, "en")
    assert paper["summary"].startswith("The mapping records no documents") and paper["lines"] == []


def test_without_a_norm_there_is_no_paper_section(figures):
    assert lan_paper(replace(figures, check=None), "sv") is None
    assert '<section id="paper">' not in render_lan_page(replace(figures, check=None), "sv")
    assert lan_section(replace(figures, check=None), "sv").subsections == ()
