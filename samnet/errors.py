"""The exception hierarchy: everything samnet raises on purpose is a :class:`SamnetError`.

The command line turns a :class:`DataError` into exit status 1 and a
:class:`UsageError` into exit status 2, printing the message without a
traceback (unless ``--debug``).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SamnetError", "DataError", "UsageError", "OutputError", "Problem"]


@dataclass(frozen=True, order=True)
class Problem:
    """One problem found in the user's data, with its position.

    Parameters
    ----------
    file : str
        The file as the user named it, e.g. ``data/links.yaml``.
    line : int
        1-based line number (0 when the whole file is concerned).
    path : str
        Where in the document, e.g. ``links[3].target``; empty for the whole file.
    code : str
        A stable, documented error code such as ``unknown-actor``.
    message : str
        What is wrong, in words a non-programmer can act on.

    Examples
    --------
    >>> str(Problem("data/links.yaml", 42, "links[3].target", "unknown-actor",
    ...             '"x" is not defined in data/actors.yaml'))
    'data/links.yaml:42: links[3].target: unknown-actor: "x" is not defined in data/actors.yaml'
    """

    file: str
    line: int
    path: str
    code: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.path:
            return f"{where}: {self.path}: {self.code}: {self.message}"
        return f"{where}: {self.code}: {self.message}"


class SamnetError(Exception):
    """Base class of every error samnet raises on purpose."""

    exit_code = 1


class DataError(SamnetError):
    """The user's data has problems; :attr:`problems` lists every one of them.

    Examples
    --------
    >>> err = DataError([Problem("a.yaml", 1, "", "empty-file", "the file is empty")])
    >>> print(err)
    a.yaml:1: empty-file: the file is empty
    1 problem found
    """

    exit_code = 1

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.path, p.code, p.message))
        super().__init__(self._render())

    def _render(self) -> str:
        n = len(self.problems)
        lines = [str(p) for p in self.problems]
        lines.append(f"{n} problem{'s' if n != 1 else ''} found")
        return "\n".join(lines)


class UsageError(SamnetError):
    """The command was called in a way that cannot work (unknown kommun, bad option value)."""

    exit_code = 2


class OutputError(SamnetError):
    """An output file or folder could not be written."""

    exit_code = 1
