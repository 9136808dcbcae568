"""A regional agreement's rules as data: which ties and forums a kommun's mapping should hold.

:mod:`samnet.load.norm` reads and validates a norm file into these objects;
:mod:`samnet.measure.check` holds a network against them.

Examples
--------
>>> rule = Rule("polis", "IFO och polisen", a=Selector(types=frozenset({"ifo"})), b=Selector(types=frozenset({"polis"})))
>>> rule.is_forum, rule.one_way, rule.a.describe("en")
(False, False, 'IFO')
"""

from __future__ import annotations

from dataclasses import dataclass

from samnet.core.model import Actor
from samnet.core.vocab import GROUPS, SAMVERKAN, TYPES, type_name
from samnet.texts.catalogue import pick
from samnet.texts.catalogue import text as _catalogue

__all__ = ["Selector", "Rule", "Norm", "FORUM", "EACH", "SELECTOR_KEYS"]

#: The rule kind that asks for a forum rather than a tie between two actors.
FORUM = "forum"

#: Allowed values of ``each``: every actor matching ``a`` (or ``b``) needs the tie, or one pair suffices.
EACH = ("a", "b", "any")

#: The keys of a selector, in the order the norm file and its JSON list them.
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
        False for a recommendation: reported, never a gap.
    line : int
        Line of the rule in its file.
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

    @property
    def is_forum(self) -> bool:
        """True for ``kind: forum``."""
        return self.kind == FORUM

    @property
    def one_way(self) -> bool:
        """True for orosanmälan, polisanmälan, hänvisning and information rules."""
        return self.kind not in (SAMVERKAN, FORUM)


@dataclass(frozen=True)
class Norm:
    """A validated norm: the agreement it encodes and its rules, in file order."""

    id: str
    name: str
    ref: str | None
    rules: tuple[Rule, ...]
    source: str = ""

    def to_json(self) -> dict:
        """``{"id", "name", "ref", "source"}`` as in the check's JSON output."""
        return {"id": self.id, "name": self.name, "ref": self.ref, "source": self.source}
