"""Paper and practice: rules that ask for a written document, and where documents and ties part ways.

A mapping's ``documents:`` (agreements, routines, policies) are held against
its ties. Three findings, each built from the data alone (001: "avtal som
enbart finns på papper"; 004: "få styrdokument … inte uppdaterade eller
ordentligt implementerade"):

``paper_only``
    a document in force whose parties (two or more in this network) include a
    pair with no samverkan tie at all in the mapping: it exists on paper;
``unwritten``
    a norm rule asks for a document among parties who do work together in the
    mapping, and no such document is recorded: practice without paper;
``lapsed``
    a document whose status is ``upphort``.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Document, Kommun
>>> from samnet.core.network import build_network
>>> actors = {"s": Actor("s", "IFO", "ifo", "kommun", "k"), "p": Actor("p", "BUP", "bup", "region", "k")}
>>> doc = Document("r", "Rutin", "rutin", ("s", "p"), "k")
>>> ds = Dataset({"k": Kommun("k", "K")}, actors, documents=(doc,))
>>> [(f.kind, f.pairs) for f in paper_findings(build_network(ds, "k"), ds.documents, (), ds.actors)]
[('paper_only', (('s', 'p'),))]
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from samnet.core.model import Actor, Document
from samnet.core.network import Network
from samnet.core.norm import Rule, Selector
from samnet.measure.results import PAPER_KINDS, PaperFinding

__all__ = ["PaperFinding", "PAPER_KINDS", "network_documents", "judge_document_rule", "paper_findings"]


def network_documents(network: Network, documents: Iterable[Document]) -> list[Document]:
    """The documents that concern a network: the kommun's own, and regional ones with a party in it.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Document, Kommun
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"s": Actor("s", "IFO", "ifo", "kommun", "k")})
    >>> docs = [Document("a", "A", "rutin", ("s",), "k"), Document("b", "B", "rutin", ("s",), "m")]
    >>> [d.id for d in network_documents(build_network(ds, "k"), docs)]
    ['a']
    """
    own = network.kommun.id if network.kommun else None
    chosen = []
    for document in documents:
        if own is None or document.kommun == own:
            chosen.append(document)
        elif document.kommun is None and any(p in network.actors for p in document.parties):
            chosen.append(document)
    return chosen


def _covers(document: Document, parties: tuple[Selector, ...], actors: dict[str, Actor]) -> bool:
    """Whether every party selector matches some party of the document."""
    found = [actors[p] for p in document.parties if p in actors]
    return all(any(s.matches(a) for a in found) for s in parties)


def _practice(rule: Rule, network: Network) -> tuple[tuple[str, str], ...]:
    """Pairs of actors matching two different party selectors that have a samverkan tie."""
    graph = network.samverkan
    sides = [[a.id for a in network.actors.values() if s.matches(a)] for s in rule.members]
    pairs = set()
    for one, other in combinations(sides, 2):
        for x in one:
            for y in other:
                if x != y and graph.has_edge(x, y):
                    pairs.add(tuple(sorted((x, y))))
    return tuple(sorted(pairs))


def judge_document_rule(rule: Rule, network: Network, documents: list[Document] | None, actors: dict[str, Actor]):
    """The status of a ``kind: document`` rule and what it rests on (the fields of a rule result).

    ``met`` (a fitting document in force), ``below`` (only drafts), ``missing``.

    ``not_mapped`` when a party is not in the mapping, or when the data records no
    documents at all (``documents`` is None).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Document
    >>> from samnet.core.network import build_network
    >>> from samnet.core.norm import Rule, Selector
    >>> actors = {"s": Actor("s", "IFO", "ifo", "kommun"), "p": Actor("p", "BUP", "bup", "region")}
    >>> rule = Rule("r", "R", kind="document", members=(Selector(groups=frozenset({"social"})),
    ...             Selector(types=frozenset({"bup"}))), document_kinds=frozenset({"rutin"}))
    >>> net = build_network(Dataset({}, actors))
    >>> judge_document_rule(rule, net, [Document("d", "D", "rutin", ("s", "p"), status="utkast")], actors)
    ('below', {'documents': ('d',), 'practice_pairs': ()})
    """
    unmapped = tuple(s for s in rule.members if not any(s.matches(a) for a in network.actors.values()))
    if unmapped:
        return "not_mapped", {"unmapped": unmapped, "not_mapped_reason": "absent"}
    practice = _practice(rule, network)
    if documents is None:
        return "not_mapped", {"not_mapped_reason": "no_documents", "practice_pairs": practice}
    fitting = [
        d
        for d in documents
        if (not rule.document_kinds or d.kind in rule.document_kinds)
        and not (rule.areas and d.areas and not rule.areas & d.areas)
        and _covers(d, rule.members, actors)
    ]
    for status, wanted in (("met", "gallande"), ("below", "utkast"), ("missing", "upphort")):
        chosen = tuple(d.id for d in fitting if d.status == wanted)
        if chosen:
            return status, {"documents": chosen, "practice_pairs": practice}
    return "missing", {"practice_pairs": practice}


def paper_findings(
    network: Network, documents: list[Document] | None, results: Iterable, actors: dict[str, Actor]
) -> tuple[PaperFinding, ...]:
    """Paper without practice, practice without paper, and lapsed documents in one network.

    ``results`` are the network's rule results; document rules judged missing or
    below whose parties work together give ``unwritten`` findings.
    """
    found: list[PaperFinding] = []
    for document in documents or ():
        if document.status == "upphort":
            found.append(PaperFinding("lapsed", document=document.id, decided=document.decided))
            continue
        if document.status != "gallande":
            continue
        present = [p for p in document.parties if p in network.actors]
        untied = tuple((x, y) for x, y in combinations(present, 2) if not network.samverkan.has_edge(x, y))
        if len(present) >= 2 and untied:
            found.append(PaperFinding("paper_only", document=document.id, pairs=untied, decided=document.decided))
    if documents is not None:
        for result in results:
            if result.rule.is_document and result.status in ("missing", "below") and result.practice_pairs:
                found.append(PaperFinding("unwritten", rule=result.rule.id, pairs=result.practice_pairs))
    order = {k: i for i, k in enumerate(PAPER_KINDS)}
    return tuple(sorted(found, key=lambda f: order[f.kind]))
