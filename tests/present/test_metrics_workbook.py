"""metrics.xlsx: the figures of summary.json and metrics.csv, as real numbers with Swedish headers."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import ROOT

from samnet.cli import cli
from samnet.core.vocab import TYPES, type_name
from samnet.present.metrics_workbook import SUMMARY_LABELS, header, metrics_workbook, summary_label


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
    for key in SUMMARY_LABELS:
        assert list(rows[summary_label(key)]) == [s[key] for s in summaries], key
    assert list(rows["beskrivna band på nivå 3 (samarbete)"]) == [s["levels"]["3"] for s in summaries]
    assert list(rows["båda nivåerna"]) == [s["scopes"]["both"] for s in summaries]
    assert list(rows["Envägslänkar: orosanmälan"]) == [s["one_way_by_kind"]["orosanmalan"] for s in summaries]
    assert isinstance(rows["Täthet"][0], float)


def test_no_key_or_code_is_shown_and_english_is_english(tmp_path):
    args = ["analyze", "--data", str(ROOT / "data"), "--no-maps", "-o", str(tmp_path), "--lang", "en"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    wb = openpyxl.load_workbook(tmp_path / "metrics.xlsx")
    assert wb.sheetnames == ["summary", "ljusdal", "sandviken"]
    labels = [r[0] for r in wb["summary"].iter_rows(min_row=1, values_only=True)]
    assert labels[0] == "key figure" and "Person-dependent pairs" in labels
    # A label is words, never a key of summary.json ("described_ties").
    assert not [label for label in labels if "_" in label]
    sheet = list(wb["ljusdal"].iter_rows(values_only=True))
    column = sheet[0].index("type")
    assert {row[column] for row in sheet[1:]} <= {type_name(t, "en") for t in TYPES}


def test_each_kommun_sheet_equals_its_metrics_csv_as_numbers(analysed):
    wb = openpyxl.load_workbook(analysed / "metrics.xlsx")
    for kommun in ("ljusdal", "sandviken"):
        with open(analysed / kommun / "metrics.csv", encoding="utf-8", newline="") as handle:
            table = list(csv.reader(handle))
        sheet = list(wb[kommun].iter_rows(values_only=True))
        assert list(sheet[0]) == [header(k) for k in table[0]]
        assert len(sheet) == len(table)
        numeric = [i for i, key in enumerate(table[0]) if key not in ("id", "name", "type", "huvudman", "kommun")]
        assert all(isinstance(row[i], (int, float)) for row in sheet[1:] for i in numeric)
        for got, want in zip(sheet[1:], table[1:]):
            for key, value, text in zip(table[0], got, want):
                if isinstance(value, (int, float)):
                    assert value == pytest.approx(float(text))
                elif key == "type":
                    assert value == type_name(text)
                else:
                    assert (value or "") == text.lstrip("'")


def test_same_figures_same_bytes():
    figures = {"k": {"actors": 1, "centrality": [{"id": "a", "degree": 0}]}}
    assert metrics_workbook(figures) == metrics_workbook(figures)
