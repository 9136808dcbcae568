"""The comparison"s headings and its sentences, one per kind of difference: data for :mod:`samnet.texts.catalogue`.

Registered under ``compare.`` and ``compare.sentence.`` (keyed like
:data:`samnet.measure.comparison.WEIGHTS`).

Examples
--------
>>> COMPARE["title"][1]
'Comparison: {a} and {b}'
"""

from __future__ import annotations

__all__ = ["COMPARE", "SENTENCES", "TABLES"]

COMPARE: dict[str, tuple[str, str]] = {
    "title": ("Jämförelse: {a} och {b}", "Comparison: {a} and {b}"),
    "differences": ("Största skillnader", "Largest differences"),
    "no_differences": ("Inga skillnader.", "No differences."),
    "more_differences": ("Övriga skillnader", "Other differences"),
    "more_in_markdown": (
        "… och {n} skillnader till (alla finns i --format markdown).",
        "… and {n} more differences (all of them in --format markdown).",
    ),
    "figures": ("Nyckeltal", "Key figures"),
    "scopes": ("Individ eller struktur (band)", "Individual or structural (ties)"),
    "types": ("Aktörstyper", "Actor types"),
    "types_only": ("Bara i {x}", "Only in {x}"),
    "types_both": ("I båda", "In both"),
    "pairs": ("Typpar som skiljer sig", "Type pairs that differ"),
    "pair": ("Typpar", "Type pair"),
    "one_way_share": ("Andel envägslänkar per aktörstyp", "Share of one-way links per actor type"),
    "type": ("Aktörstyp", "Actor type"),
    "no_tie": ("inget band", "no tie"),
    "missing_type": ("typen saknas", "type absent"),
    "structural_share": ("Andel beskrivna band på strukturnivå", "Share of described ties at structural level"),
    "high_level_share": ("Andel beskrivna band på nivå 3–4", "Share of described ties at level 3–4"),
    "person_dependent_share": ("Andel personbundna par", "Share of person-dependent pairs"),
    "one_way_share_total": ("Andel envägslänkar av alla band", "Share of one-way links among all ties"),
    "level_name": ("Nivå {n} ({name})", "Level {n} ({name})"),
    "intro": (
        "Kommunerna jämförs per funktion (IFO och socialtjänst är båda socialtjänst), inte per aktör. "
        "Band räknas som de beskrivs: varje länk en gång, varje forum en gång. Envägslänkar "
        "(orosanmälan, polisanmälan, hänvisning, information) räknas inte som samverkan. Varje "
        "skillnad visar siffrorna för båda kommunerna; de väsentligaste står först.",
        "The kommuner are compared by function (IFO and socialtjänst are both social services), not by "
        "actor. Ties are counted as described: each link once, each forum once. One-way links (report "
        "of concern, police report, referral, information) are not counted as samverkan. Every "
        "difference shows the figures of both kommuner; the most substantive come first.",
    ),
    "mapped": ("Kartlagda aktörer", "Mapped actors"),
    "mapped_intro": (
        "Funktioner som bara finns i den ena kartläggningen. Det är en skillnad i vad som kartlades, "
        "inte nödvändigtvis i hur kommunerna arbetar.",
        "Functions found in one mapping only. This is a difference in what was mapped, not "
        "necessarily in how the kommuner work.",
    ),
    "described_ties": ("Beskrivna band (länkar + forum)", "Described ties (links + forums)"),
    "forum_only_ties": ("Par som bara möts i forum", "Pairs that meet only in forums"),
    "person_dependent_links": ("Personbundna länkar", "Person-dependent links"),
    # Parts of sentences and table cells.
    "level_phrase": ("samverkan på nivå {level} ({detail})", "samverkan at level {level} ({detail})"),
    "both_scopes": ("individ- och strukturnivå", "individual and structural level"),
    "top_level_phrase": (
        "samverkan högst på nivå {level} ({detail})",
        "samverkan at level {level} at most ({detail})",
    ),
    # How many of a type pair's ties are person-dependent: one tie, all of several, some of several.
    "person_dependent_one": (", personbundet", ", person-dependent"),
    "person_dependent_all": (", alla personbundna", ", all person-dependent"),
    "person_dependent_some": (", varav {n} personbundna", ", {n} of them person-dependent"),
    "person_dependent_some_one": (", varav 1 personbundet", ", 1 of them person-dependent"),
    "share.structural_share": ("samverkansband på strukturnivå", "samverkan ties at structural level"),
    "share.person_dependent_share": ("personbundna samverkansband", "person-dependent samverkan ties"),
    "share.one_way_share": ("envägslänkar bland alla band", "one-way links among all ties"),
    "tail.one_way": ("i {y} bara envägslänkar ({kinds})", "only one-way links in {y} ({kinds})"),
    "tail.nothing": ("ingen i {y}", "none in {y}"),
}

# One template per kind of difference; the keys after the prefix are those of compare.WEIGHTS.
SENTENCES: dict[str, tuple[str, str]] = {
    "area_only": (
        "{x} har samverkan kring {area} ({ties}), {y} har inga.",
        "{x} has samverkan on {area} ({ties}); {y} has none.",
    ),
    "areas_unrecorded": (
        "{x} har inga band märkta med område, så täckningen av områden kan inte jämföras.",
        "{x} has no tie tagged with an area, so coverage of areas cannot be compared.",
    ),
    "type_only": ("{what} finns bara i {x} ({parts}).", "{what} is present only in {x} ({parts})."),
    "type_no_samverkan": (
        "{what} har samverkan i {x} ({ties}) men {tail}.",
        "{what} has samverkan in {x} ({ties}) but {tail}.",
    ),
    "type_structural": (
        "{what} deltar i strukturell samverkan i {x} ({ties}) men inte i {y}.",
        "{what} takes part in structural samverkan in {x} ({ties}) but not in {y}.",
    ),
    "type_forum": (
        "{what} sitter med i samverkansgrupper (forum) i {x} ({forums}) men inte i {y}.",
        "{what} sits in collaboration groups (forums) in {x} ({forums}) but not in {y}.",
    ),
    "type_structural_share": (
        "För {what} är {pa} av samverkansbanden på strukturnivå i {a}, mot {pb} i {b}.",
        "For {what}, {pa} of samverkan ties are at structural level in {a}, against {pb} in {b}.",
    ),
    "type_one_way_share": (
        "För {what} är {pa} av banden envägslänkar i {a}, mot {pb} i {b}.",
        "For {what}, {pa} of ties are one-way links in {a}, against {pb} in {b}.",
    ),
    "area_share": (
        "Samverkan kring {area}: {ta} ({pa} av alla) i {a}, {tb} ({pb}) i {b}.",
        "Samverkan on {area}: {ta} ({pa} of all) in {a}, {tb} ({pb}) in {b}.",
    ),
    "level_profile": (
        "Samverkanstrappan: flest band ligger på nivå {modal_a} i {a} och på nivå {modal_b} i {b}; "
        "nivå 1–4 har {profile_a} av banden i {a}, {profile_b} i {b}.",
        "Samverkanstrappan: most ties are at level {modal_a} in {a} and at level {modal_b} in {b}; "
        "levels 1–4 hold {profile_a} of the ties in {a}, {profile_b} in {b}.",
    ),
    "structural_share": (
        "Andelen {what} är {pa} i {a} och {pb} i {b}.",
        "The share of {what} is {pa} in {a} and {pb} in {b}.",
    ),
    "person_dependent_share": (
        "Andelen {what} är {pa} i {a} och {pb} i {b}.",
        "The share of {what} is {pa} in {a} and {pb} in {b}.",
    ),
    "one_way_share": (
        "Andelen {what} är {pa} i {a} och {pb} i {b}.",
        "The share of {what} is {pa} in {a} and {pb} in {b}.",
    ),
    "density": ("Nätverkets täthet är {va} i {a} och {vb} i {b}.", "Network density is {va} in {a} and {vb} in {b}."),
    "actors": ("{a} har {count}, {b} {vb}.", "{a} has {count}, {b} {vb}."),
    "samverkan_ties": ("{a} har {count}, {b} {vb}.", "{a} has {count}, {b} {vb}."),
    "one_way_links": ("{a} har {count}, {b} {vb}.", "{a} has {count}, {b} {vb}."),
    "forums": ("{a} har {count}, {b} {vb}.", "{a} has {count}, {b} {vb}."),
    "person_dependent_ties": ("{a} har {count}, {b} {vb}.", "{a} has {count}, {b} {vb}."),
    "pair_samverkan_vs_one_way": (
        "{pair}: {level} i {x}; i {y} bara {kinds}.",
        "{pair}: {level} in {x}; in {y} only {kinds}.",
    ),
    "pair_only": ("{pair}: {level} i {x}; inget band alls i {y}.", "{pair}: {level} in {x}; no tie at all in {y}."),
    "pair_one_way_only": (
        "{pair}: bara {kinds} i {x}; inget band alls i {y}.",
        "{pair}: only {kinds} in {x}; no tie at all in {y}.",
    ),
    "pair_level": (
        "{pair}: högsta nivå {la} ({na}) i {a}, {lb} ({nb}) i {b}.",
        "{pair}: highest level {la} ({na}) in {a}, {lb} ({nb}) in {b}.",
    ),
    "pair_scope": (
        "{pair}: samverkan på {sa} i {a}, på {sb} i {b}.",
        "{pair}: samverkan at {sa} in {a}, at {sb} in {b}.",
    ),
    "pair_person_dependent": (
        "{pair}: samverkan är personbunden i {x} men inte i {y}.",
        "{pair}: samverkan is person-dependent in {x} but not in {y}.",
    ),
    "pair_one_way_kinds": (
        "{pair}: envägslänkar i {a}: {fa}; i {b}: {fb}.",
        "{pair}: one-way links in {a}: {fa}; in {b}: {fb}.",
    ),
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"compare.": COMPARE, "compare.sentence.": SENTENCES}
