"""Who bridges between groups: Gould and Fernandez's brokerage roles, counted as R's ``sna::brokerage``.

An actor *j* brokers when it stands between two partners *i* and *k* that are
not tied to each other: a two-path i → j → k with no tie i → k (an *open*
two-path). Gould and Fernandez (1989) name the broker's role by the groups of
the three actors (here the huvudman groups, or the actor types):

==============  ===========================  ==================
role            groups                       sna column
==============  ===========================  ==================
coordinator     i, j and k in one group      ``w_I``
itinerant       i and k in one group, j not  ``w_O`` (consultant)
gatekeeper      j and k in one group, i not  ``b_OI``
representative  i and j in one group, k not  ``b_IO``
liaison         all three in different ones  ``b_O``
==============  ===========================  ==================

How samnet's data is read:

- **An undirected samverkan tie counts in both directions**, as R does when it
  is given a symmetric matrix. Every open pair i – j – k is then two two-paths,
  i → j → k and k → j → i: coordinator, itinerant and liaison counts are even
  (twice the number of open pairs), and gatekeeper equals representative (each
  open pair across the broker's group border gives one of each).
- **Forums** join every pair of their members (the pair graph of
  :mod:`samnet.core.network`). Two members of one forum are tied, so neither
  brokers between the other two members: only partners that meet nowhere
  count.
- **One-way links** (orosanmälan, polisanmälan, hänvisning, information) are
  not samverkan and are left out.

The expected counts and z-scores are sna's: under a random graph of the same
density ``d = m / (N (N − 1))`` (m directed ties, N actors), an actor of a group
of ``n_g`` members expects ``d² (1 − d)`` times the number of ordered pairs of
each kind, e.g. ``d² (1 − d) (n_g − 1)(n_g − 2)`` as coordinator.

Examples
--------
>>> import networkx as nx
>>> g = nx.Graph([("a", "b"), ("b", "c")])
>>> brokerage_counts(g, {"a": "kommun", "b": "kommun", "c": "region"})["b"]
{'coordinator': 0, 'itinerant': 0, 'gatekeeper': 1, 'representative': 1, 'liaison': 0}
"""

from __future__ import annotations

import math
from collections import Counter

import networkx as nx

from samnet.core.network import Network
from samnet.core.vocab import BROKERAGE_GROUPINGS, BROKERAGE_ROLES

__all__ = [
    "ROLES",
    "GROUPINGS",
    "SNA_COLUMNS",
    "open_pairs",
    "brokerage_counts",
    "brokerage_expected",
    "group_brokers",
    "brokerage_figures",
]

#: The five roles, in the order of sna's columns w_I, w_O, b_OI, b_IO, b_O (gatekeeper before representative).
ROLES = BROKERAGE_ROLES

#: sna's name of each role's column.
SNA_COLUMNS = {
    "coordinator": "w_I",
    "itinerant": "w_O",
    "gatekeeper": "b_OI",
    "representative": "b_IO",
    "liaison": "b_O",
}

#: The groupings brokerage is counted over: the actors' huvudman and their type.
GROUPINGS = BROKERAGE_GROUPINGS

_DIGITS = 6


def _round(value: float) -> float:
    rounded = round(float(value), _DIGITS)
    return 0.0 if rounded == 0 else rounded


def _role(source: str, broker: str, target: str) -> str:
    if source == target:
        return "coordinator" if broker == source else "itinerant"
    if broker == target:
        return "gatekeeper"
    if broker == source:
        return "representative"
    return "liaison"


def open_pairs(graph: nx.Graph) -> list[tuple[str, str, str]]:
    """Every open pair once: ``(broker, i, k)`` with i < k partners of the broker not tied to each other.

    Examples
    --------
    >>> open_pairs(nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("c", "d")]))
    [('c', 'a', 'd'), ('c', 'b', 'd')]
    """
    partners = {node: set(graph[node]) for node in graph}
    found = []
    for broker in graph:
        around = sorted(partners[broker])
        for position, source in enumerate(around):
            tied = partners[source]
            found.extend((broker, source, target) for target in around[position + 1 :] if target not in tied)
    return found


def _group_triples(graph: nx.Graph, groups: dict[str, str], pairs) -> Counter:
    """How many open pairs each broker has between each two groups (in the pair's order): one count per kind."""
    found = open_pairs(graph) if pairs is None else pairs
    return Counter((broker, groups[source], groups[target]) for broker, source, target in found)


def brokerage_counts(
    graph: nx.Graph, groups: dict[str, str], pairs: list[tuple[str, str, str]] | None = None
) -> dict[str, dict[str, int]]:
    """Count each actor's open two-paths per role, each undirected tie read both ways.

    Parameters
    ----------
    graph : networkx.Graph
        The samverkan pair graph.
    groups : dict of str to str
        The group of every actor.
    pairs : list of tuple, optional
        :func:`open_pairs` of the graph, when already found.

    Returns
    -------
    dict
        ``{actor: {role: count}}`` for every node, roles in :data:`ROLES` order.

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("b", "d")])
    >>> brokerage_counts(g, dict.fromkeys("abcd", "x"))["b"]["coordinator"]
    6
    """
    column = {role: i for i, role in enumerate(ROLES)}
    tallies: dict[str, list[int]] = {broker: [0] * len(ROLES) for broker in graph}
    for (broker, a, b), n in _group_triples(graph, groups, pairs).items():
        j, row = groups[broker], tallies[broker]
        # Both directions: source → broker → target and target → broker → source.
        row[column[_role(a, j, b)]] += n
        row[column[_role(b, j, a)]] += n
    return {broker: dict(zip(ROLES, row)) for broker, row in tallies.items()}


def brokerage_expected(actors: int, directed_ties: int, sizes: dict[str, int]) -> dict[str, dict[str, dict]]:
    """Expected count and standard deviation per role for an actor of each group, as ``sna::brokerage``.

    Parameters
    ----------
    actors : int
        N, every actor of the network (isolated ones too).
    directed_ties : int
        m, directed ties: twice the samverkan pairs.
    sizes : dict of str to int
        Actors per group.

    Returns
    -------
    dict
        ``{group: {role: {"expected": e, "sd": s}}}``.

    Examples
    --------
    >>> brokerage_expected(4, 6, {"x": 2, "y": 2})["x"]["gatekeeper"]
    {'expected': 0.25, 'sd': 0.5}
    """
    n_all = float(actors)
    d = directed_ties / (n_all * (n_all - 1)) if actors > 1 else 0.0
    base, cube = d * d * (1 - d), d**3 * (1 - d) ** 3
    # Sums over all groups, so that "over the other groups" is the total less the group's own term.
    every = [float(size) for size in sizes.values()]
    total, squares = sum(every), sum(o * o for o in every)
    ordered, triples = sum(o * (o - 1) for o in every), sum(o * (o - 1) * (o - 2) for o in every)
    result = {}
    for group, n in sizes.items():
        others = [float(size) for g, size in sizes.items() if g != group]
        outside = n_all - n
        pairs = {
            "coordinator": (n - 1) * (n - 2),
            "itinerant": ordered - n * (n - 1),
            "gatekeeper": outside * (n - 1),
            # Σ_a Σ_b n_a n_b − Σ n_a² over the other groups: ordered pairs from two different ones.
            "liaison": (total - n) ** 2 - (squares - n * n),
        }
        extra = {
            "coordinator": 2 * (n - 1) * (n - 2) * (n - 3) * cube,
            "itinerant": 2 * (triples - n * (n - 1) * (n - 2)) * cube,
            "gatekeeper": 2 * ((n - 1) * math.comb(int(outside), 2) + outside * math.comb(max(n - 1, 0), 2)) * cube,
            "liaison": 4 * sum(o * math.comb(int(n_all - o - n), 2) for o in others) * cube,
        }
        pairs["representative"], extra["representative"] = pairs["gatekeeper"], extra["gatekeeper"]
        roles = {}
        for role in ROLES:
            expected = base * pairs[role]
            variance = expected * (1 - base) + extra[role]
            roles[role] = {"expected": _round(expected), "sd": _round(math.sqrt(max(variance, 0.0)))}
        result[group] = roles
    return result


def group_brokers(
    graph: nx.Graph, groups: dict[str, str], pairs: list[tuple[str, str, str]] | None = None
) -> list[dict]:
    """Per pair of different groups, the actors that stand between a member of each.

    An actor brokers between groups A and B when two of its partners, one in A
    and one in B, are not tied to each other (the actor's own group may be A,
    B or a third one). ``direct`` counts the A–B pairs that are tied directly.

    Returns
    -------
    list of dict
        ``{"groups": [A, B], "brokers": [{"id", "pairs"}], "direct": n}``, A < B,
        brokers with most open pairs first; only group pairs with a broker.

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> group_brokers(g, {"a": "ideell", "b": "kommun", "c": "region"})
    [{'groups': ['ideell', 'region'], 'brokers': [{'id': 'b', 'pairs': 1}], 'direct': 0}]
    """
    between: dict[tuple[str, str], Counter] = {}
    for (broker, a, b), n in _group_triples(graph, groups, pairs).items():
        if a != b:
            between.setdefault((a, b) if a < b else (b, a), Counter())[broker] += n
    direct = Counter(tuple(sorted((groups[u], groups[v]))) for u, v in graph.edges if groups[u] != groups[v])
    return [
        {
            "groups": list(pair),
            "brokers": [{"id": i, "pairs": n} for i, n in sorted(tally.items(), key=lambda item: (-item[1], item[0]))],
            "direct": direct.get(pair, 0),
        }
        for pair, tally in sorted(between.items())
    ]


def brokerage_figures(network: Network) -> dict:
    """Brokerage roles of every actor over huvudman and over type, with sna's expectations.

    Returns
    -------
    dict
        ``brokerage`` (``{actor: {"huvudman": {role: n}, "type": {role: n}}}``),
        ``brokerage_expected`` (``{grouping: {"density": d, "groups": {group: {role:
        {"expected", "sd"}}}}}``: sna's ``exp.nli`` and ``sd.nli``, the same for every
        actor of a group, so an actor's z-score is (count − expected) ÷ sd) and
        ``huvudman_brokers`` (:func:`group_brokers` over huvudman).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {"v": Actor("v", "V", "kvinnojour", "ideell"), "i": Actor("i", "I", "ifo", "kommun"),
    ...                   "p": Actor("p", "P", "polis", "stat")},
    ...              (Link(0, "v", "i", "samverkan", 2), Link(1, "i", "p", "samverkan", 2)))
    >>> figures = brokerage_figures(build_network(ds))
    >>> figures["brokerage"]["i"]["huvudman"]["liaison"], figures["huvudman_brokers"][0]["groups"]
    (2, ['ideell', 'stat'])
    """
    graph, actors = network.samverkan, network.actors
    n, m = len(actors), 2 * graph.number_of_edges()
    pairs = open_pairs(graph)
    per_actor: dict[str, dict] = {actor: {} for actor in actors}
    expected_by: dict[str, dict] = {}
    for grouping in GROUPINGS:
        groups = {actor_id: getattr(actor, grouping) for actor_id, actor in actors.items()}
        counts = brokerage_counts(graph, groups, pairs)
        expected = brokerage_expected(n, m, dict(sorted(Counter(groups.values()).items())))
        for actor, roles in counts.items():
            per_actor[actor][grouping] = roles
        density = m / (n * (n - 1)) if n > 1 else 0.0
        expected_by[grouping] = {"density": _round(density), "groups": expected}
    huvudman = {actor_id: actor.huvudman for actor_id, actor in actors.items()}
    return {
        "brokerage": per_actor,
        "brokerage_expected": expected_by,
        "huvudman_brokers": group_brokers(graph, huvudman, pairs),
    }
