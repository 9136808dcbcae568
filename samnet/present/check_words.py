"""The sentences of a norm check: a status's name, what a rule asks, what each result rests on.

Every sentence is built from the figures of a :class:`~samnet.measure.results.RuleResult`
(counts, pairs, levels, forums, documents) and names actors, forums and documents by
their names, so it cannot say more than the result holds. :mod:`samnet.present.check_text`
puts the sentences into tables, Markdown, JSON and report sections.

Examples
--------
>>> from samnet.core.model import Actor, Dataset
>>> from samnet.core.network import build_network
>>> from samnet.measure.check import check_networks
>>> from samnet.core.norm import Norm, Rule, Selector
>>> ds = Dataset({}, {"s": Actor("s", "IFO", "ifo", "kommun")})
>>> rule = Rule("bup", "BUP", a=Selector(types=frozenset({"ifo"})), b=Selector(types=frozenset({"bup"})))
>>> report = check_networks([build_network(ds)], Norm("n", "N", None, (rule,)))
>>> rule_detail(report.kommuner[0].results[0], "sv")
'Kan inte bedömas: kartläggningen saknar BUP'
"""

from __future__ import annotations

from samnet.core.norm import Rule
from samnet.core.vocab import KINDS, SCOPES, in_language
from samnet.measure.results import KommunCheck, RuleResult
from samnet.texts.catalogue import text

__all__ = [
    "status_name",
    "describe_requirement",
    "rule_detail",
    "result_detail",
    "status_label",
    "check_name",
    "paper_lines",
]

_LIST_LIMIT = 5


_STATUS_NAMES = {
    "met": ("uppfylld", "met"),
    "partly": ("delvis", "partly"),
    "below": ("under kravet", "below"),
    "one_way_only": ("bara envägs", "one-way only"),
    "missing": ("saknas", "missing"),
    "not_mapped": ("ej kartlagd", "not mapped"),
}


def status_name(status: str, lang: str = "sv") -> str:
    """The display name of a status.

    Examples
    --------
    >>> status_name("one_way_only"), status_name("one_way_only", "en")
    ('bara envägs', 'one-way only')
    """
    return in_language(_STATUS_NAMES[status], lang)


def describe_requirement(rule: Rule, lang: str = "sv") -> str:
    """What a samverkan or forum rule asks for, e.g. ``nivå 3 eller högre, individnivå``.

    Examples
    --------
    >>> describe_requirement(Rule("x", "X", min_level=3, scopes=frozenset({"individ"})), "en")
    'level 3 or higher, individual level'
    """
    if rule.one_way:
        return in_language(KINDS[rule.kind], lang)
    parts = [text("check.min_level", lang, level=rule.min_level)]
    parts += [in_language(SCOPES[s], lang) for s in sorted(rule.scopes)]
    return ", ".join(parts)


def result_detail(result: RuleResult, lang: str = "sv") -> str:
    """One sentence saying what the status rests on, with the forums behind its pairs.

    Examples
    --------
    >>> from samnet.measure.results import RuleResult
    >>> from samnet.core.norm import Rule, Selector
    >>> rule = Rule("r", "R", a=Selector(types=frozenset({"ifo"})), b=Selector(types=frozenset({"polis"})))
    >>> result_detail(RuleResult(rule, "one_way_only", (("s", "p"),), kinds=("orosanmalan",)), "en")
    'Only one-way links (report of concern) in 1 pair, no samverkan: s – p'
    """
    if result.not_interviewed:
        return text(
            "testimony.check.not_interviewed", lang, actors=", ".join(_n(result, a) for a in result.not_interviewed)
        )
    detail = rule_detail(result, lang) + _weak_detail(result, lang)

    def named(ids) -> str:
        return ", ".join(result.names.get(i, i) for i in ids)

    if result.excluded_forums:
        detail += text("check.text.excluded_forums", lang, forums=named(result.excluded_forums))
    if result.unmapped_actors and result.status != "not_mapped":
        detail += text("check.text.unmapped_actors", lang, actors=named(result.unmapped_actors))
    if result.rule.is_forum or result.rule.is_document or not result.forums:
        return detail
    # A pair that meets in a forum counts as tied; say which forums, so the claim can be checked.
    if result.forum_only_pairs:
        return detail + text(
            "check.via_forums_only", lang, n=result.forum_only_pairs, forums=named(result.forum_only_forums)
        )
    return detail + text("check.via_forums", lang, forums=named(result.forums))


def _weak_detail(result: RuleResult, lang: str) -> str:
    """Who said so: the pairs that meet the rule only on one side's word, a third party's or the coder's."""
    if not result.weak_pairs:
        return ""
    pairs = ", ".join(
        f"{_n(result, x)} – {_n(result, y)} ({text(f'testimony.check.weak_status.{status}', lang)})"
        for (x, y), status in result.weak_pairs
    )
    return text("testimony.check.weak", lang, n=len(result.weak_pairs), pairs=pairs)


def check_name(check: KommunCheck, lang: str = "sv") -> str:
    """The kommun's name; for the network of all data (which has none) "Alla kommuner".

    Examples
    --------
    >>> check_name(KommunCheck("all", "", ()), "en")
    'All municipalities'
    """
    return check.kommun_name or text("analysis.all_kommuner", lang)


def _t(key: str, lang: str, **fields) -> str:
    return text("check.text." + key, lang, **fields)


def _ids(ids, lang: str, limit: int = _LIST_LIMIT) -> str:
    ids = list(ids)
    shown = ", ".join(ids[:limit])
    if len(ids) > limit:
        shown += _t("more", lang, n=len(ids) - limit)
    return shown


def _pairs_word(n: int, lang: str) -> str:
    return _t("pairs_one" if n == 1 else "pairs_many", lang, n=n)


def _n(result: RuleResult, ident: str) -> str:
    """An actor's, forum's or document's name as the result knows it; the id when it has none."""
    return result.names.get(ident, ident)


def _example(result: RuleResult, lang: str) -> str:
    x, y = result.pairs[0]
    arrow = "→" if result.rule.one_way else "–"
    return _t("example", lang, x=_n(result, x), arrow=arrow, y=_n(result, y))


def _side(result: RuleResult, lang: str) -> str:
    rule = result.rule
    selector = rule.a if rule.each == "a" else rule.b
    return f"{result.subjects} ({selector.describe(lang)})"


def _not_mapped(result: RuleResult, lang: str) -> str:
    reason = result.not_mapped_reason
    if reason in ("not_interviewed", "not_described"):
        return _t("not_mapped_" + reason, lang, actors=_ids((_n(result, a) for a in result.unmapped_actors), lang))
    if reason == "no_documents":
        return _t("not_mapped_no_documents", lang)
    absent = _t("not_mapped_and", lang).join(s.describe(lang) for s in result.unmapped)
    return _t("not_mapped", lang, absent=absent)


def _found(result: RuleResult, lang: str) -> str:
    """``högst nivå 1 på individnivå, inget på strukturnivå``: what the ties reach, per asked scope."""
    parts = []
    for scope, level in result.best_levels:
        where = _t("at", lang, scope=in_language(SCOPES[scope], lang)) if scope else ""
        if level is None:
            parts.append(_t("nothing", lang, where=where))
        else:
            parts.append(_t("highest", lang, level=level, where=where))
    return ", ".join(parts)


def _forum_detail(result: RuleResult, lang: str) -> str:
    req = describe_requirement(result.rule, lang)
    if result.status == "not_mapped":
        return _not_mapped(result, lang)
    if result.status == "met":
        first, others = _n(result, result.forums[0]), len(result.forums) - 1
        more = _t("forum.more_one" if others == 1 else "forum.more_many", lang, n=others) if others else ""
        return _t("forum.met", lang, first=first, more=more, req=req)
    if result.status == "below":
        forums = _ids((_n(result, f) for f in result.forums), lang)
        return _t("forum.below", lang, forums=forums, req=req, found=_found(result, lang))
    if not result.forums:
        return _t("forum.none", lang)
    absent = _t("and", lang).join(s.describe(lang) for s in result.absent)
    return _t("forum.closest", lang, forum=_n(result, result.forums[0]), absent=absent)


def _met_detail(result: RuleResult, req: str, lang: str) -> str:
    n = _pairs_word(len(result.pairs), lang)
    if result.rule.each == "any":
        key = "met.any_one" if len(result.pairs) == 1 else "met.any_many"
        return _t(key, lang, n=n, req=req, example=_example(result, lang))
    if result.status == "met" and result.subjects == 1:
        side = (result.rule.a if result.rule.each == "a" else result.rule.b).describe(lang)
        return _t("met.only", lang, side=side, req=req, n=n)
    if result.status == "met":
        return _t("met.all", lang, side=_side(result, lang), req=req, n=n)

    def label(state: str) -> str:
        if state == "none" and result.rule.one_way:
            return _t("no_kind", lang, kind=in_language(KINDS[result.rule.kind], lang))
        return _t("shortfall." + state, lang)

    lacking = ", ".join(f"{_n(result, a)} ({label(s)})" for a, s in result.shortfalls[:_LIST_LIMIT])
    if len(result.shortfalls) > _LIST_LIMIT:
        lacking += f" … (+{len(result.shortfalls) - _LIST_LIMIT})"
    return _t("partly", lang, matched=result.matched, side=_side(result, lang), req=req, lacking=lacking)


def _document_detail(result: RuleResult, lang: str) -> str:
    kinds = _t("or", lang).join(sorted(result.rule.document_kinds)) or _t("any_document", lang)
    parties = _t("and", lang).join(s.describe(lang) for s in result.rule.members)
    documents = _ids((_n(result, d) for d in result.documents), lang)
    if result.status == "met":
        return _t("document.met", lang, documents=documents)
    if result.status == "below":
        return _t("document.draft", lang, documents=documents)
    line = _t("document.none", lang, kind=kinds, parties=parties)
    if result.documents:
        line += _t("document.lapsed", lang, documents=documents)
    return line


def status_label(result: RuleResult, lang: str = "sv") -> str:
    """The status as a reader sees it: ``uppfylld, men bara genom ett personbundet band`` where so.

    Examples
    --------
    >>> from samnet.measure.check import RuleResult
    >>> from samnet.core.norm import Rule
    >>> status_label(RuleResult(Rule("r", "R"), "met", (("a", "b"),), person_dependent_only=True))
    'uppfylld, men bara genom ett personbundet band'
    """
    label = status_name(result.status, lang)
    if result.status in ("met", "partly") and result.person_dependent_only:
        label += _t("person_only", lang)
    elif result.forum_only:
        label += _t("forum_only", lang)
    return label


def rule_detail(result: RuleResult, lang: str = "sv") -> str:
    """One sentence on what a rule's status rests on, from the result's own figures.

    Examples
    --------
    >>> from samnet.measure.results import RuleResult
    >>> from samnet.core.norm import Rule, Selector
    >>> rule = Rule("r", "R", a=Selector(types=frozenset({"ifo"})), b=Selector(types=frozenset({"polis"})),
    ...             min_level=3)
    >>> rule_detail(RuleResult(rule, "below", (("s", "p"),), best_levels=((None, 2),)))
    'Samverkan finns i 1 par men når inte kravet (nivå 3 eller högre); högst nivå 2, t.ex. s – p'
    """
    if result.rule.is_forum:
        return _forum_detail(result, lang)
    if result.status == "not_mapped":
        return _not_mapped(result, lang)
    if result.rule.is_document:
        return _document_detail(result, lang)
    rule = result.rule
    req = describe_requirement(rule, lang)
    if result.status in ("met", "partly"):
        return _met_detail(result, req, lang)
    n = _pairs_word(len(result.pairs), lang)
    none_of = _t("none_of", lang, side=_side(result, lang)) if rule.each != "any" else ""
    if result.status == "below":
        line = _t(
            "below", lang, none_of=none_of, n=n, req=req, found=_found(result, lang), example=_example(result, lang)
        )
    elif result.status == "one_way_only":
        kinds = ", ".join(in_language(KINDS[k], lang) for k in result.kinds)
        x, y = (_n(result, a) for a in result.pairs[0])
        line = _t("one_way_only", lang, none_of=none_of, kinds=kinds, n=n, x=x, y=y)
    elif rule.one_way:
        line = _t(
            "no_kind_between",
            lang,
            none_of=none_of,
            kind=in_language(KINDS[rule.kind], lang),
            a=rule.a.describe(lang),
            b=rule.b.describe(lang),
        )
    else:
        key = "no_tie_within" if rule.a == rule.b else "no_tie"
        line = _t(key, lang, none_of=none_of, a=rule.a.describe(lang), b=rule.b.describe(lang))
    return line[0].upper() + line[1:]


def paper_lines(check: KommunCheck, lang: str = "sv", *, has_documents: bool = True) -> list[str]:
    """One sentence per paper-and-practice finding, with names; a single line when there is none.

    Examples
    --------
    >>> from samnet.measure.check import KommunCheck
    >>> from samnet.measure.paper import PaperFinding
    >>> check = KommunCheck("k", "K", (), names={"d": "Rutin", "a": "IFO", "b": "BUP"},
    ...                     paper=(PaperFinding("paper_only", document="d", pairs=(("a", "b"),)),))
    >>> paper_lines(check)
    ['Finns på papper: Rutin gäller, men IFO – BUP har inget band i kartläggningen']
    """
    if not has_documents:
        return [_t("paper.no_documents", lang)]
    if not check.paper:
        return [_t("paper.none", lang)]
    rules = {r.rule.id: r.rule for r in check.results}
    lines = []
    for finding in check.paper:
        pairs = _ids((f"{check.name(x)} – {check.name(y)}" for x, y in finding.pairs), lang)
        if finding.kind == "paper_only":
            lines.append(_t("paper.paper_only", lang, document=check.name(finding.document), pairs=pairs))
        elif finding.kind == "unwritten":
            rule = rules[finding.rule]
            kind = _t("or", lang).join(sorted(rule.document_kinds)) or _t("any_document", lang)
            lines.append(_t("paper.unwritten", lang, pairs=pairs, kind=kind, rule=rule.text))
        else:
            when = _t("paper.decided", lang, date=finding.decided) if finding.decided else ""
            lines.append(_t("paper.lapsed", lang, document=check.name(finding.document), decided=when))
    return lines
