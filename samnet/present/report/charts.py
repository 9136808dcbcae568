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
>>> from samnet.core.model import Actor, Dataset, Kommun
>>> from samnet.measure.metrics import analyze
>>> from samnet.present.report.model import build_report
>>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
>>> drawn = render_charts(build_report(ds, analyze(ds)))
>>> sorted(drawn), drawn["k-trappa"]["png"][:4]
(['k-network', 'k-scopes', 'k-trappa'], b'\\x89PNG')
"""

from __future__ import annotations

import os
import sys

from samnet.present.report.blocks import Chart, Report

__all__ = ["render_charts", "draw_chart", "drawing_processes", "report_png"]

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
    from samnet.present.figure_text import shaped_once

    charts = report.charts()
    count = drawing_processes(len(charts)) if processes is None else processes
    # Entered before the fork: each forked process starts with the shaping replaced.
    with shaped_once():
        if count <= 1:
            return {chart.key: draw_chart(chart) for chart in charts}
        # The first chart is drawn here: it imports and loads what every chart needs (matplotlib's
        # figure and axes modules, the fonts, the figure texts), which the forked processes then
        # inherit instead of each doing it again.
        first = draw_chart(charts[0])
        drawn = _forked(charts, count, start=1)
        if drawn is None:
            return {chart.key: first if i == 0 else draw_chart(chart) for i, chart in enumerate(charts)}
    drawn[0] = first
    return {chart.key: drawn[i] for i, chart in enumerate(charts)}


def _forked(charts: list[Chart], count: int, *, start: int = 0) -> dict[int, dict] | None:
    """Each chart from ``start`` on drawn by one of ``count`` forked processes, by its index in ``charts``;
    None when the processes cannot be started (a system without the shared semaphores they need)."""
    import multiprocessing

    # The network figures take several times a bar chart's time: handed out first, they do
    # not leave one process drawing a network while the others wait.
    order = sorted(range(start, len(charts)), key=lambda i: (not charts[i].wide, i))
    _CHARTS[:] = charts
    try:
        try:
            pool = multiprocessing.get_context("fork").Pool(count)
        except (OSError, ImportError):
            return None
        with pool:
            return dict(pool.imap_unordered(_draw_nth, order))
    finally:
        _CHARTS.clear()


def _draw_nth(index: int) -> tuple[int, dict]:
    return index, draw_chart(_CHARTS[index])
