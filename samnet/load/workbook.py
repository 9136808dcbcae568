"""Read a mapping from an Excel workbook, with every problem placed on its sheet and cell.

The rows of each data sheet become :class:`~samnet.load.dataset.PositionedMap`
entries whose positions are cells (``lankar!C12``), and the loader's
:func:`~samnet.load.dataset.load_documents` validates them exactly as it validates
YAML: the same codes, all problems collected. This module only adds what is
particular to a spreadsheet: headers, empty rows, ``a, b, c`` lists and
cached formula values. Cells keep their type, so the loader reports an id
typed as a number instead of converting it silently, and reads ``ja``/``nej``
as it does in YAML.

Examples
--------
>>> import pathlib, tempfile
>>> from samnet.core.model import Actor, Dataset
>>> from samnet.write.workbook import dataset_workbook
>>> path = pathlib.Path(tempfile.mkdtemp()) / "k.xlsx"
>>> _ = path.write_bytes(dataset_workbook(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")})))
>>> sorted(read_workbook(path).actors)
['a']
"""

from __future__ import annotations

import datetime as _dt
import difflib
import os
import re
import unicodedata
import zipfile
from typing import Any

from samnet.core.format import SECTIONS, SHEETS, Column, Sheet
from samnet.core.model import Dataset
from samnet.errors import DataError, Problem
from samnet.load.dataset import MAX_FILE_BYTES, PositionedList, PositionedMap
from samnet.load.yaml_reader import INVALID
from samnet.texts.catalogue import texts

__all__ = ["read_workbook", "workbook_documents"]

_LIST_KINDS = {"kommuner", "actors"}
_LIST_SEP = re.compile(r"[,;]")


class _Reader:
    """Turns one workbook's sheets into located documents, collecting problems."""

    def __init__(self, display: str, lang: str, problems: list[Problem]):
        self.display = display
        self.text = texts("workbook.", lang)
        self.problems = problems

    def problem(self, where: Any, path: str, code: str, message: str, **values: Any) -> None:
        self.problems.append(Problem(self.display, where, path, code, self.text[message].format(**values)))

    def hint(self, word: str, choices: list[str]) -> str:
        close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
        return self.text["hint"].format(word=close[0]) if close else ""


def _fold(name: str) -> str:
    """A sheet or header name without case, accents or spaces, for forgiving matches."""
    decomposed = unicodedata.normalize("NFKD", str(name).strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not c.isspace())


def _clean(value: Any) -> Any:
    """A cell's value with blanks as None, whole floats as ints and dates as ISO text."""
    if isinstance(value, str):
        value = value.replace("\u00a0", " ").strip()
        return value or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    return value


def _value(column: Column, value: Any, where: str) -> Any:
    """The document value of one non-empty cell, as the YAML loader would have it.

    Numbers stay numbers, so that the loader reports a number typed where an
    id belongs (``wrong-type``) instead of taking it as the id ``"12"``.
    """
    # ";" too: it is the list separator of Swedish Excel, so "individ; struktur" is what people type.
    if column.kind in _LIST_KINDS or (column.kind == "choices" and isinstance(value, str) and _LIST_SEP.search(value)):
        items = [part.strip() for part in _LIST_SEP.split(value)] if isinstance(value, str) else [value]
        items = [i for i in items if i != ""]
        return PositionedList(items, line=where, item_lines=[where] * len(items))
    return value


def _headers(reader: _Reader, sheet: Sheet, name: str, header: tuple, rows: list[tuple]) -> dict[int, Column]:
    """Known columns by position; unknown, blank and repeated headers are reported once each."""
    from openpyxl.utils import get_column_letter

    known = [c.key for c in sheet.columns]
    columns: dict[int, Column] = {}
    first: dict[str, str] = {}
    width = max([len(header)] + [len(r) for r in rows])
    for i in range(width):
        raw = header[i] if i < len(header) else None
        where = f"{name}!{get_column_letter(i + 1)}1"
        key = _clean(raw)
        if key is None:
            used = next((n for n, r in enumerate(rows, start=2) if i < len(r) and _clean(r[i]) is not None), None)
            if used is not None:
                reader.problem(where, name, "wrong-shape", "no-header", row=used)
            continue
        key = str(key)
        column = next((c for c in sheet.columns if _fold(c.key) == _fold(key)), None)
        if column is None:
            reader.problem(
                where,
                name,
                "unknown-key",
                "unknown-col",
                key=key,
                sheet=name,
                hint=reader.hint(key, known),
                known=", ".join(known),
            )
        elif column.key in first:
            reader.problem(where, name, "duplicate-key", "dup-col", key=column.key, first=first[column.key])
        else:
            first[column.key] = where
            columns[i] = column
    return columns


def _entries(reader: _Reader, sheet: Sheet, name: str, rows: list[tuple]) -> list[Any]:
    """One located entry per non-empty row below the header."""
    from openpyxl.utils import get_column_letter

    if not rows:
        return []
    columns = _headers(reader, sheet, name, rows[0], rows[1:])
    entries = []
    for number, row in enumerate(rows[1:], start=2):
        values = [_clean(v) for v in row]
        if all(v is None for v in values):
            continue
        entry = PositionedMap(line=f"{name}!A{number}")
        for i, column in columns.items():
            value = values[i] if i < len(values) else None
            if value is None and column.required != "ja":
                if column.key in ("level", "scope"):
                    # A samverkan link needs them: a missing-level problem names this empty cell.
                    entry.value_lines[column.key] = f"{name}!{get_column_letter(i + 1)}{number}"
                continue
            # An empty cell under a required header is an empty value (as "name:" with
            # nothing after it in YAML), reported on that cell.
            where = f"{name}!{get_column_letter(i + 1)}{number}"
            entry[column.key] = None if value is None else _value(column, value, where)
            entry.value_lines[column.key] = where
            if _excel_typed(
                reader, column, row[i] if i < len(row) else None, where, f"{name}[{len(entries)}].{column.key}"
            ):
                entry[column.key] = INVALID
        entries.append(entry)
    return entries


def _excel_typed(reader: _Reader, column: Column, raw: Any, where: str, path: str) -> bool:
    """True (and reported) if Excel stored a date or TRUE/FALSE where an id or a name belongs.

    Excel turns ``1-2`` into a date and ``sant`` into TRUE as they are typed;
    the advice a YAML user gets (quote it) means nothing in a cell.
    """
    if column.kind not in ("id", "kommun", "actor", "text") or column.key in ("year", "note", "text"):
        return False
    if isinstance(raw, bool):
        reader.problem(where, path, "wrong-type", "excel-bool", value=reader.text["true" if raw else "false"])
        return True
    if isinstance(raw, (_dt.datetime, _dt.date, _dt.time)):
        shown = (
            raw.date().isoformat() if isinstance(raw, _dt.datetime) and raw.time() == _dt.time() else raw.isoformat()
        )
        reader.problem(where, path, "wrong-type", "excel-date", value=shown)
        return True
    return False


def _sheet_names(names: list[str]) -> dict[str, str]:
    """The workbook's sheet for each expected sheet, matching case and accents forgivingly."""
    found: dict[str, str] = {}
    for sheet in SHEETS:
        match = sheet.name if sheet.name in names else next((n for n in names if _fold(n) == _fold(sheet.name)), None)
        if match is not None:
            found[sheet.name] = match
    return found


def workbook_documents(
    path: str | os.PathLike[str], display: str, problems: list[Problem], *, lang: str = "sv"
) -> tuple[Any, Any] | None:
    """The two documents (actors, links) a workbook holds, or None if it cannot be read.

    Problems particular to the workbook (headers, sheets) are appended to
    ``problems``; the loader checks everything else.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from samnet.write.workbook import template_workbook
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "tom.xlsx"
    >>> _ = path.write_bytes(template_workbook())
    >>> found = []
    >>> workbook_documents(path, "tom.xlsx", found) is None, found[0].code
    (True, 'empty-file')
    """
    from openpyxl import load_workbook

    reader = _Reader(display, lang, problems)
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0
    if size > MAX_FILE_BYTES:
        # A workbook is compressed: 10 MB of it is far more than a national mapping needs.
        reader.problem(0, "", "too-large", "too-large", size=size // 2**20, limit=MAX_FILE_BYTES // 2**20)
        return None
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        reader.problem(0, "", "missing-file", "missing")
        return None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        reader.problem(0, "", "encoding", "not-xlsx")
        return None
    try:
        names = _sheet_names(wb.sheetnames)
        sections: dict[str, Any] = {}
        for sheet in SHEETS:
            if sheet.name in names:
                name = names[sheet.name]
                ws = wb[name]
                # A read-only sheet trusts the <dimension> the writing program stored,
                # and some write a stale one (A1:H1 over many rows): read every row.
                ws.reset_dimensions()
                rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
                sections[sheet.section] = (name, _entries(reader, sheet, name, rows))
    finally:
        wb.close()
    if not any(entries for _name, entries in sections.values()):
        reader.problem(0, "", "empty-file", "empty")
        return None
    actors_doc, links_doc = _documents(reader, sections)
    if "actors" not in sections:
        reader.problem(0, "", "missing-key", "no-sheet", sheet="aktorer", found=", ".join(wb.sheetnames))
        # As for a missing actors.yaml: references cannot be checked, so none is reported.
        actors_doc = None
    return actors_doc, links_doc


def _documents(reader: _Reader, sections: dict[str, Any]) -> tuple[Any, Any]:
    actors_doc = PositionedMap(line=f"{sections.get('actors', ('aktorer',))[0]}!A1")
    links_doc = PositionedMap(line=f"{sections.get('links', ('lankar',))[0]}!A1")
    for section, (name, entries) in sections.items():
        where = f"{name}!A1"
        if section == "source":
            if entries:
                actors_doc["source"], actors_doc.value_lines["source"] = entries[0], where
            for extra in entries[1:]:
                reader.problem(extra.line, name, "wrong-shape", "one-row", row=extra.line.split("!A")[-1])
            continue
        doc = actors_doc if section in ("kommuner", "actors") else links_doc
        doc[section] = PositionedList(entries, line=where, item_lines=[e.line for e in entries])
        doc.value_lines[section] = where
    return actors_doc, links_doc


def read_workbook(path: str | os.PathLike[str], display: str | None = None, *, lang: str = "sv") -> Dataset:
    """Read and validate a mapping from an ``.xlsx`` workbook.

    Parameters
    ----------
    path : str or path-like
        The workbook.
    display : str, optional
        How to name the file in problems (default: ``path`` as given).
    lang : {"sv", "en"}
        Language of the problem messages; the codes are the same in both.

    Raises
    ------
    DataError
        With every problem, each placed on its cell: ``fil.xlsx:lankar!C12: lankar[10].target: …``.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "saknas.xlsx"
    >>> try:
    ...     read_workbook(path, "saknas.xlsx")
    ... except DataError as err:
    ...     print(err.problems[0])
    saknas.xlsx: missing-file: filen finns inte
    """
    from samnet.load.dataset import load_documents

    display = display or os.fspath(path)
    problems: list[Problem] = []
    documents = workbook_documents(path, display, problems, lang=lang)
    if documents is None:
        raise DataError(problems, lang=lang)
    return load_documents(
        *documents, actors_file=display, links_file=display, sections=SECTIONS, lang=lang, problems=problems
    )
