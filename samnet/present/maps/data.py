"""The vis-network data of a map: nodes, forum nodes, pair, one-way and forum edges.

What is drawn
-------------
Nodes
    One node per actor of the network, coloured by the group of its type
    (:data:`samnet.core.vocab.GROUPS`) and sized by a centrality of the samverkan
    graph (strength by default; the page can switch). Actors that take part
    only through one-way links get a dashed ring in the one-way colour;
    actors left isolated without the person-dependent ties a ring in the
    warning colour. One diamond per forum.
Edges (the drawing rule, :func:`drawn_pairs`)
    1. **Pair edges**: one undirected line per edge of the samverkan graph
       that at least one samverkan *link* contributes to. The line carries the
       merged attributes of that graph edge (highest level, union of scopes
       and areas, person-dependent only if every tie is), the same figures
       the metrics use. Pairs joined *only* by forums get no line of their
       own: the forum diamond stands for them, so a big forum does not become
       a hairball.
    2. **One-way edges**: one arrow per one-way link (orosanmälan,
       polisanmälan, hänvisning, information), source to target, in the
       one-way colour, however many links join the same pair.
    3. **Forum edges**: one thin line from each forum diamond to each of its
       members.
    4. **Forum-only pairs** (:func:`forum_only_pairs`): one thin light line per
       pair joined only through forums, hidden while the forum diamonds are
       shown and drawn when they are hidden, so that no actor floats.

    So a map draws ``len(actors) + len(forums)`` nodes and
    ``pairs with a link + len(one_way) + sum(len(forum.members))`` edges
    (:func:`drawn_counts`) while the forums are shown.
Edge style
    Width by trappa level (1-4); dashed when every scope is individual,
    solid when any is structural; person-dependent pair edges in the warning
    colour; forum edges thin, in grey (warning colour for a person-dependent
    forum). Level is shown twice, by width (:data:`LEVEL_WIDTH`) and by shade
    (:data:`LEVEL_COLOR`).
Labels
    The :data:`TOP_LABELS` most central actors (by the size centrality) are
    always labelled, in :data:`TOP_FONT`; the page shows the other labels
    only when zoomed in. Positions are moved until no node-and-label box
    overlaps another (:mod:`samnet.present.maps.label_boxes`).

vis-network's node and edge items are plain objects: ``id``, ``label`` and
``shape`` for a node, ``from`` and ``to`` for an edge, plus its options;
fields it does not know (``cat``, ``metrics``, …) are samnet's own, read by
the page's script. Every list is in a fixed order, so the same data gives
the same JSON.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset({}, {"a": Actor("a", "IFO", "ifo", "kommun"), "b": Actor("b", "Polisen", "polis", "stat")},
...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"})),))
>>> from samnet.measure.metrics import analyze_network
>>> data = network_data(net := build_network(ds), analyze_network(net), "en", "strength")
>>> [n["id"] for n in data["nodes"]], [e["id"] for e in data["edges"]]
(['a', 'b'], ['p:a|b'])
"""

from __future__ import annotations

import math
from collections import Counter

from samnet.core.model import Forum
from samnet.core.network import Network
from samnet.core.vocab import GROUPS, HUVUDMAN, KINDS, LEVELS, SCOPES, TYPES, in_language
from samnet.measure.results import NetworkMetrics
from samnet.present.forum_text import driver_warning
from samnet.present.maps.cache import map_texts, remembered
from samnet.present.maps.kommun_layout import grouped, kommun_groups, kommun_positions
from samnet.present.maps.label_boxes import node_box, separate
from samnet.present.maps.layout import layout
from samnet.present.maps.routing import route_edges
from samnet.present.maps.sector_layout import Slot, forum_positions, sector_positions
from samnet.present.maps.testimony import with_testimony
from samnet.present.maps.ties import (
    drawn_counts,
    drawn_pairs,
    forum_members,
    forum_node_id,
    forum_only_pairs,
    tie_json,
)
from samnet.texts.catalogue import text, texts

__all__ = [
    "SIZE_CHOICES",
    "ONE_WAY_COLOR",
    "PERSON_COLOR",
    "EDGE_COLOR",
    "FORUM_EDGE_COLOR",
    "FORUM_FILL",
    "FORUM_BORDER",
    "HIGHLIGHT_COLOR",
    "LEVEL_WIDTH",
    "LEVEL_COLOR",
    "FORUM_PAIR_COLOR",
    "LAYOUTS",
    "TOP_LABELS",
    "forum_only_pairs",
    "forum_pair_edges",
    "drawn_pairs",
    "drawn_counts",
    "forum_node_id",
    "forum_members",
    "tie_json",
    "node_boxes",
    "actor_group",
    "top_actors",
    "actor_nodes",
    "forum_nodes",
    "pair_edges",
    "one_way_edges",
    "forum_edges",
    "map_positions",
    "network_data",
]

#: Centralities a map can size its nodes by; the first is the default.
SIZE_CHOICES = ("strength", "degree", "betweenness", "eigenvector")

#: One-way links (orosanmälan and the like): vermillion, outside the group palette.
ONE_WAY_COLOR = "#D55E00"
#: Person-dependent ties: a strong magenta, far from the pale pink of health care
#: and from the one-way vermillion, and unlike any group colour.
PERSON_COLOR = "#B5179E"
#: Ordinary samverkan lines: dark enough to read on white, neutral against the node colours.
EDGE_COLOR = "#6E6E6E"
FORUM_EDGE_COLOR = "#A8A8A8"
FORUM_FILL = "#FFFFFF"
FORUM_BORDER = "#2B2B2B"
#: Highlighter-pen glow behind the edges a clicked difference is about.
HIGHLIGHT_COLOR = "rgba(240,200,0,0.95)"
#: Line width in pixels by trappa level: each step clearly wider than the last.
LEVEL_WIDTH = {1: 1.0, 2: 2.5, 3: 4.5, 4: 7.0}
#: Line shade by trappa level, light to dark, so the level reads from the shade too.
LEVEL_COLOR = {1: "#B3B3B3", 2: "#8A8A8A", 3: "#5C5C5C", 4: "#2E2E2E"}
#: Pairs joined only through forums, drawn (thin) when the forums are hidden.
FORUM_PAIR_COLOR = "#C4C4C4"
#: The layouts a map can use; the first is the default (see README, "Maps").
LAYOUTS = ("sector", "force")
#: How many of the most central actors are always labelled; the rest on zoom.
TOP_LABELS = 25
#: Label font sizes in pixels at zoom 1: the most central actors, other actors, forums.
TOP_FONT, ACTOR_FONT, FORUM_FONT = 22, 17, 17

_MIN_SIZE, _MAX_SIZE = 9.0, 34.0
# Above this many edges the page hides edges while dragging and zooming and
# skips hover effects: drawing thousands of lines per frame makes panning lag.
_BIG = 1500


def _short_label(name: str, limit: int = 32) -> str:
    """The name without its parenthesised explanation, cut at ``limit`` characters.

    Examples
    --------
    >>> _short_label("Region Gävleborg (regionen, verksamhet ej specificerad)")
    'Region Gävleborg'
    >>> _short_label("Samverkan om ungas utsatthet på övergripande nivå")
    'Samverkan om ungas utsatthet på…'
    """
    head = name.split(" (", 1)[0].strip()
    if len(head) < 3:
        head = name.strip()
    if len(head) > limit:
        head = head[: limit - 1].rstrip(" ,;:-") + "…"
    return head


def _labels(names: dict[str, str], limit: int = 32) -> dict[str, str]:
    """Short labels for the map; the full name where two would otherwise read the same."""
    short = {key: _short_label(name, limit) for key, name in names.items()}
    clashes = {label for label, n in Counter(short.values()).items() if n > 1}
    return {key: (names[key] if short[key] in clashes else short[key]) for key in names}


def _map_labels(network: Network) -> dict[str, str]:
    # Long names crowd the map: nodes show a short label, the tooltip, the
    # search and the side panel the full name.
    labels = _labels(
        {**{a: actor.name for a, actor in network.actors.items()}, **{forum_node_id(f): f.name for f in network.forums}}
    )
    return _distinct(labels, network)


def _distinct(labels: dict[str, str], network: Network) -> dict[str, str]:
    """Labels two nodes still share (two kommuners' "Socialtjänsten") get their kommun, then their id."""
    for suffix in (_kommun_of, lambda _network, key: key.removeprefix("forum:")):
        clashes = {label for label, n in Counter(labels.values()).items() if n > 1}
        for key, label in list(labels.items()):
            extra = suffix(network, key)
            if label in clashes and extra:
                labels[key] = f"{label} ({extra})"
    return labels


def _kommun_of(network: Network, key: str) -> str:
    actor = network.actors.get(key)
    if actor is None or not actor.kommun:
        return ""
    name = network.kommun_names.get(actor.kommun, actor.kommun)
    # "Ljusdals kommun" → "Ljusdals": the label stays short, the kommun is still named.
    return name.removesuffix(" kommun") or name


def _scaled_sizes(values: dict[str, float]) -> dict[str, float]:
    top = max(values.values(), default=0.0)
    if top <= 0:
        return {k: 12.0 for k in values}
    # Square root: the node's area, not its radius, follows the value.
    return {k: round(_MIN_SIZE + (_MAX_SIZE - _MIN_SIZE) * math.sqrt(max(v, 0.0) / top), 1) for k, v in values.items()}


def _scopes_dashed(scopes: frozenset[str]) -> bool:
    return bool(scopes) and "struktur" not in scopes


def _size_table(network: Network, metrics) -> dict[str, dict[str, float]]:
    """Node radius by centrality choice and actor."""
    rows = {row["id"]: row for row in metrics.centrality}
    return {
        choice: _scaled_sizes({a: float(rows.get(a, {}).get(choice, 0) or 0) for a in network.actors})
        for choice in SIZE_CHOICES
    }


def top_actors(network: Network, metrics, size_by: str = "strength", count: int = TOP_LABELS) -> list[str]:
    """The ``count`` most central actors by ``size_by`` (ties broken by id): always labelled.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> net = build_network(Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"}))
    >>> from types import SimpleNamespace as NS
    >>> top_actors(net, NS(centrality=[{"id": "b", "strength": 2}, {"id": "a", "strength": 1}]), count=1)
    ['b']
    """
    rows = {row["id"]: row for row in metrics.centrality}
    value = {a: float(rows.get(a, {}).get(size_by, 0) or 0) for a in network.actors}
    return sorted(network.actors, key=lambda a: (-value[a], a))[:count]


def node_boxes(network: Network, metrics, size_by: str) -> dict[str, tuple[float, float, float, float]]:
    """Every node's box with its label, at the font it is drawn with (see :mod:`samnet.present.maps.label_boxes`)."""
    labels = _map_labels(network)
    sizes = _size_table(network, metrics)[size_by]
    top = set(top_actors(network, metrics, size_by))
    boxes = {a: node_box(labels[a], TOP_FONT if a in top else ACTOR_FONT, sizes[a]) for a in network.actors}
    for forum, members in forum_members(network):
        fid = forum_node_id(forum)
        boxes[fid] = node_box(labels[fid], FORUM_FONT, _forum_size(members))
    return boxes


def _forum_size(members: list[str]) -> float:
    return round(10 + 3 * math.sqrt(len(members)), 1)


def actor_group(actor) -> str:
    """The group id of an actor's type (``regional`` for a type samnet does not know)."""
    kind = TYPES.get(actor.type)
    return kind.group if kind else "regional"


def map_positions(
    network: Network, metrics=None, layout_name: str = "force", size_by: str = "strength"
) -> dict[str, tuple[int, int]]:
    """Page positions of every actor and forum node.

    ``"force"``: :func:`samnet.present.maps.layout.layout` on the edges the map draws;
    ``"sector"``: :func:`samnet.present.maps.sector_layout.sector_positions` by group. Either
    way nodes are then moved until no node or label box overlaps another.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.metrics import analyze_network
    >>> net = build_network(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")}))
    >>> map_positions(net, analyze_network(net))
    {'a': (0, 0)}
    """
    # The report's network figure reuses the layout the kommun's map has just computed.
    # A map of several kommuner draws each kommun as a group (samnet.present.maps.kommun_layout).
    layout_name = "kommun" if layout_name == "sector" and grouped(network) else layout_name
    return remembered(
        network, metrics, (layout_name, size_by), lambda: _laid_out(network, metrics, layout_name, size_by)
    )


def _laid_out(network: Network, metrics, layout_name: str, size_by: str) -> dict[str, tuple[int, int]]:
    members = forum_members(network)
    boxes = node_boxes(network, metrics, size_by)
    if layout_name == "kommun":
        return kommun_positions(network, boxes, members)
    if layout_name == "sector":
        weights = {row["id"]: float(row.get("strength", 0) or 0) for row in metrics.centrality}
        slots = [Slot(a, actor_group(actor), weights.get(a, 0.0), boxes[a]) for a, actor in network.actors.items()]
        pos = sector_positions(slots)
        pos.update(forum_positions({forum_node_id(f): ms for f, ms in members}, pos, boxes))
        return {k: pos[k] for k in list(network.actors) + [forum_node_id(f) for f, _ in members]}
    edges = [(u, v) for u, v, _ in drawn_pairs(network)]
    edges += [(link.source, link.target) for link in network.one_way]
    edges += [(forum_node_id(f), m) for f, ms in members for m in ms]
    raw = layout(list(network.actors) + [forum_node_id(f) for f, _ in members], edges)
    placed = separate({k: (float(x), float(y)) for k, (x, y) in raw.items()}, boxes)
    return {k: (int(round(x)), int(round(y))) for k, (x, y) in placed.items()}


def _social_one_way(metrics) -> set[str]:
    """Actors whose only contact with social services, besides a forum seat, is one-way: the report's
    two findings on it (social_only and forum_reports) name the same actors."""
    forum_only = {
        r["id"] for r in metrics.social_services_reach if r.get("tier") == "forum_only" and r.get("one_way_to_social")
    }
    return set(metrics.social_services_only_one_way) | forum_only


def actor_nodes(
    network: Network, metrics, lang: str, size_by: str, pos: dict[str, tuple[int, int]], labels: dict[str, str]
) -> list[dict]:
    """One vis-network node per actor, in the network's actor order."""
    rows = {row["id"]: row for row in metrics.centrality}
    one_way_only = set(metrics.one_way_only)
    person_only = set(metrics.isolated_without_person_dependent)
    social_one_way = _social_one_way(metrics)
    sizes = _size_table(network, metrics)
    top = set(top_actors(network, metrics, size_by))
    from samnet.present.maps.roles import role_fields

    roles = role_fields(metrics)
    nodes = []
    for actor_id, actor in network.actors.items():
        kind = TYPES.get(actor.type)
        group = GROUPS[kind.group] if kind else GROUPS["regional"]
        type_label = in_language((kind.sv, kind.en), lang) if kind else actor.type
        border, width, dashes = group.color, 1.5, False
        if actor_id in one_way_only:
            border, width, dashes = ONE_WAY_COLOR, 4, [5, 4]
        elif actor_id in person_only:
            border, width = PERSON_COLOR, 4
        row = rows.get(actor_id, {})
        x, y = pos[actor_id]
        nodes.append(
            {
                "id": actor_id,
                "label": labels[actor_id],
                "shape": "dot",
                "color": {
                    "background": group.color,
                    "border": border,
                    "highlight": {"background": group.color, "border": "#000000"},
                    "hover": {"background": group.color, "border": "#000000"},
                },
                "borderWidth": width,
                "borderWidthSelected": width + 2,
                "shapeProperties": {"borderDashes": dashes},
                "size": sizes[size_by][actor_id],
                "x": x,
                "y": y,
                "font": {"size": TOP_FONT if actor_id in top else ACTOR_FONT},
                "title": f"{actor.name}\n{type_label}",
                # Fields below are samnet's own, read by the page's script.
                "cat": "actor",
                "name": actor.name,
                "type": actor.type,
                "typeLabel": type_label,
                "tgroup": group.id,
                "huvudman": in_language(HUVUDMAN[actor.huvudman], lang)
                if actor.huvudman in HUVUDMAN
                else actor.huvudman,
                "kommun": network.kommun_names.get(actor.kommun, actor.kommun) if actor.kommun else "",
                "ref": actor.ref or "",
                "note": actor.note or "",
                "metrics": {k: row.get(k, 0) for k in SIZE_CHOICES},
                "sizes": {k: sizes[k][actor_id] for k in SIZE_CHOICES},
                "oneWayOnly": actor_id in one_way_only,
                "socialOneWay": actor_id in social_one_way,
                "personOnly": actor_id in person_only,
                # Always labelled; the page shows the other labels only when zoomed in.
                "top": actor_id in top,
                # The "roll" colouring and the what-if toggle (samnet.present.maps.roles).
                **roles.get(actor_id, {}),
            }
        )
    return nodes


def forum_nodes(network: Network, lang: str, pos: dict[str, tuple[int, int]], labels: dict[str, str]) -> list[dict]:
    """One vis-network diamond per forum, in the network's forum order."""
    t = texts("map.", lang)
    nodes = []
    for forum, members in forum_members(network):
        fid = forum_node_id(forum)
        x, y = pos[fid]
        nodes.append(
            {
                "id": fid,
                "label": labels[fid],
                "shape": "diamond",
                "color": {
                    "background": FORUM_FILL,
                    "border": PERSON_COLOR if forum.person_dependent else FORUM_BORDER,
                    "highlight": {"background": "#EEEEEE", "border": "#000000"},
                    "hover": {"background": "#EEEEEE", "border": "#000000"},
                },
                "borderWidth": 3 if forum.person_dependent else 2,
                "size": _forum_size(members),
                "x": x,
                "y": y,
                "title": f"{t['forum']}: {forum.name}\n{len(members)} {t['members']}",
                "font": {"size": FORUM_FONT, "color": "#444444"},
                "cat": "forum",
                "name": forum.name,
                "level": forum.level,
                "scopes": sorted(forum.scopes),
                "areas": sorted(forum.areas),
                "pd": forum.person_dependent,
                "members": members,
                "ref": forum.ref or "",
                "note": forum.note or "",
            }
        )
    return nodes


def _line(color: str) -> dict:
    return {"color": color, "highlight": "#000000", "hover": "#000000", "inherit": False}


def _describe(lang: str, level: int | None, scopes: frozenset, areas: frozenset, pd: bool) -> str:
    """The second and later lines of an edge's tooltip: level, scopes, areas, person-dependence."""
    t = map_texts(lang)
    parts = []
    if level is not None:
        word = in_language((LEVELS[level].sv, LEVELS[level].en), lang) if level in LEVELS else level
        parts.append(f"{t['level']} {level} ({word})")
    parts.extend(in_language(SCOPES[s], lang) if s in SCOPES else s for s in sorted(scopes))
    text = " · ".join(parts)
    if areas:
        text += "\n" + ", ".join(sorted(areas))
    if pd:
        text += "\n" + t["person_dependent"]
    return text


def _mark(edge: dict, highlighted: bool) -> dict:
    """Flag (``hl``) an edge a comparison points out; the page lights it up on request."""
    if highlighted:
        edge["hl"] = True
    return edge


def _type_pair(network: Network, u: str, v: str) -> frozenset:
    return frozenset({network.actors[u].type, network.actors[v].type})


def pair_edges(network: Network, lang: str, highlight: frozenset = frozenset()) -> list[dict]:
    """One line per pair of :func:`drawn_pairs`, width by level, dashed when individual only."""
    actors = network.actors
    edges = []
    for u, v, d in drawn_pairs(network):
        pd = d["person_dependent"]
        edges.append(
            _mark(
                {
                    "from": u,
                    "to": v,
                    "id": f"p:{u}|{v}",
                    "arrows": {"to": {"enabled": False}},
                    "width": LEVEL_WIDTH.get(d["level"], 1.0),
                    "dashes": _scopes_dashed(d["scopes"]),
                    "color": _line(PERSON_COLOR if pd else LEVEL_COLOR.get(d["level"], EDGE_COLOR)),
                    "title": f"{actors[u].name} – {actors[v].name}\n"
                    f"{_describe(lang, d['level'], d['scopes'], d['areas'], pd)}",
                    "cat": "pair",
                    "level": d["level"],
                    "scopes": sorted(d["scopes"]),
                    "areas": sorted(d["areas"]),
                    "pd": pd,
                },
                _type_pair(network, u, v) in highlight,
            )
        )
    return edges


def one_way_edges(network: Network, lang: str, highlight: frozenset = frozenset()) -> list[dict]:
    """One arrow per one-way link, source to target, in the one-way colour."""
    actors = network.actors
    edges = []
    for link in network.one_way:
        edges.append(
            _mark(
                {
                    "from": link.source,
                    "to": link.target,
                    "id": f"o:{link.index}",
                    "arrows": {"to": {"enabled": True, "scaleFactor": 0.8}},
                    "width": 2,
                    "dashes": False,
                    # A slight curve keeps an arrow visible beside a samverkan line on the same pair.
                    "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.18},
                    "color": _line(ONE_WAY_COLOR),
                    "title": f"{actors[link.source].name} → {actors[link.target].name}\n"
                    f"{in_language(KINDS[link.kind], lang)}",
                    "cat": "oneway",
                    "kind": link.kind,
                    "level": None,
                    "scopes": sorted(link.scopes),
                    "areas": sorted(link.areas),
                    "pd": link.person_dependent,
                },
                _type_pair(network, link.source, link.target) in highlight,
            )
        )
    return edges


def forum_edges(network: Network, lang: str, highlight: frozenset = frozenset()) -> list[dict]:
    """One thin line from each forum diamond to each of its members."""
    actors = network.actors
    edges = []
    for forum, members in forum_members(network):
        fid = forum_node_id(forum)
        about = _describe(lang, forum.level, forum.scopes, forum.areas, forum.person_dependent)
        for member in members:
            hl = any(_type_pair(network, member, other) in highlight for other in members if other != member)
            edges.append(
                _mark(
                    {
                        "from": fid,
                        "to": member,
                        "id": f"f:{forum.id}|{member}",
                        "arrows": {"to": {"enabled": False}},
                        "width": 1,
                        "dashes": [2, 4] if _scopes_dashed(forum.scopes) else False,
                        "color": _line(PERSON_COLOR if forum.person_dependent else FORUM_EDGE_COLOR),
                        "title": f"{actors[member].name} – {forum.name}\n{about}",
                        "cat": "forum",
                        "level": forum.level,
                        "scopes": sorted(forum.scopes),
                        "areas": sorted(forum.areas),
                        "pd": forum.person_dependent,
                    },
                    hl,
                )
            )
    return edges


def forum_pair_edges(network: Network, lang: str) -> list[dict]:
    """Thin lines for :func:`forum_only_pairs`, hidden while the forum diamonds are shown."""
    actors = network.actors
    edges = []
    for u, v, d in forum_only_pairs(network):
        forums = [t.name for t in d["ties"] if isinstance(t, Forum)]
        edges.append(
            {
                "from": u,
                "to": v,
                "id": f"q:{u}|{v}",
                "arrows": {"to": {"enabled": False}},
                "width": 1,
                "dashes": _scopes_dashed(d["scopes"]),
                "hidden": True,
                "color": _line(PERSON_COLOR if d["person_dependent"] else FORUM_PAIR_COLOR),
                "title": f"{actors[u].name} – {actors[v].name}\n{text('map.forum', lang)}: {', '.join(sorted(forums))}\n"
                f"{_describe(lang, d['level'], d['scopes'], d['areas'], d['person_dependent'])}",
                "cat": "fpair",
                "level": d["level"],
                "scopes": sorted(d["scopes"]),
                "areas": sorted(d["areas"]),
                "pd": d["person_dependent"],
            }
        )
    return edges


def network_data(
    network: Network,
    metrics,
    lang: str,
    size_by: str,
    highlight: frozenset = frozenset(),
    key: str = "m0",
    positions: dict[str, tuple[int, int]] | None = None,
    layout_name: str = "force",
) -> dict:
    """Nodes, edges, ties and figures of one map, as the page's JSON.

    ``metrics`` is the result of :func:`samnet.measure.metrics.analyze_network` for
    ``network``; ``positions`` (page pixels by node id) default to
    :func:`map_positions` with ``layout_name``.
    """
    t = texts("map.", lang)
    graph = network.samverkan
    pos = positions if positions is not None else map_positions(network, metrics, layout_name, size_by)
    labels = _map_labels(network)
    edges = pair_edges(network, lang, highlight)
    big = len(edges) + len(network.one_way) > _BIG
    edges += one_way_edges(network, lang, highlight) + forum_edges(network, lang, highlight)
    edges += forum_pair_edges(network, lang)
    ties = [tie_json(tie) for tie in network.links + network.one_way]
    ties.sort(key=lambda tie: (tie["s"], tie["t"], tie["k"]))
    ties += [tie_json(f) for f in network.forums]
    # A län keeps its own name; only the network of every kommun is called "all" in the page's language.
    name = network.name if network.kommun is not None or network.region_id != "all" else t["all"]
    nodes = actor_nodes(network, metrics, lang, size_by, pos, labels) + forum_nodes(network, lang, pos, labels)
    route_edges(edges, nodes)
    # Each kommun's circle and name, where the map groups its actors by kommun.
    hulls = layout_name == "sector" and grouped(network)
    return with_testimony(network, metrics.evidence, lang, {
        **({"groups": kommun_groups(network, pos, node_boxes(network, metrics, size_by))} if hulls else {}),
        "key": key,
        "id": network.id,
        "name": name,
        "kommun": network.kommun.name if network.kommun is not None else "",
        "big": big,
        "nodes": nodes,
        "edges": edges,
        "ties": ties,
        "summary": {
            "actors": len(network.actors),
            "ties": graph.number_of_edges(),
            "one_way_links": len(network.one_way),
            "forum_count": len(network.forums),
            "pd_ties": sum(1 for _, _, d in graph.edges(data=True) if d["person_dependent"]),
            **_fair_summary(metrics, lang),
        },
    })  # fmt: skip


def _fair_summary(metrics: NetworkMetrics, lang: str) -> dict:
    # Forum-only pairs, person-dependent links and the dominating-forum warning, as the report states them.
    return {
        "forum_only_ties": metrics.forum_only_ties,
        "pd_links": len(metrics.person_dependent_links),
        "warning": driver_warning(metrics.dominant_forum, metrics.samverkan_ties, lang) or "",
    }
