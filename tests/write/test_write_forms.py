"""The questionnaire forms: who gets one, what is locked, what prints, which words the lists offer."""

from __future__ import annotations

import io

import openpyxl

from samnet.core.model import Actor, Dataset, Forum, Informant, Kommun
from samnet.core.roster import kommun_roster
from samnet.write.forms import form_workbook, level_choices, respondents

K = Kommun("k", "Kommun K")
ACTORS = {
    "ifo": Actor("ifo", "IFO", "ifo", "kommun", "k"),
    "skola": Actor("skola", "Skolan", "skola", "kommun", "k"),
    "polis": Actor("polis", "Polisen", "polis", "stat"),
}
FORUM = Forum("natverk", "Nätverket", ("ifo", "skola"), 2, frozenset({"struktur"}), kommuner=frozenset({"k"}))


def dataset(informants=None):
    return Dataset({"k": K}, ACTORS, (), (FORUM,), informants=informants)


def workbook(ds, actor_id="ifo"):
    roster = kommun_roster(ds, "k")
    respondent = next(r for r in respondents(ds, roster) if r.actor_id == actor_id)
    return openpyxl.load_workbook(io.BytesIO(form_workbook(roster, respondent)))


def test_without_informants_each_organisation_of_the_kommun_gets_a_form():
    ds = dataset()
    # Polisen has no kommun and no tie here, so it is not in Kommun K's network.
    assert [(r.actor_id, r.by) for r in respondents(ds, kommun_roster(ds, "k"))] == [("ifo", "ifo"), ("skola", "skola")]


def test_with_informants_each_informant_gets_one_and_the_others_their_organisation_form():
    ds = dataset({"ifo-chef": Informant("ifo-chef", "ifo", "chef"), "ifo-soc": Informant("ifo-soc", "ifo")})
    got = [(r.actor_id, r.by, r.role) for r in respondents(ds, kommun_roster(ds, "k"))]
    assert got == [("ifo", "ifo-chef", "chef"), ("ifo", "ifo-soc", None), ("skola", "skola", None)]


def test_names_and_questions_are_locked_and_answers_open():
    ws = workbook(dataset())["Organisationer"]
    assert ws.protection.sheet
    assert ws["A2"].value == "Skolan" and ws["A2"].protection.locked
    assert all(not ws.cell(row=2, column=c).protection.locked for c in range(2, 12))
    assert ws["A1"].protection.locked


def test_the_lists_offer_swedish_words_not_codes():
    ws = workbook(dataset())["Organisationer"]
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in ws.data_validations.dataValidation}
    assert lists["B2"] == '"ja,nej,vet ej"'
    assert lists["C2"] == '"' + ",".join(level_choices()) + '"'
    assert lists["D2"] == '"individnivå,strukturnivå,båda"'


def test_every_sheet_prints_on_a4_fitted_to_the_width():
    wb = workbook(dataset())
    for name in ("Organisationer", "Forum", "Saknas på listan"):
        setup = wb[name].page_setup
        assert (setup.paperSize, setup.orientation, setup.fitToWidth) == (9, "landscape", 1), name
        assert wb[name].print_title_rows == "$1:$1"


def test_the_forum_sheet_asks_about_every_forum_of_the_kommun():
    ws = workbook(dataset())["Forum"]
    assert [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)] == ["Nätverket"]


def test_the_form_names_its_roster_on_a_hidden_sheet():
    wb = workbook(dataset())
    assert wb["samnet"].sheet_state == "veryHidden"
    assert wb["samnet"]["B1"].value == "k" and len(wb["samnet"]["C1"].value) == 12
