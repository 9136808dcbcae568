"""How each actor outside social services reaches social services, in tiers.

000 §6: "flera informanter beskriver att de har en samverkan med
socialtjänsten i och med att de gör en orosanmälan" — but an orosanmälan is
one-way. For every actor outside social services (type group ``social``:
IFO, socialtjänst) the strongest way it reaches them is one tier:

``direct``
    at least one samverkan link with a social services actor, or a seat in a
    co-located forum (``colocated: true``) with one: units that sit together
    (000 §5.5.1: "därför finns samverkan främst där") work together directly;
``forum_only``
    no such link, but it sits in a forum with a social services actor;
``one_way_only``
    neither, but a one-way link (orosanmälan, polisanmälan, hänvisning,
    information) to or from a social services actor;
``none``
    no tie with social services at all.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset({}, {"i": Actor("i", "IFO", "ifo", "kommun"), "f": Actor("f", "Förskola", "forskola", "kommun")},
...              (Link(0, "f", "i", "orosanmalan"),))
>>> social_services_reach(build_network(ds))
[{'id': 'f', 'name': 'Förskola', 'type': 'forskola', 'tier': 'one_way_only', 'one_way_to_social': 1}]
"""

from __future__ import annotations

from samnet.core.network import Network
from samnet.core.vocab import TYPES
from samnet.measure.results import TIERS

__all__ = ["social_services_reach", "reach_counts", "TIERS"]


def _is_social(actor) -> bool:
    entry = TYPES.get(actor.type)
    return entry is not None and entry.group == "social"


def social_services_reach(network: Network) -> list[dict]:
    """One row per actor outside social services: id, name, type, its strongest reach ``tier``
    and ``one_way_to_social``, the one-way links (orosanmälan …) it sends to social services.

    Rows are sorted by tier (strongest first), then id. An actor in tier
    ``forum_only`` with ``one_way_to_social`` > 0 meets social services in
    forums, and case by case only reports to them (000 §6).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Forum
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {"i": Actor("i", "IFO", "ifo", "kommun"), "p": Actor("p", "P", "polis", "stat"),
    ...                   "q": Actor("q", "Q", "polis", "stat")}, (),
    ...              (Forum("f", "F", ("i", "p"), 2, frozenset({"struktur"})),))
    >>> [(r["id"], r["tier"]) for r in social_services_reach(build_network(ds))]
    [('p', 'forum_only'), ('q', 'none')]
    >>> placed = Forum("fc", "Familjecentral", ("i", "q"), 2, frozenset({"individ"}), colocated=True)
    >>> [(r["id"], r["tier"]) for r in social_services_reach(build_network(Dataset({}, ds.actors, (), (placed,))))]
    [('q', 'direct'), ('p', 'none')]
    """
    actors = network.actors
    social = {a for a, actor in actors.items() if _is_social(actor)}
    direct: set[str] = set()
    for link in network.links:
        if link.source in social:
            direct.add(link.target)
        if link.target in social:
            direct.add(link.source)
    shared = [f for f in network.forums if social & set(f.members)]
    direct.update(m for f in shared if f.colocated for m in f.members)
    in_forum = {m for f in shared for m in f.members}
    one_way: set[str] = set()
    reports: dict[str, int] = {}
    for link in network.one_way:
        if link.source in social:
            one_way.add(link.target)
        if link.target in social:
            one_way.add(link.source)
            reports[link.source] = reports.get(link.source, 0) + 1
    rows = []
    for actor_id, actor in actors.items():
        if actor_id in social:
            continue
        if actor_id in direct:
            tier = "direct"
        elif actor_id in in_forum:
            tier = "forum_only"
        elif actor_id in one_way:
            tier = "one_way_only"
        else:
            tier = "none"
        rows.append(
            {
                "id": actor_id,
                "name": actor.name,
                "type": actor.type,
                "tier": tier,
                "one_way_to_social": reports.get(actor_id, 0),
            }
        )
    rows.sort(key=lambda r: (TIERS.index(r["tier"]), r["id"]))
    return rows


def reach_counts(rows: list[dict]) -> dict[str, int]:
    """How many actors are in each tier.

    Examples
    --------
    >>> reach_counts([{"tier": "direct"}, {"tier": "none"}, {"tier": "direct"}])
    {'direct': 2, 'forum_only': 0, 'one_way_only': 0, 'none': 1}
    """
    return {tier: sum(1 for r in rows if r["tier"] == tier) for tier in TIERS}
