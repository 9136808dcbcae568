"""The summary ``samnet sammanstall`` prints: response rate, who has not answered, confirmation, disagreements.

Every sentence is filled from figures: the forms used, the respondents asked,
and the testimony measured on the merged mapping (``evidence`` per kommun,
:func:`samnet.measure.testimony.evidence`).

Examples
--------
>>> summary = FormsSummary(asked={"a": "IFO", "b": "Skolan"}, answered={"a"}, names={"a": "IFO", "b": "Skolan"})
>>> print(forms_summary_text(summary, "sv"))
Sammanställning av enkätsvar
Svar: 1 av 2 organisationer (50 %).
Har inte svarat: Skolan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from samnet.core.vocab import LEVELS
from samnet.texts.catalogue import join, percent, pick, text

__all__ = ["FormsSummary", "forms_summary_text"]


@dataclass
class FormsSummary:
    """What a merge did, by id: who was asked and answered, and the merged mapping's testimony."""

    asked: dict[str, str]
    answered: set[str]
    names: dict[str, str]
    replaced: list[tuple[str, str, str]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    review: list[tuple[str, str, int | None, str | None]] = field(default_factory=list)
    written: str | None = None


def _level_word(level: int, lang: str) -> str:
    if level == 0:
        return text("forms.msg.summary.level0", lang)
    return f"{level} {pick((LEVELS[level].sv, LEVELS[level].en), lang)}"


def _disagreement_lines(summary: FormsSummary, lang: str) -> list[str]:
    rows = [row for evidence in summary.evidence for row in evidence.get("disagreements", [])]
    if not rows:
        return []
    lines = [text("forms.msg.summary.disagreements", lang, n=len(rows))]
    for row in rows:
        said = [
            text("forms.msg.summary.says", lang, name=summary.names.get(by, by), level=_level_word(level, lang))
            for by, level in row["levels"].items()
        ]
        a, b = (summary.names.get(row.get(k, ""), row.get(k, "")) for k in ("source", "target"))
        lines.append(text("forms.msg.summary.disagreement", lang, a=a, b=b, levels=join(said, lang)))
    return lines


def _review_lines(summary: FormsSummary, lang: str) -> list[str]:
    if not summary.review:
        return []
    lines = [text("forms.msg.summary.review", lang, n=len(summary.review))]
    for by, name, level, comment in summary.review:
        level_part = f", {_level_word(level, lang)}" if level else ""
        comment_part = f": {comment}" if comment else ""
        lines.append(
            text("forms.msg.summary.review-row", lang, name=name, by=by, level=level_part, comment=comment_part)
        )
    return lines


def forms_summary_text(summary: FormsSummary, lang: str) -> str:
    """The merge summary as lines of text, in Swedish or English."""
    asked, answered = summary.asked, summary.answered & set(summary.asked)
    share = percent(len(answered) / len(asked), lang) if asked else percent(0, lang)
    lines = [text("forms.msg.summary.title", lang)]
    lines.append(text("forms.msg.summary.rate", lang, answered=len(answered), asked=len(asked), share=share))
    missing = [name for key, name in summary.asked.items() if key not in answered]
    if missing:
        lines.append(text("forms.msg.summary.missing", lang, names=join(missing, lang)))
    elif asked:
        lines.append(text("forms.msg.summary.all-answered", lang))
    for old, new, name in summary.replaced:
        lines.append(text("forms.msg.summary.replaced", lang, file=new, name=name, earlier=old))
    if summary.evidence:
        statuses = [e["ties_by_status"] for e in summary.evidence]
        confirmed = sum(s.get("confirmed", 0) for s in statuses)
        described = sum(sum(s.values()) for s in statuses)
        lines.append(text("forms.msg.summary.confirmed", lang, confirmed=confirmed, described=described))
    lines += _disagreement_lines(summary, lang)
    lines += _review_lines(summary, lang)
    if summary.written:
        lines.append(text("forms.msg.summary.written", lang, path=summary.written))
    return "\n".join(lines)
