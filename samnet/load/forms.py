"""Reading returned questionnaire forms: each answer as the respondent meant it, or a problem by cell.

A form written by :mod:`samnet.write.forms` carries, on its hidden sheet
``samnet``, the roster it was written for and which organisation each row
asks about. A returned form is read against the current mapping's roster
(:mod:`samnet.core.roster`): a form of another roster, or one whose
structure (sheets, headers, the names in the first column) was edited, is
refused with the cell that shows it. Answers are read as a person means them:
``Ja``, ``JA`` and ``ja `` are one answer; ``3``, ``3 samarbete`` and
``samarbete`` one level; ``1``/``0`` in a yes/no column are ja/nej.

Examples
--------
>>> yes_no("Ja "), yes_no(0), yes_no("vet inte"), yes_no("kanske")
('ja', 'nej', 'vet ej', Ellipsis)
>>> level_answer("3 samarbete"), level_answer(2.0), level_answer("Samsyn"), level_answer(""), level_answer("hög")
(3, 2, 2, None, Ellipsis)
"""

from __future__ import annotations

import datetime as _dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samnet.core.roster import ANSWER_COLUMNS, FORM_VERSION, FORUM_COLUMNS, ROLES, Roster
from samnet.core.vocab import AREAS, LEVELS, ONE_WAY_KINDS, SCOPES
from samnet.errors import Problem, quote
from samnet.texts.catalogue import text, texts

__all__ = [
    "ActorAnswer",
    "ForumAnswer",
    "MissingAnswer",
    "FormAnswers",
    "read_form",
    "form_paths",
    "yes_no",
    "level_answer",
]

#: Returned forms larger than this are not opened (a form is some 20 kB).
MAX_FORM_BYTES = 5_000_000
_YES = {"ja", "j", "yes", "y", "1", "true", "sant", "x"}
_NO = {"nej", "n", "no", "0", "false", "falskt"}
_UNKNOWN = {"vet ej", "vet inte", "vetej", "?", "okänt", "don't know"}
_AREA_WORDS = {
    "vinr": "vinr",
    "nära relationer": "vinr",
    "våld i nära relationer": "vinr",
    "hrv": "hrv",
    "heder": "hrv",
    "hedersrelaterat": "hrv",
    "hedersrelaterat våld": "hrv",
    "unga": "unga",
    "ungas parrelationer": "unga",
    "unga parrelationer": "unga",
    "barn": "barn",
    "barn som upplever våld": "barn",
    "barn som upplevt våld": "barn",
}
_SCOPE_WORDS = {"individ": {"individ"}, "struktur": {"struktur"}}
_BOTH = {"båda", "bägge", "both", "individ och struktur", "båda nivåerna"}


@dataclass(frozen=True)
class ActorAnswer:
    """One row of the answers sheet: what the respondent says about one other organisation."""

    actor_id: str
    cell: str
    works: str | None = None
    level: int | None = None
    scopes: frozenset[str] = frozenset()
    areas: frozenset[str] = frozenset()
    person_dependent: bool = False
    one_way: tuple[str, ...] = ()
    comment: str | None = None


@dataclass(frozen=True)
class ForumAnswer:
    """One row of the forum sheet."""

    forum_id: str
    cell: str
    takes_part: str | None = None
    how_often: str | None = None
    level: int | None = None
    comment: str | None = None


@dataclass(frozen=True)
class MissingAnswer:
    """An organisation the respondent wrote in: for review, never created silently."""

    name: str
    cell: str
    level: int | None = None
    comment: str | None = None


@dataclass
class FormAnswers:
    """Everything one returned form says, with the problems found in it."""

    path: str
    kommun_id: str = ""
    actor_id: str = ""
    by: str = ""
    role: str | None = None
    date: str | None = None
    actors: list[ActorAnswer] = field(default_factory=list)
    forums: list[ForumAnswer] = field(default_factory=list)
    missing: list[MissingAnswer] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        """True when at least one question has an answer."""
        rows = [a for a in self.actors if a.works or a.one_way] + [f for f in self.forums if f.takes_part]
        return bool(rows or self.missing)


def _plain(value: Any) -> str:
    """A cell as lower-case words with single spaces; numbers without a trailing ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\s+", " ", str(value)).strip().casefold()


def yes_no(value: Any) -> str | None:
    """``ja``, ``nej``, ``vet ej``, None for an empty cell, or Ellipsis for a word that is none of them."""
    word = _plain(value)
    if not word:
        return None
    if word in _YES:
        return "ja"
    if word in _NO:
        return "nej"
    return "vet ej" if word in _UNKNOWN else ...


def level_answer(value: Any) -> Any:
    """A level 1–4 from ``3``, ``3.0``, ``3 samarbete`` or ``samarbete``; None if empty; Ellipsis if unreadable."""
    word = _plain(value)
    if not word:
        return None
    names = {lv.sv: n for n, lv in LEVELS.items()}
    head = word.split(" ")[0]
    if head.isdigit() and int(head) in LEVELS:
        return int(head)
    return names.get(word, names.get(word.split(" ")[-1], ...))


def _works(value: Any) -> Any:
    """``ja``/``nej``/``vet ej`` and an implied level: 2–4 written where ja/nej was asked mean "ja, at that level"."""
    word = _plain(value)
    if word.isdigit() and int(word) in LEVELS and int(word) > 1:
        return "ja", int(word)
    said = yes_no(value)
    return ... if said is ... else (said, None)


def _scopes(value: Any) -> Any:
    word = _plain(value)
    if not word:
        return frozenset()
    if word in _BOTH:
        return frozenset(SCOPES)
    found = {key for key in SCOPES if word.startswith(key)}
    return frozenset(found) if found else ...


def _areas(value: Any) -> Any:
    words = [w.strip() for w in re.split(r"[,;/]| och ", _plain(value)) if w.strip()]
    found = {_AREA_WORDS.get(w, w if w in AREAS else None) for w in words}
    return ... if None in found else frozenset(found)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    written = str(value)
    return written if written.strip() else None


class _Reader:
    """Reads one form against its roster, collecting problems with the cell that shows them."""

    def __init__(self, path: Path, answers: FormAnswers, lang: str):
        self.name, self.answers, self.lang = path.as_posix(), answers, lang
        self.words = texts("forms.", "sv")

    def problem(self, where: str, code: str, **fields: Any) -> None:
        message = text(f"forms.msg.problem.{code}", self.lang, **fields)
        self.answers.problems.append(Problem(self.name, where, "", code, message))

    def header(self, ws: Any, columns: tuple[tuple[str, int], ...]) -> bool:
        from openpyxl.utils import get_column_letter

        for number, (key, _width) in enumerate(columns, start=1):
            found, expected = ws.cell(row=1, column=number).value, self.words[f"col.{key}"]
            if found != expected:
                where = f"{ws.title}!{get_column_letter(number)}1"
                self.problem(where, "edited", expected=quote(expected), found=quote(found or ""))
                return False
        return True

    def names(self, ws: Any, expected: list[str]) -> bool:
        for row, name in enumerate(expected, start=2):
            found = ws.cell(row=row, column=1).value
            if found != name:
                self.problem(f"{ws.title}!A{row}", "edited", expected=quote(name), found=quote(found or ""))
                return False
        return True

    def choice(self, cell: Any, parse: Any, allowed: str) -> Any:
        """The parsed answer of a cell; a problem (and None) where the word means nothing here."""
        value = parse(cell.value)
        if value is ...:
            where = f"{cell.parent.title}!{cell.coordinate}"
            self.problem(where, "bad-answer", value=quote(_plain(cell.value)), allowed=allowed)
            return None
        return value


def _open(path: Path, reader: _Reader) -> Any:
    """The workbook, or None with a ``not-a-workbook`` problem."""
    import warnings

    try:
        if not path.is_file() or path.stat().st_size > MAX_FORM_BYTES or not zipfile.is_zipfile(path):
            raise ValueError(text("forms.msg.not-xlsx", reader.lang))
        from openpyxl import load_workbook

        with warnings.catch_warnings():
            # Excel's data-validation extensions: openpyxl warns and drops them; the answers stay.
            warnings.simplefilter("ignore")
            return load_workbook(path, data_only=True)
    except Exception as exc:  # every failure to read a file is a problem with that file
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        reader.problem("", "not-a-workbook", reason=quote(reason))
        return None


def _identity(wb: Any, reader: _Reader, roster_for: Any) -> Roster | None:
    """The roster the form belongs to, checked against the current mapping; None if it does not fit."""
    if "samnet" not in wb.sheetnames:
        reader.problem("", "not-a-form", sheet="samnet")
        return None
    ws = wb["samnet"]
    version, kommun_id, fingerprint, actor_id, by = (ws.cell(row=1, column=c).value for c in range(1, 6))
    if version != FORM_VERSION:
        reader.problem("samnet!A1", "edited", expected=quote(FORM_VERSION), found=quote(version or ""))
        return None
    roster = roster_for(str(kommun_id))
    if roster is None or roster.fingerprint != fingerprint:
        expected = roster.fingerprint if roster else "-"
        reader.problem("samnet!C1", "other-roster", found=quote(fingerprint or ""), expected=quote(expected))
        return None
    answers = reader.answers
    answers.kommun_id, answers.actor_id, answers.by = roster.kommun_id, str(actor_id), str(by)
    ids = [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)]
    if [i for i in ids if i] != [a.id for a in roster.others(answers.actor_id)]:
        reader.problem("samnet!A2", "edited", expected=quote("roster"), found=quote("?"))
        return None
    for key in ("sheet.about", "sheet.answers", "sheet.forums", "sheet.missing"):
        if reader.words[key] not in wb.sheetnames:
            reader.problem("", "not-a-form", sheet=quote(reader.words[key]))
            return None
    return roster


def _about(ws: Any, reader: _Reader) -> None:
    role, date = ws["B3"].value, ws["B4"].value
    if _plain(role):
        word = _plain(role)
        if word in ROLES:
            reader.answers.role = word
        else:
            reader.problem(f"{ws.title}!B3", "bad-answer", value=quote(word), allowed=", ".join(ROLES))
    if isinstance(date, (_dt.datetime, _dt.date)):
        reader.answers.date = date.strftime("%Y-%m-%d")
    elif _plain(date):
        try:
            reader.answers.date = _dt.date.fromisoformat(str(date).strip()).isoformat()
        except ValueError:
            reader.problem(f"{ws.title}!B4", "bad-date", value=quote(str(date)))


def _actor_row(cells: tuple, actor_id: str, reader: _Reader) -> ActorAnswer:
    works, level, scope, areas, person, *one_way, comment = cells[1:11]
    said, implied = reader.choice(works, _works, "ja, nej, vet ej") or (None, None)
    number = reader.choice(level, level_answer, "1–4") or implied
    flows = tuple(kind for kind, cell in zip(ONE_WAY_KINDS, one_way) if reader.choice(cell, yes_no, "ja, nej") == "ja")
    return ActorAnswer(
        actor_id,
        f"{works.parent.title}!A{works.row}",
        said if said in ("ja", "nej") else None,
        number,
        reader.choice(scope, _scopes, "individnivå, strukturnivå, båda") or frozenset(),
        reader.choice(areas, _areas, ", ".join(AREAS)) or frozenset(),
        reader.choice(person, yes_no, "ja, nej") == "ja",
        flows,
        _text(comment.value),
    )


def _rows(ws: Any, count: int, width: int) -> list[tuple]:
    return list(ws.iter_rows(min_row=2, max_row=count + 1, max_col=width))


def _forum_row(cells: tuple, forum_id: str, reader: _Reader) -> ForumAnswer:
    takes_part, how_often, level, comment = cells[1:5]
    said = reader.choice(takes_part, yes_no, "ja, nej, vet ej")
    return ForumAnswer(
        forum_id,
        f"{takes_part.parent.title}!A{takes_part.row}",
        said if said in ("ja", "nej") else None,
        _text(how_often.value),
        reader.choice(level, level_answer, "1–4"),
        _text(comment.value),
    )


def _missing_rows(ws: Any, reader: _Reader) -> None:
    for name, level, comment in ws.iter_rows(min_row=2, max_row=ws.max_row, max_col=3):
        if _text(name.value) is None:
            continue
        number = reader.choice(level, level_answer, "1–4")
        cell = f"{ws.title}!A{name.row}"
        reader.answers.missing.append(MissingAnswer(str(name.value).strip(), cell, number, _text(comment.value)))


def _answers(wb: Any, roster: Roster, reader: _Reader) -> None:
    words, answers = reader.words, reader.answers
    ws = wb[words["sheet.answers"]]
    others = roster.others(answers.actor_id)
    if not (reader.header(ws, ANSWER_COLUMNS) and reader.names(ws, [a.name for a in others])):
        return
    for actor, cells in zip(others, _rows(ws, len(others), len(ANSWER_COLUMNS))):
        answers.actors.append(_actor_row(cells, actor.id, reader))
    ws = wb[words["sheet.forums"]]
    if not (reader.header(ws, FORUM_COLUMNS) and reader.names(ws, [f.name for f in roster.forums])):
        return
    for forum, cells in zip(roster.forums, _rows(ws, len(roster.forums), len(FORUM_COLUMNS))):
        answers.forums.append(_forum_row(cells, forum.id, reader))
    _missing_rows(wb[words["sheet.missing"]], reader)


def read_form(path: Path, roster_for: Any, lang: str = "sv") -> FormAnswers:
    """Read one returned form; ``roster_for(kommun_id)`` gives the current roster (None if unknown).

    The result's ``problems`` say why a form cannot be used (not a workbook, not a form,
    another roster, an edited structure, no answers) or which cells could not be read.
    """
    answers = FormAnswers(path.as_posix())
    reader = _Reader(path, answers, lang)
    wb = _open(path, reader)
    roster = _identity(wb, reader, roster_for) if wb is not None else None
    if roster is None:
        return answers
    _about(wb[reader.words["sheet.about"]], reader)
    _answers(wb, roster, reader)
    if not answers.problems and not answers.answered:
        reader.problem("", "empty")
    return answers


def form_paths(given: list[str]) -> list[Path]:
    """The forms named, a folder standing for every ``.xlsx`` inside it (Excel's lock files ``~$…`` skipped).

    Examples
    --------
    >>> form_paths(["svar/ifo.xlsx"])
    [PosixPath('svar/ifo.xlsx')]
    """
    paths: list[Path] = []
    for name in given:
        path = Path(name)
        if path.is_dir():
            paths += sorted(p for p in path.rglob("*.xlsx") if not p.name.startswith("~$"))
        else:
            paths.append(path)
    return paths
