"""Set two samverkan networks side by side and say, in words and numbers, what differs.

Two kommuner (or one kommun before and after a change, or kommuner from two
different data folders) are compared by **actor type**, never by actor id:
ids differ between kommuner and between snapshots, types do not (000 §6
compares Ljusdal and Sandviken the same way: does the school take part in the
structural work, is there a focus on honour-related violence).

:func:`compare_networks` turns two networks and their figures into one
JSON-ready dict: the side-by-side figures and the ranked differences, as data.
Its presenters live in their layers: :mod:`samnet.compare_words` says each
difference in Swedish or English (one function per kind, keyed like
:data:`WEIGHTS`), :mod:`samnet.compare_report` prints a comparison as a
table, JSON or Markdown, and :mod:`samnet.compare_page` draws both maps side
by side in one self-contained page, the type pairs that differ highlighted.

The type-level view
-------------------
A *type pair* is tied in a kommun when at least one samverkan edge or one-way
link joins an actor of one type with an actor of the other (a pair may be one
type twice: IFO barn and IFO vuxen are IFO–IFO). Its side of the comparison
holds the highest trappa level, the union of scopes and areas, the number of
samverkan edges, whether **every** one of them is person-dependent (as in
:mod:`samnet.graph`: the pair of types hangs on persons only if no
function-based tie backs it up) and the one-way links by kind and direction.

How differences are scored
--------------------------
Every difference gets ``score = weight × magnitude`` (rounded to 4 digits)
and the list is sorted by score, highest first (ties broken by key and
values, so the order never changes from run to run). Kommun-wide and
type-level differences weigh more than differences between two types,
which the type-pair table and the highlighted maps show in full.

*Qualitative* differences (something exists in one kommun and not in the
other) have ``magnitude = (n + 1) / (n + 2)``, where ``n`` is the number of
ties (or forums) behind the thing that exists: 0.5 for an empty shell,
0.67 for one tie, 0.92 for ten. A difference backed by many ties ranks
above one backed by a single tie, but never above its weight.

========================= ====== ==================================================
key                       weight what it means
========================= ====== ==================================================
area_only                 1.0    samverkan around an area (vinr, hrv, unga, barn)
                                 in one kommun, none in the other
type_only                 1.0    an actor type present in one kommun only
type_no_samverkan         0.9    a type with samverkan in one kommun and only
                                 one-way links (or nothing) in the other
pair_samverkan_vs_one_way 0.9    a type pair with samverkan in one kommun and only
                                 one-way links (orosanmälan …) in the other
type_structural           0.8    a type in structural samverkan in one kommun only
type_forum                0.8    a type sits in a forum (samverkansgrupp) in one
                                 kommun only (000 §6: are all förvaltningar in
                                 the groups?)
areas_unrecorded          0.5    one kommun tags no tie with an area, so area
                                 coverage cannot be compared; magnitude 1
========================= ====== ==================================================

*Quantitative* differences have a magnitude in [0, 1]:

- ``area_share`` (1.0): the share of samverkan ties that concern an area,
  relative difference ``|A − B| / max(A, B)`` (5 % against 1 % is fivefold);
- ``level_profile`` (1.0): total variation distance between the two
  distributions of ties over the four trappa levels (0 same, 1 disjoint);
- ``structural_share``, ``person_dependent_share``, ``one_way_share`` (1.0):
  ``|share A − share B|``, so 45 % against 20 % gives 0.25;
- ``type_one_way_share``, ``type_structural_share`` (0.5): the same for one
  actor type's ties;
- ``actors``, ``samverkan_ties``, ``one_way_links``, ``forums``,
  ``person_dependent_ties``, ``density`` (0.5): ``|A − B| / max(A, B)``;
- ``pair_only`` (0.5): samverkan between two types in one kommun and no tie
  at all in the other, magnitude ``level / 4 × (n + 1) / (n + 2)`` (a missing
  level-4 tie weighs four times a missing level-1 talk);
- ``pair_level`` (0.3): ``|level A − level B| / 3``;
- ``pair_scope`` (0.2): other scopes on both sides; magnitude 1 when
  structural work is on one side only, 0.5 when only individual work is;
- ``pair_person_dependent`` (0.2), ``pair_one_way_only`` (0.2),
  ``pair_one_way_kinds`` (0.1): magnitude 1.

A difference is listed only when its figures differ, so two identical
networks give an empty list. Type-level and pair differences are listed only
when the types exist in both kommuner (otherwise ``type_only`` says it), and a
share is compared only when it is defined on both sides (a kommun without
samverkan has no structural share).

Examples
--------
>>> from samnet.model import Actor, Dataset, Kommun, Link
>>> from samnet.graph import build_network
>>> ds = Dataset(
...     {"a": Kommun("a", "Aby"), "b": Kommun("b", "Bby")},
...     {"a-ifo": Actor("a-ifo", "IFO", "ifo", "kommun", "a"),
...      "a-skola": Actor("a-skola", "Skola", "skola", "kommun", "a"),
...      "b-ifo": Actor("b-ifo", "IFO", "ifo", "kommun", "b"),
...      "b-skola": Actor("b-skola", "Skola", "skola", "kommun", "b")},
...     (Link(0, "a-skola", "a-ifo", "samverkan", 3, frozenset({"struktur"}),
...           kommuner=frozenset({"a"})),
...      Link(1, "b-skola", "b-ifo", "orosanmalan", kommuner=frozenset({"b"}))))
>>> from samnet.metrics import analyze_network
>>> net_a, net_b = build_network(ds, "a"), build_network(ds, "b")
>>> c = compare_networks(net_a, net_b, analyze_network(net_a), analyze_network(net_b))
>>> [(d["key"], d["score"]) for d in c["differences"][:4]]
[('one_way_share', 1.0), ('pair_samverkan_vs_one_way', 0.6), ('type_no_samverkan', 0.6), ('type_no_samverkan', 0.6)]
"""

from __future__ import annotations

import json
from collections import Counter

from samnet.graph import Network
from samnet.metrics import NetworkMetrics
from samnet.vocab import AREAS, ONE_WAY_KINDS

__all__ = [
    "TOP",
    "WEIGHTS",
    "SUMMARY_KEYS",
    "compare_networks",
    "highlight_pairs",
    "types_present",
]

#: How many differences head a report; the Markdown report and the HTML page list the rest further down.
TOP = 25

#: The weight of each kind of difference (see the module docstring).
WEIGHTS: dict[str, float] = {
    # Something in one kommun and not in the other.
    "area_only": 1.0,
    "type_only": 1.0,
    "type_no_samverkan": 0.9,
    "pair_samverkan_vs_one_way": 0.9,
    "type_structural": 0.8,
    "type_forum": 0.8,
    "areas_unrecorded": 0.5,
    # Kommun-wide shares and profiles.
    "area_share": 1.0,
    "level_profile": 1.0,
    "structural_share": 1.0,
    "person_dependent_share": 1.0,
    "one_way_share": 1.0,
    # One actor type's shares.
    "type_one_way_share": 0.5,
    "type_structural_share": 0.5,
    # Counts and density.
    "actors": 0.5,
    "samverkan_ties": 0.5,
    "one_way_links": 0.5,
    "forums": 0.5,
    "person_dependent_ties": 0.5,
    "density": 0.5,
    # Details of one pair of types (the type-pair table shows them all).
    "pair_only": 0.5,
    "pair_level": 0.3,
    "pair_scope": 0.2,
    "pair_person_dependent": 0.2,
    "pair_one_way_only": 0.2,
    "pair_one_way_kinds": 0.1,
}

_SHARES = ("structural_share", "person_dependent_share", "one_way_share")
_COUNTS = ("actors", "samverkan_ties", "one_way_links", "forums", "person_dependent_ties", "density")

#: The side-by-side figures of ``summary``, in the order the reports list them.
SUMMARY_KEYS = (
    "actors", "samverkan_ties", "one_way_links", "forums", "person_dependent_ties", "density",
    "structural_share", "high_level_share", "person_dependent_share", "one_way_share",
)


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
    per_type = {t: {"samverkan": 0, "struktur": 0, "one_way": 0, "one_way_kinds": set(), "forums": 0}
                for t in type_actors}
    pairs: dict[tuple[str, str], dict] = {}

    def pair(t1: str, t2: str) -> dict:
        key = (min(t1, t2), max(t1, t2))
        if key not in pairs:
            pairs[key] = {"level": None, "scopes": set(), "areas": set(), "samverkan_ties": 0,
                          "person_dependent_ties": 0, "one_way": Counter()}
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
        "one_way": [
            {"from": s, "to": t, "kind": k, "links": n}
            for (s, t, k), n in sorted(entry["one_way"].items())
        ],
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
            found.append(_fixed("pair_only", {
                "types": types, "side": side, "level": present["level"], "scopes": present["scopes"],
                "ties": n}, present["level"] / 4 * (n + 1) / (n + 2)))
        else:
            found.append(_fixed("pair_one_way_only", {"types": types, "side": side, "kinds": _kinds(present)}))
        return found
    if (a["kind"] == "samverkan") != (b["kind"] == "samverkan"):
        side, present, other = ("a", a, b) if a["kind"] == "samverkan" else ("b", b, a)
        found.append(_qualitative("pair_samverkan_vs_one_way", present["samverkan_ties"], {
            "types": types, "side": side, "level": present["level"], "scopes": present["scopes"],
            "ties": present["samverkan_ties"], "other_kinds": _kinds(other)}))
        return found
    if a["kind"] == "samverkan":
        if a["level"] != b["level"]:
            found.append(_fixed("pair_level", {"types": types, "a": a["level"], "b": b["level"]},
                                abs(a["level"] - b["level"]) / 3))
        if a["scopes"] != b["scopes"]:
            # Structural work in one kommun only matters more than individual work in one only.
            structural_differs = ("struktur" in a["scopes"]) != ("struktur" in b["scopes"])
            found.append(_fixed("pair_scope", {"types": types, "a": a["scopes"], "b": b["scopes"]},
                                1.0 if structural_differs else 0.5))
        if a["person_dependent"] != b["person_dependent"]:
            side = "a" if a["person_dependent"] else "b"
            found.append(_fixed("pair_person_dependent", {
                "types": types, "side": side, "ties": (a if side == "a" else b)["person_dependent_ties"]}))
    if _one_way_signature(a) != _one_way_signature(b):
        found.append(_fixed("pair_one_way_kinds", {"types": types, "a": a["one_way"], "b": b["one_way"]}))
    return found


def _rank(differences: list[dict]) -> list[dict]:
    def order(d: dict) -> tuple:
        return (-d["score"], d["key"], json.dumps(d["values"], sort_keys=True, ensure_ascii=False))

    return sorted(differences, key=order)

# --------------------------------------------------------------------------- side-by-side figures


def _figures(m: NetworkMetrics) -> dict:
    ties, one_way = m.samverkan_ties, m.one_way_links
    structural = m.scopes["struktur"] + m.scopes["both"]
    high = m.levels["3"] + m.levels["4"]
    return {
        "actors": m.actors,
        "samverkan_ties": ties,
        "one_way_links": one_way,
        "forums": m.forums,
        "person_dependent_ties": m.person_dependent_ties,
        "density": _round(m.density),
        "structural_share": _share(structural, ties),
        "high_level_share": _share(high, ties),
        "person_dependent_share": _share(m.person_dependent_ties, ties),
        "one_way_share": _share(one_way, ties + one_way),
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
        rows.append({"types": list(key), "a": pa, "b": pb, "status": status,
                     "differs": status != "both" or bool(found)})
    return rows, differences


# --------------------------------------------------------------------------- differences by kind


def _type_presence_differences(types: dict, views: dict) -> list[dict]:
    found = []
    for row in types["only_a"] + types["only_b"]:
        side = "a" if row["a"] else "b"
        counts = views[side]["per_type"][row["type"]]
        found.append(_qualitative("type_only", counts["samverkan"] + counts["one_way"], {
            "type": row["type"], "side": side, "actors": row[side],
            "ties": counts["samverkan"], "one_way": counts["one_way"]}))
    return found


def _type_differences(t: str, views: dict, one_way_share: dict, type_profile: dict) -> list[dict]:
    """One type present on both sides: samverkan at all, forums, structural samverkan, one-way share."""
    ca, cb = views["a"]["per_type"][t], views["b"]["per_type"][t]
    if (ca["samverkan"] > 0) != (cb["samverkan"] > 0):
        side, has, lacks = ("a", ca, cb) if ca["samverkan"] else ("b", cb, ca)
        return [_qualitative("type_no_samverkan", has["samverkan"], {
            "type": t, "side": side, "ties": has["samverkan"],
            "other_kinds": [k for k in ONE_WAY_KINDS if k in lacks["one_way_kinds"]]})]
    found = []
    if (ca["forums"] > 0) != (cb["forums"] > 0):
        side, has = ("a", ca) if ca["forums"] else ("b", cb)
        found.append(_qualitative("type_forum", has["forums"], {"type": t, "side": side, "forums": has["forums"]}))
    if (ca["struktur"] > 0) != (cb["struktur"] > 0):
        side, has = ("a", ca) if ca["struktur"] else ("b", cb)
        found.append(_qualitative("type_structural", has["struktur"],
                                  {"type": t, "side": side, "ties": has["struktur"]}))
    else:
        sa, sb = type_profile[t]["a"]["structural_share"], type_profile[t]["b"]["structural_share"]
        if sa != sb:
            found.append(_fixed("type_structural_share", {"type": t, "a": sa, "b": sb}, abs(sa - sb)))
    sa, sb = one_way_share[t]["a"], one_way_share[t]["b"]
    if sa["share"] is not None and sb["share"] is not None and sa["share"] != sb["share"]:
        found.append(_fixed("type_one_way_share", {"type": t, "a": sa["share"], "b": sb["share"]},
                            abs(sa["share"] - sb["share"])))
    return found


def _area_differences(areas: dict, metrics: dict[str, NetworkMetrics]) -> list[dict]:
    # Areas are only comparable when both kommuner tag their ties with areas at all.
    tagged = {s: any(areas[k][s] for k in AREAS) for s in "ab"}
    if tagged["a"] != tagged["b"]:
        return [_fixed("areas_unrecorded", {"side": "b" if tagged["a"] else "a"})]
    if not tagged["a"]:
        return []
    found = []
    ties = {s: metrics[s].samverkan_ties for s in "ab"}
    for k in AREAS:
        if bool(areas[k]["a"]) != bool(areas[k]["b"]):
            side = "a" if areas[k]["a"] else "b"
            found.append(_qualitative("area_only", areas[k][side], {"area": k, "side": side, "ties": areas[k][side]}))
            continue
        sa, sb = _share(areas[k]["a"], ties["a"]), _share(areas[k]["b"], ties["b"])
        if areas[k]["a"] and sa != sb:
            # Relative, not in points: 5 % against 1 % of the ties is a fivefold difference in
            # how much an area is worked on, though only four points apart.
            found.append(_fixed("area_share", {
                "area": k, "a": sa, "b": sb, "a_ties": areas[k]["a"], "b_ties": areas[k]["b"]},
                abs(sa - sb) / max(sa, sb)))
    return found


def _kommun_differences(figures: dict, metrics: dict[str, NetworkMetrics]) -> list[dict]:
    """The level profile as a whole, the kommun-wide shares and the counts."""
    found = []
    levels, summary = figures["levels"], figures["summary"]
    # Total variation distance between the two distributions over the four steps
    # (0 = same shape, 1 = no overlap).
    if all(metrics[s].samverkan_ties for s in "ab"):
        dist = {s: {n: _share(levels[n][s], metrics[s].samverkan_ties) for n in levels} for s in "ab"}
        distance = sum(abs(dist["a"][n] - dist["b"][n]) for n in levels) / 2
        if distance:
            found.append(_fixed("level_profile", {"a": dist["a"], "b": dist["b"]}, distance))
    for key in _SHARES:
        a, b = summary[key]["a"], summary[key]["b"]
        if a is not None and b is not None and a != b:
            found.append(_fixed(key, {"a": a, "b": b}, abs(a - b)))
    for key in _COUNTS:
        a, b = summary[key]["a"], summary[key]["b"]
        if a != b:
            found.append(_fixed(key, {"a": a, "b": b}, abs(a - b) / max(a, b)))
    return found


# --------------------------------------------------------------------------- the comparison


def _sides(net_a: Network, net_b: Network) -> dict:
    # The same name on both sides (a kommun against its later snapshot) gets (A) and (B).
    same = net_a.name == net_b.name
    return {
        "a": {"id": net_a.id, "name": net_a.name, "label": f"{net_a.name} (A)" if same else net_a.name},
        "b": {"id": net_b.id, "name": net_b.name, "label": f"{net_b.name} (B)" if same else net_b.name},
    }


def compare_networks(net_a: Network, net_b: Network, metrics_a: NetworkMetrics,
                     metrics_b: NetworkMetrics) -> dict:
    """Compare two networks by actor type: side-by-side figures, type pairs and ranked differences.

    Parameters
    ----------
    net_a, net_b : Network
        From :func:`samnet.graph.build_network`; they may come from different
        datasets (another snapshot, another län): only types are matched.
    metrics_a, metrics_b : NetworkMetrics
        Their :func:`samnet.metrics.analyze_network` results: a run measures
        each network once and hands the figures down.

    Returns
    -------
    dict
        JSON-ready and deterministic. Keys: ``a`` and ``b`` (``id``, ``name``,
        ``label``: the name, with " (A)"/" (B)" added when both names are the
        same), ``summary`` (each figure as ``{"a": x, "b": y}``), ``levels``,
        ``scopes``, ``areas``, ``types`` (``only_a``, ``only_b``, ``both``:
        rows ``{"type", "a", "b"}`` with actor counts), ``one_way_share`` (per
        type: ``{"a": row|None, "b": row|None}``, row = ``one_way``,
        ``samverkan``, ``share``), ``type_profile`` (per type: ``actors``,
        ``samverkan``, ``struktur``, ``one_way``, ``forums``,
        ``structural_share``, or None), ``type_pairs`` (rows ``types``, ``a``,
        ``b``, ``status``, ``differs``) and ``differences`` (ranked rows
        ``score``, ``key``, ``values``; see the module docstring).

    Examples
    --------
    >>> from samnet.model import Actor, Dataset, Kommun, Link
    >>> from samnet.graph import build_network
    >>> ds = Dataset({"k": Kommun("k", "K")},
    ...              {"i": Actor("i", "IFO", "ifo", "kommun", "k"),
    ...               "p": Actor("p", "Polisen", "polis", "stat")},
    ...              (Link(0, "i", "p", "samverkan", 2, frozenset({"individ"}),
    ...                    kommuner=frozenset({"k"})),))
    >>> net = build_network(ds, "k")
    >>> from samnet.metrics import analyze_network
    >>> c = compare_networks(net, net, analyze_network(net), analyze_network(net))
    >>> c["summary"]["samverkan_ties"], c["differences"]
    ({'a': 1, 'b': 1}, [])
    >>> c["type_pairs"][0]["types"], c["type_pairs"][0]["status"]
    (['ifo', 'polis'], 'both')
    """
    metrics = {"a": metrics_a, "b": metrics_b}
    views = {"a": _type_view(net_a), "b": _type_view(net_b)}
    figures = _side_by_side(metrics)
    types = _types(views)
    one_way_share, type_profile = _per_type(views)
    in_both = set(views["a"]["types"]) & set(views["b"]["types"])
    type_pairs, differences = _type_pairs(views, in_both)
    differences += _type_presence_differences(types, views)
    for t in sorted(in_both):
        differences += _type_differences(t, views, one_way_share, type_profile)
    differences += _area_differences(figures["areas"], metrics)
    differences += _kommun_differences(figures, metrics)
    return {
        **_sides(net_a, net_b),
        **figures,
        "types": types,
        "one_way_share": one_way_share,
        "type_profile": type_profile,
        "type_pairs": type_pairs,
        "differences": _rank(differences),
    }


def highlight_pairs(comparison: dict) -> set[frozenset[str]]:
    """The type pairs that differ, as ``frozenset({type_a, type_b})`` (one element for a pair of one type).

    Examples
    --------
    >>> found = highlight_pairs({"type_pairs": [{"types": ["ifo", "skola"], "differs": True},
    ...                                         {"types": ["ifo", "polis"], "differs": False}]})
    >>> found == {frozenset({"ifo", "skola"})}
    True
    """
    return {frozenset(row["types"]) for row in comparison["type_pairs"] if row["differs"]}


def types_present(comparison: dict) -> dict[str, set[str]]:
    """The actor types present on each side of a comparison.

    Examples
    --------
    >>> present = types_present({"types": {"only_a": [{"type": "fritid"}], "only_b": [], "both": [{"type": "ifo"}]}})
    >>> sorted(present["a"]), sorted(present["b"])
    (['fritid', 'ifo'], ['ifo'])
    """
    t = comparison["types"]
    return {
        "a": {r["type"] for r in t["only_a"] + t["both"]},
        "b": {r["type"] for r in t["only_b"] + t["both"]},
    }
