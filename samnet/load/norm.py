"""Read and validate a norm file: what a regional agreement says must exist in a kommun's mapping.

A norm file names the agreement and lists its rules. Each rule asks for a tie
between two kinds of actors (``a`` and ``b``, chosen by selectors), or for a
forum whose members cover several kinds of actors (``kind: forum``). It is
validated like the data (:mod:`samnet.load.dataset`): every problem is collected with
file, line, path and a stable code, and :class:`~samnet.errors.DataError`
carries them all. Messages are Swedish by default and English with
``lang="en"``; the codes are the same in both.

Norm error codes (documented in the README, one test fixture each under
``tests/fixtures/norms/``): the file-level codes of
:func:`samnet.load.dataset.read_yaml` (``missing-file``, ``encoding``,
``empty-file``, ``tab``, ``yaml-syntax``, ``duplicate-key``) and those in
:data:`NORM_ERROR_CODES`.

Examples
--------
>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "norm.yaml"
>>> _ = p.write_text(
...     "norm: {id: test, name: Test}\\n"
...     "rules:\\n"
...     "  - {id: polis, text: IFO och polisen, modality: ska, quote: Q, section: S,\\n"
...     "     a: {types: [ifo]}, b: {types: [polis]}}\\n",
...     encoding="utf-8")
>>> norm = load_norm(p)
>>> norm.rules[0].kind, norm.rules[0].each, norm.rules[0].min_level
('samverkan', 'any', 1)
>>> _ = p.write_text("norm: {id: test, name: Test}\\nrules:\\n"
...     "  - {id: x, text: X, modality: bör, quote: Q, section: S, a: {types: [ifx]}, b: {}}\\n")
>>> try:
...     load_norm(p, lang="en")
... except DataError as err:
...     print("\\n".join(f"{q.path}: {q.code}" for q in err.problems))
rules[0].a.types: unknown-type
rules[0].b: empty-selector
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from samnet.core.norm import DOCUMENT, EACH, FORUM, SELECTOR_KEYS, Norm, Rule, Selector
from samnet.core.vocab import (
    AREAS,
    DOCUMENT_KINDS,
    GROUPS,
    HUVUDMAN,
    ID_PATTERN,
    KINDS,
    MODALITIES,
    SAMVERKAN,
    SCOPES,
    TYPES,
)
from samnet.errors import DataError, Problem
from samnet.load.norm_messages import describe as _describe
from samnet.load.norm_messages import quote as _quote
from samnet.load.norm_messages import suggest as _suggest
from samnet.texts.catalogue import text

__all__ = [
    "Selector",
    "Rule",
    "Norm",
    "load_norm",
    "bundled_norm",
    "bundled_norm_path",
    "load_named_norm",
    "data_norm",
    "check_inputs",
    "interviewed_actors",
    "BUNDLED_NORM",
    "FORUM",
    "DOCUMENT",
    "EACH",
    "NORM_ERROR_CODES",
]

#: The norm samnet uses when none is given: Dalarna's regional agreement (seed 002).
BUNDLED_NORM = "dalarna-2024"

#: Every code a problem in a norm file can carry beyond the file-level ones, with its meaning.
NORM_ERROR_CODES: dict[str, str] = {
    "wrong-shape": "the file, a section, a rule or a selector is not the expected mapping or list",
    "unknown-key": "a key the norm format does not know (often a typo)",
    "missing-key": "a required key is missing (norm, rules, id, text, a, b, members)",
    "wrong-type": "a value has the wrong type (text, whole number, true/false)",
    "bad-id": "a norm or rule id is not lower-case letters, digits and dashes",
    "duplicate-id": "two rules share an id",
    "no-rules": "the rules list is empty",
    "unknown-kind": "a rule kind that is neither a link kind nor forum",
    "unknown-type": "a selector names an actor type that is not in the vocabulary",
    "unknown-group": "a selector names a type group that does not exist",
    "unknown-huvudman": "a selector names a huvudman that does not exist",
    "empty-selector": "a selector with no types, groups or huvudman (it would match every actor)",
    "bad-each": "each is not a, b or any",
    "bad-scope": "a scope that is not individ or struktur",
    "level-range": "min_level outside 1-4",
    "level-on-one-way": "min_level on a one-way kind (orosanmälan, polisanmälan, hänvisning, information)",
    "scope-on-one-way": "scope on a one-way kind",
    "members-on-pair-rule": "members on a rule that is not kind: forum",
    "sides-on-forum-rule": "a, b or each on a forum rule (a forum rule lists members)",
    "members-too-few": "a forum rule with fewer than two member selectors",
    "missing-quote": "a rule without quote (the agreement's own words)",
    "bad-modality": "a modality that is neither ska nor bör",
    "unknown-document-kind": "a document rule asks for a kind outside the document kinds",
    "unknown-area": "an area outside vinr, hrv, unga, barn",
    "parties-on-pair-rule": "parties or document_kind on a rule that is not kind: document",
}

_ID_RE = re.compile(ID_PATTERN)
_TOP_KEYS = ("norm", "rules")
_NORM_KEYS = ("id", "name", "ref", "lan")
_RULE_KEYS = (
    "id",
    "text",
    "modality",
    "quote",
    "section",
    "kind",
    "a",
    "b",
    "members",
    "parties",
    "document_kind",
    "min_level",
    "scope",
    "areas",
    "each",
    "accept_forum",
)
_SELECTOR_KEYS = SELECTOR_KEYS


class _Reader:
    """Collects the problems of one norm file, in one language."""

    def __init__(self, display: str, problems: list[Problem], lang: str):
        self.display, self.problems, self.lang = display, problems, lang

    def add(self, line: int, path: str, code: str, key: str, **values: Any) -> None:
        self.problems.append(Problem(self.display, line, path, code, text("norm." + key, self.lang, **values)))


def _line(entry: Any, key: str | None = None) -> int:
    lines = getattr(entry, "value_lines", {}) or {}
    if key is not None and key in lines:
        return lines[key]
    return getattr(entry, "line", 0) or 0


def _check_keys(reader: _Reader, entry: dict, path: str, allowed: tuple[str, ...]) -> None:
    for key in entry:
        if key not in allowed:
            reader.add(
                _line(entry, key),
                f"{path}.{key}" if path else str(key),
                "unknown-key",
                "unknown-key",
                v=_quote(key),
                hint=_suggest(key, allowed, reader.lang),
            )


def _text(reader: _Reader, entry: dict, path: str, key: str, required: bool) -> str | None:
    value = entry.get(key)
    if value is None:
        if required:
            reader.add(_line(entry), path, "missing-key", "missing-key", v=key)
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        reader.add(_line(entry, key), f"{path}.{key}", "wrong-type", "text", v=_describe(value, reader.lang))
        return None
    return str(value)


def _ident(reader: _Reader, entry: dict, path: str) -> str | None:
    value = entry.get("id")
    if value is None:
        reader.add(_line(entry), path, "missing-key", "missing-key", v="id")
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        reader.add(_line(entry, "id"), f"{path}.id", "wrong-type", "id-type", v=_describe(value, reader.lang))
        return None
    if not _ID_RE.match(value):
        reader.add(_line(entry, "id"), f"{path}.id", "bad-id", "bad-id", v=_quote(value))
        return None
    return value


def _words(reader: _Reader, entry: dict, path: str, key: str, vocabulary: Any, code: str) -> frozenset[str] | None:
    """One word or a list of words from ``vocabulary``; None when any is wrong."""
    value = entry.get(key)
    where, line = f"{path}.{key}", _line(entry, key)
    items = value if isinstance(value, list) else [value]
    if not items:
        reader.add(line, where, "empty-selector", "empty-selector")
        return None
    found: set[str] = set()
    ok = True
    for item in items:
        if not isinstance(item, str):
            reader.add(line, where, "wrong-type", "word", v=_describe(item, reader.lang))
            ok = False
        elif item not in vocabulary:
            reader.add(line, where, code, code, v=_quote(item), hint=_suggest(item, vocabulary, reader.lang))
            ok = False
        else:
            found.add(item)
    return frozenset(found) if ok else None


def _selector(reader: _Reader, value: Any, line: int, path: str) -> Selector | None:
    if not isinstance(value, dict):
        reader.add(line, path, "wrong-shape", "selector-shape", v=_describe(value, reader.lang))
        return None
    _check_keys(reader, value, path, _SELECTOR_KEYS)
    given = [k for k in _SELECTOR_KEYS if k in value]
    if not given:
        reader.add(getattr(value, "line", line) or line, path, "empty-selector", "empty-selector")
        return None
    vocabularies = {
        "types": (TYPES, "unknown-type"),
        "groups": (GROUPS, "unknown-group"),
        "huvudman": (HUVUDMAN, "unknown-huvudman"),
    }
    parts = {k: _words(reader, value, path, k, *vocabularies[k]) for k in given}
    if any(p is None for p in parts.values()) or any(k not in _SELECTOR_KEYS for k in value):
        return None
    return Selector(**parts)


def _level(reader: _Reader, entry: dict, path: str, one_way_kind: str | None) -> int | None:
    if "min_level" not in entry:
        return 1
    line, where = _line(entry, "min_level"), f"{path}.min_level"
    if one_way_kind is not None:
        reader.add(line, where, "level-on-one-way", "level-on-one-way", v=KINDS[one_way_kind][0])
        return None
    value = entry["min_level"]
    if isinstance(value, bool) or not isinstance(value, int):
        reader.add(line, where, "wrong-type", "level-type", v=_describe(value, reader.lang))
        return None
    if not 1 <= value <= 4:
        reader.add(line, where, "level-range", "level-range", v=value)
        return None
    return value


def _scope(reader: _Reader, entry: dict, path: str, one_way_kind: str | None) -> frozenset[str] | None:
    if "scope" not in entry:
        return frozenset()
    line, where = _line(entry, "scope"), f"{path}.scope"
    if one_way_kind is not None:
        reader.add(line, where, "scope-on-one-way", "scope-on-one-way", v=KINDS[one_way_kind][0])
        return None
    value = entry["scope"]
    items = value if isinstance(value, list) else [value]
    bad = [item for item in items if not isinstance(item, str) or item not in SCOPES]
    if bad or not items:
        reader.add(line, where, "bad-scope", "bad-scope", v=_quote(bad[0] if bad else "[]"))
        return None
    return frozenset(items)


def _kind(reader: _Reader, entry: dict, path: str) -> str | None:
    value = entry.get("kind", SAMVERKAN)
    allowed = [*KINDS, FORUM, DOCUMENT]
    if not isinstance(value, str) or value not in allowed:
        reader.add(
            _line(entry, "kind"),
            f"{path}.kind",
            "unknown-kind",
            "unknown-kind",
            v=_quote(value),
            hint=_suggest(value, allowed, reader.lang),
        )
        return None
    return value


def _sides(reader: _Reader, entry: dict, path: str, kind: str) -> tuple[Any, ...] | None:
    """``(a, b, members, each)`` of a rule, checked against its kind; None when something is wrong."""
    before = len(reader.problems)
    a = b = None
    members: list[Selector] = []
    each = "any"
    if kind != DOCUMENT:
        for key in ("parties", "document_kind"):
            if key in entry:
                reader.add(_line(entry, key), f"{path}.{key}", "parties-on-pair-rule", "parties-on-pair-rule", v=key)
    if kind == DOCUMENT:
        members = _document_parties(reader, entry, path)
    elif kind == FORUM:
        for key in ("a", "b", "each"):
            if key in entry:
                reader.add(_line(entry, key), f"{path}.{key}", "sides-on-forum-rule", "sides-on-forum-rule", v=key)
        raw = entry.get("members")
        if raw is None:
            reader.add(_line(entry), path, "missing-key", "missing-key", v="members")
        elif not isinstance(raw, list):
            reader.add(
                _line(entry, "members"), f"{path}.members", "wrong-type", "members-type", v=_describe(raw, reader.lang)
            )
        else:
            item_lines = getattr(raw, "item_lines", None) or [_line(entry, "members")] * len(raw)
            for j, item in enumerate(raw):
                selector = _selector(reader, item, item_lines[j], f"{path}.members[{j}]")
                if selector is not None:
                    members.append(selector)
            if len(raw) < 2:
                reader.add(_line(entry, "members"), f"{path}.members", "members-too-few", "members-too-few", v=len(raw))
    else:
        if "members" in entry:
            reader.add(_line(entry, "members"), f"{path}.members", "members-on-pair-rule", "members-on-pair-rule")
        for key in ("a", "b"):
            if key not in entry:
                reader.add(_line(entry), path, "missing-key", "missing-key", v=key)
        if "a" in entry:
            a = _selector(reader, entry["a"], _line(entry, "a"), f"{path}.a")
        if "b" in entry:
            b = _selector(reader, entry["b"], _line(entry, "b"), f"{path}.b")
        each = entry.get("each", "any")
        if each not in EACH:
            reader.add(_line(entry, "each"), f"{path}.each", "bad-each", "bad-each", v=_quote(each))
    if len(reader.problems) != before:
        return None
    return a, b, tuple(members), each


def _document_parties(reader: _Reader, entry: dict, path: str) -> list[Selector]:
    """The party selectors of a document rule (at least one)."""
    raw = entry.get("parties")
    if raw is None:
        reader.add(_line(entry), path, "missing-key", "missing-key", v="parties")
        return []
    if not isinstance(raw, list):
        reader.add(
            _line(entry, "parties"), f"{path}.parties", "wrong-type", "members-type", v=_describe(raw, reader.lang)
        )
        return []
    item_lines = getattr(raw, "item_lines", None) or [_line(entry, "parties")] * len(raw)
    found = [_selector(reader, item, item_lines[j], f"{path}.parties[{j}]") for j, item in enumerate(raw)]
    return [s for s in found if s is not None]


def _modality(reader: _Reader, entry: dict, path: str) -> str | None:
    value = entry.get("modality")
    if value is None:
        reader.add(_line(entry), path, "missing-key", "missing-key", v="modality")
        return None
    folded = value.replace("ö", "o") if isinstance(value, str) else value
    if folded not in MODALITIES:
        reader.add(_line(entry, "modality"), f"{path}.modality", "bad-modality", "bad-modality", v=_quote(value))
        return None
    return folded


def _quote_and_section(reader: _Reader, entry: dict, path: str) -> tuple[str | None, str | None]:
    if entry.get("quote") is None:
        reader.add(_line(entry), path, "missing-quote", "missing-quote")
        return None, _text(reader, entry, path, "section", required=False)
    return _text(reader, entry, path, "quote", required=True), _text(reader, entry, path, "section", required=True)


def _optional_words(reader: _Reader, entry: dict, path: str, key: str, vocabulary: Any, code: str) -> frozenset[str]:
    if key not in entry:
        return frozenset()
    return _words(reader, entry, path, key, vocabulary, code) or frozenset()


def _rule(reader: _Reader, entry: dict, path: str) -> Rule | None:
    before = len(reader.problems)
    _check_keys(reader, entry, path, _RULE_KEYS)
    ident = _ident(reader, entry, path)
    text = _text(reader, entry, path, "text", required=True)
    modality = _modality(reader, entry, path)
    quote, section = _quote_and_section(reader, entry, path)
    kind = _kind(reader, entry, path)
    sides = _sides(reader, entry, path, kind) if kind is not None else None
    one_way_kind = kind if kind in KINDS and kind != SAMVERKAN else None
    min_level = _level(reader, entry, path, one_way_kind)
    scopes = _scope(reader, entry, path, one_way_kind)
    areas = _optional_words(reader, entry, path, "areas", AREAS, "unknown-area")
    document_kinds = _optional_words(reader, entry, path, "document_kind", DOCUMENT_KINDS, "unknown-document-kind")
    accept_forum = entry.get("accept_forum", True)
    if not isinstance(accept_forum, bool):
        reader.add(
            _line(entry, "accept_forum"),
            f"{path}.accept_forum",
            "wrong-type",
            "bool",
            v=_describe(accept_forum, reader.lang),
        )
    if len(reader.problems) != before or sides is None:
        return None
    a, b, members, each = sides
    return Rule(
        ident,
        text,
        section,
        kind,
        a,
        b,
        members,
        min_level,
        scopes,
        each,
        modality == "ska",
        _line(entry),
        modality=modality,
        quote=quote,
        areas=areas,
        accept_forum=accept_forum,
        document_kinds=document_kinds,
    )


def _header(reader: _Reader, document: dict) -> tuple[str | None, ...]:
    header = document.get("norm")
    if header is None:
        reader.add(_line(document), "", "missing-key", "missing-section", v="norm")
        return None, None, None, None
    if not isinstance(header, dict):
        reader.add(_line(document, "norm"), "norm", "wrong-shape", "norm-shape")
        return None, None, None, None
    _check_keys(reader, header, "norm", _NORM_KEYS)
    return (
        _ident(reader, header, "norm"),
        _text(reader, header, "norm", "name", required=True),
        _text(reader, header, "norm", "ref", required=False),
        _text(reader, header, "norm", "lan", required=False),
    )


def _rules(reader: _Reader, document: dict) -> list[Rule]:
    raw = document.get("rules")
    if raw is None:
        if "rules" in document:
            reader.add(_line(document, "rules"), "rules", "no-rules", "no-rules")
        else:
            reader.add(_line(document), "", "missing-key", "missing-section", v="rules")
        return []
    if not isinstance(raw, list):
        reader.add(_line(document, "rules"), "rules", "wrong-shape", "rules-shape")
        return []
    if not raw:
        reader.add(_line(document, "rules"), "rules", "no-rules", "no-rules")
    item_lines = getattr(raw, "item_lines", None) or [0] * len(raw)
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(raw):
        path = f"rules[{i}]"
        if not isinstance(entry, dict):
            reader.add(item_lines[i], path, "wrong-shape", "rule-shape", v=_describe(entry, reader.lang))
            continue
        rule = _rule(reader, entry, path)
        ident = entry.get("id")
        if isinstance(ident, str) and _ID_RE.match(ident):
            if ident in seen:
                reader.add(_line(entry, "id"), f"{path}.id", "duplicate-id", "duplicate-id", v=ident, first=seen[ident])
                continue
            seen[ident] = _line(entry, "id")
        if rule is not None:
            rules.append(rule)
    return rules


def load_norm(path: str | os.PathLike[str], *, display: str | None = None, lang: str = "sv") -> Norm:
    """Read and validate a norm file.

    Parameters
    ----------
    path : str or path-like
        The YAML file.
    display : str, optional
        How to name the file in problems; default: ``path`` as given.
    lang : {"sv", "en"}
        Language of the problem messages.

    Returns
    -------
    Norm

    Raises
    ------
    DataError
        With every problem found, each with file, line, path and code.

    Examples
    --------
    >>> norm = load_norm(bundled_norm_path())
    >>> norm.id, len(norm.rules) > 10
    ('dalarna-2024', True)
    """
    from samnet.load.dataset import read_yaml

    shown = display or os.fspath(path)
    problems: list[Problem] = []
    document = read_yaml(Path(path), shown, problems, lang=lang)
    reader = _Reader(shown, problems, lang)
    header: tuple[str | None, ...] = (None, None, None, None)
    rules: list[Rule] = []
    if document is not None and not isinstance(document, dict):
        reader.add(getattr(document, "line", 1) or 1, "", "wrong-shape", "top-shape", v=_describe(document, lang))
    elif document is not None:
        for key in document:
            if key not in _TOP_KEYS:
                reader.add(
                    _line(document, key),
                    str(key),
                    "unknown-key",
                    "unknown-section",
                    v=_quote(key),
                    hint=_suggest(key, _TOP_KEYS, lang),
                )
        header = _header(reader, document)
        rules = _rules(reader, document)
    if problems:
        raise DataError(problems, lang=lang)
    ident, name, ref, lan = header
    return Norm(ident, name, ref, tuple(rules), shown, lan)


def bundled_norm_path(name: str = BUNDLED_NORM) -> Path:
    """The file of a norm shipped with samnet (``samnet/norms/<name>.yaml``).

    Examples
    --------
    >>> bundled_norm_path().name
    'dalarna-2024.yaml'
    """
    return Path(__file__).resolve().parent / "norms" / f"{name}.yaml"


def bundled_norm(lang: str = "sv") -> Norm:
    """The Dalarna norm shipped with samnet, named ``dalarna-2024.yaml`` in problems and output.

    Examples
    --------
    >>> bundled_norm().name.startswith("Regional överenskommelse")
    True
    """
    return load_norm(bundled_norm_path(), display=f"{BUNDLED_NORM}.yaml", lang=lang)


def load_named_norm(value: str, lang: str = "sv") -> Norm:
    """A norm by a bundled name (``dalarna-2024``) or by a file's path, as ``norm:`` and ``--norm`` take it.

    A file of that name wins over a bundled norm, so a user's own file is never shadowed.

    Examples
    --------
    >>> load_named_norm("dalarna-2024").source
    'dalarna-2024.yaml'
    """
    path = Path(value)
    bundled = bundled_norm_path(value) if _ID_RE.match(value) else None
    if not path.exists() and bundled is not None and bundled.is_file():
        return load_norm(bundled, display=f"{value}.yaml", lang=lang)
    return load_norm(path, display=value, lang=lang)


def data_norm(dataset, lang: str = "sv"):
    """The norm the data names (``norm:``): a bundled norm by name, else a norm file; None without one.

    Examples
    --------
    >>> from samnet.core.model import Dataset
    >>> data_norm(Dataset({}, {})) is None
    True
    >>> data_norm(Dataset({}, {}, norm="dalarna-2024")).lan
    'Dalarna'
    """
    name = getattr(dataset, "norm", None)
    return load_named_norm(name, lang) if name else None


def interviewed_actors(dataset) -> frozenset[str] | None:
    """The actors someone was interviewed from, when the data lists ``informants``; else None.

    Read defensively: an informant is a mapping or an object with an ``actor``.

    Examples
    --------
    >>> from samnet.core.model import Dataset
    >>> interviewed_actors(Dataset({}, {})) is None
    True
    """
    informants = getattr(dataset, "informants", None)
    if not informants:
        return None
    items = informants.values() if isinstance(informants, dict) else informants
    found = set()
    for informant in items:
        actor = informant.get("actor") if isinstance(informant, dict) else getattr(informant, "actor", None)
        if actor:
            found.add(actor)
    return frozenset(found)


def check_inputs(dataset) -> dict:
    """The keyword arguments :func:`~samnet.measure.check.check_networks` takes from the data: documents, actors, who was interviewed, the län."""
    return {
        "documents": dataset.documents,
        "actors": dataset.actors,
        "interviewed": interviewed_actors(dataset),
        "data_lans": [k.lan for k in dataset.kommuner.values() if k.lan],
    }
