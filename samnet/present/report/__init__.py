"""The written report: one report model, rendered as HTML (print-ready) and as Word (.docx).

Every public name is also here, e.g. ``from samnet.present.report import report_files``.
"""

from __future__ import annotations

from samnet.core.exports import lazy_exports

#: Each public name by the module that defines it; imported on first use, so importing
#: the package (as ``samnet --help`` does) loads nothing heavy.
_EXPORTS = {
    "samnet.present.report.blocks": ("Box", "Bullets", "Chart", "Paragraph", "Report", "Section", "Table"),
    "samnet.present.report.docx": ("report_docx",),
    "samnet.present.report.files": ("StartedReport", "render_charts", "report_files", "start_report"),
    "samnet.present.report.findings": (
        "Finding",
        "RULES",
        "central",
        "forum_reports",
        "forums",
        "join_names",
        "one_way_only",
        "orosanmalan",
        "person_dependent",
        "scopes",
        "social_only",
        "trappa",
    ),
    "samnet.present.report.html": ("CSP", "report_html"),
    "samnet.present.report.model": ("build_report", "comparison_section"),
}
_WHERE, __all__, __getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
