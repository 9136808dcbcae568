"""Which ties a map draws, and as which nodes: the drawing rule of :mod:`samnet.present.maps.data`.

A pair gets a line of its own only when a link joins it (:func:`drawn_pairs`);
pairs that only forums join (:func:`forum_only_pairs`) are left to the forum
diamonds (:func:`forum_node_id`), so a big forum does not become a hairball.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Forum
>>> from samnet.core.network import build_network
>>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"}, (),
...              (Forum("f", "F", ("a", "b"), 2, frozenset({"struktur"})),))
>>> drawn_counts(build_network(ds))
(3, 2)
"""

from __future__ import annotations

from samnet.core.model import Forum, Link
from samnet.core.network import Network

__all__ = ["drawn_pairs", "forum_only_pairs", "forum_members", "drawn_counts", "forum_node_id", "tie_json"]


def drawn_pairs(network: Network) -> list[tuple[str, str, dict]]:
    """The samverkan-graph edges drawn as pair lines: those at least one *link* contributes to.

    Pairs joined only through forums are left to the forum diamonds (the
    drawing rule of this module). :func:`drawn_counts` and
    :func:`pair_edges` both use this one rule.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Forum
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"}, (),
    ...              (Forum("f", "F", ("a", "b"), 2, frozenset({"struktur"})),))
    >>> drawn_pairs(build_network(ds))
    []
    """
    return [
        (u, v, d) for u, v, d in network.samverkan.edges(data=True) if any(isinstance(tie, Link) for tie in d["ties"])
    ]


def forum_only_pairs(network: Network) -> list[tuple[str, str, dict]]:
    """The samverkan-graph edges that only forums contribute to (the complement of :func:`drawn_pairs`).

    With the forums hidden, the page draws these as thin lines
    (:func:`forum_pair_edges`), so that no actor tied only through forums floats.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Forum
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"}, (),
    ...              (Forum("f", "F", ("a", "b"), 2, frozenset({"struktur"})),))
    >>> [(u, v) for u, v, _ in forum_only_pairs(build_network(ds))]
    [('a', 'b')]
    """
    return [
        (u, v, d)
        for u, v, d in network.samverkan.edges(data=True)
        if not any(isinstance(tie, Link) for tie in d["ties"])
    ]


def forum_members(network: Network) -> list[tuple[Forum, list[str]]]:
    """Each forum with its members, each member once, in the data's order."""
    return [(f, list(dict.fromkeys(f.members))) for f in network.forums]


def drawn_counts(network: Network) -> tuple[int, int]:
    """How many nodes and edges a map draws for a network, by the rule above.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Forum, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abc"},
    ...              (Link(0, "a", "b", "orosanmalan"),),
    ...              (Forum("f", "F", ("a", "b", "c"), 2, frozenset({"struktur"})),))
    >>> drawn_counts(build_network(ds))
    (4, 4)
    """
    members = sum(len(m) for _, m in forum_members(network))
    return len(network.actors) + len(network.forums), len(drawn_pairs(network)) + len(network.one_way) + members


def forum_node_id(forum: Forum) -> str:
    """The node id of a forum's diamond.

    Examples
    --------
    >>> forum_node_id(Forum("f", "F", ("a", "b"), 2, frozenset()))
    'forum:f'
    """
    # A colon never occurs in data ids, so forum nodes cannot collide with actors.
    return f"forum:{forum.id}"


def tie_json(tie: Link | Forum) -> dict:
    """A tie as the page's side panel lists it."""
    if isinstance(tie, Forum):
        return {
            "k": "forum",
            "id": forum_node_id(tie),
            "name": tie.name,
            "m": list(tie.members),
            "level": tie.level,
            "scopes": sorted(tie.scopes),
            "areas": sorted(tie.areas),
            "pd": tie.person_dependent,
            "ref": tie.ref or "",
            "note": tie.note or "",
        }
    return {
        "k": tie.kind,
        "s": tie.source,
        "t": tie.target,
        "level": tie.level,
        "scopes": sorted(tie.scopes),
        "areas": sorted(tie.areas),
        "pd": tie.person_dependent,
        "ref": tie.ref or "",
        "note": tie.note or "",
    }
