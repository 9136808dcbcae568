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
from samnet.present.report.blocks import Report
from samnet.present.report.docx import report_docx
from samnet.present.report.html import report_html
from samnet.present.report.model import build_report

__all__ = ["render_charts", "report_files"]


def render_charts(report: Report) -> dict[str, dict]:
    """Draw every chart once: ``{key: {"svg": bytes, "png": bytes, "unlabelled": [...]}}``.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> from samnet.measure.metrics import analyze
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> drawn = render_charts(build_report(ds, analyze(ds)))
    >>> sorted(drawn), drawn["k-trappa"]["png"][:4]
    (['k-network', 'k-scopes', 'k-trappa'], b'\\x89PNG')
    """
    from samnet.present.figures import save

    out = {}
    for chart in report.charts():
        fig = chart.draw()
        out[chart.key] = {
            "svg": save(fig, "svg", salt=f"samnet-{chart.key}"),
            "png": save(fig, "png"),
            "unlabelled": list(getattr(fig, "samnet_unlabelled_names", [])),
        }
    return out


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
