"""analyze -o writes the län overview for more than two kommuner, and the report gets its län section."""

from __future__ import annotations

from pathlib import Path

from samnet.load.source import bundled_data_dir, load_data
from samnet.runs import analysis_run


def test_ostergotland_gets_lan_html_and_a_report_section():
    run = analysis_run(load_data(bundled_data_dir("ostergotland")), output_dir=Path("ut"))
    page = run.files[Path("ut/lan.html")]
    assert "<h1>Länet: Östergötland</h1>" in page
    assert "Utan samordnare i kartläggningen: Vadstena kommun och Ydre kommun (2 av 13)." in page
    markdown = run.files[Path("ut/report.md")]
    assert "\n## Länet\n" in markdown and "- Utan samordnare i kartläggningen: Vadstena kommun och Ydre" in markdown
    assert "| Ydre kommun | 4 | 2 | 3 | 1 | 0,500 | 0 % |" in markdown
    report = run.files[Path("ut/report.html")]
    assert "<h2>Länet</h2>" in report and "Vadstena kommun och Ydre kommun (2 av 13)" in report


def test_two_kommuner_are_compared_not_overviewed():
    run = analysis_run(load_data(bundled_data_dir()), output_dir=Path("ut"), report=False)
    assert Path("ut/lan.html") not in run.files
    assert Path("ut/compare-ljusdal-sandviken.html") in run.files


def test_no_maps_no_lan_page():
    run = analysis_run(load_data(bundled_data_dir("ostergotland")), output_dir=Path("ut"), maps=False, report=False)
    assert Path("ut/lan.html") not in run.files
