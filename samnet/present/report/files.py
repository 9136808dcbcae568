"""``report.html`` and ``report.docx``: the report model drawn once and written twice.

Examples
--------
>>> from samnet.core.model import Actor, Dataset
>>> from samnet.measure.metrics import analyze
>>> sorted(report_files(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")}), analyze(Dataset({}, {}))))
['report.docx', 'report.html']
"""

from __future__ import annotations

from samnet.measure.results import Analysis
from samnet.present.report.charts import render_charts, report_png
from samnet.present.report.docx import report_docx
from samnet.present.report.html import report_html
from samnet.present.report.model import build_report

__all__ = ["render_charts", "report_files", "report_png"]


def report_files(dataset, analysis: Analysis, lang: str = "sv", *, source: str | None = None) -> dict[str, str | bytes]:
    """``report.html`` and ``report.docx`` of one run, by file name.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.measure.metrics import analyze
    >>> files = report_files(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")}), analyze(Dataset({}, {})))
    >>> sorted(files)
    ['report.docx', 'report.html']
    """
    report = build_report(dataset, analysis, lang=lang, source=source)
    charts = render_charts(report)
    return {"report.html": report_html(report, charts), "report.docx": report_docx(report, charts)}
