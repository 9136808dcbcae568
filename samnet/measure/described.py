"""Count samverkan as the sources describe it: each link once, each forum once.

The pair graph of :mod:`samnet.core.network` turns a forum of *n* members into
n(n−1)/2 edges, so one 12-member information forum outweighs every bilateral
tie of a kommun (DOMAIN.md, "Forums are many-to-many"). The figures here
count **described ties** instead:

- a kommun's profile counts each samverkan link once and each forum once, at
  its own level and scope;
- an actor's profile counts each of its links once and each forum it sits in
  once;
- a type's (or huvudman's) profile counts each link with at least one end of
  that type once, and each forum with at least one member of that type once.

Pairs are still counted, but split: ``direct_ties`` are pairs joined by at
least one link, ``forum_only_ties`` pairs that meet only in forums; together
they are the kommun's ``samverkan_ties``.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Forum, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abcd"},
...              (Link(0, "a", "b", "samverkan", 3, frozenset({"individ"})),),
...              (Forum("f", "F", ("a", "b", "c", "d"), 1, frozenset({"struktur"})),))
>>> net = build_network(ds)
>>> tie_split(net)
{'samverkan_ties': 6, 'direct_ties': 1, 'forum_only_ties': 5}
>>> described_profile(described_ties(net))
{'levels': {'1': 1, '2': 0, '3': 1, '4': 0}, 'scopes': {'individ': 1, 'struktur': 1, 'both': 0}, 'ties': 2}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from samnet.core.model import Forum, Link
from samnet.core.network import Network
from samnet.core.vocab import AREAS

__all__ = [
    "described_ties",
    "described_profile",
    "described_areas",
    "described_profiles",
    "tie_members",
    "tie_split",
    "EMPTY_PROFILE",
]

#: The profile of no ties, the shape every profile here has.
EMPTY_PROFILE = {
    "levels": {"1": 0, "2": 0, "3": 0, "4": 0},
    "scopes": {"individ": 0, "struktur": 0, "both": 0},
    "ties": 0,
}


def described_ties(network: Network) -> list[Link | Forum]:
    """The network's described samverkan ties: its samverkan links, then its forums.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"},
    ...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"})),
    ...               Link(1, "a", "b", "orosanmalan")))
    >>> [t.kind for t in described_ties(build_network(ds))]
    ['samverkan']
    """
    return [*network.links, *network.forums]


def tie_members(tie: Link | Forum) -> tuple[str, ...]:
    """The actors a described tie joins: a link's two ends, a forum's members.

    Examples
    --------
    >>> from samnet.core.model import Link
    >>> tie_members(Link(0, "a", "b"))
    ('a', 'b')
    """
    if isinstance(tie, Forum):
        return tie.members
    return (tie.source, tie.target)


def described_profile(ties: Iterable[Link | Forum]) -> dict:
    """Count described ties per trappa level and per scope class, each tie once.

    Returns
    -------
    dict
        ``{"levels": {"1": n, ..., "4": n}, "scopes": {"individ": n, "struktur": n, "both": n}, "ties": n}``,
        the shape of :func:`samnet.measure.metrics.level_profile`.

    Examples
    --------
    >>> from samnet.core.model import Forum
    >>> big = Forum("f", "F", tuple("abcdefghijkl"), 1, frozenset({"struktur"}))
    >>> described_profile([big])["levels"]["1"]
    1
    """
    # Counted by hand, not with Counter: a national run makes this profile for every actor.
    levels = dict.fromkeys(EMPTY_PROFILE["levels"], 0)
    scopes = dict.fromkeys(EMPTY_PROFILE["scopes"], 0)
    count = 0
    for tie in ties:
        count += 1
        level, scope = str(tie.level), tie.scope_class
        if level in levels:
            levels[level] += 1
        if scope in scopes:
            scopes[scope] += 1
    return {"levels": levels, "scopes": scopes, "ties": count}


def described_areas(ties: Iterable[Link | Forum]) -> dict[str, int]:
    """How many described ties name each area of violence.

    Examples
    --------
    >>> from samnet.core.model import Link
    >>> described_areas([Link(0, "a", "b", "samverkan", 2, frozenset({"individ"}), False,
    ...                       frozenset({"hrv", "vinr"}))])
    {'vinr': 1, 'hrv': 1, 'unga': 0, 'barn': 0}
    """
    counts = Counter(area for t in ties for area in t.areas)
    return {area: counts.get(area, 0) for area in AREAS}


def _grouped(network: Network, key: Callable[[str], str], keys: Iterable[str]) -> dict:
    groups: dict[str, list] = {k: [] for k in keys}
    for tie in described_ties(network):
        # A set: a forum of three IFO units is one IFO tie, not three.
        for k in {key(member) for member in tie_members(tie)}:
            groups.setdefault(k, []).append(tie)
    return {k: described_profile(v) for k, v in sorted(groups.items())}


def described_profiles(network: Network) -> dict:
    """Described-tie profiles per type, huvudman and actor, shaped like ``metrics`` profiles.

    Types and huvudmän of every actor get a profile, a zero one if they have
    only one-way links, so that "förskola: no samverkan" shows instead of
    vanishing.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Forum
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo" if i < "c" else "polis", "kommun") for i in "abc"},
    ...              (), (Forum("f", "F", ("a", "b", "c"), 2, frozenset({"struktur"})),))
    >>> p = described_profiles(build_network(ds))
    >>> p["type"]["ifo"]["ties"], p["actor"]["c"]["levels"]["2"]
    (1, 1)
    """
    actors = network.actors
    return {
        "type": _grouped(network, lambda a: actors[a].type, {a.type for a in actors.values()}),
        "huvudman": _grouped(network, lambda a: actors[a].huvudman, {a.huvudman for a in actors.values()}),
        "actor": _grouped(network, lambda a: a, actors),
    }


def tie_split(network: Network) -> dict[str, int]:
    """Split the kommun's samverkan pairs into pairs with a direct link and pairs that meet only in forums.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Forum, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abc"},
    ...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"})),),
    ...              (Forum("f", "F", ("a", "b"), 1, frozenset({"struktur"})),))
    >>> tie_split(build_network(ds))
    {'samverkan_ties': 1, 'direct_ties': 1, 'forum_only_ties': 0}
    """
    direct = {frozenset((link.source, link.target)) for link in network.links}
    pairs = network.samverkan.number_of_edges()
    return {"samverkan_ties": pairs, "direct_ties": len(direct), "forum_only_ties": pairs - len(direct)}
