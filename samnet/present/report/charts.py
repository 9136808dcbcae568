"""The report's charts drawn to bytes: SVG for report.html, PNG for report.docx.

Every chart is drawn by matplotlib and saved twice; that is most of a län's report.
With more than a few charts and more than one processor they are drawn by forked copies
of this process, each chart by one of them, the biggest (the networks) handed out first;
the bytes come back to this process, which keeps them in the report's order. A fork
copies the analysis and the maps' layouts as they are, so each chart is drawn from the
same figures and gives the same bytes as when drawn here. Where fork is not available
(Windows) or not safe (macOS, whose system libraries may not survive it), or there are few
charts, they are drawn here, one by one.

Examples
--------
>>> from samnet.present.figures import _new_figure
>>> drawn = draw_chart(Chart("c", "C", lambda: _new_figure(2, 1)))
>>> drawn["svg"][:5], drawn["png"][:4]
(b'<?xml', b'\\x89PNG')
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable

from samnet.present.report.blocks import Chart, Report

__all__ = ["StartedCharts", "render_charts", "start_charts", "draw_chart", "drawing_processes", "report_png"]

#: Fewer charts than this are drawn in this process: starting the others would cost more than it saves.
_MIN_FORKED_CHARTS = 4
#: At most this many drawing processes: each holds its own copy of matplotlib's figures and fonts
#: (tens of MB), and a län's 87 charts gain little from more.
_MAX_PROCESSES = 8
#: The charts being drawn by forked processes, read by :func:`_draw_nth` in each of them.
_CHARTS: list[Chart] = []

#: The pictures in report.docx: 200 dpi at 16 cm, enough for print.
_PNG_DPI = 200


def report_png(fig) -> bytes:
    """The figure as the PNG report.docx shows: 200 dpi, as :func:`samnet.present.figures.save`
    draws it, written with a palette of 256 colours.

    A chart holds a few flat colours and their anti-aliased edges, which 256 colours
    hold without a visible difference (the palette picked from the picture itself, no
    dithering, the white of the page kept exact), at a quarter of the bytes of full RGBA;
    the smaller picture is also quicker to compress, here and again in the .docx zip.

    Examples
    --------
    >>> from samnet.present.figures import _new_figure
    >>> data = report_png(_new_figure(2, 1))
    >>> data[:4], data == report_png(_new_figure(2, 1))
    (b'\\x89PNG', True)
    """
    import io

    import matplotlib
    from PIL import Image, PngImagePlugin

    buffer = io.BytesIO()
    with matplotlib.rc_context({"font.family": ["DejaVu Sans"]}):
        fig.savefig(buffer, format="raw", dpi=_PNG_DPI, facecolor="white")
    raw = buffer.getvalue()
    width = int(fig.get_figwidth() * _PNG_DPI)
    picture = Image.frombuffer("RGBA", (width, len(raw) // (4 * width)), raw, "raw", "RGBA", 0, 1)
    rgb = picture.convert("RGB")
    paletted = rgb.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    # The octree averages the page's white with the near-white edges of text into (254, 254, 254),
    # a faint grey box on white paper: the colour of the background (the corner) is set exact.
    palette = paletted.getpalette()
    corner = paletted.getpixel((0, 0))
    palette[3 * corner : 3 * corner + 3] = rgb.getpixel((0, 0))
    paletted.putpalette(palette)
    info = PngImagePlugin.PngInfo()
    info.add_text("Software", "samnet")
    out = io.BytesIO()
    paletted.save(out, "png", pnginfo=info, dpi=(_PNG_DPI, _PNG_DPI))
    return out.getvalue()


def draw_chart(chart: Chart) -> dict:
    """One chart drawn: ``{"svg": bytes, "png": bytes, "unlabelled": [...]}``.

    Examples
    --------
    >>> from samnet.present.figures import _new_figure
    >>> sorted(draw_chart(Chart("c", "C", lambda: _new_figure(2, 1))))
    ['png', 'svg', 'unlabelled']
    """
    from samnet.present.figures import save

    fig = chart.draw()
    return {
        "svg": save(fig, "svg", salt=f"samnet-{chart.key}"),
        "png": report_png(fig),
        "unlabelled": list(getattr(fig, "samnet_unlabelled_names", [])),
    }


def drawing_processes(charts: int) -> int:
    """How many processes draw ``charts`` charts: one per processor, at most 8; 1 (this one) without fork,
    with one processor or few charts.

    Examples
    --------
    >>> drawing_processes(1)
    1
    """
    import multiprocessing

    if charts < _MIN_FORKED_CHARTS or sys.platform == "darwin" or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(usable, charts, _MAX_PROCESSES))


def render_charts(report: Report, *, processes: int | None = None) -> dict[str, dict]:
    """Draw every chart once: ``{key: {"svg": bytes, "png": bytes, "unlabelled": [...]}}``, in the report's order.

    ``processes`` overrides :func:`drawing_processes` (1 draws everything here).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> from samnet.measure.metrics import analyze
    >>> from samnet.present.report.model import build_report
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> report = build_report(ds, analyze(ds))
    >>> render_charts(report, processes=2) == render_charts(report, processes=1)
    True
    """
    return start_charts(report, processes=processes).wait()


class StartedCharts:
    """Charts being drawn by forked processes while this one writes the run's other files.

    :meth:`wait` gives what :func:`render_charts` gives; :meth:`cancel` stops the drawing
    processes when the run fails before it waits.
    """

    def __init__(self, charts: list[Chart], finish: Callable[[], dict[int, dict]], stop: Callable[[], None]):
        self._charts, self._finish, self._stop = charts, finish, stop

    def wait(self) -> dict[str, dict]:
        """Every chart drawn, by key, in the report's order."""
        try:
            drawn = self._finish()
        finally:
            self._stop()
        return {chart.key: drawn[i] for i, chart in enumerate(self._charts)}

    def cancel(self) -> None:
        """The drawing processes stopped, their charts dropped."""
        self._stop()


def start_charts(report: Report, *, processes: int | None = None) -> StartedCharts:
    """Start drawing every chart; :meth:`StartedCharts.wait` gives them.

    With one drawing process (:func:`drawing_processes`) the charts are drawn when waited for.
    Otherwise the first is drawn now, here: it imports and loads what every chart needs
    (matplotlib's figure and axes modules, the fonts, the figure texts), which the forked
    processes then inherit instead of each doing it again; they draw the rest while this
    process goes on.

    Examples
    --------
    >>> from samnet.present.figures import _new_figure
    >>> from samnet.present.report.blocks import Section
    >>> report = Report("T", "sv", (Section("S", (Chart("c", "C", lambda: _new_figure(2, 1)),)),))
    >>> sorted(start_charts(report).wait())
    ['c']
    """
    from samnet.present.figure_text import shaped_once

    charts = report.charts()
    count = drawing_processes(len(charts)) if processes is None else processes
    shaping = contextlib.ExitStack()
    here = StartedCharts(charts, lambda: _drawn_here(charts), shaping.close)
    if count <= 1:
        return here
    # Entered before the fork: each forked process starts with the shaping replaced.
    shaping.enter_context(shaped_once())
    try:
        first = draw_chart(charts[0])
        # Frozen too: matplotlib's modules, fonts and texts, which the first chart loaded.
        gc.freeze()
        forked = _forked(charts, count, start=1)
    except BaseException:
        shaping.close()
        raise
    if forked is None:
        shaping.close()
        return here
    results, pool = forked

    def finish() -> dict[int, dict]:
        with pool:
            return {0: first, **dict(results)}

    def stop() -> None:
        pool.terminate()
        _CHARTS.clear()
        shaping.close()

    return StartedCharts(charts, finish, stop)


def _drawn_here(charts: list[Chart]) -> dict[int, dict]:
    from samnet.present.figure_text import shaped_once

    with shaped_once():
        return {i: draw_chart(chart) for i, chart in enumerate(charts)}


def _forked(charts: list[Chart], count: int, *, start: int = 0):
    """Each chart from ``start`` on handed to one of ``count`` forked processes: an iterator of
    ``(index, drawn)`` as they finish, and the pool; None when the processes cannot be started
    (a system without the shared semaphores they need)."""
    import multiprocessing

    # The network figures take several times a bar chart's time: handed out first, they do
    # not leave one process drawing a network while the others wait.
    order = sorted(range(start, len(charts)), key=lambda i: (not charts[i].wide, i))
    # Read by each forked process (a process the pool starts again forks from here too).
    _CHARTS[:] = charts
    try:
        pool = multiprocessing.get_context("fork").Pool(count)
    except (OSError, ImportError):
        _CHARTS.clear()
        return None
    return pool.imap_unordered(_draw_nth, order), pool


def _draw_nth(index: int) -> tuple[int, dict]:
    return index, draw_chart(_CHARTS[index])
