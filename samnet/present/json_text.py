"""Indented JSON text, byte for byte what ``json.dumps(..., indent=2, ensure_ascii=False)`` writes, fast.

The standard library's C encoder only runs without ``indent``; with ``indent=2`` every
value goes through a chain of Python generators. :func:`dumps` has orjson (Rust) write
the text, which spells everything as the standard library does (escapes with
``ensure_ascii=False``, ``": "`` and ``","``, two-space indent, keys sorted by code
point, ``str``/``int``/``dict`` subclasses as their base type) except floats below
1e-4 (``0.00001`` and ``2.5e-7`` where Python writes ``1e-05`` and ``2.5e-07``): those
few numbers, always the last thing on their line, are written again with
``float.__repr__``. Where orjson refuses (keys that are not strings, integers beyond
64 bits, nesting deeper than 255, no orjson) one walk in Python writes the text the
way ``json.dumps`` does, with the C string escaper and the C encoder for containers
of scalars.

The differences from ``json.dumps``: NaN and ±Infinity, which are not JSON and which
no samnet figure takes, are written ``null`` (``NaN``/``Infinity`` on the Python
walk); a container that contains itself raises ``TypeError`` or ``RecursionError``
instead of ``ValueError``.

Examples
--------
>>> import json
>>> data = {"b": [1, 2.5, None, True], "å": {"x": 1e-05, 3: ()}}
>>> dumps(data, sort_keys=False) == json.dumps(data, indent=2, ensure_ascii=False)
True
>>> print(dumps({"b": 2.5e-07, "a": "\\n"}))
{
  "a": "\\n",
  "b": 2.5e-07
}
"""

from __future__ import annotations

import re
from json.encoder import c_make_encoder as _c_make_encoder
from json.encoder import encode_basestring as _escape_text

__all__ = ["dumps", "python_dumps"]

_float_repr = float.__repr__
_int_repr = int.__repr__
_INF = float("inf")


def _float_text(value: float) -> str:
    if value != value:
        return "NaN"
    if value == _INF:
        return "Infinity"
    if value == -_INF:
        return "-Infinity"
    return _float_repr(value)


#: Values the C encoder writes exactly as the standard library's Python encoder does.
_SCALARS = frozenset((str, int, float, bool, type(None)))


def _refuse(value):
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _leaf_encoder(depth: int, sort_keys: bool):
    """The C encoder for a container of scalars at ``depth``: one item per line, indented."""
    separator = ",\n" + "  " * (depth + 1)
    return _c_make_encoder(None, _refuse, _escape_text, None, ": ", separator, sort_keys, False, True)


def _key_text(key) -> str:
    # The standard library's order of tests, so that bools become true/false, not 1/0.
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float_text(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return _int_repr(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def dumps(obj, *, sort_keys: bool = True, default=None) -> str:
    """``json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=sort_keys, default=default)``, faster.

    ``default`` is called, as by ``json.dumps``, for every value that is not a str,
    int, float, bool, None, list, tuple or dict (dataclasses and dates included).

    Examples
    --------
    >>> dumps([])
    '[]'
    >>> print(dumps({"k": (1, -0.0, 10**20)}))
    {
      "k": [
        1,
        -0.0,
        100000000000000000000
      ]
    }
    """
    text = _rust_dumps(obj, sort_keys, default)
    return text if text is not None else python_dumps(obj, sort_keys=sort_keys, default=default)


def python_dumps(obj, *, sort_keys: bool = True, default=None) -> str:
    """:func:`dumps` by one walk in Python, NaN and ±Infinity spelled as ``json.dumps`` does.

    Examples
    --------
    >>> python_dumps([float("nan")]) == dumps([float("nan")]).replace("null", "NaN")
    True
    """
    writer = _Writer(sort_keys, default)
    writer.encode(obj, 0)
    return "".join(writer.parts)


#: The ends of orjson's spellings of floats below 1e-4 that Python spells otherwise
#: (``2.5e-7``, ``0.00001``), last on their line: a string's line ends in a quote.
_SMALL_FLOATS = (re.compile(rb"e-[0-9]+(?=,?\n)"), re.compile(rb"0\.0000[0-9]+(?=,?\n)"))


def _rust_dumps(obj, sort_keys: bool, default) -> str | None:
    """The text from orjson with Python's spelling of small floats, or None where orjson refuses."""
    try:
        import orjson
    except ImportError:  # pragma: no cover - orjson is a dependency; the Python walk stands in
        return None
    option = orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
    if sort_keys:
        option |= orjson.OPT_SORT_KEYS
    try:
        raw = orjson.dumps(obj, default=default, option=option) + b"\n"
    except orjson.JSONEncodeError:
        return None
    spans = sorted(
        (raw.rfind(b" ", 0, found.start()) + 1, found.end())
        for pattern in _SMALL_FLOATS
        for found in pattern.finditer(raw)
    )
    if spans:
        parts, last = [], 0
        for start, end in spans:
            # A top-level number has no space before it: rfind gives -1, start 0.
            parts += [raw[last:start], _float_repr(float(raw[start:end])).encode()]
            last = end
        raw = b"".join([*parts, raw[last:]])
    return raw[:-1].decode()


class _Writer:
    """One text being written: its parts, the indents and C leaf encoders made so far."""

    def __init__(self, sort_keys: bool, default) -> None:
        self.parts: list[str] = []
        self.append = self.parts.append
        self.sort_keys = sort_keys
        self.default = default
        self.indents = ["\n" + "  " * i for i in range(32)]
        self.leaf_encoders: dict[int, tuple] = {}
        self.scalars = _SCALARS if _c_make_encoder is not None else frozenset()

    def indent(self, depth: int) -> str:
        indents = self.indents
        while depth >= len(indents):
            indents.append("\n" + "  " * len(indents))
        return indents[depth]

    def leaf(self, depth: int) -> tuple:
        # The C encoder for containers of scalars at depth, and the text around its items.
        encoder = self.leaf_encoders.get(depth)
        if encoder is None:
            inner, outer = self.indent(depth + 1), self.indent(depth)
            encoder = (_leaf_encoder(depth, self.sort_keys), "{" + inner, outer + "}", "[" + inner, outer + "]")
            self.leaf_encoders[depth] = encoder
        return encoder

    def scalar(self, value) -> bool:
        # Writes value if it is a JSON scalar (the standard library's order of tests); else False.
        append = self.append
        if isinstance(value, str):
            append(_escape_text(value))
        elif value is None:
            append("null")
        elif value is True:
            append("true")
        elif value is False:
            append("false")
        elif isinstance(value, int):
            append(_int_repr(value))
        elif isinstance(value, float):
            append(_float_text(value))
        else:
            return False
        return True

    def encode(self, value, depth: int) -> None:
        kind = type(value)
        if kind is str:
            self.append(_escape_text(value))
        elif kind is float:
            self.append(_float_text(value))
        elif kind is int:
            self.append(_int_repr(value))
        elif kind is dict or (kind is not list and kind is not tuple and isinstance(value, dict)):
            self.encode_dict(value, depth)
        elif kind is list or kind is tuple or isinstance(value, (list, tuple)):
            self.encode_list(value, depth)
        elif not self.scalar(value):
            if self.default is None:
                raise TypeError(f"Object of type {kind.__name__} is not JSON serializable")
            self.encode(self.default(value), depth)

    def encode_dict(self, value, depth: int) -> None:
        append = self.append
        if not value:
            append("{}")
            return
        scalars = self.scalars
        for item in value.values():
            if type(item) not in scalars:
                break
        else:
            if type(value) is dict:
                encoder, opening, closing = self.leaf(depth)[:3]
                append(opening)
                append("".join(encoder(value, 0))[1:-1])
                append(closing)
                return
        escape, float_text, int_repr, encode = _escape_text, _float_text, _int_repr, self.encode
        inner = self.indent(depth + 1)
        opening = "{" + inner
        between = "," + inner
        items = sorted(value.items()) if self.sort_keys else value.items()
        first = True
        for key, item in items:
            if type(key) is not str:
                key = _key_text(key)
            append((opening if first else between) + escape(key) + ": ")
            first = False
            kind = type(item)
            if kind is str:
                append(escape(item))
            elif kind is float:
                append(float_text(item))
            elif kind is int:
                append(int_repr(item))
            elif item is None:
                append("null")
            elif item is True:
                append("true")
            elif item is False:
                append("false")
            else:
                encode(item, depth + 1)
        append(self.indent(depth) + "}")

    def encode_list(self, value, depth: int) -> None:
        append = self.append
        if not value:
            append("[]")
            return
        scalars = self.scalars
        for item in value:
            if type(item) not in scalars:
                break
        else:
            if type(value) is list or type(value) is tuple:
                encoder, _, _, opening, closing = self.leaf(depth)
                append(opening)
                append("".join(encoder(value, 0))[1:-1])
                append(closing)
                return
        escape, float_text, int_repr, encode = _escape_text, _float_text, _int_repr, self.encode
        inner = self.indent(depth + 1)
        append("[" + inner)
        between = "," + inner
        first = True
        for item in value:
            if not first:
                append(between)
            first = False
            kind = type(item)
            if kind is str:
                append(escape(item))
            elif kind is float:
                append(float_text(item))
            elif kind is int:
                append(int_repr(item))
            else:
                encode(item, depth + 1)
        append(self.indent(depth) + "]")
