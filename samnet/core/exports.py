"""A layer's re-exports: its public names, each imported from its own module on first use.

Every layer's ``__init__`` lists its public names by the module that defines them and hands
that list to :func:`lazy_exports`, so ``from samnet.measure import analyze_network`` works
while importing a layer (as ``samnet --help`` does) loads none of its modules. It lives in
:mod:`samnet.core` because every layer that re-exports lazily may import ``core``;
:mod:`samnet.texts`, below it, re-exports its one module, the catalogue, directly.

Examples
--------
>>> where, names, attribute, listing = lazy_exports({"__name__": "pkg"}, {"json": ("dumps", "loads")})
>>> where["dumps"], names, attribute("loads").__name__
('json', ['dumps', 'loads'], 'loads')
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    namespace: dict[str, Any], exports: dict[str, tuple[str, ...]]
) -> tuple[dict[str, str], list[str], Callable[[str], Any], Callable[[], list[str]]]:
    """A package's ``_WHERE``, ``__all__``, ``__getattr__`` and ``__dir__`` for ``exports``.

    Parameters
    ----------
    namespace : dict
        The package's ``globals()``: a name, once imported, is kept there, so the next use
        is an ordinary attribute.
    exports : dict of str to tuple of str
        Each module (dotted name) with the public names it defines.

    Returns
    -------
    tuple
        ``(where, names, module_getattr, module_dir)``: each name's module, the sorted
        names (the package's ``__all__``), and the module-level ``__getattr__`` and
        ``__dir__`` (PEP 562) that import a name on first use.

    Examples
    --------
    >>> package = {"__name__": "pkg"}
    >>> where, names, attribute, listing = lazy_exports(package, {"math": ("pi",)})
    >>> round(attribute("pi"), 2), "pi" in package, listing()
    (3.14, True, ['__name__', 'pi'])
    >>> attribute("tau")
    Traceback (most recent call last):
    ...
    AttributeError: module 'pkg' has no attribute 'tau'
    """
    where = {name: module for module, names in exports.items() for name in names}
    names = sorted(where)

    def module_getattr(name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        value = getattr(import_module(where[name]), name)
        namespace[name] = value
        return value

    def module_dir() -> list[str]:
        return sorted(set(namespace) | set(names))

    return where, names, module_getattr, module_dir
