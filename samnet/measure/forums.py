"""Forums as what they are: which forums drive a kommun's pair figures, who sits in them.

A forum of *n* members creates n(n−1)/2 pairs in the pair graph. One big
information forum can then decide a kommun's density, its level-1 count and
who looks central (Sandviken's 12-member network makes 66 of 181
pairs). :func:`forum_drivers` shows each forum's share; :func:`dominant_forum`
picks the one forum that makes more than :data:`DOMINANCE_SHARE` of the pairs
(:func:`samnet.present.forum_text.driver_warning` says it in one sentence). :func:`forum_figures` describes the
forums themselves (a two-mode view: actors and forums).

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Forum, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset({}, {i: Actor(i, i.upper(), "ifo", "kommun") for i in "abcd"},
...              (Link(0, "a", "b", "samverkan", 3, frozenset({"individ"})),),
...              (Forum("f", "Nätverket", ("a", "b", "c", "d"), 1, frozenset({"struktur"})),))
>>> net = build_network(ds)
>>> forum_drivers(net)
[{'id': 'f', 'name': 'Nätverket', 'size': 4, 'level': 1, 'pairs': 6, 'only_pairs': 5}]
>>> dominant_forum(forum_drivers(net), 6)["name"]
'Nätverket'
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from samnet.core.network import Network

__all__ = ["forum_drivers", "dominant_forum", "forum_figures", "DOMINANCE_SHARE"]

#: A forum that creates more than this share of a kommun's pairs dominates its figures.
DOMINANCE_SHARE = 0.25


def _pairs(members) -> set[tuple[str, str]]:
    return set(combinations(sorted(set(members)), 2))


def forum_drivers(network: Network) -> list[dict]:
    """Each forum's size, level, the pairs it creates and the pairs that exist only through it.

    A pair exists only through a forum when no link joins it and no other
    forum holds both. Rows are sorted by pairs created, most first.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Forum
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abc"}, (),
    ...              (Forum("f", "F", ("a", "b", "c"), 2, frozenset({"struktur"})),
    ...               Forum("g", "G", ("a", "b"), 3, frozenset({"individ"}))))
    >>> [(r["id"], r["pairs"], r["only_pairs"]) for r in forum_drivers(build_network(ds))]
    [('f', 3, 2), ('g', 1, 0)]
    """
    direct = {tuple(sorted((link.source, link.target))) for link in network.links}
    by_forum = {forum.id: _pairs(forum.members) for forum in network.forums}
    seen = Counter(pair for pairs in by_forum.values() for pair in pairs)
    rows = []
    for forum in network.forums:
        pairs = by_forum[forum.id]
        only = [p for p in pairs if p not in direct and seen[p] == 1]
        rows.append(
            {
                "id": forum.id,
                "name": forum.name,
                "size": len(set(forum.members)),
                "level": forum.level,
                "pairs": len(pairs),
                "only_pairs": len(only),
            }
        )
    rows.sort(key=lambda r: (-r["pairs"], r["id"]))
    return rows


def dominant_forum(drivers: list[dict], pairs: int) -> dict | None:
    """The forum that creates the most pairs, if that is more than :data:`DOMINANCE_SHARE` of ``pairs``.

    Examples
    --------
    >>> dominant_forum([{"id": "f", "pairs": 66}], 181)["id"]
    'f'
    >>> dominant_forum([{"id": "f", "pairs": 10}], 181) is None
    True
    """
    if not drivers or not pairs:
        return None
    top = drivers[0]
    return top if top["pairs"] > DOMINANCE_SHARE * pairs else None


def forum_figures(network: Network) -> dict:
    """Forums seen from both sides: members per forum by type and huvudman, actors in most forums, shared members.

    Returns
    -------
    dict
        ``members`` (per forum: id, name, level, size, ``by_type``,
        ``by_huvudman``), ``actors_in_forums`` (actors in at least one forum:
        id, name, ``forums``, most first) and ``shared_members`` (forum pairs
        with at least one member in common: ``forums`` [a, b], ``shared``,
        most first).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Forum
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {"a": Actor("a", "A", "ifo", "kommun"), "b": Actor("b", "B", "polis", "stat")}, (),
    ...              (Forum("f", "F", ("a", "b"), 2, frozenset({"struktur"})),
    ...               Forum("g", "G", ("a",), 1, frozenset({"individ"}))))
    >>> fig = forum_figures(build_network(ds))
    >>> fig["members"][0]["by_huvudman"], fig["actors_in_forums"][0], fig["shared_members"]
    ({'kommun': 1, 'stat': 1}, {'id': 'a', 'name': 'A', 'forums': 2}, [{'forums': ['f', 'g'], 'shared': 1}])
    """
    actors = network.actors
    members = []
    for forum in network.forums:
        ids = sorted(set(forum.members))
        members.append(
            {
                "id": forum.id,
                "name": forum.name,
                "level": forum.level,
                "size": len(ids),
                "by_type": dict(sorted(Counter(actors[a].type for a in ids).items())),
                "by_huvudman": dict(sorted(Counter(actors[a].huvudman for a in ids).items())),
            }
        )
    seats = Counter(a for forum in network.forums for a in set(forum.members))
    in_forums = sorted(
        ({"id": a, "name": actors[a].name, "forums": n} for a, n in seats.items()),
        key=lambda r: (-r["forums"], r["id"]),
    )
    shared = []
    for f, g in combinations(sorted(network.forums, key=lambda forum: forum.id), 2):
        common = set(f.members) & set(g.members)
        if common:
            shared.append({"forums": [f.id, g.id], "shared": len(common)})
    shared.sort(key=lambda r: (-r["shared"], r["forums"]))
    return {"members": members, "actors_in_forums": in_forums, "shared_members": shared}
