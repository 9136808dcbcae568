"""The command line"s own lines (progress, what was written, the next step): data for :mod:`samnet.texts.catalogue`.

Examples
--------
>>> CLI["wrote"]
('skrev {path}', 'wrote {path}')
"""

from __future__ import annotations

__all__ = ["CLI", "TABLES"]

CLI: dict[str, tuple[str, str]] = {
    "usage_error": ("Fel i kommandot", "Usage error"),
    "wrote": ("skrev {path}", "wrote {path}"),
    "wrote_many": (
        "skrev {files} filer i {folders} mappar under {root}",
        "wrote {files} files in {folders} folders under {root}",
    ),
    "next": ("nästa steg: {hint}", "next: {hint}"),
    "look": ("Öppna {path}", "Open {path}"),
    "more": (
        "Alla tabeller: samnet analyze --full. Öppna {path}",
        "Every table: samnet analyze --full. Open {path}",
    ),
    "reading_workbook": (
        "läser {path} (det finns ingen mapp data/)",
        "reading {path} (there is no data/ folder)",
    ),
    "drawing_maps": ("ritar kartor …", "drawing maps …"),
    "writing_report": ("skriver report.html och report.docx …", "writing report.html and report.docx …"),
    "interrupted": ("avbruten", "aborted"),
    "validate_ok": (
        "OK: {data} innehåller {kommuner}, {actors}, {links} och {forums}; inga problem hittades",
        "OK: {data} holds {kommuner}, {actors}, {links} and {forums}; no problems found",
    ),
    "validate_ok_documents": (
        "OK: {data} innehåller {kommuner}, {actors}, {links}, {forums} och {documents}; inga problem hittades",
        "OK: {data} holds {kommuner}, {actors}, {links}, {forums} and {documents}; no problems found",
    ),
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"cli.": CLI}
