"""The check on a map: a side-panel section that lights up the pairs behind the gaps.

For the required rules judged ``below`` or ``one_way_only`` the section has a
toggle per rule (and one for all of them) that lights up the actor pairs
concerned on the map, as the comparison page's differences do; the rules
judged ``missing`` or ``partly`` are listed with the agreement's words, its ref
and the sentence on what is lacking. Everything from the data or the norm
file is escaped here: the map's page takes the section as trusted HTML.

Examples
--------
>>> from samnet.measure.results import KommunCheck, RuleResult
>>> from samnet.core.norm import Rule
>>> check = KommunCheck("k", "K", (RuleResult(Rule("r", "<b>R</b>"), "below", (("a", "b"),)),))
>>> html = check_side_html(check, "Avtalet")
>>> '{&quot;pairs&quot;:[[&quot;a&quot;,&quot;b&quot;]]}' in html, "<b>R</b>" in html
(True, False)
"""

from __future__ import annotations

import json
from html import escape

from samnet.measure.results import KommunCheck
from samnet.present.check_text import map_overlay, paper_lines, result_detail
from samnet.texts.catalogue import text

__all__ = ["check_side_html"]


def _t(key: str, lang: str, **values) -> str:
    return text("check.page." + key, lang, **values)


def _focus(pairs: list) -> str:
    return escape(json.dumps({"pairs": pairs}, sort_keys=True, separators=(",", ":")), quote=True)


def check_side_html(check: KommunCheck, norm_name: str, lang: str = "sv", *, has_documents: bool = True) -> str:
    """The map's side-panel section for one kommun's check (already escaped HTML).

    Examples
    --------
    >>> from samnet.measure.results import KommunCheck
    >>> check_side_html(KommunCheck("k", "K", ()), "Avtalet", "en").count("No gaps")
    1
    """
    overlay = map_overlay(check, lang)
    parts = [
        f'<section class="cmp-diffs samnet-check"><h2>{escape(_t("title", lang))}</h2>',
        f'<p class="note">{escape(norm_name)}</p>',
    ]
    if overlay["pairs"]:
        every = sorted({tuple(p) for item in overlay["pairs"] for p in item["pairs"]})
        parts.append(
            f'<p class="note">{escape(_t("hint", lang))}</p>'
            f'<button type="button" id="focus-clear" disabled>{escape(_t("clear", lang))}</button>'
        )
        items = [
            f'<li><button type="button" class="diff" data-focus="{_focus([list(p) for p in every])}">'
            f"{escape(_t('all', lang, n=len(every)))}</button></li>"
        ]
        results = {r.rule.id: r for r in check.results}
        for item in overlay["pairs"]:
            result = results[item["rule"]]
            label = f"[{item['label']}] {result.rule.id}: {result.rule.text}"
            items.append(
                f'<li><button type="button" class="diff" data-focus="{_focus(item["pairs"])}" '
                f'title="{escape(result_detail(result, lang), quote=True)}">{escape(label)}</button></li>'
            )
        parts.append(f'<ol class="samnet-check-pairs">{"".join(items)}</ol>')
    if overlay["rules"]:
        # Paragraphs, not list items: the side column lays out its list items as swatch rows.
        rows = "".join(
            f'<div class="samnet-check-rule"><p><strong>{escape(r["label"])}:</strong> {escape(r["text"])}'
            f' <span class="note">({escape(r["ref"] or r["rule"])})</span></p>'
            f'<p class="note">{escape(r["detail"])}</p></div>'
            for r in overlay["rules"]
        )
        parts.append(f'<h3>{escape(_t("gaps", lang))}</h3><div class="samnet-check-rules">{rows}</div>')
    if not overlay["pairs"] and not overlay["rules"]:
        parts.append(f"<p>{escape(_t('none', lang))}</p>")
    paper = "".join(
        f'<p class="note">{escape(line)}</p>' for line in paper_lines(check, lang, has_documents=has_documents)
    )
    parts.append(
        f'<h3>{escape(text("check.text.paper.title", lang))}</h3><div class="samnet-check-paper">{paper}</div>'
    )
    parts.append("</section>")
    return "".join(parts)
