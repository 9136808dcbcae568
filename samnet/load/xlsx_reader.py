"""Read the cells of an ``.xlsx`` workbook with bounded cost, refusing what is unsafe or damaged.

A workbook is a zip of XML parts. This reader streams each part it needs
(the workbook, its relations, the shared strings, the number formats and the
data sheets) through expat, so memory follows the data, not the file:

- every part's unpacked size is checked against :data:`MAX_PART_BYTES` and
  against :data:`MAX_RATIO` times its packed size before a byte is unpacked,
  and the stream stops there if the zip lied about it (a decompression bomb);
- a document type declaration (where entity bombs and external entities
  live) is refused: no Office program writes one;
- one cell's text is kept up to :data:`MAX_CELL_CHARS` + 1 characters (Excel's
  own limit), so a longer value is reported, not held;
- rows that repeat the row above (a fill-down to row 1,048,576) are counted
  by comparing their bytes, without parsing them, and empty rows are skipped
  the same way;
- merged ranges, Excel's error values (``#REF!``) and date formats are kept,
  so the caller can read a merged cell as Excel shows it and report the rest.

Any failure is a :class:`WorkbookUnreadable` naming the part (and sheet), never
a library's exception.

Examples
--------
>>> import io, zipfile
>>> from samnet.write.workbook import template_workbook
>>> book = XlsxBook(io.BytesIO(template_workbook()))
>>> book.sheetnames[:3]
['kommuner', 'aktörer', 'länkar']
>>> book.sheet("kommuner").rows[0][0], book.sheet("kommuner").rows[0][1][:2]
(1, ['id', 'namn'])
"""

from __future__ import annotations

import datetime as _dt
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import IO, Any
from xml.parsers import expat

__all__ = [
    "MAX_CELL_CHARS",
    "MAX_PART_BYTES",
    "MAX_RATIO",
    "ClippedText",
    "column_number",
    "ExcelError",
    "SheetCells",
    "WorkbookUnreadable",
    "XlsxBook",
]

#: Excel holds at most this many characters in one cell.
MAX_CELL_CHARS = 32_767
#: The largest unpacked part read: a sheet of 2,900 kommuner's links is about 150 MB.
MAX_PART_BYTES = 512 * 1024 * 1024
#: Parts over 16 MB that unpack to more than this many times their packed size are refused:
#: spreadsheet XML packs 5 to 200 times; a bomb of whitespace packs 1,000 times.
MAX_RATIO = 400
_RATIO_FLOOR = 16 * 1024 * 1024
_CHUNK = 1 << 20
_LONG_ROW = 4 * _CHUNK
_DATE_IDS = frozenset([*range(14, 23), *range(45, 48)])
_CELL = re.compile(r"([A-Z]{1,3})([0-9]+)\Z")


class WorkbookUnreadable(Exception):
    """The workbook or one of its parts cannot be read; ``key`` names the message, ``fields`` fill it."""

    def __init__(self, key: str, **fields: Any):
        super().__init__(key, fields)
        self.key, self.fields = key, fields


class ClippedText(str):
    """The first characters of a cell's text that is longer than a cell may hold; ``length`` is its real length."""

    length: int


def _text(pieces: list[str], size: int) -> str:
    joined = "".join(pieces)
    if size <= MAX_CELL_CHARS:
        return joined
    clipped = ClippedText(joined)
    clipped.length = size
    return clipped


@dataclass(frozen=True)
class ExcelError:
    """A cell that holds one of Excel's error values, such as ``#REF!`` or ``#N/A``."""

    text: str


@dataclass
class SheetCells:
    """The cells of one sheet: rows in order, as ``(row number, values by column)``.

    ``merged`` holds ranges as ``(first row, first column, last row, last column)``
    (1-based); ``repeats`` holds ``(first row, last row, the row they repeat)``
    for runs of rows identical to the one above, which are not in ``rows``.
    """

    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    repeats: list[tuple[int, int, int]] = field(default_factory=list)


def column_number(letters: str) -> int:
    """``A`` is 1, ``Z`` 26, ``AA`` 27.

    Examples
    --------
    >>> column_number("A"), column_number("AB")
    (1, 28)
    """
    n = 0
    for letter in letters:
        n = n * 26 + ord(letter) - 64
    return n


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


def _no_doctype(*_args: Any) -> None:
    raise WorkbookUnreadable("doctype")


def _parser(start: Any = None, end: Any = None, text: Any = None) -> Any:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _no_doctype
    parser.EntityDeclHandler = _no_doctype
    parser.ExternalEntityRefHandler = _no_doctype
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    if start:
        parser.StartElementHandler = start
    if end:
        parser.EndElementHandler = end
    if text:
        parser.CharacterDataHandler = text
    return parser


class XlsxBook:
    """An open workbook: its sheet names and, on request, the cells of one sheet.

    Parameters
    ----------
    source : path or binary file
        The ``.xlsx`` file.
    """

    def __init__(self, source: Any):
        try:
            self.zip = zipfile.ZipFile(source)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise WorkbookUnreadable("not-xlsx") from exc
        self.names = set(self.zip.namelist())
        main = self._relations("_rels/.rels", "").get("officeDocument") or ["xl/workbook.xml"]
        self.workbook_part = main[0]
        self.sheets, self.date1904 = self._workbook()
        self.sheetnames = [name for name, _part in self.sheets]
        rels = self._relations(self._rels_of(self.workbook_part), posixpath.dirname(self.workbook_part))
        self.strings = self._shared_strings(rels.get("sharedStrings", [None])[0])
        self.date_styles = self._date_styles(rels.get("styles", [None])[0])

    def close(self) -> None:
        self.zip.close()

    # Streaming one part through a parser, with its size bounded.
    def _open(self, part: str) -> IO[bytes]:
        try:
            info = self.zip.getinfo(part)
        except KeyError as exc:
            raise WorkbookUnreadable("missing-part", part=part) from exc
        if info.file_size > MAX_PART_BYTES or (
            info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        ):
            raise WorkbookUnreadable(
                "bomb", part=part, size=info.file_size // 2**20, packed=max(info.compress_size // 2**20, 1)
            )
        try:
            return self.zip.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, ValueError) as exc:
            raise WorkbookUnreadable("damaged", part=part) from exc

    def _chunks(self, part: str):
        with self._open(part) as stream:
            while True:
                try:
                    chunk = stream.read(_CHUNK)
                except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
                    raise WorkbookUnreadable("damaged", part=part) from exc
                if not chunk:
                    return
                yield chunk

    def _parse(self, part: str, parser: Any, chunks: Any = None) -> None:
        try:
            for chunk in chunks if chunks is not None else self._chunks(part):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise WorkbookUnreadable("xml", part=part, line=exc.lineno, column=exc.offset + 1) from exc

    def _rels_of(self, part: str) -> str:
        folder, name = posixpath.split(part)
        return posixpath.join(folder, "_rels", name + ".rels")

    def _relations(self, rels_part: str, base: str) -> dict[str, list[str]]:
        """Relation type (its last word) to target parts; ids are kept under ``id:<rId>``."""
        found: dict[str, list[str]] = {}
        if rels_part not in self.names:
            return found

        def start(name: str, attrs: dict) -> None:
            if _local(name) != "Relationship" or attrs.get("TargetMode") == "External":
                return
            target = attrs.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
            found.setdefault(attrs.get("Type", "").rsplit("/", 1)[-1], []).append(target)
            found["id:" + attrs.get("Id", "")] = [target]

        self._parse(rels_part, _parser(start))
        return found

    def _workbook(self) -> tuple[list[tuple[str, str]], bool]:
        rels = self._relations(self._rels_of(self.workbook_part), posixpath.dirname(self.workbook_part))
        sheets: list[tuple[str, str]] = []
        flags = {"date1904": False}

        def start(name: str, attrs: dict) -> None:
            local = _local(name)
            if local == "sheet":
                rid = next((v for k, v in attrs.items() if _local(k) == "id" and k != "id"), "")
                part = rels.get("id:" + rid, [""])[0]
                sheets.append((attrs.get("name", ""), part))
            elif local == "workbookPr":
                flags["date1904"] = attrs.get("date1904") in ("1", "true")

        self._parse(self.workbook_part, _parser(start))
        return sheets, flags["date1904"]

    def _shared_strings(self, part: str | None) -> list[str]:
        strings: list[str] = []
        if part is None or part not in self.names:
            return strings
        state = {"text": None, "skip": 0, "size": 0}
        pieces: list[str] = []

        def start(name: str, _attrs: dict) -> None:
            local = _local(name)
            if local == "si":
                pieces.clear()
                state["size"] = 0
            elif local == "t" and not state["skip"]:
                state["text"] = True
            elif local == "rPh":
                state["skip"] += 1  # phonetic guide text, not part of the value

        def end(name: str) -> None:
            local = _local(name)
            if local == "si":
                strings.append(_text(pieces, state["size"]))
            elif local == "t":
                state["text"] = None
            elif local == "rPh":
                state["skip"] -= 1

        def text(data: str) -> None:
            if state["text"]:
                if state["size"] <= MAX_CELL_CHARS:
                    pieces.append(data[: MAX_CELL_CHARS + 1 - state["size"]])
                state["size"] += len(data)

        self._parse(part, _parser(start, end, text))
        return strings

    def _date_styles(self, part: str | None) -> frozenset[int]:
        """Indexes of the cell styles whose number format shows a date or a time."""
        if part is None or part not in self.names:
            return frozenset()
        from openpyxl.styles.numbers import is_date_format

        custom: dict[int, str] = {}
        formats: list[int] = []
        depth = {"xfs": False}

        def start(name: str, attrs: dict) -> None:
            local = _local(name)
            if local == "numFmt":
                custom[_int(attrs.get("numFmtId"))] = attrs.get("formatCode", "")
            elif local == "cellXfs":
                depth["xfs"] = True
            elif local == "xf" and depth["xfs"]:
                formats.append(_int(attrs.get("numFmtId")))

        def end(name: str) -> None:
            if _local(name) == "cellXfs":
                depth["xfs"] = False

        self._parse(part, _parser(start, end))
        return frozenset(
            i for i, fmt in enumerate(formats) if fmt in _DATE_IDS or (fmt in custom and is_date_format(custom[fmt]))
        )

    def sheet(self, name: str) -> SheetCells:
        """The cells of the sheet called ``name``."""
        part = dict(self.sheets).get(name, "")
        reader = _SheetReader(self)
        self._parse(part, reader.parser, _RowFilter(reader.cells).feed(self._chunks(part)))
        return reader.cells


def _int(text: Any) -> int:
    try:
        return int(text)
    except (TypeError, ValueError):
        return -1


_ROW = b"<row "
_ROW_NUMBER = re.compile(rb'<row r="([0-9]+)"')
_REF = re.compile(rb'(r="[A-Z]{0,3})([0-9]+)"')  # a row's number, or a cell's reference


def _has_value(row: bytes) -> bool:
    return b"<v>" in row or b"<is>" in row


def _common_prefix(a: bytes, b: bytes) -> int:
    """How many leading bytes ``a`` and ``b`` share (a binary search over whole-block compares)."""
    low, high = 0, min(len(a), len(b))
    left, right = memoryview(a), memoryview(b)
    while low < high:
        middle = (low + high + 1) // 2
        if left[:middle] == right[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


class _RowFilter:
    """Passes a sheet's XML on to the parser, except rows that need no parsing.

    After each row the filter builds what the next rows would be if they
    repeated it (its bytes with only the row number changed) and compares a
    whole block of the sheet with that at once: a fill-down over a million
    rows costs a few byte comparisons per megabyte. A row that differs in
    any way, even only in a style, is parsed. Rows without a value (only a
    style) are skipped; runs of repeated rows with values are recorded in
    :attr:`SheetCells.repeats`.
    """

    def __init__(self, cells: SheetCells):
        self.cells = cells
        self.template: bytes | None = None  # the last row as a format with %d for its number
        self.slots = 0  # how many %d the template holds
        self.next = 0  # the row number a repeat would have next
        self.valued = False  # whether the template row holds a value
        self.run: list[int] | None = None  # [first, last, of] of the current run of repeats
        self.passing = False  # inside a row too long to hold, passed on as it comes

    def feed(self, chunks: Any):
        buffer, started = b"", False
        for chunk in chunks:
            buffer += chunk
            if not started:
                start = buffer.find(_ROW)
                if start < 0:
                    # Keep only what could be the start of "<row ": the prologue may be huge.
                    yield buffer[: -len(_ROW)]
                    buffer = buffer[-len(_ROW) :]
                    continue
                started = True
                yield buffer[:start]  # the prologue, up to the first row
                buffer = buffer[start:]
            out, buffer = self._scan(buffer, final=False)
            yield out
        if not started:
            yield buffer
            return
        rows, end, epilogue = buffer.partition(b"</sheetData>")
        out, rest = self._scan(rows, final=True)
        self._end_run()
        yield out + rest + end + epilogue

    def _scan(self, buffer: bytes, final: bool) -> tuple[bytes, bytes]:
        """Parse-worthy rows at the start of ``buffer`` and what is left (an unfinished row)."""
        out: list[bytes] = []
        position = 0
        if self.passing:
            # The rest of a row too long to hold: it goes to the parser as it comes.
            position = buffer.find(_ROW)
            if position < 0:
                keep = 0 if final else len(_ROW)
                return buffer[: len(buffer) - keep], buffer[len(buffer) - keep :]
            out.append(buffer[:position])
            self.passing = False
        while position < len(buffer):
            position += self._repeats(buffer, position)
            if position >= len(buffer):
                break
            end = buffer.find(_ROW, position + len(_ROW))
            if end < 0:
                if not final and len(buffer) - position <= _LONG_ROW:
                    break
                if not final:
                    self.passing = True
                    self.template = None
                    out.append(buffer[position:])
                    self._end_run()
                    return b"".join(out), b""
                end = len(buffer)
            row = buffer[position:end]
            position = end
            self._end_run()
            self._learn(row)
            if _has_value(row) or b"<v " in row:
                out.append(row)
        return b"".join(out), buffer[position:]

    def _learn(self, row: bytes) -> None:
        match = _ROW_NUMBER.match(row)
        if match is None:
            self.template = None  # a row without a number: read as it is
            return
        number = match.group(1)
        slots = 0

        def slot(ref: re.Match) -> bytes:
            nonlocal slots
            if ref.group(2) != number:
                return ref.group(0)
            slots += 1
            return ref.group(1) + b'%d"'

        template = _REF.sub(slot, row.replace(b"%", b"%%"))
        self.template, self.slots, self.next, self.valued = template, slots, int(number) + 1, _has_value(row)

    def _repeats(self, buffer: bytes, position: int) -> int:
        """How many bytes from ``position`` on are rows repeating the last one; they are recorded."""
        if self.template is None or len(buffer) - position < len(self.template):
            return 0
        first = self.template % ((self.next,) * self.slots)
        if not buffer.startswith(first, position):
            return 0  # the usual case, a row unlike the one above: one comparison
        one = len(first)
        count = (len(buffer) - position) // one
        numbers = range(self.next, self.next + count)
        rows = list(map(self.template.__mod__, zip(*[numbers] * self.slots)))
        expected = b"".join(rows)
        view = memoryview(buffer)[position:]
        if view[: len(expected)] == expected:
            matched, used = count, len(expected)
        else:
            same = _common_prefix(bytes(view[: len(expected)]), expected)
            matched, used = 0, 0
            for row in rows:
                if used + len(row) > same:
                    break
                matched, used = matched + 1, used + len(row)
        if matched:
            if self.valued:
                if self.run is None:
                    self.run = [self.next, self.next, self.next - 1]
                self.run[1] = self.next + matched - 1
            self.next += matched
        return used

    def _end_run(self) -> None:
        if self.run is not None:
            self.cells.repeats.append((self.run[0], self.run[1], self.run[2]))
            self.run = None


class _SheetReader:
    """Expat handlers that collect one sheet's cell values and merged ranges."""

    def __init__(self, book: XlsxBook):
        self.book = book
        self.cells = SheetCells()
        self.row: list[Any] | None = None
        self.ref: tuple[int, int] | None = None
        self.kind = ""
        self.style = -1
        self.text: list[str] | None = None
        self.size = 0
        self.value: list[str] = []
        self.skip = 0
        self.parser = _parser(self.start, self.end, self.data)

    def start(self, name: str, attrs: dict) -> None:
        local = _local(name)
        if local == "c":
            self.ref = self._ref(attrs.get("r"))
            self.kind, self.style = attrs.get("t", "n"), _int(attrs.get("s", 0))
            self.value, self.size = [], 0
        elif local == "row":
            number = _int(attrs.get("r")) if "r" in attrs else (self.cells.rows[-1][0] + 1 if self.cells.rows else 1)
            self.row = []
            self.cells.rows.append((number, self.row))
        elif local in ("v", "t") and self.ref is not None and not self.skip:
            self.text = self.value
        elif local == "rPh":
            self.skip += 1
        elif local == "mergeCell":
            self._merge(attrs.get("ref", ""))

    def end(self, name: str) -> None:
        local = _local(name)
        if local in ("v", "t"):
            self.text = None
        elif local == "rPh":
            self.skip -= 1
        elif local == "c" and self.ref is not None and self.row is not None:
            column = self.ref[1]
            value = self._value(_text(self.value, self.size))
            if value is not None:
                self.row.extend([None] * (column - len(self.row)))
                self.row[column - 1] = value
            self.ref = None

    def data(self, text: str) -> None:
        if self.text is not None:
            if self.size <= MAX_CELL_CHARS:
                self.text.append(text[: MAX_CELL_CHARS + 1 - self.size])
            self.size += len(text)

    def _ref(self, ref: str | None) -> tuple[int, int]:
        match = _CELL.match(ref or "")
        if match is None:
            # Cells without a reference follow each other along the row.
            return (0, len(self.row or []) + 1)
        return (int(match.group(2)), column_number(match.group(1)))

    def _merge(self, ref: str) -> None:
        first, _, last = ref.partition(":")
        a, b = _CELL.match(first), _CELL.match(last or first)
        if a and b:
            self.cells.merged.append(
                (int(a.group(2)), column_number(a.group(1)), int(b.group(2)), column_number(b.group(1)))
            )

    def _value(self, raw: str) -> Any:
        kind = self.kind
        if kind == "s":
            index = _int(raw)
            strings = self.book.strings
            return strings[index] if 0 <= index < len(strings) else None
        if kind in ("inlineStr", "str"):
            return raw
        if raw == "":
            return None
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "e":
            return ExcelError(raw.strip())
        if kind == "d":
            try:
                return _dt.datetime.fromisoformat(raw.strip())
            except ValueError:
                return raw
        try:
            number = float(raw)
        except ValueError:
            return raw
        if self.style in self.book.date_styles:
            return _excel_date(number, self.book.date1904)
        return int(number) if number.is_integer() and abs(number) < 2**53 else number


def _excel_date(serial: float, date1904: bool) -> Any:
    """The date or time an Excel serial number stands for (a number if it is out of range)."""
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

    try:
        return from_excel(serial, CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900)
    except (OverflowError, ValueError, TypeError):
        return serial
