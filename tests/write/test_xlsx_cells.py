"""Every cell samnet writes into any workbook from data is a value, never a formula (the CSV rule for xlsx)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from click.testing import CliRunner

from samnet.cli import cli
from samnet.load.dataset import load_dataset
from samnet.write.starter import starter_files

HOSTILE = '=HYPERLINK("http://example.invalid","klicka")'


def _hostile_data(folder: Path) -> Path:
    """The starter mapping with formula-looking text in every free-text field a user can write."""
    folder.mkdir()
    files = starter_files()
    for old in ("Min kommun", "Individ- och familjeomsorgen", "Tar emot orosanmälningar.", "intervju 1"):
        files["actors.yaml"] = files["actors.yaml"].replace(old, f"'{HOSTILE} {old}'")
    files["links.yaml"] = files["links.yaml"].replace("Samverkansgruppen mot våld", "'+cmd|calc!A1'")
    files["links.yaml"] = files["links.yaml"].replace("Kontakten går genom en handläggare.", "'@SUM(1+1)'")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    load_dataset(folder)  # still a valid mapping
    return folder


def _cells(raw: bytes):
    """(part, cell XML) for every cell of every sheet of a workbook."""
    with zipfile.ZipFile(io.BytesIO(raw)) as book:
        for name in book.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                for cell in re.findall(rb"<c [^>]*?(?:/>|>.*?</c>)", book.read(name), flags=re.S):
                    yield name, cell


def _workbooks(tmp_path: Path) -> dict[str, bytes]:
    data = _hostile_data(tmp_path / "data")
    runner = CliRunner()
    out = tmp_path / "out"
    steps = [
        ["analyze", "--data", str(data), "-o", str(out), "--no-maps"],
        ["convert", str(data), str(tmp_path / "k.xlsx")],
        ["export", "--data", str(data), "-o", str(tmp_path / "kumu.xlsx")],
        ["template", "-o", str(tmp_path / "tom.xlsx")],
        ["init", str(tmp_path / "start"), "--xlsx"],
    ]
    for step in steps:
        result = runner.invoke(cli, step)
        assert result.exit_code == 0, (step, result.output)
    found = {str(p.relative_to(tmp_path)): p.read_bytes() for p in tmp_path.rglob("*.xlsx")}
    assert {"out/metrics.xlsx", "k.xlsx", "kumu.xlsx", "tom.xlsx", "start/kartlaggning.xlsx"} <= set(found)
    return found


def test_no_cell_of_any_workbook_samnet_writes_is_a_formula(tmp_path):
    books = _workbooks(tmp_path)
    seen_hostile = 0
    for name, raw in books.items():
        for part, cell in _cells(raw):
            assert b"<f>" not in cell and b"<f " not in cell, (name, part, cell)
            # Text is typed as text: an inline or shared string, never a bare (number) cell holding letters.
            kind = re.search(rb' t="([^"]+)"', cell)
            value = re.search(rb"<v>(.*?)</v>", cell)
            if kind is None and value is not None:
                float(value.group(1))
            if b"HYPERLINK" in cell or b"cmd|calc" in cell or b"@SUM" in cell:
                seen_hostile += 1
                assert kind is not None and kind.group(1) in (b"inlineStr", b"s"), (name, cell)
    # The hostile texts did reach the workbooks: as text, in the data, the metrics and the export.
    assert seen_hostile >= 6


def test_the_metrics_summary_header_keeps_a_kommun_name_as_text(tmp_path):
    import openpyxl

    from samnet.present.metrics_workbook import metrics_workbook

    raw = metrics_workbook({"k": {"name": "=1+1", "actors": 2}})
    ws = openpyxl.load_workbook(io.BytesIO(raw))["sammanfattning"]
    assert ws["B1"].value == "=1+1" and ws["B1"].data_type == "s"
