"""Read and validate ``actors.yaml`` and ``links.yaml``, reporting every problem with its line.

Validation follows the model of frictionless-py: nothing stops at the first
problem. Each file is read as bytes, decoded strictly as UTF-8, scanned for
tab indentation, composed into a YAML node tree with a safe loader (the C
one from libyaml when present) and checked field by field. Every problem
becomes a :class:`~samnet.errors.Problem` with file, line, path and code; if
there is at least one, :class:`~samnet.errors.DataError` is raised with all
of them.

Error codes (documented in the README, one test fixture each):

``missing-file``, ``encoding``, ``empty-file``, ``tab``, ``yaml-syntax``,
``duplicate-key``, ``wrong-shape``, ``unknown-key``, ``missing-key``,
``wrong-type``, ``bad-id``, ``bad-value``, ``unknown-type``,
``unknown-kommun``, ``unknown-actor``, ``duplicate-id``, ``self-link``,
``level-range``, ``level-on-one-way``, ``missing-level``, ``missing-scope``,
``forum-too-small``, ``duplicate-member``.

Examples
--------
>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "actors.yaml").write_text(
...     "kommuner:\\n  - {id: k, name: K}\\n"
...     "actors:\\n  - {id: a, name: A, type: ifo, huvudman: kommun, kommun: k}\\n"
...     "  - {id: b, name: B, type: polis, huvudman: stat}\\n")
>>> _ = (d / "links.yaml").write_text(
...     "links:\\n  - {source: a, target: b, level: 2, scope: individ}\\n")
>>> ds = load_dataset(d)
>>> sorted(ds.actors), ds.links[0].kommuner
(['a', 'b'], frozenset({'k'}))
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from samnet.errors import DataError, Problem
from samnet.model import Actor, Dataset, Forum, Kommun, Link, Source
from samnet.vocab import AREAS, HUVUDMAN, ID_PATTERN, KINDS, SAMVERKAN, SCOPES, TYPES

__all__ = ["load_dataset", "read_yaml", "ACTORS_FILE", "LINKS_FILE", "ERROR_CODES"]

ACTORS_FILE = "actors.yaml"
LINKS_FILE = "links.yaml"

#: Every code a :class:`~samnet.errors.Problem` from the loader can carry, with a short meaning.
ERROR_CODES: dict[str, str] = {
    "missing-file": "the file does not exist or cannot be read",
    "encoding": "the file is not UTF-8 text",
    "empty-file": "the file holds no data",
    "tab": "a line is indented with a tab; YAML needs spaces",
    "yaml-syntax": "the file is not valid YAML (line and column given)",
    "duplicate-key": "the same key appears twice in one entry",
    "wrong-shape": "the file or a section is not the expected mapping or list",
    "unknown-key": "a key the format does not know (often a typo)",
    "missing-key": "a required key is missing",
    "wrong-type": "a value has the wrong type (text, number, true/false, list)",
    "bad-id": "an id is not lower-case letters, digits and dashes",
    "bad-value": "a value is not one of the allowed words",
    "unknown-type": "an actor type that is not in the vocabulary",
    "unknown-kommun": "a kommun id that is not defined in actors.yaml",
    "unknown-actor": "an actor id that is not defined in actors.yaml",
    "duplicate-id": "two kommuner, actors or forums share an id",
    "self-link": "a link from an actor to itself",
    "level-range": "a level outside 1-4",
    "level-on-one-way": "a level on an orosanmälan or other one-way link",
    "missing-level": "samverkan or a forum without a level",
    "missing-scope": "samverkan or a forum without a scope",
    "forum-too-small": "a forum with fewer than two members",
    "duplicate-member": "an actor listed twice in one forum",
}

_ID_RE = re.compile(ID_PATTERN)

# The C loader is several times faster on a national dataset; its marks carry
# line numbers just like the pure-Python one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"


class _Map(dict):
    """A mapping read from YAML that remembers where it and each of its values start."""

    __slots__ = ("line", "value_lines")


class _Seq(list):
    """A list read from YAML that remembers where it and each of its items start."""

    __slots__ = ("line", "item_lines")


class _Reader:
    """Collects problems while reading one file."""

    def __init__(self, display: str, problems: list[Problem]):
        self.display = display
        self.problems = problems

    def problem(self, line: int, path: str, code: str, message: str) -> None:
        self.problems.append(Problem(self.display, line, path, code, message))


_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_PLAIN_INT = re.compile(r"^[-+]?[0-9]+$")


def _scalar(event: yaml.ScalarEvent) -> Any:
    """The Python value of a scalar, as PyYAML's safe loader would give it, only faster.

    PyYAML resolves every scalar by running its implicit-type regexes; a plain
    scalar whose first character starts none of them (most ids and words) is a
    string, and quoted scalars are always strings.
    """
    value = event.value
    if event.tag not in (None, "!"):
        tag = event.tag
    elif not event.implicit[0]:
        return value
    elif value and value[0] not in _RESOLVER.yaml_implicit_resolvers:
        return value
    else:
        tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    if tag == _STR:
        return value
    if tag == _INT and _PLAIN_INT.match(value):
        return int(value)
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return value.lower() in ("yes", "true", "on")
    return _CONSTRUCTOR.construct_object(yaml.ScalarNode(tag, value, event.start_mark, event.end_mark))


def _build(events: Any, reader: _Reader) -> Any:
    """Turn a stream of parser events into located values, reporting duplicate keys.

    Building from events rather than from PyYAML's node graph skips its
    Python-level composer and resolver, which dominate the time on a national
    dataset. Each open mapping or list is a frame
    ``[container, path, pending key, its line, first line of each key, anchor]``.
    """
    stack: list[list] = []
    anchors: dict[str, Any] = {}
    root: Any = None
    documents = 0

    def attach(value: Any, line: int) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        frame = stack[-1]
        container = frame[0]
        if isinstance(container, _Seq):
            container.append(value)
            container.item_lines.append(line)
            return
        if frame[2] is _NO_KEY:
            if isinstance(value, (dict, list)):
                reader.problem(line, frame[1], "wrong-type", "a key must be a plain word")
                value = f"?{line}"
            frame[2], frame[3] = value, line
            return
        key, key_line = frame[2], frame[3]
        frame[2] = _NO_KEY
        path = f"{frame[1]}.{key}" if frame[1] else str(key)
        first = frame[4]
        if key in first:
            reader.problem(
                key_line, path, "duplicate-key",
                f'key "{key}" appears twice in this entry (first on line {first[key]}); remove one of them',
            )
            return
        first[key] = key_line
        container[key] = value
        container.value_lines[key] = line

    def child_path() -> str:
        if not stack:
            return ""
        frame = stack[-1]
        if isinstance(frame[0], _Seq):
            return f"{frame[1]}[{len(frame[0])}]"
        if frame[2] is _NO_KEY:
            return frame[1]
        return f"{frame[1]}.{frame[2]}" if frame[1] else str(frame[2])

    for event in events:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            value = _scalar(event)
            if event.anchor:
                anchors[event.anchor] = value
            attach(value, event.start_mark.line + 1)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            container = _Map() if kind is yaml.MappingStartEvent else _Seq()
            container.line = event.start_mark.line + 1
            if kind is yaml.MappingStartEvent:
                container.value_lines = {}
            else:
                container.item_lines = []
            stack.append([container, child_path(), _NO_KEY, 0, {}, event.anchor])
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frame = stack.pop()
            if frame[5]:
                anchors[frame[5]] = frame[0]
            attach(frame[0], frame[0].line)
        elif kind is yaml.AliasEvent:
            attach(anchors.get(event.anchor), event.start_mark.line + 1)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                reader.problem(
                    event.start_mark.line + 1, "", "yaml-syntax",
                    "the file holds more than one YAML document (a line with ---); keep one",
                )
                return None
    return root


_NO_KEY = object()


def read_yaml(path: Path, display: str, problems: list[Problem]) -> Any:
    """Read one YAML file into located Python values, appending any problem to ``problems``.

    Returns ``None`` when the file cannot be read at all (the reason is in ``problems``).

    Parameters
    ----------
    path : pathlib.Path
        The file to read.
    display : str
        How to name the file in problems, as the user typed it (``data/links.yaml``).
    problems : list of Problem
        Problems found are appended here.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.yaml"
    >>> _ = p.write_text("a: 1\\na: 2\\n")
    >>> found = []
    >>> read_yaml(p, "x.yaml", found)
    {'a': 1}
    >>> print(found[0])
    x.yaml:2: a: duplicate-key: key "a" appears twice in this entry (first on line 1); remove one of them
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(display, 0, "", "missing-file", "no such file"))
        return None
    except OSError as exc:
        problems.append(Problem(display, 0, "", "missing-file", f"cannot read the file: {exc.strerror}"))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(
            Problem(
                display,
                line,
                "",
                "encoding",
                f"byte 0x{raw[exc.start]:02x} is not UTF-8; save the file as UTF-8 "
                "(in Notepad: Save as, Encoding: UTF-8)",
            )
        )
        return None
    tabbed = False
    for number, line_text in enumerate(text.splitlines(), start=1):
        indent = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
        if "\t" in indent and line_text.strip():
            tabbed = True
            problems.append(
                Problem(display, number, "", "tab", "the line is indented with a tab; use spaces")
            )
    if tabbed:
        # The YAML parser would only repeat the tab problem less clearly.
        return None
    reader = _Reader(display, problems)
    before = len(problems)
    try:
        document = _build(yaml.parse(text, Loader=_Loader), reader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        column = f" (column {mark.column + 1})" if mark else ""
        what = exc.problem or exc.context or "invalid YAML"
        problems.append(Problem(display, line, "", "yaml-syntax", f"{what}{column}"))
        return None
    except yaml.YAMLError as exc:  # pragma: no cover - reader errors without a mark
        problems.append(Problem(display, 0, "", "yaml-syntax", str(exc)))
        return None
    # No value and no problem of its own: the file holds nothing but comments or blanks.
    if document is None and len(problems) == before:
        problems.append(Problem(display, 1, "", "empty-file", "the file holds no data"))
    return document


def _suggest(word: Any, choices: Any) -> str:
    """Return ' (did you mean "x"?)' for the closest choice, or an empty string."""
    word = str(word)
    # A prefix ("oro" for "orosanmalan") is the commonest shortening; difflib alone misses it.
    close = sorted(c for c in choices if len(word) >= 3 and str(c).startswith(word))[:1]
    close = close or difflib.get_close_matches(word, [str(c) for c in choices], n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


class _Checker:
    """Field-level checks for one entry of a section, sharing the file's problem list."""

    def __init__(self, reader: _Reader, entry: _Map, path: str):
        self.reader = reader
        self.entry = entry
        self.path = path

    def line(self, key: str | None = None) -> int:
        if key is not None and key in self.entry.value_lines:
            return self.entry.value_lines[key]
        return self.entry.line

    def problem(self, key: str | None, code: str, message: str) -> None:
        path = f"{self.path}.{key}" if key else self.path
        self.reader.problem(self.line(key), path, code, message)

    def keys(self, required: tuple[str, ...], optional: tuple[str, ...]) -> None:
        allowed = required + optional
        for key in self.entry:
            if key not in allowed:
                self.problem(
                    str(key), "unknown-key", f'"{key}" is not a known key{_suggest(key, allowed)}'
                )
        for key in required:
            if key not in self.entry:
                self.problem(None, "missing-key", f'"{key}" is required')

    def text(self, key: str) -> str | None:
        """A display text; numbers are accepted and shown as written."""
        value = self.entry.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.problem(key, "wrong-type", f"expected text, got {_describe(value)}")
            return None
        return str(value)

    def ident(self, key: str, value: Any = None, *, in_list: bool = False) -> str | None:
        """An id: text matching the id pattern."""
        if not in_list:
            value = self.entry.get(key)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.problem(key, "wrong-type", f"expected an id, got {_describe(value)}")
            return None
        if not _ID_RE.match(value):
            self.problem(
                key,
                "bad-id",
                f'"{value}" is not a valid id: use lower-case a-z, digits and single dashes '
                "(write å, ä, ö as a, a, o)",
            )
            return None
        return value

    def ids(self, key: str) -> list[str] | None:
        """One id or a list of ids."""
        value = self.entry.get(key)
        if value is None:
            return None
        items = value if isinstance(value, list) else [value]
        result = []
        for item in items:
            ident = self.ident(key, item, in_list=True)
            if ident is not None:
                result.append(ident)
        return result

    def choice(self, key: str, vocabulary: Any, code: str = "bad-value", what: str = "value") -> str | None:
        value = self.entry.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(key, "wrong-type", f"expected one word, got {_describe(value)}")
            return None
        if value not in vocabulary:
            hint = _suggest(value, vocabulary) or f"; choose one of: {', '.join(vocabulary)}"
            self.problem(key, code, f'"{value}" is not a known {what}{hint}')
            return None
        return value

    def choices(self, key: str, vocabulary: Any, what: str) -> frozenset[str] | None:
        """One word or a list of words from ``vocabulary``."""
        value = self.entry.get(key)
        if value is None:
            return None
        items = value if isinstance(value, list) else [value]
        if not items:
            self.problem(key, "bad-value", f"the list is empty; give at least one {what}")
            return None
        result = set()
        for item in items:
            if not isinstance(item, str):
                self.problem(key, "wrong-type", f"expected a {what}, got {_describe(item)}")
            elif item not in vocabulary:
                hint = _suggest(item, vocabulary) or f"; choose from: {', '.join(vocabulary)}"
                self.problem(key, "bad-value", f'"{item}" is not a known {what}{hint}')
            else:
                result.add(item)
        return frozenset(result)

    def boolean(self, key: str) -> bool:
        value = self.entry.get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.problem(key, "wrong-type", f"expected true or false, got {_describe(value)}")
            return False
        return value

    def level(self, required: bool, one_way_kind: str | None = None) -> int | None:
        value = self.entry.get("level")
        if one_way_kind is not None:
            if "level" in self.entry:
                label = KINDS[one_way_kind][0]
                self.problem(
                    "level",
                    "level-on-one-way",
                    f"an {label} is one-way and has no samverkan level; remove the level "
                    "(add a separate samverkan link if the two also work together)",
                )
            return None
        if value is None:
            if required:
                self.problem(None, "missing-level", "samverkan needs a level from 1 to 4 (samverkanstrappan)")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem("level", "wrong-type", f"expected a whole number 1-4, got {_describe(value)}")
            return None
        if not 1 <= value <= 4:
            self.problem(
                "level",
                "level-range",
                f"{value} is outside samverkanstrappan: 1 samtal, 2 samsyn, 3 samarbete, 4 samverkan",
            )
            return None
        return value

    def scope(self, required: bool) -> frozenset[str] | None:
        if "scope" not in self.entry or self.entry["scope"] is None:
            if required:
                self.problem(None, "missing-scope", "samverkan needs a scope: individ, struktur or [individ, struktur]")
            return None
        return self.choices("scope", SCOPES, "scope")


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        return f'text ("{value}")'
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    return type(value).__name__


def _section(reader: _Reader, document: Any, key: str, required: bool) -> list[tuple[int, _Map]]:
    """Return the (index, entry) pairs of a top-level list, reporting shape problems."""
    if key not in document:
        if required:
            reader.problem(document.line, "", "missing-key", f'the file needs a "{key}:" list')
        return []
    value = document[key]
    if value is None:
        return []
    if not isinstance(value, list):
        reader.problem(document.value_lines[key], key, "wrong-shape", f'"{key}" must be a list of entries ("- ...")')
        return []
    entries = []
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            reader.problem(
                value.item_lines[i], f"{key}[{i}]", "wrong-shape", f"expected an entry with keys, got {_describe(item)}"
            )
            continue
        entries.append((i, item))
    return entries


def _top(reader: _Reader, document: Any, allowed: tuple[str, ...]) -> bool:
    if not isinstance(document, dict):
        reader.problem(
            getattr(document, "line", 1), "", "wrong-shape",
            f"the file must be a mapping with {' and '.join(repr(k + ':') for k in allowed)} at the top, "
            f"got {_describe(document)}",
        )
        return False
    for key in document:
        if key not in allowed:
            reader.problem(
                document.value_lines.get(key, document.line), str(key), "unknown-key",
                f'"{key}" is not a known section{_suggest(key, allowed)}',
            )
    return True


def _check_unique(checker: _Checker, ident: str | None, seen: dict[str, int], what: str) -> None:
    if ident is None:
        return
    if ident in seen:
        checker.problem("id", "duplicate-id", f'{what} "{ident}" is already defined on line {seen[ident]}')
    else:
        seen[ident] = checker.line("id")


def load_dataset(data_dir: str | os.PathLike[str]) -> Dataset:
    """Read and validate ``actors.yaml`` and ``links.yaml`` in ``data_dir``.

    Parameters
    ----------
    data_dir : str or path-like
        The folder holding the two files. Problems name the files relative to
        it as given, e.g. ``data/links.yaml``.

    Returns
    -------
    Dataset
        Every reference in it resolves; each link and forum carries its kommun set.

    Raises
    ------
    DataError
        With every problem found in both files, in file and line order.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "actors.yaml").write_text("actors:\\n  - {id: a, name: A, type: ifo, huvudman: kommun}\\n")
    >>> _ = (d / "links.yaml").write_text("links:\\n  - {source: a, target: zz, level: 1, scope: individ}\\n")
    >>> try:
    ...     load_dataset(d)
    ... except DataError as err:
    ...     print(err.problems[0].code, err.problems[0].path)
    unknown-actor links[0].target
    """
    folder = Path(data_dir)
    display_dir = os.fspath(data_dir)
    actors_display = os.path.join(display_dir, ACTORS_FILE)
    links_display = os.path.join(display_dir, LINKS_FILE)
    problems: list[Problem] = []

    actors_doc = read_yaml(folder / ACTORS_FILE, actors_display, problems)
    links_doc = read_yaml(folder / LINKS_FILE, links_display, problems)

    kommuner: dict[str, Kommun] = {}
    actors: dict[str, Actor] = {}
    # Ids declared by an entry that has problems of its own: references to them
    # are not reported again, since the user fixes the entry, not every reference.
    declared_kommuner: set[str] = set()
    declared_actors: set[str] = set()
    actors_ok = actors_doc is not None
    reader = _Reader(actors_display, problems)
    source_info = None
    if actors_doc is not None and _top(reader, actors_doc, ("kommuner", "actors", "source")):
        source_info = _read_source(reader, actors_doc)
        kommuner, declared_kommuner = _read_kommuner(reader, actors_doc)
        actors, declared_actors = _read_actors(reader, actors_doc, kommuner, declared_kommuner)
    else:
        actors_ok = False

    links: list[Link] = []
    forums: list[Forum] = []
    reader = _Reader(links_display, problems)
    if links_doc is not None and _top(reader, links_doc, ("links", "forums")):
        # References can only be checked when actors.yaml could be read; otherwise
        # every link would repeat the same "unknown actor" problem.
        refs = _References(kommuner, declared_kommuner, actors, declared_actors, actors_display, actors_ok)
        links = _read_links(reader, links_doc, refs)
        forums = _read_forums(reader, links_doc, refs)

    if problems:
        raise DataError(problems)
    return Dataset(
        kommuner=kommuner,
        actors=actors,
        links=tuple(links),
        forums=tuple(forums),
        source=display_dir,
        files={"actors": actors_display, "links": links_display},
        source_info=source_info,
    )


def _read_source(reader: _Reader, document: Any) -> Source | None:
    """The optional ``source:`` mapping (title, author, year, url, text) of actors.yaml."""
    entry = document.get("source")
    if entry is None:
        return None
    if not isinstance(entry, dict):
        reader.problem(document.value_lines["source"], "source", "wrong-shape",
                       f"expected a mapping with title, author, year, url, got {_describe(entry)}")
        return None
    check = _Checker(reader, entry, "source")
    fields = ("title", "author", "year", "url", "text")
    check.keys((), fields)
    return Source(**{key: check.text(key) for key in fields})


def _read_kommuner(reader: _Reader, document: Any) -> tuple[dict[str, Kommun], set[str]]:
    kommuner: dict[str, Kommun] = {}
    seen: dict[str, int] = {}
    for i, entry in _section(reader, document, "kommuner", required=False):
        check = _Checker(reader, entry, f"kommuner[{i}]")
        check.keys(("id", "name"), ("lan",))
        ident = check.ident("id")
        name = check.text("name")
        lan = check.text("lan")
        duplicate = ident in seen
        _check_unique(check, ident, seen, "kommun")
        if ident is not None and name is not None and not duplicate:
            kommuner[ident] = Kommun(ident, name, lan, entry.line)
    return kommuner, set(seen)


def _read_actors(reader: _Reader, document: Any, kommuner: dict[str, Kommun],
                 declared_kommuner: set[str]) -> tuple[dict[str, Actor], set[str]]:
    actors: dict[str, Actor] = {}
    seen: dict[str, int] = {}
    for i, entry in _section(reader, document, "actors", required=True):
        check = _Checker(reader, entry, f"actors[{i}]")
        before = len(reader.problems)
        check.keys(("id", "name", "type", "huvudman"), ("kommun", "organisation", "ref", "note"))
        ident = check.ident("id")
        name = check.text("name")
        kind = check.choice("type", TYPES, code="unknown-type", what="actor type")
        huvudman = check.choice("huvudman", HUVUDMAN, what="huvudman")
        kommun = check.ident("kommun")
        if kommun is not None and kommun not in declared_kommuner:
            check.problem("kommun", "unknown-kommun", _unknown_kommun(kommun, kommuner))
        organisation = check.ident("organisation")
        ref, note = check.text("ref"), check.text("note")
        duplicate = ident in seen
        _check_unique(check, ident, seen, "actor")
        if len(reader.problems) == before and not duplicate:
            actors[ident] = Actor(ident, name, kind, huvudman, kommun, ref, note, entry.line, organisation)
    return actors, set(seen)


def _unknown_kommun(kommun: str, kommuner: dict[str, Kommun]) -> str:
    defined = ", ".join(sorted(kommuner)) or "none"
    return f'"{kommun}" is not defined under kommuner: in actors.yaml{_suggest(kommun, kommuner)} (defined: {defined})'


@dataclass(frozen=True)
class _References:
    """What links and forums may refer to, and how to name actors.yaml in problems."""

    kommuner: dict[str, Kommun]
    declared_kommuner: set[str]
    actors: dict[str, Actor]
    declared_actors: set[str]
    actors_display: str
    actors_ok: bool

    def actor(self, check: _Checker, key: str, value: str | None, *, line: int | None = None,
              path: str | None = None) -> str | None:
        """Return ``value`` if it names a valid actor; report it if it names no actor at all."""
        if value is None or not self.actors_ok:
            return None
        if value in self.actors:
            return value
        if value not in self.declared_actors:
            message = f'"{value}" is not defined in {self.actors_display}{_suggest(value, self.actors)}'
            if line is None:
                check.problem(key, "unknown-actor", message)
            else:
                check.reader.problem(line, path or key, "unknown-actor", message)
        return None

    def kommun_set(self, check: _Checker, explicit: list[str] | None, members: list[str]) -> frozenset[str]:
        if explicit is None:
            return frozenset(self.actors[m].kommun for m in members if m in self.actors and self.actors[m].kommun)
        for kommun in explicit:
            if self.actors_ok and kommun not in self.declared_kommuner:
                check.problem("kommun", "unknown-kommun", _unknown_kommun(kommun, self.kommuner))
        return frozenset(explicit)


def _read_links(reader: _Reader, document: Any, refs: _References) -> list[Link]:
    links: list[Link] = []
    for i, entry in _section(reader, document, "links", required=False):
        check = _Checker(reader, entry, f"links[{i}]")
        check.keys(
            ("source", "target"),
            ("kind", "level", "scope", "person_dependent", "areas", "kommun", "ref", "note"),
        )
        before = len(reader.problems)
        raw_source, raw_target = check.ident("source"), check.ident("target")
        if raw_source is not None and raw_source == raw_target:
            check.problem("target", "self-link", f'the link goes from "{raw_source}" to itself')
        source = refs.actor(check, "source", raw_source)
        target = refs.actor(check, "target", raw_target)
        kind = check.choice("kind", KINDS, what="link kind") if "kind" in entry else SAMVERKAN
        one_way = kind if kind is not None and kind != SAMVERKAN else None
        level = check.level(required=kind == SAMVERKAN, one_way_kind=one_way)
        scopes = check.scope(required=kind == SAMVERKAN)
        person_dependent = check.boolean("person_dependent")
        areas = check.choices("areas", AREAS, "area")
        link_kommuner = refs.kommun_set(check, check.ids("kommun"), [e for e in (source, target) if e])
        ref, note = check.text("ref"), check.text("note")
        if len(reader.problems) == before and None not in (source, target, kind):
            links.append(
                Link(i, source, target, kind, level, scopes or frozenset(), person_dependent,
                     areas or frozenset(), link_kommuner, ref, note, entry.line)
            )
    return links


def _read_forums(reader: _Reader, document: Any, refs: _References) -> list[Forum]:
    forums: list[Forum] = []
    seen: dict[str, int] = {}
    for i, entry in _section(reader, document, "forums", required=False):
        check = _Checker(reader, entry, f"forums[{i}]")
        check.keys(
            ("id", "name", "members"),
            ("level", "scope", "person_dependent", "areas", "kommun", "ref", "note"),
        )
        before = len(reader.problems)
        ident = check.ident("id")
        if ident is not None and ident in refs.declared_actors:
            check.problem("id", "duplicate-id", f'"{ident}" is already the id of an actor; forums need their own ids')
        _check_unique(check, ident, seen, "forum")
        name = check.text("name")
        members, complete = _forum_members(check, entry.get("members"), refs)
        level = check.level(required=True)
        scopes = check.scope(required=True)
        person_dependent = check.boolean("person_dependent")
        areas = check.choices("areas", AREAS, "area")
        forum_kommuner = refs.kommun_set(check, check.ids("kommun"), members)
        ref, note = check.text("ref"), check.text("note")
        if len(reader.problems) == before and complete:
            forums.append(
                Forum(ident, name, tuple(members), level, scopes, person_dependent, areas or frozenset(),
                      forum_kommuner, ref, note, entry.line)
            )
    return forums


def _forum_members(check: _Checker, raw_members: Any, refs: _References) -> tuple[list[str], bool]:
    """The valid member ids of a forum, and whether every listed member was valid."""
    if raw_members is None:
        return [], False
    if not isinstance(raw_members, list):
        check.problem("members", "wrong-type", f"expected a list of actor ids, got {_describe(raw_members)}")
        return [], False
    members: list[str] = []
    complete = True
    for j, raw in enumerate(raw_members):
        path = f"{check.path}.members[{j}]"
        line = raw_members.item_lines[j]
        member = check.ident("members", raw, in_list=True)
        if member is not None and member in members:
            check.reader.problem(line, path, "duplicate-member", f'"{member}" is listed twice')
            continue
        if member is not None:
            members.append(member)
        if refs.actor(check, "members", member, line=line, path=path) is None:
            complete = False
    if len(raw_members) < 2:
        check.problem("members", "forum-too-small", f"a forum needs at least 2 members, got {len(raw_members)}")
        complete = False
    return members, complete
