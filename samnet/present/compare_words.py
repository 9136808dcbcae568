"""The wording of a comparison: the ranked findings and the mapping differences as sentences.

The findings of :mod:`samnet.measure.comparison_figures` are said by
:mod:`samnet.present.comparison_text`, one writer per kind, each from the figures of
the finding only and with both kommuners' figures; this module puts the
comparison's labels on them and words the type-pair table's cells.

Examples
--------
>>> from samnet.measure.results import Comparison, ComparisonSide
>>> c = Comparison(ComparisonSide("ljusdal", "Ljusdal", "Ljusdal"), ComparisonSide("sandviken", "Sandviken", "Sandviken"),
...     differences=[{"key": "high_levels", "score": 0.1, "values": {"a": 21, "b": 26, "a_ties": 83, "b_ties": 92}}])
>>> difference_sentences(c)
['Samverkan på nivå 3–4 (samarbete, samverkan): 25 % (21 av 83 beskrivna band) i Ljusdal och 28 % (26 av 92) i Sandviken.']
"""

from __future__ import annotations

from samnet.core.vocab import LEVELS, SCOPES, in_language, kind_name, type_name
from samnet.errors import check_lang
from samnet.measure.results import Comparison
from samnet.present.comparison_text import finding_sentence, mapped_sentence
from samnet.texts.catalogue import count, text

__all__ = [
    "difference_sentences",
    "mapped_sentences",
    "level_name",
    "level_phrase",
    "pair_label",
    "scope_phrase",
    "side_text",
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


def _samverkan_cell(side: dict, lang: str) -> str:
    """ "samverkan högst på nivå 3 (…), 5 band, varav 2 personbundna": the level is the highest of the ties."""
    ties, dependent = side["samverkan_ties"], side.get("person_dependent_ties", 0)
    if ties == 1:
        phrase = level_phrase(side["level"], side["scopes"], lang)
    else:
        detail = ", ".join(p for p in (level_name(side["level"], lang), scope_phrase(side["scopes"], lang)) if p)
        phrase = text("compare.top_level_phrase", lang, level=side["level"], detail=detail)
    phrase += f", {_ties(ties, lang)}"
    if dependent:
        key = "one" if ties == 1 else "all" if dependent == ties else "some_one" if dependent == 1 else "some"
        phrase += text(f"compare.person_dependent_{key}", lang, n=dependent)
    return phrase


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
        parts.append(_samverkan_cell(side, lang))
    for r in side["one_way"]:
        parts.append(
            f"{kind_name(r['kind'], lang)} {type_name(r['from'], lang, short=True)} → "
            f"{type_name(r['to'], lang, short=True)} ({r['links']})"
        )
    return "; ".join(parts)


# --------------------------------------------------------------------------- the ranked findings


def difference_sentences(comparison: Comparison, lang: str = "sv") -> list[str]:
    """The ranked differences (findings by function) of a comparison as sentences, Swedish by default.

    Each sentence is written by :func:`samnet.present.comparison_text.finding_sentence`
    from the figures of its finding, for both kommuner.

    Parameters
    ----------
    comparison : Comparison
        From :func:`samnet.measure.comparison.compare_networks`.
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
    >>> from samnet.measure.results import Comparison, ComparisonSide
    >>> c = Comparison(ComparisonSide("l", "Ljusdal", "Ljusdal"), ComparisonSide("s", "Sandviken", "Sandviken"),
    ...     differences=[{"key": "person_dependence", "score": 0.8,
    ...                   "values": {"a": 15, "b": 3, "a_pairs": 10, "b_pairs": 2}}])
    >>> difference_sentences(c, "en")[0][:50]
    'Person-dependent links: 15 in Ljusdal and 3 in San'
    """
    check_lang(lang)
    return [finding_sentence(diff, comparison.labels, lang) for diff in comparison.differences]


def mapped_sentences(comparison: Comparison, lang: str = "sv") -> list[str]:
    """ "Kartlagda aktörer": each function mapped in one kommun only, as a difference in what was mapped.

    Examples
    --------
    >>> from samnet.measure.results import Comparison, ComparisonSide
    >>> c = Comparison(ComparisonSide("a", "A", "A"), ComparisonSide("b", "B", "B"),
    ...     mapped=[{"function": "jour", "side": "a", "actors": 2}])
    >>> mapped_sentences(c)
    ['Kartläggningen av A tar upp Kvinno- och tjejjour (2 aktörer); kartläggningen av B tar inte upp någon aktör med den funktionen.']
    """
    check_lang(lang)
    return [mapped_sentence(row, comparison.labels, lang) for row in comparison.mapped]
