"""Words for a norm check: one sentence per result, and the check as a table, Markdown or JSON.

Every sentence is built from the figures of a :class:`~samnet.measure.results.RuleResult`
(counts, pairs, levels, forums), so it cannot say more than the result holds.
Gaps come first, worst first; rules that cannot be judged next; then what is
met; recommendations (``required: false``) last.

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

import textwrap

from samnet.core.norm import Rule
from samnet.core.vocab import KINDS, SCOPES, in_language
from samnet.measure.results import GAP_STATUSES, CheckReport, KommunCheck, RuleResult
from samnet.present import json_text
from samnet.present.report.blocks import Paragraph, Section, Table
from samnet.present.tables import markdown_table, md_escape, text_table
from samnet.texts.catalogue import text

__all__ = [
    "status_name",
    "describe_requirement",
    "rule_detail",
    "result_detail",
    "check_name",
    "check_json",
    "check_json_text",
    "ordered_results",
    "format_check",
    "format_check_table",
    "format_check_markdown",
    "format_check_section",
    "check_document_section",
    "format_check_comparison",
    "format_check_comparison_section",
    "map_overlay",
]

_WIDTH = 100
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
        return text("testimony.check.not_interviewed", lang, actors=", ".join(result.not_interviewed))
    detail = rule_detail(result, lang) + _weak_detail(result, lang)
    if result.rule.is_forum or not result.forums:
        return detail
    # A pair that meets in a forum counts as tied; say which forums, so the claim can be checked.
    if result.forum_only_pairs:
        return detail + text(
            "check.via_forums_only", lang, n=result.forum_only_pairs, forums=", ".join(result.forum_only_forums)
        )
    return detail + text("check.via_forums", lang, forums=", ".join(result.forums))


def _weak_detail(result: RuleResult, lang: str) -> str:
    """Who said so: the pairs that meet the rule only on one side's word, a third party's or the coder's."""
    if not result.weak_pairs:
        return ""
    pairs = ", ".join(
        f"{x} – {y} ({text(f'testimony.check.weak_status.{status}', lang)})" for (x, y), status in result.weak_pairs
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


def _result_json(result: RuleResult, lang: str) -> dict:
    extra: dict = {}
    if result.weak_pairs:
        extra["weak_pairs"] = [{"pair": list(p), "status": status} for p, status in result.weak_pairs]
    if result.not_interviewed:
        extra["not_interviewed"] = list(result.not_interviewed)
    return {
        **extra,
        "id": result.rule.id,
        "status": result.status,
        "required": result.rule.required,
        "text": result.rule.text,
        "ref": result.rule.ref,
        "pairs": [list(p) for p in result.pairs],
        "missing_actors": list(result.missing_actors),
        "forums": list(result.forums),
        "detail": result_detail(result, lang),
    }


def check_json(report: CheckReport, lang: str = "sv") -> dict:
    """The check as ``samnet check --format json`` writes it: ``{"norm": {...}, "kommuner": {"<id>": {...}}}``.

    Examples
    --------
    >>> from samnet.core.norm import Norm
    >>> check_json(CheckReport(Norm("n", "N", None, ()), ()))["kommuner"]
    {}
    """
    kommuner = {
        check.kommun_id: {
            "name": check_name(check, lang),
            "rules": [_result_json(r, lang) for r in check.results],
            "summary": check.summary,
            "recommendations": check.recommendations,
        }
        for check in report.kommuner
    }
    return {"norm": report.norm.to_json(), "kommuner": kommuner}


def check_json_text(report: CheckReport, lang: str = "sv") -> str:
    """:func:`check_json` as indented UTF-8 JSON text, ending in a newline."""
    return json_text.dumps(check_json(report, lang), sort_keys=False) + "\n"


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


def _example(result: RuleResult, lang: str) -> str:
    x, y = result.pairs[0]
    arrow = "→" if result.rule.one_way else "–"
    return _t("example", lang, x=x, arrow=arrow, y=y)


def _side(result: RuleResult, lang: str) -> str:
    rule = result.rule
    selector = rule.a if rule.each == "a" else rule.b
    return f"{result.subjects} ({selector.describe(lang)})"


def _not_mapped(result: RuleResult, lang: str) -> str:
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
        first, others = result.forums[0], len(result.forums) - 1
        more = _t("forum.more_one" if others == 1 else "forum.more_many", lang, n=others) if others else ""
        return _t("forum.met", lang, first=first, more=more, req=req)
    if result.status == "below":
        return _t("forum.below", lang, forums=_ids(result.forums, lang), req=req, found=_found(result, lang))
    if not result.forums:
        return _t("forum.none", lang)
    absent = _t("and", lang).join(s.describe(lang) for s in result.absent)
    return _t("forum.closest", lang, forum=result.forums[0], absent=absent)


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

    lacking = ", ".join(f"{a} ({label(s)})" for a, s in result.shortfalls[:_LIST_LIMIT])
    if len(result.shortfalls) > _LIST_LIMIT:
        lacking += f" … (+{len(result.shortfalls) - _LIST_LIMIT})"
    return _t("partly", lang, matched=result.matched, side=_side(result, lang), req=req, lacking=lacking)


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
        line = _t("one_way_only", lang, none_of=none_of, kinds=kinds, n=n, x=result.pairs[0][0], y=result.pairs[0][1])
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
        line = _t("no_tie", lang, none_of=none_of, a=rule.a.describe(lang), b=rule.b.describe(lang))
    return line[0].upper() + line[1:]


def ordered_results(check: KommunCheck) -> list[RuleResult]:
    """Required gaps worst first, then rules that cannot be judged, then met; recommendations last.

    Examples
    --------
    >>> from samnet.measure.results import KommunCheck, RuleResult
    >>> from samnet.core.norm import Rule
    >>> rs = (RuleResult(Rule("a", "A"), "met"), RuleResult(Rule("b", "B"), "missing"),
    ...       RuleResult(Rule("c", "C", required=False), "missing"), RuleResult(Rule("d", "D"), "not_mapped"))
    >>> [r.rule.id for r in ordered_results(KommunCheck("k", "K", rs))]
    ['b', 'd', 'a', 'c']
    """
    order = {s: i for i, s in enumerate((*GAP_STATUSES, "not_mapped", "met"))}
    return sorted(check.results, key=lambda r: (not r.rule.required, order[r.status]))


def _summary_line(counts: dict[str, int], lang: str) -> str:
    parts = [f"{status_name(s, lang)} {n}" for s, n in counts.items() if n]
    return ", ".join(parts) if parts else "–"


def _head(lang: str) -> tuple[str, ...]:
    return tuple(_t("head." + k, lang) for k in ("status", "rule", "agreement", "source", "grounds"))


def _summary(check: KommunCheck, lang: str) -> str:
    """``Krav (3): saknas 1, uppfylld 2.`` and, when there are any, the recommendations' line."""
    summary = _t("required", lang, n=sum(check.summary.values()), summary=_summary_line(check.summary, lang)) + "."
    recommended = sum(check.recommendations.values())
    if recommended:
        summary += (
            " " + _t("recommendations", lang, n=recommended, summary=_summary_line(check.recommendations, lang)) + "."
        )
    return summary


# A pair "a – b" stays on one line: the dash's spaces are held by a character textwrap does not split at.
_HOLD = "\x00"


def _wrap(text: str, indent: str, subsequent: str | None = None) -> list[str]:
    held = text.replace(" – ", f"{_HOLD}–{_HOLD}").replace(" → ", f"{_HOLD}→{_HOLD}")
    lines = textwrap.wrap(
        held,
        _WIDTH,
        initial_indent=indent,
        subsequent_indent=subsequent or indent,
        break_on_hyphens=False,
        break_long_words=False,
    )
    return [line.replace(_HOLD, " ") for line in lines]


def format_check_table(report: CheckReport, lang: str = "sv") -> str:
    """The check as plain text for a terminal: per kommun, gaps first, lines under 100 columns.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.check import check_networks
    >>> from samnet.core.norm import Norm, Rule, Selector
    >>> ds = Dataset({}, {"s": Actor("s", "IFO", "ifo", "kommun")})
    >>> rule = Rule("bup", "BUP", "x", a=Selector(types=frozenset({"ifo"})), b=Selector(types=frozenset({"bup"})))
    >>> print(format_check_table(check_networks([build_network(ds)], Norm("n", "N", None, (rule,)))))
    Alla kommuner mot N (n)
    Krav (1): ej kartlagd 1
    <BLANKLINE>
      [ej kartlagd] bup: BUP (x)
          → Kan inte bedömas: kartläggningen saknar BUP
    <BLANKLINE>
    """
    lines: list[str] = []
    for check in report.kommuner:
        lines.extend(
            _wrap(
                _t("against", lang, kommun=check_name(check, lang), norm=report.norm.name, id=report.norm.id), "", "  "
            )
        )
        required = sum(check.summary.values())
        lines.append(_t("required", lang, n=required, summary=_summary_line(check.summary, lang)))
        recommended = sum(check.recommendations.values())
        if recommended:
            lines.append(_t("recommendations", lang, n=recommended, summary=_summary_line(check.recommendations, lang)))
        lines.append("")
        for result in ordered_results(check):
            mark = "" if result.rule.required else _t("mark_comma", lang)
            ref = f" ({result.rule.ref})" if result.rule.ref else ""
            head = f"[{status_name(result.status, lang)}{mark}] {result.rule.id}: {result.rule.text}{ref}"
            lines.extend(_wrap(head, "  ", "      "))
            lines.extend(_wrap("→ " + result_detail(result, lang), "      "))
        lines.append("")
    return "\n".join(lines)


def format_check_markdown(report: CheckReport, lang: str = "sv", *, level: int = 2) -> str:
    """The check as Markdown for a report: one section per kommun, gaps first, agreement's words and ref.

    ``level`` is the heading level of each kommun's section, so the text can sit
    inside a larger report.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> from samnet.measure.check import check_networks
    >>> from samnet.core.norm import Norm, Rule, Selector
    >>> ds = Dataset({}, {"s": Actor("s", "IFO", "ifo", "kommun")})
    >>> rule = Rule("bup", "BUP", "x", a=Selector(types=frozenset({"ifo"})), b=Selector(types=frozenset({"bup"})))
    >>> lines = format_check_markdown(check_networks([build_network(ds)], Norm("n", "N", None, (rule,)))).splitlines()
    >>> print("\\n".join(lines[:5] + lines[6:]))
    ## Alla kommuner
    <BLANKLINE>
    Krav (1): ej kartlagd 1.
    <BLANKLINE>
    | Status | Regel | Överenskommelsen | Källa | Underlag |
    | ej kartlagd | bup | BUP | x | Kan inte bedömas: kartläggningen saknar BUP |
    """
    head = _head(lang)
    lines: list[str] = []
    for check in report.kommuner:
        lines += [f"{'#' * level} {md_escape(check_name(check, lang))}", ""]
        summary = _summary(check, lang)
        rows = []
        for result in ordered_results(check):
            status = status_name(result.status, lang)
            if not result.rule.required:
                status += _t("mark", lang)
            rows.append([status, result.rule.id, result.rule.text, result.rule.ref or "", result_detail(result, lang)])
        lines += [summary, "", markdown_table(list(head), rows), ""]
    return "\n".join(lines)


def format_check(report: CheckReport, fmt: str = "table", lang: str = "sv") -> str:
    """The check as ``table``, ``json`` or ``markdown`` text.

    Examples
    --------
    >>> from samnet.measure.results import CheckReport
    >>> from samnet.core.norm import Norm
    >>> format_check(CheckReport(Norm("n", "N", None, ()), ()), "json")
    '{\\n  "norm": {\\n    "id": "n",\\n    "name": "N",\\n    "ref": null,\\n    "source": ""\\n  },\\n  "kommuner": {}\\n}\\n'
    """
    if fmt == "json":
        return check_json_text(report, lang)
    if fmt == "markdown":
        return format_check_markdown(report, lang)
    return format_check_table(report, lang)


def format_check_section(report: CheckReport, lang: str = "sv") -> str:
    """The check as a section of ``report.md``: "Jämfört med den regionala överenskommelsen".

    Per kommun the gaps come first, each with the agreement's words and ref.

    Examples
    --------
    >>> from samnet.measure.results import CheckReport
    >>> from samnet.core.norm import Norm
    >>> print(format_check_section(CheckReport(Norm("n", "Avtalet", "002", ()), ())))
    ## Jämfört med den regionala överenskommelsen
    <BLANKLINE>
    Kartläggningen hålls mot Avtalet (002), regel för regel. Brister kommer först; en regel som inte kan bedömas räknas aldrig som brist.
    <BLANKLINE>
    """
    ref = f" ({report.norm.ref})" if report.norm.ref else ""
    lines = [f"## {_t('title', lang)}", "", _t("intro", lang, norm=md_escape(report.norm.name), ref=md_escape(ref)), ""]
    return "\n".join(lines) + "\n" + format_check_markdown(report, lang, level=3)


def check_document_section(report: CheckReport, lang: str = "sv"):
    """The check as a section of ``report.html`` and ``report.docx`` (:mod:`samnet.present.report.model`).

    One subsection per kommun: the status counts, then a table of every rule,
    gaps first, with the agreement's words, its ref and what the status rests on.

    Examples
    --------
    >>> from samnet.measure.results import CheckReport, KommunCheck, RuleResult
    >>> from samnet.core.norm import Norm, Rule, Selector
    >>> rule = Rule("r", "R", a=Selector(types=frozenset({"ifo"})), b=Selector(types=frozenset({"bup"})))
    >>> section = check_document_section(CheckReport(Norm("n", "Avtalet", "002", ()),
    ...                                  (KommunCheck("k", "K", (RuleResult(rule, "missing"),)),)))
    >>> section.title, section.subsections[0].blocks[1].rows[0][:2]
    ('Jämfört med den regionala överenskommelsen', ('saknas', 'r'))
    """

    ref = f" ({report.norm.ref})" if report.norm.ref else ""
    intro = _t("intro", lang, norm=report.norm.name, ref=ref)
    head = _head(lang)
    kommuner = []
    for check in report.kommuner:
        summary = _summary(check, lang)
        rows = []
        for result in ordered_results(check):
            status = status_name(result.status, lang)
            if not result.rule.required:
                status += _t("mark", lang)
            rows.append((status, result.rule.id, result.rule.text, result.rule.ref or "", result_detail(result, lang)))
        caption = f"{check_name(check, lang)}: {report.norm.name}"
        kommuner.append(
            Section(check_name(check, lang), (Paragraph(summary), Table(caption, head, tuple(rows))), new_page=False)
        )
    title = _t("title", lang)
    return Section(title, (Paragraph(intro),), tuple(kommuner))


def format_check_comparison(a: KommunCheck, b: KommunCheck, fmt: str = "table", lang: str = "sv") -> str:
    """Two kommuner's statuses side by side, one row per rule in the norm's order (``table`` or ``markdown``).

    Examples
    --------
    >>> from samnet.measure.results import KommunCheck, RuleResult
    >>> from samnet.core.norm import Rule
    >>> rule = Rule("sip", "SIP")
    >>> print(format_check_comparison(KommunCheck("k", "K", (RuleResult(rule, "met"),)),
    ...                               KommunCheck("m", "M", (RuleResult(rule, "missing"),))))
    Regel  K         M
    -----  --------  ------
    sip    uppfylld  saknas
    <BLANKLINE>
    """
    b_results = {r.rule.id: r for r in b.results}
    rows = []
    for result in a.results:
        other = b_results.get(result.rule.id)
        mark = "" if result.rule.required else _t("mark", lang)
        rows.append(
            (result.rule.id + mark, status_name(result.status, lang), status_name(other.status, lang) if other else "–")
        )
    head = [_t("head.rule", lang), check_name(a, lang), check_name(b, lang)]
    if fmt == "markdown":
        return markdown_table(head, [list(row) for row in rows]) + "\n"
    return text_table(head, [list(row) for row in rows]) + "\n"


def format_check_comparison_section(
    a: KommunCheck, b: KommunCheck, norm_name: str, fmt: str = "table", lang: str = "sv"
) -> str:
    """The side-by-side statuses as a closing section of ``samnet compare`` (``table`` or ``markdown``).

    Examples
    --------
    >>> from samnet.measure.results import KommunCheck, RuleResult
    >>> from samnet.core.norm import Rule
    >>> rule = Rule("sip", "SIP")
    >>> print(format_check_comparison_section(KommunCheck("k", "K", (RuleResult(rule, "met"),)),
    ...                                       KommunCheck("m", "M", (RuleResult(rule, "below"),)), "Avtalet"))
    Jämfört med den regionala överenskommelsen
    Avtalet
    <BLANKLINE>
    Regel  K         M
    -----  --------  ------------
    sip    uppfylld  under kravet
    <BLANKLINE>
    """
    title = _t("title", lang)
    if fmt == "markdown":
        heading = f"## {title}\n\n{md_escape(norm_name)}\n"
    else:
        heading = "\n".join([title, *_wrap(norm_name, "")])
    return f"{heading}\n\n{format_check_comparison(a, b, fmt, lang)}"


def map_overlay(check: KommunCheck, lang: str = "sv") -> dict:
    """What a map needs to show the check: pairs to highlight and rules to list in the side panel.

    ``pairs`` holds, for required pair rules judged ``below`` or ``one_way_only``, the
    actor pairs concerned; ``rules`` lists the required rules judged ``missing`` or
    ``partly``, with the agreement's words, ref and the sentence on what is lacking.

    Examples
    --------
    >>> from samnet.measure.results import KommunCheck, RuleResult
    >>> from samnet.core.norm import Rule
    >>> overlay = map_overlay(KommunCheck("k", "K", (RuleResult(Rule("r", "R"), "below", (("a", "b"),)),)))
    >>> overlay["pairs"]
    [{'rule': 'r', 'status': 'below', 'label': 'under kravet', 'pairs': [['a', 'b']], 'forums': []}]
    """
    pairs = [
        {
            "rule": r.rule.id,
            "status": r.status,
            "label": status_name(r.status, lang),
            "pairs": [list(p) for p in r.pairs],
            "forums": list(r.forums),
        }
        for r in check.results
        if r.rule.required and r.status in ("below", "one_way_only") and r.pairs
    ]
    rules = [
        {
            "rule": r.rule.id,
            "status": r.status,
            "label": status_name(r.status, lang),
            "text": r.rule.text,
            "ref": r.rule.ref,
            "detail": result_detail(r, lang),
        }
        for r in ordered_results(check)
        if r.rule.required and r.status in ("missing", "partly")
    ]
    return {"pairs": pairs, "rules": rules}
