"""Excel workbooks as a data source: round trips, one invalid workbook per error code, cell positions."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import ROOT

from samnet.cli import cli
from samnet.errors import DataError
from samnet.load.dataset import load_dataset
from samnet.load.workbook import read_workbook
from samnet.write.starter import starter_workbook
from samnet.write.workbook import dataset_workbook, template_workbook

DATA = ROOT / "data"


def _plain(dataset):
    """What a dataset says: a Dataset holds no positions, so it compares as it is."""
    return dataset


def test_the_bundled_data_round_trips_through_a_workbook(tmp_path):
    folder = load_dataset(DATA)
    path = tmp_path / "kartlaggning.xlsx"
    path.write_bytes(dataset_workbook(folder))
    workbook = read_workbook(path)
    assert _plain(workbook) == _plain(folder)
    assert len(workbook.links) == len(folder.links) > 100
    assert workbook.statements == folder.statements and len(folder.statements) == 17


def test_documents_and_the_norm_round_trip_through_a_workbook_and_yaml(tmp_path):
    paper = Path(__file__).parents[1] / "fixtures" / "paper"
    folder = load_dataset(paper)
    runner = CliRunner()
    for step in (
        ["convert", str(paper), str(tmp_path / "p.xlsx")],
        ["convert", str(tmp_path / "p.xlsx"), str(tmp_path / "p")],
    ):
        assert runner.invoke(cli, step).exit_code == 0
    workbook = read_workbook(tmp_path / "p.xlsx")
    back = load_dataset(tmp_path / "p")
    assert workbook == folder and back == folder
    assert (back.norm, [d.id for d in back.documents]) == ("dalarna-2024", ["lokal-overenskommelse", "rutin-sekretess"])
    assert back.documents[1].status == "upphort" and back.documents[0].decided == "2023-05-10"


def test_the_ostergotland_data_round_trips_with_its_regional_marks(tmp_path):
    folder = load_dataset(DATA / "ostergotland")
    path = tmp_path / "ostergotland.xlsx"
    path.write_bytes(dataset_workbook(folder))
    workbook = read_workbook(path)
    # (An empty informanter sheet reads as no informants, {} rather than None: the same data.)
    assert (workbook.actors, workbook.links, workbook.forums) == (folder.actors, folder.links, folder.forums)
    assert sorted(f.id for f in workbook.forums if f.regional) == [
        "lansnatverk-jamstalldhet",
        "lansnatverket-kvinnofrid",
        "lansrutin-barnmisshandel",
    ]


def test_convert_reaches_a_fixed_point_after_one_round(tmp_path):
    runner = CliRunner()
    steps = [
        ["convert", str(DATA), str(tmp_path / "a.xlsx")],
        ["convert", str(tmp_path / "a.xlsx"), str(tmp_path / "b")],
        ["convert", str(tmp_path / "b"), str(tmp_path / "c.xlsx")],
        ["convert", str(tmp_path / "c.xlsx"), str(tmp_path / "d")],
    ]
    for step in steps:
        result = runner.invoke(cli, step)
        assert result.exit_code == 0, result.output
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "c.xlsx").read_bytes()
    for name in ("actors.yaml", "links.yaml"):
        assert (tmp_path / "b" / name).read_bytes() == (tmp_path / "d" / name).read_bytes()
    assert _plain(load_dataset(tmp_path / "b")) == _plain(load_dataset(DATA))
    again = runner.invoke(cli, ["convert", str(DATA), str(tmp_path / "a.xlsx")])
    assert again.exit_code == 2 and "--force" in again.output


def test_testimony_round_trips_through_a_workbook(tmp_path):
    folder = load_dataset(ROOT / "tests" / "fixtures" / "testimony")
    path = tmp_path / "vittnesmal.xlsx"
    path.write_bytes(dataset_workbook(folder))
    assert read_workbook(path) == folder
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["uppgifter"][1]][:4] == ["lank", "forum", "by", "nivå"]
    assert [c.value for c in wb["uppgifter"][2]][:4] == [2, None, "jour-a", 4]
    lists = _drop_downs(wb["uppgifter"])
    assert lists["C2"] == "=informanter!$A$2:$A$1000" and lists["D2"].startswith("=listor!")
    assert _drop_downs(wb["informanter"])["C2"].startswith("=listor!")
    assert _drop_downs(wb["länkar"])["K2"].startswith("=listor!")  # basis


def _drop_downs(ws) -> dict:
    """The drop-down list of each validated column, by its first cell."""
    return {str(v.sqref).split(":")[0]: v.formula1 for v in ws.data_validations.dataValidation}


def test_a_report_must_name_an_existing_link_row_or_forum(tmp_path):
    def edit(wb):
        _testimony(wb, reports=[(9, None, "minkommun-ifo", 2), (None, None, "minkommun-ifo", 2)])

    found = [(p.line, p.code) for p in _problems(_starter(tmp_path, edit))]
    assert found == [("uppgifter!A2", "bad-value"), ("uppgifter!A3", "missing-key")]


def test_workbook_of_data_without_testimony_has_no_testimony_sheets():
    # The bundled data is testimony; the small fixture says nothing about who described its ties.
    wb = openpyxl.load_workbook(io.BytesIO(dataset_workbook(load_dataset(ROOT / "tests" / "fixtures" / "small"))))
    assert "informanter" not in wb.sheetnames and "basis" not in [c.value for c in wb["länkar"][1]]
    assert "uppgifter" in openpyxl.load_workbook(io.BytesIO(template_workbook())).sheetnames


def test_workbook_bytes_are_the_same_every_time():
    dataset = load_dataset(DATA)
    assert dataset_workbook(dataset) == dataset_workbook(dataset)


def _starter(tmp_path: Path, edit=None, name: str = "k.xlsx") -> Path:
    wb = openpyxl.load_workbook(io.BytesIO(starter_workbook()))
    if edit:
        edit(wb)
    path = tmp_path / name
    wb.save(path)
    return path


def _set(sheet: str, cell: str, value):
    def edit(wb):
        wb[sheet][cell] = value

    return edit


# (error code, edit of the valid starter workbook, the cell the problem must name).
# The starter holds aktorer rows 2-6 (ifo, skola, kvinnojour, bvc, polisen), lankar row 2
# (ifo -> kvinnojour, samverkan), row 3 (skola -> ifo, orosanmalan) and one forum in row 2.
def _document(kind: str, decided):
    def edit(wb):
        ids = [wb["aktörer"][f"A{r}"].value for r in (2, 3)]
        for cell, value in zip("ABCDF", ("rutin-1", "Rutin", kind, ", ".join(ids), decided)):
            wb["dokument"][f"{cell}2"] = value

    return edit


CASES = [
    ("unknown-document-kind", _document("styrdokument", None), "dokument!C2"),
    ("bad-date", _document("rutin", "2024-13-01"), "dokument!F2"),
    ("unknown-key", _set("aktörer", "I1", "nmae"), "aktörer!I1"),
    ("duplicate-key", _set("aktörer", "I1", "name"), "aktörer!I1"),
    ("wrong-shape", _set("aktörer", "J3", "hej"), "aktörer!J1"),
    ("missing-key", lambda wb: wb["aktörer"].delete_cols(2), "aktörer!A3"),
    ("empty-value", _set("aktörer", "B3", None), "aktörer!B3"),
    ("wrong-type", _set("länkar", "B2", 12), "länkar!B2"),
    ("bad-id", _set("aktörer", "A3", "Minkommun-Skola"), "aktörer!A3"),
    # A line break typed into the cell (Alt+Enter); XML cannot hold ESC or BEL at all.
    ("control-character", _set("aktörer", "B3", "Grund\nFALSK RAD"), "aktörer!B3"),
    ("bad-value", _set("aktörer", "D3", "kommunal"), "aktörer!D3"),
    ("unknown-type", _set("aktörer", "C3", "skolbibliotek"), "aktörer!C3"),
    ("unknown-kommun", _set("aktörer", "E3", "nowhere"), "aktörer!E3"),
    ("unknown-actor", _set("länkar", "B2", "nosuch"), "länkar!B2"),
    ("duplicate-id", _set("aktörer", "A4", "minkommun-skola"), "aktörer!A4"),
    ("self-link", _set("länkar", "B2", "minkommun-ifo"), "länkar!B2"),
    ("level-range", _set("länkar", "D2", 7), "länkar!D2"),
    ("level-on-one-way", _set("länkar", "D3", 2), "länkar!D3"),
    ("missing-level", _set("länkar", "D2", None), "länkar!D2"),
    ("missing-scope", _set("länkar", "E2", None), "länkar!E2"),
    ("forum-too-small", _set("forum", "C2", "minkommun-ifo"), "forum!C2"),
    ("duplicate-member", _set("forum", "C2", "minkommun-ifo, minkommun-ifo"), "forum!C2"),
    ("forum-too-large", lambda wb: _huge_forum(wb), "forum!C2"),
    ("unknown-informant", lambda wb: _testimony(wb, reports=[(2, None, "nobody", 2)]), "uppgifter!C2"),
    ("unknown-informant-actor", lambda wb: _testimony(wb, informants=[("x-chef", "nosuch")]), "informanter!B2"),
    ("report-level-range", lambda wb: _testimony(wb, reports=[(2, None, "minkommun-ifo", 7)]), "uppgifter!D2"),
    ("report-level-on-one-way", lambda wb: _testimony(wb, reports=[(3, None, "minkommun-ifo", 2)]), "uppgifter!D2"),
    ("bad-role", lambda wb: _testimony(wb, informants=[("ifo-chef", "minkommun-ifo", "boss")]), "informanter!C2"),
    ("bad-mandate", lambda wb: _statements(wb, [("chef", "Korta vägar", "stort")]), "uttalanden!C2"),
    ("missing-ended", _set("länkar", "K2", "upphört"), "länkar!K2"),
    ("ended-on-current", _set("forum", "M2", "2023"), "forum!M2"),
    ("colocated-one-way", _set("länkar", "M3", "ja"), "länkar!M3"),
    ("inferred-with-reports", lambda wb: _inferred_with_reports(wb), "länkar!K2"),
    (
        "duplicate-informant",
        lambda wb: _testimony(
            wb, informants=[("ifo-chef", "minkommun-ifo", "chef"), ("ifo-chef", "minkommun-ifo", "annan")]
        ),
        "informanter!A3",
    ),
]


def _testimony(wb, informants=(), reports=()):
    """Add the sheets informanter (id, actor, role) and uppgifter (lank, forum, by, level) to the starter."""
    people = wb.create_sheet("informanter")
    for row in [("id", "actor", "role"), *informants]:
        people.append(row)
    said = wb.create_sheet("uppgifter")
    for row in [("lank", "forum", "by", "level"), *reports]:
        said.append(row)


def _statements(wb, rows):
    """Add the sheet uttalanden (role, quote, mandate) to the starter."""
    said = wb.create_sheet("uttalanden")
    for row in [("role", "quote", "mandate"), *rows]:
        said.append(row)


def _inferred_with_reports(wb):
    wb["länkar"]["K1"], wb["länkar"]["K2"] = "basis", "harledd"
    _testimony(wb, reports=[(2, None, "minkommun-ifo", 3)])


# Codes only YAML text can produce: a workbook has no tabs, YAML syntax, tags or aliases.
YAML_ONLY = {"tab", "yaml-syntax", "yaml-tag", "undefined-alias"}
WHOLE_FILE = {"missing-file", "too-large", "encoding", "empty-file"}


def _huge_forum(wb):
    from samnet.load.dataset import MAX_FORUM_MEMBERS

    ws = wb["aktörer"]
    ids = [f"extra-{n}" for n in range(MAX_FORUM_MEMBERS + 1)]
    for row, ident in enumerate(ids, start=ws.max_row + 1):
        for column, value in enumerate((ident, ident, "ideell", "ideell"), start=1):
            ws.cell(row=row, column=column, value=value)
    wb["forum"]["C2"] = ", ".join(ids)


def test_every_code_a_workbook_can_give_has_a_case():
    from samnet.load.dataset import ERROR_CODES

    assert {c[0] for c in CASES} | YAML_ONLY | WHOLE_FILE == set(ERROR_CODES)


def _problems(path: Path) -> list:
    with pytest.raises(DataError) as caught:
        read_workbook(path, "kartlaggning.xlsx")
    return caught.value.problems


@pytest.mark.parametrize("code, edit, cell", CASES, ids=[c[0] for c in CASES])
def test_each_error_code_is_placed_on_its_cell(tmp_path, code, edit, cell):
    found = [(p.line, p.code) for p in _problems(_starter(tmp_path, edit))]
    assert (cell, code) in found, found


def test_the_starter_workbook_holds_the_starter_folder(tmp_path):
    from samnet.write.starter import starter_files

    for name, text in starter_files().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    folder = load_dataset(tmp_path)
    workbook = read_workbook(_starter(tmp_path))
    assert _plain(workbook) == _plain(folder)
    assert workbook.source_info.title.startswith("Kartläggning")
    assert workbook.links[0].person_dependent is True


def test_whole_file_problems(tmp_path):
    empty = tmp_path / "tom.xlsx"
    empty.write_bytes(template_workbook())
    assert [p.code for p in _problems(empty)] == ["empty-file"]
    text = tmp_path / "text.xlsx"
    text.write_text("id;name\n", encoding="utf-8")
    assert [p.code for p in _problems(text)] == ["encoding"]
    assert [p.code for p in _problems(tmp_path / "saknas.xlsx")] == ["missing-file"]


def test_a_single_file_that_is_not_an_xlsx_workbook_says_what_to_give(tmp_path):
    old = tmp_path / "kartlaggning.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    result = CliRunner().invoke(cli, ["validate", "--data", str(old)])
    assert result.exit_code == 1 and "encoding" in result.output and "spara kartlaggning.xls som .xlsx" in result.output
    yaml_file = tmp_path / "actors.yaml"
    yaml_file.write_text("actors: []\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--data", str(yaml_file), "--lang", "en"])
    assert result.exit_code == 1 and "missing-file" in result.output and f"give --data {tmp_path}" in result.output


def test_a_workbook_over_the_size_limit_is_not_opened(tmp_path, monkeypatch):
    import samnet.load.yaml_reader

    path = _starter(tmp_path)
    monkeypatch.setattr(samnet.load.yaml_reader, "MAX_FILE_BYTES", path.stat().st_size - 1)
    assert [p.code for p in _problems(path)] == ["too-large"]


def test_a_problem_line_names_file_sheet_cell_path_and_code(tmp_path):
    path = _starter(tmp_path, _set("länkar", "B2", "minkommun-kvinnojur"), name="kartlaggning.xlsx")
    result = CliRunner().invoke(cli, ["validate", "--data", str(path)])
    assert result.exit_code == 1
    line = next(x for x in result.output.splitlines() if "unknown-actor" in x)
    assert re.match(
        r"^.*kartlaggning\.xlsx:länkar!B2: länkar\[0\]\.target: unknown-actor: "
        r'"minkommun-kvinnojur" .*"minkommun-kvinnojour"',
        line,
    ), line


def test_problems_are_sorted_by_row_not_as_text(tmp_path):
    def edit(wb):
        ws = wb["länkar"]
        for row in range(4, 13):
            ws.cell(row=row, column=1, value="minkommun-bvc")
            ws.cell(row=row, column=2, value=f"nosuch-{row}")
            ws.cell(row=row, column=3, value="information")

    cells = [p.line for p in _problems(_starter(tmp_path, edit))]
    assert cells == [f"länkar!B{row}" for row in range(4, 13)]


def test_empty_rows_are_skipped_and_positions_stay_true(tmp_path):
    def edit(wb):
        wb["länkar"].insert_rows(3, amount=2)
        wb["länkar"]["B5"] = "nosuch"

    problems = _problems(_starter(tmp_path, edit))
    assert [(p.line, p.path.split(".")[0]) for p in problems] == [("länkar!B5", "länkar[1]")]


def test_a_number_where_an_id_is_expected_is_one_problem(tmp_path):
    problems = _problems(_starter(tmp_path, _set("länkar", "B2", 12)))
    assert [(p.line, p.code) for p in problems] == [("länkar!B2", "wrong-type")]
    assert "12" in problems[0].message


def test_cells_read_like_a_person_writes_them(tmp_path):
    def edit(wb):
        ws = wb["länkar"]
        ws["F2"] = "Ja"  # person_dependent
        ws["G2"] = " barn ,vinr "  # areas, spaces around commas
        ws["E2"] = "individ, struktur"
        ws["F3"] = "nej"
        wb["forum"]["D2"] = 2.0  # a whole number stored as a float

    dataset = read_workbook(_starter(tmp_path, edit))
    first, second = dataset.links
    assert first.person_dependent is True and second.person_dependent is False
    assert first.areas == {"barn", "vinr"} and first.scopes == {"individ", "struktur"}
    assert dataset.forums[0].level == 2


def test_sheet_level_problems(tmp_path):
    def without_actors(wb):
        del wb["aktörer"]

    found = [(p.line, p.code) for p in _problems(_starter(tmp_path, without_actors))]
    assert found == [(0, "missing-key")]

    def two_sources(wb):
        wb["källa"]["A3"] = "En andra titel"

    found = [(p.line, p.code) for p in _problems(_starter(tmp_path, two_sources))]
    assert found == [("källa!A3", "wrong-shape")]


def test_headers_match_without_case_or_spaces(tmp_path):
    def edit(wb):
        wb["aktörer"]["B1"] = " Name "
        wb["länkar"]["F1"] = "Person_Dependent"

    dataset = read_workbook(_starter(tmp_path, edit))
    assert dataset.actors["polisen"].name == "Polisen" and dataset.links[0].person_dependent is True


def test_sheet_names_match_without_case_or_accents(tmp_path):
    def edit(wb):
        # Another case and the old spelling without å/ä/ö.
        wb["aktörer"].title = "AKTORER"

    path = _starter(tmp_path, edit)
    assert len(read_workbook(path).actors) == 5


def test_formulas_are_read_as_their_cached_values(tmp_path):
    path = _starter(tmp_path, _set("aktörer", "B3", '=UPPER("grundskolan")'))
    # openpyxl writes no cached value; give the formula cell one, as Excel does on saving.
    raw = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in raw.infolist():
            data = raw.read(info.filename)
            if info.filename == "xl/worksheets/sheet2.xml":
                data, count = re.subn(
                    rb'<c r="B3"([^>]*)><f>([^<]*)</f><v\s*/?>(</v>)?',
                    rb'<c r="B3" t="str"><f>\2</f><v>GRUNDSKOLAN</v>',
                    data,
                )
                assert count == 1
            target.writestr(info, data)
    path.write_bytes(out.getvalue())
    assert read_workbook(path).actors["minkommun-skola"].name == "GRUNDSKOLAN"


WITH_TYPOS = ROOT / "tests" / "fixtures" / "kartlaggning-med-fel.xlsx"


def workbook_with_typos() -> bytes:
    """The starter workbook with three mistakes, for the README's transcript of problems."""
    from samnet.write.xlsx import workbook_bytes

    wb = openpyxl.load_workbook(io.BytesIO(starter_workbook()))
    wb["länkar"]["B2"] = "minkommun-kvinnojur"
    wb["länkar"]["A3"] = 12
    wb["länkar"]["D3"] = 2
    return workbook_bytes(wb)


def test_the_readme_workbook_with_typos_is_current():
    """Regenerate with: python tests/test_workbook.py"""

    # Cells, not bytes: openpyxl writes other XML bytes with lxml than without it.
    def cells(raw):
        wb = openpyxl.load_workbook(io.BytesIO(raw))
        return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb}

    assert cells(WITH_TYPOS.read_bytes()) == cells(workbook_with_typos())
    codes = sorted(p.code for p in _problems(WITH_TYPOS))
    assert codes == ["level-on-one-way", "unknown-actor", "wrong-type"]


def test_every_command_takes_a_workbook(tmp_path):
    path = tmp_path / "kartlaggning.xlsx"
    path.write_bytes(dataset_workbook(load_dataset(DATA)))
    runner = CliRunner()
    for args in (
        ["validate"],
        ["analyze", "--format", "json", "--kommun", "ljusdal"],
        ["compare", "ljusdal", "sandviken", "--format", "json"],
        ["map", "--kommun", "ljusdal", "-o", str(tmp_path / "m.html")],
        ["export", "--kommun", "ljusdal", "-o", str(tmp_path / "l.graphml")],
    ):
        result = runner.invoke(cli, [*args, "--data", str(path)])
        assert result.exit_code == 0, (args, result.output)


if __name__ == "__main__":
    WITH_TYPOS.write_bytes(workbook_with_typos())


def test_a_workbook_reads_back_whatever_dimension_its_sheets_claim(tmp_path):
    # openpyxl without lxml writes `<dimension ref="A1:H1" />` (a space before the
    # slash), and other programs store stale dimensions; neither may empty the sheet.
    from samnet.write.xlsx import _with_rows

    sheet = b'<worksheet><dimension ref="A1:H1" /><sheetData><row r="1"/></sheetData></worksheet>'
    assert b'<dimension ref="A1:B3"/>' in _with_rows(sheet, [["a", "b"], ["c", "d"]])
    raw = io.BytesIO(starter_workbook())
    stale = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(stale, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:A1" />', data)
            dst.writestr(info, data)
    path = tmp_path / "k.xlsx"
    path.write_bytes(stale.getvalue())
    dataset = read_workbook(path)
    assert len(dataset.actors) == 5 and len(dataset.links) == 2


def _problem_lines(path):
    with pytest.raises(DataError) as info:
        read_workbook(path)
    return [(p.line, p.path, p.code, p.message) for p in info.value.problems]


def test_excel_dates_and_true_false_in_text_cells_get_excel_advice(tmp_path):
    import datetime

    def edit(wb):
        wb["aktörer"]["B3"] = datetime.datetime(2024, 3, 1)
        wb["aktörer"]["B4"] = True

    found = _problem_lines(_starter(tmp_path, edit))
    assert found == [
        (
            "aktörer!B3",
            "aktörer[1].name",
            "wrong-type",
            "Excel har gjort om värdet till ett datum (2024-03-01); formatera cellen som text och skriv värdet igen",
        ),
        (
            "aktörer!B4",
            "aktörer[2].name",
            "wrong-type",
            "cellen är SANT, ett sanningsvärde i Excel, där text väntas; formatera cellen som text och skriv "
            "värdet igen",
        ),
    ]


def test_problems_come_in_the_order_of_the_sheets(tmp_path):
    def edit(wb):
        wb["länkar"]["D2"] = 7
        wb["aktörer"]["D3"] = "kommunal"
        wb["kommuner"]["B2"] = None

    sheets = [line.split("!")[0] for line, *_rest in _problem_lines(_starter(tmp_path, edit))]
    assert sheets == ["kommuner", "aktörer", "länkar"]


def test_a_semicolon_separates_a_list_as_swedish_excel_writes_it(tmp_path):
    path = _starter(tmp_path, _set("länkar", "E2", "Individ; struktur"))
    assert read_workbook(path).links[0].scopes == frozenset({"individ", "struktur"})
    path = _starter(tmp_path, _set("forum", "C2", "minkommun-ifo; minkommun-bvc"), "f.xlsx")
    assert read_workbook(path).forums[0].members == ("minkommun-ifo", "minkommun-bvc")


def test_the_template_speaks_swedish_and_prints_on_landscape_a4():
    from samnet.write.workbook import SHEETS

    wb = openpyxl.load_workbook(io.BytesIO(template_workbook()))
    for sheet in SHEETS:
        ws = wb[sheet.name]
        headers = [c.value for c in ws[1]]
        assert headers == [c.title for c in sheet.columns]
        assert not [h for h in headers if "_" in h or h in ("source", "target", "kind", "name")]
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.fitToWidth) == 1
        assert int(ws.page_setup.fitToHeight) == 0
        for rule in ws.data_validations.dataValidation:
            assert "se nedan" not in (rule.prompt or "")
    help_sheet = wb["hjälp"]
    assert help_sheet.page_setup.orientation == "landscape"
    # Every wrapped help row is tall enough for its text.
    for row in help_sheet.iter_rows(min_row=1):
        text = str(row[2].value or "")
        assert help_sheet.row_dimensions[row[0].row].height >= 15 * (len(text) // 80 + 1) - 0.1


def test_drop_downs_show_names_and_the_reader_maps_them_back(tmp_path):
    from samnet.core.vocab import TYPES, type_name

    wb = openpyxl.load_workbook(io.BytesIO(template_workbook()))
    listed = [wb["listor"].cell(row=r, column=1).value for r in range(2, len(TYPES) + 2)]
    assert listed == [type_name(t) for t in TYPES]
    # A mapping written with names (as the drop-downs fill it in) reads as the same data.
    path = tmp_path / "k.xlsx"
    path.write_bytes(dataset_workbook(load_dataset(DATA)))
    written = openpyxl.load_workbook(path)
    assert written["aktörer"]["C2"].value in listed
    assert read_workbook(path) == load_dataset(DATA)


def test_old_english_headers_and_sheet_names_still_read(tmp_path):
    from samnet.write.workbook import SHEETS

    path = tmp_path / "old.xlsx"
    path.write_bytes(dataset_workbook(load_dataset(DATA)))
    wb = openpyxl.load_workbook(path)
    for sheet in (s for s in SHEETS if s.name in wb.sheetnames):
        ws = wb[sheet.name]
        for cell in ws[1]:
            column = next(c for c in sheet.columns if c.title == cell.value)
            cell.value = column.key
        ws.title = sheet.name.replace("ö", "o").replace("ä", "a").replace("å", "a")
    wb.save(path)
    assert read_workbook(path) == load_dataset(DATA)
