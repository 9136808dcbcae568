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
    holds no texts; it registers every data module at import, so every text is here however
    samnet is entered. Templates use :meth:`str.format` fields, filled from figures only.
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
one. Both languages must have the same keys (:func:`add` refuses a table that does not). A
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

__all__ = [
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
]

#: The languages samnet writes.
LANGS = ("sv", "en")

#: Every text, ``{key: (swedish, english)}``; filled from the data modules at the end of this module.
CATALOGUE: dict[str, tuple[str, str]] = {}


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
    return {key[len(prefix) :]: pair[index] for key, pair in CATALOGUE.items() if key.startswith(prefix)}


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
    taken = sorted(prefix + key for key in sv if prefix + key in CATALOGUE)
    if taken:
        raise ValueError(f"already in the catalogue: {taken}")
    CATALOGUE.update({prefix + key: (sv[key], en[key]) for key in sv})


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


# Every text lives in a data module named by its keys' prefix (``analysis.actors`` in
# analysis.py); registered here so that every text is in the catalogue however samnet is entered.
from samnet.texts import analysis as _analysis  # noqa: E402
from samnet.texts import broker as _broker  # noqa: E402
from samnet.texts import check as _check  # noqa: E402
from samnet.texts import cli as _cli  # noqa: E402
from samnet.texts import compare as _compare  # noqa: E402
from samnet.texts import data as _data  # noqa: E402
from samnet.texts import docs as _docs  # noqa: E402
from samnet.texts import document as _document  # noqa: E402
from samnet.texts import fair as _fair  # noqa: E402
from samnet.texts import figure as _figure  # noqa: E402
from samnet.texts import findings as _findings  # noqa: E402
from samnet.texts import forms as _forms  # noqa: E402
from samnet.texts import help as _help  # noqa: E402
from samnet.texts import loader as _loader  # noqa: E402
from samnet.texts import map as _map  # noqa: E402
from samnet.texts import metrics as _metrics  # noqa: E402
from samnet.texts import norm as _norm  # noqa: E402
from samnet.texts import noun as _noun  # noqa: E402
from samnet.texts import output as _output  # noqa: E402
from samnet.texts import problems as _problems  # noqa: E402
from samnet.texts import report as _report  # noqa: E402
from samnet.texts import testimony as _testimony  # noqa: E402
from samnet.texts import usage as _usage  # noqa: E402
from samnet.texts import word as _word  # noqa: E402
from samnet.texts import workbook as _workbook  # noqa: E402

for _module in (
    _analysis,
    _broker,
    _check,
    _cli,
    _compare,
    _data,
    _docs,
    _document,
    _fair,
    _forms,
    _figure,
    _findings,
    _help,
    _loader,
    _map,
    _metrics,
    _noun,
    _norm,
    _output,
    _problems,
    _report,
    _testimony,
    _usage,
    _word,
    _workbook,
):
    _register(_module.TABLES)
