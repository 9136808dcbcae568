"""Sentences of the analysis outputs beside the report's headings: data for :mod:`samnet.texts`.

:mod:`samnet.texts` registers them under ``report.``, ``fair.`` (the fair figures' tables)
and ``docs.`` (words of the report documents' HTML and Word writers); read them with
:func:`~samnet.texts.text`. Fields are filled from figures and from names in
the data only.

Examples
--------
>>> TABLES["report."]["person_dependent"]
('personbunden', 'person-dependent')
"""

from __future__ import annotations

__all__ = ["TABLES"]

_REPORT: dict[str, tuple[str, str]] = {
    # samnet.dependence: beside a person-dependent link.
    "person_dependent": ("personbunden", "person-dependent"),
    "person_dependent_but_forum": ("personbunden, men paret möts också i forum {names}",
                                   "person-dependent, but the pair also meets in forum {names}"),
    # samnet.forums: a forum that makes most of the network's pairs.
    "forum_driver": ("Forumet {name} ({size} medlemmar, nivå {level}) skapar {pairs} av nätverkets {total} par "
                     "({share} %); {only} av dem finns bara genom forumet.",
                     "The forum {name} ({size} members, level {level}) creates {pairs} of the network’s {total} "
                     "pairs ({share} %); {only} of them exist only through it."),
    # samnet.cli: how reports name the bundled data.
    "example_data": ("exempeldata (Ljusdal och Sandviken)", "example data (Ljusdal and Sandviken)"),
}

_FAIR: dict[str, tuple[str, str]] = {
    # samnet.fair_report: the fair figures' tables.
    "described_ties": ("Beskrivna band (länkar + forum)", "Described ties (links + forums)"),
    "direct_ties": ("Par med direkt länk", "Pairs with a direct link"),
    "forum_only_ties": ("Par som bara möts i forum", "Pairs that meet only in forums"),
    "forums_title": ("Forum och de par de skapar", "Forums and the pairs they create"),
    "forum": ("forum", "forum"),
    "size": ("medlemmar", "members"),
    "level": ("nivå", "level"),
    "pairs": ("par", "pairs"),
    "only_pairs": ("bara genom forumet", "only through it"),
    "seats": ("Aktörer i flest forum", "Actors in the most forums"),
    "actor": ("aktör", "actor"),
    "forums": ("forum", "forums"),
    "shared": ("Forum med gemensamma medlemmar", "Forums that share members"),
    "shared_n": ("gemensamma medlemmar", "members in common"),
    "reach_title": ("Hur aktörer utanför socialtjänsten når socialtjänsten",
                    "How actors outside social services reach social services"),
    "direct": ("direkt samverkan", "direct samverkan"),
    "forum_only": ("bara i forum", "only in forums"),
    "one_way_only": ("bara envägslänkar (orosanmälan m.m.)", "only one-way links (reports of concern etc.)"),
    "none": ("inget band", "no tie"),
    "tier": ("nivå av kontakt", "reach"),
    "count": ("antal", "count"),
    "who": ("aktörer", "actors"),
    "reporting": ("varav skickar orosanmälan e.d. (*)", "of which send reports of concern etc. (*)"),
    "pd_links": ("Personbundna länkar (som data markerar dem)", "Person-dependent links (as the data marks them)"),
    "org_title": ("Inom eller mellan organisationer (beskrivna band)",
                  "Inside or across organisations (described ties)"),
    "internal": ("inom en organisation", "inside one organisation"),
    "external": ("mellan organisationer", "across organisations"),
    "ties": ("band", "ties"),
    "nothing": ("inga", "none"),
    "type": ("typ", "type"),
}

_DOCUMENT: dict[str, tuple[str, str]] = {
    # samnet.document_html, samnet.document_docx: beside a figure, and the page's subtitle.
    "unlabelled": ("Utan etikett i figuren", "Without a label in the figure"),
    "subtitle": ("Nätverksanalys av kartlagd samverkan", "A network analysis of the mapped collaboration"),
    # The document's language as Word records it (a language tag, not prose).
    "docx_language": ("sv-SE", "en-GB"),
}

#: What :mod:`samnet.texts` registers: catalogue prefix -> {key: (Swedish, English)}.
TABLES: dict[str, dict[str, tuple[str, str]]] = {"report.": _REPORT, "fair.": _FAIR, "docs.": _DOCUMENT}
