"""A norm's rules as data: what a regional agreement asks of a mapping, rule by rule.

:mod:`samnet.load.norm` reads and validates a norm file into these types;
:mod:`samnet.measure.check` holds a network against them. They live in the core
so that loading and measuring both use them without importing each other.

Examples
--------
>>> rule = Rule("sip", "SIP", "002 Del 4", a=Selector(groups=frozenset({"social"})),
...             b=Selector(types=frozenset({"bup"})), modality="bor", required=False)
>>> rule.modal_verb, rule.one_way, rule.is_document
('bör', False, False)
"""

from __future__ import annotations

from dataclasses import dataclass

from samnet.core.model import Actor
from samnet.core.vocab import GROUPS, MODALITIES, SAMVERKAN, TYPES, type_name
from samnet.texts.catalogue import pick
from samnet.texts.catalogue import text as _catalogue

__all__ = ["Selector", "Rule", "Norm", "FORUM", "DOCUMENT", "EACH", "SELECTOR_KEYS"]

#: The rule kind that asks for a forum rather than a tie between two actors.
FORUM = "forum"

#: The rule kind that asks for a written document of a kind among named parties.
DOCUMENT = "document"

#: Allowed values of ``each``: every actor matching ``a`` (or ``b``) needs the tie, or one pair suffices.
EACH = ("a", "b", "any")

#: The keys of a selector, in the order they are written.
SELECTOR_KEYS = ("types", "groups", "huvudman")


def _in_sentence(name: str) -> str:
    """A display name as it reads inside a sentence: ``Kvinnojour`` → ``kvinnojour``, ``BUP`` stays."""
    return name[0].lower() + name[1:] if len(name) > 1 and name[1].islower() else name


@dataclass(frozen=True)
class Selector:
    """Which actors a side of a rule means: any of ``types``, any of ``groups``, any of ``huvudman``.

    Every key that is given must hold (several keys = all must hold); within a
    key, any listed value will do.

    Examples
    --------
    >>> s = Selector(types=frozenset({"myndighet"}), huvudman=frozenset({"stat"}))
    >>> s.matches(Actor("skv", "Skatteverket", "myndighet", "stat"))
    True
    >>> s.matches(Actor("rg", "Region Gävleborg", "myndighet", "region"))
    False
    >>> s.describe("sv")
    'myndighet med huvudman stat'
    """

    types: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    huvudman: frozenset[str] = frozenset()

    def matches(self, actor: Actor) -> bool:
        """True when the actor meets every key of the selector."""
        if self.types and actor.type not in self.types:
            return False
        if self.groups and (actor.type not in TYPES or TYPES[actor.type].group not in self.groups):
            return False
        return not self.huvudman or actor.huvudman in self.huvudman

    def describe(self, lang: str = "sv") -> str:
        """The selector in words, as it reads inside a sentence: ``BUP eller vuxenpsykiatri``.

        Examples
        --------
        >>> Selector(groups=frozenset({"health"}), huvudman=frozenset({"region"})).describe("en")
        'health care with huvudman region'
        """
        orword = _catalogue("check.or", lang)
        parts = []
        if self.types:
            parts.append(orword.join(_in_sentence(type_name(t, lang, short=True)) for t in sorted(self.types)))
        if self.groups:
            parts.append(
                orword.join(_in_sentence(pick((GROUPS[g].sv, GROUPS[g].en), lang)) for g in sorted(self.groups))
            )
        text = " / ".join(parts)
        if self.huvudman:
            who = orword.join(sorted(self.huvudman))
            text = f"{text} {_catalogue('check.with_huvudman', lang)} {who}" if text else f"huvudman {who}"
        return text

    def to_json(self) -> dict:
        """The selector as in the norm file, keys with values only, lists sorted."""
        return {k: sorted(getattr(self, k)) for k in SELECTOR_KEYS if getattr(self, k)}


@dataclass(frozen=True)
class Rule:
    """One rule of a norm: a tie between ``a`` and ``b`` actors, or (``kind == "forum"``) a forum.

    Attributes
    ----------
    id, text, ref : str
        Its id, the agreement's words (Swedish) and where the agreement says it.
    kind : str
        ``samverkan``, a one-way kind (``orosanmalan`` …, direction a → b) or ``forum``.
    a, b : Selector or None
        The two sides of a pair rule.
    members : tuple of Selector
        For a forum rule: one member matching each selector.
    min_level : int
        Lowest samverkanstrappa level that counts (samverkan and forum rules).
    scopes : frozenset of str
        Scopes that must each be present; empty means any.
    each : str
        ``a``, ``b`` or ``any``.
    required : bool
        False for a recommendation (modality ``bör``): reported, never a gap.
    line : int
        Line of the rule in its file.
    modality : str
        ``ska`` (a requirement) or ``bor`` (bör: a recommendation or allmänt råd), as the agreement words it.
    quote : str
        The agreement's own words; ``ref`` names the section they stand in.
    areas : frozenset of str
        Areas of violence a tie must concern (a tie that names no area counts); empty: any.
    accept_forum : bool
        Whether sitting in the same forum counts; False where the wording asks for more
        (a plan, a routine, help with a contact).
    document_kinds : frozenset of str
        For ``kind: document``: the kinds that count.
    """

    id: str
    text: str
    ref: str | None = None
    kind: str = SAMVERKAN
    a: Selector | None = None
    b: Selector | None = None
    members: tuple[Selector, ...] = ()
    min_level: int = 1
    scopes: frozenset[str] = frozenset()
    each: str = "any"
    required: bool = True
    line: int = 0
    modality: str = "ska"
    quote: str = ""
    areas: frozenset[str] = frozenset()
    accept_forum: bool = True
    document_kinds: frozenset[str] = frozenset()

    @property
    def is_forum(self) -> bool:
        """True for ``kind: forum``."""
        return self.kind == FORUM

    @property
    def is_document(self) -> bool:
        """True for ``kind: document``: the rule asks for a written document among its parties."""
        return self.kind == DOCUMENT

    @property
    def one_way(self) -> bool:
        """True for orosanmälan, polisanmälan, hänvisning and information rules."""
        return self.kind not in (SAMVERKAN, FORUM, DOCUMENT)

    @property
    def modal_verb(self) -> str:
        """``ska`` or ``bör``, as the agreement writes it."""
        return MODALITIES[self.modality][0]


@dataclass(frozen=True)
class Norm:
    """A validated norm: the agreement it encodes and its rules, in file order."""

    id: str
    name: str
    ref: str | None
    rules: tuple[Rule, ...]
    source: str = ""
    #: The län whose agreement this is (``Dalarna``); None for a norm that names none.
    lan: str | None = None

    def to_json(self) -> dict:
        """``{"id", "name", "ref", "lan", "source"}`` as in the check's JSON output."""
        return {"id": self.id, "name": self.name, "ref": self.ref, "lan": self.lan, "source": self.source}
