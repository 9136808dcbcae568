"""The section "Samstämmighet": who said so, in sentences generated from the measured evidence.

Reads the ``evidence`` of :func:`samnet.measure.metrics.analyze_network`
(:mod:`samnet.measure.testimony`) and writes, for the terminal, ``report.md``
and the report pages: the share of ties both sides confirm, the ties by
basis, the trappa's headline with both rules where they differ ("nivå 3–4:
18 % (med högsta angivna nivå: 25 %)"), how many ties at levels 3–4 rest on
one side, a third party or an inference, who was not interviewed, and each
disagreement as a sentence that carries both levels and who gave them.

Examples
--------
>>> ev = {"ties_by_status": {"confirmed": 1, "disputed": 0, "one_sided": 1, "third_party": 0,
...       "inferred": 0, "document": 0, "unattributed": 0}, "confirmed_share": 0.5,
...       "headline": {"high_share": 0.5, "high_share_highest": 0.5}, "high_weak": {"one_sided": 0,
...       "third_party": 0, "inferred": 0}, "not_interviewed": [], "disagreements": [],
...       "role_disagreements": [], "reporters": {}}
>>> section = testimony_section(ev, {}, {}, "sv")
>>> section.summary[0]
'Bekräftade av båda sidor: 1 av 2 beskrivna band (50 %).'
"""

from __future__ import annotations

from dataclasses import dataclass

from samnet.core.vocab import STATUSES
from samnet.texts.catalogue import join, percent, text

__all__ = [
    "Section",
    "testimony_section",
    "disagreement_sentence",
    "status_name",
    "forum_names",
    "table_blocks",
    "markdown_blocks",
]


@dataclass(frozen=True)
class Section:
    """The section's title and its three parts: summary sentences, disagreements, role disagreements."""

    title: str
    summary: list[str]
    disagreements: list[str]
    role_disagreements: list[str]


def status_name(status: str, lang: str) -> str:
    """The reader's word for a status.

    Examples
    --------
    >>> status_name("one_sided", "sv"), status_name("third_party", "en")
    ('ensidiga', 'third party')
    """
    return text(f"testimony.status.{status}", lang)


def _who(by: str, reporters: dict, lang: str) -> str:
    role = (reporters.get(by) or {}).get("role")
    return text("testimony.by_role", lang, by=by, role=text(f"testimony.role.{role}", lang)) if role else by


def _side(levels: dict[str, int], actor: str, reporters: dict, lang: str) -> tuple[int, str]:
    """An endpoint's level (the highest of its informants) and who gave which level."""
    mine = {by: level for by, level in levels.items() if (reporters.get(by) or {}).get("actor", by) == actor}
    if len(mine) == 1:
        by, level = next(iter(mine.items()))
        return level, _who(by, reporters, lang)
    who = "; ".join(
        text("testimony.who_level", lang, who=_who(by, reporters, lang), level=level) for by, level in mine.items()
    )
    return max(mine.values()), who


def disagreement_sentence(row: dict, names: dict, forums: dict, reporters: dict, lang: str) -> str:
    """One disagreement as a dialogue point: both levels, who gave them, and the level the figures use.

    Examples
    --------
    >>> row = {"source": "jour", "target": "ifo", "levels": {"ifo-chef": 2, "jour-a": 4}, "level_used": 2}
    >>> who = {"jour-a": {"actor": "jour", "role": "samordnare"}, "ifo-chef": {"actor": "ifo", "role": "chef"}}
    >>> disagreement_sentence(row, {"jour": "Kvinnojouren", "ifo": "IFO"}, {}, who, "sv")
    'Kvinnojouren och IFO: Kvinnojouren anger nivå 4 (jour-a, samordnare), IFO nivå 2 (ifo-chef, chef); \
siffrorna använder nivå 2.'
    """
    level_a, who_a = _side(row["levels"], row["source"], reporters, lang)
    level_b, who_b = _side(row["levels"], row["target"], reporters, lang)
    a, b = names.get(row["source"], row["source"]), names.get(row["target"], row["target"])
    if level_a < level_b:
        # The side that describes more goes first; a "no" reads as the answer to it.
        a, b, level_a, level_b, who_a, who_b = b, a, level_b, level_a, who_b, who_a
    key = "testimony.disputed" if row["level_used"] == 0 else "testimony.disagreement"
    sentence = text(key, lang, a=a, b=b, level_a=level_a, level_b=level_b, who_a=who_a, who_b=who_b,
                    used=row["level_used"])  # fmt: skip
    if "forum" in row:
        sentence = text("testimony.in_forum", lang, forum=forums.get(row["forum"], row["forum"]), sentence=sentence)
    return sentence


def _role_sentence(row: dict, names: dict, forums: dict, reporters: dict, lang: str) -> str:
    actor = row["actor"]
    if "forum" in row:
        tie = text("testimony.forum_tie", lang, forum=forums.get(row["forum"], row["forum"]))
    else:
        other = row["target"] if row["source"] == actor else row["source"]
        tie = text("testimony.tie", lang, other=names.get(other, other))
    levels = join(
        [text("testimony.who_level", lang, who=_who(by, reporters, lang), level=n) for by, n in row["levels"].items()],
        lang,
    )
    return text("testimony.role_disagreement", lang, actor=names.get(actor, actor), tie=tie, levels=levels)


def _summary(evidence: dict, names: dict, lang: str) -> list[str]:
    counts = evidence["ties_by_status"]
    total = sum(counts.values())
    lines = [
        text(
            "testimony.confirmed",
            lang,
            n=counts["confirmed"],
            total=total,
            share=percent(evidence["confirmed_share"], lang),
        ),  # fmt: skip
        text(
            "testimony.by_status",
            lang,
            list=", ".join(f"{status_name(s, lang)} {counts[s]}" for s in STATUSES if counts[s]) or "0",
        ),
    ]
    head = evidence["headline"]
    if head.get("pairs_highest", head.get("pairs")) != head.get("pairs"):
        lines.append(text("testimony.pairs_both", lang, used=head["pairs"], highest=head["pairs_highest"]))
    used, highest = percent(head["high_share"], lang), percent(head["high_share_highest"], lang)
    key = "testimony.headline" if used == highest else "testimony.headline_both"
    lines.append(text(key, lang, used=used, highest=highest))
    weak = evidence["high_weak"]
    if sum(weak.values()):
        shown = ", ".join(f"{status_name(s, lang)} {n}" for s, n in weak.items() if n)
        lines.append(text("testimony.high_weak", lang, n=sum(weak.values()), list=shown))
    else:
        lines.append(text("testimony.high_weak_none", lang))
    if evidence["not_interviewed"]:
        who = join([names.get(a, a) for a in evidence["not_interviewed"]], lang)
        lines.append(text("testimony.not_interviewed", lang, names=who))
    return lines


def testimony_section(evidence: dict, names: dict, forums: dict, lang: str) -> Section:
    """The section "Samstämmighet" of one kommun, from its measured ``evidence``.

    Parameters
    ----------
    evidence : dict
        ``NetworkMetrics.evidence``.
    names, forums : dict
        Display names of actors and forums by id.
    lang : {"sv", "en"}
    """
    reporters = evidence.get("reporters", {})
    return Section(
        title=text("testimony.title", lang),
        summary=_summary(evidence, names, lang),
        disagreements=[disagreement_sentence(r, names, forums, reporters, lang) for r in evidence["disagreements"]],
        role_disagreements=[_role_sentence(r, names, forums, reporters, lang) for r in evidence["role_disagreements"]],
    )


def forum_names(k) -> dict[str, str]:
    """Display names of the forums of one kommun's metrics, by id.

    Examples
    --------
    >>> forum_names({"forum_figures": {"members": [{"id": "f", "name": "Samråd"}]}})
    {'f': 'Samråd'}
    """
    figures = k["forum_figures"] if isinstance(k, dict) else k.forum_figures
    return {f["id"]: f["name"] for f in figures.get("members", [])}


def table_blocks(k, names: dict[str, str], lang: str, wrap) -> list[str]:
    """The terminal blocks of the section; none for data without testimony.

    ``wrap`` is :mod:`samnet.present.analysis_text`'s line wrapper.
    """
    if k.evidence is None:
        return []
    section = testimony_section(k.evidence, names, forum_names(k), lang)
    blocks = [f"\n{section.title}"] + [wrap(line) for line in section.summary]
    for heading, sentences in (
        (text("testimony.disagreements", lang), section.disagreements),
        (text("testimony.role_disagreements", lang), section.role_disagreements),
    ):
        if sentences:
            blocks.append(f"\n{heading} ({len(sentences)})")
            blocks.extend(wrap(sentence, "  ") for sentence in sentences)
    return blocks


def markdown_blocks(k, names: dict[str, str], lang: str, esc) -> list[str]:
    """The ``report.md`` lines of the section; none for data without testimony.

    ``esc`` escapes a text for Markdown (:func:`samnet.present.tables.md_escape`).
    """
    if k.evidence is None:
        return []
    section = testimony_section(k.evidence, names, forum_names(k), lang)
    out = [f"### {section.title}", "", esc(text("testimony.intro", lang)), ""]
    out += [f"- {esc(line)}" for line in section.summary] + [""]
    for heading, sentences in (
        (text("testimony.disagreements", lang), section.disagreements),
        (text("testimony.role_disagreements", lang), section.role_disagreements),
    ):
        if sentences:
            out += [f"#### {esc(heading)}", ""] + [f"- {esc(s)}" for s in sentences] + [""]
    return out
