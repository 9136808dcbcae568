"""Words and units the formatters put between figures: data for :mod:`samnet.texts.catalogue`.

Examples
--------
>>> WORD["percent"]
('{value} %', '{value}%')
"""

from __future__ import annotations

__all__ = ["TABLES", "WORD"]

WORD: dict[str, tuple[str, str]] = {
    "and": ("och", "and"),
    # Språkrådet writes a space before the per cent sign; English does not.
    "percent": ("{value} %", "{value}%"),
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"word.": WORD}
