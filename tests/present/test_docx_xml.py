"""report.docx written directly as XML gives what python-docx's own calls give, byte for byte."""

from __future__ import annotations

import io
import zipfile

import pytest

docx = pytest.importorskip("docx")

from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from lxml import etree  # noqa: E402

from samnet.present.report.blocks import Table  # noqa: E402
from samnet.present.report.docx_xml import package_bytes, run_content_xml, table_xml  # noqa: E402
from samnet.write.xlsx import normalise_zip  # noqa: E402

TRICKY = Table(
    "Tabell",
    ("Aktör", "Tal", " Kant "),
    (
        ("A & B <c>", "1", ""),
        ("rad\nbryts", "2,5", "\tflik"),
        ("  mellanslag  ", "10", "a\r\nb"),
        ("Ö", "0", "x"),
    ),
    numeric=frozenset({1}),
)


def _cell_by_cell(doc, block: Table, size: float, widths: list[float]):
    """The table as python-docx's API builds it, the way report.docx was written before."""
    table = doc.add_table(rows=1, cols=len(block.headers))
    table.style = "Light Grid Accent 1"
    table.autofit = False
    lengths = [Cm(w) for w in widths]
    for column, width in zip(table.columns, lengths):
        column.width = width
    properties = table.rows[0]._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        element = parse_xml(f'<{tag} xmlns:w="{properties.nsmap["w"]}" w:val="true"/>')
        properties.append(element)
    for i, header in enumerate(block.headers):
        table.rows[0].cells[i].text = header
    for row in block.rows:
        cells = table.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = value
            if i in block.numeric:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in table.rows:
        for cell, width in zip(row.cells, lengths):
            cell.width = width
            for run in (r for p in cell.paragraphs for r in p.runs):
                run.font.size = Pt(size)
    return table._tbl


@pytest.mark.parametrize("size", [9.5, 7.3])
def test_table_xml_is_what_python_docx_builds(size):
    doc = docx.Document()
    widths = [6.0, 4.0, 6.0]
    expected = etree.tostring(_cell_by_cell(doc, TRICKY, size, widths))
    style_id = doc.styles["Light Grid Accent 1"].style_id
    built = parse_xml(table_xml(TRICKY, size, widths, style_id))
    doc.element.body.sectPr.addprevious(built)
    assert etree.tostring(built) == expected


def test_run_content_splits_tabs_and_breaks_as_python_docx():
    doc = docx.Document()
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    for text in ("a\tb", " x ", "a\r\nb\n", "", "<&>"):
        run = doc.add_paragraph().add_run(text)
        built = parse_xml(f'<w:r xmlns:w="{ns}">{run_content_xml(text)}</w:r>')
        assert [(c.tag, c.text, dict(c.attrib)) for c in built] == [(c.tag, c.text, dict(c.attrib)) for c in run._r]


def test_package_is_python_docx_save_repacked():
    doc = docx.Document()
    doc.add_paragraph("Hej")
    app = b"<Properties/>"
    saved = io.BytesIO()
    doc.save(saved)
    source = zipfile.ZipFile(io.BytesIO(saved.getvalue()))
    swapped = io.BytesIO()
    with zipfile.ZipFile(swapped, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, app if info.filename == "docProps/app.xml" else source.read(info))
    expected = normalise_zip(swapped.getvalue(), mode=0o644)
    assert package_bytes(doc, {"docProps/app.xml": app}, mode=0o644) == expected


def test_report_png_is_a_200_dpi_palette_picture_of_the_figure():
    from PIL import Image

    from samnet.present.figures import _new_figure
    from samnet.present.report.files import report_png

    fig = _new_figure(16.0, 6.0)
    fig.add_axes((0.1, 0.1, 0.8, 0.8)).bar(["a", "b"], [1, 2], color=["#C6DBEF", "#08306B"])
    data = report_png(fig)
    picture = Image.open(io.BytesIO(data))
    assert picture.mode == "P" and picture.size == (int(16.0 / 2.54 * 200), int(6.0 / 2.54 * 200))
    assert round(picture.info["dpi"][0]) == 200 and picture.info["Software"] == "samnet"
    # The bars' colours survive the palette exactly.
    colours = {c for _, c in picture.convert("RGB").getcolors(1 << 16)}
    assert (0xC6, 0xDB, 0xEF) in colours and (0x08, 0x30, 0x6B) in colours
    # The page stays white: no faint grey box around the chart on paper.
    assert picture.convert("RGB").getpixel((0, 0)) == (255, 255, 255)
    assert data == report_png(fig)
