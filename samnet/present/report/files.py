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

__all__ = ["render_charts", "report_files", "report_png"]

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
            "png": report_png(fig),
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
