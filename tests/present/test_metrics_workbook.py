"""metrics.xlsx: the figures of summary.json and metrics.csv, as real numbers with Swedish headers."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import ROOT

from samnet.cli import cli
from samnet.present.metrics_workbook import HEADERS, SUMMARY_LABELS, metrics_workbook


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    out = tmp_path_factory.mktemp("analysed")
    result = CliRunner().invoke(
        cli, ["analyze", "--data", str(ROOT / "data"), "--no-maps", "-o", str(out), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    return out


def test_summary_sheet_holds_the_key_figures_of_each_kommun(analysed):
    wb = openpyxl.load_workbook(analysed / "metrics.xlsx")
    assert wb.sheetnames == ["sammanfattning", "ljusdal", "sandviken"]
    rows = {r[0]: r[1:] for r in wb["sammanfattning"].iter_rows(min_row=2, values_only=True)}
    summaries = [
        json.loads((analysed / k / "summary.json").read_text(encoding="utf-8")) for k in ("ljusdal", "sandviken")
    ]
    for key, label in SUMMARY_LABELS.items():
        assert list(rows[label]) == [s[key] for s in summaries], key
    assert list(rows["band på nivå 3 (samarbete)"]) == [s["levels"]["3"] for s in summaries]
    assert list(rows["band på båda nivåerna"]) == [s["scopes"]["both"] for s in summaries]
    assert list(rows["enkelriktade: orosanmälan"]) == [s["one_way_by_kind"]["orosanmalan"] for s in summaries]
    assert isinstance(rows["täthet"][0], float)


def test_each_kommun_sheet_equals_its_metrics_csv_as_numbers(analysed):
    wb = openpyxl.load_workbook(analysed / "metrics.xlsx")
    for kommun in ("ljusdal", "sandviken"):
        with open(analysed / kommun / "metrics.csv", encoding="utf-8", newline="") as handle:
            table = list(csv.reader(handle))
        sheet = list(wb[kommun].iter_rows(values_only=True))
        assert list(sheet[0]) == [HEADERS[k] for k in table[0]]
        assert len(sheet) == len(table)
        numeric = [i for i, key in enumerate(table[0]) if key not in ("id", "name", "type", "huvudman", "kommun")]
        assert all(isinstance(row[i], (int, float)) for row in sheet[1:] for i in numeric)
        for got, want in zip(sheet[1:], table[1:]):
            for value, text in zip(got, want):
                if isinstance(value, (int, float)):
                    assert value == pytest.approx(float(text))
                else:
                    assert (value or "") == text.lstrip("'")


def test_same_figures_same_bytes():
    figures = {"k": {"actors": 1, "centrality": [{"id": "a", "degree": 0}]}}
    assert metrics_workbook(figures) == metrics_workbook(figures)
