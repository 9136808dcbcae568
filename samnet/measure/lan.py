"""The län as a whole: each kommun's key figures side by side, what each lacks, and the län network.

Measured once per run from what is already measured: the kommun networks
(:func:`samnet.core.network.kommun_networks`, regional structures counted once per
kommun), their figures (:func:`samnet.measure.metrics.analyze_network`) and, when
given, the check against the agreement (:func:`samnet.measure.check.check_networks`).
The overview page, the report's län section and their sentences read only the
:class:`~samnet.measure.results.LanFigures` that :func:`lan_figures` returns.

What a kommun "has" (each a list of actor or forum ids, empty when it lacks it):

``samordnare``
    its own actors of type ``strateg`` (strateg / samordnare);
``local_vinr_forums``
    forums in its network that are not regional (:func:`samnet.core.network.is_regional`)
    and whose areas include ``vinr``;
``kvinnojour``, ``barnahus``
    actors of that type joined by a samverkan tie to one of the kommun's own actors.

The län network joins each kommun to the **regional structures** it takes part in:
a regional forum in which the kommun has a member, and a regional actor (no
kommun) that one of the kommun's own actors is tied to outside regional forums
(a link, or a local forum). Links between actors of two kommuner are listed as
``links_between``.

Examples
--------
>>> from samnet.core.network import kommun_networks
>>> from samnet.measure.metrics import analyze_network
>>> from samnet.core.model import Actor, Dataset, Forum, Kommun
>>> actors = {"a": Actor("a", "A", "strateg", "kommun", "k"), "b": Actor("b", "B", "ifo", "kommun", "m"),
...           "j": Actor("j", "Jouren", "kvinnojour", "ideell")}
>>> ds = Dataset({"k": Kommun("k", "K"), "m": Kommun("m", "M")}, actors, (),
...              (Forum("f", "Nätverk", ("a", "b", "j"), 2, frozenset({"struktur"}), areas=frozenset({"vinr"}),
...                     kommuner=frozenset({"k", "m"})),))
>>> nets = kommun_networks(ds)
>>> lan = lan_figures(ds, nets, {k: analyze_network(n) for k, n in nets.items()})
>>> [(row["id"], row["samordnare"], row["kvinnojour"], row["tied_kommuner"]) for row in lan.kommuner]
[('k', ['a'], ['j'], ['m']), ('m', [], ['j'], ['k'])]
>>> lan.gaps["samordnare"], lan.structures[0]["kommuner"]
(['m'], ['k', 'm'])
"""

from __future__ import annotations

from collections import Counter

from samnet.core.model import Dataset, Forum
from samnet.core.network import Network, is_regional
from samnet.measure.results import LAN_GAP_KEYS, LAN_MIN_KOMMUNER, LanFigures

__all__ = ["GAP_KEYS", "MIN_KOMMUNER", "lan_figures"]

#: The overview is written for data with more than two kommuner (two are compared side by side).
MIN_KOMMUNER = LAN_MIN_KOMMUNER

#: What the overview lists kommuner without, in the order it lists them.
GAP_KEYS = LAN_GAP_KEYS


def _tied_of_type(network: Network, kommun_id: str, actor_type: str) -> list[str]:
    """Actors of ``actor_type`` joined by a samverkan tie to one of the kommun's own actors."""
    actors = network.actors
    found = set()
    for u, v in network.samverkan.edges:
        for near, far in ((u, v), (v, u)):
            if actors[far].type == actor_type and actors[near].kommun == kommun_id:
                found.add(far)
    return sorted(found)


def _figures(measured) -> dict:
    """A network's figures as a dict: :class:`~samnet.measure.results.NetworkMetrics` or its JSON form."""
    return measured if isinstance(measured, dict) else measured.to_json()


def _kommun_row(dataset: Dataset, network: Network, measured) -> dict:
    figures = _figures(measured)
    kommun_id = network.id
    own = [a for a in network.actors.values() if a.kommun == kommun_id]
    forums = {f.id: f for f in dataset.forums}
    regional_forums = [f.id for f in network.forums if is_regional(forums[f.id], dataset.actors)]
    levels = figures["levels"]
    described = figures["described_ties"]
    return {
        "id": kommun_id,
        "name": network.name,
        "lan": network.kommun.lan if network.kommun else None,
        "actors": figures["actors"],
        "own_actors": len(own),
        "regional_actors": figures["actors"] - len(own),
        "samverkan_ties": figures["samverkan_ties"],
        "described_ties": described,
        "forums": figures["forums"],
        "regional_forums": len(regional_forums),
        "density": figures["density"],
        "levels": dict(levels),
        "high_share": round((levels["3"] + levels["4"]) / described, 6) if described else None,
        "one_way_links": figures["one_way_links"],
        "person_dependent_ties": figures["person_dependent_ties"],
        "samordnare": sorted(a.id for a in own if a.type == "strateg"),
        "local_vinr_forums": sorted(f.id for f in network.forums if f.id not in regional_forums and "vinr" in f.areas),
        "kvinnojour": _tied_of_type(network, kommun_id, "kvinnojour"),
        "barnahus": _tied_of_type(network, kommun_id, "barnahus"),
        # Every own actor, so that the län map can draw each kommun as a group of its actors.
        "members": [{"id": a.id, "name": a.name, "type": a.type} for a in sorted(own, key=lambda a: a.id)],
    }


def _structures(dataset: Dataset, networks: dict[str, Network]) -> tuple[list[dict], list[dict]]:
    """The regional structures with the kommuner in each, and the links between two kommuner."""
    actors = dataset.actors
    whole = {f.id: f for f in dataset.forums}
    chosen = set(networks)
    by_id: dict[str, dict] = {}
    for forum in dataset.forums:
        if not is_regional(forum, actors):
            continue
        kommuner = sorted({actors[m].kommun for m in forum.members} & chosen)
        via: dict[str, list[str]] = {}
        for m in sorted(forum.members):
            if actors[m].kommun in chosen:
                via.setdefault(actors[m].kommun, []).append(m)
        by_id[forum.id] = {
            "id": forum.id,
            "name": forum.name,
            "kind": "forum",
            "type": "forum",
            "level": forum.level,
            "members": len(forum.members),
            "kommuner": kommuner,
            "via": via,
        }
    for kommun_id, network in networks.items():
        for u, v, data in network.samverkan.edges(data=True):
            for near, far in ((u, v), (v, u)):
                if actors[near].kommun != kommun_id or actors[far].kommun is not None:
                    continue
                if all(isinstance(t, Forum) and is_regional(whole[t.id], actors) for t in data["ties"]):
                    continue  # reached only through regional forums, which the map already draws
                entry = by_id.setdefault(
                    far,
                    {
                        "id": far,
                        "name": actors[far].name,
                        "kind": "actor",
                        "type": actors[far].type,
                        "level": None,
                        "members": None,
                        "kommuner": [],
                        "via": {},
                    },
                )
                if kommun_id not in entry["kommuner"]:
                    entry["kommuner"].append(kommun_id)
                entry["via"].setdefault(kommun_id, []).append(near)
    structures = [
        dict(s, kommuner=sorted(s["kommuner"]), via={k: sorted(set(v)) for k, v in sorted(s["via"].items())})
        for s in by_id.values()
        if s["kommuner"]
    ]
    structures.sort(key=lambda s: (-len(s["kommuner"]), s["kind"], s["name"], s["id"]))
    between: Counter = Counter()
    for link in dataset.links:
        a, b = actors[link.source].kommun, actors[link.target].kommun
        if not link.one_way and a in chosen and b in chosen and a != b:
            between[tuple(sorted((a, b)))] += 1
    links_between = [{"a": a, "b": b, "links": n} for (a, b), n in sorted(between.items())]
    return structures, links_between


def _check_matrix(checked, kommun_ids: list[str]) -> dict | None:
    """Rules × kommuner: each rule's status per kommun (``None`` where the check did not run)."""
    if checked is None:
        return None
    by_kommun = {k.kommun_id: {r.rule.id: r.status for r in k.results} for k in checked.kommuner}
    rules = []
    for kommun in checked.kommuner[:1]:
        rules = [
            {"id": r.rule.id, "text": r.rule.text, "ref": r.rule.ref, "required": r.rule.required}
            for r in kommun.results
        ]
    status = {rule["id"]: {k: by_kommun.get(k, {}).get(rule["id"]) for k in kommun_ids} for rule in rules}
    gaps = {k.kommun_id: len(k.gaps) for k in checked.kommuner}
    paper = {k.kommun_id: _paper(k) for k in checked.kommuner if k.kommun_id in kommun_ids}
    return {
        "norm": checked.norm.name,
        "rules": rules,
        "status": status,
        "gaps": gaps,
        "paper": paper,
        "has_documents": checked.has_documents,
    }


def _paper(kommun) -> list[dict]:
    """A kommun's paper-and-practice findings, as the check measured them, with names instead of ids."""
    rules = {r.rule.id: r.rule for r in kommun.results}
    found = []
    for finding in kommun.paper:
        rule = rules.get(finding.rule) if finding.rule else None
        found.append(
            {
                "kind": finding.kind,
                "document": kommun.name(finding.document) if finding.document else None,
                "rule": rule.text if rule else None,
                "document_kinds": sorted(rule.document_kinds) if rule else [],
                "pairs": [[kommun.name(a), kommun.name(b)] for a, b in finding.pairs],
                "decided": finding.decided,
            }
        )
    return found


def lan_figures(dataset: Dataset, networks: dict[str, Network], measured: dict[str, dict], checked=None) -> LanFigures:
    """The län overview's figures, from the kommun networks and their measured figures.

    Parameters
    ----------
    dataset : Dataset
    networks : dict of str to Network
        The kommun networks, by kommun id (:func:`samnet.core.network.kommun_networks`).
    measured : dict of str to dict
        Each network's figures (:func:`samnet.measure.metrics.analyze_network`), by kommun id.
    checked : samnet.measure.check.CheckReport, optional
        The kommuner held against the agreement; gives ``check`` (else ``None``).

    Returns
    -------
    LanFigures
        ``lan``, ``kommuner`` (one row per kommun, in id order), ``gaps`` (per key of
        :data:`GAP_KEYS`, the ids of kommuner without it), ``structures``,
        ``links_between``, ``level_max`` (the highest count on the trappa of any
        kommun: one scale for every profile) and ``check``.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun
    >>> from samnet.core.network import kommun_networks
    >>> from samnet.measure.metrics import analyze_network
    >>> ds = Dataset({"k": Kommun("k", "K", "Län")}, {"a": Actor("a", "A", "ifo", "kommun", "k")})
    >>> nets = kommun_networks(ds)
    >>> found = lan_figures(ds, nets, {k: analyze_network(n) for k, n in nets.items()})
    >>> found.lan, found.gaps["samordnare"], found.check
    ('Län', ['k'], None)
    """
    kommun_ids = [k for k in sorted(networks) if k in dataset.kommuner]
    rows = [_kommun_row(dataset, networks[k], measured[k]) for k in kommun_ids]
    structures, links_between = _structures(dataset, {k: networks[k] for k in kommun_ids})
    tied: dict[str, set[str]] = {k: set() for k in kommun_ids}
    for structure in structures:
        for k in structure["kommuner"]:
            tied[k].update(structure["kommuner"])
    for pair in links_between:
        tied[pair["a"]].add(pair["b"])
        tied[pair["b"]].add(pair["a"])
    check = _check_matrix(checked, kommun_ids)
    for row in rows:
        row["tied_kommuner"] = sorted(tied[row["id"]] - {row["id"]})
        row["check_gaps"] = check["gaps"].get(row["id"]) if check else None
    lans = sorted({dataset.kommuner[k].lan for k in kommun_ids if dataset.kommuner[k].lan})
    return LanFigures(
        lan=lans[0] if len(lans) == 1 else "",
        kommuner=rows,
        gaps={key: [row["id"] for row in rows if not row[key]] for key in GAP_KEYS},
        structures=structures,
        links_between=links_between,
        level_max=max((max(row["levels"].values()) for row in rows), default=0),
        check=check,
    )
