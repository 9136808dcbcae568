"""The sentences of a comparison by function, generated from the figures of :mod:`samnet.measure.comparison_figures` only.

Every sentence names both kommuner and carries the figures for both, so a
reader can check it against the tables; a claim that something is missing
in one kommun is worded only where :mod:`samnet.measure.comparison_figures` found no actor of
that function doing it there.

Percentages are rounded to whole numbers (half up) and always stand beside
the counts they come from.

Examples
--------
>>> finding = {"key": "person_dependence", "values": {"a": 15, "b": 3, "a_pairs": 10, "b_pairs": 2}}
>>> finding_sentence(finding, {"a": "Ljusdal", "b": "Sandviken"})
'Personbundna länkar: 15 i Ljusdal och 3 i Sandviken; par som bara hänger på personbundna band: 10 respektive 2.'
"""

from __future__ import annotations

from samnet.core.vocab import area_name, function_name
from samnet.measure.results import TIERS
from samnet.present.report.findings import join_names
from samnet.texts.catalogue import count, text

__all__ = ["finding_sentence", "mapped_sentence", "finding_sentences", "percent"]


def percent(part: int, whole: int) -> int:
    """``part`` of ``whole`` in whole per cent, rounded half up (0 for an empty whole).

    Examples
    --------
    >>> percent(21, 83), percent(1, 8), percent(0, 0)
    (25, 13, 0)
    """
    return (200 * part + whole) // (2 * whole) if whole else 0


def _n(number: int, lang: str, noun: str) -> str:
    """A count with its noun in the right number: "1 aktör", "2 aktörer", "1 tie", "2 ties"."""
    return count(number, "findings.noun." + noun, lang)


def _person(v: dict, n: dict, lang: str) -> str:
    return text("findings.person", lang, v=v, n=n)


def _reporters(v: dict, side: str, n: dict, lang: str) -> str:
    """ "2 i Ljusdals kommun (A och B)", "0 in B" — the forum-only actors that otherwise only report."""
    number, names = v[f"{side}_reporting"], v.get(f"{side}_reporting_names", [])
    listed = f" ({join_names(names, lang)})" if names else ""
    return text("findings.reporters", lang, count=number, name=n[side], listed=listed)


def _reach(v: dict, n: dict, lang: str) -> str:
    a, b = v["a"], v["b"]
    total = {s: sum(v[s][t] for t in TIERS) for s in "ab"}
    return text(
        "findings.reach",
        lang,
        a=a,
        b=b,
        n=n,
        total=total,
        ra=_reporters(v, "a", n, lang),
        rb=_reporters(v, "b", n, lang),
    )


def _share_of(v: dict, n: dict, lang: str, what: str) -> str:
    pa, pb = percent(v["a"], v["a_ties"]), percent(v["b"], v["b_ties"])
    return text("findings.share", lang, what=what, pa=pa, pb=pb, v=v, n=n)


def _high(v: dict, n: dict, lang: str) -> str:
    return _share_of(v, n, lang, text("findings.high", lang))


def _area(v: dict, n: dict, lang: str) -> str:
    return _share_of(v, n, lang, text("findings.area", lang, name=area_name(v["area"], lang)))


def _forums_on(row: dict, lang: str) -> str:
    """ "2 forum, det högsta på nivå 4 (X)", "1 forum, på nivå 3 (X)", "inget forum"."""
    number = row["forums"]
    if not number:
        return text("findings.no_forum", lang)
    where = text("findings.at_level" if number == 1 else "findings.highest_at_level", lang, level=row["top_level"])
    return text(
        "findings.forums_on",
        lang,
        forums=_n(number, lang, "forum"),
        where=where,
        names=join_names(row["top_forums"], lang),
    )


def _area_forums(v: dict, n: dict, lang: str) -> str:
    pa, pb = percent(v["a_area_ties"], v["a_ties"]), percent(v["b_area_ties"], v["b_ties"])
    return text(
        "findings.area_forums",
        lang,
        name=area_name(v["area"], lang),
        n=n,
        v=v,
        pa=pa,
        pb=pb,
        fa=_forums_on(v["a"], lang),
        fb=_forums_on(v["b"], lang),
    )


def _focus_on(areas: list[str], lang: str) -> str:
    if not areas:
        return text("findings.focus_none", lang)
    return text("findings.focus_on", lang, areas=join_names([area_name(a, lang) for a in areas], lang))


def _focus(v: dict, n: dict, lang: str) -> str:
    return text("findings.focus", lang, n=n, fa=_focus_on(v["a"], lang), fb=_focus_on(v["b"], lang))


def _colocated_part(side: dict, lang: str) -> str:
    if not side["ties"]:
        return "0"
    return text("findings.colocated_part", lang, count=side["ties"], names=join_names(side["names"], lang))


def _colocation(v: dict, n: dict, lang: str) -> str:
    return text("findings.colocation", lang, n=n, fa=_colocated_part(v["a"], lang), fb=_colocated_part(v["b"], lang))


def _level4(v: dict, n: dict, lang: str) -> str:
    return text("findings.level4", lang, a=v["a"], b=v["b"], n=n)


def _forum_part(side: dict, lang: str) -> str:
    forum = side["forum"]
    if forum is None:
        return text("findings.no_forum", lang)
    equals = side.get("equals", 0)
    tie = text("findings.as_many_as", lang, other=_n(equals, lang, "other_forum")) if equals else ""
    return text(
        "findings.forum_part",
        lang,
        forum=forum,
        side=side,
        size=_n(forum["size"], lang, "member"),
        share=percent(forum["pairs"], side["pairs"]),
        tie=tie,
    )


def _dominant(v: dict, n: dict, lang: str) -> str:
    return text("findings.dominant", lang, n=n, pa=_forum_part(v["a"], lang), pb=_forum_part(v["b"], lang))


def _school(v: dict, n: dict, lang: str) -> str:
    return text("findings.school", lang, a=v["a"], b=v["b"], n=n)


def _actors(number: int, lang: str) -> str:
    return _n(number, lang, "actor")


def _sides(v: dict, field: str) -> tuple[str, str]:
    return ("a", "b") if v["a"][field] else ("b", "a")


def _function_samverkan(v: dict, n: dict, lang: str) -> str:
    has, lacks = _sides(v, "ties")
    h, l_ = v[has], v[lacks]
    return text(
        "findings.function_samverkan",
        lang,
        name=function_name(v["function"], lang),
        has=n[has],
        lacks=n[lacks],
        ties=_n(h["ties"], lang, "described_tie"),
        actors=_actors(h["actors"], lang),
        lacking=_actors(l_["actors"], lang),
        one_way=_n(l_["one_way"], lang, "one_way_link"),
    )


def _function_structural(v: dict, n: dict, lang: str) -> str:
    has, lacks = _sides(v, "structural_ties")
    h, l_ = v[has], v[lacks]
    verb = text("findings.verb_one" if h["structural_ties"] == 1 else "findings.verb_many", lang)
    return text(
        "findings.function_structural",
        lang,
        name=function_name(v["function"], lang),
        has=n[has],
        lacks=n[lacks],
        h=h,
        l=l_,
        verb=verb,
        lacking=_actors(l_["actors"], lang),
    )


def _forvaltning(v: dict, n: dict, lang: str) -> str:
    # "Units of the kommun" would be false of companies such as the bostadsbolag: say huvudman.
    return text("findings.forvaltning", lang, name=function_name(v["function"], lang), a=v["a"], b=v["b"], n=n)


_WRITERS = {
    "person_dependence": _person,
    "reach": _reach,
    "high_levels": _high,
    "area_share": _area,
    "area_forums": _area_forums,
    "level4_internal": _level4,
    "dominant_forum": _dominant,
    "school_structural": _school,
    "function_samverkan": _function_samverkan,
    "function_structural": _function_structural,
    "forvaltningar_structural": _forvaltning,
    "focus": _focus,
    "colocation": _colocation,
}


def finding_sentence(finding: dict, names: dict[str, str], lang: str = "sv") -> str:
    """One finding of :func:`samnet.measure.comparison_figures.compare_findings` as a sentence with both kommuners' figures.

    Examples
    --------
    >>> f = {"key": "high_levels", "values": {"a": 21, "b": 26, "a_ties": 83, "b_ties": 92}}
    >>> finding_sentence(f, {"a": "A", "b": "B"}, "en")
    'Samverkan at levels 3–4 (coordination, common goal): 25 % (21 of 83 described ties) in A and 28 % (26 of 92) in B.'
    """
    return _WRITERS[finding["key"]](finding["values"], names, lang) + _weak_clause(finding, names, lang)


def _weak_clause(finding: dict, names: dict[str, str], lang: str) -> str:
    """ " Skillnaden vilar till stor del på ensidiga eller härledda band …" where more than half of a side's
    counted ties rest on one side, a third party or an inference; the side with the larger share is named."""
    weak = finding.get("weak")
    if not weak:
        return ""
    shares = {s: w / n for s, (w, n) in weak.items() if n and w / n > 0.5}
    if not shares:
        return ""
    side = max(sorted(shares), key=lambda s: shares[s])
    w, n = weak[side]
    return text("testimony.compare.weak", lang, n=w, total=n, side=names[side])


def mapped_sentence(row: dict, names: dict[str, str], lang: str = "sv") -> str:
    """A function mapped in one kommun only, worded as a difference in what was mapped.

    Examples
    --------
    >>> mapped_sentence({"function": "brottsofferjour", "side": "b", "actors": 1}, {"a": "A", "b": "B"})
    'Kartläggningen av B tar upp Brottsofferjour (1 aktör); kartläggningen av A tar inte upp någon aktör med den funktionen.'
    """
    side, other = row["side"], "b" if row["side"] == "a" else "a"
    return text(
        "findings.mapped",
        lang,
        side=names[side],
        other=names[other],
        name=function_name(row["function"], lang),
        actors=_actors(row["actors"], lang),
    )


def finding_sentences(comparison: dict, lang: str = "sv") -> dict[str, list[str]]:
    """Every sentence of a comparison: ``findings`` (ranked) and ``mapped`` ("Kartlagda aktörer").

    Examples
    --------
    >>> finding_sentences({"a": {"name": "A"}, "b": {"name": "B"}, "findings": [], "mapped": []})
    {'findings': [], 'mapped': []}
    """
    names = {"a": comparison["a"]["name"], "b": comparison["b"]["name"]}
    return {
        "findings": [finding_sentence(f, names, lang) for f in comparison["findings"]],
        "mapped": [mapped_sentence(r, names, lang) for r in comparison["mapped"]],
    }
