"""The sector layout: actors placed by group, social services in the centre.

A coordinator can explain this picture without a word about algorithms:
the kommun's social services sit in the middle, and every other group has
its own slice of the ring around them, always in the same order clockwise
from the top: school and preschool, the rest of the kommun, health care,
police and justice, civil society, regional and state bodies
(:data:`SECTOR_ORDER`). Within a slice the most central actors sit nearest
the middle. A forum diamond sits where its members are, on average. Then
:func:`samnet.present.maps.label_boxes.separate` pushes apart any node and label that
would overlap.

Positions depend only on each slot's group, weight and label box, never on
the ties, so two kommuner laid out from the same slots get the same
positions for the same function (the comparison page uses this).

Examples
--------
>>> slots = [Slot("ifo", "social", 5.0, (-20, -8, 20, 30)), Slot("skola", "school", 3.0, (-25, -8, 25, 30))]
>>> pos = sector_positions(slots)
>>> pos["ifo"], pos["skola"][1] < 0
((0, 0), True)
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from samnet.present.maps.label_boxes import separate

__all__ = ["CENTRE", "SECTOR_ORDER", "ASPECT", "Slot", "sector_positions", "forum_positions"]

#: The group in the middle.
CENTRE = "social"
#: The groups round the centre, clockwise from the top.
SECTOR_ORDER = ("school", "kommun", "health", "justice", "civil", "regional")
#: Screens are wider than tall: the ring is an ellipse this many times wider than high.
ASPECT = 1.6
#: Pixels between the centre group's ring and the first ring of a sector, and between rings.
RING_GAP = 70.0


@dataclass(frozen=True)
class Slot:
    """One place on the map: its key, group, weight (more central, nearer the middle) and box."""

    key: str
    group: str
    weight: float
    box: tuple[float, float, float, float]


def _width(slot: Slot) -> float:
    return slot.box[2] - slot.box[0]


def _order(slots: list[Slot]) -> list[Slot]:
    return sorted(slots, key=lambda s: (-s.weight, s.key))


def _centre(slots: list[Slot]) -> dict[str, tuple[float, float]]:
    """The centre group: its most central actor in the exact centre, the others on an ellipse round it."""
    ordered = _order(slots)
    if not ordered:
        return {}
    pos = {ordered[0].key: (0.0, 0.0)}
    rest = ordered[1:]
    radius = max(110.0, sum(_width(s) * 0.6 for s in rest) / (2 * math.pi * ASPECT))
    for k, slot in enumerate(rest):
        angle = -math.pi / 2 + 2 * math.pi * (k + 0.5) / len(rest)
        pos[slot.key] = (radius * ASPECT * math.cos(angle), radius * math.sin(angle))
    return pos


def _span(slot: Slot, angle: float, radius: float) -> float:
    """The angle a slot takes on the ring of ``radius`` at ``angle``: its label's room along the ring.

    The ring is an ellipse :data:`ASPECT` times wider than high. At its top and bottom the ring runs
    across, and neighbours sit side by side: a label needs about its width. At its sides the ring
    runs up and down, and neighbours sit one above the other: a label needs only its height. (A ring
    measured as a circle with every label as wide as it is long stacks a side slice's few central
    actors ring over ring, far out, although they would fit one above the other on the first ring.)
    """
    tx, ty = -ASPECT * math.sin(angle), math.cos(angle)
    along = math.hypot(tx, ty)
    tx, ty = abs(tx) / along, abs(ty) / along
    width, height = _width(slot) * 0.55 * ASPECT, slot.box[3] - slot.box[1]
    room = min(width / tx if tx > 1e-9 else math.inf, height / ty if ty > 1e-9 else math.inf)
    return (room + 30.0) / (radius * along)


def _sector(slots: list[Slot], start: float, end: float, inner: float) -> dict[str, tuple[float, float]]:
    """A group's actors on arcs between angles ``start`` and ``end``, most central on the innermost.

    Each arc takes actors until the slice is full, then the next arc starts
    :data:`RING_GAP` further out; the actors of an arc are centred in the slice.
    """
    rings: list[tuple[float, list[tuple[Slot, float]]]] = []
    radius, used, ring = inner, 0.0, []
    middle = (start + end) / 2
    for slot in _order(slots):
        span = _span(slot, middle, radius)
        if ring and used + span > end - start:
            rings.append((radius, ring))
            radius, used, ring = radius + RING_GAP, 0.0, []
            span = _span(slot, middle, radius)
        ring.append((slot, span))
        used += span
    if ring:
        rings.append((radius, ring))
    pos = {}
    for radius, ring in rings:
        angle = (start + end) / 2 - sum(span for _, span in ring) / 2
        for slot, span in ring:
            middle = angle + span / 2
            pos[slot.key] = (radius * ASPECT * math.cos(middle), radius * math.sin(middle))
            angle += span
    return pos


def _slices(by_group: dict[str, list[Slot]], present: list[str], inner: float) -> dict[str, tuple[float, float]]:
    """Each group's slice, from and to an angle, the first (school) centred on the top.

    First in proportion to the groups' numbers of actors; then, twice, in proportion to the room
    their labels need along the ring where their slice lies (:func:`_span`): a slice at the top
    or bottom, where labels sit side by side, gets more of the ring than one at the sides.
    """
    need = {g: float(max(len(by_group[g]), 1)) for g in present}
    slices: dict[str, tuple[float, float]] = {}
    for _ in range(3):
        total = sum(need.values())
        angle = -math.pi / 2 - (math.pi * need[present[0]] / total if present else 0.0)
        slices = {}
        for group in present:
            share = 2 * math.pi * need[group] / total
            slices[group] = (angle, angle + share)
            angle += share
        need = {g: sum(_span(s, sum(slices[g]) / 2, inner) for s in by_group[g]) for g in present}
    return slices


def sector_positions(slots: list[Slot]) -> dict[str, tuple[int, int]]:
    """Page positions for every slot, rounded to whole pixels.

    Each group present gets a slice of the ring in proportion to the room its
    actors' labels need where the slice lies (:func:`_slices`). A group outside
    :data:`SECTOR_ORDER` and the centre joins the last slice.

    Examples
    --------
    >>> sector_positions([])
    {}
    """
    by_group: dict[str, list[Slot]] = {}
    for slot in slots:
        group = slot.group if slot.group in SECTOR_ORDER or slot.group == CENTRE else SECTOR_ORDER[-1]
        by_group.setdefault(group, []).append(slot)
    pos = _centre(by_group.get(CENTRE, []))
    inner_y = max([abs(y) for _, y in pos.values()] + [0.0])
    # A clear gap between the centre and the slices, so the eye sees the two apart.
    inner = inner_y + 2.5 * RING_GAP
    present = [g for g in SECTOR_ORDER if g in by_group]
    for group, (start, end) in _slices(by_group, present, inner).items():
        pos.update(_sector(by_group[group], start, end, inner))
    boxes = {s.key: s.box for s in slots}
    placed = separate(pos, boxes)
    return {k: (int(round(x)), int(round(y))) for k, (x, y) in sorted(placed.items())}


def forum_positions(
    members: dict[str, list[str]],
    actor_pos: dict[str, tuple[int, int]],
    boxes: dict[str, tuple[float, float, float, float]],
) -> dict[str, tuple[int, int]]:
    """Forum diamonds at the mean position of their members, then moved clear of every box.

    Actors stay where they are; only the forums move.

    Examples
    --------
    >>> forum_positions({"f": ["a", "b"]}, {"a": (0, 0), "b": (100, 0)},
    ...                 {"a": (-5, -5, 5, 5), "b": (-5, -5, 5, 5), "f": (-5, -5, 5, 5)})
    {'f': (50, 0)}
    """
    pos: dict[str, tuple[float, float]] = {k: (float(x), float(y)) for k, (x, y) in actor_pos.items()}
    for fid, ms in members.items():
        inside = [actor_pos[m] for m in ms if m in actor_pos]
        if inside:
            pos[fid] = (sum(x for x, _ in inside) / len(inside), sum(y for _, y in inside) / len(inside))
        else:
            pos[fid] = (0.0, 0.0)
    # The browser's font may run wider than the estimate behind a box: a diamond keeps a margin
    # from every label, so that it never sits on one.
    padded = {k: _padded(box) for k, box in boxes.items()}
    placed = separate(pos, padded, fixed=frozenset(actor_pos))
    placed = _clear_spots(placed, padded, list(members), set(actor_pos))
    return {fid: (int(round(placed[fid][0])), int(round(placed[fid][1]))) for fid in members}


#: Spots tried on the spiral round a forum before it stays where :func:`separate` left it.
_SPOTS = 2000
#: How many spots are checked at once: most forums are free at once or a few steps out, so the
#: first batches are small and the rest of the spiral is checked only for a forum boxed in.
_BATCHES = (1, 16, 128, 512, 1024, 1536, _SPOTS)


@functools.cache
def _spiral() -> tuple:
    """The spiral's offsets from a forum's start, nearest first: step ``k`` at ``4√k`` pixels, turned
    ``k`` golden angles. Computed with :mod:`math` in the order ``radius * cos(angle)``, one step at
    a time, so that a spot is the same float whether the offsets are used one by one or as arrays."""
    import numpy as np

    dx, dy = [], []
    for step in range(_SPOTS):
        angle, radius = step * 2.399963, 4.0 * math.sqrt(step)
        dx.append(radius * math.cos(angle))
        dy.append(radius * math.sin(angle))
    return np.array(dx), np.array(dy)


def _first_free(x0: float, y0: float, diamond: tuple, settled) -> tuple[float, float] | None:
    """The first spot on the spiral round ``(x0, y0)`` where ``diamond`` overlaps none of the
    ``settled`` boxes (four arrays of absolute left, top, right, bottom), or None."""
    import numpy as np

    spiral_x, spiral_y = _spiral()
    left, top, right, bottom = settled
    start = 0
    for end in _BATCHES:
        xs, ys = x0 + spiral_x[start:end], y0 + spiral_y[start:end]
        # Overlap as the boxes' own test reads it: the smaller right edge beyond the larger left edge,
        # and the same downwards (IEEE sums and comparisons: the same in NumPy as in Python).
        across = np.minimum((xs + diamond[2])[:, None], right) > np.maximum((xs + diamond[0])[:, None], left)
        down = np.minimum((ys + diamond[3])[:, None], bottom) > np.maximum((ys + diamond[1])[:, None], top)
        free = ~(across & down).any(axis=1)
        if free.any():
            k = int(free.argmax())
            return float(xs[k]), float(ys[k])
        start = end
    return None


def _clear_spots(placed: dict, boxes: dict, forums: list[str], actors: set[str]) -> dict:
    """A forum :func:`separate` left on a box moves to the nearest free spot on a spiral round it.

    In a dense middle the push and pull of separation can stall with a diamond on a label;
    then the diamond, not the label, gives way (in a fixed order: the same input, the same map).
    """
    import numpy as np

    placed = dict(placed)
    # The diamond alone (its label is drawn only where it has room): a box of its radius and a margin.
    diamonds = {f: (boxes[f][1] - _MARGIN,) * 2 + (-boxes[f][1] + _MARGIN,) * 2 for f in forums}
    # Every settled box where it lies on the page, as left, top, right and bottom.
    edges = [[placed[a][i % 2] + boxes[a][i] for a in actors] for i in range(4)]
    for fid in forums:
        settled = tuple(np.array(side, dtype=float) for side in edges)
        spot = _first_free(*placed[fid], diamonds[fid], settled)
        if spot is not None:
            placed[fid] = spot
        for i in range(4):
            edges[i].append(placed[fid][i % 2] + diamonds[fid][i])
    return placed


#: How much wider than estimated a label may be drawn, and a gap kept around every box (pixels).
_LABEL_SLACK = 1.25
_MARGIN = 4.0


def _padded(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    left, top, right, bottom = box
    return (left * _LABEL_SLACK - _MARGIN, top - _MARGIN, right * _LABEL_SLACK + _MARGIN, bottom + _MARGIN)
