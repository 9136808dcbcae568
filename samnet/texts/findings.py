"""The sentences of a comparison by function, in Swedish and English: data for :mod:`samnet.texts.catalogue`.

:mod:`samnet.texts.catalogue` registers them under ``findings.``; :mod:`samnet.present.comparison_text`
fills them from the figures of :mod:`samnet.measure.comparison_figures` only. ``{v[a]}`` reads
the figure ``a`` of a finding's values (:meth:`str.format` indexing), ``{n[a]}``
the name of kommun ``a``. ``noun.*`` are countable nouns, ``"singular|plural"``.

Examples
--------
>>> TABLES["findings."]["no_forum"]
('inget forum', 'no forum')
"""

from __future__ import annotations

__all__ = ["TABLES"]

_FINDINGS: dict[str, tuple[str, str]] = {
    "noun.actor": ("aktör|aktörer", "actor|actors"),
    "noun.member": ("medlem|medlemmar", "member|members"),
    # Swedish "forum" is the same in both numbers.
    "noun.forum": ("forum|forum", "forum|forums"),
    "noun.other_forum": ("annat forum|andra forum", "other forum|other forums"),
    "noun.described_tie": ("beskrivet band|beskrivna band", "described tie|described ties"),
    "noun.one_way_link": ("envägslänk|envägslänkar", "one-way link|one-way links"),
    "person": (
        "Personbundna länkar: {v[a]} i {n[a]} och {v[b]} i {n[b]}; par som bara hänger på "
        "personbundna band: {v[a_pairs]} respektive {v[b_pairs]}.",
        "Person-dependent links: {v[a]} in {n[a]} and {v[b]} in {n[b]}; pairs that hang on "
        "person-dependent ties only: {v[a_pairs]} and {v[b_pairs]}.",
    ),
    "reporters": ("{count} i {name}{listed}", "{count} in {name}{listed}"),
    "reach": (
        "Av aktörerna utanför socialtjänsten har {a[direct]} av {total[a]} i {n[a]} och "
        "{b[direct]} av {total[b]} i {n[b]} direkt samverkan med den eller sitter samlokaliserade med den; "
        "{a[forum_only]} respektive "
        "{b[forum_only]} möter den bara i forum, {a[one_way_only]} respektive {b[one_way_only]} bara "
        "genom envägslänkar och {a[none]} respektive {b[none]} inte alls. Aktörer som möter "
        "socialtjänsten bara i forum och annars bara skickar orosanmälan eller annan envägslänk dit: "
        "{ra}, {rb}.",
        "Of the actors outside social services, {a[direct]} of {total[a]} in {n[a]} and "
        "{b[direct]} of {total[b]} in {n[b]} have direct samverkan with them or sit co-located with them; "
        "{a[forum_only]} and {b[forum_only]} meet them only in forums, {a[one_way_only]} and "
        "{b[one_way_only]} only through one-way links, {a[none]} and {b[none]} not at all. "
        "Actors that meet social services only in forums and otherwise only send them reports of concern "
        "or other one-way links: {ra}, {rb}.",
    ),
    "share": (
        "{what}: {pa} % ({v[a]} av {v[a_ties]} beskrivna band) i {n[a]} och {pb} % ({v[b]} av {v[b_ties]}) i {n[b]}.",
        "{what}: {pa} % ({v[a]} of {v[a_ties]} described ties) in {n[a]} and {pb} % ({v[b]} of {v[b_ties]}) in {n[b]}.",
    ),
    "high": ("Samverkan på nivå 3–4 (samarbete, samverkan)", "Samverkan at levels 3–4 (coordination, common goal)"),
    "area": ("Band som rör {name}", "Ties concerning {name}"),
    "no_forum": ("inget forum", "no forum"),
    "focus": (
        "Uttalat fokus enligt kartläggningen: i {n[a]} {fa}; i {n[b]} {fb}.",
        "Outspoken focus according to the mapping: in {n[a]} {fa}; in {n[b]} {fb}.",
    ),
    "focus_on": ("{areas}", "{areas}"),
    "colocation": (
        "Samlokalisering (forum där parterna sitter tillsammans): {fa} i {n[a]}; {fb} i {n[b]}.",
        "Co-location (forums where the parties sit together): {fa} in {n[a]}; {fb} in {n[b]}.",
    ),
    "colocated_part": ("{count} ({names})", "{count} ({names})"),
    "focus_none": ("inget", "none"),
    "at_level": ("på nivå {level}", "at level {level}"),
    "highest_at_level": ("det högsta på nivå {level}", "the highest at level {level}"),
    "forums_on": ("{forums}, {where} ({names})", "{forums}, {where} ({names})"),
    "area_forums": (
        "Forum som tar upp {name}: i {n[a]} {fa}; i {n[b]} {fb}. Andel beskrivna band som rör det: "
        "{pa} % ({v[a_area_ties]} av {v[a_ties]}) respektive {pb} % ({v[b_area_ties]} av {v[b_ties]}).",
        "Forums that take up {name}: in {n[a]} {fa}; in {n[b]} {fb}. Share of described ties "
        "concerning it: {pa} % ({v[a_area_ties]} of {v[a_ties]}) and {pb} % ({v[b_area_ties]} of "
        "{v[b_ties]}).",
    ),
    "level4": (
        "Beskrivna band på nivå 4 inom en organisation: {a[internal]} i {n[a]} och "
        "{b[internal]} i {n[b]}; mellan organisationer: {a[external]} respektive {b[external]}.",
        "Described ties at level 4 inside one organisation: {a[internal]} in {n[a]} and "
        "{b[internal]} in {n[b]}; across organisations: {a[external]} and {b[external]}.",
    ),
    "as_many_as": (" (lika många som {other})", " (as many as {other})"),
    "forum_part": (
        "{forum[name]} ({size}, nivå {forum[level]}): {forum[pairs]} av {side[pairs]} par, {share} %{tie}",
        "{forum[name]} ({size}, level {forum[level]}): {forum[pairs]} of {side[pairs]} pairs, {share} %{tie}",
    ),
    "dominant": (
        "Forumet som skapar flest par i {n[a]} är {pa}; i {n[b]} {pb}.",
        "The forum that creates the most pairs in {n[a]} is {pa}; in {n[b]} {pb}.",
    ),
    "school": (
        "Skola, elevhälsa och förskola i det strukturella arbetet: {a[structural_ties]} av {a[ties]} "
        "beskrivna band är strukturella i {n[a]} (strukturella forum: {a[structural_forums]}), "
        "{b[structural_ties]} av {b[ties]} i {n[b]} (strukturella forum: {b[structural_forums]}).",
        "School, pupil health and preschool in the structural work: {a[structural_ties]} of {a[ties]} "
        "described ties are structural in {n[a]} (structural forums: {a[structural_forums]}), "
        "{b[structural_ties]} of {b[ties]} in {n[b]} (structural forums: {b[structural_forums]}).",
    ),
    "function_samverkan": (
        "{name} har samverkan i {has} ({ties}, {actors}); i {lacks} har ingen aktör med den "
        "funktionen någon ({lacking}, {one_way}).",
        "{name} has samverkan in {has} ({ties}, {actors}); in {lacks} no actor of that "
        "function has any ({lacking}, {one_way}).",
    ),
    # The verb agrees with the count in English only.
    "verb_one": ("är", "is"),
    "verb_many": ("är", "are"),
    "function_structural": (
        "{name} deltar i strukturell samverkan i {has} ({h[structural_ties]} av {h[ties]} "
        "beskrivna band {verb} strukturella); i {lacks} gör ingen aktör med den funktionen det "
        "({lacking}, 0 av {l[ties]} band strukturella).",
        "{name} takes part in structural samverkan in {has} ({h[structural_ties]} of {h[ties]} "
        "described ties {verb} structural); in {lacks} no actor of that function does "
        "({lacking}, 0 of {l[ties]} ties structural).",
    ),
    "forvaltning": (
        "{name} med kommunen som huvudman, i strukturella forum: {a[in_structural_forums]} av "
        "{a[units]} i {n[a]} och {b[in_structural_forums]} av {b[units]} i {n[b]}.",
        "{name} with the kommun as principal (huvudman), in structural forums: "
        "{a[in_structural_forums]} of {a[units]} in {n[a]} and "
        "{b[in_structural_forums]} of {b[units]} in {n[b]}.",
    ),
    "mapped": (
        "Kartläggningen av {side} tar upp {name} ({actors}); "
        "kartläggningen av {other} tar inte upp någon aktör med den funktionen.",
        "The mapping of {side} includes {name} ({actors}); "
        "the mapping of {other} includes no actor with that function.",
    ),
}

#: What :mod:`samnet.texts.catalogue` registers: catalogue prefix -> {key: (Swedish, English)}.
TABLES: dict[str, dict[str, tuple[str, str]]] = {"findings.": _FINDINGS}
