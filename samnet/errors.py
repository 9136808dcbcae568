"""The exception hierarchy: everything samnet raises on purpose is a :class:`SamnetError`.

The command line turns a :class:`DataError` into exit status 1 and a
:class:`UsageError` into exit status 2, printing the message without a
traceback (unless ``--debug``).

Text that comes from the user's data reaches the terminal only through
:func:`quote` (escaped and clipped) or :meth:`Problem.__str__` (which escapes
any control character left), so a value can neither forge a problem line nor
send terminal control sequences.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

from samnet.texts.catalogue import LANGS, text

__all__ = [
    "SamnetError",
    "DataError",
    "UsageError",
    "check_lang",
    "refuse_overwrite",
    "exists_error",
    "OutputError",
    "Problem",
    "quote",
    "escape",
    "MAX_LISTED",
    "MAX_KEPT",
    "ProblemList",
    "count_line",
]

#: At most this many problems are listed; the rest are counted on one line.
MAX_LISTED = 200

#: At most this many problems are kept in memory; beyond it they are only counted.
MAX_KEPT = 10_000

#: Quoted values longer than this are clipped.
QUOTE_LIMIT = 80

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0", "\\": "\\\\", '"': '\\"'}


def _escape_char(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


# Anything that is not printable text: C0/C1 controls (ESC, BEL, NUL), line and
# paragraph separators, bidi overrides and other format characters.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def escape(text: str) -> str:
    """Replace every control or format character in ``text`` by a visible escape.

    Examples
    --------
    >>> escape("a\\nb\\x1b[31m")
    'a\\\\nb\\\\x1b[31m'
    """
    return _UNSAFE.sub(lambda m: _escape_char(m.group()), text)


def quote(value: Any, limit: int = QUOTE_LIMIT) -> str:
    """Quote a value from the data for a message: in double quotes, escaped, clipped to ``limit``.

    Examples
    --------
    >>> quote("polisen")
    '"polisen"'
    >>> quote('a"b\\n')
    '"a\\\\"b\\\\n"'
    >>> quote("x" * 100)[-6:]
    'xxxx…"'
    """
    text = value if isinstance(value, str) else str(value)
    clipped = len(text) > limit
    if clipped:
        text = text[:limit]
    body = "".join(_escape_char(c) if c in _ESCAPES else c for c in text)
    body = escape(body)
    return f'"{body}…"' if clipped else f'"{body}"'


def _group_digits(n: int, lang: str) -> str:
    # Swedish groups thousands with a space, English with a comma.
    return f"{n:,}".replace(",", text("problems.thousands", lang))


def count_line(n: int, lang: str = "sv") -> str:
    """The last line under a list of problems.

    Examples
    --------
    >>> count_line(1), count_line(2, "en"), count_line(1200)
    ('1 problem hittades', '2 problems found', '1 200 problem hittades')
    """
    return text("problems.found_one" if n == 1 else "problems.found", lang, n=_group_digits(n, lang))


#: The data sheets of a samnet workbook, in the order ``samnet template`` writes them.
_SHEET_ORDER = ("kommuner", "aktorer", "lankar", "forum", "kalla")


def _plain(name: str) -> str:
    """A sheet name without case or accents: ``Länkar`` and the old ``lankar`` sort alike."""
    import unicodedata  # only when problems in a workbook are sorted, not at start-up

    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _position_key(line: int | str) -> tuple:
    """Sort lines as numbers and cells such as ``lankar!C12`` by sheet, row, column."""
    if isinstance(line, int):
        return (0, line)
    cell = re.fullmatch(r"(?P<sheet>.*)!(?P<column>[A-Z]+)(?P<row>\d+)", line)
    if cell is None:
        parts = re.split(r"(\d+)", line)
        return (2, tuple(int(p) if p.isdigit() else p for p in parts))
    # A reader goes down the sheet row by row, so B2 comes before A3.
    column = 0
    for letter in cell["column"]:
        column = column * 26 + ord(letter) - ord("A") + 1
    # Sheets in the workbook's order (kommuner before aktorer), not alphabetically.
    sheet = _plain(cell["sheet"])
    rank = _SHEET_ORDER.index(sheet) if sheet in _SHEET_ORDER else len(_SHEET_ORDER)
    return (1, rank, cell["sheet"], int(cell["row"]), column)


@dataclass(frozen=True)
class Problem:
    """One problem found in the user's data, with its position.

    Parameters
    ----------
    file : str
        The file as the user named it, e.g. ``data/links.yaml``.
    line : int or str
        Where in the file: a 1-based line number (0 when the whole file is
        concerned), or a cell such as ``"lankar!C12"`` in a workbook.
    path : str
        Where in the document, e.g. ``links[3].target``; empty for the whole file.
    code : str
        A stable, documented error code such as ``unknown-actor``.
    message : str
        What is wrong, in words a non-programmer can act on.

    Examples
    --------
    >>> str(Problem("data/links.yaml", 42, "links[3].target", "unknown-actor",
    ...             '"x" finns inte i data/actors.yaml'))
    'data/links.yaml:42: links[3].target: unknown-actor: "x" finns inte i data/actors.yaml'
    >>> str(Problem("k.xlsx", "lankar!C12", "lankar[10].target", "unknown-actor", "..."))
    'k.xlsx:lankar!C12: lankar[10].target: unknown-actor: ...'
    """

    file: str
    line: int | str
    path: str
    code: str
    message: str

    @property
    def position(self) -> int | str:
        """The line number or cell; the same as :attr:`line`."""
        return self.line

    def sort_key(self) -> tuple:
        """File, then position in reading order, then path and code."""
        return (self.file, _position_key(self.line), self.path, self.code, self.message)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.path:
            # A path holds the user's keys; a 100 kB key must not make a 100 kB line.
            path = self.path if len(self.path) <= 2 * QUOTE_LIMIT else self.path[: 2 * QUOTE_LIMIT] + "…"
            text = f"{where}: {path}: {self.code}: {self.message}"
        else:
            text = f"{where}: {self.code}: {self.message}"
        # The last line of defence: one problem is always exactly one line.
        return escape(text)


class ProblemList(list):
    """A list of problems that keeps the first :data:`MAX_KEPT` and counts the rest in :attr:`omitted`.

    Examples
    --------
    >>> found = ProblemList(cap=1)
    >>> for n in (1, 2, 3):
    ...     found.append(Problem("a.yaml", n, "", "tab", "..."))
    >>> len(found), found.omitted, found.total
    (1, 2, 3)
    """

    def __init__(self, items: Any = (), cap: int = MAX_KEPT):
        super().__init__(items)
        self.cap = cap
        self.omitted = 0

    @property
    def full(self) -> bool:
        """True once the cap is reached: further problems are only counted."""
        return len(self) >= self.cap

    @property
    def total(self) -> int:
        """Every problem appended, kept or not."""
        return len(self) + self.omitted

    def append(self, problem: Problem) -> None:
        if len(self) < self.cap:
            super().append(problem)
        else:
            self.omitted += 1


class SamnetError(Exception):
    """Base class of every error samnet raises on purpose."""

    exit_code = 1


class DataError(SamnetError):
    """The user's data has problems; :attr:`problems` lists them (at most :data:`MAX_LISTED`).

    Parameters
    ----------
    problems : list of Problem
        The problems found.
    lang : {"sv", "en"}
        Language of the count line.
    omitted : int
        Problems found but not kept (past the collection cap); they are counted.

    Examples
    --------
    >>> err = DataError([Problem("a.yaml", 1, "", "empty-file", "filen är tom")])
    >>> print(err)
    a.yaml:1: empty-file: filen är tom
    1 problem hittades
    >>> print(DataError([Problem("a.yaml", 1, "", "empty-file", "the file is empty")], lang="en"))
    a.yaml:1: empty-file: the file is empty
    1 problem found
    """

    exit_code = 1

    def __init__(self, problems: list[Problem], *, lang: str = "sv", omitted: int | None = None):
        if omitted is None:
            omitted = getattr(problems, "omitted", 0)
        ordered = sorted(problems, key=Problem.sort_key)
        self.total = len(ordered) + omitted
        self.problems = ordered[:MAX_LISTED]
        self.lang = lang
        super().__init__(self._render())

    def _render(self) -> str:
        lines = [str(p) for p in self.problems]
        rest = self.total - len(self.problems)
        if rest:
            more = _group_digits(rest, self.lang)
            lines.append(text("problems.more", self.lang, n=more))
        lines.append(count_line(self.total, self.lang))
        return "\n".join(lines)


class UsageError(SamnetError):
    """The command was called in a way that cannot work (unknown kommun, bad option value).

    The message is the catalogue text ``key`` (:mod:`samnet.texts`) with ``fields`` filled
    in: Swedish as the exception's text, either language with :meth:`in_language` (the
    command line shows it in the language of ``--lang``). A field whose words depend on
    the language is given as a function of the language.

    Examples
    --------
    >>> err = UsageError("usage.both_data_and_example")
    >>> str(err), err.in_language("en")
    ('ange antingen --data eller --example, inte båda', 'give either --data or --example, not both')
    >>> UsageError("usage.unknown_language", value=quote("fi")).in_language("en")
    'unknown language "fi"; choose sv or en'
    """

    exit_code = 2

    def __init__(self, key: str, /, **fields: Any):
        self.key = key
        self.fields = fields
        super().__init__(self.in_language("sv"))

    def in_language(self, lang: str) -> str:
        """The message in ``lang`` (``"sv"`` or ``"en"``)."""
        values = {name: value(lang) if callable(value) else value for name, value in self.fields.items()}
        return text(self.key, lang, **values)


def check_lang(lang: str) -> str:
    """The one language check: return ``lang`` if samnet writes it, else raise.

    Raises
    ------
    UsageError
        For anything but ``"sv"`` and ``"en"``.

    Examples
    --------
    >>> check_lang("en")
    'en'
    >>> check_lang("fi")
    Traceback (most recent call last):
    ...
    samnet.errors.UsageError: okänt språk "fi"; välj sv eller en
    """
    if lang not in LANGS:
        raise UsageError("usage.unknown_language", value=quote(lang))
    return lang


class OutputError(SamnetError):
    """An output file or folder could not be written."""

    exit_code = 1


def refuse_overwrite(files: dict, force: bool | None) -> None:
    """Stop early before replacing a user's file; ``force`` None means the command has no --force.

    :func:`samnet.write.commit.write_files` checks again under the folder lock: this early look only saves
    the work of building files that could not be written.

    Examples
    --------
    >>> refuse_overwrite({}, force=False)
    """
    existing = sorted(str(p) for p in files if os.path.exists(p))
    if existing and not force:
        raise exists_error(existing[0], force)


def exists_error(path: str, force: bool | None) -> UsageError:
    """The usage error for a file that exists: choose another folder, or give ``--force``.

    Examples
    --------
    >>> exists_error("ut", None).in_language("en")
    'ut already exists; choose another folder'
    """
    if force is None:
        return UsageError("usage.exists_choose_another", path=path)
    return UsageError("usage.exists_use_force", path=path)
