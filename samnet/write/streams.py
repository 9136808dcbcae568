"""Terminal streams that cannot crash on a character: narrow Windows code pages get plain ASCII.

Examples
--------
>>> "→".encode("cp850", "samnet-plain")
b'->'
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterable

__all__ = ["configure_streams", "print_pieces"]


# Characters samnet prints that some Windows code pages (cp850, cp437) lack.
_PLAIN = {
    "→": "->",
    "←": "<-",
    "↔": "<->",
    "…": "...",
    "–": "-",
    "—": "--",
    "−": "-",
    "≥": ">=",
    "≤": "<=",
    "≠": "!=",
    "×": "x",
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
}


def _plain_replacement(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_PLAIN.get(ch, "?") for ch in bad), error.end


codecs.register_error("samnet-plain", _plain_replacement)


def configure_streams(streams: Iterable[object] | None = None) -> None:
    """Make text streams (default: stdout and stderr) unable to crash on a character.

    A stream whose encoding holds the Swedish letters (cp1252, cp850, UTF-8)
    keeps it, so a program reading redirected output gets what it expects;
    characters it lacks become plain ASCII (``→`` as ``->``, ``…`` as
    ``...``, others ``?``). A stream that cannot even hold å, ä and ö (ASCII)
    is switched to UTF-8.

    Examples
    --------
    >>> import io
    >>> stream = io.TextIOWrapper(io.BytesIO(), encoding="cp850")
    >>> configure_streams([stream])
    >>> _ = stream.write("Ljusdal → Sandviken … 5 ≥ 3 ∑"); stream.flush()
    >>> stream.buffer.getvalue().decode("cp850")
    'Ljusdal -> Sandviken ... 5 >= 3 ?'
    """
    for stream in (sys.stdout, sys.stderr) if streams is None else streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue  # not a text file (None under pythonw, a test's capture object)
        try:
            "åäöÅÄÖé".encode(getattr(stream, "encoding", None) or "ascii")
        except (UnicodeError, LookupError):
            reconfigure(encoding="utf-8", errors="samnet-plain")
        else:
            reconfigure(errors="samnet-plain")


def print_pieces(pieces: Iterable[str], stream=None) -> None:
    """Write text to stdout piece by piece as it is made; a reader that stops early (``head``) ends it quietly.

    Examples
    --------
    >>> print_pieces(["{", "}\\n"])
    {}
    """
    stream = stream or sys.stdout
    try:
        for piece in pieces:
            stream.write(piece)
        stream.flush()
    except BrokenPipeError:
        # The reader has what it wanted: the rest would go nowhere, and Python's own
        # flush at exit must not fail on the closed pipe either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
