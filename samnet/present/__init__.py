"""Results in, what a person reads out: tables, JSON, CSV, sentences, pages, maps, the report.

Presenters read a run's :class:`~samnet.measure.results.Analysis` and never measure again.
:mod:`samnet.present.maps` draws the interactive maps, :mod:`samnet.present.report` the
written report (HTML and Word). Every public name of the modules here is also here, e.g.
``from samnet.present import format_analysis`` (``FORMATS`` differs by output: read it from its module).
"""

from __future__ import annotations

from samnet.core.exports import lazy_exports

#: Each public name by the module that defines it; imported on first use, so importing
#: the package (as ``samnet --help`` does) loads nothing heavy.
_EXPORTS = {
    "samnet.present.analysis_text": (
        "csv_cell",
        "format_analysis",
        "metrics_csv",
        "report_markdown",
        "summary_json",
        "to_json",
    ),
    "samnet.present.check_page": ("check_side_html",),
    "samnet.present.check_text": (
        "check_document_section",
        "check_json",
        "check_json_text",
        "check_name",
        "describe_requirement",
        "format_check",
        "format_check_comparison",
        "format_check_comparison_section",
        "format_check_markdown",
        "format_check_section",
        "format_check_table",
        "map_overlay",
        "ordered_results",
        "result_detail",
        "rule_detail",
    ),
    "samnet.present.compare_page": (
        "focus_of",
        "function_slots",
        "render_comparison_html",
        "render_comparison_page",
        "shared_positions",
    ),
    "samnet.present.compare_report": ("format_comparison",),
    "samnet.present.compare_words": (
        "difference_sentences",
        "level_name",
        "level_phrase",
        "mapped_sentences",
        "pair_label",
        "scope_phrase",
        "side_text",
    ),
    "samnet.present.comparison_text": ("finding_sentence", "finding_sentences", "mapped_sentence", "percent"),
    "samnet.present.export": ("check_export_name", "export_bytes", "export_graph"),
    "samnet.present.figure_labels": ("DOT_CLEARANCE_PT", "FONT_PT", "Label", "place_labels"),
    "samnet.present.figures": (
        "LEVEL_COLORS",
        "MAX_LABELS",
        "SCOPE_COLORS",
        "WHAT",
        "WIDTH_CM",
        "make_figure",
        "map_positions",
        "network_figure",
        "save",
        "scopes_figure",
        "trappa_figure",
    ),
    "samnet.present.forms_text": ("FormsSummary", "forms_summary_text"),
    "samnet.present.forum_text": ("FORUM_ROWS", "dependence_note", "driver_warning", "forum_warning", "summary_rows"),
    "samnet.present.metrics_workbook": ("HEADERS", "SUMMARY_LABELS"),
    "samnet.present.tables": ("cell_text", "clip", "display_width", "markdown_table", "md_escape", "text_table"),
    "samnet.present.testimony_text": ("Section", "disagreement_sentence", "forum_names", "testimony_section"),
}
_WHERE, __all__, __getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
