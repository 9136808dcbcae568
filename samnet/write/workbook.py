"""The Excel workbook form of a mapping: the sheets, their columns, the template and the writer.

A workbook holds the same data as ``actors.yaml`` and ``links.yaml``: one
sheet per section (``kommuner``, ``aktörer``, ``länkar``, ``forum``, and
``källa`` for the optional ``source:``; ``informanter`` and ``uppgifter`` for who said what,
one row per informant and per report), one row per entry, and Swedish column
headers (``från``, ``slag``, ``personbunden``), each the Swedish title of a YAML
key; the reader also takes the YAML keys and the old sheet names without
å/ä/ö, so workbooks written before still read. The sheet ``hjälp`` explains
every column in Swedish; a hidden sheet ``listor`` holds the vocabularies behind
the drop-down lists, by their Swedish names (``Individ- och familjeomsorg (IFO)``,
``3 samarbete``), which the reader maps back to the codes. A list in a cell is
written ``a, b, c``; ``person_dependent`` is ``ja`` or ``nej``. Every sheet prints
on landscape A4, fitted to the page's width, with the header row on every page.

Reading is in :mod:`samnet.load.workbook`. openpyxl is imported only inside
the functions, so commands that never touch a workbook never load it.

Examples
--------
>>> [sheet.name for sheet in SHEETS]
['kommuner', 'aktörer', 'länkar', 'forum', 'dokument', 'källa', 'informanter', 'uppgifter', 'uttalanden']
>>> template_workbook()[:2]
b'PK'
"""

from __future__ import annotations

from typing import Any

from samnet.core.format import SECTIONS, SHEETS, TESTIMONY_COLUMNS, TESTIMONY_SHEETS, Column, Sheet
from samnet.core.model import Dataset
from samnet.core.vocab import (
    AREAS,
    BASES,
    DOCUMENT_KINDS,
    DOCUMENT_STATUSES,
    HUVUDMAN,
    KINDS,
    LEVELS,
    MANDATES,
    ROLES,
    SCOPES,
    TYPES,
    type_name,
)
from samnet.write.records import dataset_records
from samnet.write.xlsx import new_workbook, put, workbook_bytes, write_header

__all__ = [
    "Column",
    "Sheet",
    "SHEETS",
    "SECTIONS",
    "TESTIMONY_SHEETS",
    "HELP_SHEET",
    "LISTS_SHEET",
    "template_workbook",
    "dataset_workbook",
    "cell_text",
]

HELP_SHEET = "hjälp"
LISTS_SHEET = "listor"


# Drop-down lists kept on the hidden sheet, by the Swedish names a coordinator knows (the reader
# maps each back to its code): name -> values.
_LISTS: dict[str, list[Any]] = {
    "type": [type_name(t) for t in TYPES],
    "huvudman": [sv for sv, _en in HUVUDMAN.values()],
    "kind": [sv for sv, _en in KINDS.values()],
    "level": [f"{n} {lv.sv}" for n, lv in LEVELS.items()],
    "scope": [*SCOPES, "båda"],
    "areas": [sv for sv, _en in AREAS.values()],
    "janej": ["ja", "nej"],
    "document-kind": list(DOCUMENT_KINDS),
    "document-status": list(DOCUMENT_STATUSES),
    "status": ["aktiv", "upphört"],
}
# The lists of testimony, after the others so that their columns keep their letters.
_TESTIMONY_LISTS: dict[str, list[Any]] = {
    "role": list(ROLES),
    "basis": list(BASES),
    "level0": [0, *LEVELS],
    "mandate": list(MANDATES),
}
# Columns that may hold a list "a, b, c": a drop-down helps pick one but must not refuse several.
_MULTI = {"choices", "kommuner", "actors"}
_ROWS = 1000


def _ref(sheet: str) -> str:
    """A sheet's name in a formula: quoted, since å/ä/ö make it more than a plain word."""
    return "'" + sheet.replace("'", "''") + "'"


def _lists(testimony: bool) -> dict[str, list[Any]]:
    return {**_LISTS, **_TESTIMONY_LISTS} if testimony else _LISTS


def _list_ranges(records: dict[str, Any] | None, testimony: bool) -> dict[str, str]:
    from openpyxl.utils import get_column_letter

    ranges = {}
    for i, (name, values) in enumerate(_lists(testimony).items(), start=1):
        letter = get_column_letter(i)
        ranges[name] = f"{LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"
    # The id lists reach well below the last row, so that rows added later are offered too.
    kommuner = len((records or {}).get("kommuner", ()))
    actors = len((records or {}).get("actors", ()))
    ranges["kommun-ids"] = f"{_ref(SECTIONS['kommuner'])}!$A$2:$A${max(_ROWS, kommuner + 200)}"
    ranges["actor-ids"] = f"{_ref(SECTIONS['actors'])}!$A$2:$A${max(_ROWS * 5, actors + 1000)}"
    if testimony:
        forums = len((records or {}).get("forums", ()))
        informants = len((records or {}).get("informants") or ())
        ranges["forum-ids"] = f"forum!$A$2:$A${max(_ROWS, forums + 200)}"
        # "by" names an informant; the list offers the informants, and an actor id is accepted too.
        ranges["by-ids"] = f"informanter!$A$2:$A${max(_ROWS, informants + 200)}"
    return ranges


def _add_validations(ws: Any, sheet: Sheet, last_row: int, ranges: dict[str, str]) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    for number, column in enumerate(sheet.columns, start=1):
        if column.vocab is None:
            continue
        # An id not yet on its sheet gets a warning, not a refusal: rows are often typed in any order.
        style = "warning" if column.kind in ("kommun", "actor", "forum") else "stop"
        rule = DataValidation(
            type="list",
            formula1=f"={ranges[column.vocab]}",
            allow_blank=True,
            showErrorMessage=column.kind not in _MULTI,
            errorStyle=style,
            showInputMessage=True,
            promptTitle=column.title[:32],
            prompt=column.help[:255],
            errorTitle="Ogiltigt värde",
            error=f"Välj ur listan: {column.help}"[:255],
        )
        letter = get_column_letter(number)
        rule.add(f"{letter}2:{letter}{last_row}")
        ws.add_data_validation(rule)


def _lists_sheet(wb: Any, testimony: bool) -> None:
    ws = wb.create_sheet(LISTS_SHEET)
    for i, (name, values) in enumerate(_lists(testimony).items(), start=1):
        put(ws, 1, i, name)
        for row, value in enumerate(values, start=2):
            put(ws, row, i, value)
    ws.sheet_state = "hidden"


def _help_rows(testimony: bool) -> list[tuple[bool, tuple[Any, ...]]]:
    """The rows of ``hjälp``, each with whether it is a heading (bold)."""
    rows: list[tuple[bool, tuple[Any, ...]]] = [
        (True, ("Så fyller du i kartläggningen",)),
        (False, ("En rad per post.", "Rubrikerna i rad 1 är fältens namn: ändra dem inte. Tomma rader hoppas över.")),
        (False, ("Listor i en cell", "skrivs med komma: barn, vinr. Kontrollera med: samnet validate --data FIL.xlsx")),
        (False, ()),
    ]
    for sheet in _sheets(testimony):
        rows += [(True, (f"Bladet {sheet.name}", sheet.help)), (True, ("kolumn", "krävs", "betydelse"))]
        rows += [(False, (c.title, c.required, c.help)) for c in sheet.columns] + [(False, ())]
    vocabularies = [
        ("Aktörstyper (typ)", [(t, type_name(t)) for t in TYPES]),
        ("Slag av länk", [(k, sv) for k, (sv, _en) in KINDS.items()]),
        ("Nivåer", [(n, lv.sv) for n, lv in LEVELS.items()]),
        ("Individ eller struktur", [(k, sv) for k, (sv, _en) in SCOPES.items()] + [("båda", "individ och struktur")]),
        ("Våldsområden", [(k, sv) for k, (sv, _en) in AREAS.items()]),
        ("Huvudman", [(k, sv) for k, (sv, _en) in HUVUDMAN.items()]),
        ("Dokumenttyper (kind på bladet dokument)", [(k, sv) for k, (sv, _en) in DOCUMENT_KINDS.items()]),
        ("Dokumentstatus (status)", [(k, sv) for k, (sv, _en) in DOCUMENT_STATUSES.items()]),
    ]
    if testimony:
        vocabularies += [
            ("Roller (role)", [(k, sv) for k, (sv, _en) in ROLES.items()]),
            ("Grund (basis)", [(k, sv) for k, (sv, _en) in BASES.items()]),
        ]
    for title, items in vocabularies:
        rows += [(True, (title, "namn"))] + [(False, item) for item in items] + [(False, ())]
    return rows


def _help_sheet(wb: Any, testimony: bool) -> None:
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet(HELP_SHEET)
    bold = Font(bold=True)
    widths = {1: 30, 2: 40, 3: 80}
    for number, (heading, row) in enumerate(_help_rows(testimony), start=1):
        lines = 1
        for column, value in enumerate(row, start=1):
            cell = put(ws, number, column, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if heading:
                cell.font = bold
            lines = max(lines, _lines(str(value or ""), widths[column]))
        # Wrapped text needs its row tall enough, or a printout shows the lines on top of each other.
        ws.row_dimensions[number].height = 15 * lines
    for column, width in widths.items():
        ws.column_dimensions["ABC"[column - 1]].width = width
    _print_setup(ws)


def _lines(text: str, width: int) -> int:
    """How many lines ``text`` takes in a column ``width`` characters wide."""
    import textwrap

    return max(1, len(textwrap.wrap(text, width=max(8, width - 2))))


def _print_setup(ws: Any) -> None:
    """Landscape A4, fitted to the page's width (as many pages down as it takes), header row repeated."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    if ws.title != HELP_SHEET:
        ws.print_title_rows = "1:1"


def cell_text(value: Any) -> Any:
    """The cell value for one record value: lists become ``a, b, c``, booleans ``ja``/``nej``.

    Examples
    --------
    >>> cell_text(["barn", "vinr"]), cell_text(True), cell_text(3), cell_text(None)
    ('barn, vinr', 'ja', 3, None)
    """
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value


def _named(column: Column, value: Any) -> Any:
    """A type, kind or level as the drop-down shows it: by its Swedish name."""
    if column.vocab == "type" and value in TYPES:
        return type_name(value)
    if column.vocab == "kind" and value in KINDS:
        return KINDS[value][0]
    if column.vocab == "level" and value in LEVELS:
        return f"{value} {LEVELS[value].sv}"
    return value


def _sheets(testimony: bool) -> tuple[Sheet, ...]:
    """The sheets to write: without testimony, those and the columns a workbook had before it."""
    if testimony:
        return SHEETS
    return tuple(
        Sheet(s.name, s.section, tuple(c for c in s.columns if c.key not in TESTIMONY_COLUMNS), s.help)
        for s in SHEETS
        if s.name not in TESTIMONY_SHEETS
    )


def _report_rows(records: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per report, pointing at its link's row on ``länkar`` (row 2 is the first link) or its forum."""
    rows = []
    for number, link in enumerate(records.get("links", []), start=2):
        rows += [{"lank": number, **report} for report in link.get("reports", ())]
    for forum in records.get("forums", []):
        rows += [{"forum": forum["id"], **report} for report in forum.get("reports", ())]
    return rows


def _entries_for(sheet: Sheet, records: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The records one sheet holds: none for the template, one row at most for ``källa``."""
    if records is None:
        return []
    if sheet.section == "source":
        row = dict(records.get("source") or {})
        if records.get("norm"):
            row["norm"] = records["norm"]
        return [row] if row else []
    if sheet.section == "reports":
        return _report_rows(records)
    return records.get(sheet.section) or []


def _build(records: dict[str, Any] | None, testimony: bool = True) -> bytes:
    wb = new_workbook()
    wb.remove(wb.active)
    ranges = _list_ranges(records, testimony)
    rows: dict[str, list[list[Any]]] = {}
    for sheet in _sheets(testimony):
        ws = wb.create_sheet(sheet.name)
        write_header(ws, [c.title for c in sheet.columns], [c.width for c in sheet.columns])
        entries = _entries_for(sheet, records)
        rows[sheet.name] = [[cell_text(_named(c, entry.get(c.key))) for c in sheet.columns] for entry in entries]
        _add_validations(ws, sheet, max(_ROWS, len(entries) + 200), ranges)
        _print_setup(ws)
    _help_sheet(wb, testimony)
    _lists_sheet(wb, testimony)
    wb.active = 0
    return workbook_bytes(wb, rows)


def template_workbook() -> bytes:
    """An empty workbook to fill in: the data sheets with headers and drop-downs, and ``hjälp``.

    Examples
    --------
    >>> import io, openpyxl
    >>> wb = openpyxl.load_workbook(io.BytesIO(template_workbook()))
    >>> wb.sheetnames
    ['kommuner', 'aktörer', 'länkar', 'forum', 'dokument', 'källa', 'informanter', 'uppgifter', 'uttalanden', 'hjälp', 'listor']
    >>> [c.value for c in wb["kommuner"][1]]
    ['id', 'namn', 'län', 'fokus', 'referens', 'anteckning']
    """
    return _build(None)


def dataset_workbook(dataset: Dataset) -> bytes:
    """The dataset as a workbook in the template's layout, one row per entry.

    Examples
    --------
    >>> import io, openpyxl
    >>> from samnet.core.model import Actor, Dataset
    >>> raw = dataset_workbook(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")}))
    >>> [c.value for c in openpyxl.load_workbook(io.BytesIO(raw))["aktörer"][2]][:4]
    ['a', 'A', 'Individ- och familjeomsorg (IFO)', 'kommun']
    """
    return _build(dataset_records(dataset), dataset.has_testimony or bool(dataset.statements))
