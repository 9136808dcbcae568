"""Measure a samverkan network: counts, trappa profiles, centrality, one-way reach, person-dependence.

Every figure here is computed on the merged samverkan graph of
:mod:`samnet.graph`; one-way links (orosanmälan and the like) are counted
and listed on their own and never add to centrality, density or levels.

Definitions
-----------
degree
    Number of actors an actor has samverkan with.
strength
    Sum of the trappa levels of its samverkan edges (so a level-3 tie counts
    three times a level-1 talk).
betweenness
    Share of shortest samverkan paths between other actors that pass through
    it (normalised, unweighted: a link is a link, whatever its level). Exact
    up to :data:`EXACT_BETWEENNESS_LIMIT` actors, which covers any kommun and
    most län; above that (a national map) it is estimated from a seeded sample
    of :data:`BETWEENNESS_SAMPLE` source actors, and ``betweenness_estimated``
    says so. Exact betweenness grows with actors times ties: for all of
    Sweden it would take minutes.
eigenvector
    Eigenvector centrality with edges weighted by level: high for actors tied
    at high levels to actors that are themselves central.
one-way only
    Actors that take part in at least one one-way link and in no samverkan.
reach social services only one-way
    Actors that send an orosanmälan (or another one-way link) to social
    services (IFO, socialtjänst) but have samverkan with none of its units:
    000 §6, "en orosanmälan är en envägskommunikation".
person-dependent loss
    What the samverkan graph loses when every person-dependent edge is
    removed: actors left isolated, components before and after, and the
    number of actor pairs that can no longer reach each other.

Examples
--------
>>> from samnet.model import Actor, Dataset, Kommun, Link
>>> from samnet.graph import build_network
>>> def link(i, s, t, level=2, pd=False):
...     return Link(i, s, t, "samverkan", level, frozenset({"individ"}), pd, frozenset(), frozenset({"k"}))
>>> ds = Dataset({"k": Kommun("k", "K")},
...              {i: Actor(i, i, "ifo", "kommun", "k") for i in "abc"},
...              (link(0, "a", "b", 3), link(1, "b", "c", 1, pd=True)))
>>> m = analyze_network(build_network(ds, "k"))
>>> m["samverkan_ties"], m["density"], m["isolated_without_person_dependent"]
(2, 0.666667, ['c'])
>>> [(r["id"], r["strength"], r["betweenness"]) for r in m["centrality"]]
[('b', 4, 1.0), ('a', 3, 0.0), ('c', 1, 0.0)]
"""

from __future__ import annotations

import math
from collections import Counter

import networkx as nx

from samnet.graph import Network, build_network, select_kommuner
from samnet.model import Dataset, scope_class
from samnet.vocab import AREAS, ONE_WAY_KINDS, TYPES

__all__ = [
    "analyze",
    "analyze_network",
    "centrality",
    "eigenvector_centrality",
    "person_dependent_loss",
    "level_profile",
    "CENTRALITY_FIELDS",
    "EXACT_BETWEENNESS_LIMIT",
    "BETWEENNESS_SAMPLE",
]

#: The per-actor columns of ``metrics.csv`` and of the ``centrality`` rows, in order.
CENTRALITY_FIELDS = (
    "id", "name", "type", "huvudman", "kommun", "degree", "strength", "betweenness", "eigenvector",
    "one_way_out", "one_way_in",
)

_DIGITS = 6

#: Networks with more actors than this get estimated betweenness (see the module docstring).
EXACT_BETWEENNESS_LIMIT = 1000

#: How many source actors the estimate starts shortest paths from.
BETWEENNESS_SAMPLE = 100


def _round(value: float) -> float:
    # Rounding makes the output stable across platforms whose last float digits differ.
    rounded = round(float(value), _DIGITS)
    return 0.0 if rounded == 0 else rounded


def level_profile(edges: list[dict]) -> dict:
    """Count edges per trappa level and per scope class.

    Parameters
    ----------
    edges : list of dict
        Edge attribute dicts of the samverkan graph.

    Returns
    -------
    dict
        ``{"levels": {"1": n, ..., "4": n}, "scopes": {"individ": n, "struktur": n, "both": n}, "ties": n}``

    Examples
    --------
    >>> level_profile([{"level": 2, "scopes": frozenset({"individ"})},
    ...                {"level": 3, "scopes": frozenset({"individ", "struktur"})}])
    {'levels': {'1': 0, '2': 1, '3': 1, '4': 0}, 'scopes': {'individ': 1, 'struktur': 0, 'both': 1}, 'ties': 2}
    """
    levels = Counter(str(d["level"]) for d in edges)
    scopes = Counter(scope_class(d["scopes"]) for d in edges)
    return {
        "levels": {str(n): levels.get(str(n), 0) for n in range(1, 5)},
        "scopes": {s: scopes.get(s, 0) for s in ("individ", "struktur", "both")},
        "ties": len(edges),
    }


def eigenvector_centrality(graph: nx.Graph, weight: str = "level", *, tol: float = 1e-10,
                           max_iter: int = 10_000) -> dict[str, float]:
    """Weighted eigenvector centrality by power iteration on A + I, as networkx computes it.

    The same iteration, start vector and stopping rule as
    :func:`networkx.eigenvector_centrality` (so the same numbers), run over
    plain lists: networkx's adjacency views cost most of the time when
    every kommun of the country is analysed. Iterating on A + I instead of A
    makes the iteration converge on bipartite graphs too.

    Raises
    ------
    networkx.PowerIterationFailedConvergence
        If ``max_iter`` iterations do not reach ``tol``.

    Examples
    --------
    >>> g = nx.Graph([("a", "b", {"level": 2}), ("b", "c", {"level": 2})])
    >>> {k: round(v, 4) for k, v in eigenvector_centrality(g).items()}
    {'a': 0.5, 'b': 0.7071, 'c': 0.5}
    """
    nodes = list(graph)
    position = {node: i for i, node in enumerate(nodes)}
    neighbours = [
        [(position[v], data.get(weight, 1)) for v, data in graph._adj[u].items()] for u in nodes
    ]
    count = len(nodes)
    x = [1.0 / count] * count
    for _ in range(max_iter):
        last = x
        x = last[:]
        for i, row in enumerate(neighbours):
            xi = last[i]
            for j, w in row:
                x[j] += xi * w
        norm = math.sqrt(sum(v * v for v in x)) or 1.0
        x = [v / norm for v in x]
        if sum(abs(a - b) for a, b in zip(x, last)) < count * tol:
            return dict(zip(nodes, x))
    raise nx.PowerIterationFailedConvergence(max_iter)


def centrality(network: Network) -> dict[str, dict[str, float]]:
    """Degree, strength, betweenness and level-weighted eigenvector centrality per actor.

    Examples
    --------
    >>> from samnet.model import Actor, Dataset, Link
    >>> from samnet.graph import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"},
    ...              (Link(0, "a", "b", "samverkan", 4, frozenset({"struktur"})),))
    >>> centrality(build_network(ds))["a"]
    {'degree': 1, 'strength': 4, 'betweenness': 0.0, 'eigenvector': 0.707107}
    """
    graph = network.samverkan
    if len(graph) > EXACT_BETWEENNESS_LIMIT:
        # The seed makes the estimate the same on every run.
        betweenness = nx.betweenness_centrality(graph, k=BETWEENNESS_SAMPLE, normalized=True, seed=0)
    else:
        betweenness = nx.betweenness_centrality(graph, normalized=True)
    if graph.number_of_edges():
        eigen = eigenvector_centrality(graph, weight="level")
    else:
        eigen = dict.fromkeys(graph, 0.0)
    return {
        node: {
            "degree": graph.degree(node),
            "strength": graph.degree(node, weight="level"),
            "betweenness": _round(betweenness[node]),
            "eigenvector": _round(eigen[node]),
        }
        for node in graph
    }


def _reachable_pairs(graph: nx.Graph) -> int:
    return sum(len(c) * (len(c) - 1) // 2 for c in nx.connected_components(graph))


def person_dependent_loss(network: Network) -> dict:
    """What the samverkan graph loses without its person-dependent edges.

    Returns
    -------
    dict
        ``isolated`` (actors tied before and isolated after), ``components_before``,
        ``components_after`` and ``pairs_disconnected`` (actor pairs that could
        reach each other before and cannot after).

    Examples
    --------
    >>> from samnet.model import Actor, Dataset, Link
    >>> from samnet.graph import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abc"},
    ...              (Link(0, "a", "b", "samverkan", 1, frozenset({"individ"}), True),
    ...               Link(1, "b", "c", "samverkan", 1, frozenset({"individ"}))))
    >>> person_dependent_loss(build_network(ds))
    {'isolated': ['a'], 'components_before': 1, 'components_after': 2, 'pairs_disconnected': 2}
    """
    graph = network.samverkan
    pruned = graph.copy()
    pruned.remove_edges_from([(u, v) for u, v, d in graph.edges(data=True) if d["person_dependent"]])
    return {
        "isolated": sorted(n for n in graph if graph.degree(n) and not pruned.degree(n)),
        "components_before": nx.number_connected_components(graph),
        "components_after": nx.number_connected_components(pruned),
        "pairs_disconnected": _reachable_pairs(graph) - _reachable_pairs(pruned),
    }


def _profiles(network: Network) -> dict:
    by_type: dict[str, list[dict]] = {}
    by_huvudman: dict[str, list[dict]] = {}
    by_actor: dict[str, list[dict]] = {a: [] for a in network.actors}
    actors = network.actors
    for u, v, data in network.samverkan.edges(data=True):
        for key in {actors[u].type, actors[v].type}:
            by_type.setdefault(key, []).append(data)
        for key in {actors[u].huvudman, actors[v].huvudman}:
            by_huvudman.setdefault(key, []).append(data)
        by_actor[u].append(data)
        by_actor[v].append(data)
    # Types and huvudmän that take part only through one-way links still get a
    # (zero) profile, so "förskola: no samverkan" shows instead of vanishing.
    for actor in actors.values():
        by_type.setdefault(actor.type, [])
        by_huvudman.setdefault(actor.huvudman, [])
    return {
        "type": {k: level_profile(v) for k, v in sorted(by_type.items())},
        "huvudman": {k: level_profile(v) for k, v in sorted(by_huvudman.items())},
        "actor": {k: level_profile(v) for k, v in sorted(by_actor.items())},
    }


def analyze_network(network: Network) -> dict:
    """Every figure ``samnet analyze`` reports for one network, as a JSON-ready dict.

    Parameters
    ----------
    network : Network
        From :func:`samnet.graph.build_network`.

    Returns
    -------
    dict
        Keys ``id``, ``name``, ``actors``, ``samverkan_ties``, ``one_way_links``,
        ``forums``, ``person_dependent_ties``, ``density``, ``levels``,
        ``scopes``, ``areas``, ``one_way_by_kind``, ``centrality``,
        ``one_way``, ``one_way_only``, ``social_services_only_one_way``, ``one_way_by_type``,
        ``person_dependent``, ``isolated_without_person_dependent``,
        ``components_before``, ``components_after``, ``pairs_disconnected``,
        ``profiles``. See the README for each.

    Examples
    --------
    >>> from samnet.model import Actor, Dataset, Link
    >>> from samnet.graph import build_network
    >>> ds = Dataset({}, {"f": Actor("f", "Förskola", "forskola", "kommun"),
    ...                   "i": Actor("i", "IFO", "ifo", "kommun")},
    ...              (Link(0, "f", "i", "orosanmalan"),))
    >>> m = analyze_network(build_network(ds))
    >>> m["samverkan_ties"], m["one_way_links"], m["one_way_only"]
    (0, 1, ['f', 'i'])
    """
    graph = network.samverkan
    actors = network.actors
    edges = [d for _, _, d in graph.edges(data=True)]
    scores = centrality(network)
    out_counts = Counter(link.source for link in network.one_way)
    in_counts = Counter(link.target for link in network.one_way)

    rows = []
    for actor_id, actor in actors.items():
        rows.append({
            "id": actor_id,
            "name": actor.name,
            "type": actor.type,
            "huvudman": actor.huvudman,
            "kommun": actor.kommun or "",
            **scores[actor_id],
            "one_way_out": out_counts.get(actor_id, 0),
            "one_way_in": in_counts.get(actor_id, 0),
        })
    rows.sort(key=lambda r: (-r["strength"], -r["betweenness"], -r["degree"], r["id"]))

    # also_samverkan tells a report that stands beside real samverkan from one that is
    # the pair's only contact (000 §6).
    one_way_rows = sorted(
        ({"source": link.source, "target": link.target, "kind": link.kind,
          "also_samverkan": graph.has_edge(link.source, link.target)} for link in network.one_way),
        key=lambda r: (r["source"], r["target"], r["kind"]),
    )
    kinds = Counter(link.kind for link in network.one_way)
    type_flows = Counter(
        (actors[link.source].type, actors[link.target].type, link.kind) for link in network.one_way
    )
    in_one_way = set(out_counts) | set(in_counts)
    social = {a for a, actor in actors.items() if TYPES[actor.type].group == "social"}
    reaching_social = {link.source for link in network.one_way if link.target in social} - social
    social_only_one_way = sorted(
        a for a in reaching_social if not any(n in social for n in graph.neighbors(a))
    )
    person_rows = [
        {"source": u, "target": v, "level": d["level"]}
        for u, v, d in graph.edges(data=True)
        if d["person_dependent"]
    ]
    loss = person_dependent_loss(network)
    profile = level_profile(edges)
    return {
        "id": network.id,
        "name": network.name,
        "actors": len(actors),
        "samverkan_ties": len(edges),
        "one_way_links": len(network.one_way),
        "forums": len(network.forums),
        "person_dependent_ties": len(person_rows),
        "density": _round(nx.density(graph)) if len(actors) > 1 else 0.0,
        "betweenness_estimated": len(graph) > EXACT_BETWEENNESS_LIMIT,
        "levels": profile["levels"],
        "scopes": profile["scopes"],
        "areas": {area: sum(1 for d in edges if area in d["areas"]) for area in AREAS},
        "one_way_by_kind": {kind: kinds.get(kind, 0) for kind in ONE_WAY_KINDS},
        "centrality": rows,
        "one_way": one_way_rows,
        "one_way_by_type": [
            {"source_type": s, "target_type": t, "kind": k, "links": n}
            for (s, t, k), n in sorted(type_flows.items(), key=lambda item: (-item[1], item[0]))
        ],
        "one_way_only": sorted(a for a in in_one_way if graph.degree(a) == 0),
        "social_services_only_one_way": social_only_one_way,
        "person_dependent": person_rows,
        "isolated_without_person_dependent": loss["isolated"],
        "components_before": loss["components_before"],
        "components_after": loss["components_after"],
        "pairs_disconnected": loss["pairs_disconnected"],
        "profiles": _profiles(network),
    }


def analyze(dataset: Dataset, kommun_ids: list[str] | None = None) -> dict:
    """Analyse each kommun of a dataset (all by default).

    Parameters
    ----------
    dataset : Dataset
    kommun_ids : list of str, optional
        Which kommuner; all of them, in id order, when omitted.

    Returns
    -------
    dict
        ``{"kommuner": {kommun_id: analyze_network(...)}}``. Data that defines
        no kommuner is analysed as one network under the id ``"all"``.

    Raises
    ------
    UsageError
        For a kommun id the data does not define.

    Examples
    --------
    >>> from samnet.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> analyze(ds)["kommuner"]["k"]["actors"]
    1
    """
    if not dataset.kommuner and not kommun_ids:
        # A mapping of one organisation's contacts may name no kommun at all.
        return {"kommuner": {"all": analyze_network(build_network(dataset, None))}}
    return {
        "kommuner": {
            kommun_id: analyze_network(build_network(dataset, kommun_id))
            for kommun_id in select_kommuner(dataset, kommun_ids)
        }
    }

