"""Measure a samverkan network: counts, trappa profiles, centrality, one-way reach, person-dependence.

Every figure here is computed on the merged samverkan graph of
:mod:`samnet.core.network`; one-way links (orosanmälan and the like) are counted
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
    at high levels to actors that are themselves central. It is computed in
    each connected component on its own (power iteration always converges
    there) and scaled by that component's leading eigenvalue over the largest
    one's, so the centre of a small, weakly tied component never outranks the
    centre of the main one; an actor without samverkan gets 0. On a connected
    network this is the plain eigenvector centrality.
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
>>> from samnet.core.model import Actor, Dataset, Kommun, Link
>>> from samnet.core.network import build_network
>>> def link(i, s, t, level=2, pd=False):
...     return Link(i, s, t, "samverkan", level, frozenset({"individ"}), pd, frozenset(), frozenset({"k"}))
>>> ds = Dataset({"k": Kommun("k", "K")},
...              {i: Actor(i, i, "ifo", "kommun", "k") for i in "abc"},
...              (link(0, "a", "b", 3), link(1, "b", "c", 1, pd=True)))
>>> m = analyze_network(build_network(ds, "k"))
>>> m.samverkan_ties, m.density, m.isolated_without_person_dependent
(2, 0.666667, ['c'])
>>> [(r["id"], r["strength"], r["betweenness"]) for r in m.centrality]
[('b', 4, 1.0), ('a', 3, 0.0), ('c', 1, 0.0)]
"""

from __future__ import annotations

from collections import Counter

import networkx as nx

from samnet.core.model import Dataset, Link, scope_class
from samnet.core.network import Network, build_network, kommun_networks  # noqa: F401  (the examples build networks)
from samnet.core.vocab import AREAS, ONE_WAY_KINDS, TYPES
from samnet.measure import paths as shortest_paths
from samnet.measure.eigenvector import ConvergenceError, eigenvector_centrality
from samnet.measure.forum_figures import fair_figures
from samnet.measure.mandate import mandate_figures
from samnet.measure.results import CENTRALITY_FIELDS, Analysis, NetworkMetrics
from samnet.measure.testimony import evidence as testimony_evidence
from samnet.measure.weighting import fair_graph, fair_strength

__all__ = [
    "analyze",
    "analyze_network",
    "ended_rows",
    "centrality",
    "centrality_rows",
    "eigenvector_centrality",
    "one_way_figures",
    "person_dependence",
    "person_dependent_loss",
    "level_profile",
    "ConvergenceError",
    "NetworkMetrics",
    "CENTRALITY_FIELDS",
    "EXACT_BETWEENNESS_LIMIT",
    "BETWEENNESS_SAMPLE",
]

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


def centrality(network: Network) -> dict[str, dict[str, float]]:
    """Degree, strength, betweenness and level-weighted eigenvector centrality per actor.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
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
        # The same figures as networkx's, from rustworkx (samnet.measure.paths).
        betweenness = shortest_paths.betweenness(graph)
    # Strength and eigenvector weigh a forum as Newman does (samnet.measure.weighting): a
    # forum adds its level once to each member, not once per co-member.

    eigen = eigenvector_centrality(fair_graph(network), weight="weight")
    strength = fair_strength(network)
    return {
        node: {
            "degree": graph.degree(node),
            "strength": strength[node],
            "betweenness": _round(betweenness[node]),
            "eigenvector": _round(eigen[node]),
        }
        for node in graph
    }


def centrality_rows(network: Network, brokerage: dict | None = None) -> list[dict]:
    """One row per actor (:data:`CENTRALITY_FIELDS`), strongest first.

    Ties in strength are broken by betweenness, degree and then id, so the order is fixed.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> ds = Dataset({}, {i: Actor(i, i.upper(), "ifo", "kommun") for i in "abc"},
    ...              (Link(0, "a", "b", "samverkan", 2), Link(1, "c", "a", "orosanmalan")))
    >>> [(r["id"], r["strength"], r["one_way_out"], r["one_way_in"]) for r in centrality_rows(build_network(ds))]
    [('a', 2, 0, 1), ('b', 2, 0, 0), ('c', 0, 1, 0)]
    """
    scores = centrality(network)
    from samnet.measure.cohesion import harmonic_closeness

    closeness = harmonic_closeness(network.samverkan)
    roles = brokerage["brokerage"] if brokerage else None
    out_counts = Counter(link.source for link in network.one_way)
    in_counts = Counter(link.target for link in network.one_way)
    rows = [
        {
            "id": actor_id,
            "name": actor.name,
            "type": actor.type,
            "huvudman": actor.huvudman,
            "kommun": actor.kommun or "",
            **scores[actor_id],
            "closeness": closeness[actor_id],
            "one_way_out": out_counts.get(actor_id, 0),
            "one_way_in": in_counts.get(actor_id, 0),
            **({"brokerage": roles[actor_id]} if roles else {}),
        }
        for actor_id, actor in network.actors.items()
    ]
    rows.sort(key=lambda r: (-r["strength"], -r["betweenness"], -r["degree"], r["id"]))
    return rows


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
    >>> from samnet.core.model import Actor, Dataset, Link
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


def person_dependence(network: Network) -> dict:
    """The person-dependent figures of :class:`NetworkMetrics`, by their attribute names.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"},
    ...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"}), True),))
    >>> figures = person_dependence(build_network(ds))
    >>> figures["person_dependent"], figures["isolated_without_person_dependent"]
    ([{'source': 'a', 'target': 'b', 'level': 2}], ['a', 'b'])
    """
    rows = [
        {"source": u, "target": v, "level": d["level"]}
        for u, v, d in network.samverkan.edges(data=True)
        if d["person_dependent"]
    ]
    loss = person_dependent_loss(network)
    return {
        "person_dependent_ties": len(rows),
        "person_dependent": rows,
        "isolated_without_person_dependent": loss["isolated"],
        "components_before": loss["components_before"],
        "components_after": loss["components_after"],
        "pairs_disconnected": loss["pairs_disconnected"],
    }


def _social_services_only_one_way(network: Network) -> list[str]:
    # 000 §6: an orosanmälan is one-way communication, not samverkan with social services.
    social = {a for a, actor in network.actors.items() if TYPES[actor.type].group == "social"}
    reaching = {link.source for link in network.one_way if link.target in social} - social
    graph = network.samverkan
    return sorted(a for a in reaching if not any(n in social for n in graph.neighbors(a)))


def one_way_figures(network: Network) -> dict:
    """The one-way figures of :class:`NetworkMetrics`, by their attribute names.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> ds = Dataset({}, {"f": Actor("f", "F", "forskola", "kommun"), "i": Actor("i", "I", "ifo", "kommun")},
    ...              (Link(0, "f", "i", "orosanmalan"),))
    >>> figures = one_way_figures(build_network(ds))
    >>> figures["one_way_links"], figures["one_way_only"], figures["social_services_only_one_way"]
    (1, ['f', 'i'], ['f'])
    """
    graph, actors, one_way = network.samverkan, network.actors, network.one_way
    # also_samverkan tells a report that stands beside real samverkan from one that is
    # the pair's only contact (000 §6).
    rows = sorted(
        (
            {
                "source": link.source,
                "target": link.target,
                "kind": link.kind,
                "also_samverkan": graph.has_edge(link.source, link.target),
            }
            for link in one_way
        ),
        key=lambda r: (r["source"], r["target"], r["kind"]),
    )
    kinds = Counter(link.kind for link in one_way)
    flows = Counter((actors[link.source].type, actors[link.target].type, link.kind) for link in one_way)
    involved = {link.source for link in one_way} | {link.target for link in one_way}
    return {
        "one_way_links": len(one_way),
        "one_way_by_kind": {kind: kinds.get(kind, 0) for kind in ONE_WAY_KINDS},
        "one_way": rows,
        "one_way_by_type": [
            {"source_type": s, "target_type": t, "kind": k, "links": n}
            for (s, t, k), n in sorted(flows.items(), key=lambda item: (-item[1], item[0]))
        ],
        "one_way_only": sorted(a for a in involved if graph.degree(a) == 0),
        "social_services_only_one_way": _social_services_only_one_way(network),
    }


def _tie_figures(network: Network) -> dict:
    graph = network.samverkan
    edges = [d for _, _, d in graph.edges(data=True)]
    profile = level_profile(edges)
    return {
        "samverkan_ties": len(edges),
        "density": _round(nx.density(graph)) if len(network.actors) > 1 else 0.0,
        "levels": profile["levels"],
        "scopes": profile["scopes"],
        "areas": {area: sum(1 for d in edges if area in d["areas"]) for area in AREAS},
    }


def analyze_network(network: Network) -> NetworkMetrics:
    """Every figure ``samnet analyze`` reports for one network.

    Parameters
    ----------
    network : Network
        From :func:`samnet.core.network.build_network`.

    Returns
    -------
    NetworkMetrics
        Its attributes are the keys of ``summary.json`` (``to_json()`` gives
        that dict); see the README for each.

    Raises
    ------
    ConvergenceError
        If eigenvector centrality does not settle (it always should).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> ds = Dataset({}, {"f": Actor("f", "Förskola", "forskola", "kommun"),
    ...                   "i": Actor("i", "IFO", "ifo", "kommun")},
    ...              (Link(0, "f", "i", "orosanmalan"),))
    >>> m = analyze_network(build_network(ds))
    >>> m.samverkan_ties, m.one_way_links, m.one_way_only
    (0, 1, ['f', 'i'])
    """
    from samnet.measure.brokerage import brokerage_figures
    from samnet.measure.cohesion import ei_figures
    from samnet.measure.key_actors import key_actor_figures

    # fair_figures replaces the pair counts of levels, scopes, areas and profiles
    # with described-tie counts: a forum is one samverkan, not n(n-1)/2.
    figures = {**_tie_figures(network), **fair_figures(network)}
    focus = network.kommun.focus if network.kommun else None
    roles = brokerage_figures(network)
    return NetworkMetrics(
        id=network.id,
        name=network.name,
        actors=len(network.actors),
        forums=len(network.forums),
        betweenness_estimated=len(network.samverkan) > EXACT_BETWEENNESS_LIMIT,
        centrality=centrality_rows(network, roles),
        brokerage_expected=roles["brokerage_expected"],
        huvudman_brokers=roles["huvudman_brokers"],
        **ei_figures(network),
        **key_actor_figures(network),
        **figures,
        **one_way_figures(network),
        **person_dependence(network),
        focus=None if focus is None else [area for area in AREAS if area in focus],
        ended=ended_rows(network),
        evidence=testimony_evidence(network) if network.testimony else None,
        mandate=mandate_figures(network.statements),
    )


def ended_rows(network: Network) -> list[dict]:
    """The ties of a network that have ended: links as ``source``/``target``/``kind``, forums as ``forum``/``name``.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"},
    ...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"}), status="upphort", ended_when="2023"),))
    >>> ended_rows(build_network(ds))
    [{'source': 'a', 'target': 'b', 'kind': 'samverkan', 'ended': '2023'}]
    """
    rows = []
    for tie in network.ended:
        if isinstance(tie, Link):
            rows.append({"source": tie.source, "target": tie.target, "kind": tie.kind, "ended": tie.ended_when})
        else:
            rows.append({"forum": tie.id, "name": tie.name, "ended": tie.ended_when})
    return rows


def analyze(dataset: Dataset, kommun_ids: list[str] | None = None) -> Analysis:
    """Analyse each kommun of a dataset (all by default): its network and that network's figures.

    Parameters
    ----------
    dataset : Dataset
    kommun_ids : list of str, optional
        Which kommuner; all of them, in id order, when omitted.

    Returns
    -------
    Analysis
        ``networks`` and ``metrics`` by kommun id. Data that defines no kommuner
        is analysed as one network under the id ``"all"``.

    Raises
    ------
    UsageError
        For a kommun id the data does not define.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> analyze(ds).metrics["k"].actors
    1
    """
    networks = kommun_networks(dataset, kommun_ids)
    return Analysis(networks, {kommun_id: analyze_network(network) for kommun_id, network in networks.items()})
