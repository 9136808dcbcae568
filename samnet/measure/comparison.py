"""Set two samverkan networks side by side and say, in words and numbers, what differs.

Two kommuner (or one kommun before and after a change, or kommuner from two
different data folders) are compared by **actor type**, never by actor id:
ids differ between kommuner and between snapshots, types do not (000 §6
compares Ljusdal and Sandviken the same way: does the school take part in the
structural work, is there a focus on honour-related violence).

:func:`compare_networks` turns two networks and their figures into one
:class:`~samnet.measure.results.Comparison`: the side-by-side figures and the ranked
differences, as data (its ``to_json()`` is ``compare-A-B.json``).
Its presenters live in their layers: :mod:`samnet.present.compare_words` says each
difference in Swedish or English (one function per kind, keyed like
:data:`WEIGHTS`), :mod:`samnet.present.compare_report` prints a comparison as a
table, JSON or Markdown, and :mod:`samnet.present.compare_page` draws both maps side
by side in one self-contained page, the type pairs that differ highlighted.

The type-level view
-------------------
A *type pair* is tied in a kommun when at least one samverkan edge or one-way
link joins an actor of one type with an actor of the other (a pair may be one
type twice: IFO barn and IFO vuxen are IFO–IFO). Its side of the comparison
holds the highest trappa level, the union of scopes and areas, the number of
samverkan edges, whether **every** one of them is person-dependent (as in
:mod:`samnet.core.network`: the pair of types hangs on persons only if no
function-based tie backs it up) and the one-way links by kind and direction.

The ranked differences: by function
-----------------------------------
``differences`` are the findings of :func:`samnet.measure.comparison_figures.compare_findings`:
counted per **function** (:data:`samnet.core.vocab.FUNCTIONS`: IFO and
socialtjänst are both social services), ranked substantive first
(person-dependence, reach of social services, levels 3–4, schools and each
förvaltning in the structural work, areas and the area focus of the level-4
forums, level 4 inside or across organisations, one forum dominating), each
with the figures of both kommuner. A claim that something is missing in one
kommun is made only when no actor of that function does it there.
``mapped`` lists the functions mapped in one kommun only ("Kartlagda
aktörer"): a difference in what was mapped, not a finding. See
:mod:`samnet.measure.comparison_figures` for the scores.

The type-pair table
-------------------
A type pair ``differs`` (and is highlighted on the page) when it is tied on
one side only, or when its level, scopes, person-dependence or one-way
links differ; these details are scored by :data:`WEIGHTS` only to decide
that, and are shown in the type-pair table, never ranked among the findings.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Kommun, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset(
...     {"a": Kommun("a", "Aby"), "b": Kommun("b", "Bby")},
...     {"a-ifo": Actor("a-ifo", "IFO", "ifo", "kommun", "a"),
...      "a-skola": Actor("a-skola", "Skola", "skola", "kommun", "a"),
...      "b-ifo": Actor("b-ifo", "IFO", "ifo", "kommun", "b"),
...      "b-skola": Actor("b-skola", "Skola", "skola", "kommun", "b")},
...     (Link(0, "a-skola", "a-ifo", "samverkan", 3, frozenset({"struktur"}),
...           kommuner=frozenset({"a"})),
...      Link(1, "b-skola", "b-ifo", "orosanmalan", kommuner=frozenset({"b"}))))
>>> from samnet.measure.metrics import analyze_network
>>> net_a, net_b = build_network(ds, "a"), build_network(ds, "b")
>>> c = compare_networks(net_a, net_b, analyze_network(net_a), analyze_network(net_b))
>>> [(d["key"], d["values"].get("function")) for d in c.differences]
[('function_samverkan', 'skola'), ('function_samverkan', 'social'), ('reach', None)]
>>> c.mapped
[]
"""

from __future__ import annotations

from collections import Counter

from samnet.core.network import Network
from samnet.core.vocab import AREAS, ONE_WAY_KINDS
from samnet.measure.comparison_figures import compare_findings
from samnet.measure.results import SUMMARY_KEYS, TOP, Comparison, ComparisonSide, NetworkMetrics

__all__ = [
    "TOP",
    "WEIGHTS",
    "SUMMARY_KEYS",
    "compare_networks",
]

#: The weight of each kind of type-pair detail (see the module docstring).
WEIGHTS: dict[str, float] = {
    "pair_samverkan_vs_one_way": 0.9,
    "pair_only": 0.5,
    "pair_level": 0.3,
    "pair_scope": 0.2,
    "pair_person_dependent": 0.2,
    "pair_one_way_only": 0.2,
    "pair_one_way_kinds": 0.1,
}


def _round(value: float, digits: int = 6) -> float:
    # Fixed rounding keeps the JSON byte-identical across platforms.
    rounded = round(float(value), digits)
    return 0.0 if rounded == 0 else rounded


def _share(part: int, whole: int) -> float | None:
    # A share of nothing is undefined, not zero: a kommun without samverkan has no structural share.
    return _round(part / whole) if whole else None


# --------------------------------------------------------------------------- type-level view


def _type_view(network: Network) -> dict:
    """Aggregate one network by actor type: type counts, per-type tie counts and type pairs."""
    actors = network.actors
    type_actors = Counter(a.type for a in actors.values())
    per_type = {
        t: {"samverkan": 0, "struktur": 0, "one_way": 0, "one_way_kinds": set(), "forums": 0} for t in type_actors
    }
    pairs: dict[tuple[str, str], dict] = {}

    def pair(t1: str, t2: str) -> dict:
        key = (min(t1, t2), max(t1, t2))
        if key not in pairs:
            pairs[key] = {
                "level": None,
                "scopes": set(),
                "areas": set(),
                "samverkan_ties": 0,
                "person_dependent_ties": 0,
                "one_way": Counter(),
            }
        return pairs[key]

    for u, v, data in network.samverkan.edges(data=True):
        tu, tv = actors[u].type, actors[v].type
        entry = pair(tu, tv)
        entry["level"] = max(entry["level"] or 0, data["level"])
        entry["scopes"] |= data["scopes"]
        entry["areas"] |= data["areas"]
        entry["samverkan_ties"] += 1
        entry["person_dependent_ties"] += int(data["person_dependent"])
        # An edge inside one type (IFO barn–IFO vuxen) counts once for that type.
        for t in {tu, tv}:
            per_type[t]["samverkan"] += 1
            per_type[t]["struktur"] += int("struktur" in data["scopes"])
    for link in network.one_way:
        ts, tt = actors[link.source].type, actors[link.target].type
        pair(ts, tt)["one_way"][(ts, tt, link.kind)] += 1
        for t in {ts, tt}:
            per_type[t]["one_way"] += 1
            per_type[t]["one_way_kinds"].add(link.kind)
    for forum in network.forums:
        for t in {actors[m].type for m in forum.members}:
            per_type[t]["forums"] += 1
    return {"types": dict(type_actors), "per_type": per_type, "pairs": pairs}


def _pair_side(entry: dict | None) -> dict | None:
    if entry is None:
        return None
    has_samverkan = entry["samverkan_ties"] > 0
    return {
        "kind": "samverkan" if has_samverkan else "one_way",
        "level": entry["level"],
        "scopes": sorted(entry["scopes"]),
        "areas": sorted(entry["areas"]),
        "samverkan_ties": entry["samverkan_ties"],
        "person_dependent_ties": entry["person_dependent_ties"],
        "person_dependent": (entry["person_dependent_ties"] == entry["samverkan_ties"]) if has_samverkan else None,
        "one_way": [{"from": s, "to": t, "kind": k, "links": n} for (s, t, k), n in sorted(entry["one_way"].items())],
    }


def _kinds(side: dict | None) -> list[str]:
    """The one-way kinds of a pair side, in vocabulary order."""
    if side is None:
        return []
    found = {row["kind"] for row in side["one_way"]}
    return [k for k in ONE_WAY_KINDS if k in found]


def _one_way_signature(side: dict | None) -> set:
    return set() if side is None else {(r["from"], r["to"], r["kind"]) for r in side["one_way"]}


# --------------------------------------------------------------------------- differences


def _qualitative(key: str, n: int, values: dict) -> dict:
    return {"key": key, "score": _round(WEIGHTS[key] * (n + 1) / (n + 2), 4), "values": values}


def _fixed(key: str, values: dict, magnitude: float = 1.0) -> dict:
    return {"key": key, "score": _round(WEIGHTS[key] * magnitude, 4), "values": values}


def _pair_differences(types: list[str], a: dict | None, b: dict | None) -> list[dict]:
    """Differences for one type pair whose two types exist in both kommuner."""
    found: list[dict] = []
    if a is None or b is None:
        side, present = ("a", a) if b is None else ("b", b)
        if present["kind"] == "samverkan":
            # A missing level-4 tie weighs four times a missing level-1 talk.
            n = present["samverkan_ties"]
            found.append(
                _fixed(
                    "pair_only",
                    {"types": types, "side": side, "level": present["level"], "scopes": present["scopes"], "ties": n},
                    present["level"] / 4 * (n + 1) / (n + 2),
                )
            )
        else:
            found.append(_fixed("pair_one_way_only", {"types": types, "side": side, "kinds": _kinds(present)}))
        return found
    if (a["kind"] == "samverkan") != (b["kind"] == "samverkan"):
        side, present, other = ("a", a, b) if a["kind"] == "samverkan" else ("b", b, a)
        found.append(
            _qualitative(
                "pair_samverkan_vs_one_way",
                present["samverkan_ties"],
                {
                    "types": types,
                    "side": side,
                    "level": present["level"],
                    "scopes": present["scopes"],
                    "ties": present["samverkan_ties"],
                    "other_kinds": _kinds(other),
                },
            )
        )
        return found
    if a["kind"] == "samverkan":
        if a["level"] != b["level"]:
            found.append(
                _fixed(
                    "pair_level", {"types": types, "a": a["level"], "b": b["level"]}, abs(a["level"] - b["level"]) / 3
                )
            )
        if a["scopes"] != b["scopes"]:
            # Structural work in one kommun only matters more than individual work in one only.
            structural_differs = ("struktur" in a["scopes"]) != ("struktur" in b["scopes"])
            found.append(
                _fixed(
                    "pair_scope",
                    {"types": types, "a": a["scopes"], "b": b["scopes"]},
                    1.0 if structural_differs else 0.5,
                )
            )
        if a["person_dependent"] != b["person_dependent"]:
            side = "a" if a["person_dependent"] else "b"
            found.append(
                _fixed(
                    "pair_person_dependent",
                    {"types": types, "side": side, "ties": (a if side == "a" else b)["person_dependent_ties"]},
                )
            )
    if _one_way_signature(a) != _one_way_signature(b):
        found.append(_fixed("pair_one_way_kinds", {"types": types, "a": a["one_way"], "b": b["one_way"]}))
    return found


# --------------------------------------------------------------------------- side-by-side figures


def _figures(m: NetworkMetrics) -> dict:
    # Levels and scopes count described ties (a forum once), so their shares are of described ties.
    described, one_way = m.described_ties, m.one_way_links
    structural = m.scopes["struktur"] + m.scopes["both"]
    high = m.levels["3"] + m.levels["4"]
    return {
        "actors": m.actors,
        "described_ties": described,
        "samverkan_ties": m.samverkan_ties,
        "forum_only_ties": m.forum_only_ties,
        "one_way_links": one_way,
        "forums": m.forums,
        "person_dependent_links": len(m.person_dependent_links),
        "person_dependent_ties": m.person_dependent_ties,
        "density": _round(m.density),
        "structural_share": _share(structural, described),
        "high_level_share": _share(high, described),
        "person_dependent_share": _share(m.person_dependent_ties, m.samverkan_ties),
        "one_way_share": _share(one_way, described + one_way),
    }


def _side_by_side(metrics: dict[str, NetworkMetrics]) -> dict:
    """``summary``, ``levels``, ``scopes`` and ``areas``: each figure as ``{"a": x, "b": y}``."""
    figures = {side: _figures(m) for side, m in metrics.items()}
    return {
        "summary": {k: {"a": figures["a"][k], "b": figures["b"][k]} for k in SUMMARY_KEYS},
        "levels": {str(n): {s: metrics[s].levels[str(n)] for s in "ab"} for n in range(1, 5)},
        "scopes": {k: {s: metrics[s].scopes[k] for s in "ab"} for k in ("individ", "struktur", "both")},
        "areas": {k: {s: metrics[s].areas[k] for s in "ab"} for k in AREAS},
    }


def _types(views: dict) -> dict:
    types_a, types_b = views["a"]["types"], views["b"]["types"]
    return {
        "only_a": [{"type": t, "a": types_a[t], "b": 0} for t in sorted(set(types_a) - set(types_b))],
        "only_b": [{"type": t, "a": 0, "b": types_b[t]} for t in sorted(set(types_b) - set(types_a))],
        "both": [{"type": t, "a": types_a[t], "b": types_b[t]} for t in sorted(set(types_a) & set(types_b))],
    }


def _per_type(views: dict) -> tuple[dict, dict]:
    """``one_way_share`` and ``type_profile``: per actor type, each side's row or None."""
    one_way_share: dict[str, dict] = {}
    type_profile: dict[str, dict] = {}
    for t in sorted(set(views["a"]["types"]) | set(views["b"]["types"])):
        shares, profile = {}, {}
        for side in "ab":
            counts = views[side]["per_type"].get(t)
            if counts is None:
                shares[side] = profile[side] = None
                continue
            shares[side] = {
                "one_way": counts["one_way"],
                "samverkan": counts["samverkan"],
                "share": _share(counts["one_way"], counts["one_way"] + counts["samverkan"]),
            }
            profile[side] = {
                "actors": views[side]["types"][t],
                "samverkan": counts["samverkan"],
                "struktur": counts["struktur"],
                "one_way": counts["one_way"],
                "forums": counts["forums"],
                "structural_share": _share(counts["struktur"], counts["samverkan"]),
            }
        one_way_share[t] = shares
        type_profile[t] = profile
    return one_way_share, type_profile


def _type_pairs(views: dict, in_both: set[str]) -> tuple[list[dict], list[dict]]:
    """The type-pair rows and their differences (only for pairs of types present on both sides)."""
    rows, differences = [], []
    for key in sorted(set(views["a"]["pairs"]) | set(views["b"]["pairs"])):
        pa = _pair_side(views["a"]["pairs"].get(key))
        pb = _pair_side(views["b"]["pairs"].get(key))
        status = "both" if pa and pb else ("a_only" if pa else "b_only")
        found = _pair_differences(list(key), pa, pb) if set(key) <= in_both else []
        differences.extend(found)
        rows.append(
            {"types": list(key), "a": pa, "b": pb, "status": status, "differs": status != "both" or bool(found)}
        )
    return rows, differences


# --------------------------------------------------------------------------- the comparison


def _sides(net_a: Network, net_b: Network) -> dict[str, ComparisonSide]:
    # The same name on both sides (a kommun against its later snapshot) gets (A) and (B).
    same = net_a.name == net_b.name
    return {
        "a": ComparisonSide(net_a.id, net_a.name, f"{net_a.name} (A)" if same else net_a.name),
        "b": ComparisonSide(net_b.id, net_b.name, f"{net_b.name} (B)" if same else net_b.name),
    }


def compare_networks(
    net_a: Network, net_b: Network, metrics_a: NetworkMetrics, metrics_b: NetworkMetrics
) -> Comparison:
    """Compare two networks by actor type: side-by-side figures, type pairs and ranked differences.

    Parameters
    ----------
    net_a, net_b : Network
        From :func:`samnet.core.network.build_network`; they may come from different
        datasets (another snapshot, another län): only types are matched.
    metrics_a, metrics_b : NetworkMetrics
        Their :func:`samnet.measure.metrics.analyze_network` results: a run measures
        each network once and hands the figures down.

    Returns
    -------
    Comparison
        Deterministic; ``to_json()`` is JSON-ready. Attributes: ``a`` and ``b`` (``id``, ``name``,
        ``label``: the name, with " (A)"/" (B)" added when both names are the
        same), ``summary`` (each figure as ``{"a": x, "b": y}``), ``levels``,
        ``scopes``, ``areas``, ``types`` (``only_a``, ``only_b``, ``both``:
        rows ``{"type", "a", "b"}`` with actor counts), ``one_way_share`` (per
        type: ``{"a": row|None, "b": row|None}``, row = ``one_way``,
        ``samverkan``, ``share``), ``type_profile`` (per type: ``actors``,
        ``samverkan``, ``struktur``, ``one_way``, ``forums``,
        ``structural_share``, or None), ``type_pairs`` (rows ``types``, ``a``,
        ``b``, ``status``, ``differs``), ``by_function`` (each side's
        :func:`samnet.measure.comparison_figures.side_figures`), ``differences`` (the ranked
        findings: rows ``key``, ``score``, ``magnitude``, ``values``) and
        ``mapped`` (functions mapped on one side only: ``function``,
        ``side``, ``actors``).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Kommun, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({"k": Kommun("k", "K")},
    ...              {"i": Actor("i", "IFO", "ifo", "kommun", "k"),
    ...               "p": Actor("p", "Polisen", "polis", "stat")},
    ...              (Link(0, "i", "p", "samverkan", 2, frozenset({"individ"}),
    ...                    kommuner=frozenset({"k"})),))
    >>> net = build_network(ds, "k")
    >>> from samnet.measure.metrics import analyze_network
    >>> c = compare_networks(net, net, analyze_network(net), analyze_network(net))
    >>> c.summary["samverkan_ties"], c.differences
    ({'a': 1, 'b': 1}, [])
    >>> c.type_pairs[0]["types"], c.type_pairs[0]["status"]
    (['ifo', 'polis'], 'both')
    """
    metrics = {"a": metrics_a, "b": metrics_b}
    views = {"a": _type_view(net_a), "b": _type_view(net_b)}
    figures = _side_by_side(metrics)
    types = _types(views)
    one_way_share, type_profile = _per_type(views)
    in_both = set(views["a"]["types"]) & set(views["b"]["types"])
    type_pairs, _details = _type_pairs(views, in_both)
    found = compare_findings(net_a, net_b)
    return Comparison(
        **_sides(net_a, net_b),
        **figures,
        types=types,
        one_way_share=one_way_share,
        type_profile=type_profile,
        type_pairs=type_pairs,
        by_function={"a": found["a"], "b": found["b"]},
        differences=found["findings"],
        mapped=found["mapped"],
        brokers={side: _broker_side(m) for side, m in metrics.items()},
    )


def _broker_side(m: NetworkMetrics) -> dict:
    """E-I index per grouping and the key actor whose loss cuts most pairs apart (None when none does)."""
    top = m.key_actors[0] if m.key_actors and m.key_actors[0]["pairs_disconnected"] else None
    names = {row["id"]: row["name"] for row in m.centrality}
    return {
        "ei_index": dict(m.ei_index),
        "key_actor": None
        if top is None
        else {"id": top["id"], "name": names[top["id"]], "pairs_disconnected": top["pairs_disconnected"]},
    }
