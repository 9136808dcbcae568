"""Every Swedish and English sentence part samnet writes, and the formatters of numbers in them.

One catalogue, one language check, one decimal and one percent formatter.
The vocabularies of the data format (actor types, kinds, levels, areas,
scopes) stay in :mod:`samnet.core.vocab`; this module holds the words around them.

The API
-------
``CATALOGUE``
    ``{key: (swedish, english)}``. A key's first part names the data module that holds it:
    ``analysis.actors`` is in :mod:`samnet.texts.analysis`, ``loader.missing-key`` in
    :mod:`samnet.texts.loader`, ``check.text.more`` in :mod:`samnet.texts.check`. This module
    holds no texts; a data module is registered the first time one of its keys is asked for
    (so ``samnet --help`` reads the help texts only), and listing the catalogue registers them
    all. Templates use :meth:`str.format` fields, filled from figures only.
:func:`text`
    ``text(key, lang, **fields)``: the text in one language, fields filled in. The one way to
    fetch a text.
:func:`texts`
    ``texts("map.", lang)``: every entry under a prefix as a plain dict (prefix
    removed), e.g. for the strings a page's script needs.
:func:`pick`
    ``pick((swedish, english), lang)``: one half of a pair, e.g. a vocabulary name.
:data:`LANGS`, :func:`language_index`
    The languages samnet writes; a command checks its ``--lang`` with :func:`samnet.errors.check_lang`.
:func:`decimal`, :func:`percent`, :func:`count`, :func:`join`
    Numbers and lists as the reader writes them (decimal comma and "25 %" in Swedish).

Adding texts
------------
A part of samnet with texts of its own gets a data module ``samnet/texts/<prefix>.py``
(plain data, importing nothing of samnet) with a ``TABLES`` mapping ``{prefix: table}``,
each prefix starting with the module's name and each table either ``{key: (swedish, english)}``
or ``{"sv": {key: text}, "en": {key: text}}``; add the module to the list at the end of this
one (:data:`MODULES`). Both languages must have the same keys (:func:`add` refuses a table that does not). A
module never tests ``lang == "en"`` itself: it reads :func:`text`, :func:`texts` or (for a
vocabulary entry's two names) :func:`pick`; tests/texts/test_texts.py finds any module that does.

Examples
--------
>>> text("analysis.actors"), text("analysis.actors", "en")
('Aktörer', 'Actors')
>>> text("compare.title", "en", a="Ljusdal", b="Sandviken")
'Comparison: Ljusdal and Sandviken'
>>> percent(0.25, "sv"), percent(0.25, "en"), count(2, "noun.actor", "sv")
('25 %', '25%', '2 aktörer')
"""

from __future__ import annotations

from importlib import import_module

__all__ = [
    "CATALOGUE",
    "LANGS",
    "MODULES",
    "add",
    "count",
    "decimal",
    "join",
    "language_index",
    "percent",
    "pick",
    "text",
    "texts",
]

#: The languages samnet writes.
LANGS = ("sv", "en")

#: The data modules of :mod:`samnet.texts`, by name: a key's first part names the one that holds it.
MODULES = (
    "analysis",
    "broker",
    "check",
    "cli",
    "compare",
    "data",
    "docs",
    "document",
    "fair",
    "figure",
    "findings",
    "forms",
    "help",
    "lan",
    "loader",
    "map",
    "metrics",
    "norm",
    "noun",
    "output",
    "problems",
    "report",
    "testimony",
    "usage",
    "word",
    "workbook",
)

#: The data modules registered so far.
_LOADED: set[str] = set()


def _load(name: str) -> bool:
    """Register data module ``name`` if it is one and not yet registered; True when it was registered now."""
    if name in _LOADED or name not in MODULES:
        return False
    # Marked first: registering asks the catalogue whether its keys are taken.
    _LOADED.add(name)
    _register(import_module(f"samnet.texts.{name}").TABLES)
    return True


def _load_all() -> None:
    for name in MODULES:
        _load(name)


class _Catalogue(dict):
    """``{key: (swedish, english)}``, filled one data module at a time as its keys are asked for.

    A lookup that misses registers the module the key's first part names and looks again (a
    hit costs what a plain dict lookup costs); listing, counting or copying it registers every
    module first, so it always shows every text.
    """

    __slots__ = ()

    def __missing__(self, key):
        if isinstance(key, str) and _load(key.partition(".")[0]):
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def __contains__(self, key) -> bool:
        if dict.__contains__(self, key):
            return True
        return isinstance(key, str) and _load(key.partition(".")[0]) and dict.__contains__(self, key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __iter__(self):
        _load_all()
        return dict.__iter__(self)

    def __len__(self) -> int:
        _load_all()
        return dict.__len__(self)

    def keys(self):
        _load_all()
        return dict.keys(self)

    def values(self):
        _load_all()
        return dict.values(self)

    def items(self):
        _load_all()
        return dict.items(self)

    def copy(self) -> dict:
        _load_all()
        return dict(dict.items(self))


#: Every text, ``{key: (swedish, english)}``; each data module is registered on first use.
CATALOGUE: dict[str, tuple[str, str]] = _Catalogue()

#: :func:`texts`' answers by (prefix, language), dropped whenever :func:`add` adds texts.
_SLICES: dict[tuple[str, int], dict[str, str]] = {}


def language_index(lang: str) -> int:
    """The position of ``lang`` in :data:`LANGS` (0 Swedish, 1 English).

    A command's ``--lang`` is checked by :func:`samnet.errors.check_lang` before any text is
    fetched; an unknown language here is a programming error.

    Raises
    ------
    ValueError
        For anything but ``"sv"`` and ``"en"``.

    Examples
    --------
    >>> language_index("sv"), language_index("en")
    (0, 1)
    """
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; samnet writes {' and '.join(LANGS)}")
    return LANGS.index(lang)


def pick(pair: tuple[str, str], lang: str) -> str:
    """The ``lang`` half of a ``(swedish, english)`` pair, e.g. a vocabulary entry's names.

    Examples
    --------
    >>> pick(("ja", "yes"), "en")
    'yes'
    """
    return pair[language_index(lang)]


def text(key: str, lang: str = "sv", /, **fields) -> str:
    """The catalogue text ``key`` in ``lang``, with ``fields`` filled in when given.

    Examples
    --------
    >>> text("analysis.one_way_only"), text("analysis.one_way_only", "en")
    ('Aktörer med bara envägslänkar', 'Actors whose every tie is one-way')
    >>> text("analysis.more_rows", "en", n=3)
    '… and 3 more (the full list is in metrics.csv)'
    """
    template = CATALOGUE[key][language_index(lang)]
    return template.format(**fields) if fields else template


def texts(prefix: str, lang: str = "sv") -> dict[str, str]:
    """Every text whose key starts with ``prefix``, in ``lang``, keyed without the prefix.

    Examples
    --------
    >>> texts("compare.share.", "en")["one_way_share"]
    'one-way links among all ties'
    """
    index = language_index(lang)
    found = _SLICES.get((prefix, index))
    if found is None:
        # A prefix with a dot lies in one data module; one without may reach into several.
        if "." in prefix:
            _load(prefix.partition(".")[0])
        else:
            _load_all()
        found = {key[len(prefix) :]: pair[index] for key, pair in dict.items(CATALOGUE) if key.startswith(prefix)}
        _SLICES[(prefix, index)] = found
    # A copy: the caller may change its dict, the next caller still gets the catalogue's texts.
    return dict(found)


def add(prefix: str, by_language: dict[str, dict[str, str]]) -> None:
    """Add a table ``{"sv": {key: text}, "en": {key: text}}`` to the catalogue under ``prefix``.

    Raises
    ------
    ValueError
        When the languages do not have the same keys, or a key is already taken.

    Examples
    --------
    >>> add("example.", {"sv": {"hej": "Hej"}, "en": {"hej": "Hello"}})
    >>> text("example.hej", "en")
    'Hello'
    """
    sv, en = by_language["sv"], by_language["en"]
    if set(sv) != set(en):
        raise ValueError(f"{prefix}: the languages differ in keys: {sorted(set(sv) ^ set(en))}")
    # The data module the prefix names first, so that a key it holds counts as taken.
    _load(prefix.partition(".")[0])
    taken = sorted(prefix + key for key in sv if dict.__contains__(CATALOGUE, prefix + key))
    if taken:
        raise ValueError(f"already in the catalogue: {taken}")
    CATALOGUE.update({prefix + key: (sv[key], en[key]) for key in sv})
    _SLICES.clear()


def decimal(value: float, lang: str, digits: int = 3) -> str:
    """A decimal number as its reader writes it: 0,164 in Swedish, 0.164 in English.

    Examples
    --------
    >>> decimal(0.16385, "sv"), decimal(0.16385, "en"), decimal(61.2, "sv", 0)
    ('0,164', '0.164', '61')
    """
    formatted = f"{value:.{digits}f}"
    # The decimal comma of Swedish; language_index also rejects an unknown language here.
    return formatted.replace(".", ",") if language_index(lang) == 0 else formatted


def percent(share: float, lang: str, digits: int = 0) -> str:
    """A share (0–1) as a percentage: "25 %" in Swedish, "25%" in English.

    Examples
    --------
    >>> percent(0.1234, "sv", 1), percent(0.1234, "en", 1)
    ('12,3 %', '12.3%')
    """
    return text("word.percent", lang, value=decimal(share * 100, lang, digits))


def count(n: int, noun: str, lang: str) -> str:
    """``n`` and the catalogue noun ``noun`` (``"singular|plural"``) in the right number.

    Examples
    --------
    >>> count(1, "noun.tie", "en"), count(3, "noun.tie", "en"), count(3, "noun.forum", "sv")
    ('1 tie', '3 ties', '3 forum')
    """
    singular, plural = text(noun, lang).split("|")
    return f"{n} {singular if n == 1 else plural}"


def join(items: list[str], lang: str) -> str:
    """A list in words: "a, b och c" in Swedish, "a, b and c" in English.

    Examples
    --------
    >>> join(["a", "b", "c"], "sv"), join(["a"], "en"), join([], "en")
    ('a, b och c', 'a', '')
    """
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {text('word.and', lang)} " + items[-1]


def _register(tables: dict[str, dict]) -> None:
    """Add a data module's tables to the catalogue: ``{prefix: table}``, each table either
    ``{"sv": {key: text}, "en": {key: text}}`` or ``{key: (swedish, english)}``."""
    for prefix, table in tables.items():
        if set(table) != set(LANGS):
            table = {"sv": {k: pair[0] for k, pair in table.items()}, "en": {k: pair[1] for k, pair in table.items()}}
        add(prefix, table)
