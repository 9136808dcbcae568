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
from typing import Any

from samnet.core.format import SECTIONS, SHEETS, Column, Sheet
from samnet.core.model import Dataset
from samnet.errors import DataError, Problem, quote
from samnet.load.dataset import PositionedList, PositionedMap
from samnet.load.xlsx_reader import MAX_PART_BYTES, MAX_RATIO, ExcelError, SheetCells, WorkbookUnreadable, XlsxBook
from samnet.load.yaml_reader import INVALID, FileRefused, open_regular
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


def _clean(value: Any, exact: bool = False) -> Any:
    """A cell's value with blanks as None, whole floats as ints and dates as ISO text.

    ``exact`` keeps text as written (spaces, tabs, hard spaces): a note or a
    name must come back from a workbook exactly as it went in. A cell of only
    spaces is blank either way.
    """
    if isinstance(value, str):
        stripped = value.replace("\u00a0", " ").strip()
        if not stripped:
            return None
        return value if exact else stripped
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    return value


#: Columns whose text is kept exactly as written: free text. Ids, words and the län (which
#: groups kommuner, so "Gävleborg " must be "Gävleborg") lose spaces around them.
_EXACT_KEYS = {"name", "note", "ref", "text", "title", "author", "url"}


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


def _headers(reader: _Reader, sheet: Sheet, name: str, header: list, rows: list[tuple[int, list]]) -> dict[int, Column]:
    """Known columns by position; unknown, blank and repeated headers are reported once each."""
    from openpyxl.utils import get_column_letter

    known = [c.title for c in sheet.columns]
    columns: dict[int, Column] = {}
    first: dict[str, str] = {}
    width = max([len(header)] + [len(r) for _n, r in rows])
    for i in range(width):
        raw = header[i] if i < len(header) else None
        where = f"{name}!{get_column_letter(i + 1)}1"
        key = _clean(raw)
        if key is None:
            used = next((n for n, r in rows if i < len(r) and _clean(r[i]) is not None), None)
            if used is not None:
                reader.problem(where, name, "wrong-shape", "no-header", row=used)
            continue
        key = str(key)
        # The Swedish header or the YAML key (workbooks written before the headers were Swedish).
        column = next((c for c in sheet.columns if _fold(key) in (_fold(c.key), _fold(c.title))), None)
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


def _entries(reader: _Reader, sheet: Sheet, name: str, rows: list[tuple[int, list]]) -> list[Any]:
    """One located entry per non-empty row below the header (row 1)."""
    from openpyxl.utils import get_column_letter

    if not rows:
        return []
    header = rows[0][1] if rows[0][0] == 1 else []
    body = rows[1:] if rows[0][0] == 1 else rows
    columns = _headers(reader, sheet, name, header, body)
    entries = []
    for number, row in body:
        values = [None if isinstance(v, ExcelError) else _clean(v, exact=True) for v in row]
        if all(v is None for v in values) and not any(isinstance(v, ExcelError) for v in row):
            continue
        entry = PositionedMap(line=f"{name}!A{number}")
        for i, column in columns.items():
            raw = row[i] if i < len(row) else None
            where = f"{name}!{get_column_letter(i + 1)}{number}"
            path = f"{name}[{len(entries)}].{column.key}"
            if isinstance(raw, ExcelError):
                reader.problem(where, path, "wrong-type", "excel-error", value=quote(raw.text))
                entry[column.key], entry.value_lines[column.key] = INVALID, where
                continue
            value = _clean(raw, exact=column.kind == "text" and column.key in _EXACT_KEYS)
            if value is None and column.required != "ja":
                if column.key in ("level", "scope"):
                    # A samverkan link needs them: a missing-level problem names this empty cell.
                    entry.value_lines[column.key] = where
                continue
            # An empty cell under a required header is an empty value (as "name:" with
            # nothing after it in YAML), reported on that cell.
            entry[column.key] = None if value is None else _value(column, value, where)
            entry.value_lines[column.key] = where
            if _excel_typed(reader, column, raw, where, path):
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
    reader = _Reader(display, lang, problems)
    sheets = _read_sheets(reader, path)
    if sheets is None:
        return None
    names, sections = sheets
    if not any(entries for _name, entries in sections.values()):
        reader.problem(0, "", "empty-file", "empty")
        return None
    actors_doc, links_doc = _documents(reader, sections)
    if "actors" not in sections:
        reader.problem(0, "", "missing-key", "no-sheet", sheet=SECTIONS["actors"], found=", ".join(names))
        # As for a missing actors.yaml: references cannot be checked, so none is reported.
        actors_doc = None
    return actors_doc, links_doc


def _read_sheets(reader: _Reader, path: str | os.PathLike[str]) -> tuple[list[str], dict[str, Any]] | None:
    """The workbook's sheet names and its data sheets' entries; None (reported) if it cannot be read."""
    try:
        handle = open_regular(path)
    except FileNotFoundError:
        reader.problem(0, "", "missing-file", "missing")
        return None
    except FileRefused as exc:
        reader.problem(0, "", "too-large" if exc.key == "too-large" else "missing-file", exc.key, **exc.fields)
        return None
    except OSError as exc:
        reader.problem(0, "", "missing-file", "unreadable", reason=exc.strerror or str(exc))
        return None
    sheet_name = ""
    try:
        with handle:
            book = XlsxBook(handle)
            names = _sheet_names(book.sheetnames)
            sections: dict[str, Any] = {}
            for sheet in SHEETS:
                if sheet.name in names:
                    sheet_name = names[sheet.name]
                    cells = book.sheet(sheet_name)
                    rows = _merged_and_repeated(reader, sheet_name, cells)
                    sections[sheet.section] = (sheet_name, _entries(reader, sheet, sheet_name, rows))
            return book.sheetnames, sections
    except WorkbookUnreadable as exc:
        fields = {"limit": MAX_PART_BYTES // 2**20, "ratio": MAX_RATIO, **exc.fields}
        code = "too-large" if exc.key == "bomb" else "encoding"
        reader.problem(f"{sheet_name}!A1" if sheet_name else 0, sheet_name, code, exc.key, **fields)
        return None


def _merged_and_repeated(reader: _Reader, name: str, cells: SheetCells) -> list[tuple[int, list]]:
    """The sheet's rows, a merged cell read in every row it covers; other merges and repeats reported.

    A kommun merged over two rows shows on both in Excel, so both actors have
    it. A merge across columns has no such reading and is reported, as is a
    run of rows that repeat the row above (a fill-down), once for the run.
    """
    from openpyxl.utils import get_column_letter

    rows = dict(cells.rows)
    for top, left, bottom, right in cells.merged:
        if left == right and top >= 2:
            first = rows.get(top, [])
            value = first[left - 1] if left - 1 < len(first) else None
            # Only rows with values of their own: a merge to the sheet's last row adds no rows.
            below = range(top + 1, bottom + 1) if bottom - top <= len(rows) else sorted(rows)
            for number in below:
                row = rows.get(number)
                if row is None or not top < number <= bottom:
                    continue
                row.extend([None] * (left - len(row)))
                row[left - 1] = value
        elif (top, left) != (bottom, right):
            cells_text = f"{get_column_letter(left)}{top}:{get_column_letter(right)}{bottom}"
            reader.problem(f"{name}!{get_column_letter(left)}{top}", name, "wrong-shape", "merged", cells=cells_text)
    for first, last, of in cells.repeats:
        key = "repeated" if last > first else "repeated-one"
        reader.problem(f"{name}!A{first}", name, "wrong-shape", key, first=first, last=last, of=of)
    return sorted(rows.items())


def _documents(reader: _Reader, sections: dict[str, Any]) -> tuple[Any, Any]:
    actors_doc = PositionedMap(line=f"{sections.get('actors', (SECTIONS['actors'],))[0]}!A1")
    links_doc = PositionedMap(line=f"{sections.get('links', ('lankar',))[0]}!A1")
    for section, (name, entries) in sections.items():
        where = f"{name}!A1"
        if section == "source":
            if entries:
                row = entries[0]
                if "norm" in row:
                    # The norm sits on the source sheet in a workbook, at the top of actors.yaml in YAML.
                    actors_doc["norm"], actors_doc.value_lines["norm"] = (
                        row.pop("norm"),
                        row.value_lines.get("norm", where),
                    )
                if row:
                    actors_doc["source"], actors_doc.value_lines["source"] = row, where
            for extra in entries[1:]:
                reader.problem(extra.line, name, "wrong-shape", "one-row", row=extra.line.split("!A")[-1])
            continue
        if section == "reports":
            continue
        doc = actors_doc if section in ("kommuner", "actors", "informants", "statements") else links_doc
        doc[section] = PositionedList(entries, line=where, item_lines=[e.line for e in entries])
        doc.value_lines[section] = where
    if "reports" in sections:
        _attach_reports(reader, sections)
    return actors_doc, links_doc


def _attach_reports(reader: _Reader, sections: dict[str, Any]) -> None:
    """Put each row of ``uppgifter`` under the link (by its row on ``lankar``) or forum (by id) it names."""
    name, rows = sections["reports"]
    links_name, links = sections.get("links", ("lankar", []))
    forums_name, forums = sections.get("forums", ("forum", []))
    by_row = {entry.line.rsplit("!A", 1)[-1]: entry for entry in links}
    by_forum = {str(entry.get("id")): entry for entry in forums if entry.get("id") is not None}
    for row in rows:
        link, forum = row.pop("lank", None), row.pop("forum", None)
        target = None
        if link is not None and forum is None:
            target = by_row.get(str(link))
            shown, sheet, cell = link, links_name, row.value_lines.get("lank", row.line)
        elif forum is not None and link is None:
            target = by_forum.get(str(forum))
            shown, sheet, cell = forum, forums_name, row.value_lines.get("forum", row.line)
        else:
            reader.problem(row.line, name, "missing-key", "report-target", sheet=links_name, forums=forums_name)
            continue
        if target is None:
            reader.problem(cell, name, "bad-value", "report-no-target", value=shown, sheet=sheet)
            continue
        if "reports" not in target:
            target["reports"] = PositionedList([], line=row.line, item_lines=[])
            target.value_lines["reports"] = row.line
        target["reports"].append(row)
        target["reports"].item_lines.append(row.line)


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
