"""Sentences of the analysis outputs beside the report's headings: data for :mod:`samnet.texts`.

:mod:`samnet.texts` registers them under ``report.``; read them with
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

#: What :mod:`samnet.texts` registers: catalogue prefix -> {key: (Swedish, English)}.
TABLES: dict[str, dict[str, tuple[str, str]]] = {"report.": _REPORT}
