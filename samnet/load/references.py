"""What a mapping has declared so far, for the references of links, forums and documents to be checked.

Part of :mod:`samnet.load.dataset`: the ids the loader has seen (and the bad ones,
so that a reference to them is not reported twice), and the check that an id
names an actor or a kommun.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from samnet.core.model import Actor, Kommun
from samnet.core.suggest import NameIndex, id_suggestion
from samnet.errors import quote
from samnet.load.fields import Checker
from samnet.texts.catalogue import text

__all__ = ["Names", "References", "unique"]


@dataclass
class Names:
    """How the files and sections are named in problems."""

    actors_file: str
    links_file: str
    sections: dict[str, str]
    workbook: bool
    lang: str

    def path(self, section: str, i: int | None = None) -> str:
        name = self.sections.get(section, section)
        return name if i is None else f"{name}[{i}]"

    def actors_where(self) -> str:
        return self.path("actors") if self.workbook else self.actors_file

    def kommuner_where(self) -> str:
        if self.workbook:
            return text("loader.in-sheet", self.lang, sheet=self.path("kommuner"))
        return text("loader.kommuner-in-file", self.lang, file=self.actors_file)


@dataclass
class References:
    """What has been declared so far, and what links and forums may refer to.

    ``declared_*`` holds every id an entry claimed, even an entry with problems
    of its own (and the corrected spelling of a bad id): references to them
    are not reported again, since the user fixes the entry, not every
    reference. ``bad_*`` holds the bad ids as written, so a reference written
    the same way gives no second ``bad-id``.
    """

    names: Names
    kommuner: dict[str, Kommun] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    declared_kommuner: set[str] = field(default_factory=set)
    declared_actors: set[str] = field(default_factory=set)
    bad_ids: set[str] = field(default_factory=set)
    actors_ok: bool = True
    informants: dict = field(default_factory=dict)
    declared_informants: set[str] = field(default_factory=set)
    _actor_names: NameIndex | None = None

    def actor_named(self, written: str) -> str | None:
        """The id of the actor ``written`` names or nearly spells (id, name, name without its
        parenthesis), for a suggestion where a name stands in place of an id."""
        if self._actor_names is None:
            self._actor_names = NameIndex({a.id: a.name for a in self.actors.values()})
        return self._actor_names.find(written)

    def kommun_named(self, written: str) -> str | None:
        """The id of the kommun ``written`` names ("Norrköping", "Norrköpings kommun")."""
        return NameIndex({k.id: k.name for k in self.kommuner.values()}).find(written)

    def where(self) -> str:
        """Where actors are defined, as problems name it (``i data/actors.yaml``, ``i aktorer``)."""
        if self.names.workbook:
            return text("loader.in-sheet", self.names.lang, sheet=self.names.path("actors"))
        return text("loader.in-sheet", self.names.lang, sheet=self.names.actors_file)

    def declare_bad(self, raw: Any, declared: set[str]) -> None:
        if isinstance(raw, str):
            self.bad_ids.add(raw)
            better = id_suggestion(raw)
            if better:
                declared.add(better)

    def known_bad(self, raw: Any) -> bool:
        return isinstance(raw, str) and raw in self.bad_ids

    def actor(
        self, check: Checker, key: str, value: str | None, *, line: Any = None, path: str | None = None
    ) -> str | None:
        """Return ``value`` if it names a valid actor; report it if it names no actor at all."""
        if value is None or not self.actors_ok:
            return None
        if value in self.actors:
            return value
        if value not in self.declared_actors:
            close = self.actor_named(value)
            values = {
                "value": quote(value),
                "where": self.names.actors_where(),
                "hint": text("loader.did-you-mean", check.lang, word=close) if close else "",
            }
            if line is None:
                check.problem(key, "unknown-actor", "unknown-actor", **values)
            else:
                check.sink.problem(line, path or key, "unknown-actor", "unknown-actor", **values)
        return None

    def unknown_kommun(self, check: Checker, key: str, kommun: str) -> None:
        defined = ", ".join(sorted(self.kommuner)) or text("loader.word.none", check.lang)
        check.problem(
            key,
            "unknown-kommun",
            "unknown-kommun",
            value=quote(kommun),
            where=self.names.kommuner_where(),
            hint=text("loader.did-you-mean", check.lang, word=close) if (close := self.kommun_named(kommun)) else "",
            defined=quote(defined, 200)[1:-1],
        )

    def kommun_set(self, check: Checker, explicit: list[str] | None, members: list[str]) -> frozenset[str]:
        if explicit is None:
            return frozenset(self.actors[m].kommun for m in members if m in self.actors and self.actors[m].kommun)
        for kommun in explicit:
            if self.actors_ok and kommun not in self.declared_kommuner:
                self.unknown_kommun(check, "kommun", kommun)
        return frozenset(explicit)

    def kommun_ids(self, check: Checker) -> list[str] | None:
        """The ``kommun`` field of a link or forum; bad ids declared in kommuner: are not repeated."""
        raw = check.entry.get("kommun")
        items = raw if isinstance(raw, list) else [raw]
        if raw is not None and all(self.known_bad(item) for item in items):
            check.invalid = True
            return None
        return check.ids("kommun", named=self.kommun_named)


def unique(check: Checker, ident: str | None, seen: dict[str, Any], what: str) -> bool:
    """Record ``ident``; report and return False if it was already defined."""
    if ident is None:
        return True
    if ident in seen:
        check.problem(
            "id",
            "duplicate-id",
            "duplicate-id",
            what=text(f"loader.word.{what}", check.lang),
            ident=quote(ident),
            first=seen[ident],
        )
        return False
    seen[ident] = check.line("id")
    return True
