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
from collections.abc import Iterable
from typing import Any

__all__ = ["FIXED_DATE", "new_workbook", "put", "write_header", "workbook_bytes", "normalise_zip"]

#: The date written as "created" and "modified" into every workbook (no dates in files).
FIXED_DATE = _dt.datetime(2000, 1, 1, 0, 0, 0)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
# Characters XML 1.0 cannot hold; Excel refuses a file that has them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
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


def put(ws: Any, row: int, column: int, value: Any) -> Any:
    """Write ``value`` into a cell, text always as text: never a formula, whatever it starts with.

    openpyxl makes any text beginning with ``=`` a live formula; a kommun named
    ``=HYPERLINK(...)`` must stay a name. Returns the cell.

    Examples
    --------
    >>> ws = new_workbook().active
    >>> put(ws, 1, 1, "=1+1").data_type, put(ws, 1, 2, 2.5).value
    ('s', 2.5)
    """
    if isinstance(value, str):
        # XML 1.0 cannot hold these characters; openpyxl would refuse the value.
        cell = ws.cell(row=row, column=column, value=_XML_ILLEGAL.sub("", value))
        cell.data_type = "s"
        return cell
    return ws.cell(row=row, column=column, value=value)


def write_header(ws: Any, headers: Iterable[str], widths: Iterable[int]) -> None:
    """Write a bold, frozen header row and set the column widths.

    Examples
    --------
    >>> ws = new_workbook().active
    >>> write_header(ws, ["a"], [12])
    >>> ws["A1"].value, ws.freeze_panes, ws["A1"].font.bold
    ('a', 'A2', True)
    """
    from openpyxl.utils import get_column_letter

    # One named style per workbook: assigning a Font and a Fill to each header cell
    # costs openpyxl a style lookup per cell, seconds over a national metrics.xlsx.
    style = _header_style(ws.parent)
    for column, (header, width) in enumerate(zip(headers, widths), start=1):
        put(ws, 1, column, header).style = style
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.freeze_panes = "A2"


def _header_style(wb: Any) -> str:
    from openpyxl.styles import Font, NamedStyle, PatternFill

    name = "samnet-rubrik"
    if name not in wb.named_styles:
        wb.add_named_style(
            NamedStyle(name, font=Font(name="Calibri", bold=True), fill=PatternFill("solid", fgColor="DDEBF7"))
        )
    return name


def workbook_bytes(wb: Any, rows: dict[str, list[list[Any]]] | None = None) -> bytes:
    """Save ``wb`` and return deterministic ``.xlsx`` bytes.

    Parameters
    ----------
    wb : openpyxl.Workbook
        The workbook (headers, widths, validations).
    rows : dict, optional
        Sheet title to data rows, written from row 2 on below the header. openpyxl
        spends some 20 µs on every cell; a national ``metrics.xlsx`` has 300,000
        of them, so plain rows are written straight into the sheet's XML.

    Examples
    --------
    >>> import openpyxl
    >>> wb = new_workbook()
    >>> write_header(wb.active, ["id", "n"], [8, 8])
    >>> raw = workbook_bytes(wb, {wb.active.title: [["a", 1.5], ["b & c", None]]})
    >>> [[c.value for c in r] for r in openpyxl.load_workbook(io.BytesIO(raw)).active.iter_rows()]
    [['id', 'n'], ['a', 1.5], ['b & c', None]]
    """
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        _memory_writer(rows or {})(wb, archive).save()
    return normalise_zip(buffer.getvalue())


def _xml_escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as XML entities, as ``xml.sax.saxutils.escape`` writes them.

    That module imports urllib, http and ssl on the way (50 ms), for three replacements.

    Examples
    --------
    >>> _xml_escape("a < b & c > d")
    'a &lt; b &amp; c &gt; d'
    """
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def _cell_xml(ref: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    text = _xml_escape(_XML_ILLEGAL.sub("", str(value)))
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _with_rows(sheet_xml: bytes, rows: list[list[Any]]) -> bytes:
    """The sheet's XML with ``rows`` appended below the header row."""
    from openpyxl.utils import get_column_letter

    if not rows:
        return sheet_xml
    width = max(len(r) for r in rows)
    letters = [get_column_letter(i) for i in range(1, width + 1)]
    body = "".join(
        f'<row r="{n}">' + "".join(_cell_xml(f"{letters[i]}{n}", v) for i, v in enumerate(row)) + "</row>"
        for n, row in enumerate(rows, start=2)
    ).encode("utf-8")
    if b"</sheetData>" in sheet_xml:
        sheet_xml = sheet_xml.replace(b"</sheetData>", body + b"</sheetData>", 1)
    else:
        sheet_xml = sheet_xml.replace(b"<sheetData/>", b"<sheetData>" + body + b"</sheetData>", 1)
    last = f"{letters[-1]}{len(rows) + 1}".encode()
    return re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:' + last + b'"/>', sheet_xml, count=1)


def _memory_writer(rows: dict[str, list[list[Any]]]) -> Any:
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
            self._archive.writestr(ws.path[1:], _with_rows(writer.read(), rows.get(ws.title, [])))
            self.manifest.append(ws)

    return MemoryWriter


def normalise_zip(raw: bytes, *, mode: int = 0o600) -> bytes:
    """Re-pack an Office file (a zip) with one fixed timestamp on every entry, keeping their order.

    ``mode`` is the permission every entry records. Serves the workbooks and ``report.docx``.

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
            fixed.external_attr = mode << 16
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl sets "modified" to the save time whatever the properties say.
                data = _W3CDTF.sub(b">2000-01-01T00:00:00Z<", data)
            target.writestr(fixed, data)
    return out.getvalue()
