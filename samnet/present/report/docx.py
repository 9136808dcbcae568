"""Write a :class:`samnet.present.report.blocks.Report` as a Word file (python-docx), same content as the HTML.

The page is A4 with 2.5 cm margins and the text is marked Swedish (sv-SE) or
British English, so Word's proofing and LibreOffice's hyphenation follow the
report's language. Headings use Word's own heading styles (so Word's navigation
pane and table of contents work); tables the built-in "Light Grid Accent 1" style
with columns sized to their content (no word broken mid-word) and a header row
repeated on every page; charts are PNG pictures 16 cm wide (the text width)
with their caption as alt text. Every page carries the report's title at the
top and "Sida n av m" at the foot. Each kommun starts on a new page.

The file's dates are fixed (:data:`DOCUMENT_DATE`, 2000-01-01, or the moment
``SOURCE_DATE_EPOCH`` names) and the zip is written with fixed timestamps, so
the same report gives the same bytes.

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
import os
import re

from samnet.present.report.blocks import Box, Bullets, Chart, Paragraph, Report, Section, Table
from samnet.present.report.docx_xml import package_bytes, table_xml
from samnet.texts.catalogue import text as _text

__all__ = ["report_docx", "DOCUMENT_DATE", "column_widths"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: The created and modified date of every report.docx: fixed, so the same data gives the same bytes.
DOCUMENT_DATE = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
#: Text width of an A4 page with 2.5 cm margins, in cm.
_TEXT_WIDTH_CM = 16.0
#: Size of table text, in points; a cell's left and right padding, in cm.
_TABLE_PT = 9.5
_PADDING_CM = 0.45
# Widths of Arial's (and its metric twin Liberation Sans's) glyphs in em, by kind of character:
# a fixed table, not the installed fonts, so the same report gives the same bytes everywhere.
_NARROW, _WIDE = set("iljtfI.,:;'|!()[]/- "), set("mwMWÅÄÖ%@")


def _em(text: str, bold: bool) -> float:
    widths = [
        0.28 if c in _NARROW else 0.85 if c in _WIDE else 0.68 if c.isupper() else 0.56 if c.isdigit() else 0.55
        for c in text
    ]
    return sum(widths) * (1.1 if bold else 1.0)


def _text_cm(text: str, bold: bool = False, size: float = _TABLE_PT) -> float:
    """How wide ``text`` is in ``size`` point type, in cm."""
    return _em(text, bold) * size * 2.54 / 72


def _document_date() -> datetime.datetime:
    """:data:`DOCUMENT_DATE`, or the reproducible-builds convention's SOURCE_DATE_EPOCH when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc)
    return DOCUMENT_DATE


def column_widths(
    headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...], total: float = _TEXT_WIDTH_CM, size: float = _TABLE_PT
) -> list[float]:
    """Column widths in cm that sum to ``total``: each column at least as wide as its longest word
    (header words in bold), the rest shared by how much wider each column's longest text is.

    Examples
    --------
    >>> [round(w, 1) for w in column_widths(("Aktör", "Mellanhet"), (("Individ- och familjeomsorg", "0,25"),))]
    [11.3, 4.7]
    """
    columns = range(len(headers))

    def words(i: int) -> list[tuple[str, bool]]:
        # The table style sets the header row and the first column in bold.
        return [(w, True) for w in str(headers[i]).split()] + [(w, i == 0) for r in rows for w in str(r[i]).split()]

    least = [max((_text_cm(w, b, size) for w, b in words(i)), default=0.5) + _PADDING_CM for i in columns]
    if sum(least) >= total:
        # Too many columns for the page: shrink them alike; table_size() shrinks the type with them.
        return [w * total / sum(least) for w in least]
    whole = [
        max([_text_cm(str(headers[i]), True, size)] + [_text_cm(str(r[i]), i == 0, size) for r in rows]) + _PADDING_CM
        for i in columns
    ]
    wish = [max(0.0, whole[i] - least[i]) for i in columns]
    room = total - sum(least)
    if sum(wish) <= room:
        # Every cell fits on one line: hand the spare room out by width.
        return [whole[i] + (room - sum(wish)) * whole[i] / sum(whole) for i in columns]
    return [least[i] + room * wish[i] / sum(wish) for i in columns]


def table_size(headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> float:
    """The type size of a table, in points: 9.5, or smaller (at least 7) where its longest words would
    not fit the page side by side at 9.5 (a wide summary table), so that no word breaks mid-word.

    Examples
    --------
    >>> table_size(("a", "b"), (("x", "y"),)), table_size(tuple("Personbundna" for _ in range(12)), ())
    (9.5, 7.0)
    """
    body = [
        max((_text_cm(w, i == 0) for r in rows for w in str(r[i]).split()), default=0.0) for i in range(len(headers))
    ]
    least = sum(
        max(max(_text_cm(w, True) for w in str(h).split() or ["x"]), b) + _PADDING_CM for h, b in zip(headers, body)
    )
    if least <= _TEXT_WIDTH_CM:
        return _TABLE_PT
    # Padding does not shrink with the type: solve for the size at which the words fit.
    words_cm = least - _PADDING_CM * len(headers)
    return max(7.0, round(_TABLE_PT * (_TEXT_WIDTH_CM - _PADDING_CM * len(headers)) / words_cm, 1))


def _clean(text: object) -> str:
    # XML 1.0 cannot hold control characters; python-docx would refuse the whole file.
    return _CONTROL.sub("", str(text))


def _table(doc, block: Table) -> None:
    from docx.oxml import parse_xml

    _paragraph(doc, block.caption, "Caption", keep_with_next=True)
    clean = Table(
        _clean(block.caption),
        tuple(_clean(h) for h in block.headers),
        tuple(tuple(_clean(c) for c in row) for row in block.rows),
        numeric=block.numeric,
    )
    size = table_size(block.headers, block.rows)
    widths = column_widths(block.headers, block.rows, size=size)
    _body_end(doc).addprevious(parse_xml(table_xml(clean, size, widths, _style_id(doc, "Light Grid Accent 1"))))
    doc.add_paragraph()


def _style_id(doc, name: str) -> str:
    """The id of the template's style ``name``, looked up once per document (python-docx scans every style each time)."""
    known = doc.__dict__.setdefault("_samnet_style_ids", {})
    if name not in known:
        known[name] = doc.styles[name].style_id
    return known[name]


def _paragraph(doc, text: str, style: str | None = None, *, keep_with_next: bool = False):
    """``doc.add_paragraph(text, style)`` with the style's id looked up once."""
    paragraph = doc.add_paragraph(_clean(text))
    if style is not None:
        paragraph._p.style = _style_id(doc, style)
    if keep_with_next:
        paragraph.paragraph_format.keep_with_next = True
    return paragraph


def _body_end(doc):
    """The body's closing section properties: new content goes before them."""
    return doc.element.body.sectPr


def _repeat_header(row) -> None:
    """Mark ``row`` as the table's header: Word and LibreOffice repeat it at the top of every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), "true")
        properties.append(element)


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
    from docx.oxml.shape import CT_Inline
    from docx.shared import Cm

    drawn = charts[block.key]
    paragraph = doc.add_paragraph()
    # As python-docx's add_picture, with the shape id counted here: python-docx finds the
    # next id by scanning the whole document for every picture.
    r_id, image = doc.part.get_or_add_image(io.BytesIO(drawn["png"]))
    cx, cy = image.scaled_dimensions(Cm(_TEXT_WIDTH_CM), None)
    counter = doc.__dict__.get("_samnet_shape_ids")
    if counter is None:
        # Not setdefault: its default, the scan, would be worked out again for every picture.
        counter = doc.__dict__["_samnet_shape_ids"] = [doc.part.next_id]
    inline = CT_Inline.new_pic_inline(counter[0], r_id, image.filename, cx, cy)
    counter[0] += 1
    paragraph.add_run()._r.add_drawing(inline)
    # Alt text: what a screen reader says for the figure (Word's "Alternativ text").
    described = inline.docPr
    described.set("descr", _clean(block.alt or block.caption))
    described.set("title", _clean(block.caption))
    paragraph.paragraph_format.keep_with_next = True
    _paragraph(doc, block.caption, "Caption")
    if drawn.get("unlabelled"):
        word = _text("docs.unlabelled", lang)
        doc.add_paragraph(_clean(f"{word}: {', '.join(drawn['unlabelled'])}."))


def _block(doc, block, charts: dict, level: int, lang: str) -> None:
    if isinstance(block, Paragraph):
        doc.add_paragraph(_clean(block.text))
    elif isinstance(block, Bullets):
        if block.title:
            _heading(doc, block.title, min(level + 1, 9))
        for item in block.items:
            _paragraph(doc, item, "List Bullet")
    elif isinstance(block, Table):
        _table(doc, block)
    elif isinstance(block, Box):
        _box(doc, block)
    elif isinstance(block, Chart):
        _chart(doc, block, charts, lang)
    else:
        raise TypeError(f"unknown report block {type(block).__name__}")


def _section(doc, section: Section, charts: dict, level: int, lang: str) -> None:
    _heading(doc, section.title, min(level, 9))
    for block in section.blocks:
        _block(doc, block, charts, level, lang)
    for sub in section.subsections:
        _section(doc, sub, charts, level + 1, lang)


def _heading(doc, text: str, level: int) -> None:
    """``doc.add_heading``: the Title style for level 0, else "Heading n"."""
    _paragraph(doc, text, "Title" if level == 0 else f"Heading {level}")


def _page(doc, title: str, lang: str) -> None:
    """A4 with 2.5 cm margins; the title at the top of every page and "Sida n av m" at the foot."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    for section in doc.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)
        running = section.header.paragraphs[0]
        running.text = _clean(title)
        running.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        running.runs[0].font.size = Pt(9)
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot.add_run(_text("docs.page", lang) + " ").font.size = Pt(9)
        _field(foot, "PAGE")
        foot.add_run(" " + _text("docs.page_of", lang) + " ").font.size = Pt(9)
        _field(foot, "NUMPAGES")


def _field(paragraph, instruction: str) -> None:
    """A field Word and LibreOffice fill in when the page is laid out (PAGE, NUMPAGES)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    style = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "18")
    style.append(size)
    run.append(style)
    shown = OxmlElement("w:t")
    shown.text = "1"
    run.append(shown)
    simple.append(run)
    paragraph._p.append(simple)


def _language(doc, language: str) -> None:
    """Mark every text of the document as ``language`` (the template says en-US)."""
    from docx.oxml.ns import qn

    for element in doc.styles.element.iter(qn("w:lang")):
        for attribute in ("w:val", "w:eastAsia"):
            element.set(qn(attribute), language)


def _properties(doc, title: str, lang: str, language: str) -> None:
    """Word's document properties: what the file is and who wrote it, never python-docx's defaults."""
    props = doc.core_properties
    props.title = _clean(title)
    props.subject = _text("docs.docx_subject", lang)
    props.keywords = _text("docs.docx_keywords", lang)
    props.comments = _text("docs.docx_comments", lang)
    props.category = ""
    props.author = "samnet"
    props.last_modified_by = "samnet"
    props.created = props.modified = _document_date()
    props.revision = 1
    props.language = language


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
    # Arial: on every Word, and LibreOffice's Liberation Sans has the same metrics, so the
    # columns sized by _text_cm fit in both.
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    language = _text("docs.docx_language", report.lang)
    _page(doc, report.title, report.lang)
    _language(doc, language)
    _properties(doc, report.title, report.lang, language)
    _heading(doc, report.title, 0)
    for section in report.sections:
        if section.new_page:
            doc.add_page_break()
        _section(doc, section, charts, 1, report.lang)
    # Equal content gives equal bytes: every member dated 1980-01-01, samnet as the application.
    return package_bytes(doc, {"docProps/app.xml": _APP_XML}, mode=0o644)


_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>samnet</Application><DocSecurity>0</DocSecurity></Properties>"
)
