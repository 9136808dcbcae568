"""report.docx as a Word document: A4, Swedish, columns sized to their words, repeated headers,
page numbers, alt text and properties that say what the file is."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze
from samnet.present.report.docx import DOCUMENT_DATE, _text_cm, column_widths, table_size
from samnet.present.report.files import report_files

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def report():
    ds = load_dataset(ROOT / "data")
    data = report_files(ds, analyze(ds))["report.docx"]
    return data, docx.Document(io.BytesIO(data))


def test_a4_with_swedish_proofing(report):
    _, document = report
    for section in document.sections:
        assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    langs = {e.get(qn("w:val")) for e in document.styles.element.iter(qn("w:lang"))}
    assert langs == {"sv-SE"}
    assert document.core_properties.language == "sv-SE"


def test_every_column_is_as_wide_as_its_longest_word(report):
    _, document = report
    checked = 0
    for table in document.tables:
        if len(table.columns) < 2:
            continue
        size = table.rows[0].cells[0].paragraphs[0].runs[0].font.size.pt
        for i, column in enumerate(table.columns):
            words = [w for row in table.rows for w in row.cells[i].text.split()]
            need = max(_text_cm(w, True, size) for w in words)
            assert column.width.cm >= need, (i, words, column.width.cm, need)
            checked += 1
        assert sum(c.width.cm for c in table.columns) <= 16.01
    assert checked > 30


def test_widths_follow_content_not_equal_shares():
    widths = column_widths(("Aktör", "Grad"), (("Individ- och familjeomsorgen i Ljusdal", "3"),))
    assert widths[0] > 3 * widths[1] and abs(sum(widths) - 16) < 1e-9
    many = tuple(f"Personbundna{i}" for i in range(6))
    size = table_size(many, ())
    assert size < 9.5
    assert all(w >= _text_cm(h, True, size) for w, h in zip(column_widths(many, (), size=size), many))


def test_header_rows_repeat_and_pages_are_numbered(report):
    _, document = report
    for table in document.tables:
        if len(table.columns) > 1:
            assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    footer = document.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer and "Sida" in footer
    assert "Samverkan" in document.sections[0].header.paragraphs[0].text


def test_every_figure_has_alt_text(report):
    _, document = report
    pictures = document.inline_shapes
    assert len(pictures) >= 3
    for picture in pictures:
        assert len(picture._inline.docPr.get("descr", "")) > 20


def test_properties_are_samnets_and_fixed(report):
    data, document = report
    props = document.core_properties
    assert props.created == props.modified == DOCUMENT_DATE
    assert props.author == "samnet" and props.subject and props.keywords
    assert "python-docx" not in props.comments
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        core = archive.read("docProps/core.xml").decode()
        app = archive.read("docProps/app.xml").decode()
    assert "python-docx" not in core and "<Application>samnet</Application>" in app and "Word" not in app
