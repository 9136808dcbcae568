"""Person-dependent links as the data marks them, so that none disappears silently.

The pair graph marks a pair person-dependent only if every tie behind it is
(a structural tie beside a personal one means the pair does not hang on that
person). That is right for the loss analysis of :mod:`samnet.measure.metrics`, but
it hides a link the source calls personbunden when the pair also meets in a
forum (000 §5.7.1, Tjejjouren–fältverksamheten). :func:`person_dependent_links`
lists every such link, with the forums the pair shares.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Forum, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "abc"},
...              (Link(0, "a", "b", "samverkan", 2, frozenset({"individ"}), True),),
...              (Forum("f", "F", ("a", "b", "c"), 1, frozenset({"struktur"})),))
>>> person_dependent_links(build_network(ds))
[{'source': 'a', 'target': 'b', 'level': 2, 'also_in_forums': ['f']}]
"""

from __future__ import annotations

from samnet.core.network import Network

__all__ = ["person_dependent_links"]


def person_dependent_links(network: Network) -> list[dict]:
    """Every samverkan link marked person-dependent: source, target, level and the forums the pair shares.

    Rows are in data order. ``also_in_forums`` lists (by id, sorted) the
    forums that hold both actors; it is empty when the link is the pair's
    only structural footing.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {i: Actor(i, i, "ifo", "kommun") for i in "ab"},
    ...              (Link(0, "a", "b", "samverkan", 1, frozenset({"individ"}), True),))
    >>> person_dependent_links(build_network(ds))[0]["also_in_forums"]
    []
    """
    rows = []
    for link in sorted(network.links, key=lambda item: item.index):
        if not link.person_dependent:
            continue
        shared = sorted(f.id for f in network.forums if {link.source, link.target} <= set(f.members))
        rows.append({"source": link.source, "target": link.target, "level": link.level, "also_in_forums": shared})
    return rows
