"""The norm loader's messages in Swedish and English: data for :mod:`samnet.texts.catalogue`.

:mod:`samnet.texts.catalogue` registers them under ``norm.`` (messages, keyed by
problem code) and ``norm.word.`` (words inside messages);
:mod:`samnet.load.norm_messages` reads them with :func:`~samnet.texts.catalogue.text`; ``check.``
holds the few words of the check itself and of its page panel.

Examples
--------
>>> MESSAGES["missing-key"]
('"{v}" krävs', '"{v}" is required')
"""

from __future__ import annotations

__all__ = ["MESSAGES", "TABLES", "WORDS"]

#: message key -> (Swedish template, English template); ``str.format`` fields.
MESSAGES: dict[str, tuple[str, str]] = {
    "top-shape": (
        "filen måste vara en mappning med norm: och rules: överst, fick {v}",
        "the file must be a mapping with norm: and rules: at the top, got {v}",
    ),
    "unknown-section": (
        '"{v}" är ingen känd del av en normfil{hint}',
        '"{v}" is not a known section of a norm file{hint}',
    ),
    "unknown-key": ('"{v}" är ingen känd nyckel{hint}', '"{v}" is not a known key{hint}'),
    "missing-section": ('filen behöver "{v}:"', 'the file needs "{v}:"'),
    "missing-key": ('"{v}" krävs', '"{v}" is required'),
    "norm-shape": ('"norm" måste vara en mappning med id och name', '"norm" must be a mapping with id and name'),
    "rules-shape": ('"rules" måste vara en lista av regler ("- ...")', '"rules" must be a list of rules ("- ...")'),
    "rule-shape": ("väntade en regel med nycklar, fick {v}", "expected a rule with keys, got {v}"),
    "selector-shape": (
        "väntade en urvalsmappning som {{types: [ifo]}}, fick {v}",
        "expected a selector mapping such as {{types: [ifo]}}, got {v}",
    ),
    "no-rules": ("listan rules är tom; ge minst en regel", "the rules list is empty; give at least one rule"),
    "text": ("väntade text, fick {v}", "expected text, got {v}"),
    "id-type": ("väntade ett id, fick {v}", "expected an id, got {v}"),
    "bad-id": (
        '"{v}" är inget giltigt id: använd a-z, siffror och enkla bindestreck (skriv å, ä, ö som a, a, o)',
        '"{v}" is not a valid id: use lower-case a-z, digits and single dashes (write å, ä, ö as a, a, o)',
    ),
    "duplicate-id": ('regeln "{v}" finns redan på rad {first}', 'rule "{v}" is already defined on line {first}'),
    "unknown-kind": ('"{v}" är ingen känd regeltyp{hint}', '"{v}" is not a known rule kind{hint}'),
    "unknown-type": ('"{v}" finns inte bland aktörstyperna{hint}', '"{v}" is not a known actor type{hint}'),
    "unknown-group": ('"{v}" finns inte bland typgrupperna{hint}', '"{v}" is not a known type group{hint}'),
    "unknown-huvudman": ('"{v}" finns inte bland huvudmännen{hint}', '"{v}" is not a known huvudman{hint}'),
    "word": ("väntade ett ord eller en lista av ord, fick {v}", "expected a word or a list of words, got {v}"),
    "empty-selector": (
        "urvalet är tomt och skulle passa alla aktörer; ange types, groups eller huvudman",
        "the selector is empty and would match every actor; give types, groups or huvudman",
    ),
    "bad-each": ('"{v}" går inte som each; välj a, b eller any', '"{v}" is not a valid each; choose a, b or any'),
    "bad-scope": (
        '"{v}" är ingen nivå; välj individ, struktur eller [individ, struktur]',
        '"{v}" is not a scope; choose individ, struktur or [individ, struktur]',
    ),
    "level-type": ("väntade ett heltal 1-4, fick {v}", "expected a whole number 1-4, got {v}"),
    "level-range": (
        "{v} ligger utanför samverkanstrappan: 1 samtal, 2 samsyn, 3 samarbete, 4 samverkan",
        "{v} is outside samverkanstrappan: 1 samtal, 2 samsyn, 3 samarbete, 4 samverkan",
    ),
    "level-on-one-way": (
        "en {v} är enkelriktad och har ingen samverkansnivå; ta bort min_level",
        "an {v} is one-way and has no samverkan level; remove min_level",
    ),
    "scope-on-one-way": (
        "en {v} är enkelriktad och har varken individ eller struktur; ta bort scope",
        "an {v} is one-way and has no individ or struktur scope; remove scope",
    ),
    "bool": ("väntade true eller false, fick {v}", "expected true or false, got {v}"),
    "members-on-pair-rule": (
        "members hör till regler med kind: forum; en parregel anger a och b",
        "members belongs to rules with kind: forum; a pair rule gives a and b",
    ),
    "sides-on-forum-rule": (
        '"{v}" hör inte till en forumregel; en forumregel anger members',
        '"{v}" does not belong to a forum rule; a forum rule gives members',
    ),
    "members-too-few": (
        "en forumregel behöver minst 2 urval i members, fick {v}",
        "a forum rule needs at least 2 selectors in members, got {v}",
    ),
    "missing-quote": (
        "regeln saknar quote: citera överenskommelsens egna ord (och ange section)",
        "the rule has no quote: quote the agreement's own words (and give the section)",
    ),
    "bad-modality": ('"{v}" är inget modalt verb; skriv ska eller bör', '"{v}" is not a modal verb; write ska or bör'),
    "unknown-document-kind": (
        '"{v}" är ingen dokumenttyp{hint}; välj overenskommelse, avtal, rutin, policy, handlingsplan, riktlinje',
        '"{v}" is not a document kind{hint}; choose overenskommelse, avtal, rutin, policy, handlingsplan, riktlinje',
    ),
    "unknown-area": (
        '"{v}" är inget våldsområde{hint}; välj vinr, hrv, unga, barn',
        '"{v}" is not an area{hint}; choose vinr, hrv, unga, barn',
    ),
    "parties-on-pair-rule": (
        '"{v}" hör bara till regler med kind: document',
        '"{v}" belongs only to rules with kind: document',
    ),
    "members-type": ("väntade en lista av urval, fick {v}", "expected a list of selectors, got {v}"),
}

#: Words inside the messages: key -> (Swedish, English).
WORDS: dict[str, tuple[str, str]] = {
    "number": ("ett tal ({value})", "a number ({value})"),
    "list": ("en lista", "a list"),
    "mapping": ("en mappning", "a mapping"),
    "nothing": ("ingenting", "nothing"),
    "did-you-mean": (' (menade du "{word}"?)', ' (did you mean "{word}"?)'),
    "choose-from": ("; välj bland: {listed}", "; choose from: {listed}"),
}


#: What :mod:`samnet.texts.catalogue` registers: catalogue prefix -> {key: (Swedish, English)}.
TABLES: dict[str, dict[str, tuple[str, str]]] = {"norm.": MESSAGES, "norm.word.": WORDS}
