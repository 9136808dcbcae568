"""The bulk of ``report.docx`` written as WordprocessingML directly: its tables and the zip.

python-docx builds a table cell by cell, each cell through several XPath look-ups, and
looks a paragraph's style up by name across every style of the template each time; a
län's report has some 10,000 cells. Here each table is one XML text parsed once, giving
the same elements python-docx's own calls would give (the same ``document.xml``), and the
package is written into its final zip in one pass (python-docx's own save, then re-packing
for fixed dates, compressed every picture three times).

Examples
--------
>>> from samnet.present.report.blocks import Table
>>> xml = table_xml(Table("C", ("Namn", "Tal"), (("A & B", "1"),), numeric=(1,)), 9.5, [10.0, 6.0], "TableGrid")
>>> "<w:t>A &amp; B</w:t>" in xml and '<w:jc w:val="right"/>' in xml
True
"""

from __future__ import annotations

import io
import re
import zipfile
from html import escape

from samnet.write.xlsx import _W3CDTF, _ZIP_DATE

__all__ = ["table_xml", "run_content_xml", "package_bytes"]

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BREAKS = re.compile(r"([\t\r\n])")
_LOOK = (
    '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" '
    'w:noVBand="1" w:val="04A0"/>'
)


def run_content_xml(text: str) -> str:
    """A run's content for ``text`` as python-docx writes it: ``w:t`` pieces, ``w:tab`` and ``w:br``.

    Examples
    --------
    >>> run_content_xml(" a\\tb")
    '<w:t xml:space="preserve"> a</w:t><w:tab/><w:t>b</w:t>'
    """
    parts = []
    for piece in _BREAKS.split(text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            parts.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            parts.append(f"<w:t{space}>{escape(piece, quote=False)}</w:t>")
    return "".join(parts)


def table_xml(block, size: float, widths_cm: list[float], style_id: str) -> str:
    """One ``w:tbl``: a header row repeated on every page, each cell ``size`` point type, fixed column widths.

    ``block`` is a :class:`samnet.present.report.blocks.Table` whose texts are already cleaned
    of characters XML cannot hold.
    """
    from docx.oxml.simpletypes import ST_HpsMeasure, ST_TwipsMeasure
    from docx.shared import Cm, Emu, Pt

    lengths = [Cm(w) for w in widths_cm]
    grid = "".join(f'<w:gridCol w:w="{ST_TwipsMeasure.convert_to_xml(w)}"/>' for w in lengths)
    cell_props = [f'<w:tcPr><w:tcW w:type="dxa" w:w="{Emu(w).twips}"/></w:tcPr>' for w in lengths]
    run_props = f'<w:rPr><w:sz w:val="{ST_HpsMeasure.convert_to_xml(Pt(size))}"/></w:rPr>'
    right = '<w:pPr><w:jc w:val="right"/></w:pPr>'

    def row(values, numeric) -> str:
        cells = []
        for i, (value, props) in enumerate(zip(values, cell_props)):
            align = right if i in numeric else ""
            cells.append(f"<w:tc>{props}<w:p>{align}<w:r>{run_props}{run_content_xml(value)}</w:r></w:p></w:tc>")
        return "".join(cells)

    head = (
        '<w:tr><w:trPr><w:cantSplit w:val="true"/><w:tblHeader w:val="true"/></w:trPr>'
        + row(block.headers, ())
        + "</w:tr>"
    )
    numeric = set(block.numeric)
    body = "".join(f"<w:tr>{row(values, numeric)}</w:tr>" for values in block.rows)
    return (
        f'<w:tbl xmlns:w="{_W_NS}"><w:tblPr><w:tblStyle w:val="{escape(style_id)}"/>'
        f'<w:tblW w:type="auto" w:w="0"/><w:tblLayout w:type="fixed"/>{_LOOK}</w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{head}{body}</w:tbl>"
    )


class _Entries:
    """Collects what python-docx's package writer writes, in its order, instead of zipping it."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, bytes]] = []

    def write(self, pack_uri, blob: bytes) -> None:
        self.entries.append((pack_uri.membername, blob))


def package_bytes(doc, replace: dict[str, bytes], *, mode: int = 0o644) -> bytes:
    """The document as ``.docx`` bytes, zipped once: members in python-docx's order, ``replace``
    swapping whole members, every entry dated 1980-01-01 and core.xml's dates fixed, as
    :func:`samnet.write.xlsx.normalise_zip` re-packs a saved file.
    """
    from docx.opc.pkgwriter import PackageWriter

    package = doc.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    sink = _Entries()
    PackageWriter._write_content_types_stream(sink, parts)
    PackageWriter._write_pkg_rels(sink, package.rels)
    PackageWriter._write_parts(sink, parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in sink.entries:
            fixed = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = mode << 16
            data = replace.get(name, data)
            if name == "docProps/core.xml":
                data = _W3CDTF.sub(b">2000-01-01T00:00:00Z<", data)
            target.writestr(fixed, data)
    return out.getvalue()
