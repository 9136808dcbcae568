"""The written report: one report model, rendered as HTML (print-ready) and as Word (.docx).

Every public name is also here, e.g. ``from samnet.present.report import report_files``.
"""

from __future__ import annotations

from importlib import import_module

#: Each public name by the module that defines it; imported on first use, so importing
#: the package (as ``samnet --help`` does) loads nothing heavy.
_EXPORTS = {
    "samnet.present.report.blocks": ("Box", "Bullets", "Chart", "Paragraph", "Report", "Section", "Table"),
    "samnet.present.report.docx": ("report_docx",),
    "samnet.present.report.files": ("render_charts", "report_files"),
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
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
