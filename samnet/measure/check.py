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
from dataclasses import dataclass, replace

from samnet.core.model import Actor, Document, Forum
from samnet.core.network import Network
from samnet.core.norm import Norm, Rule
from samnet.core.vocab import KINDS
from samnet.measure.paper import judge_document_rule, network_documents, paper_findings
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


def _tie_counts(rule: Rule, tie) -> bool:
    """Whether a tie (link or forum) can count for ``rule`` at all: its areas, and forums where accepted."""
    if rule.areas and tie.areas and not (rule.areas & tie.areas):
        return False
    return rule.accept_forum or not isinstance(tie, Forum)


def _reaches(rule: Rule, tie, scope: str | None) -> bool:
    """Whether one samverkan tie is at the asked level in ``scope`` (any scope when None)."""
    return tie.level >= rule.min_level and (scope is None or scope in tie.scopes)


def _pair_state(rule: Rule, ties: list) -> str:
    """``met`` when the ties hold every asked scope at the asked level; else ``below``."""
    wanted = sorted(rule.scopes) or [None]
    return _MET if all(any(_reaches(rule, t, s) for t in ties) for s in wanted) else _BELOW


def _one_way_index(network: Network) -> dict[tuple[str, str], set[str]]:
    index: dict[tuple[str, str], set[str]] = {}
    for link in network.one_way:
        index.setdefault((link.source, link.target), set()).add(link.kind)
    return index


def _counted_ties(rule: Rule, network: Network, x: str, y: str) -> list:
    if not network.samverkan.has_edge(x, y):
        return []
    return [t for t in network.samverkan.edges[x, y]["ties"] if _tie_counts(rule, t)]


def _pairs_samverkan(
    rule: Rule, network: Network, side_a: list[str], side_b: set[str], one_way: dict[tuple[str, str], set[str]]
) -> dict[tuple[str, str], str]:
    """The state of every a–b pair that has any counted tie, samverkan or one-way."""
    states: dict[tuple[str, str], str] = {}
    graph = network.samverkan
    for x in side_a:
        for y in graph.neighbors(x):
            # A rule within one kind (social services among themselves) sees each pair once.
            if y in side_b and y != x and (y, x) not in states:
                ties = _counted_ties(rule, network, x, y)
                if ties:
                    states[(x, y)] = _pair_state(rule, ties)
    for source, target in one_way:
        for x, y in ((source, target), (target, source)):
            if x in side_a and y in side_b and (x, y) not in states and (y, x) not in states and x != y:
                states[(x, y)] = _ONE_WAY
    return states


def _excluded_forums(rule: Rule, network: Network, side_a: list[str], side_b: set[str]) -> tuple[str, ...]:
    """Forums shared by an a–b pair that the rule does not accept (``accept_forum: false``)."""
    if rule.accept_forum or rule.one_way:
        return ()
    graph = network.samverkan
    found = {
        t.id
        for x in side_a
        for y in graph.neighbors(x)
        if y in side_b and y != x
        for t in graph.edges[x, y]["ties"]
        if isinstance(t, Forum) and not (rule.areas and t.areas and not rule.areas & t.areas)
    }
    return tuple(sorted(found))


def _pairs_one_way(rule: Rule, network: Network, side_a: list[str], side_b: set[str]) -> dict[tuple[str, str], str]:
    wanted = set(side_a)
    return {
        (link.source, link.target): _MET
        for link in network.one_way
        if link.kind == rule.kind
        and link.source in wanted
        and link.target in side_b
        and not (rule.areas and link.areas and not rule.areas & link.areas)
    }


def _kinds_of(pairs: Iterable[tuple[str, str]], one_way: dict[tuple[str, str], set[str]]) -> tuple[str, ...]:
    found: set[str] = set()
    for x, y in pairs:
        found |= one_way.get((x, y), set()) | one_way.get((y, x), set())
    return tuple(k for k in KINDS if k in found)


def _best_levels(rule: Rule, ties: Iterable) -> tuple[tuple[str | None, int | None], ...]:
    """Per asked scope, the highest level among ``ties`` in it (one entry for "any scope")."""
    ties = list(ties)
    if not rule.scopes:
        return ((None, max((t.level for t in ties), default=None)),)
    return tuple((s, max((t.level for t in ties if s in t.scopes), default=None)) for s in sorted(rule.scopes))


def _each_states(
    rule: Rule, states: dict[tuple[str, str], str], subjects: list[str]
) -> tuple[dict[str, str | None], int, int]:
    """Per actor on the ``each`` side, the best state it reaches; the top rank and how many meet it."""
    best_of: dict[str, str | None] = dict.fromkeys(subjects)
    position = 0 if rule.each == "a" else 1
    for pair, state in states.items():
        actor = pair[position]
        if actor in best_of and _RANK[state] > _RANK[best_of[actor]]:
            best_of[actor] = state
    top = max((_RANK[s] for s in best_of.values()), default=0)
    return best_of, top, sum(1 for s in best_of.values() if s == _MET)


def _judge_pairs(
    rule: Rule,
    network: Network,
    states: dict[tuple[str, str], str],
    subjects: list[str],
    one_way: dict[tuple[str, str], set[str]],
) -> RuleResult:
    """Turn pair states into the rule's status, per ``each`` (``subjects``: the each side's mapped actors)."""
    best_of: dict[str, str | None] = {}
    if rule.each != "any":
        best_of, top, matched = _each_states(rule, states, subjects)
        states = {p: s for p, s in states.items() if p[0 if rule.each == "a" else 1] in best_of}
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
    below_ties = [t for x, y in pairs for t in _counted_ties(rule, network, x, y)] if status == "below" else []
    forums, forum_only, forum_only_forums, personal = _forums_behind(rule, network, pairs, status)
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
        person_dependent_only=personal,
    )


def _reaching(rule: Rule, network: Network, x: str, y: str) -> list:
    """The ties of a met pair that reach the rule: one-way links of its kind, or counted samverkan ties."""
    if rule.one_way:
        return [link for link in network.one_way if (link.source, link.target) == (x, y) and link.kind == rule.kind]
    wanted = sorted(rule.scopes) or [None]
    return [t for t in _counted_ties(rule, network, x, y) if any(_reaches(rule, t, s) for s in wanted)]


def _forums_behind(
    rule: Rule, network: Network, pairs: Iterable[tuple[str, str]], status: str
) -> tuple[tuple[str, ...], int, tuple[str, ...], bool]:
    """The forums behind ``pairs``, how many pairs rest on forums alone, those pairs' forums, and
    whether every tie a met status rests on is person-dependent.

    For met and partly only the ties that reach the rule count; for below, every counted tie. A
    one-way rule rests on its one-way links, never on forums.
    """
    forums: set[str] = set()
    only_forums: set[str] = set()
    forum_only = 0
    met = status in ("met", "partly")
    reaching_all: list = []
    for x, y in pairs:
        ties = _reaching(rule, network, x, y) if met else _counted_ties(rule, network, x, y)
        reaching_all += ties
        if rule.one_way or not ties:
            continue
        pair_forums = {t.id for t in ties if isinstance(t, Forum)}
        forums |= pair_forums
        if pair_forums and all(isinstance(t, Forum) for t in ties):
            forum_only += 1
            only_forums |= pair_forums
    personal = met and bool(reaching_all) and all(t.person_dependent for t in reaching_all)
    return tuple(sorted(forums)), forum_only, tuple(sorted(only_forums)), personal


@dataclass(frozen=True)
class _Coverage:
    """Which actors the mapping covers: described (in any link or forum) and interviewed."""

    described: frozenset[str]
    interviewed: frozenset[str] | None

    def covers(self, actor: str) -> bool:
        return actor in self.described and (self.interviewed is None or actor in self.interviewed)


def _coverage(network: Network, interviewed: frozenset[str] | None) -> _Coverage:
    graph = network.samverkan
    described = {x for x in graph.nodes if graph.degree(x)}
    described |= {e for link in network.one_way for e in (link.source, link.target)}
    return _Coverage(frozenset(described), interviewed)


def _check_pair_rule(
    rule: Rule, network: Network, one_way: dict[tuple[str, str], set[str]], coverage: _Coverage
) -> RuleResult:
    actors = network.actors.values()
    side_a = [a.id for a in actors if rule.a.matches(a)]
    side_b = [a.id for a in actors if rule.b.matches(a)]
    unmapped = tuple(s for s, side in ((rule.a, side_a), (rule.b, side_b)) if not side)
    if unmapped:
        return RuleResult(rule, "not_mapped", unmapped=unmapped, not_mapped_reason="absent")
    responsible = side_b if rule.each == "b" else side_a
    subjects = [x for x in responsible if coverage.covers(x)] if rule.each != "any" else []
    uncovered = tuple(x for x in responsible if not coverage.covers(x)) if rule.each != "any" else ()
    if rule.one_way:
        states = _pairs_one_way(rule, network, side_a, set(side_b))
    else:
        states = _pairs_samverkan(rule, network, side_a, set(side_b), one_way)
    if rule.each != "any" and not subjects:
        reason = "not_described" if coverage.interviewed is None else "not_interviewed"
        return RuleResult(rule, "not_mapped", unmapped_actors=uncovered, not_mapped_reason=reason)
    result = _judge_pairs(rule, network, states, subjects, one_way)
    interviewed = coverage.interviewed
    if (
        rule.each == "any"
        and result.status == "missing"
        and interviewed is not None
        and not any(x in interviewed for x in responsible)
    ):
        return RuleResult(rule, "not_mapped", unmapped_actors=tuple(responsible), not_mapped_reason="not_interviewed")
    excluded = _excluded_forums(rule, network, side_a, set(side_b)) if result.status != "met" else ()
    result = replace(result, unmapped_actors=uncovered, excluded_forums=excluded)
    if network.informants is not None:
        result = _with_testimony(result, network, side_a, side_b)
    return result


def _forum_counts(rule: Rule, forum: Forum) -> bool:
    return not (rule.areas and forum.areas and not rule.areas & forum.areas)


def _with_testimony(result: RuleResult, network: Network, side_a: list[str], side_b: list[str]) -> RuleResult:
    """Mark what testimony changes: a gap nobody was asked about, a pair that rests on one side's word."""
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
        return RuleResult(rule, "not_mapped", unmapped=unmapped, not_mapped_reason="absent")
    full: list = []
    closest, closest_absent = None, rule.members
    for forum in sorted((f for f in network.forums if _forum_counts(rule, f)), key=lambda f: f.id):
        absent = tuple(s for s in rule.members if not any(s.matches(actors[m]) for m in forum.members if m in actors))
        if not absent:
            full.append(forum)
        elif len(absent) < len(closest_absent):
            closest, closest_absent = forum, absent
    met = [f for f in full if f.level >= rule.min_level and rule.scopes <= f.scopes]
    if met:
        personal = all(f.person_dependent for f in met)
        return RuleResult(rule, "met", forums=tuple(f.id for f in met), person_dependent_only=personal)
    if full:
        return RuleResult(rule, "below", forums=tuple(f.id for f in full), best_levels=_best_levels(rule, full))
    return RuleResult(
        rule, "missing", forums=(closest.id,) if closest else (), absent=closest_absent if closest else ()
    )


def _names(network: Network, documents: Iterable[Document]) -> dict[str, str]:
    """Display names by id; two actors of one name are told apart by their kommun."""
    counts: dict[str, int] = {}
    for actor in network.actors.values():
        counts[actor.name] = counts.get(actor.name, 0) + 1
    names = {}
    for actor in network.actors.values():
        where = network.kommun_names.get(actor.kommun, actor.kommun) if actor.kommun else None
        names[actor.id] = f"{actor.name} ({where})" if counts[actor.name] > 1 and where else actor.name
    names.update({f.id: f.name for f in network.forums})
    names.update({d.id: d.name for d in documents})
    return names


def check_network(
    network: Network,
    norm: Norm,
    *,
    documents: Iterable[Document] | None = None,
    actors: dict[str, Actor] | None = None,
    interviewed: Iterable[str] | None = None,
) -> KommunCheck:
    """Judge every rule of ``norm`` on one kommun's network.

    Parameters
    ----------
    network : Network
        From :func:`samnet.core.network.build_network`.
    norm : Norm
        From :func:`samnet.load.norm.load_norm` or :func:`samnet.load.norm.bundled_norm`.
    documents : iterable of Document, optional
        The data's documents; None (or empty) when the data records none, so that
        document rules are ``not_mapped``.
    actors : dict, optional
        Every actor of the data (a regional document's parties may sit outside
        this network); default: the network's.
    interviewed : iterable of str, optional
        The actors someone was interviewed from, when the data lists informants; a
        rule whose responsible actors nobody interviewed is ``not_mapped``.

    Returns
    -------
    KommunCheck
        One :class:`RuleResult` per rule, in the norm's order, and the paper findings.

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
    documents = tuple(documents or ())
    every_actor = actors if actors is not None else network.actors
    relevant = network_documents(network, documents) if documents else None
    coverage = _coverage(network, frozenset(interviewed) if interviewed is not None else None)
    results = []
    for rule in norm.rules:
        if rule.is_document:
            status, fields = judge_document_rule(rule, network, relevant, every_actor)
            results.append(RuleResult(rule, status, **fields))
        elif rule.is_forum:
            results.append(_check_forum_rule(rule, network))
        else:
            results.append(_check_pair_rule(rule, network, one_way, coverage))
    names = _names(network, documents)
    named = tuple(replace(r, names=names) for r in results)
    paper = paper_findings(network, relevant, named, every_actor)
    return KommunCheck(network.id, network.name, named, names=names, paper=paper)


def check_networks(
    networks: Iterable[Network],
    norm: Norm,
    *,
    documents: Iterable[Document] | None = None,
    actors: dict[str, Actor] | None = None,
    interviewed: Iterable[str] | None = None,
    data_lans: Iterable[str] = (),
) -> CheckReport:
    """Judge ``norm`` on several networks, e.g. every kommun of a dataset.

    The keyword arguments are those of :func:`check_network`; ``data_lans`` names the
    län the data comes from.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> from samnet.core.norm import Norm, Rule, Selector
    >>> ds = Dataset({}, {"s": Actor("s", "IFO", "ifo", "kommun")})
    >>> rule = Rule("bup", "BUP", a=Selector(types=frozenset({"ifo"})), b=Selector(types=frozenset({"bup"})))
    >>> report = check_networks([build_network(ds)], Norm("n", "N", None, (rule,)))
    >>> report.kommuner[0].summary["not_mapped"]
    1
    """
    documents = tuple(documents or ())
    interviewed = frozenset(interviewed) if interviewed is not None else None
    checks = tuple(
        check_network(n, norm, documents=documents, actors=actors, interviewed=interviewed) for n in networks
    )
    return CheckReport(norm, checks, tuple(sorted(set(data_lans))), bool(documents))
