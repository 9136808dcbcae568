"""``lan.html``: the regional overview of every kommun, one self-contained page.

It reads only :func:`samnet.measure.lan.lan_figures` (and its sentences from
:mod:`samnet.present.lan_text`): a sortable table of each kommun's key figures,
what each kommun lacks, small multiples of each kommun's trappa on one scale,
the check as a matrix of rules × kommuner, and the län network as an SVG map
(kommuner and the regional structures they take part in). Everything is drawn
here as HTML and SVG; the page's small script only sorts the table and
highlights the map, reading what the HTML already holds. Every text is escaped;
a Content-Security-Policy forbids every request.

Examples
--------
>>> figures = {"lan": "X <län>", "kommuner": [], "gaps": {k: [] for k in GAP_KEYS}, "structures": [],
...            "links_between": [], "level_max": 0, "check": None}
>>> page = render_lan_page(figures, "sv")
>>> "X &lt;län&gt;" in page and "Content-Security-Policy" in page
True
"""

from __future__ import annotations

import html
import math
from importlib import resources

from samnet.measure.results import LAN_GAP_KEYS as GAP_KEYS
from samnet.measure.results import STATUSES
from samnet.present.check_text import status_name
from samnet.present.figures import LEVEL_COLORS
from samnet.present.lan_text import COLUMNS, cell, lan_sentences, lan_title
from samnet.texts.catalogue import count, text

__all__ = ["CSP", "render_lan_page"]

#: Inline style and the page's own script only; nothing may load.
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"

#: One mark per check status, so that the matrix reads without colour too (and in print).
STATUS_MARKS = {"met": "✓", "partly": "◐", "below": "▽", "one_way_only": "→", "missing": "✗", "not_mapped": "·"}

#: Above this many kommuner the map drops kommun names (they would overlap); the panel names them.
MAP_LABEL_LIMIT = 40

_W, _H = 760, 560


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _template(name: str) -> str:
    return (resources.files("samnet.present") / "templates" / name).read_text(encoding="utf-8")


def _table(figures: dict, lang: str) -> str:
    columns = [c for c in COLUMNS if c[0] != "check_gaps" or figures["check"] is not None]
    head = "".join(
        f'<th scope="col" aria-sort="none"><button type="button" data-col="{i}" data-kind="{kind}">'
        f"{_e(text(f'lan.col.{key}', lang))}</button></th>"
        for i, (key, kind) in enumerate(columns)
    )
    body = []
    for row in figures["kommuner"]:
        cells = []
        for key, kind in columns:
            shown, sort = cell(row, key, kind, lang)
            css = "" if kind == "text" else ' class="num"'
            tag = "th scope='row'" if kind == "text" else "td"
            close = "th" if kind == "text" else "td"
            cells.append(f'<{tag}{css} data-sort="{_e(sort)}">{_e(shown)}</{close}>')
        body.append(f'<tr data-kommun="{_e(row["id"])}">' + "".join(cells) + "</tr>")
    return (
        f'<div class="scroll"><table id="kommun-table"><caption>{_e(text("lan.table.caption", lang))}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def _trappa(row: dict, scale: int) -> str:
    """One kommun's trappa: four bars on the shared scale, each with its count."""
    width, height, base = 132, 74, 58
    bars = []
    for n in range(1, 5):
        value = row["levels"][str(n)]
        tall = 0 if not scale else round(44 * value / scale, 1)
        x = 8 + (n - 1) * 31
        bars.append(
            f'<rect x="{x}" y="{base - tall}" width="24" height="{tall}" fill="{LEVEL_COLORS[n]}" stroke="#333" '
            f'stroke-width="0.5"/><text x="{x + 12}" y="{base - tall - 3}" class="v">{value}</text>'
            f'<text x="{x + 12}" y="{base + 12}" class="l">{n}</text>'
        )
    axis = f'<line x1="4" y1="{base}" x2="{width - 4}" y2="{base}" stroke="#333" stroke-width="0.8"/>'
    return (
        f'<figure class="mini"><svg viewBox="0 0 {width} {height}" role="img" aria-label="{_e(row["name"])}">'
        f"{''.join(bars)}{axis}</svg><figcaption>{_e(row['name'])}</figcaption></figure>"
    )


def _matrix(figures: dict, lang: str) -> str:
    check = figures["check"]
    rows = figures["kommuner"]
    head = "".join(f'<th scope="col" class="k"><span>{_e(row["name"])}</span></th>' for row in rows)
    body = []
    for rule in check["rules"]:
        cells = []
        for row in rows:
            status = check["status"][rule["id"]].get(row["id"])
            if status is None:
                cells.append("<td></td>")
                continue
            name = status_name(status, lang)
            cells.append(
                f'<td class="st st-{_e(status)}" title="{_e(row["name"])}: {_e(name)}">'
                f'<span aria-hidden="true">{STATUS_MARKS[status]}</span><span class="sr">{_e(name)}</span></td>'
            )
        body.append(
            f'<tr><th scope="row" title="{_e(rule["text"])}"><span class="rid">{_e(rule["id"])}</span> '
            f'<span class="rtext">{_e(rule["text"])}</span></th>{"".join(cells)}</tr>'
        )
    legend = "".join(
        f'<li><span class="st st-{s}" aria-hidden="true">{STATUS_MARKS[s]}</span> {_e(status_name(s, lang))}</li>'
        for s in STATUSES
    )
    return (
        f'<div class="scroll"><table class="matrix"><caption>{_e(text("lan.check.caption", lang))}</caption>'
        f'<thead><tr><th scope="col">{_e(text("lan.col.rule", lang))}</th>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
        f'<ul class="legend" aria-label="{_e(text("lan.legend", lang))}">{legend}</ul>'
    )


def _kommun_order(figures: dict) -> list[str]:
    """Kommuner around the circle so that those sharing structures sit side by side.

    Greedy: start with the first kommun by id, then each time the unplaced kommun that
    shares the most structures with the last three placed, the last counting most (ties by id).
    """
    ids = [row["id"] for row in figures["kommuner"]]
    shared: dict[str, dict[str, int]] = {k: {} for k in ids}
    for structure in figures["structures"]:
        members = structure["kommuner"]
        if len(members) > len(ids) / 2:
            continue  # a län-wide structure says nothing about neighbours
        for a in members:
            for b in members:
                if a != b:
                    shared[a][b] = shared[a].get(b, 0) + 1
    lan_of = {row["id"]: row.get("lan") or "" for row in figures["kommuner"]}
    # Kommuner of one län stay together: each län in turn, by name.
    order, left = [], sorted(ids, key=lambda k: (lan_of[k], k))
    while left:
        recent = list(zip(order[::-1][:3], (4, 2, 1)))
        lan = lan_of[order[-1]] if order else lan_of[left[0]]
        same = [k for k in left if lan_of[k] == lan] or left
        pick = max(same, key=lambda k: (sum(w * shared[p].get(k, 0) for p, w in recent), -left.index(k)))
        order.append(pick)
        left.remove(pick)
    return order


def _positions(figures: dict) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """Kommuner on a circle; each structure near the middle of its kommuner, pushed apart from the others."""
    cx, cy, radius = _W / 2, _H / 2, min(_W, _H) / 2 - 70
    order = _kommun_order(figures)
    kommun_pos = {
        k: (
            cx + radius * math.cos(2 * math.pi * i / len(order) - math.pi / 2),
            cy + radius * math.sin(2 * math.pi * i / len(order) - math.pi / 2),
        )
        for i, k in enumerate(order)
    }
    structure_pos: dict[str, list[float]] = {}
    for s in figures["structures"]:
        xs = [kommun_pos[k][0] for k in s["kommuner"]]
        ys = [kommun_pos[k][1] for k in s["kommuner"]]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        # Pulled in from the rim so that a structure of one kommun does not sit on top of it.
        structure_pos[s["id"]] = [cx + (mx - cx) * 0.62, cy + (my - cy) * 0.62]
    ids = list(structure_pos)
    for _ in range(60):
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                pa, pb = structure_pos[a], structure_pos[b]
                dx, dy = pb[0] - pa[0], pb[1] - pa[1]
                dist = math.hypot(dx, dy)
                if dist < 26:
                    if dist == 0:
                        dx, dy, dist = 1.0, (i % 3) - 1.0, 1.0
                    push = (26 - dist) / 2 / dist
                    pa[0], pa[1] = pa[0] - dx * push, pa[1] - dy * push
                    pb[0], pb[1] = pb[0] + dx * push, pb[1] + dy * push
    return kommun_pos, {k: (round(v[0], 1), round(v[1], 1)) for k, v in structure_pos.items()}


def _map(figures: dict, lang: str) -> str:
    kommun_pos, structure_pos = _positions(figures)
    names = {row["id"]: row["name"] for row in figures["kommuner"]}
    labelled = len(names) <= MAP_LABEL_LIMIT
    # Kommun dots shrink so that neighbours on the circle do not cover each other.
    spacing = 2 * math.pi * (min(_W, _H) / 2 - 70) / max(len(names), 1)
    radius = round(min(7.0, max(1.5, spacing * 0.4)), 1)
    edges, nodes, panels, key = [], [], [], []
    for pair in figures["links_between"]:
        (x1, y1), (x2, y2) = kommun_pos[pair["a"]], kommun_pos[pair["b"]]
        edges.append(
            f'<line class="e between" data-a="{_e(pair["a"])}" data-b="{_e(pair["b"])}" '
            f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"/>'
        )
    for number, s in enumerate(figures["structures"], 1):
        sx, sy = structure_pos[s["id"]]
        for k in s["kommuner"]:
            kx, ky = kommun_pos[k]
            edges.append(
                f'<line class="e {s["kind"]}" data-a="{_e(k)}" data-b="{_e(s["id"])}" '
                f'x1="{kx:.1f}" y1="{ky:.1f}" x2="{sx:.1f}" y2="{sy:.1f}"/>'
            )
        size = 6 + min(len(s["kommuner"]), 15) * 0.6
        label = text("lan.map.structure", lang, name=s["name"], n=count(len(s["kommuner"]), "noun.kommun", lang))
        shape = (
            f'<rect x="{sx - size:.1f}" y="{sy - size:.1f}" width="{2 * size:.1f}" height="{2 * size:.1f}"/>'
            if s["kind"] == "forum"
            else f'<polygon points="{sx:.1f},{sy - size - 2:.1f} {sx + size + 2:.1f},{sy:.1f} '
            f'{sx:.1f},{sy + size + 2:.1f} {sx - size - 2:.1f},{sy:.1f}"/>'
        )
        nodes.append(
            f'<g class="n s {s["kind"]}" data-id="{_e(s["id"])}" tabindex="0" role="button" aria-label="{_e(label)}">'
            f"<title>{_e(label)}</title>{shape}"
            f'<text x="{sx:.1f}" y="{sy + 3.5:.1f}" class="num">{number}</text></g>'
        )
        key.append(f'<li value="{number}" data-id="{_e(s["id"])}">{_e(label)}</li>')
        members = "".join(f"<li>{_e(names[k])}</li>" for k in s["kommuner"])
        panels.append(f'<div data-for="{_e(s["id"])}"><h3>{number}. {_e(s["name"])}</h3><ul>{members}</ul></div>')
    for row in figures["kommuner"]:
        kx, ky = kommun_pos[row["id"]]
        mine = [s for s in figures["structures"] if row["id"] in s["kommuner"]]
        label = text("lan.map.kommun", lang, name=row["name"], n=count(len(mine), "lan.noun.structure", lang))
        angle = math.atan2(ky - _H / 2, kx - _W / 2)
        lx, ly = kx + 12 * math.cos(angle), ky + 12 * math.sin(angle) + 4
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        name = f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">{_e(row["name"])}</text>' if labelled else ""
        nodes.append(
            f'<g class="n k" data-id="{_e(row["id"])}" tabindex="0" role="button" aria-label="{_e(label)}">'
            f'<title>{_e(label)}</title><circle cx="{kx:.1f}" cy="{ky:.1f}" r="{radius}"/>{name}</g>'
        )
        items = "".join(f"<li>{_e(s['name'])}</li>" for s in mine)
        panels.append(f'<div data-for="{_e(row["id"])}"><h3>{_e(row["name"])}</h3><ul>{items}</ul></div>')
    svg = (
        f'<svg id="lan-map" viewBox="0 0 {_W} {_H}" role="group" aria-label="{_e(text("lan.h.map", lang))}">'
        f'<g class="edges">{"".join(edges)}</g><g class="nodes">{"".join(nodes)}</g></svg>'
    )
    return (
        f'<p class="caption">{_e(text("lan.map.caption", lang))}</p><div class="mapwrap">{svg}'
        f'<aside id="panel" aria-live="polite"><p class="hint">{_e(text("lan.map.panel", lang))}</p>'
        f'<div id="panel-body"></div><ol class="key">{"".join(key)}</ol></aside></div>'
        f'<div id="panel-data" hidden>{"".join(panels)}</div>'
    )


def render_lan_page(figures: dict, lang: str) -> str:
    """The overview as one HTML page (a string; write it as UTF-8).

    Parameters
    ----------
    figures : dict
        From :func:`samnet.measure.lan.lan_figures`.
    lang : {"sv", "en"}

    Examples
    --------
    >>> figures = {"lan": "Län", "kommuner": [], "gaps": {k: [] for k in GAP_KEYS}, "structures": [],
    ...            "links_between": [], "level_max": 0, "check": None}
    >>> render_lan_page(figures, "en").count("<h1>The county: Län</h1>")
    1
    """
    sentences = lan_sentences(figures, lang)
    title = lan_title(figures, lang)
    gaps = [sentences[k] for k in GAP_KEYS] + [sentences[k] for k in ("most_tied", "check") if k in sentences]
    parts = [
        f'<header><h1>{_e(title)}</h1><p class="subtitle">'
        f"{_e(text('lan.subtitle', lang, kommuner=count(len(figures['kommuner']), 'noun.kommun', lang)))}</p>"
        f'<p class="summary">{_e(sentences["summary"])}</p><p class="note">{_e(sentences["rule"])}</p></header>',
        f'<section id="gaps"><h2>{_e(text("lan.h.gaps", lang))}</h2><ul class="gaps">'
        + "".join(f"<li>{_e(s)}</li>" for s in gaps)
        + "</ul></section>",
        f'<section id="key-figures"><h2>{_e(text("lan.h.table", lang))}</h2>{_table(figures, lang)}</section>',
        f'<section id="trappa"><h2>{_e(text("lan.h.trappa", lang))}</h2>'
        f'<p class="caption">{_e(text("lan.trappa.caption", lang, max=figures["level_max"]))}</p>'
        f'<div class="multiples">{"".join(_trappa(row, figures["level_max"]) for row in figures["kommuner"])}'
        "</div></section>",
    ]
    if figures["check"] is not None:
        heading = text("lan.h.check", lang, norm=figures["check"]["norm"])
        parts.append(f'<section id="check"><h2>{_e(heading)}</h2>{_matrix(figures, lang)}</section>')
    parts.append(f'<section id="lan-network"><h2>{_e(text("lan.h.map", lang))}</h2>{_map(figures, lang)}</section>')
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>\n{_template('lan.css')}</style>\n</head>\n"
        '<body data-ready="0">\n<main>\n' + "\n".join(parts) + "\n</main>\n"
        f"<script>\n{_template('lan.js')}</script>\n</body>\n</html>\n"
    )
