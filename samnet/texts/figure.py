"""The words of the figures (:mod:`samnet.present.figures`): data for :mod:`samnet.texts.catalogue`.

:mod:`samnet.texts.catalogue` registers them under ``figure.``: the legends, the key and
the note on how many labels a network figure shows.

Examples
--------
>>> FIGURE["en"]["key"]
'Numbered in the figure:'
"""

from __future__ import annotations

__all__ = ["FIGURE", "TABLES"]

#: language -> {key: text}; ``str.format`` fields.
FIGURE: dict[str, dict[str, str]] = {
    "sv": {
        "ties": "beskrivna band",
        "level": "Nivå {n}: {name}",
        "individ": "bara individnivå",
        "struktur": "bara strukturnivå",
        "both": "båda nivåerna",
        "forum": "Forum (alla medlemmar)",
        "forum_line": "Medlem i forum",
        "one_way": "Envägslänk: inte samverkan",
        "person": "Personbundet band",
        "individ_line": "Bara individnivå (streckad)",
        "no_ties": "Inga samverkansband",
        "huvudman_ties": "beskrivna band där minst en part har huvudmannen",
        "key": "Numrerade i figuren:",
        "limit": "Etiketter för de {shown} mest centrala av {total} aktörer och forum.",
    },
    "en": {
        "ties": "described ties",
        "level": "Level {n}: {name}",
        "individ": "individual level only",
        "struktur": "structural level only",
        "both": "both levels",
        "forum": "Forum (all members)",
        "forum_line": "Member of a forum",
        "one_way": "One-way link: not samverkan",
        "person": "Person-dependent tie",
        "individ_line": "Individual level only (dashed)",
        "no_ties": "No samverkan ties",
        "huvudman_ties": "described ties where at least one party has this huvudman",
        "key": "Numbered in the figure:",
        "limit": "Labels for the {shown} most central of {total} actors and forums.",
    },
}

#: What :mod:`samnet.texts.catalogue` registers: catalogue prefix -> table.
TABLES = {"figure.": FIGURE}
