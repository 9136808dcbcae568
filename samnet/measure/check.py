"""Hold a kommun's network against a norm: which rules of the agreement the mapping meets.

Pure functions over :class:`samnet.core.network.Network` and :class:`samnet.core.norm.Norm`;
the results hold figures only (:mod:`samnet.present.check_text` words them).
Each rule gets one status per kommun:

``met``
    the tie exists as asked (for ``each``, every matching actor has it);
``partly``
    ``each`` holds for some matching actors but not all (the others are named);
``below``
    samverkan exists, but below ``min_level`` or not in the asked scope;
``one_way_only``
    the pairs have only one-way links (orosanmälan …) where samverkan is asked:
    an orosanmälan is not samverkan (000 §6);
``missing``
    no such tie;
``not_mapped``
    the mapping has no actor for one side, so the rule cannot be judged; never
    a gap, never met. With an ``informants:`` list, a tie that is missing where
    nobody on one side was interviewed is ``not_mapped`` too ("ej kartlagd"):
    nobody was asked about it.

A pair that meets a rule only through ties that rest on one side, a third
party or the coder's inference (:mod:`samnet.measure.testimony`) is named in
``weak_pairs`` and in the rule's sentence.

A rule's level and scope are checked tie by tie, not on the merged edge: a
pair with a level-3 tie in cases and a level-1 network does not meet
"level 3 at strukturnivå".

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Link
>>> from samnet.core.network import build_network
>>> from samnet.core.norm import Norm, Rule, Selector
>>> ds = Dataset({}, {"s": Actor("s", "IFO", "ifo", "kommun"), "p": Actor("p", "BUP", "bup", "region")},
...              (Link(0, "p", "s", "orosanmalan"),))
>>> rule = Rule("sip", "SIP", a=Selector(types=frozenset({"ifo"})), b=Selector(types=frozenset({"bup"})))
>>> result = check_network(build_network(ds), Norm("n", "N", None, (rule,)))
>>> r = result.results[0]
>>> r.status, r.pairs, r.kinds
('one_way_only', (('s', 'p'),), ('orosanmalan',))
"""

from __future__ import annotations

from collections.abc import Iterable

from samnet.core.model import Forum
from samnet.core.network import Network
from samnet.core.norm import Norm, Rule
from samnet.core.vocab import KINDS
from samnet.measure.results import GAP_STATUSES, STATUSES, CheckReport, KommunCheck, RuleResult

__all__ = [
    "STATUSES",
    "GAP_STATUSES",
    "RuleResult",
    "KommunCheck",
    "CheckReport",
    "check_network",
    "check_networks",
]

# What a pair (or an actor on the `each` side) reaches, best first.
_MET, _BELOW, _ONE_WAY = "met", "below", "one_way"
_RANK = {_MET: 3, _BELOW: 2, _ONE_WAY: 1, None: 0}


def _reaches(rule: Rule, tie, scope: str | None) -> bool:
    """Whether one samverkan tie is at the asked level in ``scope`` (any scope when None)."""
    return tie.level >= rule.min_level and (scope is None or scope in tie.scopes)


def _pair_state(rule: Rule, ties: tuple) -> str:
    """``met`` when the ties hold every asked scope at the asked level; else ``below``."""
    wanted = sorted(rule.scopes) or [None]
    return _MET if all(any(_reaches(rule, t, s) for t in ties) for s in wanted) else _BELOW


def _one_way_index(network: Network) -> dict[tuple[str, str], set[str]]:
    index: dict[tuple[str, str], set[str]] = {}
    for link in network.one_way:
        index.setdefault((link.source, link.target), set()).add(link.kind)
    return index


def _pairs_samverkan(
    rule: Rule, network: Network, side_a: list[str], side_b: set[str], one_way: dict[tuple[str, str], set[str]]
) -> dict[tuple[str, str], str]:
    """The state of every a–b pair that has any tie, samverkan or one-way."""
    states: dict[tuple[str, str], str] = {}
    graph = network.samverkan
    for x in side_a:
        for y in graph.neighbors(x):
            if y in side_b and y != x:
                states[(x, y)] = _pair_state(rule, graph.edges[x, y]["ties"])
    for source, target in one_way:
        for x, y in ((source, target), (target, source)):
            if x in side_a and y in side_b and (x, y) not in states and x != y:
                states[(x, y)] = _ONE_WAY
    return states


def _pairs_one_way(rule: Rule, network: Network, side_a: list[str], side_b: set[str]) -> dict[tuple[str, str], str]:
    wanted = set(side_a)
    return {
        (link.source, link.target): _MET
        for link in network.one_way
        if link.kind == rule.kind and link.source in wanted and link.target in side_b
    }


def _kinds_of(pairs: Iterable[tuple[str, str]], one_way: dict[tuple[str, str], set[str]]) -> tuple[str, ...]:
    found: set[str] = set()
    for x, y in pairs:
        found |= one_way.get((x, y), set()) | one_way.get((y, x), set())
    return tuple(k for k in KINDS if k in found)


def _ties(network: Network, pairs: Iterable[tuple[str, str]]) -> list:
    return [t for x, y in pairs for t in network.samverkan.edges[x, y]["ties"]]


def _best_levels(rule: Rule, ties: Iterable) -> tuple[tuple[str | None, int | None], ...]:
    """Per asked scope, the highest level among ``ties`` in it (one entry for "any scope")."""
    ties = list(ties)
    if not rule.scopes:
        return ((None, max((t.level for t in ties), default=None)),)
    return tuple((s, max((t.level for t in ties if s in t.scopes), default=None)) for s in sorted(rule.scopes))


def _judge_pairs(
    rule: Rule,
    network: Network,
    states: dict[tuple[str, str], str],
    side_a: list[str],
    side_b: list[str],
    one_way: dict[tuple[str, str], set[str]],
) -> RuleResult:
    """Turn pair states into the rule's status, per ``each``."""
    best_of: dict[str, str | None] = {}
    if rule.each != "any":
        subjects = side_a if rule.each == "a" else side_b
        best_of = dict.fromkeys(subjects)
        position = 0 if rule.each == "a" else 1
        for pair, state in states.items():
            actor = pair[position]
            if _RANK[state] > _RANK[best_of[actor]]:
                best_of[actor] = state
        top = max((_RANK[s] for s in best_of.values()), default=0)
        matched = sum(1 for s in best_of.values() if s == _MET)
    else:
        top = max((_RANK[s] for s in states.values()), default=0)
        matched = 0
    level = {_RANK[k]: k for k in _RANK}[top]
    status = {_MET: "met", _BELOW: "below", _ONE_WAY: "one_way_only", None: "missing"}[level]
    if best_of and level == _MET and matched < len(best_of):
        status = "partly"
    shown = _MET if status == "partly" else level
    own = network.kommun.id if network.kommun else None

    def outsiders(pair: tuple[str, str]) -> int:
        # Pairs within the kommun come first, so the example a reader sees is the kommun's own.
        return sum(1 for actor in pair if network.actors[actor].kommun != own)

    pairs = tuple(sorted((p for p, s in states.items() if s == shown), key=lambda p: (outsiders(p), p)))
    shortfalls = tuple(sorted((a, s or "none") for a, s in best_of.items() if s != _MET))
    below_ties = _ties(network, pairs) if status == "below" else []
    forums, forum_only, forum_only_forums = _forums_behind(rule, network, pairs, status)
    return RuleResult(
        rule,
        status,
        pairs,
        missing_actors=tuple(a for a, _ in shortfalls),
        shortfalls=shortfalls,
        subjects=len(best_of),
        matched=matched,
        kinds=_kinds_of(pairs, one_way) if status == "one_way_only" else (),
        best_levels=_best_levels(rule, below_ties) if status == "below" else (),
        forums=forums,
        forum_only_pairs=forum_only,
        forum_only_forums=forum_only_forums,
    )


def _forums_behind(
    rule: Rule, network: Network, pairs: Iterable[tuple[str, str]], status: str
) -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    """The forums behind ``pairs``, how many pairs rest on forums alone, and those pairs' forums.

    For met and partly only the ties that reach the rule count; for below, every tie. A
    one-way rule rests on its one-way links, never on forums.
    """
    forums: set[str] = set()
    only_forums: set[str] = set()
    forum_only = 0
    wanted = sorted(rule.scopes) or [None]
    for x, y in () if rule.one_way else pairs:
        if not network.samverkan.has_edge(x, y):
            continue  # a one-way pair: no samverkan tie behind it
        ties = network.samverkan.edges[x, y]["ties"]
        if status in ("met", "partly"):
            ties = [t for t in ties if any(_reaches(rule, t, s) for s in wanted)]
        pair_forums = {t.id for t in ties if isinstance(t, Forum)}
        forums |= pair_forums
        if pair_forums and all(isinstance(t, Forum) for t in ties):
            forum_only += 1
            only_forums |= pair_forums
    return tuple(sorted(forums)), forum_only, tuple(sorted(only_forums))


def _check_pair_rule(rule: Rule, network: Network, one_way: dict[tuple[str, str], set[str]]) -> RuleResult:
    actors = network.actors.values()
    side_a = [a.id for a in actors if rule.a.matches(a)]
    side_b = [a.id for a in actors if rule.b.matches(a)]
    unmapped = tuple(s for s, side in ((rule.a, side_a), (rule.b, side_b)) if not side)
    if unmapped:
        return RuleResult(rule, "not_mapped", unmapped=unmapped)
    if rule.one_way:
        states = _pairs_one_way(rule, network, side_a, set(side_b))
    else:
        states = _pairs_samverkan(rule, network, side_a, set(side_b), one_way)
    result = _judge_pairs(rule, network, states, side_a, side_b, one_way)
    if network.informants is not None:
        result = _with_testimony(result, network, side_a, side_b)
    return result


def _with_testimony(result: RuleResult, network: Network, side_a: list[str], side_b: list[str]) -> RuleResult:
    """Mark what testimony changes: a gap nobody was asked about, a pair that rests on one side's word."""
    from dataclasses import replace

    from samnet.measure.testimony import WEAK_STATUSES, best_status, not_interviewed, tie_status

    unheard = set(not_interviewed(network))
    if result.status == "missing":
        for side, selector in ((side_a, result.rule.a), (side_b, result.rule.b)):
            if all(actor in unheard for actor in side):
                return RuleResult(result.rule, "not_mapped", unmapped=(selector,), not_interviewed=tuple(sorted(side)))
    if result.status not in ("met", "partly") or result.rule.one_way:
        return result
    wanted = sorted(result.rule.scopes) or [None]
    weak = []
    for x, y in result.pairs:
        ties = [t for t in network.samverkan.edges[x, y]["ties"] if any(_reaches(result.rule, t, s) for s in wanted)]
        statuses = [tie_status(t) for t in ties]
        if statuses and all(status in WEAK_STATUSES for status in statuses):
            weak.append(((x, y), best_status(statuses)))
    return replace(result, weak_pairs=tuple(weak)) if weak else result


def _check_forum_rule(rule: Rule, network: Network) -> RuleResult:
    actors = network.actors
    unmapped = tuple(s for s in rule.members if not any(s.matches(a) for a in actors.values()))
    if unmapped:
        return RuleResult(rule, "not_mapped", unmapped=unmapped)
    full: list = []
    closest, closest_absent = None, rule.members
    for forum in sorted(network.forums, key=lambda f: f.id):
        absent = tuple(s for s in rule.members if not any(s.matches(actors[m]) for m in forum.members))
        if not absent:
            full.append(forum)
        elif len(absent) < len(closest_absent):
            closest, closest_absent = forum, absent
    met = [f for f in full if f.level >= rule.min_level and rule.scopes <= f.scopes]
    if met:
        return RuleResult(rule, "met", forums=tuple(f.id for f in met))
    if full:
        return RuleResult(rule, "below", forums=tuple(f.id for f in full), best_levels=_best_levels(rule, full))
    return RuleResult(
        rule, "missing", forums=(closest.id,) if closest else (), absent=closest_absent if closest else ()
    )


def check_network(network: Network, norm: Norm) -> KommunCheck:
    """Judge every rule of ``norm`` on one kommun's network.

    Parameters
    ----------
    network : Network
        From :func:`samnet.core.network.build_network`.
    norm : Norm
        From :func:`samnet.load.norm.load_norm` or :func:`samnet.load.norm.bundled_norm`.

    Returns
    -------
    KommunCheck
        One :class:`RuleResult` per rule, in the norm's order.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> from samnet.core.norm import Norm, Rule, Selector
    >>> ds = Dataset({}, {"s": Actor("s", "IFO", "ifo", "kommun"), "p": Actor("p", "Polisen", "polis", "stat")},
    ...              (Link(0, "s", "p", "samverkan", 2, frozenset({"individ"})),))
    >>> rule = Rule("risk", "Risk", a=Selector(groups=frozenset({"social"})),
    ...             b=Selector(types=frozenset({"polis"})), min_level=3)
    >>> check_network(build_network(ds), Norm("n", "N", None, (rule,))).results[0].status
    'below'
    """
    one_way = _one_way_index(network)
    results = tuple(
        _check_forum_rule(rule, network) if rule.is_forum else _check_pair_rule(rule, network, one_way)
        for rule in norm.rules
    )
    return KommunCheck(network.id, network.name, results)


def check_networks(networks: Iterable[Network], norm: Norm) -> CheckReport:
    """Judge ``norm`` on several networks, e.g. every kommun of a dataset.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> from samnet.load.norm import bundled_norm
    >>> ds = Dataset({}, {"s": Actor("s", "IFO", "ifo", "kommun")})
    >>> report = check_networks([build_network(ds)], bundled_norm())
    >>> report.kommuner[0].summary["not_mapped"] == len([r for r in report.norm.rules if r.required])
    True
    """
    return CheckReport(norm, tuple(check_network(n, norm) for n in networks))
