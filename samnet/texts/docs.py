"""Words of the report documents' HTML and Word writers (:mod:`samnet.present.report.html`, :mod:`samnet.present.report.docx`): data for :mod:`samnet.texts.catalogue`.

Registered under ``docs.``.
"""

from __future__ import annotations

__all__ = ["DOCS", "TABLES"]

DOCS: dict[str, tuple[str, str]] = {
    # samnet.present.report.html, samnet.present.report.docx: beside a figure, and the page's subtitle.
    "unlabelled": ("Utan etikett i figuren", "Without a label in the figure"),
    "subtitle": ("Nätverksanalys av kartlagd samverkan", "A network analysis of the mapped collaboration"),
    # The document's language as Word records it (a language tag, not prose).
    "docx_language": ("sv-SE", "en-GB"),
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"docs.": DOCS}
