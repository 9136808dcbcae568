"""Write a :class:`samnet.present.report.blocks.Report` as a Word file (python-docx), same content as the HTML.

Headings use Word's own heading styles (so Word's navigation pane and table
of contents work), tables the built-in "Light Grid Accent 1" style, charts
are PNG pictures 16 cm wide (the text width of A4). Each kommun starts on a
new page. The file's dates are fixed and the zip is written with fixed
timestamps, so the same report gives the same bytes.

Examples
--------
>>> from samnet.present.report.blocks import Paragraph, Report, Section
>>> data = report_docx(Report("T", "sv", (Section("S", (Paragraph("x"),)),)), {})
>>> data[:2] == b"PK" and data == report_docx(Report("T", "sv", (Section("S", (Paragraph("x"),)),)), {})
True
"""

from __future__ import annotations

import datetime
import io
import re

from samnet.present.report.blocks import Box, Bullets, Chart, Paragraph, Report, Section, Table
from samnet.texts.catalogue import text as _text
from samnet.write.xlsx import normalise_zip

__all__ = ["report_docx"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FIXED = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)


def _clean(text: object) -> str:
    # XML 1.0 cannot hold control characters; python-docx would refuse the whole file.
    return _CONTROL.sub("", str(text))


def _table(doc, block: Table) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc.add_paragraph(_clean(block.caption), style="Caption")
    table = doc.add_table(rows=1, cols=len(block.headers))
    table.style = "Light Grid Accent 1"
    for i, header in enumerate(block.headers):
        table.rows[0].cells[i].text = _clean(header)
    for row in block.rows:
        cells = table.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = _clean(value)
            if i in block.numeric:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _widths(table, block)
    doc.add_paragraph()


def _widths(table, block: Table) -> None:
    """A wide table of figures gives its first, named column room: 4 cm of 15, the rest shared by the figures.

    Word and LibreOffice otherwise split the width equally and break a kommun's or an
    actor's name inside a word. Tables of five columns or fewer keep the equal split.
    """
    from docx.shared import Cm

    if len(block.headers) <= 5 or 0 in block.numeric:
        return
    share = (15 - 4) / (len(block.headers) - 1)
    table.autofit = False
    # Both: Word reads each cell's width, LibreOffice the table's grid.
    for i, grid in enumerate(table._tbl.tblGrid.gridCol_lst):
        grid.w = Cm(4 if i == 0 else share)
    for i, column in enumerate(table.columns):
        for cell in column.cells:
            cell.width = Cm(4 if i == 0 else share)


def _box(doc, block: Box) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    table = doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    # A pale fill marks the box as an aside, as in the HTML.
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "F3F7FB")
    cell._tc.get_or_add_tcPr().append(shading)
    first = cell.paragraphs[0]
    if block.title:
        first.add_run(_clean(block.title)).bold = True
    for i, text in enumerate(block.paragraphs):
        if i == 0 and not block.title:
            first.add_run(_clean(text))
        else:
            cell.add_paragraph(_clean(text))
    doc.add_paragraph()


def _chart(doc, block: Chart, charts: dict, lang: str) -> None:
    from docx.shared import Cm

    drawn = charts[block.key]
    doc.add_picture(io.BytesIO(drawn["png"]), width=Cm(16))
    doc.add_paragraph(_clean(block.caption), style="Caption")
    if drawn.get("unlabelled"):
        word = _text("docs.unlabelled", lang)
        doc.add_paragraph(_clean(f"{word}: {', '.join(drawn['unlabelled'])}."))


def _block(doc, block, charts: dict, level: int, lang: str) -> None:
    if isinstance(block, Paragraph):
        doc.add_paragraph(_clean(block.text))
    elif isinstance(block, Bullets):
        if block.title:
            doc.add_heading(_clean(block.title), level=min(level + 1, 9))
        for item in block.items:
            doc.add_paragraph(_clean(item), style="List Bullet")
    elif isinstance(block, Table):
        _table(doc, block)
    elif isinstance(block, Box):
        _box(doc, block)
    elif isinstance(block, Chart):
        _chart(doc, block, charts, lang)
    else:
        raise TypeError(f"unknown report block {type(block).__name__}")


def _section(doc, section: Section, charts: dict, level: int, lang: str) -> None:
    doc.add_heading(_clean(section.title), level=min(level, 9))
    for block in section.blocks:
        _block(doc, block, charts, level, lang)
    for sub in section.subsections:
        _section(doc, sub, charts, level + 1, lang)


def report_docx(report: Report, charts: dict) -> bytes:
    """The report as the bytes of a ``.docx`` file.

    Parameters
    ----------
    report : Report
    charts : dict
        From :func:`samnet.present.report.files.render_charts`: each chart's PNG by key.

    Examples
    --------
    >>> import docx, io
    >>> from samnet.present.report.blocks import Report, Section, Table
    >>> data = report_docx(Report("T", "sv", (Section("S", (Table("C", ("a",), (("1",),)),)),)), {})
    >>> len(docx.Document(io.BytesIO(data)).tables)
    1
    """
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    props = doc.core_properties
    props.title = _clean(report.title)
    props.author = "samnet"
    props.last_modified_by = "samnet"
    props.created = props.modified = _FIXED
    props.revision = 1
    props.language = _text("docs.docx_language", report.lang)
    doc.add_heading(_clean(report.title), level=0)
    for section in report.sections:
        if section.new_page:
            doc.add_page_break()
        _section(doc, section, charts, 1, report.lang)
    buffer = io.BytesIO()
    doc.save(buffer)
    # Equal content gives equal bytes: every member dated 1980-01-01.
    return normalise_zip(buffer.getvalue(), mode=0o644)
