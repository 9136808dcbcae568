"""The messages of the norm loader, in Swedish and English, and how values are quoted in them.

Values from the user's file are escaped (control characters shown as ``\\u001b``)
and clipped before they appear in a message, so a stray byte can neither break
a terminal nor flood it.

Examples
--------
>>> say("unknown-type", "sv", v="polisen", hint=suggest("polisen", ["polis", "ifo"], "sv"))
'"polisen" finns inte bland aktörstyperna (menade du "polis"?)'
>>> quote("a\\x1bb" + "x" * 50)
'a\\\\u001bbxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'
"""

from __future__ import annotations

import difflib
import json
from typing import Any

__all__ = ["say", "quote", "describe", "suggest"]

_MESSAGES: dict[str, tuple[str, str]] = {
    "top-shape": ("filen måste vara en mappning med norm: och rules: överst, fick {v}",
                  "the file must be a mapping with norm: and rules: at the top, got {v}"),
    "unknown-section": ('"{v}" är ingen känd del av en normfil{hint}', '"{v}" is not a known section of a norm file{hint}'),
    "unknown-key": ('"{v}" är ingen känd nyckel{hint}', '"{v}" is not a known key{hint}'),
    "missing-section": ('filen behöver "{v}:"', 'the file needs "{v}:"'),
    "missing-key": ('"{v}" krävs', '"{v}" is required'),
    "norm-shape": ('"norm" måste vara en mappning med id och name', '"norm" must be a mapping with id and name'),
    "rules-shape": ('"rules" måste vara en lista av regler ("- ...")', '"rules" must be a list of rules ("- ...")'),
    "rule-shape": ("väntade en regel med nycklar, fick {v}", "expected a rule with keys, got {v}"),
    "selector-shape": ("väntade en urvalsmappning som {{types: [ifo]}}, fick {v}",
                       "expected a selector mapping such as {{types: [ifo]}}, got {v}"),
    "no-rules": ("listan rules är tom; ge minst en regel", "the rules list is empty; give at least one rule"),
    "text": ("väntade text, fick {v}", "expected text, got {v}"),
    "id-type": ("väntade ett id, fick {v}", "expected an id, got {v}"),
    "bad-id": ('"{v}" är inget giltigt id: använd a-z, siffror och enkla bindestreck (skriv å, ä, ö som a, a, o)',
               '"{v}" is not a valid id: use lower-case a-z, digits and single dashes (write å, ä, ö as a, a, o)'),
    "duplicate-id": ('regeln "{v}" finns redan på rad {first}', 'rule "{v}" is already defined on line {first}'),
    "unknown-kind": ('"{v}" är ingen känd regeltyp{hint}', '"{v}" is not a known rule kind{hint}'),
    "unknown-type": ('"{v}" finns inte bland aktörstyperna{hint}', '"{v}" is not a known actor type{hint}'),
    "unknown-group": ('"{v}" finns inte bland typgrupperna{hint}', '"{v}" is not a known type group{hint}'),
    "unknown-huvudman": ('"{v}" finns inte bland huvudmännen{hint}', '"{v}" is not a known huvudman{hint}'),
    "word": ("väntade ett ord eller en lista av ord, fick {v}", "expected a word or a list of words, got {v}"),
    "empty-selector": ("urvalet är tomt och skulle passa alla aktörer; ange types, groups eller huvudman",
                       "the selector is empty and would match every actor; give types, groups or huvudman"),
    "bad-each": ('"{v}" går inte som each; välj a, b eller any', '"{v}" is not a valid each; choose a, b or any'),
    "bad-scope": ('"{v}" är ingen nivå; välj individ, struktur eller [individ, struktur]',
                  '"{v}" is not a scope; choose individ, struktur or [individ, struktur]'),
    "level-type": ("väntade ett heltal 1-4, fick {v}", "expected a whole number 1-4, got {v}"),
    "level-range": ("{v} ligger utanför samverkanstrappan: 1 samtal, 2 samsyn, 3 samarbete, 4 samverkan",
                    "{v} is outside samverkanstrappan: 1 samtal, 2 samsyn, 3 samarbete, 4 samverkan"),
    "level-on-one-way": ("en {v} är enkelriktad och har ingen samverkansnivå; ta bort min_level",
                         "an {v} is one-way and has no samverkan level; remove min_level"),
    "scope-on-one-way": ("en {v} är enkelriktad och har varken individ eller struktur; ta bort scope",
                         "an {v} is one-way and has no individ or struktur scope; remove scope"),
    "bool": ("väntade true eller false, fick {v}", "expected true or false, got {v}"),
    "members-on-pair-rule": ("members hör till regler med kind: forum; en parregel anger a och b",
                             "members belongs to rules with kind: forum; a pair rule gives a and b"),
    "sides-on-forum-rule": ('"{v}" hör inte till en forumregel; en forumregel anger members',
                            '"{v}" does not belong to a forum rule; a forum rule gives members'),
    "members-too-few": ("en forumregel behöver minst 2 urval i members, fick {v}",
                        "a forum rule needs at least 2 selectors in members, got {v}"),
    "members-type": ("väntade en lista av urval, fick {v}", "expected a list of selectors, got {v}"),
}


def say(key: str, lang: str, **values: Any) -> str:
    """The message ``key`` in ``lang`` with ``values`` filled in."""
    sv, en = _MESSAGES[key]
    return (en if lang == "en" else sv).format(**values)


def quote(value: Any, limit: int = 40) -> str:
    """A value as it may appear in a message: control characters escaped, clipped to ``limit``."""
    text = json.dumps(str(value), ensure_ascii=False)[1:-1]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(value: Any, lang: str) -> str:
    """What kind of value the user wrote, for "expected …, got …" messages."""
    sv = lang != "en"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"{'ett tal' if sv else 'a number'} ({value})"
    if isinstance(value, str):
        return f'text ("{quote(value)}")'
    if isinstance(value, list):
        return "en lista" if sv else "a list"
    if isinstance(value, dict):
        return "en mappning" if sv else "a mapping"
    return "ingenting" if sv else "nothing"


def suggest(word: Any, choices: Any, lang: str) -> str:
    """``(menade du "x"?)`` for the closest choice, else the list of choices."""
    word = str(word)
    choices = [str(c) for c in choices]
    # A prefix ("oro" for "orosanmalan") is the commonest shortening; difflib alone misses it.
    close = sorted(c for c in choices if len(word) >= 3 and c.startswith(word))[:1]
    close = close or difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f' (menade du "{close[0]}"?)' if lang != "en" else f' (did you mean "{close[0]}"?)'
    listed = ", ".join(choices)
    return f"; välj bland: {listed}" if lang != "en" else f"; choose from: {listed}"
