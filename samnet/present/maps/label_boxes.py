"""Room for labels: estimated label boxes and a pass that pushes overlapping boxes apart.

vis-network draws a dot's label centred under the dot. A node and its label
together take a box from ``size`` above the centre to ``size + gap + font``
below it, as wide as the wider of the dot and the text. :func:`separate`
moves nodes (never resizes anything) until no two boxes overlap, keeping the
shape of the layout: each overlapping pair is pushed apart along the axis
where it overlaps least, half each way.

Text width is estimated, not measured (the browser measures; Python has no
font): :data:`CHAR_WIDTH` em per character is what DejaVu Sans, the widest
common system sans-serif, needs for Swedish names, so the estimate errs on
the roomy side. The browser tests measure the real boxes.

Examples
--------
>>> boxes = {"a": node_box("IFO", 16, 10), "b": node_box("BVC", 16, 10)}
>>> pos = separate({"a": (0.0, 0.0), "b": (5.0, 0.0)}, boxes)
>>> overlaps(pos, boxes)
[]
"""

from __future__ import annotations

__all__ = ["CHAR_WIDTH", "LABEL_GAP", "MARGIN", "SEPARATE_MAX", "node_box", "overlaps", "separate"]

#: Estimated width of one character, in em (font sizes).
CHAR_WIDTH = 0.62
#: Pixels between a dot and the top of its label (vis-network's own margin, rounded up).
LABEL_GAP = 4.0
#: Extra room kept free around every box, in pixels.
MARGIN = 3.0
#: Above this many nodes :func:`separate` leaves positions as they are: on a map that
#: large only zooming in makes labels readable anyway, and the pass would take long.
SEPARATE_MAX = 2500


def node_box(label: str, font: float, size: float) -> tuple[float, float, float, float]:
    """The box of a dot of radius ``size`` and its label, relative to the dot's centre.

    Returns ``(left, top, right, bottom)`` in pixels; y grows downwards.

    Examples
    --------
    >>> node_box("IFO", 10, 8)
    (-9.3, -8, 9.3, 22.0)
    >>> node_box("", 10, 8)
    (-8, -8, 8, 8)
    """
    if not label:
        return (-size, -size, size, size)
    half = max(size, round(len(label) * CHAR_WIDTH * font / 2, 2))
    return (-half, -size, half, size + LABEL_GAP + font)


def _absolute(pos, boxes, keys):
    import numpy as np

    xy = np.array([pos[k] for k in keys], dtype=float)
    rel = np.array([boxes[k] for k in keys], dtype=float)
    return xy, rel


def overlaps(
    pos: dict[str, tuple[float, float]], boxes: dict[str, tuple[float, float, float, float]], margin: float = 0.0
) -> list[tuple[str, str]]:
    """Pairs of keys whose boxes (grown by ``margin`` on every side) overlap, in key order.

    Examples
    --------
    >>> overlaps({"a": (0, 0), "b": (1, 0)}, {"a": (-1, -1, 1, 1), "b": (-1, -1, 1, 1)})
    [('a', 'b')]
    """
    keys = sorted(pos)
    found = []
    for i, a in enumerate(keys):
        ax, ay = pos[a]
        al, at, ar, ab = boxes[a]
        for b in keys[i + 1 :]:
            bx, by = pos[b]
            bl, bt, br, bb = boxes[b]
            if (
                min(ax + ar, bx + br) - max(ax + al, bx + bl) > -margin
                and min(ay + ab, by + bb) - max(ay + at, by + bt) > -margin
            ):
                found.append((a, b))
    return found


def separate(
    pos: dict[str, tuple[float, float]],
    boxes: dict[str, tuple[float, float, float, float]],
    fixed: frozenset = frozenset(),
    rounds: int = 400,
) -> dict[str, tuple[float, float]]:
    """Move nodes until no two boxes (plus :data:`MARGIN`) overlap; nodes in ``fixed`` stay put.

    Deterministic: the same input gives the same positions. Stops early once
    nothing overlaps; after ``rounds`` rounds it returns what it has. With more
    than :data:`SEPARATE_MAX` nodes it returns the positions unchanged.

    Examples
    --------
    >>> boxes = {k: (-10, -10, 10, 10) for k in "abc"}
    >>> pos = separate({"a": (0, 0), "b": (0, 0), "c": (1, 1)}, boxes)
    >>> overlaps(pos, boxes)
    []
    """
    import numpy as np

    keys = list(pos)
    n = len(keys)
    if n < 2 or n > SEPARATE_MAX:
        return {k: (float(pos[k][0]), float(pos[k][1])) for k in keys}
    xy, rel = _absolute(pos, boxes, keys)
    rel = rel + np.array([-MARGIN, -MARGIN, MARGIN, MARGIN]) / 2
    mobile = np.array([0.0 if k in fixed else 1.0 for k in keys])
    # Two boxes can only overlap when their centres are closer than the widest box's diagonal.
    reach = float(np.hypot(rel[:, 2] - rel[:, 0], rel[:, 3] - rel[:, 1]).max())
    # Fixed directions for boxes whose centres coincide (golden-angle spiral).
    angle = np.arange(n) * 2.399963
    pinned = mobile if (mobile == 0).any() else None
    xy = _pushed_apart(xy, rel, pinned, reach, np.c_[np.cos(angle), np.sin(angle)], rounds)
    return {k: (float(xy[m, 0]), float(xy[m, 1])) for m, k in enumerate(keys)}


def _pushed_apart(xy, rel, mobile, reach: float, fallback, rounds: int):
    """The rounds of :func:`separate`: positions after ``rounds`` rounds, or once nothing overlaps.

    Each round pushes each overlapping pair apart along the axis where it overlaps least, half each
    way (with ``mobile``, 0 for a fixed node, its partner takes the whole push). The pairs come from
    a k-d tree of the box centres and are summed per node in the tree's order (floating-point sums
    depend on their order: the same positions in the same order give the same pairs, the same sums).
    """
    import numpy as np
    from scipy.spatial import cKDTree

    n = len(xy)
    # A round's move depends on the positions alone: once positions come back (a stalled dense
    # middle pushes to and fro), the rounds after repeat the cycle since, and the positions after
    # the last round are the ones at the same place in the cycle: found, not computed round by round.
    seen: dict[bytes, int] = {}
    states = []
    for done in range(rounds):
        before = seen.setdefault(xy.tobytes(), done)
        if before < done:
            return states[before + (rounds - before) % (done - before)]
        states.append(xy)
        left, top = xy[:, 0] + rel[:, 0], xy[:, 1] + rel[:, 1]
        right, bottom = xy[:, 0] + rel[:, 2], xy[:, 1] + rel[:, 3]
        cx, cy = (left + right) / 2, (top + bottom) / 2
        near = cKDTree(np.stack((cx, cy), axis=1)).query_pairs(r=reach, output_type="ndarray").reshape(-1, 2)
        first, second = near[:, 0], near[:, 1]
        ox = np.minimum(right[first], right[second]) - np.maximum(left[first], left[second])
        oy = np.minimum(bottom[first], bottom[second]) - np.maximum(top[first], top[second])
        hit = (ox > 0) & (oy > 0)
        if not hit.any():
            break
        i, j, ox, oy = first[hit], second[hit], ox[hit], oy[hit]
        dx, dy = cx[j] - cx[i], cy[j] - cy[i]
        same = (np.abs(dx) < 1e-9) & (np.abs(dy) < 1e-9)
        if same.any():
            dx = np.where(same, fallback[j, 0] - fallback[i, 0], dx)
            dy = np.where(same, fallback[j, 1] - fallback[i, 1], dy)
        along_x = ox <= oy
        push = np.where(along_x, ox, oy) / 2 + 0.5
        if mobile is not None:
            # A fixed node does not move: its partner takes the whole push.
            share_i = np.where(mobile[j] > 0, 1.0, 2.0) * mobile[i]
            share_j = np.where(mobile[i] > 0, 1.0, 2.0) * mobile[j]
        move = np.zeros((n, 2))
        for axis, use, delta in ((0, along_x, dx), (1, ~along_x, dy)):
            step = np.where(use, np.sign(delta) * push, 0.0)
            step_i, step_j = (step, step) if mobile is None else (step * share_i, step * share_j)
            move[:, axis] += np.bincount(j, step_j, n) - np.bincount(i, step_i, n)
        # A new array each round (the states kept are not changed); the last round's arrays live on
        # until the next replaces them, which spares the allocator returning and refetching memory.
        xy = xy + move
    return xy
