"""The wording of a comparison: each ranked difference as one plain Swedish or English sentence.

There is one small function per kind of difference, registered in
:data:`SENTENCES` under the same key as its weight in
:data:`samnet.compare.WEIGHTS`; each fills the catalogue template
``compare.sentence.<key>`` (:mod:`samnet.texts`) with the figures of the
difference only, so every number a sentence carries is one of the figures.
A function receives the difference's ``values``, the two labels (``a``,
``b``), ``x``/``y`` (the side that has something and the other one, for
differences with a ``side``) and the language.

Examples
--------
>>> c = {"a": {"label": "Ljusdal"}, "b": {"label": "Sandviken"},
...      "differences": [{"key": "area_only", "score": 0.9286,
...                       "values": {"area": "hrv", "side": "a", "ties": 12}}]}
>>> difference_sentences(c)
['Ljusdal har samverkan kring hedersrelaterat våld och förtryck (12 band), Sandviken har inga.']
"""

from __future__ import annotations

from collections.abc import Callable

from samnet.texts import check_lang, count, decimal, join, percent, text
from samnet.vocab import LEVELS, SCOPES, area_name, in_language, kind_name, type_name

__all__ = [
    "SENTENCES", "difference_sentences", "level_name", "level_phrase", "pair_label", "scope_phrase", "side_text",
]


def pair_label(types: list[str], lang: str) -> str:
    """A type pair as its reader names it, e.g. "IFO–Skola".

    Examples
    --------
    >>> pair_label(["ifo", "skola"], "sv")
    'IFO–Skola'
    """
    return "–".join(type_name(t, lang, short=True) for t in types)


def scope_phrase(scopes: list[str], lang: str) -> str:
    """The scopes of a tie in words ("strukturnivå", "individ- och strukturnivå").

    Examples
    --------
    >>> scope_phrase(["individ", "struktur"], "sv"), scope_phrase(["struktur"], "en")
    ('individ- och strukturnivå', 'structural level')
    """
    if set(scopes) == {"individ", "struktur"}:
        return text("compare.both_scopes", lang)
    if not scopes:
        return ""
    return in_language(SCOPES[scopes[0]], lang)


def level_phrase(level: int, scopes: list[str], lang: str) -> str:
    """A tie's level and scopes in words, e.g. "samverkan på nivå 3 (samarbete, strukturnivå)".

    Examples
    --------
    >>> level_phrase(3, ["struktur"], "sv")
    'samverkan på nivå 3 (samarbete, strukturnivå)'
    """
    detail = ", ".join(p for p in (level_name(level, lang), scope_phrase(scopes, lang)) if p)
    return text("compare.level_phrase", lang, level=level, detail=detail)


def level_name(level: int, lang: str) -> str:
    """The name of a step of samverkanstrappan.

    Examples
    --------
    >>> level_name(3, "sv"), level_name(3, "en")
    ('samarbete', 'coordination')
    """
    return in_language((LEVELS[level].sv, LEVELS[level].en), lang)


def _ties(n: int, lang: str) -> str:
    return count(n, "noun.tie", lang)


def _what(values: dict, lang: str) -> str:
    return type_name(values["type"], lang, short=True)


def _kinds(kinds: list[str], lang: str) -> str:
    return join([kind_name(k, lang) for k in kinds], lang)


def _percents(a: float, b: float, lang: str) -> tuple[str, str]:
    # One decimal only when whole percents would hide the difference being reported.
    digits = 1 if round(a * 100) == round(b * 100) and a != b else 0
    return percent(a, lang, digits), percent(b, lang, digits)


def side_text(side: dict | None, type_present: bool, lang: str) -> str:
    """One side of a type pair in words, for the tables of the reports and the page.

    Examples
    --------
    >>> side_text(None, False, "sv"), side_text(None, True, "en")
    ('typen saknas', 'no tie')
    """
    if side is None:
        return text("compare.no_tie" if type_present else "compare.missing_type", lang)
    parts = []
    if side["level"] is not None:
        phrase = f"{level_phrase(side['level'], side['scopes'], lang)}, {_ties(side['samverkan_ties'], lang)}"
        if side["person_dependent"]:
            phrase += text("compare.person_dependent_mark", lang)
        parts.append(phrase)
    for r in side["one_way"]:
        parts.append(f"{kind_name(r['kind'], lang)} {type_name(r['from'], lang, short=True)} → "
                     f"{type_name(r['to'], lang, short=True)} ({r['links']})")
    return "; ".join(parts)


# --------------------------------------------------------------------------- one function per kind

Sentence = Callable[[dict, dict, str, str, str], str]


def _say(key: str, lang: str, **fields) -> str:
    return text(f"compare.sentence.{key}", lang, **fields)


def _area_only(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    return _say("area_only", lang, x=x, y=y, area=area_name(v["area"], lang), ties=_ties(v["ties"], lang))


def _areas_unrecorded(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    return _say("areas_unrecorded", lang, x=x)


def _type_only(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    parts = [count(v["actors"], "noun.actor", lang), _ties(v["ties"], lang)]
    if v["one_way"]:
        parts.append(count(v["one_way"], "noun.one_way_link", lang))
    return _say("type_only", lang, what=_what(v, lang), x=x, parts=", ".join(parts))


def _type_no_samverkan(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    kinds = _kinds(v["other_kinds"], lang)
    tail = text("compare.tail.one_way", lang, y=y, kinds=kinds) if kinds else text("compare.tail.nothing", lang, y=y)
    return _say("type_no_samverkan", lang, what=_what(v, lang), x=x, ties=_ties(v["ties"], lang), tail=tail)


def _type_structural(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    return _say("type_structural", lang, what=_what(v, lang), x=x, y=y, ties=_ties(v["ties"], lang))


def _type_forum(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    return _say("type_forum", lang, what=_what(v, lang), x=x, y=y, forums=count(v["forums"], "noun.forum", lang))


def _type_share(key: str) -> Sentence:
    def sentence(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
        pa, pb = _percents(v["a"], v["b"], lang)
        return _say(key, lang, what=_what(v, lang), pa=pa, pb=pb, **labels)
    return sentence


def _area_share(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    pa, pb = _percents(v["a"], v["b"], lang)
    return _say("area_share", lang, area=area_name(v["area"], lang), pa=pa, pb=pb,
                ta=_ties(v["a_ties"], lang), tb=_ties(v["b_ties"], lang), **labels)


def _level_profile(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    def profile(shares: dict) -> str:
        return join([percent(shares[n], lang) for n in sorted(shares)], lang)

    def modal(shares: dict) -> str:
        # Every level that holds the most ties, so a tie between two levels is not hidden.
        most = max(shares.values())
        tops = [n for n in sorted(shares) if shares[n] == most]
        names = ", ".join(level_name(int(n), lang) for n in tops)
        return f"{join(tops, lang)} ({names})"

    return _say("level_profile", lang, modal_a=modal(v["a"]), modal_b=modal(v["b"]),
                profile_a=profile(v["a"]), profile_b=profile(v["b"]), **labels)


def _kommun_share(key: str) -> Sentence:
    def sentence(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
        pa, pb = _percents(v["a"], v["b"], lang)
        return _say(key, lang, what=text(f"compare.share.{key}", lang), pa=pa, pb=pb, **labels)
    return sentence


def _density(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    return _say("density", lang, va=decimal(v["a"], lang, 3), vb=decimal(v["b"], lang, 3), **labels)


def _kommun_count(key: str, noun: str) -> Sentence:
    def sentence(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
        return _say(key, lang, count=count(v["a"], noun, lang), vb=v["b"], **labels)
    return sentence


def _pair_samverkan_vs_one_way(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    return _say("pair_samverkan_vs_one_way", lang, pair=pair_label(v["types"], lang), x=x, y=y,
                level=level_phrase(v["level"], v["scopes"], lang), kinds=_kinds(v["other_kinds"], lang))


def _pair_only(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    return _say("pair_only", lang, pair=pair_label(v["types"], lang), x=x, y=y,
                level=level_phrase(v["level"], v["scopes"], lang))


def _pair_one_way_only(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    return _say("pair_one_way_only", lang, pair=pair_label(v["types"], lang), x=x, y=y, kinds=_kinds(v["kinds"], lang))


def _pair_level(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    la, lb = v["a"], v["b"]
    return _say("pair_level", lang, pair=pair_label(v["types"], lang), la=la, lb=lb,
                na=level_name(la, lang), nb=level_name(lb, lang), **labels)


def _pair_scope(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    return _say("pair_scope", lang, pair=pair_label(v["types"], lang), sa=scope_phrase(v["a"], lang),
                sb=scope_phrase(v["b"], lang), **labels)


def _pair_person_dependent(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    return _say("pair_person_dependent", lang, pair=pair_label(v["types"], lang), x=x, y=y)


def _pair_one_way_kinds(v: dict, labels: dict, x: str, y: str, lang: str) -> str:
    def flows(rows: list[dict]) -> str:
        if not rows:
            return text("none", lang)
        return ", ".join(f"{kind_name(r['kind'], lang)} {type_name(r['from'], lang, short=True)} → "
                         f"{type_name(r['to'], lang, short=True)}" for r in rows)

    return _say("pair_one_way_kinds", lang, pair=pair_label(v["types"], lang), fa=flows(v["a"]),
                fb=flows(v["b"]), **labels)


#: One sentence function per kind of difference, keyed as :data:`samnet.compare.WEIGHTS`.
SENTENCES: dict[str, Sentence] = {
    "area_only": _area_only,
    "type_only": _type_only,
    "type_no_samverkan": _type_no_samverkan,
    "pair_samverkan_vs_one_way": _pair_samverkan_vs_one_way,
    "type_structural": _type_structural,
    "type_forum": _type_forum,
    "areas_unrecorded": _areas_unrecorded,
    "area_share": _area_share,
    "level_profile": _level_profile,
    "structural_share": _kommun_share("structural_share"),
    "person_dependent_share": _kommun_share("person_dependent_share"),
    "one_way_share": _kommun_share("one_way_share"),
    "type_one_way_share": _type_share("type_one_way_share"),
    "type_structural_share": _type_share("type_structural_share"),
    "actors": _kommun_count("actors", "noun.actor"),
    "samverkan_ties": _kommun_count("samverkan_ties", "noun.samverkan_tie"),
    "one_way_links": _kommun_count("one_way_links", "noun.one_way_link"),
    "forums": _kommun_count("forums", "noun.forum"),
    "person_dependent_ties": _kommun_count("person_dependent_ties", "noun.person_dependent_tie"),
    "density": _density,
    "pair_only": _pair_only,
    "pair_level": _pair_level,
    "pair_scope": _pair_scope,
    "pair_person_dependent": _pair_person_dependent,
    "pair_one_way_only": _pair_one_way_only,
    "pair_one_way_kinds": _pair_one_way_kinds,
}


def _cap(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def difference_sentences(comparison: dict, lang: str = "sv") -> list[str]:
    """The ranked differences of a comparison as plain sentences, Swedish by default.

    Parameters
    ----------
    comparison : dict
        From :func:`samnet.compare.compare_networks`.
    lang : {"sv", "en"}

    Returns
    -------
    list of str
        One sentence per difference, largest first; empty when nothing differs.

    Raises
    ------
    UsageError
        For a language other than ``sv`` or ``en``.

    Examples
    --------
    >>> c = {"a": {"label": "Ljusdal"}, "b": {"label": "Sandviken"},
    ...      "differences": [{"key": "area_only", "score": 0.9286,
    ...                       "values": {"area": "hrv", "side": "a", "ties": 12}}]}
    >>> difference_sentences(c, "en")
    ['Ljusdal has samverkan on honour-related violence and oppression (12 ties); Sandviken has none.']
    """
    check_lang(lang)
    labels = {"a": comparison["a"]["label"], "b": comparison["b"]["label"]}
    sentences = []
    for diff in comparison["differences"]:
        side = diff["values"].get("side")
        x, y = (labels[side], labels["b" if side == "a" else "a"]) if side else (labels["a"], labels["b"])
        sentences.append(_cap(SENTENCES[diff["key"]](diff["values"], labels, x, y, lang)))
    return sentences
