"""Read one YAML file into positioned Python values, reporting every problem with its line.

Each file is read as bytes (at most :data:`MAX_FILE_BYTES`), decoded strictly
as UTF-8 and turned from the parser's event stream into
:class:`PositionedMap` / :class:`PositionedList` values that remember the
line of every value. Nothing is constructed from tags: any tag is reported
(``yaml-tag``), an alias to an anchor that does not exist is reported
(``undefined-alias``) and becomes :data:`INVALID`, and plain scalars are read
the way YAML 1.2's core schema reads them, only stricter: ``true``/``false``
are booleans, ``~``/``null``/nothing is null, a decimal without leading
zeros is a number, and everything else is text. So ``no``, ``010``,
``0x1F``, ``1_000`` and ``12:30`` stay exactly as written.

Examples
--------
>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "x.yaml"
>>> _ = p.write_text("id: no\\nn: 010\\nlevel: 3\\n")
>>> doc = read_yaml(p, "x.yaml", [])
>>> doc, doc.value_lines["level"]
({'id': 'no', 'n': '010', 'level': 3}, 3)
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from samnet.errors import MAX_KEPT, Problem, quote
from samnet.texts.catalogue import text

_YAML_TAG_PREFIX = "tag:yaml.org,2002:"

__all__ = [
    "near_miss",
    "PositionedMap",
    "PositionedList",
    "INVALID",
    "MAX_FILE_BYTES",
    "MAX_DEPTH",
    "MAX_ALIASES",
    "MAX_SCALAR_CHARS",
    "FileRefused",
    "open_regular",
    "read_bounded",
    "read_yaml",
    "written",
]

#: Files larger than this are refused: links.yaml for 2,900 generated kommuner (ten times
#: Sweden) is 49 MB. ``SAMNET_MAX_FILE_MB`` sets another limit (in MB). Junk under the limit
#: fails fast on what it holds (unknown keys, nesting, aliases, long values), not on its size.
MAX_FILE_BYTES = int(os.environ.get("SAMNET_MAX_FILE_MB", "") or 128) * 1024 * 1024

#: Deepest nesting of lists and entries read: the format needs four levels.
MAX_DEPTH = 64

#: Most aliases (``*name``) read in one file: the format needs none; each may copy a large value.
MAX_ALIASES = 1000

#: Longest text value read: what one Excel cell holds, so every mapping fits in a workbook.
MAX_SCALAR_CHARS = 32_767


class FileRefused(Exception):
    """A file samnet will not read: ``key`` names the loader message, ``fields`` fill it."""

    def __init__(self, key: str, **fields: Any):
        super().__init__(key, fields)
        self.key, self.fields = key, fields


def open_regular(path: str | os.PathLike[str], limit: int | None = None) -> Any:
    """Open a regular file for reading in binary, refusing a FIFO, a device or a file over ``limit``.

    The file is opened without blocking (a FIFO with no writer would hang a
    plain open) and checked on the open handle, so it cannot be swapped in
    between. ``FileNotFoundError`` and other ``OSError`` pass through.

    Examples
    --------
    >>> try:
    ...     open_regular("/dev/zero")
    ... except FileRefused as err:
    ...     err.key
    'not-regular'
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused("not-regular")
        if info.st_size > limit:
            raise FileRefused("too-large", size=info.st_size // 2**20, limit=limit // 2**20)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them (a file that grows past it is refused).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.yaml"
    >>> _ = p.write_bytes(b"a: 1")
    >>> read_bounded(p)
    b'a: 1'
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    with open_regular(path, limit) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileRefused("too-large", size=len(data) // 2**20, limit=limit // 2**20)
    return data


# The C parser is several times faster on a national dataset; its marks carry
# line numbers just like the pure-Python one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PositionedMap(dict):
    """A mapping that remembers where it starts and where each of its values is.

    A position is an ``int`` line (YAML) or a string such as ``"lankar!C12"``
    (a workbook cell); problems print either as ``file:position``.

    Examples
    --------
    >>> m = PositionedMap({"id": "a"}, line="aktorer!A2", value_lines={"id": "aktorer!A2"})
    >>> m["id"], m.line, m.value_lines["id"]
    ('a', 'aktorer!A2', 'aktorer!A2')
    """

    __slots__ = ("line", "value_lines")

    def __init__(self, items: Any = (), line: int | str = 0, value_lines: dict | None = None):
        super().__init__(items)
        self.line = line
        self.value_lines = dict(value_lines or {})


class PositionedList(list):
    """A list that remembers where it starts and where each of its items is.

    Examples
    --------
    >>> seq = PositionedList(["a", "b"], line=4, item_lines=[4, 5])
    >>> seq.item_lines[1]
    5
    """

    __slots__ = ("line", "item_lines")

    def __init__(self, items: Any = (), line: int | str = 0, item_lines: list | None = None):
        super().__init__(items)
        self.line = line
        self.item_lines = list(item_lines or [])


class _Invalid:
    """The value of something already reported (an undefined alias): checks skip it silently."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


#: Stands for a value that is already reported; checks must not report it again.
INVALID = _Invalid()


class _Int(int):
    """A number from YAML that remembers how it was written (``2024``, ``+3``)."""

    written: str


class _Float(float):
    """A decimal number from YAML that remembers how it was written (``1.10``)."""

    written: str


def written(value: Any) -> str:
    """The text of a value as the user wrote it: numbers keep their digits.

    Examples
    --------
    >>> written(3), written("a")
    ('3', 'a')
    """
    return getattr(value, "written", None) or str(value)


_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_DECIMAL = re.compile(r"[-+]?(0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?(0|[1-9][0-9]*)?\.[0-9]+([eE][-+]?[0-9]+)?\Z|[-+]?(0|[1-9][0-9]*)[eE][-+]?[0-9]+\Z")


def _plain(value: str) -> Any:
    """Resolve a plain (unquoted) scalar: null, true/false, a decimal number, or text."""
    if value in _NULLS:
        return None
    if value in _BOOLS:
        return _BOOLS[value]
    first = value[0]
    if first.isdigit() or first in "+-.":
        if _DECIMAL.match(value):
            number = _Int(value)
            number.written = value
            return number
        if _FLOAT.match(value):
            decimal = _Float(value)
            decimal.written = value
            return decimal
    return value


class _Reader:
    """Collects problems while reading one file."""

    def __init__(self, display: str, problems: list[Problem], lang: str):
        self.display = display
        self.problems = problems
        self.lang = lang

    def problem(self, line: int | str, path: str, code: str, key: str, /, **values: Any) -> None:
        if getattr(self.problems, "full", False):
            # Past the cap only the count matters: skip building the message.
            self.problems.omitted += 1
            return
        self.problems.append(Problem(self.display, line, path, code, text("loader." + key, self.lang, **values)))


_NO_KEY = object()


class _Builder:
    """Turns a stream of parser events into positioned values, reporting keys twice, tags and aliases.

    Building from events rather than from PyYAML's node graph skips its
    Python-level composer, resolver and constructor: faster on a national
    dataset, and nothing is ever constructed from a tag. Each open mapping or
    list is a frame ``[container, path, pending key, its line, first line of
    each key, anchor]``.
    """

    def __init__(self, reader: _Reader, entry_keys: dict[str, frozenset[str]] | None = None):
        self.reader = reader
        self.entry_keys = entry_keys or {}
        self.certain = 0  # problems sure to come: unknown keys in the sections' entries
        self.stack: list[list] = []
        self.anchors: dict[str, Any] = {}
        self.root: Any = None
        self.aliases = 0

    def attach(self, value: Any, line: int) -> None:
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        container = frame[0]
        if isinstance(container, PositionedList):
            container.append(value)
            container.item_lines.append(line)
            return
        if frame[2] is _NO_KEY:
            if isinstance(value, (dict, list)) or value is INVALID:
                self.reader.problem(line, frame[1], "wrong-type", "key-not-word")
                value = f"?{line}"
            frame[2], frame[3] = written(value) if value is not None else "", line
            return
        key, key_line = frame[2], frame[3]
        frame[2] = _NO_KEY
        path = f"{frame[1]}.{key}" if frame[1] else key
        first = frame[4]
        if key in first:
            self.reader.problem(key_line, path, "duplicate-key", "duplicate-key", key=quote(key), first=first[key])
            return
        first[key] = key_line
        container[key] = value
        container.value_lines[key] = line

    def child_path(self) -> str:
        if not self.stack:
            return ""
        frame = self.stack[-1]
        if isinstance(frame[0], PositionedList):
            return f"{frame[1]}[{len(frame[0])}]"
        if frame[2] is _NO_KEY:
            return frame[1]
        return f"{frame[1]}.{frame[2]}" if frame[1] else frame[2]

    def check_tag(self, event: Any) -> None:
        if event.tag not in (None, "!"):
            # The parser expands `!!int` to `tag:yaml.org,2002:int`; show it as the user typed it.
            shown = "!!" + event.tag[len(_YAML_TAG_PREFIX) :] if event.tag.startswith(_YAML_TAG_PREFIX) else event.tag
            self.reader.problem(event.start_mark.line + 1, self.child_path(), "yaml-tag", "yaml-tag", tag=quote(shown))

    def run(self, events: Any) -> Any:
        documents = 0
        for event in events:
            kind = type(event)
            if kind is yaml.ScalarEvent:
                self.check_tag(event)
                # Quoted, block (| >) and tagged scalars are text; only plain ones are resolved.
                value = _plain(event.value) if event.implicit[0] and event.tag is None else event.value
                if len(event.value) > MAX_SCALAR_CHARS:
                    line = event.start_mark.line + 1
                    self.reader.problem(
                        line, self.child_path(), "too-large", "too-long", n=len(event.value), limit=MAX_SCALAR_CHARS
                    )
                    value = INVALID
                if event.anchor:
                    self.anchors[event.anchor] = value
                self.attach(value, event.start_mark.line + 1)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                self.check_tag(event)
                line = event.start_mark.line + 1
                if len(self.stack) >= MAX_DEPTH:
                    # Nothing in the format nests this deep; stop before the stack does.
                    self.reader.problem(line, self.child_path(), "too-large", "too-deep", limit=MAX_DEPTH)
                    return None
                container = PositionedMap(line=line) if kind is yaml.MappingStartEvent else PositionedList(line=line)
                self.stack.append([container, self.child_path(), _NO_KEY, 0, {}, event.anchor])
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = self.stack.pop()
                if frame[5]:
                    self.anchors[frame[5]] = frame[0]
                self.attach(frame[0], frame[0].line)
                if len(self.stack) == 2 and self.entry_keys and self.hopeless(frame[0]):
                    # What was read is checked (its first problems are worth listing); the rest is not read.
                    section = self.stack.pop()
                    self.attach(section[0], section[0].line)
                    return self.stack[0][0]
            elif kind is yaml.AliasEvent:
                self.aliases += 1
                if self.aliases > MAX_ALIASES:
                    line = event.start_mark.line + 1
                    self.reader.problem(line, self.child_path(), "too-large", "too-many-aliases", limit=MAX_ALIASES)
                    return None
                self.alias(event)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    self.reader.problem(event.start_mark.line + 1, "", "yaml-syntax", "several-documents")
                    return None
        return self.root

    def hopeless(self, entry: Any) -> bool:
        """True (and reported) once the entries read so far hold more unknown keys than are ever listed.

        Such a file is not a mapping with typos but something else (50 MB of
        junk): reading the rest would only count more of the same.
        """
        allowed = self.entry_keys.get(self.stack[0][2]) if isinstance(self.stack[0][2], str) else None
        if allowed is None or not isinstance(entry, dict):
            return False
        self.certain += sum(1 for key in entry if key not in allowed)
        if self.certain <= MAX_KEPT:
            return False
        # On the whole file, so it is listed first, above the problems of what was read.
        self.reader.problem(0, "", "too-large", "hopeless", limit=MAX_KEPT, line=entry.line)
        return True

    def alias(self, event: Any) -> None:
        line = event.start_mark.line + 1
        if event.anchor in self.anchors:
            self.attach(self.anchors[event.anchor], line)
        else:
            self.reader.problem(line, self.child_path(), "undefined-alias", "undefined-alias", name=quote(event.anchor))
            self.attach(INVALID, line)


def _indent_has_tab(line_text: str) -> bool:
    indent = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
    return "\t" in indent and bool(line_text.strip())


def _syntax_problem(reader: _Reader, text: str, exc: yaml.MarkedYAMLError) -> None:
    """Report a parse error; a tab in the indentation from that line on is the usual cause."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 0
    lines = text.splitlines()
    # Lines before the error parsed, so a tab there is content (of a block scalar);
    # from the error line on, tab-indented lines are what the parser choked on.
    tabbed = [n for n in range(max(line, 1), len(lines) + 1) if _indent_has_tab(lines[n - 1])]
    if line and tabbed and tabbed[0] == line:
        for number in tabbed:
            reader.problem(number, "", "tab", "tab")
        return
    what = exc.problem or exc.context or "invalid YAML"
    column = mark.column + 1 if mark else 0
    # A non-breaking space after "key:" (typed with Alt+Space, pasted from Word) makes
    # the parser fail a line later; name the line that holds it.
    nbsp = [n for n in range(min(line, len(lines)), max(line - 3, 0), -1) if ":\xa0" in lines[n - 1]]
    if nbsp:
        reader.problem(nbsp[0], "", "yaml-syntax", "nbsp", column=lines[nbsp[0] - 1].index(":\xa0") + 2)
    elif "mapping values are not allowed" in what:
        reader.problem(line, "", "yaml-syntax", "colon-in-value", column=column)
    else:
        reader.problem(line, "", "yaml-syntax", "yaml-syntax", what=what, column=column)


def _events(text: str) -> Any:
    """The parser's events, one call each (``yaml.parse`` makes two: ``check_event``, ``get_event``).

    Both parsers, libyaml's and PyYAML's own, answer None after the stream's end.
    """
    loader = _Loader(text)
    try:
        yield from iter(loader.get_event, None)
    finally:
        loader.dispose()


def read_yaml(
    path: Path,
    display: str,
    problems: list[Problem],
    *,
    lang: str = "sv",
    entry_keys: dict[str, frozenset[str]] | None = None,
) -> Any:
    """Read one YAML file into positioned Python values, appending any problem to ``problems``.

    Returns ``None`` when the file cannot be read at all (the reason is in ``problems``).

    Parameters
    ----------
    path : pathlib.Path
        The file to read.
    display : str
        How to name the file in problems, as the user typed it (``data/links.yaml``).
    problems : list of Problem
        Problems found are appended here.
    lang : {"sv", "en"}
        Language of the messages.
    entry_keys : dict, optional
        Section name to the keys its entries may have. Reading stops, with one
        ``too-large`` problem, once the entries read hold more unknown keys than
        :data:`~samnet.errors.MAX_KEPT`.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.yaml"
    >>> _ = p.write_text("a: 1\\na: 2\\n")
    >>> found = []
    >>> read_yaml(p, "x.yaml", found, lang="en")
    {'a': 1}
    >>> print(found[0])
    x.yaml:2: a: duplicate-key: key "a" appears twice in this entry (first on line 1); remove one of them
    """
    reader = _Reader(display, problems, lang)
    try:
        raw = read_bounded(path)
    except FileRefused as exc:
        reader.problem(0, "", "too-large" if exc.key == "too-large" else "missing-file", exc.key, **exc.fields)
        return None
    except FileNotFoundError:
        reader.problem(0, "", "missing-file", "missing-file")
        return None
    except OSError as exc:
        reader.problem(0, "", "missing-file", "unreadable", reason=exc.strerror or str(exc))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        reader.problem(line, "", "encoding", "encoding", byte=f"0x{raw[exc.start]:02x}")
        return None
    before = len(problems)
    try:
        document = _Builder(reader, entry_keys).run(_events(text))
    except yaml.MarkedYAMLError as exc:
        _syntax_problem(reader, text, exc)
        return None
    except yaml.reader.ReaderError as exc:
        # A control character (NUL, ESC, BEL) raw in the file: YAML forbids them.
        before_char = text[: exc.position]
        line = before_char.count("\n") + 1
        column = exc.position - (before_char.rfind("\n") + 1) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        reader.problem(line, "", "yaml-syntax", "control-character", char=f"U+{ord(char):04X}", column=column)
        return None
    except yaml.YAMLError as exc:  # pragma: no cover - errors without a mark
        reader.problem(0, "", "yaml-syntax", "yaml-syntax", what=str(exc).splitlines()[0], column=0)
        return None
    # No value and no problem of its own: the file holds nothing but comments or blanks.
    if document is None and len(problems) == before:
        reader.problem(1, "", "empty-file", "empty-file")
    return document


def near_miss(folder: Path, wanted: str) -> str | None:
    """A file next to ``wanted`` that is probably it under another name (``links.yml``, ``Actors.yaml``).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "links.yaml.txt").write_text("links: []")
    >>> near_miss(d, "links.yaml")
    'links.yaml.txt'
    """
    stem = wanted.rsplit(".", 1)[0].casefold()
    variants = {f"{stem}.{ext}" for ext in ("yaml", "yml", "yaml.txt", "yml.txt", "txt")}
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_file())
    except OSError:
        return None
    for name in names:
        if name != wanted and name.strip().casefold() in variants:
            return name
    return None
