"""The ground floor: every sentence, label and message samnet writes, in Swedish and English.

:mod:`~samnet.texts.catalogue` holds the lookup functions (re-exported here: ``from samnet.texts
import text``); the other modules are data only, one per part of samnet, each registered
under the prefix of its keys. Nothing here imports any other part of samnet.
"""

from __future__ import annotations

from importlib import import_module

#: Each public name by the module that defines it; imported on first use, so importing
#: the package (as ``samnet --help`` does) loads nothing heavy.
_EXPORTS = {
    "samnet.texts.catalogue": (
        "CATALOGUE",
        "LANGS",
        "add",
        "count",
        "decimal",
        "join",
        "language_index",
        "percent",
        "pick",
        "text",
        "texts",
    ),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
