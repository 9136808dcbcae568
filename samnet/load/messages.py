"""Every message the loader writes, in Swedish and English, read from the one catalogue.

The templates live in :mod:`samnet.texts.catalogue` (registered from
:mod:`samnet.texts.loader` under ``loader.``), keyed by problem code. Codes
are the same in both languages; only the words change. Values from the data
are passed in already quoted (:func:`samnet.errors.quote`), so no template
ever shows raw user text.

Examples
--------
>>> say("sv", "missing-key", key='"name"')
'"name" saknas men måste finnas'
>>> say("en", "missing-key", key='"name"')
'"name" is required'
"""

from __future__ import annotations

from typing import Any

from samnet.texts.catalogue import text as _text
from samnet.texts.loader import MESSAGES, WORDS

__all__ = ["MESSAGES", "WORDS", "say", "word"]


def say(lang: str, key: str, /, **values: Any) -> str:
    """The message ``key`` in ``lang`` (``"sv"`` or ``"en"``) with ``values`` filled in.

    Examples
    --------
    >>> say("sv", "forum-too-small", n=1)
    'ett forum behöver minst 2 medlemmar, fick 1'
    """
    return _text("loader." + key, lang).format(**values)


def word(lang: str, key: str, /, **values: Any) -> str:
    """One word or phrase used inside messages.

    Examples
    --------
    >>> word("sv", "link kind"), word("en", "a number", value=3)
    ('länktyp', 'a number (3)')
    """
    return _text("loader.word." + key, lang).format(**values)
