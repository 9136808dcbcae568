"""Reading returned questionnaire forms: answers as a person means them, bad forms one line each."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from samnet.core.roster import kommun_roster
from samnet.load.forms import level_answer, read_form, yes_no
from samnet.load.source import load_data
from samnet.write.forms import form_workbook, respondents

ROOT = Path(__file__).resolve().parents[2]
ENKAT = ROOT / "tests" / "fixtures" / "enkat"


@pytest.fixture(scope="module")
def roster():
    return kommun_roster(load_data(str(ENKAT)), "k")


def blank_form(roster, actor_id):
    respondent = next(r for r in respondents(load_data(str(ENKAT)), roster) if r.actor_id == actor_id)
    return openpyxl.load_workbook(io.BytesIO(form_workbook(roster, respondent)))


def row_of(wb, name):
    ws = wb["Organisationer"]
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == name)


def save(wb, tmp_path, name="svar.xlsx"):
    path = tmp_path / name
    wb.save(path)
    return path


def read(path, roster):
    return read_form(path, lambda k: roster if k == roster.kommun_id else None)


@pytest.mark.parametrize(
    ("cell", "meant"),
    [("ja", "ja"), ("Ja ", "ja"), ("JA", "ja"), (1, "ja"), ("nej", "nej"), (0, "nej"), ("Vet ej", "vet ej")],
)
def test_yes_no_is_read_as_meant(cell, meant):
    assert yes_no(cell) == meant


@pytest.mark.parametrize(("cell", "level"), [(3, 3), (3.0, 3), ("3 samarbete", 3), ("Samsyn", 2), ("4", 4)])
def test_levels_are_read_as_meant(cell, level):
    assert level_answer(cell) == level


def test_a_filled_form_gives_each_answer(tmp_path, roster):
    wb = blank_form(roster, "ifo")
    ws = wb["Organisationer"]
    row = row_of(wb, "Kvinnojouren")
    for column, value in zip("BCDEF", ["Ja", "3 samarbete", "båda", "heder, barn", "ja"]):
        ws[f"{column}{row}"] = value
    ws[f"B{row_of(wb, 'Skolan')}"] = 2  # a level where ja/nej is asked: "ja, at level 2"
    ws[f"G{row_of(wb, 'Skolan')}"] = "JA"
    wb["Om er"]["B3"], wb["Om er"]["B4"] = "Chef", "2026-11-30"
    wb["Saknas på listan"]["A2"] = "Frivården"
    answers = read(save(wb, tmp_path), roster)
    assert answers.problems == []
    assert (answers.by, answers.role, answers.date) == ("ifo", "chef", "2026-11-30")
    by_actor = {a.actor_id: a for a in answers.actors}
    jour = by_actor["jour"]
    assert (jour.works, jour.level, jour.scopes, jour.areas, jour.person_dependent) == (
        "ja",
        3,
        frozenset({"individ", "struktur"}),
        frozenset({"hrv", "barn"}),
        True,
    )
    assert (by_actor["skola"].works, by_actor["skola"].level, by_actor["skola"].one_way) == ("ja", 2, ("orosanmalan",))
    assert [m.name for m in answers.missing] == ["Frivården"]


def test_an_unreadable_answer_names_its_cell(tmp_path, roster):
    wb = blank_form(roster, "ifo")
    row = row_of(wb, "Skolan")
    wb["Organisationer"][f"B{row}"] = "kanske"
    wb["Organisationer"][f"C{row}"] = "hög"
    answers = read(save(wb, tmp_path), roster)
    lines = [str(p) for p in answers.problems]
    assert [line.split(": ")[0].split(":", 1)[1] for line in lines] == [
        f"Organisationer!B{row}",
        f"Organisationer!C{row}",
    ]
    assert all(": bad-answer: " in line for line in lines)


def test_an_empty_form_is_refused(tmp_path, roster):
    answers = read(save(blank_form(roster, "ifo"), tmp_path), roster)
    assert [p.code for p in answers.problems] == ["empty"]


def test_a_form_of_another_roster_is_refused(tmp_path, roster):
    wb = blank_form(roster, "ifo")
    wb["Organisationer"]["B2"] = "ja"
    other = kommun_roster(load_data(str(ROOT / "tests" / "fixtures" / "small")), "k")
    answers = read_form(save(wb, tmp_path), lambda k: other)
    assert [(p.code, p.line) for p in answers.problems] == [("other-roster", "samnet!C1")]


def test_an_edited_structure_is_refused_by_cell(tmp_path, roster):
    wb = blank_form(roster, "ifo")
    wb["Organisationer"]["A3"] = "Någon annan"
    wb["Organisationer"]["B2"] = "ja"
    answers = read(save(wb, tmp_path), roster)
    assert [(p.code, p.line) for p in answers.problems] == [("edited", "Organisationer!A3")]


def test_an_edited_header_is_refused_by_cell(tmp_path, roster):
    wb = blank_form(roster, "ifo")
    wb["Organisationer"]["C1"] = "Nivå"
    answers = read(save(wb, tmp_path), roster)
    assert [(p.code, p.line) for p in answers.problems] == [("edited", "Organisationer!C1")]


def test_a_workbook_that_is_not_a_form(tmp_path, roster):
    wb = openpyxl.Workbook()
    answers = read(save(wb, tmp_path), roster)
    assert [p.code for p in answers.problems] == ["not-a-form"]


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04broken"])
def test_a_file_that_is_not_a_workbook(tmp_path, roster, content):
    path = tmp_path / "svar.xlsx"
    path.write_bytes(content)
    answers = read(path, roster)
    assert [p.code for p in answers.problems] == ["not-a-workbook"]
    assert "\n" not in str(answers.problems[0])


def test_a_cut_off_form_is_not_a_workbook(tmp_path, roster):
    wb = blank_form(roster, "ifo")
    raw = io.BytesIO()
    wb.save(raw)
    path = tmp_path / "svar.xlsx"
    path.write_bytes(raw.getvalue()[: len(raw.getvalue()) // 2])
    assert [p.code for p in read(path, roster).problems] == ["not-a-workbook"]
