"""Who said so: each tie's status, the disagreements between its sides, and who was not interviewed.

A mapping is testimony (000 §6: "bilden av vad samverkan är skiljer sig åt
mellan våra informanter"). The network already carries each tie at the level
used (:mod:`samnet.core.testimony`); this module measures what the reports
say about it.

Status of a described tie (a samverkan link or a forum):

``confirmed``     informants of both endpoints (of a forum: of at least two members) report it at level 1 or more
``disputed``      its level used is 0: an endpoint says there is no such samverkan
``one_sided``     only one endpoint's (member's) informants report it
``third_party``   only informants of neither endpoint report it
``inferred``      no reports; ``basis: harledd`` (the person encoding the data concluded it)
``document``      no reports; ``basis: dokument`` (a written agreement or routine)
``unattributed``  no reports and no basis: data that does not say who described the tie

A **disagreement** is a tie whose endpoints' levels (each the highest of its
informants) differ by one level or more; disputed ties are disagreements too.
Informants of one actor who give different levels (a chef and a medarbetare,
000 §5.9) are a **role disagreement**, listed apart.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Informant, Kommun, Link, Report
>>> actors = {i: Actor(i, i.upper(), "ifo", "kommun", "k") for i in ("jour", "ifo", "bvc")}
>>> ds = Dataset({"k": Kommun("k", "K")}, actors, (
...     Link(0, "jour", "ifo", scopes=frozenset({"individ"}), kommuner=frozenset({"k"}),
...          reports=(Report("jour-a", "jour", 4), Report("ifo-chef", "ifo", 2, role="chef"))),),
...     informants={"jour-a": Informant("jour-a", "jour"), "ifo-chef": Informant("ifo-chef", "ifo", "chef")})
>>> from samnet.core.network import build_network
>>> ev = evidence(build_network(ds, "k"))
>>> ev["ties_by_status"]["confirmed"], ev["disagreements"][0]["levels"], ev["not_interviewed"]
(1, {'ifo-chef': 2, 'jour-a': 4}, ['bvc'])
"""

from __future__ import annotations

from collections.abc import Iterable

from samnet.core.model import Forum, Link
from samnet.core.network import Network, tie_pairs
from samnet.core.testimony import actor_levels, endpoints, level_used
from samnet.core.vocab import FUNCTION_OF, STATUSES, best_status

__all__ = [
    "tie_status",
    "tie_key",
    "described_ties",
    "disagreement",
    "role_disagreements",
    "not_interviewed",
    "evidence",
    "HIGH_LEVEL",
    "WEAK_STATUSES",
    "best_status",
    "finding_support",
]

#: Levels 3-4 of samverkanstrappan: samarbete and samverkan, the headline of the trappa.
HIGH_LEVEL = 3

#: Statuses that rest on one side, a third party or an inference: no second voice confirms them.
WEAK_STATUSES = ("one_sided", "third_party", "inferred")


def tie_status(tie: Link | Forum) -> str:
    """The status of one described tie (see the module docstring).

    Examples
    --------
    >>> from samnet.core.model import Report
    >>> tie_status(Link(0, "a", "b", level=2))
    'unattributed'
    >>> tie_status(Link(0, "a", "b", level=2, basis="harledd"))
    'inferred'
    >>> tie_status(Link(0, "a", "b", reports=(Report("p", "police", 2),)))
    'third_party'
    >>> tie_status(Link(0, "a", "b", reports=(Report("a", "a", 3), Report("b", "b", 0))))
    'disputed'
    """
    levels = actor_levels(tie)
    if not levels:
        return {"harledd": "inferred", "dokument": "document"}.get(tie.basis or "", "unattributed")
    if level_used(tie) == 0:
        return "disputed"
    reporting = sum(1 for actor in endpoints(tie) if actor in levels)
    if reporting >= 2:
        return "confirmed"
    return "one_sided" if reporting == 1 else "third_party"


def tie_key(tie: Link | Forum) -> str:
    """A stable id of a tie for results and pages: ``link-<index>`` or ``forum-<id>``.

    Examples
    --------
    >>> tie_key(Link(7, "a", "b")), tie_key(Forum("f", "F", ("a", "b"), 2, frozenset()))
    ('link-7', 'forum-f')
    """
    return f"forum-{tie.id}" if isinstance(tie, Forum) else f"link-{tie.index}"


def described_ties(network: Network) -> tuple[Link | Forum, ...]:
    """Every described samverkan tie of the network: its links and forums, disputed ones included."""
    return (*network.links, *network.forums, *network.disputed)


def _side_reports(tie: Link | Forum, actors: Iterable[str]) -> dict[str, int]:
    """``{by: level}`` of the reports of ``actors``; the highest where one ``by`` reports twice."""
    wanted = set(actors)
    levels: dict[str, int] = {}
    for report in tie.reports:
        if report.actor in wanted and report.level is not None:
            levels[report.by] = max(levels.get(report.by, report.level), report.level)
    return dict(sorted(levels.items()))


def _ends(tie: Link | Forum, levels: dict[str, int]) -> tuple[str, str]:
    """Source and target of a row: a link's own; a forum's highest- and lowest-reporting members."""
    if isinstance(tie, Link):
        return tie.source, tie.target
    members = [m for m in tie.members if m in levels]
    ranked = sorted(members, key=lambda m: (-levels[m], m))
    return ranked[0], ranked[-1]


def disagreement(tie: Link | Forum) -> dict | None:
    """The tie's disagreement between endpoints, or None when they agree (or only one side reports).

    Examples
    --------
    >>> from samnet.core.model import Report
    >>> disagreement(Link(0, "jour", "ifo", reports=(Report("jour", "jour", 4), Report("ifo-a", "ifo", 2))))
    {'source': 'jour', 'target': 'ifo', 'levels': {'ifo-a': 2, 'jour': 4}, 'level_used': 2}
    """
    levels = actor_levels(tie)
    sides = {actor: levels[actor] for actor in endpoints(tie) if actor in levels}
    if len(sides) < 2 or max(sides.values()) - min(sides.values()) < 1:
        return None
    source, target = _ends(tie, sides)
    row = {
        "source": source,
        "target": target,
        "levels": _side_reports(tie, sides),
        "level_used": level_used(tie),
    }
    if isinstance(tie, Forum):
        row["forum"] = tie.id
    return row


def role_disagreements(tie: Link | Forum) -> list[dict]:
    """Informants of one actor who give the tie different levels (a chef and a medarbetare), one row per actor.

    Examples
    --------
    >>> from samnet.core.model import Report
    >>> tie = Link(0, "a", "b", reports=(Report("a-chef", "a", 3, role="chef"), Report("a-med", "a", 1)))
    >>> role_disagreements(tie)
    [{'source': 'a', 'target': 'b', 'actor': 'a', 'levels': {'a-chef': 3, 'a-med': 1}}]
    """
    rows = []
    for actor in sorted({r.actor for r in tie.reports if r.level is not None}):
        levels = _side_reports(tie, [actor])
        if len(levels) >= 2 and max(levels.values()) - min(levels.values()) >= 1:
            where = {"forum": tie.id} if isinstance(tie, Forum) else {"source": tie.source, "target": tie.target}
            rows.append({**where, "actor": actor, "levels": levels})
    return rows


def not_interviewed(network: Network) -> list[str]:
    """With an ``informants:`` list, the network's actors no informant speaks for (and no report names).

    Empty when the data declares no informants: then nobody is said to be interviewed or not.
    """
    if network.informants is None:
        return []
    heard = {informant.actor for informant in network.informants.values()}
    heard |= {r.actor for tie in (*described_ties(network), *network.one_way) for r in tie.reports}
    return [actor for actor in network.actors if actor not in heard]


def _highest_given(tie: Link | Forum) -> int:
    """The highest level anyone gives the tie: the level samnet used before testimony counted."""
    given = [r.level for r in tie.reports if r.level is not None]
    if tie.stated_level is not None:
        given.append(tie.stated_level)
    return max(given, default=tie.level or 0)


def _high_share(pairs: dict[tuple[str, str], int]) -> float:
    if not pairs:
        return 0.0
    return round(sum(1 for level in pairs.values() if level >= HIGH_LEVEL) / len(pairs), 6)


def headline(network: Network) -> dict:
    """The share of samverkan pairs at levels 3-4 by the level used, and by the highest level given.

    Where the two differ, the reader sees how much of the trappa rests on one side's word.
    """
    used = {(u, v): d["level"] for u, v, d in network.samverkan.edges(data=True)}
    highest: dict[tuple[str, str], int] = {}
    for tie in described_ties(network):
        level = _highest_given(tie)
        if level < 1:
            continue
        for pair in tie_pairs(tie):
            highest[pair] = max(highest.get(pair, 0), level)
    return {
        "pairs": len(used),
        "pairs_highest": len(highest),
        "high_share": _high_share(used),
        "high_share_highest": _high_share(highest),
    }


def evidence(network: Network) -> dict:
    """What the testimony says about the network's ties: the ``evidence`` key of ``summary.json``.

    Returns
    -------
    dict
        ``ties_by_status`` (a count per status over described samverkan ties),
        ``disagreements`` and ``role_disagreements`` (rows as above),
        ``disputed`` (the ties an endpoint denies), ``not_interviewed`` (actor ids),
        ``reporters`` (each ``by``: the ``actor`` it speaks for and its ``role``),
        ``statuses`` (each tie's status by :func:`tie_key`), ``confirmed_share``,
        ``high_weak`` (ties at levels 3-4 per weak status) and ``headline``.
    """
    ties = described_ties(network)
    statuses = {tie_key(tie): tie_status(tie) for tie in ties}
    counts = {status: 0 for status in STATUSES}
    for status in statuses.values():
        counts[status] += 1
    high_weak = {status: 0 for status in WEAK_STATUSES}
    for tie in ties:
        status = statuses[tie_key(tie)]
        if status in high_weak and (tie.level or 0) >= HIGH_LEVEL:
            high_weak[status] += 1
    disagreements = [row for row in map(disagreement, ties) if row is not None]
    return {
        "ties_by_status": counts,
        "confirmed_share": round(counts["confirmed"] / len(ties), 6) if ties else 0.0,
        "disagreements": sorted(disagreements, key=_order),
        "role_disagreements": sorted((row for tie in ties for row in role_disagreements(tie)), key=_order),
        "disputed": sorted((_where(tie) for tie in network.disputed), key=_order),
        "not_interviewed": not_interviewed(network),
        "reporters": _reporters(ties),
        "statuses": statuses,
        "high_weak": high_weak,
        "headline": headline(network),
    }


def _finding_ties(network: Network, key: str, values: dict) -> list[Link | Forum]:
    """The described ties a comparison finding counts: levels 3-4, level 4, an area, person-dependent links,
    co-located ties, an area's forums, the dominating forum, or the ties of the functions it names."""
    ties = [*network.links, *network.forums]
    if key == "high_levels":
        return [t for t in ties if (t.level or 0) >= HIGH_LEVEL]
    if key == "level4_internal":
        return [t for t in ties if t.level == 4]
    if key == "area_share":
        return [t for t in ties if values.get("area") in t.areas]
    if key == "person_dependence":
        return [t for t in network.links if t.person_dependent]
    if key == "colocation":
        return [t for t in ties if t.colocated]
    if key == "area_forums":
        return [f for f in network.forums if values.get("area") in f.areas]
    if key == "dominant_forum":
        named = {side["forum"]["id"] for side in (values.get("a"), values.get("b")) if side and side.get("forum")}
        return [f for f in network.forums if f.id in named]
    functions = _finding_functions(key, values)
    if functions is not None:
        return [t for t in ties if any(_function(network, a) in functions for a in endpoints(t))]
    # A finding that counts no set of ties: no clause, rather than one about every tie of the network.
    return []


def _finding_functions(key: str, values: dict) -> set[str] | None:
    """The functions whose ties a finding counts (school, one function, social services), or None."""
    if key == "school_structural":
        return {"skola", "forskola"}
    if key in ("function_samverkan", "function_structural", "forvaltningar_structural"):
        return {values.get("function")}
    if key == "reach":
        return {"social"}
    return None


def _function(network: Network, actor_id: str) -> str | None:
    actor = network.actors.get(actor_id)
    return FUNCTION_OF.get(actor.type) if actor else None


def finding_support(network: Network, finding: dict) -> list[int]:
    """``[weak, total]``: of the ties a comparison finding counts, how many rest on one side, a third party
    or an inference.

    Examples
    --------
    >>> from samnet.core.model import Dataset
    >>> from samnet.core.network import build_network
    >>> finding_support(build_network(Dataset({}, {})), {"key": "high_levels", "values": {}})
    [0, 0]
    """
    ties = _finding_ties(network, finding["key"], finding["values"])
    return [sum(1 for t in ties if tie_status(t) in WEAK_STATUSES), len(ties)]


def _reporters(ties: Iterable[Link | Forum]) -> dict[str, dict]:
    """Who each ``by`` of the reports is: the actor it speaks for and the informant's role (or None)."""
    found = {r.by: {"actor": r.actor, "role": r.role} for tie in ties for r in tie.reports}
    return dict(sorted(found.items()))


def _where(tie: Link | Forum) -> dict:
    if isinstance(tie, Forum):
        return {"forum": tie.id, "tie": tie_key(tie)}
    return {"source": tie.source, "target": tie.target, "tie": tie_key(tie)}


def _order(row: dict) -> tuple:
    return (row.get("forum", ""), row.get("source", ""), row.get("target", ""), row.get("actor", ""))
