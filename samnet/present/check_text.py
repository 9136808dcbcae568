"""A norm check as a table, Markdown, JSON, report sections and map data.

The sentences come from :mod:`samnet.present.check_words`. Gaps come first, worst
first; rules that cannot be judged next; then what is met; recommendations
(``bör``) last; then paper against practice.

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

from samnet.measure.results import GAP_STATUSES, CheckReport, KommunCheck, RuleResult
from samnet.present import json_text
from samnet.present.check_words import (
    _t,
    check_name,
    describe_requirement,
    paper_lines,
    result_detail,
    rule_detail,
    status_label,
    status_name,
)
from samnet.present.tables import markdown_table, md_escape, text_table
from samnet.texts.catalogue import text

_WIDTH = 100

__all__ = [
    "status_name",
    "describe_requirement",
    "rule_detail",
    "status_label",
    "paper_lines",
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
    "no_check_section",
    "format_check_comparison",
    "format_check_comparison_section",
    "map_overlay",
]


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
        "modality": result.rule.modal_verb,
        "text": result.rule.text,
        "quote": result.rule.quote,
        "ref": result.rule.ref,
        "pairs": [list(p) for p in result.pairs],
        "missing_actors": list(result.missing_actors),
        "unmapped_actors": list(result.unmapped_actors),
        "forums": list(result.forums),
        "documents": list(result.documents),
        "forum_only": result.forum_only,
        "person_dependent_only": result.person_dependent_only,
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
            "paper": [_paper_json(f) for f in check.paper],
        }
        for check in report.kommuner
    }
    return {"norm": report.norm.to_json(), "data_lan": list(report.data_lans), "kommuner": kommuner}


def _paper_json(finding) -> dict:
    return {
        "kind": finding.kind,
        "document": finding.document,
        "rule": finding.rule,
        "pairs": [list(p) for p in finding.pairs],
        "decided": finding.decided,
    }


def check_json_text(report: CheckReport, lang: str = "sv") -> str:
    """:func:`check_json` as indented UTF-8 JSON text, ending in a newline."""
    return json_text.dumps(check_json(report, lang), sort_keys=False) + "\n"


def _other_lan(report: CheckReport, lang: str) -> str:
    return _t("other_lan", lang, norm=report.norm.name, norm_lan=report.norm.lan, data_lan=", ".join(report.data_lans))


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
    Papper och praktik
      - Kartläggningen har inga dokument (documents:); papper och praktik kan inte jämföras.
    <BLANKLINE>
    """
    lines: list[str] = []
    if report.other_lan:
        lines.extend(_wrap(_other_lan(report, lang), "", "  ") + [""])
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
            head = f"[{status_label(result, lang)}{mark}] {result.rule.id}: {result.rule.text}{ref}"
            lines.extend(_wrap(head, "  ", "      "))
            if result.rule.quote:
                lines.extend(_wrap(f"{result.rule.modal_verb}: ”{result.rule.quote}”", "      "))
            lines.extend(_wrap("→ " + result_detail(result, lang), "      "))
        lines.append("")
        lines.append(_t("paper.title", lang))
        for line in paper_lines(check, lang, has_documents=report.has_documents):
            lines.extend(_wrap("- " + line, "  ", "    "))
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
    >>> print("\\n".join(lines[:5] + lines[6:8]))
    ## Alla kommuner
    <BLANKLINE>
    Krav (1): ej kartlagd 1.
    <BLANKLINE>
    | Status | Regel | Överenskommelsen | Källa | Underlag |
    | ej kartlagd | bup | BUP | x | Kan inte bedömas: kartläggningen saknar BUP |
    """
    head = _head(lang)
    lines: list[str] = [md_escape(_other_lan(report, lang)), ""] if report.other_lan else []
    for check in report.kommuner:
        lines += [f"{'#' * level} {md_escape(check_name(check, lang))}", ""]
        summary = _summary(check, lang)
        rows = [list(_row(result, lang)) for result in ordered_results(check)]
        lines += [summary, "", markdown_table(list(head), rows), ""]
        lines += [f"**{_t('paper.title', lang)}**", ""]
        lines += [f"- {md_escape(line)}" for line in paper_lines(check, lang, has_documents=report.has_documents)]
        lines.append("")
    return "\n".join(lines)


def _row(result: RuleResult, lang: str) -> tuple[str, ...]:
    """Status, rule, the agreement's words (modal verb and quote), section and grounds."""
    status = status_label(result, lang)
    if not result.rule.required:
        status += _t("mark", lang)
    words = (
        f"{result.rule.text} ({result.rule.modal_verb}: ”{result.rule.quote}”)"
        if result.rule.quote
        else result.rule.text
    )
    return (status, result.rule.id, words, result.rule.ref or "", result_detail(result, lang))


def format_check(report: CheckReport, fmt: str = "table", lang: str = "sv") -> str:
    """The check as ``table``, ``json`` or ``markdown`` text.

    Examples
    --------
    >>> from samnet.measure.results import CheckReport
    >>> from samnet.core.norm import Norm
    >>> format_check(CheckReport(Norm("n", "N", None, ()), ()), "json")
    '{\\n  "norm": {\\n    "id": "n",\\n    "name": "N",\\n    "ref": null,\\n    "lan": null,\\n    "source": ""\\n  },\\n  "data_lan": [],\\n  "kommuner": {}\\n}\\n'
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
    ('Jämfört med den regionala överenskommelsen', ('saknas', 'R'))
    """
    # The report's blocks load with the report: terminal and JSON runs do without them.
    from samnet.present.report.blocks import Paragraph, Section, Table

    ref = f" ({report.norm.ref})" if report.norm.ref else ""
    intro = _t("intro", lang, norm=report.norm.name, ref=ref)
    head = _head(lang)[:1] + _head(lang)[2:]
    kommuner = []
    for check in report.kommuner:
        summary = _summary(check, lang)
        # On paper the rule's id adds nothing a reader needs: its words get the room.
        rows = tuple(_row(result, lang)[:1] + _row(result, lang)[2:] for result in ordered_results(check))
        caption = f"{check_name(check, lang)}: {report.norm.name}"
        paper = tuple(Paragraph(line) for line in paper_lines(check, lang, has_documents=report.has_documents))
        blocks = (Paragraph(summary), Table(caption, head, rows), Paragraph(_t("paper.title", lang) + ":"), *paper)
        kommuner.append(Section(check_name(check, lang), blocks, new_page=False))
    title = _t("title", lang)
    opening = (Paragraph(_other_lan(report, lang)),) if report.other_lan else ()
    return Section(title, (*opening, Paragraph(intro)), tuple(kommuner))


def no_check_section(lang: str = "sv"):
    """The report's section when no norm applies: one line on how to run a check.

    Examples
    --------
    >>> no_check_section("en").blocks[0].text.startswith("No regional agreement named")
    True
    """
    from samnet.present.report.blocks import Paragraph, Section

    return Section(_t("title", lang), (Paragraph(text("check.how_to", lang)),), (), new_page=False)


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
        rows.append((result.rule.id + mark, status_label(result, lang), status_label(other, lang) if other else "–"))
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
            "label": status_label(r, lang),
            "text": r.rule.text,
            "ref": r.rule.ref,
            "detail": result_detail(r, lang),
        }
        for r in ordered_results(check)
        if r.rule.required and r.status in ("missing", "partly")
    ]
    return {"pairs": pairs, "rules": rules}
