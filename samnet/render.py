"""Draw samverkan networks as self-contained, interactive HTML maps.

A map is one UTF-8 HTML file that opens from a mail attachment on a laptop
without internet: vis-network's JavaScript (from the installed pyvis package)
and the page's own CSS and JavaScript are inlined, the data is embedded as
JSON, and a Content-Security-Policy forbids every network request. Nodes and
edges are assembled with pyvis (its Node and Edge, the vis-network data
model); the page is written from samnet's own template, because pyvis's
template loads Bootstrap and tom-select from CDNs.

What is drawn
-------------
Nodes
    One node per actor of the network, coloured by the group of its type
    (:data:`samnet.vocab.GROUPS`) and sized by a centrality of the samverkan
    graph (strength by default; the page can switch). Actors that take part
    only through one-way links get a dashed ring in the one-way colour;
    actors left isolated without the person-dependent ties a ring in the
    warning colour. One diamond per forum.
Edges (the drawing rule)
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

    So a map draws ``len(actors) + len(forums)`` nodes and
    ``pairs with a link + len(one_way) + sum(len(forum.members))`` edges.
Edge style
    Width by trappa level (1-4); dashed when every scope is individual,
    solid when any is structural; person-dependent pair edges in the warning
    colour; forum edges thin, in grey (warning colour for a person-dependent
    forum).
Filters
    Level, scope and area filters act on pair and forum edges (and on one-way
    links by the scopes and areas they have); an edge without areas is shown
    whatever the area filter. The one-way and forum switches hide those edge
    kinds (and the forum diamonds); "person-dependent only" keeps only
    person-dependent ties. Actors always stay on the map.

Layout is computed here with a fixed seed and passed as positions (physics
off), and every list is in a fixed order, so the same data gives the same
file byte for byte. Every text from the data reaches the page as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
escaped, and the page puts it into the DOM with ``textContent`` only.

Examples
--------
>>> from samnet.model import Actor, Dataset, Kommun, Link
>>> from samnet.graph import build_network
>>> ds = Dataset({"k": Kommun("k", "K")},
...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"),
...               "b": Actor("b", "Polisen", "polis", "stat")},
...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"}),
...                    kommuner=frozenset({"k"})),))
>>> page = render_map(build_network(ds, "k"))
>>> page.startswith("<!DOCTYPE html>") and "Teckenförklaring" in page
True
"""

from __future__ import annotations

import html
import importlib.util
import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from samnet.errors import OutputError, UsageError
from samnet.graph import Network
from samnet.model import Forum, Link
from samnet.vocab import AREAS, GROUPS, HUVUDMAN, KINDS, LEVELS, SCOPES, TYPES, in_language

__all__ = [
    "SIZE_CHOICES",
    "LANGS",
    "ONE_WAY_COLOR",
    "PERSON_COLOR",
    "render_map",
    "render_maps_page",
    "drawn_counts",
]

#: Centralities a map can size its nodes by; the first is the default.
SIZE_CHOICES = ("strength", "degree", "betweenness", "eigenvector")

#: Languages of the page's own texts.
LANGS = ("sv", "en")

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
#: Highlighter-pen glow behind the edges a comparison points out.
HIGHLIGHT_COLOR = "rgba(240,200,0,0.95)"

_LEVEL_WIDTH = {1: 1.0, 2: 2.5, 3: 4.5, 4: 7.0}
_MIN_SIZE, _MAX_SIZE = 9.0, 34.0
_SEED = 42
#: Pixels per median edge length of the layout.
_UNIT = 110.0
#: Components up to this size get Kamada-Kawai, larger ones :func:`_large_layout`.
_KK_MAX = 150
# Above this many edges the page hides edges while dragging and zooming and
# skips hover effects: drawing thousands of lines per frame makes panning lag.
_BIG = 1500

_TEXTS = {
    "sv": {
        "title": "Samverkanskarta",
        "all": "Alla kommuner",
        "filters": "Filter",
        "levels": "Nivå i samverkanstrappan",
        "scopes": "Individ- eller strukturnivå",
        "areas": "Område",
        "show": "Visa",
        "one_way": "Envägslänkar (orosanmälan m.m.)",
        "forums": "Forum",
        "pd_only": "Endast personbundna band",
        "size_by": "Nodstorlek efter",
        "search": "Sök aktör",
        "search_go": "Visa",
        "search_placeholder": "Skriv ett namn …",
        "no_match": "Ingen träff",
        "fit": "Visa hela kartan",
        "legend": "Teckenförklaring",
        "node_colors": "Aktörstyp (färg)",
        "node_marks": "Markeringar",
        "edges": "Linjer",
        "forum_node": "Forum: alla medlemmar samverkar",
        "one_way_only": "Nås bara via envägslänkar",
        "person_only": "Isoleras utan personbundna band",
        "level_width": "Linjens bredd = nivå",
        "struktur_line": "Strukturnivå (heldragen)",
        "individ_line": "Endast individnivå (streckad)",
        "one_way_line": "Envägslänk (pil): inte samverkan",
        "person_line": "Personbundet band",
        "forum_line": "Medlem i forum",
        "highlight_line": "Skiljer kommunerna åt",
        "size_note": "Stor nod = central (se Nodstorlek efter)",
        "size_strength": "styrka (summa av nivåer)",
        "size_degree": "antal samverkanspartner",
        "size_betweenness": "mellanliggande (brobyggare)",
        "size_eigenvector": "egenvektor (band till centrala)",
        "actors": "aktörer",
        "ties": "samverkansband",
        "one_way_links": "envägslänkar",
        "forum_count": "forum",
        "pd_ties": "personbundna par",
        "pd_links": "personbundna länkar",
        "forum_only_ties": "par bara genom forum",
        "visible": "Visar {v} av {n} linjer",
        "central": "Mest centrala",
        "reached_one_way": "Nås bara via envägslänkar",
        "hangs": "Hänger på en person",
        "hangs_count": "{n} personbundna par ({m} personbundna länkar)",
        "none": "inga",
        "more": "och {n} till",
        "type": "Typ",
        "group": "Grupp",
        "huvudman": "Huvudman",
        "kommun": "Kommun",
        "several": "flera kommuner",
        "ref": "Källa",
        "note": "Anteckning",
        "metrics": "Mått",
        "degree": "Antal partner",
        "strength": "Styrka",
        "betweenness": "Mellanliggande",
        "eigenvector": "Egenvektor",
        "tie_list": "Band",
        "level": "nivå",
        "members": "medlemmar",
        "person_dependent": "personbundet",
        "close": "Stäng",
        "forum": "Forum",
        "map_of": "Karta",
        "wait": "Kartan ritas …",
        "no_js": "Kartan behöver JavaScript.",
    },
    "en": {
        "title": "Collaboration map",
        "all": "All municipalities",
        "filters": "Filters",
        "levels": "Level on the collaboration staircase",
        "scopes": "Individual or structural level",
        "areas": "Area",
        "show": "Show",
        "one_way": "One-way links (reports of concern etc.)",
        "forums": "Forums",
        "pd_only": "Person-dependent ties only",
        "size_by": "Node size by",
        "search": "Find actor",
        "search_go": "Show",
        "search_placeholder": "Type a name …",
        "no_match": "No match",
        "fit": "Show whole map",
        "legend": "Legend",
        "node_colors": "Actor type (colour)",
        "node_marks": "Marks",
        "edges": "Lines",
        "forum_node": "Forum: all members collaborate",
        "one_way_only": "Reached only by one-way links",
        "person_only": "Isolated without person-dependent ties",
        "level_width": "Line width = level",
        "struktur_line": "Structural level (solid)",
        "individ_line": "Individual level only (dashed)",
        "one_way_line": "One-way link (arrow): not collaboration",
        "person_line": "Person-dependent tie",
        "forum_line": "Member of a forum",
        "highlight_line": "Differs between the municipalities",
        "size_note": "Large node = central (see Node size by)",
        "size_strength": "strength (sum of levels)",
        "size_degree": "number of partners",
        "size_betweenness": "betweenness (bridging)",
        "size_eigenvector": "eigenvector (ties to central actors)",
        "actors": "actors",
        "ties": "collaboration ties",
        "one_way_links": "one-way links",
        "forum_count": "forums",
        "pd_ties": "person-dependent pairs",
        "pd_links": "person-dependent links",
        "forum_only_ties": "pairs only through forums",
        "visible": "Showing {v} of {n} lines",
        "central": "Most central",
        "reached_one_way": "Reached only by one-way links",
        "hangs": "Hangs on one person",
        "hangs_count": "{n} person-dependent pairs ({m} person-dependent links)",
        "none": "none",
        "more": "and {n} more",
        "type": "Type",
        "group": "Group",
        "huvudman": "Run by",
        "kommun": "Municipality",
        "several": "several municipalities",
        "ref": "Source",
        "note": "Note",
        "metrics": "Metrics",
        "degree": "Partners",
        "strength": "Strength",
        "betweenness": "Betweenness",
        "eigenvector": "Eigenvector",
        "tie_list": "Ties",
        "level": "level",
        "members": "members",
        "person_dependent": "person-dependent",
        "close": "Close",
        "forum": "Forum",
        "map_of": "Map",
        "wait": "Drawing the map …",
        "no_js": "The map needs JavaScript.",
    },
}


def _check_args(lang: str, size_by: str) -> None:
    if lang not in LANGS:
        raise UsageError(f'unknown language "{lang}"; choose one of: {", ".join(LANGS)}')
    if size_by not in SIZE_CHOICES:
        raise UsageError(f'cannot size nodes by "{size_by}"; choose one of: {", ".join(SIZE_CHOICES)}')


# ---------------------------------------------------------------- assets


@lru_cache(maxsize=None)
def _template(name: str) -> str:
    return (resources.files("samnet") / "templates" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _vis_js() -> str:
    """vis-network's JavaScript, from samnet/vendor if a copy is there, else from pyvis."""
    vendored = resources.files("samnet") / "vendor" / "vis-network.min.js"
    if vendored.is_file():
        return vendored.read_text(encoding="utf-8")
    # Locate pyvis without importing it: its __init__ pulls in IPython.
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise OutputError("pyvis is not installed; it provides vis-network for the maps (pip install pyvis)")
    path = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    return path.read_text(encoding="utf-8")


def _json_for_script(value: object) -> str:
    """JSON that cannot end its ``<script>`` block: ``<``, ``>`` and ``&`` become ``\\u`` escapes."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# ---------------------------------------------------------------- layout


def _large_layout(graph: nx.Graph, pivots: int = 40, iterations: int = 60) -> dict[str, tuple[float, float]]:
    """Positions for a large connected component in about linear time.

    Pivot MDS (Brandes & Pich 2006) gives the global shape from breadth-first
    distances to a few pivots; a Fruchterman-Reingold pass whose repulsion
    only reaches nearby nodes (a k-d tree finds them) then pulls ties tight
    and pushes apart nodes that landed on one another. No randomness at all:
    pivots are chosen farthest-first from the actor with most ties.
    """
    import numpy as np
    from scipy.spatial import cKDTree

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    neighbours = [[index[m] for m in graph[node]] for node in nodes]
    n = len(nodes)
    count = min(pivots, n)
    dist = np.zeros((n, count))
    nearest = np.full(n, np.inf)
    pivot = max(range(n), key=lambda i: (len(neighbours[i]), -i))
    for j in range(count):
        level = np.full(n, -1.0)
        level[pivot] = 0
        frontier = [pivot]
        while frontier:
            following = []
            for i in frontier:
                for m in neighbours[i]:
                    if level[m] < 0:
                        level[m] = level[i] + 1
                        following.append(m)
            frontier = following
        dist[:, j] = level
        nearest = np.minimum(nearest, level)
        pivot = int(np.argmax(nearest))
    squared = dist ** 2
    centred = squared - squared.mean(axis=0) - squared.mean(axis=1)[:, None] + squared.mean()
    u, sv, _ = np.linalg.svd(-0.5 * centred, full_matrices=False)
    pos = u[:, :2] * sv[:2]
    for d in range(2):  # the sign of a singular vector is arbitrary: fix it
        if pos[np.argmax(np.abs(pos[:, d])), d] < 0:
            pos[:, d] = -pos[:, d]
    edges = np.array(sorted((index[a], index[b]) for a, b in graph.edges()), dtype=int).reshape(-1, 2)
    lengths = np.hypot(*(pos[edges[:, 0]] - pos[edges[:, 1]]).T)
    pos /= max(float(np.median(lengths)), 1e-9)
    # Nodes at the same distances from every pivot coincide: nudge them apart
    # by a fixed, index-based spiral before the force pass separates them.
    angle = np.arange(n) * 2.399963
    pos += 0.05 * np.c_[np.cos(angle), np.sin(angle)]
    def gather(index: "np.ndarray", values: "np.ndarray") -> "np.ndarray":
        # bincount sums in array order (deterministic) and is far faster than np.add.at.
        return np.c_[np.bincount(index, values[:, 0], n), np.bincount(index, values[:, 1], n)]

    temperature = 0.5
    for step in range(iterations):
        # The tree is built from the same positions in the same order, so the
        # pairs come back in the same order: no sort needed for determinism.
        pairs = cKDTree(pos).query_pairs(r=1.5, output_type="ndarray").reshape(-1, 2)
        delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
        d2 = np.maximum((delta ** 2).sum(axis=1), 1e-4)
        repulse = delta / d2[:, None]
        delta = pos[edges[:, 0]] - pos[edges[:, 1]]
        attract = delta * np.sqrt((delta ** 2).sum(axis=1))[:, None]
        disp = (gather(pairs[:, 0], repulse) - gather(pairs[:, 1], repulse)
                - gather(edges[:, 0], attract) + gather(edges[:, 1], attract))
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature = 0.5 * (1 - (step + 1) / iterations) + 0.02
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for i, node in enumerate(nodes)}


def _spread(pos: dict[str, tuple[float, float]], min_dist: float = 0.9, stretch: float = 1.6,
            rounds: int = 60) -> dict[str, tuple[float, float]]:
    """Push apart nodes closer than ``min_dist``, keeping the shape of the layout.

    Hubs tied to everyone end up in a dense core, where labels overlap.
    Distances are measured with x divided by ``stretch`` because labels are
    wider than tall: two nodes side by side need more room than one above the other.
    """
    import numpy as np

    nodes = list(pos)
    if len(nodes) < 2:
        return pos
    xy = np.array([pos[n] for n in nodes], dtype=float)
    xy[:, 0] /= stretch
    n = len(nodes)
    first, second = np.triu_indices(n, 1)
    # Fixed directions for nodes that sit exactly on top of each other.
    angle = np.arange(n) * 2.399963
    fallback = np.c_[np.cos(angle), np.sin(angle)]
    for _ in range(rounds):
        delta = xy[second] - xy[first]
        d = np.hypot(delta[:, 0], delta[:, 1])
        close = d < min_dist
        if not close.any():
            break
        i, j, delta, d = first[close], second[close], delta[close], d[close]
        unit = np.where(d[:, None] > 1e-9, delta / np.maximum(d, 1e-9)[:, None], fallback[j] - fallback[i])
        push = unit * ((min_dist - d) * 0.5)[:, None]
        move = np.zeros_like(xy)
        for k in range(2):
            move[:, k] = np.bincount(j, push[:, k], n) - np.bincount(i, push[:, k], n)
        xy += 0.5 * move
    xy[:, 0] *= stretch
    return {node: (float(xy[k, 0]), float(xy[k, 1])) for k, node in enumerate(nodes)}


def _component_positions(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions of one connected component, scaled so its median edge is 1 long."""
    nodes = list(graph)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) <= _KK_MAX:
        # Kamada-Kawai has no randomness and spaces small networks evenly, but
        # its cost grows with the square of the size.
        pos = nx.kamada_kawai_layout(graph, weight=None)
        lengths = sorted(math.dist(pos[u], pos[v]) for u, v in graph.edges())
        unit = lengths[len(lengths) // 2] or 1.0
        return _spread({node: (float(pos[node][0]) / unit, float(pos[node][1]) / unit) for node in nodes})
    else:
        pos = _large_layout(graph)
    lengths = sorted(math.dist(pos[u], pos[v]) for u, v in graph.edges())
    unit = lengths[len(lengths) // 2] or 1.0
    return {node: (float(pos[node][0]) / unit, float(pos[node][1]) / unit) for node in nodes}


def _layout(node_ids: list[str], edges: list[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Deterministic positions in page pixels, rounded to integers.

    Each connected component is laid out on its own and the components are
    packed in rows, largest first, so that isolated actors and small islands
    sit beside the main network instead of being flung to its rim.
    """
    graph = nx.Graph()
    graph.add_nodes_from(node_ids)
    graph.add_edges_from((u, v) for u, v in edges if u != v)
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    boxes = []
    for component in components:
        # A fresh graph in sorted order: a subgraph view iterates its nodes in
        # set order, which changes with the hash seed and so would the layout.
        sub = nx.Graph()
        sub.add_nodes_from(component)
        sub.add_edges_from(sorted(tuple(sorted(e)) for e in graph.subgraph(component).edges()))
        pos = _component_positions(sub)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        boxes.append((pos, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    gap = 1.0
    area = sum((w + gap) * (h + gap) for _, _, _, w, h in boxes)
    row_width = max([math.sqrt(area) * 1.3] + [w for _, _, _, w, _ in boxes])
    placed: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for pos, left, top, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, (px, py) in pos.items():
            placed[node] = (int(round((x + px - left) * _UNIT)), int(round((y + py - top) * _UNIT)))
        x += w + gap
        row_height = max(row_height, h)
    return placed


# ---------------------------------------------------------------- one network


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


def _scaled_sizes(values: dict[str, float]) -> dict[str, float]:
    top = max(values.values(), default=0.0)
    if top <= 0:
        return {k: 12.0 for k in values}
    # Square root: the node's area, not its radius, follows the value.
    return {k: round(_MIN_SIZE + (_MAX_SIZE - _MIN_SIZE) * math.sqrt(max(v, 0.0) / top), 1)
            for k, v in values.items()}


def _scopes_dashed(scopes: frozenset[str]) -> bool:
    return bool(scopes) and "struktur" not in scopes


def _forum_node_id(forum: Forum) -> str:
    # A colon never occurs in data ids, so forum nodes cannot collide with actors.
    return f"forum:{forum.id}"


def _tie_json(tie: Link | Forum) -> dict:
    if isinstance(tie, Forum):
        return {
            "k": "forum", "id": _forum_node_id(tie), "name": tie.name, "m": list(tie.members),
            "level": tie.level, "scopes": sorted(tie.scopes), "areas": sorted(tie.areas),
            "pd": tie.person_dependent, "ref": tie.ref or "", "note": tie.note or "",
        }
    return {
        "k": tie.kind, "s": tie.source, "t": tie.target, "level": tie.level,
        "scopes": sorted(tie.scopes), "areas": sorted(tie.areas), "pd": tie.person_dependent,
        "ref": tie.ref or "", "note": tie.note or "",
    }


def drawn_counts(network: Network) -> tuple[int, int]:
    """How many nodes and edges :func:`render_map` draws for a network, by the rule above.

    Examples
    --------
    >>> from samnet.model import Actor, Dataset, Forum, Link
    >>> from samnet.graph import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abc"},
    ...              (Link(0, "a", "b", "orosanmalan"),),
    ...              (Forum("f", "F", ("a", "b", "c"), 2, frozenset({"struktur"})),))
    >>> drawn_counts(build_network(ds))
    (4, 4)
    """
    pairs = sum(
        1 for _, _, d in network.samverkan.edges(data=True) if any(isinstance(t, Link) for t in d["ties"])
    )
    members = sum(len(dict.fromkeys(f.members)) for f in network.forums)
    return len(network.actors) + len(network.forums), pairs + len(network.one_way) + members


def _network_data(network: Network, metrics: dict, lang: str, size_by: str,
                  highlight: frozenset = frozenset(), key: str = "m0") -> dict:
    """Nodes, edges, ties and figures of one map, as the page's JSON."""
    # Lazy: importing pyvis imports IPython, which is slow.
    from pyvis.edge import Edge as PyvisEdge
    from pyvis.node import Node as PyvisNode

    t = _TEXTS[lang]
    actors = network.actors
    graph = network.samverkan
    rows = {row["id"]: row for row in metrics.get("centrality", [])}
    one_way_only = set(metrics.get("one_way_only", []))
    person_only = set(metrics.get("isolated_without_person_dependent", []))

    pair_edges = [
        (u, v, d) for u, v, d in graph.edges(data=True) if any(isinstance(tie, Link) for tie in d["ties"])
    ]
    forum_members = [(f, list(dict.fromkeys(f.members))) for f in network.forums]

    layout_edges = [(u, v) for u, v, _ in pair_edges]
    layout_edges += [(link.source, link.target) for link in network.one_way]
    layout_edges += [(_forum_node_id(f), m) for f, members in forum_members for m in members]
    pos = _layout(list(actors) + [_forum_node_id(f) for f, _ in forum_members], layout_edges)

    values = {
        choice: {a: float(rows.get(a, {}).get(choice, 0) or 0) for a in actors} for choice in SIZE_CHOICES
    }
    sizes = {choice: _scaled_sizes(values[choice]) for choice in SIZE_CHOICES}
    big = len(pair_edges) + len(network.one_way) > _BIG
    # Long names crowd the map: nodes show a short label, the tooltip, the
    # search and the side panel the full name.
    labels = _labels({**{a: actor.name for a, actor in actors.items()},
                      **{_forum_node_id(f): f.name for f, _ in forum_members}})

    # pyvis's Node and Edge give the vis-network items. Its Network.add_node and
    # add_edge are not used: they look every id up in a list (quadratic on a
    # national map) and, undirected, drop parallel one-way links of a pair.
    vis_nodes: list[dict] = []
    vis_edges: list[dict] = []

    def add_node(node_id: str, *, label: str, shape: str, **options) -> None:
        vis_nodes.append(PyvisNode(node_id, shape, label=label, **options).options)

    def add_edge(source: str, target: str, **options) -> None:
        vis_edges.append(PyvisEdge(source, target, directed=False, **options).options)

    for actor_id, actor in actors.items():
        group = GROUPS[TYPES[actor.type].group] if actor.type in TYPES else GROUPS["regional"]
        type_label = in_language((TYPES[actor.type].sv, TYPES[actor.type].en), lang) if actor.type in TYPES else actor.type
        border, width, dashes = group.color, 1.5, False
        if actor_id in one_way_only:
            border, width, dashes = ONE_WAY_COLOR, 4, [5, 4]
        elif actor_id in person_only:
            border, width = PERSON_COLOR, 4
        row = rows.get(actor_id, {})
        x, y = pos[actor_id]
        add_node(
            actor_id,
            label=labels[actor_id],
            shape="dot",
            color={"background": group.color, "border": border,
                   "highlight": {"background": group.color, "border": "#000000"},
                   "hover": {"background": group.color, "border": "#000000"}},
            borderWidth=width,
            borderWidthSelected=width + 2,
            shapeProperties={"borderDashes": dashes},
            size=sizes[size_by][actor_id],
            x=x, y=y,
            title=f"{actor.name}\n{type_label}",
            # Fields below are samnet's own, read by the page's script.
            cat="actor",
            name=actor.name,
            type=actor.type,
            typeLabel=type_label,
            tgroup=group.id,
            huvudman=in_language(HUVUDMAN[actor.huvudman], lang) if actor.huvudman in HUVUDMAN else actor.huvudman,
            kommun=network.kommun_names.get(actor.kommun, actor.kommun) if actor.kommun else "",
            ref=actor.ref or "",
            note=actor.note or "",
            metrics={k: row.get(k, 0) for k in SIZE_CHOICES},
            sizes={k: sizes[k][actor_id] for k in SIZE_CHOICES},
            oneWayOnly=actor_id in one_way_only,
            personOnly=actor_id in person_only,
        )
    for forum, members in forum_members:
        fid = _forum_node_id(forum)
        x, y = pos[fid]
        add_node(
            fid,
            label=labels[fid],
            shape="diamond",
            color={"background": FORUM_FILL, "border": PERSON_COLOR if forum.person_dependent else FORUM_BORDER,
                   "highlight": {"background": "#EEEEEE", "border": "#000000"},
                   "hover": {"background": "#EEEEEE", "border": "#000000"}},
            borderWidth=3 if forum.person_dependent else 2,
            size=round(10 + 3 * math.sqrt(len(members)), 1),
            x=x, y=y,
            title=f"{t['forum']}: {forum.name}\n{len(members)} {t['members']}",
            font={"size": 12, "color": "#444444"},
            cat="forum",
            name=forum.name,
            level=forum.level,
            scopes=sorted(forum.scopes),
            areas=sorted(forum.areas),
            pd=forum.person_dependent,
            members=members,
            ref=forum.ref or "",
            note=forum.note or "",
        )

    def line(color: str) -> dict:
        return {"color": color, "highlight": "#000000", "hover": "#000000", "inherit": False}

    def type_pair(u: str, v: str) -> frozenset:
        return frozenset({actors[u].type, actors[v].type})

    level_word = {n: in_language((lv.sv, lv.en), lang) for n, lv in LEVELS.items()}
    scope_word = {s: in_language(v, lang) for s, v in SCOPES.items()}

    def describe(level: int | None, scopes: frozenset, areas: frozenset, pd: bool) -> str:
        parts = []
        if level is not None:
            parts.append(f"{t['level']} {level} ({level_word.get(level, level)})")
        parts.extend(scope_word.get(s, s) for s in sorted(scopes))
        text = " · ".join(parts)
        if areas:
            text += "\n" + ", ".join(sorted(areas))
        if pd:
            text += "\n" + t["person_dependent"]
        return text

    for u, v, d in pair_edges:
        pd = d["person_dependent"]
        add_edge(
            u, v,
            id=f"p:{u}|{v}",
            arrows={"to": {"enabled": False}},
            width=_LEVEL_WIDTH.get(d["level"], 1.0),
            dashes=_scopes_dashed(d["scopes"]),
            color=line(PERSON_COLOR if pd else EDGE_COLOR),
            title=f"{actors[u].name} – {actors[v].name}\n{describe(d['level'], d['scopes'], d['areas'], pd)}",
            cat="pair",
            level=d["level"],
            scopes=sorted(d["scopes"]),
            areas=sorted(d["areas"]),
            pd=pd,
            hl=type_pair(u, v) in highlight,
        )
    for link in network.one_way:
        add_edge(
            link.source, link.target,
            id=f"o:{link.index}",
            arrows={"to": {"enabled": True, "scaleFactor": 0.8}},
            width=2,
            dashes=False,
            # A slight curve keeps an arrow visible beside a samverkan line on the same pair.
            smooth={"enabled": True, "type": "curvedCW", "roundness": 0.18},
            color=line(ONE_WAY_COLOR),
            title=f"{actors[link.source].name} → {actors[link.target].name}\n{in_language(KINDS[link.kind], lang)}",
            cat="oneway",
            kind=link.kind,
            level=None,
            scopes=sorted(link.scopes),
            areas=sorted(link.areas),
            pd=link.person_dependent,
            hl=type_pair(link.source, link.target) in highlight,
        )
    for forum, members in forum_members:
        fid = _forum_node_id(forum)
        for member in members:
            hl = any(type_pair(member, other) in highlight for other in members if other != member)
            add_edge(
                fid, member,
                id=f"f:{forum.id}|{member}",
                arrows={"to": {"enabled": False}},
                width=1,
                dashes=[2, 4] if _scopes_dashed(forum.scopes) else False,
                color=line(PERSON_COLOR if forum.person_dependent else FORUM_EDGE_COLOR),
                title=f"{actors[member].name} – {forum.name}\n"
                      f"{describe(forum.level, forum.scopes, forum.areas, forum.person_dependent)}",
                cat="forum",
                level=forum.level,
                scopes=sorted(forum.scopes),
                areas=sorted(forum.areas),
                pd=forum.person_dependent,
                hl=hl,
            )
    for edge in vis_edges:
        if edge.pop("hl"):
            edge["shadow"] = {"enabled": True, "color": HIGHLIGHT_COLOR, "size": 14, "x": 0, "y": 0}
            edge["hl"] = True

    ties = [_tie_json(tie) for tie in network.links + network.one_way]
    ties.sort(key=lambda tie: (tie["s"], tie["t"], tie["k"]))
    ties += [_tie_json(f) for f in network.forums]

    # A län keeps its own name; only the network of every kommun is called "all" in the page's language.
    name = network.name if network.kommun is not None or network.region_id != "all" else t["all"]
    return {
        "key": key,
        "id": network.id,
        "name": name,
        "kommun": network.kommun.name if network.kommun is not None else "",
        "big": big,
        "nodes": vis_nodes,
        "edges": vis_edges,
        "ties": ties,
        "summary": {
            "actors": len(actors),
            "ties": graph.number_of_edges(),
            "one_way_links": len(network.one_way),
            "forum_count": len(network.forums),
            "pd_ties": sum(1 for _, _, d in graph.edges(data=True) if d["person_dependent"]),
            **_fair_summary(network, lang),
        },
    }


def _fair_summary(network: Network, lang: str) -> dict:
    # Issue #10: forum-only pairs, person-dependent links and the dominating-forum warning.
    from samnet.dependence import person_dependent_links
    from samnet.described import tie_split
    from samnet.forums import driver_warning, forum_drivers

    split = tie_split(network)
    return {
        "forum_only_ties": split["forum_only_ties"],
        "pd_links": len(person_dependent_links(network)),
        "warning": driver_warning(forum_drivers(network), split["samverkan_ties"], lang) or "",
    }


def _ui_data(lang: str, size_by: str) -> dict:
    t = _TEXTS[lang]
    return {
        "lang": lang,
        "sizeBy": size_by,
        "t": t,
        "kinds": {k: in_language(v, lang) for k, v in KINDS.items()},
        "levels": {str(n): in_language((lv.sv, lv.en), lang) for n, lv in LEVELS.items()},
        "scopes": {k: in_language(v, lang) for k, v in SCOPES.items()},
        "areas": {k: in_language(v, lang) for k, v in AREAS.items()},
        "groups": {g.id: in_language((g.sv, g.en), lang) for g in GROUPS.values()},
        "options": {
            "autoResize": True,
            "physics": False,
            "layout": {"improvedLayout": False, "randomSeed": _SEED},
            "interaction": {"hover": True, "tooltipDelay": 200, "navigationButtons": False,
                            "keyboard": False, "multiselect": False, "zoomSpeed": 0.6},
            "nodes": {"font": {"size": 18, "face": "system-ui, 'Segoe UI', Roboto, Arial, sans-serif",
                               "color": "#1A1A1A", "strokeWidth": 4, "strokeColor": "#FFFFFF"}},
            "edges": {"smooth": False, "selectionWidth": 1.5, "hoverWidth": 0.5},
        },
    }


# ---------------------------------------------------------------- page parts


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _line_svg(color: str, width: float, dash: str = "", arrow: bool = False, glow: bool = False) -> str:
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    head = (f'<path d="M34 4 L42 9 L34 14 z" fill="{color}"/>' if arrow else "")
    under = (f'<line x1="2" y1="9" x2="42" y2="9" stroke="{HIGHLIGHT_COLOR}" stroke-width="12" '
             f'stroke-linecap="round"/>' if glow else "")
    x2 = 34 if arrow else 42
    return (f'<svg class="sw" width="44" height="18" viewBox="0 0 44 18" aria-hidden="true">{under}'
            f'<line x1="2" y1="9" x2="{x2}" y2="9" stroke="{color}" stroke-width="{width}"{extra}/>'
            f'{head}</svg>')


def _dot_svg(fill: str, border: str, width: float = 1.5, dash: str = "") -> str:
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<svg class="sw" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">'
            f'<circle cx="10" cy="10" r="7" fill="{fill}" stroke="{border}" stroke-width="{width}"{extra}/>'
            '</svg>')


def _diamond_svg() -> str:
    return ('<svg class="sw" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">'
            f'<path d="M10 2 L18 10 L10 18 L2 10 z" fill="{FORUM_FILL}" stroke="{FORUM_BORDER}" '
            'stroke-width="2"/></svg>')


def _legend(lang: str, groups: list[str], highlight: bool) -> str:
    t = _TEXTS[lang]
    items = ['<section class="legend" id="legend" aria-label="' + _e(t["legend"]) + '">',
             f'<h2>{_e(t["legend"])}</h2>', f'<h3>{_e(t["node_colors"])}</h3>', "<ul>"]
    for gid in groups:
        g = GROUPS[gid]
        label = _e(in_language((g.sv, g.en), lang))
        items.append(f'<li data-group="{_e(gid)}">{_dot_svg(g.color, g.color)}<span>{label}</span></li>')
    items += ["</ul>", f'<h3>{_e(t["node_marks"])}</h3>', "<ul>",
              f'<li>{_diamond_svg()}<span>{_e(t["forum_node"])}</span></li>',
              f'<li>{_dot_svg("#DDDDDD", ONE_WAY_COLOR, 3, "4 3")}<span>{_e(t["one_way_only"])}</span></li>',
              f'<li>{_dot_svg("#DDDDDD", PERSON_COLOR, 3)}<span>{_e(t["person_only"])}</span></li>',
              f'<li><span class="note">{_e(t["size_note"])}</span></li>',
              "</ul>", f'<h3>{_e(t["edges"])}</h3>', "<ul>"]
    for n, lv in LEVELS.items():
        label = _e(in_language((lv.sv, lv.en), lang))
        items.append(f'<li>{_line_svg(EDGE_COLOR, _LEVEL_WIDTH[n])}<span>{n} {label}</span></li>')
    items += [f'<li>{_line_svg(EDGE_COLOR, 2.5)}<span>{_e(t["struktur_line"])}</span></li>',
              f'<li>{_line_svg(EDGE_COLOR, 2.5, "6 4")}<span>{_e(t["individ_line"])}</span></li>',
              f'<li>{_line_svg(ONE_WAY_COLOR, 2, arrow=True)}<span>{_e(t["one_way_line"])}</span></li>',
              f'<li>{_line_svg(PERSON_COLOR, 2.5)}<span>{_e(t["person_line"])}</span></li>',
              f'<li>{_line_svg(FORUM_EDGE_COLOR, 1)}<span>{_e(t["forum_line"])}</span></li>']
    if highlight:
        items.append(f'<li>{_line_svg(EDGE_COLOR, 2.5, glow=True)}<span>{_e(t["highlight_line"])}</span></li>')
    items += ["</ul>", "</section>"]
    return "\n".join(items)


def _checkbox(kind: str, value: str, label: str, checked: bool = True, swatch: str = "") -> str:
    state = " checked" if checked else ""
    return (f'<label class="check">{swatch}<input type="checkbox" data-filter="{_e(kind)}" '
            f'value="{_e(value)}"{state}><span>{_e(label)}</span></label>')


def _controls(lang: str, size_by: str) -> str:
    t = _TEXTS[lang]
    parts = [
        f'<section class="search"><label for="search">{_e(t["search"])}</label>',
        '<div class="row"><input type="search" id="search" list="actor-names" autocomplete="off" '
        f'placeholder="{_e(t["search_placeholder"])}">'
        f'<button type="button" id="search-go">{_e(t["search_go"])}</button></div>',
        '<datalist id="actor-names"></datalist>'
        '<div id="search-status" class="status" aria-live="polite"></div></section>',
        f'<section class="filters" id="filters"><h2>{_e(t["filters"])}</h2>',
        f'<fieldset><legend>{_e(t["levels"])}</legend>',
    ]
    for n, lv in LEVELS.items():
        parts.append(_checkbox("level", str(n), f"{n} {in_language((lv.sv, lv.en), lang)}",
                               swatch=_line_svg(EDGE_COLOR, _LEVEL_WIDTH[n])))
    parts.append(f'</fieldset><fieldset><legend>{_e(t["scopes"])}</legend>')
    for s, labels in SCOPES.items():
        parts.append(_checkbox("scope", s, in_language(labels, lang)))
    parts.append(f'</fieldset><fieldset><legend>{_e(t["areas"])}</legend>')
    for a, labels in AREAS.items():
        parts.append(_checkbox("area", a, f"{in_language(labels, lang)} ({a})"))
    parts.append(f'</fieldset><fieldset><legend>{_e(t["show"])}</legend>')
    parts.append(_checkbox("oneway", "1", t["one_way"], swatch=_line_svg(ONE_WAY_COLOR, 2, arrow=True)))
    parts.append(_checkbox("forums", "1", t["forums"], swatch=_diamond_svg()))
    parts.append(_checkbox("pdonly", "1", t["pd_only"], checked=False, swatch=_line_svg(PERSON_COLOR, 2.5)))
    parts.append("</fieldset>")
    parts.append(f'<label class="select" for="size-by">{_e(t["size_by"])}</label><select id="size-by">')
    for choice in SIZE_CHOICES:
        sel = " selected" if choice == size_by else ""
        parts.append(f'<option value="{choice}"{sel}>{_e(t["size_" + choice])}</option>')
    parts.append(f'</select><button type="button" id="fit">{_e(t["fit"])}</button>'
                 '<div id="visible-count" class="status" aria-live="polite"></div></section>')
    return "\n".join(parts)


def _page(*, lang: str, title: str, size_by: str, maps: list[dict], groups: list[str],
          highlight: bool, intro_html: str = "") -> str:
    t = _TEXTS[lang]
    panels = []
    for data in maps:
        panels.append(
            f'<section class="panel" data-map="{_e(data["key"])}">'
            + (f'<h2 class="panel-title">{_e(data["name"])}</h2>' if len(maps) > 1 else "")
            + '<div class="findings"></div>'
            f'<div class="map-canvas" id="canvas-{_e(data["key"])}" role="img" '
            f'aria-label="{_e(t["map_of"])}: {_e(data["name"])}">'
            f'<p class="wait">{_e(t["wait"])}</p></div>'
            f'<script type="application/json" class="samnet-data">{_json_for_script(data)}</script>'
            "</section>"
        )
    ordered = [g for g in GROUPS if g in set(groups)] or list(GROUPS)
    parts = {
        "LANG": lang,
        "TITLE": _e(title),
        "CSS": _template("map.css"),
        "VIS_JS": _vis_js(),
        "APP_JS": _template("map.js"),
        "INTRO": intro_html,
        "CONTROLS": _controls(lang, size_by),
        "LEGEND": _legend(lang, ordered, highlight),
        "PANELS": "\n".join(panels),
        "LAYOUT": "single" if len(maps) == 1 else "multi",
        "UI": _json_for_script(_ui_data(lang, size_by)),
        "NO_JS": _e(t["no_js"]),
        "CLOSE": _e(t["close"]),
    }
    # One pass over the template only: inlined JavaScript and data are never
    # scanned for placeholders, whatever braces they contain.
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], _template("map.html"))


def _metrics_for(network: Network, metrics: dict | None) -> dict:
    if metrics is not None:
        return metrics
    from samnet.metrics import analyze_network  # lazy: not every caller needs it

    return analyze_network(network)


def _groups_of(network: Network) -> set[str]:
    return {TYPES[a.type].group if a.type in TYPES else "regional" for a in network.actors.values()}


# ---------------------------------------------------------------- public API


def render_map(network: Network, metrics: dict | None = None, *, lang: str = "sv",
               size_by: str = "strength", title: str | None = None) -> str:
    """One self-contained, interactive HTML page for one network.

    Parameters
    ----------
    network : Network
        From :func:`samnet.graph.build_network` (one kommun, or ``None`` for the region).
    metrics : dict, optional
        The dict of :func:`samnet.metrics.analyze_network` for ``network``;
        computed when omitted.
    lang : {"sv", "en"}
        Language of the page's texts (data texts are shown as they are).
    size_by : {"strength", "degree", "betweenness", "eigenvector"}
        The centrality the nodes are sized by at first; the page can switch.
    title : str, optional
        Page title; "Samverkanskarta – <kommun>" by default.

    Returns
    -------
    str
        The HTML page. Write it as UTF-8; it requests nothing from any network.

    Raises
    ------
    UsageError
        For an unknown ``lang`` or ``size_by``.

    Examples
    --------
    >>> from samnet.model import Actor, Dataset
    >>> from samnet.graph import build_network
    >>> ds = Dataset({}, {"a": Actor("a", "<b>IFO</b>", "ifo", "kommun")})
    >>> page = render_map(build_network(ds), lang="en")
    >>> "<b>IFO</b>" in page, "Legend" in page
    (False, True)
    """
    _check_args(lang, size_by)
    data = _network_data(network, _metrics_for(network, metrics), lang, size_by)
    if title is None:
        title = f"{_TEXTS[lang]['title']} – {data['name']}"
    return _page(lang=lang, title=title, size_by=size_by, maps=[data],
                 groups=sorted(_groups_of(network)), highlight=False)


def render_maps_page(panels, *, lang: str = "sv", title: str, size_by: str = "strength",
                     intro_html: str = "") -> str:
    """Several maps side by side in one self-contained page (used by ``samnet compare``).

    Parameters
    ----------
    panels : list of (Network, dict or None, set of frozenset)
        Each map's network, its metrics (computed when None) and the actor
        type pairs (``frozenset({type_a, type_b})``) whose edges get a
        highlighter glow.
    lang : {"sv", "en"}
    title : str
        Page title (escaped here).
    size_by : {"strength", "degree", "betweenness", "eigenvector"}
    intro_html : str
        Trusted, already escaped HTML shown above the maps.

    Returns
    -------
    str

    Examples
    --------
    >>> from samnet.model import Actor, Dataset, Kommun, Link
    >>> from samnet.graph import build_network
    >>> ds = Dataset({"k": Kommun("k", "K"), "m": Kommun("m", "M")},
    ...              {"a": Actor("a", "IFO", "ifo", "kommun", "k"),
    ...               "b": Actor("b", "IFO", "ifo", "kommun", "m")})
    >>> page = render_maps_page([(build_network(ds, "k"), None, set()),
    ...                          (build_network(ds, "m"), None, set())], title="K & M")
    >>> "K &amp; M" in page and page.count('class="samnet-data"') == 2
    True
    """
    _check_args(lang, size_by)
    maps, groups, any_highlight = [], set(), False
    for i, (network, metrics, highlight) in enumerate(panels):
        highlight = frozenset(highlight or ())
        any_highlight = any_highlight or bool(highlight)
        maps.append(_network_data(network, _metrics_for(network, metrics), lang, size_by,
                                  highlight=highlight, key=f"m{i}"))
        groups |= _groups_of(network)
    return _page(lang=lang, title=title, size_by=size_by, maps=maps, groups=sorted(groups),
                 highlight=any_highlight, intro_html=intro_html)
