"""``report.html`` and ``report.docx``: the report model drawn once and written twice.

Examples
--------
>>> from samnet.core.model import Actor, Dataset
>>> from samnet.measure.metrics import analyze
>>> sorted(report_files(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")}), analyze(Dataset({}, {}))))
['report.docx', 'report.html']
"""

from __future__ import annotations

from collections.abc import Callable

from samnet.measure.results import Analysis
from samnet.present.report.charts import StartedCharts, render_charts, report_png, start_charts
from samnet.present.report.docx import report_docx
from samnet.present.report.html import report_html
from samnet.present.report.model import build_report

__all__ = ["StartedReport", "render_charts", "report_files", "report_png", "start_report"]


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
    return start_report(dataset, analysis, lang, source=source).wait()


class StartedReport:
    """A report whose charts are being drawn: :meth:`wait` writes it, :meth:`cancel` drops it."""

    def __init__(self, charts: StartedCharts, write: Callable[[dict], dict[str, str | bytes]]):
        self._charts, self._write = charts, write

    def wait(self) -> dict[str, str | bytes]:
        """``report.html`` and ``report.docx``, by file name, once every chart is drawn."""
        return self._write(self._charts.wait())

    def cancel(self) -> None:
        """The charts' drawing stopped."""
        self._charts.cancel()


def start_report(dataset, analysis: Analysis, lang: str = "sv", *, source: str | None = None) -> StartedReport:
    """Start the report: its charts are drawn by other processes where it can
    (:func:`samnet.present.report.charts.start_charts`) while the run writes its other files.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.measure.metrics import analyze
    >>> started = start_report(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")}), analyze(Dataset({}, {})))
    >>> sorted(started.wait())
    ['report.docx', 'report.html']
    """
    import gc

    from samnet.present.figures import map_positions

    # What the run has read and measured lives until it ends: frozen, the collector stops walking
    # it again at every collection while the report is drawn (here and in the drawing processes).
    gc.freeze()
    report = build_report(dataset, analysis, lang=lang, source=source)
    # Each kommun laid out here, before the drawing processes fork: they inherit the positions
    # for the network figures, and the run's maps, drawn meanwhile, read the same.
    for kommun_id, figures in analysis.metrics.items():
        if analysis.networks.get(kommun_id) is not None:
            map_positions(analysis.networks[kommun_id], figures)

    def write(charts: dict) -> dict[str, str | bytes]:
        return {"report.html": report_html(report, charts), "report.docx": report_docx(report, charts)}

    return StartedReport(start_charts(report), write)
