"""Workbooks as a careless user and an attacker make them: every one read right or refused in one line, exit 1.

Every workbook is built here, at test time, from the starter workbook: cells
edited with openpyxl, or its XML parts replaced by hand where no spreadsheet
program would write them (bombs, doctypes, a cut-off zip).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from samnet.cli import cli
from samnet.errors import DataError
from samnet.load.workbook import read_workbook
from samnet.load.xlsx_reader import MAX_PART_BYTES, XlsxBook
from samnet.write.convert import conversion_files
from samnet.write.starter import starter_workbook

ACTORS = "xl/worksheets/sheet2.xml"  # the starter's sheet aktörer: rows 2-6, kommun in column E


def _edited(tmp_path: Path, edit, name: str = "k.xlsx") -> Path:
    wb = openpyxl.load_workbook(io.BytesIO(starter_workbook()))
    edit(wb)
    path = tmp_path / name
    wb.save(path)
    return path


def _rezipped(tmp_path: Path, parts: dict, name: str = "k.xlsx", raw: bytes | None = None, level: int = 6) -> Path:
    """The starter workbook with some parts replaced (or added); a part given as a callable edits the old bytes."""
    source = zipfile.ZipFile(io.BytesIO(raw or starter_workbook()))
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename in parts:
                new = parts.pop(info.filename)
                data = new(data) if callable(new) else new
            out.writestr(info.filename, data)
        for name_, data in parts.items():
            out.writestr(name_, data)
    return path


def _problems(path: Path, lang: str = "sv") -> list:
    with pytest.raises(DataError) as caught:
        read_workbook(path, lang=lang)
    return caught.value.problems


def _codes(path: Path) -> list[tuple]:
    return [(p.line, p.code) for p in _problems(path)]


def _validate(path: Path, *args: str):
    return CliRunner().invoke(cli, ["validate", "--data", str(path), *args])


# Silent misreads.


def test_a_kommun_merged_over_two_rows_belongs_to_both_actors(tmp_path):
    def edit(wb):
        ws = wb["aktörer"]
        ws["E3"] = None  # the skola row; Excel keeps only the top-left value of a merge
        ws.merge_cells("E2:E3")

    dataset = read_workbook(_edited(tmp_path, edit))
    assert dataset.actors["minkommun-skola"].kommun == "minkommun"
    assert dataset.actors["minkommun-ifo"].kommun == "minkommun"


def test_a_merge_down_to_the_last_row_adds_no_rows(tmp_path):
    def merge(xml: bytes) -> bytes:
        merged = b'</sheetData><mergeCells count="1"><mergeCell ref="E2:E1048576"/></mergeCells>'
        return xml.replace(b"</sheetData>", merged, 1)

    dataset = read_workbook(_rezipped(tmp_path, {ACTORS: merge}))
    assert len(dataset.actors) == 5 and dataset.actors["polisen"].kommun == "minkommun"


def test_cells_merged_across_columns_are_reported_on_their_range(tmp_path):
    def edit(wb):
        wb["aktörer"].merge_cells("B3:C3")

    found = _problems(_edited(tmp_path, edit))
    merged = [p for p in found if p.line == "aktörer!B3" and p.code == "wrong-shape"]
    assert len(merged) == 1 and "B3:C3" in merged[0].message


def _with_error_cells(xml: bytes) -> bytes:
    # How Excel stores a formula whose result is an error: t="e" and the error as the cached value.
    xml = re.sub(rb'<c r="B3"[^>]*>.*?</c>', b'<c r="B3" t="e"><f>A1/0</f><v>#REF!</v></c>', xml, count=1)
    xml = re.sub(rb'<c r="G2"[^>]*>.*?</c>', b'<c r="G2" t="e"><v>#VALUE!</v></c>', xml, count=1)
    return re.sub(rb'<c r="H2"[^>]*>.*?</c>', b'<c r="H2" t="e"><v>#N/A</v></c>', xml, count=1)


def test_excel_error_values_are_problems_on_their_cells(tmp_path):
    path = _rezipped(tmp_path, {ACTORS: _with_error_cells})
    found = _problems(path, lang="en")
    assert [(p.line, p.code) for p in found] == [
        ("aktörer!G2", "wrong-type"),
        ("aktörer!H2", "wrong-type"),
        ("aktörer!B3", "wrong-type"),
    ]
    assert '"#REF!"' in found[2].message and "Excel error" in found[2].message


def test_notes_names_and_refs_round_trip_exactly_through_a_workbook(tmp_path):
    from samnet.load.dataset import load_dataset
    from samnet.write.starter import starter_files

    folder = tmp_path / "d"
    folder.mkdir()
    files = starter_files()
    files["actors.yaml"] = files["actors.yaml"].replace(
        "note: Tar emot orosanmälningar.", 'note: "  Tar emot\\torosanmälningar.\\t "'
    )
    files["actors.yaml"] = files["actors.yaml"].replace("ref: intervju 1 ", "ref: ' intervju 1  '")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    original = load_dataset(folder)
    assert original.actors["minkommun-ifo"].note == "  Tar emot\torosanmälningar.\t "
    for path, data in conversion_files(original, tmp_path / "k.xlsx").items():
        path.write_bytes(data)
    again = read_workbook(tmp_path / "k.xlsx")
    assert again.actors["minkommun-ifo"].note == original.actors["minkommun-ifo"].note
    assert again.actors["minkommun-ifo"].ref == " intervju 1  "
    assert again == original
    for path, data in conversion_files(again, tmp_path / "tillbaka").items():
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    assert load_dataset(tmp_path / "tillbaka") == original


def test_a_note_longer_than_a_cell_holds_is_refused_in_yaml_and_in_a_workbook(tmp_path):
    from samnet.load.dataset import load_dataset
    from samnet.write.starter import starter_files

    folder = tmp_path / "d"
    folder.mkdir()
    files = starter_files()
    files["actors.yaml"] = files["actors.yaml"].replace("note: Tar emot orosanmälningar.", "note: " + "x" * 40_000)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_dataset(folder)
    assert [(p.line, p.code) for p in caught.value.problems] == [(23, "too-large")]
    assert "40000" in caught.value.problems[0].message
    path = _rezipped(
        tmp_path,
        {ACTORS: lambda xml: xml.replace(b"Tar emot orosanm", b"x" * 40_000 + b"Tar emot orosanm", 1)},
    )
    assert _codes(path) == [("aktörer!H2", "too-large")]


# Files other tools write, and damaged ones.


def test_an_empty_fill_in_the_styles_is_read(tmp_path):
    def empty_fill(xml: bytes) -> bytes:
        return re.sub(rb"<fills count=\"(\d+)\">", lambda m: b'<fills count="%d"><fill/>' % (int(m[1]) + 1), xml)

    path = _rezipped(tmp_path, {"xl/styles.xml": empty_fill})
    assert b"<fill/>" in zipfile.ZipFile(path).read("xl/styles.xml")
    assert len(read_workbook(path).actors) == 5


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_a_cut_off_workbook_is_one_problem_exit_1(tmp_path, keep):
    whole = starter_workbook()
    path = tmp_path / "k.xlsx"
    path.write_bytes(whole[: int(len(whole) * keep)])
    result = _validate(path)
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"{path}") and "encoding" in lines[0]


def test_a_sheet_cut_off_inside_its_xml_names_the_sheet(tmp_path):
    path = _rezipped(tmp_path, {ACTORS: lambda xml: xml[: len(xml) // 2]})
    result = _validate(path, "--lang", "en")
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(f"{path}:aktörer!A1: aktörer: encoding: the part xl/worksheets/")


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)
EXTERNAL = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'


def _declared(xml: bytes, head: bytes, use: bytes) -> bytes:
    """``xml`` with ``head`` declared before its root and ``use`` put in its first text."""
    body = re.sub(rb"^<\?xml[^>]*\?>", b"", xml)
    return head + re.sub(rb"<t>|<t xml:space=\"preserve\">", b"<t>" + use, body, count=1)


@pytest.mark.parametrize(
    "part",
    [ACTORS, "xl/workbook.xml", "xl/sharedStrings.xml"],
    ids=["sheet", "workbook", "shared-strings"],
)
@pytest.mark.parametrize("head, use", [(BOMB, b"&lol3;"), (EXTERNAL, b"&ext;")], ids=["bomb", "external"])
def test_entity_declarations_are_refused_in_every_part(tmp_path, part, head, use):
    if part == "xl/sharedStrings.xml":
        parts = {
            part: head
            + b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
            + use
            + b"</t></si></sst>"
        }
    else:
        parts = {part: lambda xml: _declared(xml, head, use)}
    path = _rezipped(tmp_path, parts)
    if part == "xl/sharedStrings.xml":
        # Linked from the workbook, as Excel does, so the reader opens it.
        rel = (
            b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'sharedStrings" Target="sharedStrings.xml" Id="rId99"/></Relationships>'
        )
        path = _rezipped(
            tmp_path,
            {"xl/_rels/workbook.xml.rels": lambda x: x.replace(b"</Relationships>", rel)},
            raw=path.read_bytes(),
            name="k2.xlsx",
        )
    result = _validate(path, "--lang", "en")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert len(lines) == 2 and "encoding: the workbook holds a document type declaration" in lines[0]
    assert "root:" not in result.output


def test_a_kommun_id_of_300_characters_is_refused_before_it_names_a_file(tmp_path):
    from samnet.write.starter import starter_files

    folder = tmp_path / "d"
    folder.mkdir()
    long_id = "k" * 300
    for name, text in starter_files().items():
        (folder / name).write_text(text.replace("minkommun", long_id), encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", "--data", str(folder), "-o", str(tmp_path / "out"), "--no-maps"])
    assert result.exit_code == 1, result.output
    assert "id-too-long" not in result.output and "too-large" in result.output
    assert not (tmp_path / "out").exists()


# Cost.


def _bomb(tmp_path: Path, megabytes: int, part: str = ACTORS) -> Path:
    """The starter with ``part`` padded by ``megabytes`` MB of spaces, packed as it is written."""
    source = zipfile.ZipFile(io.BytesIO(starter_workbook()))
    path = tmp_path / "bomb.xlsx"
    spaces = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename != part:
                out.writestr(info.filename, data)
                continue
            head, _, tail = data.partition(b"<sheetData>")
            info = zipfile.ZipInfo(part)
            info.compress_type = zipfile.ZIP_DEFLATED
            with out.open(info, "w", force_zip64=True) as stream:
                stream.write(head + b"<sheetData>")
                for _ in range(megabytes):
                    stream.write(spaces)
                stream.write(tail)
    return path


def _peak_memory_mb(*args: str) -> tuple[int, float, str]:
    """Exit code, peak memory (MB) and stderr of ``samnet ARGS`` in a fresh process."""
    code = (
        "import resource, sys\n"
        "from samnet.cli import main\n"
        "sys.argv = ['samnet', *sys.argv[1:]]\n"
        "try:\n    main()\nexcept SystemExit as e:\n    status = e.code\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, status, file=sys.stdout)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)
    peak, status = done.stdout.split()[-2:]
    return int(status), int(peak) / 1024, done.stderr


def test_a_sheet_that_unpacks_past_the_part_limit_is_refused_unread(tmp_path):
    path = _bomb(tmp_path, MAX_PART_BYTES // 2**20 + 1)
    assert path.stat().st_size < 2 * 2**20
    status, peak, stderr = _peak_memory_mb("validate", "--data", str(path), "--lang", "en")
    assert status == 1 and peak < 200, (peak, stderr)
    assert "too-large: the part xl/worksheets/sheet2.xml unpacks to 513 MB" in stderr


def test_a_sheet_that_packs_like_a_bomb_is_refused(tmp_path):
    path = _bomb(tmp_path, 40)
    found = _problems(path)
    assert [(p.line, p.code) for p in found] == [("aktörer!A1", "too-large")]


def test_a_whitespace_padded_sheet_under_the_limits_reads_in_bounded_memory(tmp_path, monkeypatch):
    path = _bomb(tmp_path, 200)
    import samnet.load.xlsx_reader as reader

    monkeypatch.setattr(reader, "MAX_RATIO", 10**6)
    book = XlsxBook(path)
    cells = book.sheet("aktörer")
    assert [n for n, _row in cells.rows] == [1, 2, 3, 4, 5, 6]


def _filled_down(tmp_path: Path, last: int = 1_048_576) -> Path:
    """The starter's last actor row filled down to row ``last``, as Excel writes a fill-down."""

    def fill(xml: bytes) -> bytes:
        row = re.search(rb'<row r="6">.*?</row>', xml).group().replace(b"%", b"%%").replace(b'6"', b'%d"')
        numbers = range(7, last + 1)
        tail = b"".join(map(row.__mod__, zip(*[numbers] * row.count(b"%d"))))
        return xml.replace(b"</sheetData>", tail + b"</sheetData>")

    return _rezipped(tmp_path, {ACTORS: fill}, level=1)


def test_a_fill_down_to_the_last_row_is_one_problem_and_is_not_parsed(tmp_path):
    path = _filled_down(tmp_path)
    cells = XlsxBook(path).sheet("aktörer")
    # The cost: six rows parsed, the million others compared as bytes in blocks.
    assert [n for n, _row in cells.rows] == [1, 2, 3, 4, 5, 6]
    assert cells.repeats == [(7, 1_048_576, 6)]
    found = _problems(path, lang="en")
    assert [(p.line, p.code) for p in found] == [("aktörer!A7", "wrong-shape")]
    assert found[0].message == "rows 7–1048576 are the same as row 6 (filled down?); delete them"


def test_a_repeated_row_with_a_change_is_read(tmp_path):
    def fill(xml: bytes) -> bytes:
        row = re.search(rb'<row r="6">.*?</row>', xml).group()
        rows = [row.replace(b'6"', b'%d"' % n) for n in range(7, 11)]
        rows[2] = rows[2].replace(b"polisen", b"polisen-2")  # row 9 differs only in its id
        return xml.replace(b"</sheetData>", b"".join(rows) + b"</sheetData>")

    found = _problems(_rezipped(tmp_path, {ACTORS: fill}))
    assert [(p.line, p.code) for p in found] == [
        ("aktörer!A7", "wrong-shape"),
        ("aktörer!A10", "duplicate-id"),  # it repeats row 8, not the row above: read, and a duplicate
    ]
    assert "7–8" in found[0].message


def test_empty_styled_rows_to_the_bottom_cost_nothing_and_say_nothing(tmp_path):
    def styled(xml: bytes) -> bytes:
        tail = b"".join(b'<row r="%d" s="1" customFormat="1"/>' % n for n in range(7, 200_001))
        return xml.replace(b"</sheetData>", tail + b"</sheetData>")

    path = _rezipped(tmp_path, {ACTORS: styled})
    assert [n for n, _row in XlsxBook(path).sheet("aktörer").rows] == [1, 2, 3, 4, 5, 6]
    assert len(read_workbook(path).actors) == 5


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_a_data_file_that_is_not_a_regular_file_is_refused(tmp_path, kind):
    from samnet.write.starter import starter_files

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "links.yaml").write_text(starter_files()["links.yaml"], encoding="utf-8")
    if kind == "fifo":
        os.mkfifo(folder / "actors.yaml")
    elif kind == "device":
        (folder / "actors.yaml").symlink_to("/dev/zero")
    else:
        (folder / "actors.yaml").mkdir()
    result = CliRunner().invoke(cli, ["validate", "--data", str(folder), "--lang", "en"])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{folder}/actors.yaml: missing-file: is not a regular file (a FIFO, a device or a folder); give a saved file"
    )


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_norm_or_a_workbook_that_is_not_a_regular_file_is_refused(tmp_path, kind):
    special = tmp_path / "x.xlsx"
    norm = tmp_path / "n.yaml"
    if kind == "fifo":
        os.mkfifo(special)
        os.mkfifo(norm)
    else:
        special.symlink_to("/dev/zero")
        norm.symlink_to("/dev/zero")
    result = _validate(special, "--lang", "en")
    assert result.exit_code == 1 and "is not a regular file" in result.output
    result = CliRunner().invoke(cli, ["check", "--example", "--norm", str(norm), "--lang", "en"])
    assert result.exit_code == 1 and "is not a regular file" in result.output


def _with_validation_extension(xml: bytes) -> bytes:
    # What Excel writes for a drop-down list whose source is on another sheet; openpyxl warns on it.
    ext = (
        b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        b'<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        b'<x14:dataValidation type="list"><x14:formula1><xm:f>listor!$A$2:$A$9</xm:f></x14:formula1>'
        b"<xm:sqref>C2:C9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>"
    )
    return xml.replace(b"</worksheet>", ext)


def test_no_library_warning_reaches_the_terminal(tmp_path):
    path = _rezipped(tmp_path, {ACTORS: _with_validation_extension})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert len(read_workbook(path).actors) == 5
    assert caught == []
    done = subprocess.run(
        [sys.executable, "-m", "samnet", "validate", "--data", str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
