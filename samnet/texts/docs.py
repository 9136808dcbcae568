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
    # The footer of every page of report.docx: "Sida 3 av 12".
    "page": ("Sida", "Page"),
    "page_of": ("av", "of"),
    "docx_subject": (
        "Nätverksanalys av kartlagd samverkan mot våld i nära relationer",
        "A network analysis of mapped collaboration against violence in close relationships",
    ),
    "docx_keywords": (
        "samverkan; våld i nära relationer; nätverksanalys; samnet",
        "samverkan; violence in close relationships; network analysis; samnet",
    ),
    "docx_comments": (
        "Skriven av samnet från kartläggningens data; samma data ger samma fil (datumen är fasta).",
        "Written by samnet from the mapping's data; the same data gives the same file (the dates are fixed).",
    ),
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"docs.": DOCS}
