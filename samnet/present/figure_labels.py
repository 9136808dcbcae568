"""Place labels on a drawn matplotlib figure so that none overlaps another label, a dot or the edge.

Greedy placement in priority order: each label tries boxes around its node,
nearest first (right, left, above, below, the diagonals, then the same
directions farther out, with a thin leader line back to the node), and takes
the first box that is inside the figure and clear of every dot and every
label placed before it. Boxes are the ones matplotlib computes for the text
(``Text.get_window_extent``), so what is checked is what is drawn.

Examples
--------
>>> from matplotlib.backends.backend_agg import FigureCanvasAgg
>>> from matplotlib.figure import Figure
>>> fig = Figure(figsize=(3, 2)); _ = FigureCanvasAgg(fig)
>>> ax = fig.add_axes((0, 0, 1, 1)); _ = ax.set_xlim(0, 10); _ = ax.set_ylim(0, 10)
>>> placed = place_labels(fig, ax, {"a": (5, 5, 3), "b": (5.2, 5, 3)}, {"a": "Aktör A", "b": "Aktör B"}, ["a", "b"])
>>> [label.node for label in placed]
['a', 'b']
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

__all__ = ["Label", "place_labels", "FONT_PT", "DOT_CLEARANCE_PT"]

#: Default label size in points: readable in print at 16 cm.
FONT_PT = 7.0
#: White space, in points, kept between a label and any dot (beyond the dot's rim and ring):
#: a label touching a dot reads as written on it.
DOT_CLEARANCE_PT = 2.0


@dataclass(frozen=True)
class Label:
    """A placed label: the node it names, its text, and whether it sits away from its node."""

    node: str
    text: str
    leader: bool


def place_labels(
    fig,
    ax,
    points: dict[str, tuple[float, float, float]],
    texts: dict[str, str],
    order: list[str],
    *,
    fontsize: dict[str, float] | None = None,
    obstacles: list | None = None,
) -> list[Label]:
    """Place one label per node so that no label overlaps another label, a node or the figure edge.

    Greedy, in ``order`` (most central first): each label tries positions
    right, left, above and below its node, then the diagonals, then the same
    directions farther out (with a thin leader line back to the node). A
    label that finds no free place is not drawn; the caller lists it.

    Parameters
    ----------
    fig, ax : matplotlib Figure and Axes
    points : dict
        Node id to ``(x, y, radius in points)`` in data coordinates.
    texts : dict
        Node id to label text (may hold a newline).
    order : list of str
        Which nodes to label, in priority order.
    fontsize : dict, optional
        Font size in points per node; 7 pt by default.
    obstacles : list of matplotlib Bbox, optional
        Boxes (display pixels) to keep clear of too, such as labels placed earlier.

    Returns
    -------
    list of Label
        The labels placed; each is a matplotlib Text in ``ax`` with gid ``label:<node>``.
    """
    renderer = fig.canvas.get_renderer()
    px_per_pt = fig.dpi / 72.0
    to_px = ax.transData.transform
    # Every box to keep clear of, as rows of x0, y0, x1, y1 in display pixels.
    taken = _Boxes([tuple(box.extents) for box in obstacles or []])
    clear = DOT_CLEARANCE_PT * px_per_pt
    for x, y, r in points.values():
        cx, cy = to_px((x, y))
        rr = r * px_per_pt + clear
        taken.add((cx - rr, cy - rr, cx + rr, cy + rr))
    # Inside the axes: the legend and the key sit below them.
    frame = ax.bbox
    placed: list[Label] = []
    for node in order:
        x, y, r = points[node]
        size = (fontsize or {}).get(node, FONT_PT)
        # parse_math off: a name with two dollar signs is a name, not a formula.
        text = ax.text(
            x,
            y,
            texts[node],
            fontsize=size,
            ha="left",
            va="center",
            color="#1A1A1A",
            zorder=5,
            gid=f"label:{node}",
            parse_math=False,
            # A pale box, not a stroked halo: halos turn SVG text into outlines, 30 times the bytes.
            bbox={"boxstyle": "square,pad=0.08", "facecolor": "white", "edgecolor": "none", "alpha": 0.9},
        )
        text.set_linespacing(1.0)
        box = text.get_window_extent(renderer)
        w, h = box.width, box.height
        cx, cy = to_px((x, y))
        spot = _free_spot(cx, cy, r * px_per_pt + clear, w, h, taken, frame)
        if spot is None:
            text.remove()
            continue
        left, bottom, ring = spot
        inv = ax.transData.inverted()
        tx, ty = inv.transform((left, bottom + h / 2))
        text.set_position((tx, ty))
        final = text.get_window_extent(renderer)
        taken.add(tuple(final.extents))
        if ring > 0:
            # A leader line from the node's rim to the nearest side of its label.
            ex = min(max(cx, final.x0), final.x1)
            ey = min(max(cy, final.y0), final.y1)
            (ax0, ay0), (ax1, ay1) = inv.transform([(cx, cy), (ex, ey)])
            ax.plot([ax0, ax1], [ay0, ay1], color="#555555", linewidth=0.5, zorder=3.5, gid=f"leader:{node}")
        placed.append(Label(node, texts[node], ring > 0))
    return placed


#: Right, left, above and below come first: the places a reader looks for a label.
_ANGLES = (0, 180, 90, 270, 45, 135, 315, 225, 22.5, 157.5, 337.5, 202.5, 67.5, 112.5, 292.5, 247.5)
#: How far out each ring of candidates lies, in label heights (plus a little).
_RINGS = (0.0, 0.9, 1.9, 3.0, 4.3, 5.8)


@functools.cache
def _directions():
    """Per candidate (ring by ring, each in :data:`_ANGLES` order): cos, sin, ring, ring step, and how
    the box hangs from its point horizontally (0 left edge, 1 right edge, 0.5 centre) and vertically."""
    import numpy as np

    rows = []
    for ring, extra in enumerate(_RINGS):
        for angle in _ANGLES:
            c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
            rows.append(
                (
                    c,
                    s,
                    ring,
                    extra,
                    0.0 if c > 0.3 else 1.0 if c < -0.3 else 0.5,
                    0.0 if s > 0.3 else 1.0 if s < -0.3 else 0.5,
                )
            )
    return np.array(rows)


def _candidates(cx: float, cy: float, r: float, w: float, h: float):
    """Label boxes around a node, nearest first: 16 directions on rings farther and farther out.

    Returns the boxes' left and bottom edges and their ring numbers, as arrays.
    """
    import numpy as np

    table = _directions()
    c, s, ring, extra, hang_x, hang_y = table.T
    d = r + 2.0 + extra * (h * 0.8 + 4)
    px, py = cx + d * c, cy + d * s
    # The same arithmetic per case as one box at a time: px, px - w, or px - w / 2.
    lefts = np.where(hang_x == 0.0, px, np.where(hang_x == 1.0, px - w, px - w / 2))
    bottoms = np.where(hang_y == 0.0, py, np.where(hang_y == 1.0, py - h, py - h / 2))
    return lefts, bottoms, ring


class _Boxes:
    """Boxes taken so far, kept as one growing array: the placement tests every candidate against all of them."""

    def __init__(self, rows: list[tuple[float, float, float, float]]) -> None:
        import numpy as np

        self._rows = np.array(rows, dtype=float).reshape(-1, 4)
        self._count = len(rows)
        self._rows = np.resize(self._rows, (max(64, 2 * self._count), 4))

    def add(self, row: tuple[float, float, float, float]) -> None:
        import numpy as np

        if self._count == len(self._rows):
            self._rows = np.resize(self._rows, (2 * self._count, 4))
        self._rows[self._count] = row
        self._count += 1

    def __len__(self) -> int:
        return self._count

    @property
    def extents(self):
        return self._rows[: self._count]


def _free_spot(cx: float, cy: float, r: float, w: float, h: float, taken: _Boxes, frame):
    """The first candidate box inside the frame and clear of every taken box (1 px apart), or None."""
    import numpy as np

    lefts, bottoms, rings = _candidates(cx, cy, r, w, h)
    inside = (
        (lefts >= frame.x0 + 2)
        & (lefts + w <= frame.x1 - 2)
        & (bottoms >= frame.y0 + 2)
        & (bottoms + h <= frame.y1 - 2)
    )
    if len(taken):
        boxes = taken.extents  # x0, y0, x1, y1
        pad = 1.0
        # Candidates (rows) against taken boxes (columns): clear when apart on either axis.
        apart = (
            (lefts[:, None] + w + pad <= boxes[None, :, 0])
            | (boxes[None, :, 2] + pad <= lefts[:, None])
            | (bottoms[:, None] + h + pad <= boxes[None, :, 1])
            | (boxes[None, :, 3] + pad <= bottoms[:, None])
        )
        inside &= apart.all(axis=1)
    hits = np.flatnonzero(inside)
    if not len(hits):
        return None
    first = int(hits[0])
    return float(lefts[first]), float(bottoms[first]), int(rings[first])
