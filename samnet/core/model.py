"""The in-memory form of a samverkan mapping: kommuner, actors, links and forums.

These are plain frozen dataclasses. :func:`samnet.load.dataset.load_dataset`
creates them from YAML after validation, so code that receives a
:class:`Dataset` can trust every reference in it.

Examples
--------
>>> a = Actor("ljusdal-ifo", "IFO", "ifo", "kommun", "ljusdal")
>>> b = Actor("polisen", "Polisen", "polis", "stat", None)
>>> link = Link(0, "ljusdal-ifo", "polisen", "samverkan", 2, frozenset({"individ"}),
...             False, frozenset(), frozenset({"ljusdal"}))
>>> link.one_way
False
>>> link.scope_class
'individ'
>>> link.ended
False
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from samnet.core.vocab import ENDED, SAMVERKAN

__all__ = [
    "Kommun",
    "Actor",
    "Link",
    "Forum",
    "Document",
    "Informant",
    "Report",
    "Statement",
    "Link",
    "Forum",
    "Source",
    "Dataset",
    "KommunIndex",
    "build_index",
    "scope_class",
]


def scope_class(scopes: frozenset[str]) -> str:
    """Name the scope profile bucket of a set of scopes: ``individ``, ``struktur`` or ``both``.

    Examples
    --------
    >>> scope_class(frozenset({"individ", "struktur"}))
    'both'
    >>> scope_class(frozenset({"struktur"}))
    'struktur'
    """
    if len(scopes) > 1:
        return "both"
    if not scopes:
        return "none"
    return next(iter(scopes))


@dataclass(frozen=True, slots=True)
class Kommun:
    """A kommun (municipality) whose network is mapped.

    ``focus`` is the areas the mapping says the kommun has chosen to focus on
    (000 §5.6.2: "Ljusdals kommun har ett uttalat fokus på HRV"): ``None`` when
    the data says nothing, an empty set when it says there is none.
    """

    id: str
    name: str
    lan: str | None = None
    focus: frozenset[str] | None = None
    ref: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """An organisation or unit that takes part in samverkan.

    ``kommun`` is ``None`` for actors that serve several kommuner
    (Polisen, Barnahus Gävleborg, Länsstyrelsen). ``organisation`` is an
    optional id shared by the units of one organisation (the enheter of one
    IFO, the groups of Polisen); ``None`` when not given.
    """

    id: str
    name: str
    type: str
    huvudman: str
    kommun: str | None = None
    ref: str | None = None
    note: str | None = None
    organisation: str | None = None


@dataclass(frozen=True, slots=True)
class Informant:
    """A person interviewed for the mapping, speaking for one actor (the ``informants:`` list of actors.yaml).

    Examples
    --------
    >>> Informant("ifo-chef", "ljusdal-ifo", "chef").role
    'chef'
    """

    id: str
    actor: str
    role: str | None = None
    ref: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """Words about mandate attributed to a role group, not to an informant (the ``statements:`` list).

    000 §5.9 gives its informants' words on mandate in a table by role, "Chefers upplevelse" and
    "Medarbetares upplevelse", without naming who said them. ``mandate`` is what the words say
    about mandate (fullt, begransat, varierar, oklart); ``basis`` ``harledd`` marks that reading
    as the encoder's. ``kommun`` is None when the source does not say which kommun.

    Examples
    --------
    >>> Statement("chef", "Det är korta vägar till beslut", "fullt", "harledd").role
    'chef'
    """

    role: str
    quote: str
    mandate: str
    basis: str | None = None
    kommun: str | None = None
    ref: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """One informant's account of a link or forum: who said it, at what level, in what scope.

    ``by`` is what the data wrote: an informant id, or an actor id meaning "an
    informant from that actor". ``actor`` is the actor the account speaks for
    (the informant's actor, or ``by`` itself); ``role`` the informant's role when
    known. ``level`` is 0-4, where 0 says there is no such samverkan; ``None``
    on a one-way link.

    Examples
    --------
    >>> Report("ifo-chef", "ljusdal-ifo", 0, role="chef").denies
    True
    """

    by: str
    actor: str
    level: int | None = None
    scopes: frozenset[str] = frozenset()
    areas: frozenset[str] = frozenset()
    person_dependent: bool = False
    ref: str | None = None
    note: str | None = None
    role: str | None = None

    @property
    def denies(self) -> bool:
        """True when the informant says there is no such samverkan (level 0)."""
        return self.level == 0


@dataclass(frozen=True, slots=True)
class Link:
    """A tie from ``source`` to ``target``: samverkan, or a one-way flow such as an orosanmälan.

    ``kommuner`` is the kommun set of the link: the ``kommun`` field when it
    is given, else the kommuner of its two actors. ``status`` is ``aktiv`` or
    ``upphort`` (ended, with ``ended_when`` the date or passage that says so);
    ``colocated`` marks two units that sit together (samlokalisering).
    """

    index: int
    source: str
    target: str
    kind: str = SAMVERKAN
    level: int | None = None
    scopes: frozenset[str] = frozenset()
    person_dependent: bool = False
    areas: frozenset[str] = frozenset()
    kommuner: frozenset[str] = frozenset()
    ref: str | None = None
    note: str | None = None
    #: The informants' accounts of this link, in the order the data gives them.
    reports: tuple[Report, ...] = ()
    #: ``intervju``, ``dokument`` or ``harledd``; None when the data does not say.
    basis: str | None = None
    #: The level the data gives the link itself (the coder's summary); in a network's
    #: ties ``level`` is the level used in figures and this keeps what was written.
    stated_level: int | None = None
    status: str = "aktiv"
    ended_when: str | None = None
    colocated: bool = False

    @property
    def ended(self) -> bool:
        """True for a tie that has ended (``status: upphört``): kept in the data, out of current figures."""
        return self.status == ENDED

    @property
    def one_way(self) -> bool:
        """True for orosanmälan, polisanmälan, hänvisning and information: never samverkan."""
        return self.kind != SAMVERKAN

    @property
    def scope_class(self) -> str:
        """``individ``, ``struktur``, ``both`` (or ``none`` for a one-way link without scope)."""
        return scope_class(self.scopes)


@dataclass(frozen=True, slots=True)
class Forum:
    """A recurring group (network, steering group, samråd): samverkan between every pair of members.

    ``regional`` is the data's own mark (``regional: true``) for a structure that serves
    several kommuner; a forum whose members come from several kommuner is regional without
    it (:func:`samnet.core.network.is_regional`).
    ``status``/``ended_when`` as for :class:`Link`; ``colocated`` marks a place
    where the members sit together (a familjecentral, a shared corridor).
    """

    id: str
    name: str
    members: tuple[str, ...]
    level: int | None
    scopes: frozenset[str]
    person_dependent: bool = False
    areas: frozenset[str] = frozenset()
    kommuner: frozenset[str] = frozenset()
    ref: str | None = None
    note: str | None = None
    #: The informants' accounts of this forum.
    reports: tuple[Report, ...] = ()
    #: ``intervju``, ``dokument`` or ``harledd``; None when the data does not say.
    basis: str | None = None
    #: The forum's own level as written (see :attr:`Link.stated_level`).
    stated_level: int | None = None
    regional: bool = False
    status: str = "aktiv"
    ended_when: str | None = None
    colocated: bool = False

    @property
    def ended(self) -> bool:
        """True for a forum that has ended (``status: upphört``)."""
        return self.status == ENDED

    @property
    def scope_class(self) -> str:
        """``individ``, ``struktur`` or ``both``."""
        return scope_class(self.scopes)


@dataclass(frozen=True, slots=True)
class Document:
    """A written agreement, routine, policy or plan among named parties (actors).

    ``kommun`` is ``None`` for a regional document (one that binds parties of
    several kommuner, such as Barnahus' samverkansavtal). ``status`` is
    ``gallande``, ``utkast`` or ``upphort``; ``decided`` is an ISO date
    (``2024-03-01``, or only a year and month, or a year) as written.

    Examples
    --------
    >>> d = Document("rutin-sekretess", "Rutin för sekretess", "rutin", ("ifo", "bup"), "k")
    >>> d.in_force, d.regional
    (True, False)
    """

    id: str
    name: str
    kind: str
    parties: tuple[str, ...]
    kommun: str | None = None
    decided: str | None = None
    decided_by: str | None = None
    status: str = "gallande"
    areas: frozenset[str] = frozenset()
    ref: str | None = None
    note: str | None = None

    @property
    def in_force(self) -> bool:
        """True for a document with status ``gallande``."""
        return self.status == "gallande"

    @property
    def regional(self) -> bool:
        """True for a document that names no kommun."""
        return self.kommun is None


@dataclass(frozen=True, slots=True)
class Source:
    """Where a mapping comes from: the optional ``source:`` mapping at the top of ``actors.yaml``.

    Every field is optional text; a year written as a number is kept as written.

    Examples
    --------
    >>> Source(title="Kartläggning av samverkan", year="2024").author is None
    True
    """

    title: str | None = None
    author: str | None = None
    year: str | None = None
    url: str | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class KommunIndex:
    """Actor ids, links and forums grouped by kommun: what each kommun's network is built from.

    Built once, when the :class:`Dataset` is made, so that building every
    kommun's network costs time linear in the dataset.

    Examples
    --------
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> ds.index.actors["k"]
    ('a',)
    """

    actors: dict[str, tuple[str, ...]]
    links: dict[str, tuple[Link, ...]]
    forums: dict[str, tuple[Forum, ...]]


def _group(pairs: Iterable[tuple[str, Any]]) -> dict[str, tuple]:
    grouped: dict[str, list] = {}
    for key, item in pairs:
        grouped.setdefault(key, []).append(item)
    return {key: tuple(items) for key, items in grouped.items()}


def build_index(actors: dict[str, Actor], links: Iterable[Link], forums: Iterable[Forum]) -> KommunIndex:
    """Group actors, links and forums by kommun.

    Examples
    --------
    >>> idx = build_index({}, [Link(0, "a", "b", kommuner=frozenset({"k", "m"}))], [])
    >>> sorted(idx.links)
    ['k', 'm']
    """
    return KommunIndex(
        actors=_group((a.kommun, a.id) for a in actors.values() if a.kommun),
        links=_group((k, link) for link in links for k in sorted(link.kommuner)),
        forums=_group((k, forum) for forum in forums for k in sorted(forum.kommuner)),
    )


@dataclass(frozen=True)
class Dataset:
    """A validated mapping: what ``actors.yaml`` and ``links.yaml`` (or a workbook) describe.

    ``index`` is computed from the other fields when the dataset is made; it
    never changes afterwards.
    """

    kommuner: dict[str, Kommun]
    actors: dict[str, Actor]
    links: tuple[Link, ...] = ()
    forums: tuple[Forum, ...] = ()
    #: The ``source:`` mapping of actors.yaml, or None when the file has none.
    source_info: Source | None = None
    #: Written agreements, routines and policies (``documents:`` in links.yaml).
    documents: tuple[Document, ...] = ()
    #: The norm the data asks to be held against (``norm:`` in actors.yaml): a bundled norm's
    #: name or a file path; None when the data names none.
    norm: str | None = None
    #: The ``informants:`` list of actors.yaml by id; None when the data has no such list.
    informants: dict[str, Informant] | None = None
    #: Words about mandate by role group (``statements:`` in actors.yaml), in the order the data gives them.
    statements: tuple[Statement, ...] = ()
    index: KommunIndex = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", build_index(self.actors, self.links, self.forums))

    @cached_property
    def has_testimony(self) -> bool:
        """Whether the data says who described its ties: informants, reports or a basis.

        Data without any of these is analysed and shown exactly as before testimony
        was part of the format.

        Examples
        --------
        >>> Dataset({}, {}).has_testimony
        False
        """
        if self.informants is not None:
            return True
        return any(tie.reports or tie.basis for tie in (*self.links, *self.forums))
