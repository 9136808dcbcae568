"""Field-level checks of one entry: text, ids, words from a vocabulary, booleans, levels.

A :class:`Checker` reads one entry of a section (an actor, a link, a forum)
and returns each field's value in its canonical form, or ``None`` after
reporting why it cannot. Where a Swedish coordinator's natural spelling is
unambiguous it is accepted: ``orosanmälan`` for ``orosanmalan``, ``ja``/``nej``
for booleans, ``"3"`` or ``nivå 3`` for a level, ``individnivå`` for
``individ``. Ids stay exact, but a wrong one gets a suggestion.

Examples
--------
>>> from samnet.load.yaml_reader import PositionedMap
>>> found = []
>>> sink = Sink("links.yaml", found, "sv")
>>> c = Checker(sink, PositionedMap({"kind": "Orosanmälan", "person_dependent": "ja"}, line=3), "links[0]")
>>> c.choice("kind", "kinds"), c.boolean("person_dependent"), found
('orosanmalan', True, [])
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from samnet.core.suggest import Suggester, fold, id_suggestion
from samnet.core.vocab import (
    AREAS,
    BASES,
    DOCUMENT_KINDS,
    DOCUMENT_STATUSES,
    ENDED,
    GROUPS,
    HUVUDMAN,
    ID_PATTERN,
    KINDS,
    LEVELS,
    MANDATES,
    ROLES,
    SCOPES,
    TIE_STATUSES,
    TYPES,
    read_type,
    type_forms,
)
from samnet.errors import Problem, quote
from samnet.load.yaml_reader import INVALID, MAX_SCALAR_CHARS, written
from samnet.texts.catalogue import pick, text

__all__ = ["Sink", "Checker", "describe", "hint", "VOCABULARIES", "valid_id", "MAX_ID_CHARS"]

_ID_RE = re.compile(ID_PATTERN.strip("^$"))
#: Longest id: ids name output files and folders, and a kommun's id is a word.
MAX_ID_CHARS = 64

# C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def valid_id(value: str) -> bool:
    """Whether ``value`` is an id: the whole text, with no trailing newline.

    Examples
    --------
    >>> valid_id("a-1"), valid_id("a\\n"), valid_id("A")
    (True, False, False)
    """
    return _ID_RE.fullmatch(value) is not None


def _aliases(vocabulary: dict, labels: bool) -> dict[str, str]:
    """Accepted spellings: each id and its Swedish label, folded (no case, no å/ä/ö)."""
    table = {fold(key): key for key in vocabulary}
    if labels:
        for key, value in vocabulary.items():
            label = value[0] if isinstance(value, tuple) else value.sv
            table.setdefault(fold(label), key)
    return table


#: name -> (canonical ids, accepted spellings, the word for one of them in messages).
VOCABULARIES: dict[str, tuple[tuple[str, ...], dict[str, str], str]] = {
    # The ids only: the table of every Swedish form (type_forms) is built when a word is not an id.
    "types": (tuple(TYPES), {type_id: type_id for type_id in TYPES}, "actor type"),
    "huvudman": (tuple(HUVUDMAN), _aliases(HUVUDMAN, True), "huvudman"),
    "kinds": (tuple(KINDS), _aliases(KINDS, True), "link kind"),
    "scopes": (tuple(SCOPES), _aliases(SCOPES, True), "scope"),
    "areas": (tuple(AREAS), _aliases(AREAS, True), "area"),
    "document_kinds": (tuple(DOCUMENT_KINDS), _aliases(DOCUMENT_KINDS, True), "document kind"),
    "document_statuses": (tuple(DOCUMENT_STATUSES), _aliases(DOCUMENT_STATUSES, True), "document status"),
    "tie_statuses": (tuple(TIE_STATUSES), _aliases(TIE_STATUSES, True), "status"),
    "roles": (tuple(ROLES), _aliases(ROLES, True), "role"),
    "bases": (tuple(BASES), _aliases(BASES, True), "basis"),
    # Other Swedish forms of the same readings ("fullt mandat", "begränsat", "varierande").
    "mandates": (
        tuple(MANDATES),
        {
            **_aliases(MANDATES, True),
            "full": "fullt",
            "begransad": "begransat",
            "varierande": "varierar",
            "oklar": "oklart",
        },  # fmt: skip
        "mandate",
    ),
}

_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
#: Ways of writing "both scopes" in one cell.
_BOTH_SCOPES = frozenset(("bada", "both", "individ och struktur", "individ, struktur", "individ/struktur"))

_TRUE = frozenset(("ja", "j", "yes", "true", "sant"))
# "focus: inget" says the same as "focus: []": the mapping finds none (a workbook cell cannot hold []).
_NONE_WORDS = frozenset(("inget", "ingen", "inga", "none"))
_FALSE = frozenset(("nej", "n", "no", "false", "falskt"))
_LEVEL_WORDS = {fold(level.sv): number for number, level in LEVELS.items()}
# Level 0 of a report: the informant says there is no such samverkan.
_NO_LEVEL_WORDS = {"ingen": 0, "ingen samverkan": 0, "none": 0}
_LEVEL_TEXT = re.compile(r"(?:niva|level|steg)?\s*([0-9]+)\Z")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@lru_cache(maxsize=64)
def _suggester(choices: tuple[str, ...]) -> Suggester:
    return Suggester(choices)


def hint(lang: str, value: Any, choices: tuple[str, ...] | Suggester) -> str:
    """' (menade du "x"?)' for the closest choice, or an empty string.

    Examples
    --------
    >>> hint("en", "oro", ("orosanmalan", "samverkan"))
    ' (did you mean "orosanmalan"?)'
    """
    suggester = choices if isinstance(choices, Suggester) else _suggester(tuple(choices))
    close = suggester.suggest(written(value))
    return text("loader.did-you-mean", lang, word=close) if close else ""


def describe(value: Any, lang: str) -> str:
    """Name a value's type for a message, quoting what was written.

    Examples
    --------
    >>> describe([1], "sv"), describe(True, "en"), describe(3, "sv")
    ('en lista', 'true/false (true)', 'ett tal (3)')
    """
    if isinstance(value, bool):
        return text("loader.word.true/false", lang, value=str(value).lower())
    if isinstance(value, (int, float)):
        return text("loader.word.a number", lang, value=quote(written(value))[1:-1])
    if isinstance(value, str):
        return text("loader.word.text", lang, value=quote(value))
    if isinstance(value, list):
        return text("loader.word.a list", lang)
    if isinstance(value, dict):
        return text("loader.word.a mapping", lang)
    return text("loader.word.nothing", lang)


class Sink:
    """Where one file's problems go, with the language of their messages and a running count."""

    def __init__(self, display: str, problems: list[Problem], lang: str):
        self.display = display
        self.problems = problems
        self.lang = lang
        self.count = 0

    def problem(self, line: int | str, path: str, code: str, key: str, /, **values: Any) -> None:
        self.count += 1
        if getattr(self.problems, "full", False):
            # Past the cap only the count matters: skip building the message.
            self.problems.omitted += 1
            return
        self.problems.append(Problem(self.display, line, path, code, text("loader." + key, self.lang, **values)))


class Checker:
    """Field-level checks for one entry of a section, sharing the file's :class:`Sink`.

    ``invalid`` becomes true when a field holds an already reported value
    (an undefined alias), so the entry is dropped without a second problem.
    """

    def __init__(self, sink: Sink, entry: Any, path: str):
        self.sink = sink
        self.lang = sink.lang
        self.entry = entry
        self.path = path
        self.invalid = False

    def line(self, key: str | None = None) -> int | str:
        if key is not None and key in self.entry.value_lines:
            return self.entry.value_lines[key]
        return self.entry.line

    def problem(self, key: str | None, code: str, message_key: str, /, **values: Any) -> None:
        path = f"{self.path}.{key}" if key else self.path
        self.sink.problem(self.line(key), path, code, message_key, **values)

    def keys(self, required: tuple[str, ...], optional: tuple[str, ...]) -> None:
        allowed = required + optional
        for key in self.entry:
            if key not in allowed:
                self.problem(str(key), "unknown-key", "unknown-key", key=quote(key), hint=hint(self.lang, key, allowed))
        for key in required:
            if key not in self.entry:
                self.problem(None, "missing-key", "missing-key", key=quote(key))

    def _value(self, key: str, value: Any, in_list: bool) -> Any:
        """The raw value; INVALID marks the entry (and is passed on for :meth:`_empty` to skip)."""
        if not in_list:
            value = self.entry.get(key)
        if value is INVALID:
            self.invalid = True
        return value

    def _empty(self, key: str, value: Any, required: bool, what: str) -> bool:
        """True if there is no value; reports it when the key is there but empty and required."""
        if value is INVALID:
            return True
        if value is None or (isinstance(value, str) and not value.strip()):
            if required and key in self.entry:
                self.problem(
                    key, "empty-value", "empty-value", key=quote(key), what=text("loader.word." + what, self.lang)
                )
            return True
        return False

    def _control(self, key: str, value: str) -> bool:
        """True (and reported) if ``value`` holds a C0/C1 control character.

        Such a character would colour or ring the user's terminal, and a line
        break would split a Markdown table row; only a ``note`` (a block of
        prose) may hold line breaks and tabs.
        """
        allowed = "\t\n" if key == "note" else ""
        found = next((m.group() for m in _CONTROL.finditer(value) if m.group() not in allowed), None)
        if found is None:
            return False
        self.problem(key, "control-character", "control-in-text", value=quote(value), char=f"U+{ord(found):04X}")
        return True

    def text(self, key: str, *, required: bool = False) -> str | None:
        """A display text; numbers are accepted and kept exactly as written."""
        value = self._value(key, None, False)
        if self._empty(key, value, required, "a name"):
            return None
        if isinstance(value, bool):
            self.problem(key, "wrong-type", "bool-as-text", value=str(value).lower())
            return None
        if not isinstance(value, (str, int, float)):
            self.problem(key, "wrong-type", "expected-text", got=describe(value, self.lang))
            return None
        if isinstance(value, str) and len(value) > MAX_SCALAR_CHARS:
            # Only a workbook gets here: the YAML reader stops such a value itself.
            # A workbook's reader keeps only the start of such a cell and its real length.
            self.problem(key, "too-large", "too-long", n=getattr(value, "length", len(value)), limit=MAX_SCALAR_CHARS)
            return None
        if isinstance(value, str) and self._control(key, value):
            return None
        return written(value)

    def ident(
        self,
        key: str,
        value: Any = None,
        *,
        in_list: bool = False,
        required: bool = False,
        named: Callable[[str], str | None] | None = None,
    ) -> str | None:
        """An id: text matching the id pattern in full.

        ``named`` finds the id of a defined actor or kommun from what was written (its name,
        short name or a near spelling), so a name written where an id belongs gets the real id
        as its suggestion, not an id made from the name that exists nowhere.
        """
        value = self._value(key, value, in_list)
        if self._empty(key, value, required or in_list, "an id"):
            return None
        if isinstance(value, bool):
            self.problem(key, "wrong-type", "bool-as-text", value=str(value).lower())
            return None
        if isinstance(value, (int, float)):
            self.problem(key, "wrong-type", "number-as-id", value=quote(written(value))[1:-1])
            return None
        if not isinstance(value, str):
            self.problem(key, "wrong-type", "expected-id", got=describe(value, self.lang))
            return None
        if self._control(key, value):
            return None
        if len(value) > MAX_ID_CHARS:
            # Ids become file names (ljusdal/metrics.csv); a file system takes 255 bytes.
            self.problem(key, "too-large", "id-too-long", n=len(value), limit=MAX_ID_CHARS)
            return None
        if not valid_id(value):
            found = named(value) if named else None
            if found is not None and fold(value) != fold(found):
                self.problem(key, "bad-id", "name-as-id", value=quote(value), ident=found)
                return None
            better = found or id_suggestion(value)
            tip = text("loader.did-you-mean", self.lang, word=better) if better and better != value else ""
            self.problem(key, "bad-id", "bad-id", value=quote(value), hint=tip)
            return None
        return value

    def ids(self, key: str, named: Callable[[str], str | None] | None = None) -> list[str] | None:
        """One id or a list of ids."""
        value = self._value(key, None, False)
        if value is None or value is INVALID:
            return None
        items = value if isinstance(value, list) else [value]
        result = []
        for item in items:
            ident = self.ident(key, item, in_list=True, named=named)
            if ident is not None:
                result.append(ident)
        return result

    def _word(self, key: str, item: Any, vocabulary: str, code: str) -> str | None:
        """One word of ``vocabulary`` in its canonical spelling, or None after a problem."""
        choices, spellings, what = VOCABULARIES[vocabulary]
        if not isinstance(item, str):
            self.problem(
                key,
                "wrong-type",
                "expected-in-list",
                what=text("loader.word." + what, self.lang),
                got=describe(item, self.lang),
            )
            return None
        canonical = spellings.get(fold(item))
        if canonical is None and vocabulary == "types":
            canonical = type_forms().get(fold(item))
            if canonical is None:
                canonical, tip = self._type_tip(item)
        elif canonical is None:
            tip = hint(self.lang, item, choices) or text("loader.choose-one", self.lang, choices=", ".join(choices))
        if canonical is None:
            self.problem(
                key,
                code,
                "not-in-vocab",
                value=quote(item),
                what=text("loader.word." + what, self.lang),
                unknown=text(f"loader.word.unknown {what}", self.lang),
                hint=tip,
            )
        return canonical

    def _type_tip(self, item: str) -> tuple[str | None, str]:
        """An actor type read from everyday Swedish, or the tip for a word that is not read: a near
        spelling of one function, else the types of the nearest group, else where the list is."""
        reading = read_type(item)
        if reading.type is not None:
            return reading.type, ""
        if reading.suggestion is not None:
            return None, text("loader.did-you-mean", self.lang, word=reading.suggestion)
        if reading.group is not None:
            group = GROUPS[reading.group]
            codes = ", ".join(t.id for t in TYPES.values() if t.group == group.id)
            return None, text("loader.type-group", self.lang, group=pick((group.sv, group.en), self.lang), codes=codes)
        return None, text("loader.type-none", self.lang)

    def choice(self, key: str, vocabulary: str, code: str = "bad-value", *, required: bool = False) -> str | None:
        value = self._value(key, None, False)
        if value is not INVALID and required and key in self.entry and _blank(value):
            allowed = ", ".join(VOCABULARIES[vocabulary][0]) if vocabulary != "types" else None
            if allowed is not None:
                self.problem(
                    key,
                    "empty-value",
                    "empty-value",
                    key=quote(key),
                    what=text("loader.one-of", self.lang, words=allowed),
                )
                return None
        if self._empty(key, value, required, "a word"):
            return None
        if not isinstance(value, str):
            self.problem(key, "wrong-type", "expected-word", got=describe(value, self.lang))
            return None
        return self._word(key, value, vocabulary, code)

    def choices(self, key: str, vocabulary: str, *, allow_empty: bool = False) -> frozenset[str] | None:
        """One word or a list of words from ``vocabulary``; ``[]`` or ``inget`` only where ``allow_empty`` says "none"."""
        value = self._value(key, None, False)
        if value is None or value is INVALID:
            return None
        items = value if isinstance(value, list) else [value]
        if allow_empty and (not items or (isinstance(value, str) and fold(value) in _NONE_WORDS)):
            return frozenset()
        if not items:
            what = text("loader.word." + VOCABULARIES, self.lang[vocabulary][2])
            self.problem(key, "bad-value", "empty-list", what=what)
            return None
        result = set()
        for item in items:
            if item is INVALID:
                self.invalid = True
                continue
            canonical = self._word(key, item, vocabulary, "bad-value")
            if canonical is not None:
                result.add(canonical)
        return frozenset(result)

    def boolean(self, key: str) -> bool:
        """true/false, or ja/nej (and yes/no) written as words."""
        value = self._value(key, None, False)
        if value is None or value is INVALID:
            return False
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and fold(value) in _TRUE | _FALSE:
            return fold(value) in _TRUE
        self.problem(key, "wrong-type", "expected-bool", got=describe(value, self.lang))
        return False

    def tie_state(self, one_way_kind: str | None = None) -> tuple[str, str | None, bool]:
        """``status``, ``ended`` and ``colocated`` of a link or forum.

        A tie with ``status: upphört`` needs ``ended`` (a date or the passage that
        says so); ``ended`` on a current tie is a contradiction; co-location is
        samverkan between units that sit together, so a one-way link cannot carry it.
        """
        status = self.choice("status", "tie_statuses")
        ended = self.text("ended")
        if status == ENDED and ended is None:
            self.problem("status", "missing-ended", "missing-ended")
        elif status != ENDED and ended is not None and not ("status" in self.entry and status is None):
            self.problem("ended", "ended-on-current", "ended-on-current", value=quote(ended))
        colocated = self.boolean("colocated")
        if colocated and one_way_kind is not None:
            self.problem("colocated", "colocated-one-way", "colocated-one-way", label=KINDS[one_way_kind][0])
        return status or "aktiv", ended, colocated

    def level(self, required: bool, one_way_kind: str | None = None) -> int | None:
        """A step 1-4 on samverkanstrappan: 3, "3", "nivå 3" or "samarbete"."""
        value = self._value("level", None, False)
        if one_way_kind is not None:
            if "level" in self.entry:
                # The Swedish word in both languages: "an orosanmälan" names the legal duty.
                label = KINDS[one_way_kind][0]
                self.problem("level", "level-on-one-way", "level-on-one-way", label=label)
            return None
        if value is None or value is INVALID or (isinstance(value, str) and not value.strip()):
            if required and not self.invalid:
                # On the empty cell when the workbook has one (lankar!D2), else on the entry.
                self.sink.problem(self.line("level"), self.path, "missing-level", "missing-level")
            return None
        number = self._level_number(value)
        if number is None:
            self.problem("level", "wrong-type", "expected-level", got=describe(value, self.lang))
            return None
        if not 1 <= number <= 4:
            self.problem("level", "level-range", "level-range", value=quote(written(value))[1:-1])
            return None
        return number

    def report_level(self, required: bool, one_way_kind: str | None = None) -> int | None:
        """A report's level 0-4: as :meth:`level`, and 0 (``ingen``) for "there is no such samverkan"."""
        value = self._value("level", None, False)
        if one_way_kind is not None:
            if "level" in self.entry:
                self.problem(
                    "level", "report-level-on-one-way", "report-level-on-one-way", label=KINDS[one_way_kind][0]
                )
            return None
        if value is None or value is INVALID or (isinstance(value, str) and not value.strip()):
            if required and not self.invalid:
                self.sink.problem(self.line("level"), self.path, "missing-level", "report-missing-level")
            return None
        number = _NO_LEVEL_WORDS.get(fold(value)) if isinstance(value, str) else None
        if number is None:
            number = self._level_number(value)
        if number is None:
            self.problem("level", "wrong-type", "expected-level", got=describe(value, self.lang))
            return None
        if not 0 <= number <= 4:
            self.problem("level", "report-level-range", "report-level-range", value=quote(written(value))[1:-1])
            return None
        return number

    @staticmethod
    def _level_number(value: Any) -> int | None:
        if isinstance(value, bool) or isinstance(value, float):
            return None
        if isinstance(value, int):
            return int(value)
        if isinstance(value, str):
            folded = fold(value)
            if folded in _LEVEL_WORDS:
                return _LEVEL_WORDS[folded]
            match = _LEVEL_TEXT.match(folded)
            if match:
                return int(match.group(1))
            # "3 samarbete", as the workbook's drop-down writes a level: the number and its own name.
            number, _, name = folded.partition(" ")
            if number.isdigit() and _LEVEL_WORDS.get(name.strip()) == int(number):
                return int(number)
        return None

    def date(self, key: str) -> str | None:
        """An ISO date as written: ``2024-03-01``, ``2024-03`` or ``2024`` (a workbook date cell too)."""
        value = self._value(key, None, False)
        if value is None or value is INVALID or (isinstance(value, str) and not value.strip()):
            return None
        if hasattr(value, "isoformat") and not isinstance(value, str):
            return value.isoformat()[:10]
        written_value = written(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
        if written_value is not None and written_value.endswith("T00:00:00"):
            written_value = written_value[:-9]  # a workbook's date cell, read as ISO text
        if written_value is not None and _DATE.fullmatch(written_value.strip()):
            text = written_value.strip()
            try:
                if len(text) == 10:
                    datetime.date.fromisoformat(text)
                elif len(text) == 7:
                    datetime.date.fromisoformat(text + "-01")
                return text
            except ValueError:
                pass
        self.problem(key, "bad-date", "bad-date", value=quote(written(value)) if value is not None else "")
        return None

    def scope(self, required: bool) -> frozenset[str] | None:
        """individ, struktur, both as a list, or ``båda`` (the word samnet's own tables use for both)."""
        value = self._value("scope", None, False)
        if value is None or value is INVALID:
            if required and not self.invalid:
                self.sink.problem(self.line("scope"), self.path, "missing-scope", "missing-scope")
            return None
        if isinstance(value, str) and fold(value) in _BOTH_SCOPES:
            return frozenset(SCOPES)
        return self.choices("scope", "scopes")
