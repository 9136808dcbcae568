"""The forum, reach and person-dependence figures' headings and words (:mod:`samnet.present.forum_text`): data for :mod:`samnet.texts.catalogue`.

Registered under ``fair.``.
"""

from __future__ import annotations

__all__ = ["FAIR", "TABLES"]

FAIR: dict[str, tuple[str, str]] = {
    # samnet.present.forum_text: the fair figures' tables.
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
    "reach_title": (
        "Hur aktörer utanför socialtjänsten når socialtjänsten",
        "How actors outside social services reach social services",
    ),
    "direct": ("direkt samverkan eller samlokalisering", "direct samverkan or co-location"),
    "forum_only": ("bara i forum", "only in forums"),
    "one_way_only": ("bara envägslänkar (orosanmälan m.m.)", "only one-way links (reports of concern etc.)"),
    "none": ("inget band", "no tie"),
    "tier": ("nivå av kontakt", "reach"),
    "count": ("antal", "count"),
    "who": ("aktörer", "actors"),
    "reporting": ("varav skickar orosanmälan e.d. (*)", "of which send reports of concern etc. (*)"),
    "pd_links": ("Personbundna länkar (som data markerar dem)", "Person-dependent links (as the data marks them)"),
    "org_title": (
        "Inom eller mellan organisationer (beskrivna band)",
        "Inside or across organisations (described ties)",
    ),
    "internal": ("inom en organisation", "inside one organisation"),
    "external": ("mellan organisationer", "across organisations"),
    "ties": ("band", "ties"),
    "nothing": ("inga", "none"),
    "type": ("typ", "type"),
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"fair.": FAIR}
