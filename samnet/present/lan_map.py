"""The län network on ``lan.html``: each kommun a group of its own actors, the regional structures once.

The picture reads like a table a regional lead could draw by hand. The
regional structures (regional forums and actors without a kommun, from
:func:`samnet.measure.lan.lan_figures`) stand once, by name, in a column in
the middle, those that tie most kommuner first. The kommuner stand on both
sides, each as a box with its name and one dot per own actor (coloured by the
actor's group). A line runs from each actor that takes part in a structure to
that structure, so the map shows which kommuner are tied together, through
which forum or regional actor, and through which of their own actors. Links
between actors of two kommuner are drawn as dotted lines between the boxes.

Kommuner are ordered by the structures they share (the mean row of their
structures), then placed alternately left and right, so that kommuner tied by
the same structures sit at the same height. Everything is SVG in a viewBox: it
scales to the page's width, so nothing is cut at 1280×720 and the whole map
prints. Every text is escaped.

Examples
--------
>>> from samnet.measure.results import LanFigures
>>> figures = LanFigures(kommuner=[{"id": "a", "name": "A <k>", "members": [{"id": "x", "name": "X", "type": "ifo"}]}],
...                      structures=[{"id": "f", "name": "F", "kind": "forum", "kommuner": ["a"], "via": {"a": ["x"]}}])
>>> svg = lan_map_svg(figures, "sv")
>>> "A &lt;k&gt;" in svg and svg.count('class="e forum"') == 1
True
"""

from __future__ import annotations

import html
import math

from samnet.core.vocab import GROUPS, TYPES, in_language
from samnet.measure.results import LanFigures
from samnet.texts.catalogue import count, text

__all__ = ["MAP_WIDTH", "group_legend", "lan_map_svg", "map_layout", "map_panels"]

#: The viewBox's width; the height follows from the number of kommuner and structures.
MAP_WIDTH = 1000
#: A kommun box's width, and the structure column's (in the middle).
BOX_W, MID_W = 230, 340
#: A dot per actor: its radius, the distance between dots, the height of a row of dots.
DOT_R, DOT_STEP, ROW_H = 4.0, 11.0, 11.0
#: A box's name line, and the room between two rows of boxes.
HEAD_H, GAP = 20.0, 10.0
#: Height of one structure's label in the middle column, and the room between two.
STRUCT_H, STRUCT_GAP = 20.0, 8.0
#: A structure's name is cut at this many characters (its whole name is in the tooltip and the panel).
NAME_MAX = 40


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _group(actor_type: str) -> str:
    kind = TYPES.get(actor_type)
    return kind.group if kind is not None and kind.group in GROUPS else "regional"


def _order(figures: LanFigures, rank: dict[str, int]) -> list[str]:
    """Kommuner by the mean row of their structures (then by name): kommuner tied alike sit alike."""
    rows: dict[str, list[int]] = {row["id"]: [] for row in figures.kommuner}
    for s in figures.structures:
        for k in s["kommuner"]:
            rows[k].append(rank[s["id"]])
    names = {row["id"]: row["name"] for row in figures.kommuner}

    def key(k: str) -> tuple:
        mine = rows[k]
        return (0, sum(mine) / len(mine), -len(mine), names[k], k) if mine else (1, 0.0, 0, names[k], k)

    return sorted(rows, key=key)


def map_layout(figures: LanFigures) -> dict:
    """Where everything stands: kommun boxes, actor dots, structure labels, and the height.

    Returns a dict with ``boxes`` (kommun id → (x, y, w, h, side)), ``dots`` (actor id →
    (x, y)), ``structures`` (structure id → (x, y, w, h)), ``height`` and ``tied`` (the actors
    that take part in a structure: their dots are ringed and stand first, facing the middle).

    Examples
    --------
    >>> figures = LanFigures(kommuner=[{"id": k, "name": k.upper(), "members": []} for k in "ab"],
    ...                      structures=[{"id": "f", "kommuner": ["a", "b"], "via": {}}])
    >>> laid = map_layout(figures)
    >>> laid["boxes"]["a"][4], laid["boxes"]["b"][4], laid["boxes"]["a"][1] == laid["boxes"]["b"][1]
    ('left', 'right', True)
    """
    rank = {s["id"]: i for i, s in enumerate(figures.structures)}
    tied = {a for s in figures.structures for ids in s.get("via", {}).values() for a in ids}
    members = {row["id"]: row.get("members", []) for row in figures.kommuner}
    per_row = int((BOX_W - 2 * DOT_STEP) // DOT_STEP) + 1
    order = _order(figures, rank)
    boxes, dots, y = {}, {}, 12.0
    for start in range(0, len(order), 2):
        pair = order[start : start + 2]
        heights = [HEAD_H + ROW_H * max(1, math.ceil(len(members[k]) / per_row)) + 6 for k in pair]
        for side, k in zip(("left", "right"), pair):
            x = 6.0 if side == "left" else MAP_WIDTH - 6.0 - BOX_W
            boxes[k] = (x, y, float(BOX_W), max(heights), side)
            # The actors that take part in a structure first, at the side that faces the middle.
            ranked = sorted(members[k], key=lambda a: (a["id"] not in tied, a["id"]))
            for i, actor in enumerate(ranked):
                step = (i % per_row) * DOT_STEP
                cx = x + BOX_W - DOT_STEP - step if side == "left" else x + DOT_STEP + step
                dots[actor["id"]] = (round(cx, 1), round(y + HEAD_H + ROW_H * (i // per_row) + DOT_R + 1, 1))
        y += max(heights) + GAP
    n = len(figures.structures)
    height = max(y, 12.0 + n * (STRUCT_H + STRUCT_GAP)) + 6
    # The structures spread over the kommuner's height, those tying most kommuner at the top.
    step = (height - 12.0) / max(n, 1)
    structures = {
        s["id"]: ((MAP_WIDTH - MID_W) / 2, round(12.0 + i * step + (step - STRUCT_H) / 2, 1), float(MID_W), STRUCT_H)
        for i, s in enumerate(figures.structures)
    }
    return {"boxes": boxes, "dots": dots, "structures": structures, "height": round(height, 1), "tied": tied}


def _structure_label(s: dict, lang: str) -> str:
    return text("lan.map.structure", lang, name=s["name"], n=count(len(s["kommuner"]), "noun.kommun", lang))


def _lines(figures: LanFigures, laid: dict) -> list[str]:
    edges = []
    boxes = laid["boxes"]
    for pair in figures.links_between:
        (ax, ay, aw, ah, _), (bx, by, bw, bh, _) = boxes[pair["a"]], boxes[pair["b"]]
        edges.append(
            f'<line class="e between" data-a="{_e(pair["a"])}" data-b="{_e(pair["b"])}" '
            f'x1="{ax + aw / 2:.1f}" y1="{ay + ah / 2:.1f}" x2="{bx + bw / 2:.1f}" y2="{by + bh / 2:.1f}"/>'
        )
    for s in figures.structures:
        sx, sy, sw, sh = laid["structures"][s["id"]]
        for k in s["kommuner"]:
            x, y, w, h, side = boxes[k]
            via = s.get("via", {}).get(k, [])
            # One line per kommun and structure, from the box's inner side; wider the more actors it carries.
            start, end = (x + w, sx) if side == "left" else (x, sx + sw)
            edges.append(
                f'<line class="e {_e(s["kind"])}" data-a="{_e(k)}" data-b="{_e(s["id"])}" '
                f'data-actors="{_e(" ".join(via))}" stroke-width="{min(1 + 0.5 * max(len(via) - 1, 0), 4):g}" '
                f'x1="{start:.1f}" y1="{y + h / 2:.1f}" x2="{end:.1f}" y2="{sy + sh / 2:.1f}"/>'
            )
    return edges


def _kommun_group(row: dict, laid: dict, structures: int, lang: str) -> str:
    x, y, w, h, side = laid["boxes"][row["id"]]
    label = text("lan.map.kommun", lang, name=row["name"], n=count(structures, "lan.noun.structure", lang))
    own = row.get("members", [])
    tied = laid["tied"]
    dots = "".join(
        f'<circle class="a{" t" if a["id"] in tied else ""}" fill="{GROUPS[_group(a["type"])].color}" data-actor="{_e(a["id"])}" cx="{laid["dots"][a["id"]][0]:.1f}" '
        f'cy="{laid["dots"][a["id"]][1]:.1f}" r="{DOT_R}"><title>{_e(a["name"])}</title></circle>'
        for a in own
    )
    # The name only: the dots show how many actors, the tooltip and the panel say it in words.
    tx, anchor = (x + 8, "start") if side == "left" else (x + w - 8, "end")
    label += " · " + count(len(own), "noun.actor", lang)
    return (
        f'<g class="n k" data-id="{_e(row["id"])}" tabindex="0" role="button" aria-label="{_e(label)}">'
        f'<title>{_e(label)}</title><rect class="box" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="5"/>'
        f'<text class="kname" x="{tx:.1f}" y="{y + 14:.1f}" text-anchor="{anchor}">{_e(row["name"])}</text>{dots}</g>'
    )


def _structure_group(number: int, s: dict, laid: dict, lang: str) -> str:
    x, y, w, h = laid["structures"][s["id"]]
    label = _structure_label(s, lang)
    name = s["name"] if len(s["name"]) <= NAME_MAX else s["name"][: NAME_MAX - 1].rstrip() + "…"
    mark = (
        f'<rect class="mark" x="{x + 6:.1f}" y="{y + 5:.1f}" width="10" height="10"/>'
        if s["kind"] == "forum"
        else f'<polygon class="mark" points="{x + 11:.1f},{y + 3:.1f} {x + 17:.1f},{y + 10:.1f} '
        f'{x + 11:.1f},{y + 17:.1f} {x + 5:.1f},{y + 10:.1f}"/>'
    )
    return (
        f'<g class="n s {_e(s["kind"])}" data-id="{_e(s["id"])}" tabindex="0" role="button" aria-label="{_e(label)}">'
        f'<title>{_e(label)}</title><rect class="box" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="10"/>'
        f'{mark}<text class="sname" x="{x + 22:.1f}" y="{y + 14:.1f}">{number}. {_e(name)}</text>'
        f'<text class="scount" x="{x + w - 8:.1f}" y="{y + 14:.1f}" text-anchor="end">{len(s["kommuner"])}</text></g>'
    )


def lan_map_svg(figures: LanFigures, lang: str) -> str:
    """The län network as one SVG element (``id="lan-map"``), its lines under its boxes.

    Each line carries ``data-a`` (the kommun), ``data-b`` (the structure, or the other
    kommun) and ``data-actors`` (the kommun's actors it stands for), for the page's script.
    """
    laid = map_layout(figures)
    per_kommun: dict[str, int] = {}
    for s in figures.structures:
        for k in s["kommuner"]:
            per_kommun[k] = per_kommun.get(k, 0) + 1
    groups = [_kommun_group(row, laid, per_kommun.get(row["id"], 0), lang) for row in figures.kommuner]
    groups += [_structure_group(i, s, laid, lang) for i, s in enumerate(figures.structures, 1)]
    return (
        f'<svg id="lan-map" viewBox="0 0 {MAP_WIDTH} {laid["height"]}" role="group" '
        f'aria-label="{_e(text("lan.h.map", lang))}"><g class="edges">{"".join(_lines(figures, laid))}</g>'
        f'<g class="nodes">{"".join(groups)}</g></svg>'
    )


def group_legend(figures: LanFigures, lang: str) -> str:
    """The dots' colours: one item per group that some kommun's actor belongs to."""
    present = {_group(a["type"]) for row in figures.kommuner for a in row.get("members", [])}
    items = "".join(
        f'<li><svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="4" '
        f'fill="{g.color}"/></svg> {_e(in_language((g.sv, g.en), lang))}</li>'
        for g in GROUPS.values()
        if g.id in present
    )
    return f'<ul class="legend groups" aria-label="{_e(text("lan.map.groups", lang))}">{items}</ul>' if items else ""


def map_panels(figures: LanFigures, lang: str) -> str:
    """What a click shows: per kommun its structures (through which actors) and its own actors;
    per structure its kommuner (through which actors). Printed below the map."""
    names = {row["id"]: row["name"] for row in figures.kommuner}
    actor_names = {a["id"]: a["name"] for row in figures.kommuner for a in row.get("members", [])}

    def via(s: dict, k: str) -> str:
        ids = s.get("via", {}).get(k, [])
        if not ids:
            return ""
        return " (" + _e(text("lan.map.via", lang, names=", ".join(actor_names.get(a, a) for a in ids))) + ")"

    panels = []
    for number, s in enumerate(figures.structures, 1):
        items = "".join(f"<li>{_e(names[k])}{via(s, k)}</li>" for k in s["kommuner"])
        panels.append(
            f'<div class="ps" data-for="{_e(s["id"])}"><h3>{number}. {_e(_structure_label(s, lang))}</h3><ul>{items}</ul></div>'
        )
    for row in figures.kommuner:
        mine = [(i, s) for i, s in enumerate(figures.structures, 1) if row["id"] in s["kommuner"]]
        items = "".join(f"<li>{i}. {_e(s['name'])}{via(s, row['id'])}</li>" for i, s in mine)
        own = row.get("members", [])
        actors = "".join(f"<li>{_e(a['name'])}</li>" for a in own)
        panels.append(
            f'<div data-for="{_e(row["id"])}"><h3>{_e(row["name"])}</h3><ul>{items}</ul>'
            f"<h4>{_e(text('lan.map.own', lang, n=len(own)))}</h4><ul>{actors}</ul></div>"
        )
    return "".join(panels)
