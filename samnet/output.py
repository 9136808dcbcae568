"""Write output files so that a failed run never leaves a half-written or emptied file.

Every file is first written in full to a temporary file in the same folder,
then renamed over the target: a rename within one file system is atomic, so
a reader sees the old file or the new one, never a mix. :func:`write_files`
renders nothing itself: callers build every text first, so an error while
computing leaves all earlier outputs untouched.

Examples
--------
>>> import pathlib, tempfile
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> write_files({out / "a" / "x.txt": "hej"})
[PosixPath('...x.txt')]
>>> (out / "a" / "x.txt").read_text(encoding="utf-8")
'hej'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from samnet.errors import OutputError

__all__ = ["write_atomic", "write_files"]


def write_atomic(path: str | os.PathLike[str], content: str | bytes) -> Path:
    """Write ``content`` to ``path`` through a temporary file and a rename.

    Text is written as UTF-8 whatever the locale, with ``\\n`` line endings,
    so the same input gives the same bytes on every machine.

    Parameters
    ----------
    path : str or path-like
        The file to create or replace; its folder is created if needed.
    content : str or bytes

    Returns
    -------
    pathlib.Path

    Raises
    ------
    OutputError
        When the folder cannot be created or the file cannot be written.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = write_atomic(pathlib.Path(tempfile.mkdtemp()) / "r.md", "# Rapport\\n")
    >>> p.read_bytes()
    b'# Rapport\\n'
    """
    target = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp creates files readable by the owner only; outputs are meant to be shared.
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, target)
    except OSError as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target


def write_files(files: Mapping[str | os.PathLike[str], str | bytes]) -> list[Path]:
    """Write several files atomically, in sorted path order; return their paths.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in write_files({d / "b.txt": "2", d / "a.txt": "1"})]
    ['a.txt', 'b.txt']
    """
    return [write_atomic(path, files[path]) for path in sorted(files, key=lambda p: str(p))]
