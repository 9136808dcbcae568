"""The level a tie carries in every figure when informants have described it: the level both sides recognise.

A mapping is testimony (000, Sammanfattning: "hur samverkan … definieras av
de olika parterna"). When a link or forum carries ``reports``, its level in
the network is not the highest anyone gave but the one both sides recognise:

- an actor's level for a tie is the **highest** level any of its informants gives;
- where informants of both endpoints report, the tie takes the **lower** of the
  two sides; where only one endpoint's informants report, that side's level;
  where only others report (a third party), the highest of theirs;
- a forum takes the **lowest** among its reporting members' levels;
- without reports, the tie keeps its own level.

A tie whose level used is 0 (an endpoint says there is no such samverkan) is
*disputed*: the network leaves it out of samverkan and lists it apart. A
tie's scopes and areas are the union of its reports'; it is person-dependent
if any report says so. Statuses and disagreements are measured from the same
reports in :mod:`samnet.measure.testimony`.

The rule lives beside the network's merge rule because the network is where
every figure reads a tie's level: centrality, the trappa, reach, the check.

Examples
--------
>>> from samnet.core.model import Link, Report
>>> link = Link(0, "jour", "ifo", level=4, scopes=frozenset({"individ"}), reports=(
...     Report("jour", "jour", 4), Report("ifo-chef", "ifo", 2), Report("ifo-handl", "ifo", 1)))
>>> actor_levels(link)
{'jour': 4, 'ifo': 2}
>>> level_used(link)
2
>>> resolve_tie(link).level, resolve_tie(link).stated_level
(2, 4)
"""

from __future__ import annotations

from dataclasses import replace

from samnet.core.model import Forum, Link

__all__ = ["actor_levels", "endpoints", "level_used", "resolve_tie"]


def endpoints(tie: Link | Forum) -> tuple[str, ...]:
    """The actors a tie joins: a link's source and target, a forum's members.

    Examples
    --------
    >>> endpoints(Link(0, "a", "b"))
    ('a', 'b')
    """
    if isinstance(tie, Forum):
        return tie.members
    return (tie.source, tie.target)


def actor_levels(tie: Link | Forum) -> dict[str, int]:
    """Each reporting actor's level for the tie: the highest any informant of that actor gives.

    Reports without a level (on a one-way link) give none.

    Examples
    --------
    >>> from samnet.core.model import Report
    >>> actor_levels(Link(0, "a", "b", reports=(Report("x", "a", 1), Report("y", "a", 3))))
    {'a': 3}
    """
    levels: dict[str, int] = {}
    for report in tie.reports:
        if report.level is not None:
            levels[report.actor] = max(levels.get(report.actor, report.level), report.level)
    return levels


def level_used(tie: Link | Forum) -> int | None:
    """The level figures use: the lower side where both endpoints report, else the rule above.

    Examples
    --------
    >>> from samnet.core.model import Report
    >>> level_used(Link(0, "a", "b", level=3))
    3
    >>> level_used(Link(0, "a", "b", reports=(Report("p", "police", 3), Report("q", "police", 4))))
    4
    >>> level_used(Link(0, "a", "b", reports=(Report("a", "a", 3), Report("b", "b", 0))))
    0
    """
    levels = actor_levels(tie)
    if not levels:
        return tie.level
    sides = [levels[actor] for actor in endpoints(tie) if actor in levels]
    if sides:
        return min(sides)
    return max(levels.values())


def resolve_tie(tie: Link | Forum) -> Link | Forum:
    """The tie as figures see it: level used, scopes and areas of the reports, person-dependence of any report.

    ``stated_level`` keeps the level the data gave the tie itself. A tie
    without reports is returned with only ``stated_level`` filled in.

    Examples
    --------
    >>> from samnet.core.model import Report
    >>> tie = Link(0, "a", "b", reports=(Report("a", "a", 2, frozenset({"individ"}), person_dependent=True),
    ...                                  Report("b", "b", 3, frozenset({"struktur"}))))
    >>> t = resolve_tie(tie)
    >>> t.level, sorted(t.scopes), t.person_dependent
    (2, ['individ', 'struktur'], True)
    """
    if not tie.reports:
        return replace(tie, stated_level=tie.level)
    # A report that says there is no samverkan describes no scope or area of it.
    saying = [r for r in tie.reports if not r.denies]
    scopes = frozenset().union(*(r.scopes for r in saying)) or tie.scopes
    areas = frozenset().union(*(r.areas for r in saying)) or tie.areas
    dependent = tie.person_dependent or any(r.person_dependent for r in saying)
    return replace(
        tie,
        level=level_used(tie),
        stated_level=tie.level,
        scopes=scopes,
        areas=areas,
        person_dependent=dependent,
    )
