"""How the norm loader quotes and describes values in its messages (the catalogue's ``norm.`` texts).

Values from the user's file are escaped (control characters shown as ``\\u001b``)
and clipped before they appear in a message, so a stray byte can neither break
a terminal nor flood it.

Examples
--------
>>> suggest("polisen", ["polis", "ifo"], "sv")
' (menade du "polis"?)'
>>> quote("a\\x1bb" + "x" * 50)
'a\\\\u001bbxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'
"""

from __future__ import annotations

import difflib
import json
from typing import Any

from samnet.texts.catalogue import text

__all__ = ["quote", "describe", "suggest"]


def quote(value: Any, limit: int = 40) -> str:
    """A value as it may appear in a message: control characters escaped, clipped to ``limit``."""
    text = json.dumps(str(value), ensure_ascii=False)[1:-1]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(value: Any, lang: str) -> str:
    """What kind of value the user wrote, for "expected …, got …" messages."""
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return text("norm.word.number", lang, value=value)
    if isinstance(value, str):
        return f'text ("{quote(value)}")'
    if isinstance(value, list):
        return text("norm.word.list", lang)
    if isinstance(value, dict):
        return text("norm.word.mapping", lang)
    return text("norm.word.nothing", lang)


def suggest(word: Any, choices: Any, lang: str) -> str:
    """``(menade du "x"?)`` for the closest choice, else the list of choices."""
    word = str(word)
    choices = [str(c) for c in choices]
    # A prefix ("oro" for "orosanmalan") is the commonest shortening; difflib alone misses it.
    close = sorted(c for c in choices if len(word) >= 3 and c.startswith(word))[:1]
    close = close or difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return text("norm.word.did-you-mean", lang, word=close[0])
    return text("norm.word.choose-from", lang, listed=", ".join(choices))
