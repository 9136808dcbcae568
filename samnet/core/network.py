"""Build the samverkan network of one kommun (or of the whole dataset).

The network keeps two things apart (000 §6): *samverkan*, an undirected
graph with one edge per pair of actors, and *one-way flows* (orosanmälan,
polisanmälan, hänvisning, information), a list of directed links that never
add to any centrality, density or level figure.

Merging rules, where several ties join one pair of actors:

- the edge takes the **highest** level of the ties;
- its scopes and areas are the **union** of theirs;
- it is **person-dependent only if every tie is**: a structural tie beside a
  personal one means the pair does not hang on that person.

A forum is a samverkan tie between every pair of its members.

Regional structures (actors without a kommun, and forums whose members come
from several kommuner or that the data marks ``regional``) are counted once
in each kommun that takes part, and only through that kommun's own members:
a kommun's network holds the kommun's actors and the regional actors it is
tied to, a forum there joins only the kommun's members and the regional
actors in it, and an actor of another kommun never enters it.

Each tie enters with the level used in figures (:mod:`samnet.core.testimony`):
where informants described it, the level both sides recognise. A tie at level
0, which an endpoint says does not exist, is kept apart in ``disputed``.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
>>> ds = Dataset(
...     kommuner={"k": Kommun("k", "K")},
...     actors={i: Actor(i, i.upper(), "ifo", "kommun", "k") for i in "abc"},
...     links=(Link(0, "a", "b", "samverkan", 1, frozenset({"individ"}), True,
...                 frozenset(), frozenset({"k"})),),
...     forums=(Forum("f", "F", ("a", "b", "c"), 3, frozenset({"struktur"}),
...                   kommuner=frozenset({"k"})),),
... )
>>> net = build_network(ds, "k")
>>> e = net.samverkan.edges["a", "b"]
>>> e["level"], sorted(e["scopes"]), e["person_dependent"]
(3, ['individ', 'struktur'], False)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import combinations

import networkx as nx

from samnet.core.model import Actor, Dataset, Forum, Informant, Kommun, Link, Statement
from samnet.core.suggest import Suggester
from samnet.core.testimony import resolve_tie
from samnet.errors import UsageError, quote
from samnet.texts.catalogue import text

__all__ = [
    "Network",
    "build_lan",
    "build_network",
    "build_region",
    "chosen_kommuner",
    "is_regional",
    "kommun_networks",
    "lan_kommuner",
    "select_kommuner",
    "tie_pairs",
]


@dataclass(frozen=True)
class Network:
    """The samverkan network of one kommun, or of the whole dataset when ``kommun`` is None.

    Attributes
    ----------
    kommun : Kommun or None
        The kommun the network belongs to; ``None`` for all kommuner together.
    actors : dict of str to Actor
        Every actor in the network, in id order, isolated ones included.
    samverkan : networkx.Graph
        One node per actor (id); one edge per tied pair, with attributes
        ``level`` (int), ``scopes`` and ``areas`` (frozensets),
        ``person_dependent`` (bool) and ``ties`` (the links and forums behind it).
    one_way : tuple of Link
        The orosanmälan, polisanmälan, hänvisning and information links.
    links : tuple of Link
        The samverkan links.
    forums : tuple of Forum
        The forums that belong to the network.
    region_id, region_name : str
        Id and name of a network of several kommuner: a län's id and name, or
        ``"all"`` and ``""`` for all of them (each presenter names that one in
        its reader's language).
    kommun_names : dict of str to str
        Display names of the dataset's kommuner, by id.
    disputed : tuple of Link or Forum
        Ties an endpoint says do not exist (level used 0): no samverkan anywhere, listed apart.
    informants : dict of str to Informant or None
        The informants who speak for the network's actors; None when the data declares no informants.
    testimony : bool
        Whether the data says who described its ties (informants, reports or a basis).
    ended : tuple of Link and Forum
        Ties of the network that have ended (``status: upphört``): listed, never
        counted in a current figure.
    statements : tuple of Statement
        Words about mandate by role group that concern the network: those of its kommun(er)
        and those the source gives for the data as a whole (no kommun).
    """

    kommun: Kommun | None
    actors: dict[str, Actor]
    samverkan: nx.Graph
    one_way: tuple[Link, ...]
    links: tuple[Link, ...]
    forums: tuple[Forum, ...]
    region_id: str = "all"
    region_name: str = ""
    kommun_names: dict[str, str] = field(default_factory=dict)
    disputed: tuple[Link | Forum, ...] = ()
    informants: dict[str, Informant] | None = None
    testimony: bool = False
    ended: tuple[Link | Forum, ...] = ()
    statements: tuple[Statement, ...] = ()

    @property
    def id(self) -> str:
        """The kommun id; for several kommuner ``"all"`` or the län's id."""
        return self.kommun.id if self.kommun else self.region_id

    @property
    def name(self) -> str:
        """The kommun name; for several kommuner the län's name, or ``""`` for all of them."""
        return self.kommun.name if self.kommun else self.region_name


def tie_pairs(tie: Link | Forum) -> Iterable[tuple[str, str]]:
    """The actor pairs a samverkan link or a forum joins, each pair sorted.

    Examples
    --------
    >>> from samnet.core.model import Forum
    >>> list(tie_pairs(Forum("f", "F", ("c", "a", "b"), 2, frozenset({"struktur"}))))
    [('a', 'b'), ('a', 'c'), ('b', 'c')]
    """
    if isinstance(tie, Forum):
        return combinations(sorted(tie.members), 2)
    return [tuple(sorted((tie.source, tie.target)))]


def _merge(graph: nx.Graph, u: str, v: str, tie: Link | Forum) -> None:
    data = graph.get_edge_data(u, v)
    if data is None:
        graph.add_edge(
            u,
            v,
            level=tie.level,
            scopes=tie.scopes,
            areas=tie.areas,
            person_dependent=tie.person_dependent,
            ties=(tie,),
        )
        return
    data["level"] = max(data["level"], tie.level)
    data["scopes"] = data["scopes"] | tie.scopes
    data["areas"] = data["areas"] | tie.areas
    data["person_dependent"] = data["person_dependent"] and tie.person_dependent
    data["ties"] = data["ties"] + (tie,)


def select_kommuner(dataset: Dataset, kommun_ids: Iterable[str] | None) -> list[str]:
    """Check requested kommun ids against the dataset; all kommuner (sorted) when none are given.

    Raises
    ------
    UsageError
        For an id the data does not define, with a suggestion.

    Examples
    --------
    >>> from samnet.core.model import Dataset, Kommun
    >>> ds = Dataset({"ljusdal": Kommun("ljusdal", "Ljusdal")}, {})
    >>> select_kommuner(ds, None)
    ['ljusdal']
    >>> select_kommuner(ds, ["ljusdl"])
    Traceback (most recent call last):
    ...
    samnet.errors.UsageError: okänd kommun "ljusdl" (menade du "ljusdal"?); data definierar: ljusdal
    """
    if not kommun_ids:
        return sorted(dataset.kommuner)
    chosen: list[str] = []
    for kommun_id in kommun_ids:
        if kommun_id not in dataset.kommuner:
            raise _unknown("unknown-kommun-usage", kommun_id, dataset.kommuner)
        if kommun_id not in chosen:
            chosen.append(kommun_id)
    return chosen


def is_regional(forum: Forum, actors: dict[str, Actor]) -> bool:
    """True for a regional forum: marked ``regional: true``, or with members from more than one kommun.

    Actors without a kommun do not make a forum regional: a local group that the
    police sit in is the kommun's own.

    Examples
    --------
    >>> from samnet.core.model import Actor, Forum
    >>> actors = {"a": Actor("a", "A", "ifo", "kommun", "k"), "b": Actor("b", "B", "ifo", "kommun", "m"),
    ...           "p": Actor("p", "P", "polis", "stat")}
    >>> is_regional(Forum("f", "F", ("a", "p"), 2, frozenset({"struktur"})), actors)
    False
    >>> is_regional(Forum("g", "G", ("a", "b", "p"), 2, frozenset({"struktur"})), actors)
    True
    """
    return forum.regional or len({actors[m].kommun for m in forum.members} - {None}) > 1


def _belongs(actor: Actor, kommun_ids: frozenset[str]) -> bool:
    """An actor may enter the network of ``kommun_ids``: it is one of theirs, or regional."""
    return actor.kommun is None or actor.kommun in kommun_ids


def _local_links(dataset: Dataset, links: Iterable[Link], kommun_ids: frozenset[str]) -> list[Link]:
    """The links that stay among the kommuner's own and regional actors (a link to another kommun does not)."""
    actors = dataset.actors
    return [
        link
        for link in links
        if _belongs(actors[link.source], kommun_ids) and _belongs(actors[link.target], kommun_ids)
    ]


def _local_forums(dataset: Dataset, forums: Iterable[Forum], kommun_ids: frozenset[str]) -> list[Forum]:
    """Each forum as the kommuner see it: only their own members and the regional ones.

    A regional forum enters only where at least one of its members belongs to the
    kommuner; a part with fewer than two members is no tie and is left out.
    """
    actors = dataset.actors
    parts = []
    for forum in forums:
        members = tuple(m for m in forum.members if _belongs(actors[m], kommun_ids))
        own = any(actors[m].kommun in kommun_ids for m in members)
        if (members != forum.members and len(members) < 2) or (not own and is_regional(forum, actors)):
            continue
        parts.append(forum if members == forum.members else replace(forum, members=members))
    return parts


def _unknown(key: str, value: str, defined: Iterable[str]) -> UsageError:
    """The usage error for an unknown kommun or län: a suggestion when one is close, then what the data defines."""
    defined = sorted(defined)
    kommun = key == "unknown-kommun-usage"
    close = Suggester(defined).suggest(value) if kommun else None
    empty = "loader.word.no kommuner" if kommun else "loader.word.no län"

    def hint(lang: str) -> str:
        return text("loader.did-you-mean", lang, word=close) if close else ""

    def listed(lang: str) -> str:
        return quote(", ".join(defined) or text(empty, lang), 400)[1:-1]

    return UsageError("loader." + key, value=quote(value), hint=hint, defined=listed)


def _kommun_index(dataset: Dataset) -> dict:
    """Actors, links and forums grouped by kommun; the dataset builds the index when it is made."""
    index = dataset.index
    return {"actors": index.actors, "links": index.links, "forums": index.forums}


def lan_kommuner(dataset: Dataset, lan: str) -> list[str]:
    """The ids of the kommuner in län ``lan`` (matched without regard to case or "län").

    Raises
    ------
    UsageError
        When no kommun of the data belongs to that län.

    Examples
    --------
    >>> from samnet.core.model import Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K", "Gävleborg"), "m": Kommun("m", "M", "Dalarna")}, {})
    >>> lan_kommuner(ds, "gävleborgs län")
    ['k']
    """

    def norm(name: str) -> str:
        name = name.casefold().strip()
        for suffix in (" län", "s län"):
            name = name.removesuffix(suffix)
        return name.removesuffix("s") if not name.endswith("ss") else name

    wanted = norm(lan)
    found = sorted(k.id for k in dataset.kommuner.values() if k.lan and norm(k.lan) == wanted)
    if not found:
        raise _unknown("unknown-lan-usage", lan, {k.lan for k in dataset.kommuner.values() if k.lan})
    return found


def build_region(dataset: Dataset, kommun_ids: Iterable[str], region_id: str, region_name: str) -> Network:
    """One network for several kommuner together, e.g. a whole län.

    It holds what each kommun's network holds, each tie once; a forum keeps the
    members of all these kommuner and the regional ones.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K"), "m": Kommun("m", "M")},
    ...              {"a": Actor("a", "A", "ifo", "kommun", "k"), "b": Actor("b", "B", "ifo", "kommun", "m")})
    >>> net = build_region(ds, ["k", "m"], "x", "Län X")
    >>> net.name, sorted(net.actors)
    ('Län X', ['a', 'b'])
    """
    index = _kommun_index(dataset)
    members: set[str] = set()
    links: dict[int, Link] = {}
    forums: dict[str, Forum] = {}
    for kommun_id in kommun_ids:
        members.update(index["actors"].get(kommun_id, ()))
        links.update((link.index, link) for link in index["links"].get(kommun_id, ()))
        forums.update((forum.id, forum) for forum in index["forums"].get(kommun_id, ()))
    chosen = frozenset(kommun_ids)
    return _assemble(
        dataset,
        None,
        members,
        _local_links(dataset, [links[i] for i in sorted(links)], chosen),
        _local_forums(dataset, [forums[f] for f in sorted(forums)], chosen),
        region_id,
        region_name,
    )


def build_lan(dataset: Dataset, lan: str) -> Network:
    """One network of every kommun in län ``lan``; its id is an ASCII slug of the län's name, its name the län's.

    Raises
    ------
    UsageError
        When no kommun of the data belongs to that län.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"k": Kommun("k", "K", "Västra Götaland")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> net = build_lan(ds, "Västra Götalands län")
    >>> net.id, net.name, sorted(net.actors)
    ('vastra-gotaland', 'Västra Götaland', ['a'])
    """
    members = lan_kommuner(dataset, lan)
    name = dataset.kommuner[members[0]].lan
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "lan"
    return build_region(dataset, members, slug, name)


def build_network(dataset: Dataset, kommun_id: str | None = None) -> Network:
    """Build the network of one kommun, or of the whole dataset when ``kommun_id`` is None.

    A kommun's network holds its own actors (isolated ones too), and every
    link and forum whose kommun set includes it, with their actors, except
    actors of other kommuner: a link to one is left out, and a forum keeps only
    the kommun's own members and the regional ones (:func:`is_regional`).

    Parameters
    ----------
    dataset : Dataset
        A validated dataset from :func:`samnet.load.dataset.load_dataset`.
    kommun_id : str, optional
        The kommun; ``None`` for everything.

    Returns
    -------
    Network

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun, Link
    >>> ds = Dataset({"k": Kommun("k", "K"), "m": Kommun("m", "M")},
    ...              {"a": Actor("a", "A", "ifo", "kommun", "k"),
    ...               "p": Actor("p", "P", "polis", "stat"),
    ...               "z": Actor("z", "Z", "ifo", "kommun", "m")},
    ...              (Link(0, "a", "p", "samverkan", 2, frozenset({"individ"}),
    ...                    kommuner=frozenset({"k"})),))
    >>> sorted(build_network(ds, "k").actors), sorted(build_network(ds, "m").actors)
    (['a', 'p'], ['z'])
    """
    if kommun_id is None:
        kommun = None
        members = set(dataset.actors)
        links, forums = list(dataset.links), list(dataset.forums)
    else:
        kommun = dataset.kommuner[kommun_id]
        index = _kommun_index(dataset)
        members = set(index["actors"].get(kommun_id, ()))
        own = frozenset({kommun_id})
        links = _local_links(dataset, index["links"].get(kommun_id, []), own)
        forums = _local_forums(dataset, index["forums"].get(kommun_id, []), own)
    return _assemble(dataset, kommun, members, links, forums)


def kommun_networks(dataset: Dataset, kommun_ids: Iterable[str] | None = None) -> dict[str, Network]:
    """The network of each chosen kommun (all by default), by kommun id, in id order.

    Data that defines no kommuner gives one network of everything, under the id ``"all"``.

    Raises
    ------
    UsageError
        For a kommun id the data does not define.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> ds = Dataset({"m": Kommun("m", "M"), "k": Kommun("k", "K")}, {})
    >>> list(kommun_networks(ds)), list(kommun_networks(Dataset({}, {})))
    (['k', 'm'], ['all'])
    """
    return {kommun_id or "all": build_network(dataset, kommun_id) for kommun_id in chosen_kommuner(dataset, kommun_ids)}


def chosen_kommuner(dataset: Dataset, kommun_ids: Iterable[str] | None = None) -> list[str | None]:
    """The kommuner a run builds a network for (:func:`select_kommuner`), or ``[None]`` for one network of everything.

    Examples
    --------
    >>> from samnet.core.model import Dataset, Kommun
    >>> chosen_kommuner(Dataset({"m": Kommun("m", "M"), "k": Kommun("k", "K")}, {})), chosen_kommuner(Dataset({}, {}))
    (['k', 'm'], [None])
    """
    if not dataset.kommuner and not kommun_ids:
        # A mapping of one organisation's contacts may name no kommun at all.
        return [None]
    return select_kommuner(dataset, kommun_ids)


def _assemble(
    dataset: Dataset,
    kommun: Kommun | None,
    members: set[str],
    links: list[Link],
    forums: list[Forum],
    region_id: str = "all",
    region_name: str = "",
) -> Network:
    # A tie that has ended (status: upphört) stays in the data and is listed, but adds
    # nothing to current figures: not its pairs, not its actors.
    ended = tuple(tie for tie in (*links, *forums) if tie.ended)
    links = [link for link in links if not link.ended]
    forums = [forum for forum in forums if not forum.ended]
    for link in links:
        members.update((link.source, link.target))
    for forum in forums:
        members.update(forum.members)
    resolved = [resolve_tie(link) for link in links]
    disputed = tuple(t for t in resolved if t.level == 0)
    links = [t for t in resolved if t.level != 0]
    resolved_forums = [resolve_tie(forum) for forum in forums]
    disputed += tuple(f for f in resolved_forums if f.level == 0)
    forums = [f for f in resolved_forums if f.level != 0]

    graph = nx.Graph()
    # Nodes go in sorted so that every traversal, and so every output, is the
    # same from run to run.
    graph.add_nodes_from(sorted(members))
    samverkan_links = tuple(link for link in links if not link.one_way)
    for tie in samverkan_links + tuple(forums):
        for u, v in tie_pairs(tie):
            _merge(graph, u, v, tie)
    # Same reason: edge order must not depend on the order ties were merged.
    ordered = nx.Graph()
    ordered.add_nodes_from(graph.nodes)
    ordered.add_edges_from(sorted((min(u, v), max(u, v), d) for u, v, d in graph.edges(data=True)))
    informants = None
    if dataset.informants is not None:
        informants = {i: p for i, p in sorted(dataset.informants.items()) if p.actor in members}
    return Network(
        kommun=kommun,
        actors={i: dataset.actors[i] for i in sorted(members)},
        samverkan=ordered,
        one_way=tuple(link for link in links if link.one_way),
        links=samverkan_links,
        forums=tuple(forums),
        region_id=region_id,
        region_name=region_name,
        kommun_names={k.id: k.name for k in dataset.kommuner.values()},
        disputed=disputed,
        informants=informants,
        testimony=dataset.has_testimony,
        ended=ended,
        statements=_statements(dataset, kommun, members),
    )


def _statements(dataset: Dataset, kommun: Kommun | None, members: set[str]) -> tuple[Statement, ...]:
    """The statements about mandate that concern a network: its kommun's own and those for all the data."""
    kommun_ids = {kommun.id} if kommun else {dataset.actors[m].kommun for m in members}
    return tuple(s for s in dataset.statements if s.kommun is None or s.kommun in kommun_ids)
