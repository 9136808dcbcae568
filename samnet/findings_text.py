"""The sentences of a comparison by function, generated from the figures of :mod:`samnet.findings` only.

Every sentence names both kommuner and carries the figures for both, so a
reader can check it against the tables; a claim that something is missing
in one kommun is worded only where :mod:`samnet.findings` found no actor of
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

from samnet.reach import TIERS
from samnet.report_findings import join_names
from samnet.vocab import area_name, function_name

__all__ = ["finding_sentence", "mapped_sentence", "finding_sentences", "percent"]


def percent(part: int, whole: int) -> int:
    """``part`` of ``whole`` in whole per cent, rounded half up (0 for an empty whole).

    Examples
    --------
    >>> percent(21, 83), percent(1, 8), percent(0, 0)
    (25, 13, 0)
    """
    return (200 * part + whole) // (2 * whole) if whole else 0


def _n(count: int, lang: str, sv: tuple[str, str], en: tuple[str, str]) -> str:
    """A count with its noun in the right number: "1 aktör", "2 aktörer", "1 tie", "2 ties"."""
    one, many = en if lang == "en" else sv
    return f"{count} {one if count == 1 else many}"


def _person(v: dict, n: dict, lang: str) -> str:
    if lang == "en":
        return (f"Person-dependent links: {v['a']} in {n['a']} and {v['b']} in {n['b']}; pairs that hang on "
                f"person-dependent ties only: {v['a_pairs']} and {v['b_pairs']}.")
    return (f"Personbundna länkar: {v['a']} i {n['a']} och {v['b']} i {n['b']}; par som bara hänger på "
            f"personbundna band: {v['a_pairs']} respektive {v['b_pairs']}.")


def _reporters(v: dict, side: str, n: dict, lang: str) -> str:
    """"2 i Ljusdals kommun (A och B)", "0 in B" — the forum-only actors that otherwise only report."""
    count, names = v[f"{side}_reporting"], v.get(f"{side}_reporting_names", [])
    listed = f" ({join_names(names, lang)})" if names else ""
    return f"{count} {'in' if lang == 'en' else 'i'} {n[side]}{listed}"


def _reach(v: dict, n: dict, lang: str) -> str:
    a, b = v["a"], v["b"]
    total = {s: sum(v[s][t] for t in TIERS) for s in "ab"}
    if lang == "en":
        return (f"Of the actors outside social services, {a['direct']} of {total['a']} in {n['a']} and "
                f"{b['direct']} of {total['b']} in {n['b']} have direct samverkan with them; "
                f"{a['forum_only']} and {b['forum_only']} meet them only in forums, {a['one_way_only']} and "
                f"{b['one_way_only']} only through one-way links, {a['none']} and {b['none']} not at all. "
                f"Actors that meet social services only in forums and otherwise only send them reports of concern "
                f"or other one-way links: {_reporters(v, 'a', n, lang)}, {_reporters(v, 'b', n, lang)}.")
    return (f"Av aktörerna utanför socialtjänsten har {a['direct']} av {total['a']} i {n['a']} och "
            f"{b['direct']} av {total['b']} i {n['b']} direkt samverkan med den; {a['forum_only']} respektive "
            f"{b['forum_only']} möter den bara i forum, {a['one_way_only']} respektive {b['one_way_only']} bara "
            f"genom envägslänkar och {a['none']} respektive {b['none']} inte alls. Aktörer som möter "
            f"socialtjänsten bara i forum och annars bara skickar orosanmälan eller annan envägslänk dit: "
            f"{_reporters(v, 'a', n, lang)}, {_reporters(v, 'b', n, lang)}.")


def _share_of(v: dict, n: dict, lang: str, what_sv: str, what_en: str) -> str:
    pa, pb = percent(v["a"], v["a_ties"]), percent(v["b"], v["b_ties"])
    if lang == "en":
        return (f"{what_en}: {pa} % ({v['a']} of {v['a_ties']} described ties) in {n['a']} and "
                f"{pb} % ({v['b']} of {v['b_ties']}) in {n['b']}.")
    return (f"{what_sv}: {pa} % ({v['a']} av {v['a_ties']} beskrivna band) i {n['a']} och "
            f"{pb} % ({v['b']} av {v['b_ties']}) i {n['b']}.")


def _high(v: dict, n: dict, lang: str) -> str:
    return _share_of(v, n, lang, "Samverkan på nivå 3–4 (samarbete, samverkan)",
                     "Samverkan at levels 3–4 (coordination, common goal)")


def _area(v: dict, n: dict, lang: str) -> str:
    name = area_name(v["area"], lang)
    return _share_of(v, n, lang, f"Band som rör {name}", f"Ties concerning {name}")


def _forums_on(row: dict, lang: str) -> str:
    """"2 forum, det högsta på nivå 4 (X)", "1 forum, på nivå 3 (X)", "inget forum"."""
    count = row["forums"]
    if not count:
        return "no forum" if lang == "en" else "inget forum"
    names = join_names(row["top_forums"], lang)
    if lang == "en":
        where = f"at level {row['top_level']}" if count == 1 else f"the highest at level {row['top_level']}"
        return f"{_n(count, lang, ('', ''), ('forum', 'forums'))}, {where} ({names})"
    where = f"på nivå {row['top_level']}" if count == 1 else f"det högsta på nivå {row['top_level']}"
    return f"{count} forum, {where} ({names})"


def _area_forums(v: dict, n: dict, lang: str) -> str:
    name = area_name(v["area"], lang)
    pa, pb = percent(v["a_area_ties"], v["a_ties"]), percent(v["b_area_ties"], v["b_ties"])
    if lang == "en":
        return (f"Forums that take up {name}: in {n['a']} {_forums_on(v['a'], lang)}; in {n['b']} "
                f"{_forums_on(v['b'], lang)}. Share of described ties concerning it: {pa} % "
                f"({v['a_area_ties']} of {v['a_ties']}) and {pb} % ({v['b_area_ties']} of {v['b_ties']}).")
    return (f"Forum som tar upp {name}: i {n['a']} {_forums_on(v['a'], lang)}; i {n['b']} "
            f"{_forums_on(v['b'], lang)}. Andel beskrivna band som rör det: {pa} % "
            f"({v['a_area_ties']} av {v['a_ties']}) respektive {pb} % ({v['b_area_ties']} av {v['b_ties']}).")


def _level4(v: dict, n: dict, lang: str) -> str:
    a, b = v["a"], v["b"]
    if lang == "en":
        return (f"Described ties at level 4 inside one organisation: {a['internal']} in {n['a']} and "
                f"{b['internal']} in {n['b']}; across organisations: {a['external']} and {b['external']}.")
    return (f"Beskrivna band på nivå 4 inom en organisation: {a['internal']} i {n['a']} och "
            f"{b['internal']} i {n['b']}; mellan organisationer: {a['external']} respektive {b['external']}.")


def _forum_part(side: dict, lang: str) -> str:
    forum = side["forum"]
    if forum is None:
        return "no forum" if lang == "en" else "inget forum"
    share = percent(forum["pairs"], side["pairs"])
    size = _n(forum["size"], lang, ("medlem", "medlemmar"), ("member", "members"))
    equals = side.get("equals", 0)
    if lang == "en":
        tie = f" (as many as {_n(equals, lang, ('', ''), ('other forum', 'other forums'))})" if equals else ""
        return f"{forum['name']} ({size}, level {forum['level']}): {forum['pairs']} of {side['pairs']} pairs, {share} %{tie}"
    tie = f" (lika många som {_n(equals, lang, ('annat forum', 'andra forum'), ('', ''))})" if equals else ""
    return f"{forum['name']} ({size}, nivå {forum['level']}): {forum['pairs']} av {side['pairs']} par, {share} %{tie}"


def _dominant(v: dict, n: dict, lang: str) -> str:
    if lang == "en":
        return (f"The forum that creates the most pairs in {n['a']} is {_forum_part(v['a'], lang)}; "
                f"in {n['b']} {_forum_part(v['b'], lang)}.")
    return (f"Forumet som skapar flest par i {n['a']} är {_forum_part(v['a'], lang)}; "
            f"i {n['b']} {_forum_part(v['b'], lang)}.")


def _school(v: dict, n: dict, lang: str) -> str:
    a, b = v["a"], v["b"]
    if lang == "en":
        return (f"School, pupil health and preschool in the structural work: {a['structural_ties']} of {a['ties']} "
                f"described ties are structural in {n['a']} (structural forums: {a['structural_forums']}), "
                f"{b['structural_ties']} of {b['ties']} in {n['b']} (structural forums: {b['structural_forums']}).")
    return (f"Skola, elevhälsa och förskola i det strukturella arbetet: {a['structural_ties']} av {a['ties']} "
            f"beskrivna band är strukturella i {n['a']} (strukturella forum: {a['structural_forums']}), "
            f"{b['structural_ties']} av {b['ties']} i {n['b']} (strukturella forum: {b['structural_forums']}).")


def _actors(count: int, lang: str) -> str:
    return _n(count, lang, ("aktör", "aktörer"), ("actor", "actors"))


def _sides(v: dict, field: str) -> tuple[str, str]:
    return ("a", "b") if v["a"][field] else ("b", "a")


def _function_samverkan(v: dict, n: dict, lang: str) -> str:
    has, lacks = _sides(v, "ties")
    name = function_name(v["function"], lang)
    h, l_ = v[has], v[lacks]
    ties = _n(h["ties"], lang, ("beskrivet band", "beskrivna band"), ("described tie", "described ties"))
    one_way = _n(l_["one_way"], lang, ("envägslänk", "envägslänkar"), ("one-way link", "one-way links"))
    if lang == "en":
        return (f"{name} has samverkan in {n[has]} ({ties}, {_actors(h['actors'], lang)}); "
                f"in {n[lacks]} no actor of that function has any ({_actors(l_['actors'], lang)}, {one_way}).")
    return (f"{name} har samverkan i {n[has]} ({ties}, {_actors(h['actors'], lang)}); "
            f"i {n[lacks]} har ingen aktör med den funktionen någon ({_actors(l_['actors'], lang)}, {one_way}).")


def _function_structural(v: dict, n: dict, lang: str) -> str:
    has, lacks = _sides(v, "structural_ties")
    name = function_name(v["function"], lang)
    h, l_ = v[has], v[lacks]
    if lang == "en":
        verb = "is" if h["structural_ties"] == 1 else "are"
        return (f"{name} takes part in structural samverkan in {n[has]} ({h['structural_ties']} of {h['ties']} "
                f"described ties {verb} structural); in {n[lacks]} no actor of that function does "
                f"({_actors(l_['actors'], lang)}, 0 of {l_['ties']} ties structural).")
    return (f"{name} deltar i strukturell samverkan i {n[has]} ({h['structural_ties']} av {h['ties']} "
            f"beskrivna band är strukturella); i {n[lacks]} gör ingen aktör med den funktionen det "
            f"({_actors(l_['actors'], lang)}, 0 av {l_['ties']} band strukturella).")


def _forvaltning(v: dict, n: dict, lang: str) -> str:
    name = function_name(v["function"], lang)
    a, b = v["a"], v["b"]
    # "Units of the kommun" would be false of companies such as the bostadsbolag: say huvudman.
    if lang == "en":
        return (f"{name} with the kommun as principal (huvudman), in structural forums: "
                f"{a['in_structural_forums']} of {a['units']} in {n['a']} and "
                f"{b['in_structural_forums']} of {b['units']} in {n['b']}.")
    return (f"{name} med kommunen som huvudman, i strukturella forum: {a['in_structural_forums']} av "
            f"{a['units']} i {n['a']} och {b['in_structural_forums']} av {b['units']} i {n['b']}.")


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
}


def finding_sentence(finding: dict, names: dict[str, str], lang: str = "sv") -> str:
    """One finding of :func:`samnet.findings.compare_findings` as a sentence with both kommuners' figures.

    Examples
    --------
    >>> f = {"key": "high_levels", "values": {"a": 21, "b": 26, "a_ties": 83, "b_ties": 92}}
    >>> finding_sentence(f, {"a": "A", "b": "B"}, "en")
    'Samverkan at levels 3–4 (coordination, common goal): 25 % (21 of 83 described ties) in A and 28 % (26 of 92) in B.'
    """
    return _WRITERS[finding["key"]](finding["values"], names, lang)


def mapped_sentence(row: dict, names: dict[str, str], lang: str = "sv") -> str:
    """A function mapped in one kommun only, worded as a difference in what was mapped.

    Examples
    --------
    >>> mapped_sentence({"function": "brottsofferjour", "side": "b", "actors": 1}, {"a": "A", "b": "B"})
    'Kartläggningen av B tar upp Brottsofferjour (1 aktör); kartläggningen av A tar inte upp någon aktör med den funktionen.'
    """
    side, other = row["side"], "b" if row["side"] == "a" else "a"
    name = function_name(row["function"], lang)
    count = row["actors"]
    if lang == "en":
        noun = "actor" if count == 1 else "actors"
        return (f"The mapping of {names[side]} includes {name} ({count} {noun}); "
                f"the mapping of {names[other]} includes no actor with that function.")
    noun = "aktör" if count == 1 else "aktörer"
    return (f"Kartläggningen av {names[side]} tar upp {name} ({count} {noun}); "
            f"kartläggningen av {names[other]} tar inte upp någon aktör med den funktionen.")


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
