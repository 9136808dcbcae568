"""Countable nouns, written ``"singular|plural"``: data for :mod:`samnet.texts.catalogue` (read with :func:`~samnet.texts.catalogue.count`).

Examples
--------
>>> NOUN["tie"]
('band|band', 'tie|ties')
"""

from __future__ import annotations

__all__ = ["NOUN", "TABLES"]

NOUN: dict[str, tuple[str, str]] = {
    "actor": ("aktör|aktörer", "actor|actors"),
    "kommun": ("kommun|kommuner", "municipality|municipalities"),
    "document": ("dokument|dokument", "document|documents"),
    "link": ("länk|länkar", "link|links"),
    "tie": ("band|band", "tie|ties"),
    "one_way_link": ("envägslänk|envägslänkar", "one-way link|one-way links"),
    "forum": ("forum|forum", "forum|forums"),
    "statement": ("uttalande|uttalanden", "statement|statements"),
    "samverkan_tie": ("samverkansband|samverkansband", "samverkan tie|samverkan ties"),
    "person_dependent_tie": (
        "personbundet samverkansband|personbundna samverkansband",
        "person-dependent samverkan tie|person-dependent samverkan ties",
    ),
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"noun.": NOUN}
