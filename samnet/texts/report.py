"""Sentences of the analysis outputs beside the report's headings: data for :mod:`samnet.texts.catalogue`.

:mod:`samnet.texts.catalogue` registers them under ``report.``, ``fair.`` (the fair figures' tables)
``docs.`` (words of the report documents' HTML and Word writers) and
``report.finding.`` (one kommun's findings, :mod:`samnet.present.report.findings`); read them with
:func:`~samnet.texts.catalogue.text`. Fields are filled from figures and from names in
the data only.

Examples
--------
>>> TABLES["report."]["person_dependent"]
('personbunden', 'person-dependent')
"""

from __future__ import annotations

__all__ = ["TABLES"]

_REPORT: dict[str, tuple[str, str]] = {
    # samnet.measure.dependence: beside a person-dependent link.
    "person_dependent": ("personbunden", "person-dependent"),
    "person_dependent_but_forum": (
        "personbunden, men paret möts också i forum {names}",
        "person-dependent, but the pair also meets in forum {names}",
    ),
    # samnet.measure.forums: a forum that makes most of the network's pairs.
    "forum_driver": (
        "Forumet {name} ({size} medlemmar, nivå {level}) skapar {pairs} av nätverkets {total} par "
        "({share} %); {only} av dem finns bara genom forumet.",
        "The forum {name} ({size} members, level {level}) creates {pairs} of the network’s {total} "
        "pairs ({share} %); {only} of them exist only through it.",
    ),
    # samnet.cli: how reports name the bundled data.
    "example_data": ("exempeldata (Ljusdal och Sandviken)", "example data (Ljusdal and Sandviken)"),
    "example_data.gavleborg": ("exempeldata (Ljusdal och Sandviken)", "example data (Ljusdal and Sandviken)"),
    "example_data.ostergotland": (
        "exempeldata (Östergötland, 13 kommuner)",
        "example data (Östergötland, 13 kommuner)",
    ),
}


#: One kommun's findings (samnet.present.report.findings): ``_one`` where English agrees with a count of one.
_FINDING: dict[str, tuple[str, str]] = {
    "noun.actor": ("aktör|aktörer", "actor|actors"),
    "noun.member": ("medlem|medlemmar", "member|members"),
    "more_names": ("{n} till", "{n} more"),
    "oro.only": (
        "I {place} är den enda envägslänken en orosanmälan",
        "In {place}, the only one-way link is a report of concern",
    ),
    "oro.all": (
        "I {place} är alla {total} envägslänkar orosanmälningar",
        "In {place}, all {total} one-way links are reports of concern",
    ),
    "oro.some": (
        "I {place} är {n} av {total} envägslänkar orosanmälningar",
        "In {place}, {n} of {total} one-way links are reports of concern",
    ),
    "oro.one": (
        "I {place} är 1 av {total} envägslänkar en orosanmälan",
        "In {place}, 1 of {total} one-way links is a report of concern",
    ),
    "oro.it_alone": (
        "den går mellan aktörer som inte samverkar i övrigt",
        "it joins actors with no samverkan otherwise",
    ),
    "oro.pair_also": ("paret samverkar också i övrigt", "the pair also has samverkan"),
    "oro.none_alone": (
        "ingen av dem går mellan aktörer som saknar annan samverkan",
        "none of them joins actors with no samverkan otherwise",
    ),
    "oro.all_alone": (
        "alla går mellan aktörer som inte samverkar i övrigt",
        "all of them join actors with no samverkan otherwise",
    ),
    "oro.some_alone_one": (
        "{alone} av dem går mellan aktörer som inte samverkar i övrigt",
        "{alone} of them joins actors with no samverkan otherwise",
    ),
    "oro.elsewhere": (
        " ({elsewhere} av dem från en aktör som samverkar med en annan enhet inom socialtjänsten)",
        " ({elsewhere} of them from an actor that works with another unit of social services)",
    ),
    "oro.some_alone": (
        "{alone} av dem går mellan aktörer som inte samverkar i övrigt",
        "{alone} of them join actors with no samverkan otherwise",
    ),
    "social_only_one": (
        "I {place} når {actors} socialtjänsten bara genom orosanmälan eller annan envägslänk: {listed}.",
        "In {place}, {actors} reaches social services only through a report of concern or another "
        "one-way link: {listed}.",
    ),
    "social_only": (
        "I {place} når {actors} socialtjänsten bara genom orosanmälan eller annan envägslänk: {listed}.",
        "In {place}, {actors} reach social services only through a report of concern or another "
        "one-way link: {listed}.",
    ),
    "forum_reports_one": (
        "I {place} möter {actors} socialtjänsten bara i forum och skickar i övrigt bara "
        "orosanmälan eller annan envägslänk dit: {listed}.",
        "In {place}, {actors} meets social services only in forums and otherwise only "
        "sends them reports of concern or other one-way links: {listed}.",
    ),
    "forum_reports": (
        "I {place} möter {actors} socialtjänsten bara i forum och skickar i övrigt bara "
        "orosanmälan eller annan envägslänk dit: {listed}.",
        "In {place}, {actors} meet social services only in forums and otherwise only "
        "send them reports of concern or other one-way links: {listed}.",
    ),
    "one_way_only_one": (
        "I {place} har {actors} bara envägslänkar och ingen samverkan: {listed}.",
        "In {place}, {actors} has only one-way links and no samverkan: {listed}.",
    ),
    "one_way_only": (
        "I {place} har {actors} bara envägslänkar och ingen samverkan: {listed}.",
        "In {place}, {actors} have only one-way links and no samverkan: {listed}.",
    ),
    "pd.head_one": (
        "I {place} är {count} av {ties} samverkande aktörspar personbundet",
        "In {place}, {count} of {ties} collaborating pairs of actors is person-dependent",
    ),
    "pd.head": (
        "I {place} är {count} av {ties} samverkande aktörspar personbundna",
        "In {place}, {count} of {ties} collaborating pairs of actors are person-dependent",
    ),
    "pd.lost_one": (
        "{pairs} aktörspar kan inte längre nå varandra",
        "{pairs} pair of actors could no longer reach each other",
    ),
    "pd.lost": (
        "{pairs} aktörspar kan inte längre nå varandra",
        "{pairs} pairs of actors could no longer reach each other",
    ),
    "pd.isolated_one": (
        "utan dem blir {actors} isolerad ({listed}) och {lost}",
        "without them {actors} would be left isolated ({listed}) and {lost}",
    ),
    "pd.isolated": (
        "utan dem blir {actors} isolerade ({listed}) och {lost}",
        "without them {actors} would be left isolated ({listed}) and {lost}",
    ),
    "pd.no_isolated": (
        "utan dem blir ingen aktör isolerad, men {lost}",
        "without them no actor is left isolated, but {lost}",
    ),
    "pd.no_loss": (
        "utan dem förlorar inga aktörspar kontakten med varandra",
        "without them no pair of actors that could reach each other loses contact",
    ),
    "reach_one": ("når", "reaches"),
    "reach": ("når", "reach"),
    "trappa": (
        "I {place} {high_verb} {high} av {ties} beskrivna samverkansband ({share}) nivå 3 eller 4 på "
        "samverkanstrappan (samarbete eller samverkan); {top} {top_verb} nivå 4. Varje länk och "
        "varje forum räknas en gång.",
        "In {place}, {high} of {ties} described ties ({share}) {high_verb} "
        "level 3 or 4 of the staircase (coordination or a common goal); {top} "
        "{top_verb} level 4. Each link and each forum counts once.",
    ),
    # English agrees each count with its verb ({be_*}); Swedish has no verb there.
    "scopes": (
        "I {place} gäller {individ} av {ties} beskrivna samverkansband bara enskilda ärenden "
        "(individnivå), {struktur} bara strukturen (strukturnivå) och {both} båda.",
        "In {place}, {individ} of {ties} described ties {be_individ} about individual cases only, "
        "{struktur} {be_struktur} structural only and {both} {be_both} both.",
    ),
    "be_one": ("är", "is"),
    "be": ("är", "are"),
    "central.only_other": ("den enda andra aktören", "the only other actor"),
    "central.partners": ("{degree} av {others} andra aktörer", "{degree} of the {others} other actors"),
    "central.one": (
        "Mest central i {place} är {name}: samverkan med {partners}, "
        "styrka {best} (summan av nivåerna, varje forum en gång).",
        "In {place}, the most central actor is {name}: samverkan with {partners}, "
        "strength {best} (the sum of levels, each forum once).",
    ),
    "central.tied": (
        "I {place} delar {n} aktörer den högsta styrkan, {best}: {listed}.",
        "In {place}, {n} actors share the highest strength, {best}: {listed}.",
    ),
    "forums.head_one": ("I {place} finns {count} forum", "{place} has {count} forum"),
    "forums.head": ("I {place} finns {count} forum", "{place} has {count} forums"),
    "forums.only": ("{name}, med {members}", "{name}, with {members}"),
    "forums.largest": ("det största, {name}, har {members}", "the largest, {name}, has {members}"),
    "forums.largest_tied": (
        "de största har {largest} medlemmar var: {listed}",
        "the largest have {largest} members each: {listed}",
    ),
}

#: What :mod:`samnet.texts.catalogue` registers: catalogue prefix -> {key: (Swedish, English)}.
TABLES: dict[str, dict[str, tuple[str, str]]] = {
    "report.": _REPORT,
    "report.finding.": _FINDING,
}
