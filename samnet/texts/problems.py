"""The lines under a list of problems (:mod:`samnet.errors`): data for :mod:`samnet.texts.catalogue`.

Examples
--------
>>> PROBLEMS["more"][1]
'… and {n} more'
"""

from __future__ import annotations

__all__ = ["PROBLEMS", "TABLES"]

#: The lines under a list of problems (samnet.errors).
PROBLEMS: dict[str, tuple[str, str]] = {
    # The thousands separator of the count: a space in Swedish, a comma in English.
    "thousands": (" ", ","),
    "found_one": ("{n} problem hittades", "{n} problem found"),
    "found": ("{n} problem hittades", "{n} problems found"),
    "more": ("… och {n} till", "… and {n} more"),
}

#: What :mod:`samnet.texts.catalogue` registers, by prefix.
TABLES = {"problems.": PROBLEMS}
