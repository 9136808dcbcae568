"""The questionnaire forms: one Excel workbook per organisation (or informant) of a kommun.

Each form asks its organisation about every other organisation on the kommun's
roster (:mod:`samnet.core.roster`) and about every forum, in Swedish words
with drop-down lists. Only the answer cells are open: the sheet structure, the
names in the first column and the hidden sheet ``samnet`` (which roster, which
respondent, which row is which organisation) are protected, so that
:mod:`samnet.load.forms` can read the answers back by position and refuse a
form whose structure was edited or that belongs to another roster.

Examples
--------
>>> import io, openpyxl
>>> from samnet.core.model import Actor, Dataset, Kommun
>>> from samnet.core.roster import kommun_roster
>>> ds = Dataset({"k": Kommun("k", "Kommun K")},
...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"), "b": Actor("b", "Skola", "skola", "kommun", "k")})
>>> raw = form_workbook(kommun_roster(ds, "k"), Respondent("a", "IFO", "a"))
>>> wb = openpyxl.load_workbook(io.BytesIO(raw))
>>> wb.sheetnames
['Så fyller du i', 'Om er', 'Organisationer', 'Forum', 'Saknas på listan', 'samnet']
>>> wb["Organisationer"]["A2"].value
'Skola'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from samnet.core.roster import ANSWER_COLUMNS, FORM_VERSION, FORUM_COLUMNS, MISSING_COLUMNS, ROLES, Roster
from samnet.core.vocab import LEVELS
from samnet.texts.catalogue import texts
from samnet.write.xlsx import new_workbook, workbook_bytes, write_header

__all__ = [
    "FORM_VERSION",
    "ANSWER_COLUMNS",
    "FORUM_COLUMNS",
    "MISSING_COLUMNS",
    "MISSING_ROWS",
    "ROLES",
    "Respondent",
    "form_workbook",
    "questionnaire_files",
    "respondents",
    "level_choices",
]

#: The answers sheet's columns: catalogue key (``forms.col.*``) and width.
#: Free rows for organisations missing from the roster.
MISSING_ROWS = 20
_GREY = "EDEDED"
# Names longer than this wrap: a wider first column would shrink the printed answers.
_NAME_WIDTH_CAP = 46
_OPEN = "FFFFFF"


@dataclass(frozen=True)
class Respondent:
    """Who answers one form: the actor it speaks for, a display name, and the ``by`` id of its answers."""

    actor_id: str
    name: str
    by: str
    role: str | None = None


def level_choices() -> list[str]:
    """The level drop-down's words: ``1 samtal`` … ``4 samverkan``.

    Examples
    --------
    >>> level_choices()[0]
    '1 samtal'
    """
    return [f"{n} {lv.sv}" for n, lv in LEVELS.items()]


def _words() -> dict[str, str]:
    return texts("forms.", "sv")


def _choice(ws: Any, cells: str, values: list[str], prompt: str) -> None:
    """A drop-down of Swedish words on ``cells``; other values are warned about, not refused."""
    from openpyxl.worksheet.datavalidation import DataValidation

    rule = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
    rule.errorStyle = "warning"
    rule.showErrorMessage = True
    rule.showInputMessage = True
    rule.prompt = prompt[:255]
    rule.error = ("Välj ur listan: " + ", ".join(values))[:255]
    rule.add(cells)
    ws.add_data_validation(rule)


def _page_setup(ws: Any, *, landscape: bool = True, grid: bool = True) -> None:
    """A4, fitted to the page width, the header row repeated on every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = grid


def _name_width(names: list[str], least: int) -> int:
    """Column A wide enough for most names (a long one wraps onto a second line), never narrower than ``least``."""
    return max(least, min(max((len(n) for n in names), default=0) + 2, _NAME_WIDTH_CAP))


def _row_height(name: str | None, width: int) -> float:
    """Points for a row whose name wraps at ``width`` characters: neither Excel nor Calc grows it on open."""
    lines = -(-len(name) // (width - 2)) if name else 1
    return 15.0 * max(lines, 1) + 5


def _table(ws: Any, columns: tuple[tuple[str, int], ...], names: list[str], open_rows: int = 0) -> int:
    """Headers, one locked name per row (or ``open_rows`` free rows), open answer cells; the last row."""
    from openpyxl.styles import Alignment, PatternFill, Protection

    words = _words()
    widths = [_name_width(names, columns[0][1]), *(w for _k, w in columns[1:])]
    write_header(ws, [words[f"col.{key}"] for key, _w in columns], widths)
    for cell in ws[1]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[1].height = 48
    grey, white = PatternFill("solid", fgColor=_GREY), PatternFill("solid", fgColor=_OPEN)
    rows = names or [None] * open_rows
    for number, name in enumerate(rows, start=2):
        ws.row_dimensions[number].height = _row_height(name, widths[0])
        for column in range(1, len(columns) + 1):
            cell = ws.cell(row=number, column=column)
            wrap = column in (1, len(columns))
            cell.alignment = Alignment(wrap_text=wrap, vertical="top")
            if column == 1 and name is not None:
                cell.value, cell.fill = name, grey
            else:
                cell.fill, cell.protection = white, Protection(locked=False)
    ws.print_title_rows = "1:1"
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    _page_setup(ws)
    return len(rows) + 1


def _answers_sheet(wb: Any, roster: Roster, respondent: Respondent) -> list[str]:
    words = _words()
    ws = wb.create_sheet(words["sheet.answers"])
    others = roster.others(respondent.actor_id)
    last = _table(ws, ANSWER_COLUMNS, [a.name for a in others])
    yes_no = [words["answer.yes"], words["answer.no"]]
    _choice(ws, f"B2:B{last}", [*yes_no, words["answer.unknown"]], words["prompt.works"])
    _choice(ws, f"C2:C{last}", level_choices(), words["prompt.level"])
    scopes = ["individnivå", "strukturnivå", words["scope.both"]]
    _choice(ws, f"D2:D{last}", scopes, words["col.scope"])
    # Columns F-J: rests on one person, then the four one-way contacts, each ja or nej.
    for letter, (key, _width) in zip("FGHIJ", ANSWER_COLUMNS[5:10]):
        _choice(ws, f"{letter}2:{letter}{last}", yes_no, words[f"col.{key}"])
    ws.freeze_panes = "B2"
    return [a.id for a in others]


def _forums_sheet(wb: Any, roster: Roster) -> list[str]:
    words = _words()
    ws = wb.create_sheet(words["sheet.forums"])
    last = _table(ws, FORUM_COLUMNS, [f.name for f in roster.forums])
    if roster.forums:
        _choice(ws, f"B2:B{last}", [words["answer.yes"], words["answer.no"], words["answer.unknown"]], "")
        often = [words[f"often.{k}"] for k in ("week", "month", "year", "rarely")]
        _choice(ws, f"C2:C{last}", often, words["col.how_often"])
        _choice(ws, f"D2:D{last}", level_choices(), words["prompt.level"])
    return [f.id for f in roster.forums]


def _missing_sheet(wb: Any) -> None:
    words = _words()
    ws = wb.create_sheet(words["sheet.missing"])
    last = _table(ws, MISSING_COLUMNS, [], open_rows=MISSING_ROWS)
    _choice(ws, f"B2:B{last}", level_choices(), words["prompt.level"])


def _guide_sheet(wb: Any, roster: Roster, respondent: Respondent) -> None:
    from openpyxl.styles import Alignment, Font

    words = _words()
    ws = wb.create_sheet(words["sheet.guide"])
    ws.column_dimensions["A"].width = 72
    lines = [("title", words["guide.title"]), ("lead", words["guide.for"].format(organisation=respondent.name))]
    for part in ("purpose", "levels", "scope", "person", "oneway", "how", "return"):
        lines.append(("head", words[f"guide.{part}.head"]))
        if part == "levels":
            lines += [("text", words[f"guide.level.{n}"]) for n in LEVELS]
        elif part == "how":
            lines += [("text", words[f"guide.how.{n}"]) for n in range(1, 6)]
        else:
            lines.append(("text", words[f"guide.{part}"].format(kommun=roster.kommun_name or roster.kommun_id)))
    fonts = {
        "title": Font(name="Calibri", bold=True, size=14),
        "lead": Font(name="Calibri", bold=True),
        "head": Font(name="Calibri", bold=True, size=12),
    }
    for number, (style, line) in enumerate(lines, start=1):
        cell = ws.cell(row=number, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if style in fonts:
            cell.font = fonts[style]
        # Row heights: LibreOffice and Excel do not grow a wrapped row on open.
        ws.row_dimensions[number].height = 15 * (1 + len(line) // 66) + (8 if style in fonts else 0)
    ws.protection.sheet = True
    _page_setup(ws, landscape=False, grid=False)


def _about_sheet(wb: Any, roster: Roster, respondent: Respondent) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    words = _words()
    ws = wb.create_sheet(words["sheet.about"])
    rows = [
        ("about.kommun", roster.kommun_name or roster.kommun_id, False),
        ("about.organisation", respondent.name, False),
        ("about.role", respondent.role, True),
        ("about.date", None, True),
    ]
    for number, (key, value, open_cell) in enumerate(rows, start=1):
        ws.cell(row=number, column=1, value=words[key]).font = Font(name="Calibri", bold=True)
        cell = ws.cell(row=number, column=2, value=value)
        cell.alignment = Alignment(vertical="top")
        if open_cell:
            cell.protection = Protection(locked=False)
            cell.fill = PatternFill("solid", fgColor=_OPEN)
        else:
            cell.fill = PatternFill("solid", fgColor=_GREY)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 24, 60
    _choice(ws, "B3", list(ROLES), words["about.role"])
    ws.protection.sheet = True
    _page_setup(ws, landscape=False)


def _id_sheet(wb: Any, roster: Roster, respondent: Respondent, actor_ids: list[str], forum_ids: list[str]) -> None:
    """The hidden sheet that ties each row to an id and the form to its roster and respondent."""
    ws = wb.create_sheet("samnet")
    head = [FORM_VERSION, roster.kommun_id, roster.fingerprint, respondent.actor_id, respondent.by]
    for column, value in enumerate(head, start=1):
        ws.cell(row=1, column=column, value=value)
    for row, actor_id in enumerate(actor_ids, start=2):
        ws.cell(row=row, column=1, value=actor_id)
    for row, forum_id in enumerate(forum_ids, start=2):
        ws.cell(row=row, column=2, value=forum_id)
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True


def form_workbook(roster: Roster, respondent: Respondent) -> bytes:
    """One organisation's form for ``roster``, as deterministic ``.xlsx`` bytes."""
    wb = new_workbook()
    wb.remove(wb.active)
    wb.properties.title = _words()["guide.title"]
    _guide_sheet(wb, roster, respondent)
    _about_sheet(wb, roster, respondent)
    actor_ids = _answers_sheet(wb, roster, respondent)
    forum_ids = _forums_sheet(wb, roster)
    _missing_sheet(wb)
    _id_sheet(wb, roster, respondent, actor_ids, forum_ids)
    # Protect the order and names of the sheets, not only their cells.
    wb.security.lockStructure = True
    wb.active = 0
    return workbook_bytes(wb)


def respondents(dataset: Any, roster: Roster) -> list[Respondent]:
    """Who gets a form: each informant of a roster actor, and each roster actor without informants.

    Without an ``informants`` list, every organisation answers for itself under its own id.
    """
    informants = [i for i in (dataset.informants or {}).values() if i.actor in {a.id for a in roster.actors}]
    spoken_for = {i.actor for i in informants}
    names = {a.id: a.name for a in roster.actors}
    people = [Respondent(i.actor, names[i.actor], i.id, i.role) for i in informants]
    people += [Respondent(a.id, a.name, a.id) for a in roster.actors if a.id not in spoken_for]
    return sorted(people, key=lambda r: (r.actor_id, r.by))


def questionnaire_files(dataset: Any, rosters: list[Roster], folder: Any) -> dict[Any, bytes]:
    """Every form of every roster: ``folder/<kommun>/<respondent>.xlsx`` → bytes.

    Examples
    --------
    >>> from pathlib import Path
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> from samnet.core.roster import kommun_roster
    >>> ds = Dataset({"k": Kommun("k", "K")}, {i: Actor(i, i.upper(), "ifo", "kommun", "k") for i in "ab"})
    >>> sorted(p.as_posix() for p in questionnaire_files(ds, [kommun_roster(ds, "k")], Path("enkater")))
    ['enkater/k/a.xlsx', 'enkater/k/b.xlsx']
    """
    files = {}
    for roster in rosters:
        for respondent in respondents(dataset, roster):
            files[folder / roster.kommun_id / f"{respondent.by}.xlsx"] = form_workbook(roster, respondent)
    return files
