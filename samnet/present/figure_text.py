"""Each string shaped once per font, size and resolution while the report's charts are drawn.

matplotlib shapes a string with libraqm every time it measures or draws it (about 0.3 ms
for a 26-character label), and each save makes a new renderer whose cache starts empty: a
network figure's labels are shaped when they are placed, again when the PNG is drawn (once
to measure, once to draw) and again for the SVG. A län's report draws the same legend,
axis and actor names in every kommun's figures, so most of that shaping repeats work
already done (at 29 generated kommuner, 390 different strings of 4,600 measured).

:func:`shaped_once` keeps, for as long as it is entered, the result of each shaping by
everything that result is computed from: the FreeType font object (its file and fallback
fonts, as matplotlib picked it), the size, the resolution, the string and the glyph
loading flags. The numbers given back are the ones matplotlib computes, so the pictures
are the same bytes with or without it. It replaces three methods of matplotlib's own
renderers for the duration, and leaves matplotlib as it found it when one of them is not
there in the form it knows (another matplotlib version): then the charts are drawn as
before, only slower.

Examples
--------
>>> from samnet.present.figures import _new_figure, save
>>> fig = _new_figure(4, 2)
>>> _ = fig.text(0.1, 0.5, "Socialtjänsten")
>>> plain = save(fig, "png")
>>> with shaped_once():
...     shaped = save(fig, "png")
>>> shaped == plain
True
"""

from __future__ import annotations

import contextlib

__all__ = ["shaped_once"]


def _agg_metrics(original, memo: dict):
    from matplotlib.backends.backend_agg import get_hinting_flag

    def get_text_width_height_descent(self, s, prop, ismath):
        if ismath:
            return original(self, s, prop, ismath)
        font = self._prepare_font(prop)
        flags = get_hinting_flag()
        key = ("agg-size", font, prop.get_size_in_points(), self.dpi, s, flags)
        found = memo.get(key)
        if found is None:
            # As RendererAgg measures: the shaped string's size and descent in 1/64 pixels.
            font.set_text(s, 0.0, flags=flags)
            w, h = font.get_width_height()
            found = memo[key] = (w / 64.0, h / 64.0, font.get_descent() / 64.0)
        return found

    return get_text_width_height_descent


def _agg_draw_text(original, memo: dict):
    from matplotlib.backends.backend_agg import get_hinting_flag

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath:
            return original(self, gc, x, y, s, prop, angle, ismath, mtext)
        font = self._prepare_font(prop)
        flags = get_hinting_flag()
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        size = prop.get_size_in_points()
        key = ("agg-glyphs", font, size, self.dpi, s, flags, _hashable(features), _hashable(language))
        glyphs = memo.get(key)
        if glyphs is None:
            # As RendererAgg draws: the glyphs and their offsets from one shaping of the string.
            items = font._layout(s, flags=flags, features=features, language=language)
            glyphs = memo[key] = tuple((item.ft_object, item.glyph_index, item.x, item.y) for item in items)
        self._draw_text_glyphs_and_boxes(
            gc, x, y, angle, ((face, size, index, 0, 1, dx, dy) for face, index, dx, dy in glyphs), []
        )

    return draw_text


def _path_metrics(original, memo: dict):
    from matplotlib.ft2font import LoadFlags

    def get_text_width_height_descent(self, s, prop, ismath):
        if ismath:
            return original(self, s, prop, ismath)
        font = self._get_font(prop)
        key = ("path-size", font, self.FONT_SCALE, self.DPI, s)
        found = memo.get(key)
        if found is None:
            # As TextToPath measures (for SVG and PDF): unhinted, at its fixed size.
            font.set_text(s, 0.0, flags=LoadFlags.NO_HINTING)
            w, h = font.get_width_height()
            found = memo[key] = (w / 64.0, h / 64.0, font.get_descent() / 64.0)
        scale = prop.get_size_in_points() / self.FONT_SCALE
        return found[0] * scale, found[1] * scale, found[2] * scale

    return get_text_width_height_descent


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


def _replacements(memo: dict) -> list[tuple[type, str, object]]:
    """(class, method name, replacement) for each method replaced; none when this matplotlib differs."""
    from matplotlib import ft2font
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.textpath import TextToPath

    needed = (
        hasattr(ft2font.FT2Font, "_layout")
        and hasattr(RendererAgg, "_prepare_font")
        and hasattr(RendererAgg, "_draw_text_glyphs_and_boxes")
        and hasattr(TextToPath, "_get_font")
        and hasattr(TextToPath, "FONT_SCALE")
        and all(
            name in cls.__dict__
            for cls, name in ((RendererAgg, "get_text_width_height_descent"), (RendererAgg, "draw_text"))
            + ((TextToPath, "get_text_width_height_descent"),)
        )
    )
    if not needed:
        return []
    return [
        (RendererAgg, "get_text_width_height_descent", _agg_metrics(RendererAgg.get_text_width_height_descent, memo)),
        (RendererAgg, "draw_text", _agg_draw_text(RendererAgg.draw_text, memo)),
        (TextToPath, "get_text_width_height_descent", _path_metrics(TextToPath.get_text_width_height_descent, memo)),
    ]


@contextlib.contextmanager
def shaped_once():
    """While entered, matplotlib shapes each string once per font, size, resolution and flags.

    Examples
    --------
    >>> from matplotlib.backends.backend_agg import RendererAgg
    >>> before = RendererAgg.draw_text
    >>> with shaped_once():
    ...     RendererAgg.draw_text is before
    False
    >>> RendererAgg.draw_text is before
    True
    """
    memo: dict = {}
    replaced = _replacements(memo)
    originals = [(cls, name, cls.__dict__[name]) for cls, name, _ in replaced]
    try:
        for cls, name, method in replaced:
            setattr(cls, name, method)
        yield
    finally:
        for cls, name, method in originals:
            setattr(cls, name, method)
