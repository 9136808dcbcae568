"""Small helpers shared by every workbook samnet writes: fixed dates, header rows, bytes.

openpyxl stamps the save time into ``docProps/core.xml`` and into every zip
entry, so two runs on the same data would give different files. Workbooks
are therefore built with fixed document dates and re-packed with a fixed zip
timestamp: the same data gives the same bytes.

openpyxl is imported inside the functions, so importing this module is cheap.

Examples
--------
>>> def build():
...     wb = new_workbook()
...     write_header(wb.active, ["id", "name"], [10, 30])
...     return workbook_bytes(wb)
>>> build() == build()
True
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from typing import Any, Iterable

__all__ = ["FIXED_DATE", "new_workbook", "write_header", "workbook_bytes", "normalise_zip"]

#: The date written as "created" and "modified" into every workbook (no dates in files).
FIXED_DATE = _dt.datetime(2000, 1, 1, 0, 0, 0)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_W3CDTF = re.compile(rb">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<")


def new_workbook() -> Any:
    """An empty openpyxl workbook whose document properties carry no real date or user.

    Examples
    --------
    >>> new_workbook().properties.created.year
    2000
    """
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.properties.creator = "samnet"
    return wb


def write_header(ws: Any, headers: Iterable[str], widths: Iterable[int]) -> None:
    """Write a bold, frozen header row and set the column widths.

    Examples
    --------
    >>> ws = new_workbook().active
    >>> write_header(ws, ["a"], [12])
    >>> ws["A1"].value, ws.freeze_panes
    ('a', 'A2')
    """
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for column, (header, width) in enumerate(zip(headers, widths), start=1):
        cell = ws.cell(row=1, column=column, value=header)
        cell.font = bold
        cell.fill = fill
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = "A2"


def workbook_bytes(wb: Any) -> bytes:
    """Save ``wb`` and return deterministic ``.xlsx`` bytes.

    Examples
    --------
    >>> workbook_bytes(new_workbook())[:2]
    b'PK'
    """
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        _memory_writer()(wb, archive).save()
    return normalise_zip(buffer.getvalue())


def _memory_writer() -> Any:
    """openpyxl's writer with each sheet built in memory instead of in a temporary file.

    openpyxl writes every sheet to a file in the system's temp folder before
    zipping it. Kept in memory, building a workbook touches no disk, so a full
    disk or a file-size limit shows up only where samnet writes its outputs,
    as the output error it is, with the earlier files untouched.
    """
    from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
    from openpyxl.worksheet._writer import WorksheetWriter
    from openpyxl.writer.excel import ExcelWriter

    class MemoryWriter(ExcelWriter):
        def write_worksheet(self, ws: Any) -> None:
            # As ExcelWriter.write_worksheet (openpyxl 3.1), with a BytesIO for the sheet.
            ws._drawing = SpreadsheetDrawing()
            ws._drawing.charts = ws._charts
            ws._drawing.images = ws._images
            writer = WorksheetWriter(ws, out=io.BytesIO())
            writer.write()
            ws._rels = writer._rels
            self._archive.writestr(ws.path[1:], writer.read())
            self.manifest.append(ws)

    return MemoryWriter


def normalise_zip(raw: bytes) -> bytes:
    """Re-pack a zip file with one fixed timestamp on every entry, keeping their order.

    Examples
    --------
    >>> buf = io.BytesIO()
    >>> with zipfile.ZipFile(buf, "w") as z:
    ...     z.writestr("a.txt", "hej")
    >>> zipfile.ZipFile(io.BytesIO(normalise_zip(buf.getvalue()))).getinfo("a.txt").date_time
    (1980, 1, 1, 0, 0, 0)
    """
    source = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl sets "modified" to the save time whatever the properties say.
                data = _W3CDTF.sub(b">2000-01-01T00:00:00Z<", data)
            target.writestr(fixed, data)
    return out.getvalue()
