"""The analysis's headings and words (tables, report.md, reused wherever a figure is named): data for :mod:`samnet.texts.catalogue`.

Registered under ``analysis.``; other outputs reuse these headings so that one figure reads the same
everywhere.

Examples
--------
>>> ANALYSIS["actors"]
('Aktörer', 'Actors')
"""

from __future__ import annotations

__all__ = ["ANALYSIS", "TABLES"]

ANALYSIS: dict[str, tuple[str, str]] = {
    "actors": ("Aktörer", "Actors"),
    "samverkan_ties": ("Samverkansband (aktörspar)", "Samverkan ties (actor pairs)"),
    "one_way_links": ("Envägslänkar", "One-way links"),
    "forums": ("Forum", "Forums"),
    "person_dependent_ties": ("Personbundna par", "Person-dependent pairs"),
    "density": ("Täthet", "Density"),
    "focus": ("Uttalat fokus (källan)", "Stated focus (the source)"),
    "focus_none": ("inget", "none"),
    "ended": ("Upphörda band, räknas ej", "Ended ties, not counted"),
    "mandate": ("Mandat enligt informanterna", "Mandate as informants describe it"),
    "mandate_group": ("{role} {statements} ({readings})", "{role} {statements} ({readings})"),
    "mandate_inferred": (
        "mandatet är kodarens läsning av orden (härledd) i {n} av {total}",
        "the mandate is the encoder's reading of the words (inferred) in {n} of {total}",
    ),
    "mandate_whole": (
        "{n} av {total} utan kommun i källan gäller hela kartläggningen",
        "{n} of {total} without a kommun in the source concern the whole mapping",
    ),
    "mandate_role.chef": ("chefer", "managers"),
    "mandate_role.medarbetare": ("medarbetare", "staff"),
    "mandate_role.samordnare": ("samordnare", "coordinators"),
    "mandate_role.politiker": ("politiker", "politicians"),
    "mandate_role.annan": ("andra", "others"),
    "levels": ("Samverkanstrappan (beskrivna band per nivå)", "Samverkanstrappan (described ties per level)"),
    "scopes": ("Nivå: individ eller struktur", "Scope: individual or structural"),
    "areas": ("Områden (beskrivna band)", "Areas (described ties)"),
    "by_type": ("Profil per aktörstyp", "Profile per actor type"),
    "by_huvudman": ("Profil per huvudman", "Profile per huvudman"),
    "central": ("Centrala aktörer", "Central actors"),
    "one_way": ("Envägslänkar (räknas inte som samverkan)", "One-way links (not counted as samverkan)"),
    "one_way_only": ("Aktörer med bara envägslänkar", "Actors whose every tie is one-way"),
    "social_only": (
        "Når socialtjänsten bara genom orosanmälan eller annan envägslänk",
        "Reach social services only by a report of concern or another one-way link",
    ),
    "person_dependent": (
        "Personbundna par (alla parets band personbundna)",
        "Person-dependent pairs (every tie of the pair person-dependent)",
    ),
    "loss": ("Utan de personbundna banden", "Without the person-dependent ties"),
    "isolated": ("blir isolerade", "left isolated"),
    "components": ("sammanhängande delar", "connected components"),
    "pairs_lost": ("aktörspar kan inte längre nå varandra", "pairs of actors can no longer reach each other"),
    "none": ("inga", "none"),
    "type": ("typ", "type"),
    "huvudman": ("huvudman", "huvudman"),
    "actor": ("aktör", "actor"),
    "ties": ("band", "ties"),
    "individ": ("individ", "individual"),
    "struktur": ("struktur", "structural"),
    "both": ("båda", "both"),
    "degree": ("grad", "degree"),
    "strength": ("styrka", "strength"),
    "betweenness": ("mellanhet", "betweenness"),
    "eigenvector": ("egenvektor", "eigenvector"),
    "kind": ("slag", "kind"),
    "from": ("från", "from"),
    "to": ("till", "to"),
    "links": ("länkar", "links"),
    "level": ("nivå", "level"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "all_kommuner": ("Alla kommuner", "All municipalities"),
    "lan_title": ("{lan} ({kommuner})", "{lan} ({kommuner})"),
    "report_title": (
        "Samverkan kring våld i nära relationer: nätverksanalys",
        "Samverkan against violence in close relationships: network analysis",
    ),
    "report_intro": (
        "Rapporten är skapad av samnet från kartläggningen i {source}. Samverkanstrappan och "
        "profilerna räknar beskrivna band: varje länk en gång och varje forum en gång, så ett forum med "
        "tolv medlemmar är en samverkan, inte 66 band. Samverkansband räknas per aktörspar (högsta "
        "nivån när flera band förenar paret). Orosanmälningar, polisanmälningar, hänvisningar och "
        "information är enkelriktade och räknas inte som samverkan.",
        "This report was made by samnet from the mapping in {source}. Samverkanstrappan and the "
        "profiles count described ties: each link once and each forum once, so a forum of twelve is "
        "one samverkan, not 66 ties. Samverkan ties are counted per pair of actors (the highest level "
        "where several ties join the pair). Reports of concern, police reports, referrals and "
        "information are one-way and are not counted as samverkan.",
    ),
    "more_rows": ("… och {n} till (hela listan i metrics.csv)", "… and {n} more (the full list is in metrics.csv)"),
    "also_samverkan": ("paret har också samverkan", "the pair also has samverkan"),
    "one_way_alone": ("Envägslänkar där paret saknar samverkan", "One-way links where the pair has no samverkan"),
    "flows": ("Envägslänkar per aktörstyp", "One-way flows by actor type"),
    "ranked_by": (
        "rangordnade efter styrka: summan av nivåerna, varje forum en gång",
        "ranked by strength: the sum of levels, each forum once",
    ),
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"analysis.": ANALYSIS}
