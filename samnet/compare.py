"""Set two samverkan networks side by side and say, in words and numbers, what differs.

Two kommuner (or one kommun before and after a change, or kommuner from two
different data folders) are compared by **actor type**, never by actor id:
ids differ between kommuner and between snapshots, types do not (000 §6
compares Ljusdal and Sandviken the same way: does the school take part in the
structural work, is there a focus on honour-related violence).

:func:`compare_networks` turns two networks into one JSON-ready dict of
figures; :func:`difference_sentences` renders its ranked differences as plain
Swedish (or English) sentences; :func:`format_comparison` prints it as a
table, JSON or Markdown; :func:`render_comparison_html` draws both maps side by
side in one self-contained page, with the type pairs that differ highlighted.

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
>>> for sentence in difference_sentences(c)[:4]:
...     print(sentence)
Andelen envägslänkar bland alla band är 0 % i Aby och 100 % i Bby.
IFO–Skola: samverkan på nivå 3 (samarbete, strukturnivå) i Aby; i Bby bara orosanmälan.
IFO har samverkan i Aby (1 band) men i Bby bara envägslänkar (orosanmälan).
Skola har samverkan i Aby (1 band) men i Bby bara envägslänkar (orosanmälan).
"""

from __future__ import annotations

import html
import json
import textwrap
from collections import Counter

from samnet.errors import UsageError
from samnet.graph import Network
from samnet.metrics import NetworkMetrics
from samnet.report import decimal
from samnet.report import label as report_label
from samnet.vocab import AREAS, LEVELS, ONE_WAY_KINDS, SCOPES, area_name, in_language, kind_name, type_name

__all__ = [
    "FORMATS",
    "TOP",
    "WEIGHTS",
    "compare_networks",
    "difference_sentences",
    "format_comparison",
    "render_comparison_html",
    "highlight_pairs",
]

#: Output formats of :func:`format_comparison`.
FORMATS = ("table", "json", "markdown")

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
_SUMMARY_KEYS = (
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


def _other(side: str) -> str:
    return "b" if side == "a" else "a"


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
    nets = {"a": net_a, "b": net_b}
    views = {side: _type_view(net) for side, net in nets.items()}

    figures: dict[str, dict] = {}
    for side, m in metrics.items():
        ties, one_way = m["samverkan_ties"], m["one_way_links"]
        structural = m["scopes"]["struktur"] + m["scopes"]["both"]
        high = m["levels"]["3"] + m["levels"]["4"]
        figures[side] = {
            "actors": m["actors"],
            "samverkan_ties": ties,
            "one_way_links": one_way,
            "forums": m["forums"],
            "person_dependent_ties": m["person_dependent_ties"],
            "density": _round(m["density"]),
            "structural_share": _share(structural, ties),
            "high_level_share": _share(high, ties),
            "person_dependent_share": _share(m["person_dependent_ties"], ties),
            "one_way_share": _share(one_way, ties + one_way),
        }
    summary = {k: {"a": figures["a"][k], "b": figures["b"][k]} for k in _SUMMARY_KEYS}
    levels = {str(n): {s: metrics[s]["levels"][str(n)] for s in "ab"} for n in range(1, 5)}
    scopes = {k: {s: metrics[s]["scopes"][k] for s in "ab"} for k in ("individ", "struktur", "both")}
    areas = {k: {s: metrics[s]["areas"][k] for s in "ab"} for k in AREAS}

    types_a, types_b = views["a"]["types"], views["b"]["types"]
    types = {
        "only_a": [{"type": t, "a": types_a[t], "b": 0} for t in sorted(set(types_a) - set(types_b))],
        "only_b": [{"type": t, "a": 0, "b": types_b[t]} for t in sorted(set(types_b) - set(types_a))],
        "both": [{"type": t, "a": types_a[t], "b": types_b[t]} for t in sorted(set(types_a) & set(types_b))],
    }
    in_both = set(types_a) & set(types_b)

    one_way_share: dict[str, dict] = {}
    type_profile: dict[str, dict] = {}
    for t in sorted(set(types_a) | set(types_b)):
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

    differences: list[dict] = []
    type_pairs = []
    for key in sorted(set(views["a"]["pairs"]) | set(views["b"]["pairs"])):
        pa = _pair_side(views["a"]["pairs"].get(key))
        pb = _pair_side(views["b"]["pairs"].get(key))
        status = "both" if pa and pb else ("a_only" if pa else "b_only")
        found = _pair_differences(list(key), pa, pb) if set(key) <= in_both else []
        differences.extend(found)
        type_pairs.append({"types": list(key), "a": pa, "b": pb, "status": status,
                           "differs": status != "both" or bool(found)})

    # Presence of types.
    for row in types["only_a"] + types["only_b"]:
        side = "a" if row["a"] else "b"
        counts = views[side]["per_type"][row["type"]]
        differences.append(_qualitative("type_only", counts["samverkan"] + counts["one_way"], {
            "type": row["type"], "side": side, "actors": row[side],
            "ties": counts["samverkan"], "one_way": counts["one_way"]}))

    # Per-type: samverkan at all, structural samverkan, share of one-way ties.
    for t in sorted(in_both):
        ca, cb = views["a"]["per_type"][t], views["b"]["per_type"][t]
        if (ca["samverkan"] > 0) != (cb["samverkan"] > 0):
            side, has, lacks = ("a", ca, cb) if ca["samverkan"] else ("b", cb, ca)
            differences.append(_qualitative("type_no_samverkan", has["samverkan"], {
                "type": t, "side": side, "ties": has["samverkan"],
                "other_kinds": [k for k in ONE_WAY_KINDS if k in lacks["one_way_kinds"]]}))
            continue
        if (ca["forums"] > 0) != (cb["forums"] > 0):
            side, has = ("a", ca) if ca["forums"] else ("b", cb)
            differences.append(_qualitative("type_forum", has["forums"],
                                            {"type": t, "side": side, "forums": has["forums"]}))
        if (ca["struktur"] > 0) != (cb["struktur"] > 0):
            side, has = ("a", ca) if ca["struktur"] else ("b", cb)
            differences.append(_qualitative("type_structural", has["struktur"],
                                            {"type": t, "side": side, "ties": has["struktur"]}))
        else:
            sa, sb = type_profile[t]["a"]["structural_share"], type_profile[t]["b"]["structural_share"]
            if sa != sb:
                differences.append(_fixed("type_structural_share", {"type": t, "a": sa, "b": sb}, abs(sa - sb)))
        sa, sb = one_way_share[t]["a"], one_way_share[t]["b"]
        if sa["share"] is not None and sb["share"] is not None and sa["share"] != sb["share"]:
            differences.append(_fixed("type_one_way_share", {"type": t, "a": sa["share"], "b": sb["share"]},
                                      abs(sa["share"] - sb["share"])))

    # Areas: only comparable when both kommuner tag their ties with areas at all.
    tagged = {s: any(areas[k][s] for k in AREAS) for s in "ab"}
    if tagged["a"] and tagged["b"]:
        ties = {s: metrics[s]["samverkan_ties"] for s in "ab"}
        for k in AREAS:
            if bool(areas[k]["a"]) != bool(areas[k]["b"]):
                side = "a" if areas[k]["a"] else "b"
                differences.append(_qualitative("area_only", areas[k][side],
                                                {"area": k, "side": side, "ties": areas[k][side]}))
                continue
            sa, sb = _share(areas[k]["a"], ties["a"]), _share(areas[k]["b"], ties["b"])
            if areas[k]["a"] and sa != sb:
                # Relative, not in points: 5 % against 1 % of the ties is a fivefold difference in
                # how much an area is worked on, though only four points apart.
                differences.append(_fixed("area_share", {
                    "area": k, "a": sa, "b": sb, "a_ties": areas[k]["a"], "b_ties": areas[k]["b"]},
                    abs(sa - sb) / max(sa, sb)))
    elif tagged["a"] != tagged["b"]:
        differences.append(_fixed("areas_unrecorded", {"side": "b" if tagged["a"] else "a"}))

    # The level profile as a whole: total variation distance between the two
    # distributions over the four steps (0 = same shape, 1 = no overlap).
    if all(metrics[s]["samverkan_ties"] for s in "ab"):
        dist = {s: {n: _share(levels[n][s], metrics[s]["samverkan_ties"]) for n in levels} for s in "ab"}
        distance = sum(abs(dist["a"][n] - dist["b"][n]) for n in levels) / 2
        if distance:
            differences.append(_fixed("level_profile", {"a": dist["a"], "b": dist["b"]}, distance))
    for key in _SHARES:
        a, b = summary[key]["a"], summary[key]["b"]
        if a is not None and b is not None and a != b:
            differences.append(_fixed(key, {"a": a, "b": b}, abs(a - b)))
    for key in _COUNTS:
        a, b = summary[key]["a"], summary[key]["b"]
        if a != b:
            differences.append(_fixed(key, {"a": a, "b": b}, abs(a - b) / max(a, b)))

    names = {s: nets[s].name for s in "ab"}
    same = names["a"] == names["b"]
    return {
        "a": {"id": net_a.id, "name": names["a"], "label": f"{names['a']} (A)" if same else names["a"]},
        "b": {"id": net_b.id, "name": names["b"], "label": f"{names['b']} (B)" if same else names["b"]},
        "summary": summary,
        "levels": levels,
        "scopes": scopes,
        "areas": areas,
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


# --------------------------------------------------------------------------- words

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Jämförelse: {a} och {b}", "Comparison: {a} and {b}"),
    "differences": ("Största skillnader", "Largest differences"),
    "no_differences": ("Inga skillnader.", "No differences."),
    "more_differences": ("Övriga skillnader", "Other differences"),
    "more_in_markdown": ("… och {n} skillnader till (alla finns i --format markdown).",
                         "… and {n} more differences (all of them in --format markdown)."),
    "figures": ("Nyckeltal", "Key figures"),
    "scopes": ("Individ eller struktur (band)", "Individual or structural (ties)"),
    "types": ("Aktörstyper", "Actor types"),
    "types_only": ("Bara i {x}", "Only in {x}"),
    "types_both": ("I båda", "In both"),
    "pairs": ("Typpar som skiljer sig", "Type pairs that differ"),
    "pair": ("Typpar", "Type pair"),
    "one_way_share": ("Andel envägslänkar per aktörstyp", "Share of one-way links per actor type"),
    "type": ("Aktörstyp", "Actor type"),
    "no_tie": ("inget band", "no tie"),
    "missing_type": ("typen saknas", "type absent"),
    "structural_share": ("Andel band på strukturnivå", "Share of ties at structural level"),
    "high_level_share": ("Andel band på nivå 3–4", "Share of ties at level 3–4"),
    "person_dependent_share": ("Andel personbunden samverkan", "Share of person-dependent samverkan"),
    "one_way_share_total": ("Andel envägslänkar av alla band", "Share of one-way links among all ties"),
    "level": ("Nivå", "Level"),
    "intro": (
        "Kommunerna jämförs per aktörstyp, inte per aktör. Envägslänkar (orosanmälan, "
        "polisanmälan, hänvisning, information) räknas inte som samverkan. Skillnaderna är "
        "rangordnade efter en poäng som räknas fram ur siffrorna.",
        "The kommuner are compared by actor type, not by actor. One-way links (report of concern, "
        "police report, referral, information) are not counted as samverkan. The differences are "
        "ranked by a score computed from the figures.",
    ),
}


_SHARE_PHRASES: dict[str, tuple[str, str]] = {
    "structural_share": ("samverkansband på strukturnivå", "samverkan ties at structural level"),
    "high_level_share": ("samverkansband på nivå 3–4 (samarbete eller samverkan)",
                         "samverkan ties at level 3–4 (coordination or common goal)"),
    "person_dependent_share": ("personbundna samverkansband", "person-dependent samverkan ties"),
    "one_way_share": ("envägslänkar bland alla band", "one-way links among all ties"),
}


def _w(key: str, lang: str) -> str:
    # Headings both reports use ("Aktörer", "Täthet" …) live in samnet.report, so they read the same.
    if key not in _WORDS:
        return report_label(key, lang)
    return in_language(_WORDS[key], lang)


def _pair_label(types: list[str], lang: str) -> str:
    return "–".join(type_name(t, lang, short=True) for t in types)


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" and " if lang == "en" else " och ") + items[-1]


def _count(n: int, sv: tuple[str, str], en: tuple[str, str], lang: str) -> str:
    singular, plural = en if lang == "en" else sv
    return f"{n} {singular if n == 1 else plural}"


def _ties(n: int, lang: str) -> str:
    return _count(n, ("band", "band"), ("tie", "ties"), lang)


def _scope_phrase(scopes: list[str], lang: str) -> str:
    if set(scopes) == {"individ", "struktur"}:
        return "individual and structural level" if lang == "en" else "individ- och strukturnivå"
    if not scopes:
        return ""
    sv, en = SCOPES[scopes[0]]
    return en if lang == "en" else sv


def _level_phrase(level: int, scopes: list[str], lang: str) -> str:
    name = LEVELS[level].en if lang == "en" else LEVELS[level].sv
    detail = ", ".join(p for p in (name, _scope_phrase(scopes, lang)) if p)
    if lang == "en":
        return f"samverkan at level {level} ({detail})"
    return f"samverkan på nivå {level} ({detail})"


def _percents(a: float, b: float, lang: str) -> tuple[str, str]:
    # One decimal only when whole percents would hide the difference being reported.
    digits = 1 if round(a * 100) == round(b * 100) and a != b else 0
    sign = "%" if lang == "en" else " %"
    return tuple(decimal(x * 100, lang, digits) + sign for x in (a, b))  # type: ignore[return-value]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(diff: dict, labels: dict[str, str], lang: str) -> str:
    """One difference as a sentence; every word comes from the vocabulary or the figures."""
    key, v = diff["key"], diff["values"]
    en = lang == "en"
    side = v.get("side")
    x, y = (labels[side], labels[_other(side)]) if side else (labels["a"], labels["b"])
    if key == "area_only":
        area = area_name(v["area"], lang)
        if en:
            return f"{x} has samverkan on {area} ({_ties(v['ties'], lang)}); {y} has none."
        return f"{x} har samverkan kring {area} ({_ties(v['ties'], lang)}), {y} har inga."
    if key == "areas_unrecorded":
        if en:
            return f"{x} has no tie tagged with an area, so coverage of areas cannot be compared."
        return f"{x} har inga band märkta med område, så täckningen av områden kan inte jämföras."
    if key == "type_only":
        parts = [_count(v["actors"], ("aktör", "aktörer"), ("actor", "actors"), lang), _ties(v["ties"], lang)]
        if v["one_way"]:
            parts.append(_count(v["one_way"], ("envägslänk", "envägslänkar"),
                                ("one-way link", "one-way links"), lang))
        what = type_name(v["type"], lang, short=True)
        if en:
            return f"{what} is present only in {x} ({', '.join(parts)})."
        return f"{what} finns bara i {x} ({', '.join(parts)})."
    if key == "type_no_samverkan":
        what = type_name(v["type"], lang, short=True)
        kinds = _join([kind_name(k, lang) for k in v["other_kinds"]], lang)
        if en:
            tail = f"only one-way links in {y} ({kinds})" if kinds else f"none in {y}"
            return f"{what} has samverkan in {x} ({_ties(v['ties'], lang)}) but {tail}."
        tail = f"i {y} bara envägslänkar ({kinds})" if kinds else f"ingen i {y}"
        return f"{what} har samverkan i {x} ({_ties(v['ties'], lang)}) men {tail}."
    if key == "type_structural":
        what = type_name(v["type"], lang, short=True)
        if en:
            return f"{what} takes part in structural samverkan in {x} ({_ties(v['ties'], lang)}) but not in {y}."
        return f"{what} deltar i strukturell samverkan i {x} ({_ties(v['ties'], lang)}) men inte i {y}."
    if key == "type_forum":
        what = type_name(v["type"], lang, short=True)
        forums = _count(v["forums"], ("forum", "forum"), ("forum", "forums"), lang)
        if en:
            return f"{what} sits in collaboration groups (forums) in {x} ({forums}) but not in {y}."
        return f"{what} sitter med i samverkansgrupper (forum) i {x} ({forums}) men inte i {y}."
    if key == "type_structural_share":
        what = type_name(v["type"], lang, short=True)
        pa, pb = _percents(v["a"], v["b"], lang)
        if en:
            return (f"For {what}, {pa} of samverkan ties are at structural level in {labels['a']}, "
                    f"against {pb} in {labels['b']}.")
        return (f"För {what} är {pa} av samverkansbanden på strukturnivå i {labels['a']}, "
                f"mot {pb} i {labels['b']}.")
    if key == "area_share":
        area = area_name(v["area"], lang)
        pa, pb = _percents(v["a"], v["b"], lang)
        ta, tb = _ties(v["a_ties"], lang), _ties(v["b_ties"], lang)
        if en:
            return (f"Samverkan on {area}: {ta} ({pa} of all) in {labels['a']}, "
                    f"{tb} ({pb}) in {labels['b']}.")
        return (f"Samverkan kring {area}: {ta} ({pa} av alla) i {labels['a']}, "
                f"{tb} ({pb}) i {labels['b']}.")
    if key == "level_profile":
        def profile(shares: dict) -> str:
            pcts = [decimal(shares[n] * 100, lang, 0) + ("%" if en else " %") for n in sorted(shares)]
            return _join(pcts, lang)

        def modal(shares: dict) -> str:
            # Every level that holds the most ties, so a tie between two levels is not hidden.
            most = max(shares.values())
            tops = [n for n in sorted(shares) if shares[n] == most]
            names = ", ".join(LEVELS[int(n)].en if en else LEVELS[int(n)].sv for n in tops)
            return f"{_join(tops, lang)} ({names})"

        if en:
            return (f"Samverkanstrappan: most ties are at level {modal(v['a'])} in {labels['a']} "
                    f"and at level {modal(v['b'])} in {labels['b']}; levels 1–4 hold "
                    f"{profile(v['a'])} of the ties in {labels['a']}, {profile(v['b'])} in {labels['b']}.")
        return (f"Samverkanstrappan: flest band ligger på nivå {modal(v['a'])} i {labels['a']} "
                f"och på nivå {modal(v['b'])} i {labels['b']}; nivå 1–4 har {profile(v['a'])} "
                f"av banden i {labels['a']}, {profile(v['b'])} i {labels['b']}.")
    if key == "type_one_way_share":
        what = type_name(v["type"], lang, short=True)
        pa, pb = _percents(v["a"], v["b"], lang)
        if en:
            return f"For {what}, {pa} of ties are one-way links in {labels['a']}, against {pb} in {labels['b']}."
        return f"För {what} är {pa} av banden envägslänkar i {labels['a']}, mot {pb} i {labels['b']}."
    if key.startswith("pair_"):
        return f"{_pair_label(v['types'], lang)}: {_pair_clause(key, v, x, y, labels, lang)}."
    if key in _SHARES:
        pa, pb = _percents(v["a"], v["b"], lang)
        sv_what, en_what = _SHARE_PHRASES[key]
        if en:
            return f"The share of {en_what} is {pa} in {labels['a']} and {pb} in {labels['b']}."
        return f"Andelen {sv_what} är {pa} i {labels['a']} och {pb} i {labels['b']}."
    if key == "density":
        a, b = decimal(v["a"], lang, 3), decimal(v["b"], lang, 3)
        if en:
            return f"Network density is {a} in {labels['a']} and {b} in {labels['b']}."
        return f"Nätverkets täthet är {a} i {labels['a']} och {b} i {labels['b']}."
    nouns = {
        "actors": (("aktör", "aktörer"), ("actor", "actors")),
        "samverkan_ties": (("samverkansband", "samverkansband"), ("samverkan tie", "samverkan ties")),
        "one_way_links": (("envägslänk", "envägslänkar"), ("one-way link", "one-way links")),
        "forums": (("forum", "forum"), ("forum", "forums")),
        "person_dependent_ties": (("personbundet samverkansband", "personbundna samverkansband"),
                                  ("person-dependent samverkan tie", "person-dependent samverkan ties")),
    }
    sv_noun, en_noun = nouns[key]
    has = "has" if en else "har"
    return f"{labels['a']} {has} {_count(v['a'], sv_noun, en_noun, lang)}, {labels['b']} {v['b']}."


def _pair_clause(key: str, v: dict, x: str, y: str, labels: dict[str, str], lang: str) -> str:
    en = lang == "en"
    if key == "pair_samverkan_vs_one_way":
        kinds = _join([kind_name(k, lang) for k in v["other_kinds"]], lang)
        level = _level_phrase(v["level"], v["scopes"], lang)
        return f"{level} in {x}; in {y} only {kinds}" if en else f"{level} i {x}; i {y} bara {kinds}"
    if key == "pair_only":
        level = _level_phrase(v["level"], v["scopes"], lang)
        return f"{level} in {x}; no tie at all in {y}" if en else f"{level} i {x}; inget band alls i {y}"
    if key == "pair_one_way_only":
        kinds = _join([kind_name(k, lang) for k in v["kinds"]], lang)
        return f"only {kinds} in {x}; no tie at all in {y}" if en else f"bara {kinds} i {x}; inget band alls i {y}"
    if key == "pair_level":
        la, lb = v["a"], v["b"]
        if en:
            return (f"highest level {la} ({LEVELS[la].en}) in {labels['a']}, "
                    f"{lb} ({LEVELS[lb].en}) in {labels['b']}")
        return (f"högsta nivå {la} ({LEVELS[la].sv}) i {labels['a']}, "
                f"{lb} ({LEVELS[lb].sv}) i {labels['b']}")
    if key == "pair_scope":
        sa, sb = _scope_phrase(v["a"], lang), _scope_phrase(v["b"], lang)
        if en:
            return f"samverkan at {sa} in {labels['a']}, at {sb} in {labels['b']}"
        return f"samverkan på {sa} i {labels['a']}, på {sb} i {labels['b']}"
    if key == "pair_person_dependent":
        if en:
            return f"samverkan is person-dependent in {x} but not in {y}"
        return f"samverkan är personbunden i {x} men inte i {y}"
    # pair_one_way_kinds
    def flows(rows: list[dict]) -> str:
        if not rows:
            return _w("none", lang)
        return ", ".join(
            f"{kind_name(r['kind'], lang)} {type_name(r['from'], lang, short=True)} → {type_name(r['to'], lang, short=True)}"
            for r in rows)

    if en:
        return f"one-way links in {labels['a']}: {flows(v['a'])}; in {labels['b']}: {flows(v['b'])}"
    return f"envägslänkar i {labels['a']}: {flows(v['a'])}; i {labels['b']}: {flows(v['b'])}"


def _check_lang(lang: str) -> None:
    if lang not in ("sv", "en"):
        raise UsageError(f'unknown language "{lang}"; choose sv or en')


def difference_sentences(comparison: dict, lang: str = "sv") -> list[str]:
    """The ranked differences of a comparison as plain sentences, Swedish by default.

    Parameters
    ----------
    comparison : dict
        From :func:`compare_networks`.
    lang : {"sv", "en"}

    Returns
    -------
    list of str
        One sentence per difference, largest first; empty when nothing differs.

    Raises
    ------
    UsageError
        For a language other than ``sv`` or ``en``.

    Examples
    --------
    >>> c = {"a": {"label": "Ljusdal"}, "b": {"label": "Sandviken"},
    ...      "differences": [{"key": "area_only", "score": 0.9286,
    ...                       "values": {"area": "hrv", "side": "a", "ties": 12}}]}
    >>> difference_sentences(c)
    ['Ljusdal har samverkan kring hedersrelaterat våld och förtryck (12 band), Sandviken har inga.']
    >>> difference_sentences(c, "en")
    ['Ljusdal has samverkan on honour-related violence and oppression (12 ties); Sandviken has none.']
    """
    _check_lang(lang)
    labels = {"a": comparison["a"]["label"], "b": comparison["b"]["label"]}
    return [_cap(_sentence(d, labels, lang)) for d in comparison["differences"]]


# --------------------------------------------------------------------------- formats


def _side_text(side: dict | None, type_present: bool, lang: str) -> str:
    """One side of a type pair in words, for the tables."""
    if side is None:
        return _w("no_tie" if type_present else "missing_type", lang)
    parts = []
    if side["level"] is not None:
        text = f"{_level_phrase(side['level'], side['scopes'], lang)}, {_ties(side['samverkan_ties'], lang)}"
        if side["person_dependent"]:
            text += ", person-dependent" if lang == "en" else ", personbunden"
        parts.append(text)
    for r in side["one_way"]:
        parts.append(f"{kind_name(r['kind'], lang)} {type_name(r['from'], lang, short=True)} → "
                     f"{type_name(r['to'], lang, short=True)} ({r['links']})")
    return "; ".join(parts)


def _figure_text(key: str, value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    if key.endswith("_share"):
        return decimal(value * 100, lang, 1) + ("%" if lang == "en" else " %")
    if key == "density":
        return decimal(value, lang, 3)
    return str(value)


def _figure_rows(comparison: dict, lang: str) -> list[tuple[str, str, str]]:
    rows = []
    for key in _SUMMARY_KEYS:
        label = _w("one_way_share_total" if key == "one_way_share" else key, lang)
        v = comparison["summary"][key]
        rows.append((label, _figure_text(key, v["a"], lang), _figure_text(key, v["b"], lang)))
    return rows


def _profile_rows(comparison: dict, lang: str) -> dict[str, list[tuple[str, str, str]]]:
    def level_name(n: str) -> str:
        lv = LEVELS[int(n)]
        return f"{_w('level', lang)} {n} ({lv.en if lang == 'en' else lv.sv})"

    return {
        "levels": [(level_name(n), str(v["a"]), str(v["b"])) for n, v in comparison["levels"].items()],
        "scopes": [(_w(k, lang), str(v["a"]), str(v["b"])) for k, v in comparison["scopes"].items()],
        "areas": [(area_name(k, lang), str(v["a"]), str(v["b"])) for k, v in comparison["areas"].items()],
    }


def _type_presence(comparison: dict) -> dict[str, set[str]]:
    t = comparison["types"]
    return {
        "a": {r["type"] for r in t["only_a"] + t["both"]},
        "b": {r["type"] for r in t["only_b"] + t["both"]},
    }


def _one_way_rows(comparison: dict, lang: str) -> list[tuple[str, str, str]]:
    def cell(side: dict | None) -> str:
        if side is None:
            return "–"
        whole = side["one_way"] + side["samverkan"]
        if side["share"] is None:
            return "–"
        pct = decimal(side["share"] * 100, lang, 0) + ("%" if lang == "en" else " %")
        return f"{pct} ({side['one_way']}/{whole})"

    return [(type_name(t, lang, short=True), cell(r["a"]), cell(r["b"])) for t, r in comparison["one_way_share"].items()]


def _columns(rows: list[tuple[str, str, str]], header: tuple[str, str, str], width: int = 100) -> list[str]:
    # Each column as wide as its widest cell, clipped so that the whole fits in ``width``.
    first = min(max(len(r[0]) for r in [header, *rows]), 44)
    rest = min(max(len(c) for r in [header, *rows] for c in r[1:]), (width - first - 4) // 2)
    rest = max(rest, 6)

    def clip(text: str, n: int) -> str:
        return text if len(text) <= n else text[: n - 1] + "…"

    out = []
    for i, (c0, c1, c2) in enumerate([header, *rows]):
        out.append(f"{clip(c0, first):<{first}}  {clip(c1, rest):>{rest}}  {clip(c2, rest):>{rest}}".rstrip())
        if i == 0:
            out.append("-" * min(width, first + 2 * rest + 4))
    return out


def _format_table(comparison: dict, lang: str, top: int = TOP) -> str:
    labels = (comparison["a"]["label"], comparison["b"]["label"])
    lines = [_w("title", lang).format(a=labels[0], b=labels[1]), ""]
    lines += textwrap.wrap(_w("intro", lang), 100) + ["", _w("differences", lang), ""]
    sentences = difference_sentences(comparison, lang)
    if not sentences:
        lines.append(_w("no_differences", lang))
    for i, s in enumerate(sentences[:top], 1):
        lines += textwrap.wrap(s, 100, initial_indent=f"{i:>3}. ", subsequent_indent="     ")
    if len(sentences) > top:
        lines.append("     " + _w("more_in_markdown", lang).format(n=len(sentences) - top))
    header = ("", labels[0], labels[1])
    lines += ["", _w("figures", lang)] + _columns(_figure_rows(comparison, lang), header)
    for key, rows in _profile_rows(comparison, lang).items():
        lines += ["", _w(key, lang)] + _columns(rows, header)
    lines += ["", _w("types", lang)]
    types = comparison["types"]
    for part, label in (("only_a", labels[0]), ("only_b", labels[1])):
        names = ", ".join(f"{type_name(r['type'], lang, short=True)} ({r[part[-1]]})" for r in types[part])
        lines += textwrap.wrap(f"{_w('types_only', lang).format(x=label)}: {names or _w('none', lang)}", 100,
                               subsequent_indent="    ")
    lines += ["", _w("one_way_share", lang)] + _columns(_one_way_rows(comparison, lang), header)
    present = _type_presence(comparison)
    lines += ["", _w("pairs", lang)]
    differing = [r for r in comparison["type_pairs"] if r["differs"]]
    if not differing:
        lines.append(_w("none", lang))
    for row in differing:
        lines.append(_pair_label(row["types"], lang))
        for side, label in (("a", labels[0]), ("b", labels[1])):
            there = set(row["types"]) <= present[side]
            lines += textwrap.wrap(f"{label}: {_side_text(row[side], there, lang)}", 100,
                                   initial_indent="    ", subsequent_indent="        ")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    # A pipe would end the table cell; a leading/trailing space is harmless.
    return str(text).replace("|", "\\|").replace("\n", " ")


def _md_table(rows: list[tuple[str, str, str]], header: tuple[str, str, str]) -> list[str]:
    out = ["| " + " | ".join(_md(h) for h in header) + " |", "|---|---:|---:|"]
    out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return out


def _format_markdown(comparison: dict, lang: str) -> str:
    labels = (comparison["a"]["label"], comparison["b"]["label"])
    header = ("", labels[0], labels[1])
    lines = [f"# {_md(_w('title', lang).format(a=labels[0], b=labels[1]))}", "", _w("intro", lang), "",
             f"## {_w('differences', lang)}", ""]
    sentences = difference_sentences(comparison, lang)
    if not sentences:
        lines.append(_w("no_differences", lang))
    lines += [f"{i}. {_md(s)}" for i, s in enumerate(sentences[:TOP], 1)]
    lines += ["", f"## {_w('figures', lang)}", ""] + _md_table(_figure_rows(comparison, lang), header)
    for key, rows in _profile_rows(comparison, lang).items():
        lines += ["", f"## {_w(key, lang)}", ""] + _md_table(rows, header)
    lines += ["", f"## {_w('types', lang)}", ""]
    types = comparison["types"]
    for part, label in (("only_a", labels[0]), ("only_b", labels[1])):
        names = ", ".join(f"{type_name(r['type'], lang, short=True)} ({r[part[-1]]})" for r in types[part])
        lines.append(f"- {_md(_w('types_only', lang).format(x=label))}: {_md(names or _w('none', lang))}")
    both = ", ".join(type_name(r["type"], lang, short=True) for r in types["both"])
    lines.append(f"- {_w('types_both', lang)}: {_md(both or _w('none', lang))}")
    lines += ["", f"## {_w('one_way_share', lang)}", ""]
    lines += _md_table(_one_way_rows(comparison, lang), (_w("type", lang), labels[0], labels[1]))
    lines += ["", f"## {_w('pairs', lang)}", ""]
    differing = [r for r in comparison["type_pairs"] if r["differs"]]
    if not differing:
        lines.append(_w("none", lang))
    else:
        present = _type_presence(comparison)
        lines += ["| " + " | ".join(_md(h) for h in (_w("pair", lang), *labels)) + " |", "|---|---|---|"]
        for row in differing:
            cells = [_pair_label(row["types"], lang)] + [
                _side_text(row[s], set(row["types"]) <= present[s], lang) for s in "ab"]
            lines.append("| " + " | ".join(_md(c) for c in cells) + " |")
    if len(sentences) > TOP:
        # Numbered on from the top list, so that a difference keeps its rank.
        lines += ["", f"## {_w('more_differences', lang)}", ""]
        lines += [f"{i}. {_md(s)}" for i, s in enumerate(sentences[TOP:], TOP + 1)]
    return "\n".join(lines) + "\n"


def format_comparison(comparison: dict, fmt: str = "table", lang: str = "sv", *, top: int = TOP) -> str:
    """Format a comparison as a terminal table, JSON or Markdown.

    Parameters
    ----------
    comparison : dict
        From :func:`compare_networks`.
    fmt : {"table", "json", "markdown"}
        ``table`` fits 100 columns; ``json`` is the dict itself with sorted
        keys (the same in both languages); ``markdown`` is the report
        ``compare-A-B.md``.
    lang : {"sv", "en"}
    top : int
        How many ranked differences the table shows (Markdown and JSON hold all).

    Returns
    -------
    str
        Ends with a newline.

    Raises
    ------
    UsageError
        For an unknown format or language.

    Examples
    --------
    >>> from samnet.model import Actor, Dataset, Kommun
    >>> from samnet.graph import build_network
    >>> ds = Dataset({"k": Kommun("k", "K")}, {"i": Actor("i", "IFO", "ifo", "kommun", "k")})
    >>> net = build_network(ds, "k")
    >>> from samnet.metrics import analyze_network
    >>> m = analyze_network(net)
    >>> "Inga skillnader." in format_comparison(compare_networks(net, net, m, m), "markdown")
    True
    >>> format_comparison(compare_networks(net, net, m, m), "csv")
    Traceback (most recent call last):
    ...
    samnet.errors.UsageError: unknown comparison format "csv"; choose one of: table, json, markdown
    """
    if fmt not in FORMATS:
        raise UsageError(f'unknown comparison format "{fmt}"; choose one of: {", ".join(FORMATS)}')
    _check_lang(lang)
    if fmt == "json":
        return json.dumps(comparison, sort_keys=True, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return _format_markdown(comparison, lang)
    return _format_table(comparison, lang, top)


# --------------------------------------------------------------------------- HTML


def _intro_html(comparison: dict, lang: str) -> str:
    esc = html.escape
    labels = (comparison["a"]["label"], comparison["b"]["label"])
    parts = [f"<p>{esc(_w('intro', lang))}</p>", f"<h2>{esc(_w('differences', lang))}</h2>"]
    sentences = difference_sentences(comparison, lang)
    if sentences:
        parts.append('<ol class="samnet-differences">'
                     + "".join(f"<li>{esc(s)}</li>" for s in sentences[:TOP]) + "</ol>")
    else:
        parts.append(f"<p>{esc(_w('no_differences', lang))}</p>")
    if len(sentences) > TOP:
        parts.append(f"<details><summary>{esc(_w('more_differences', lang))} ({len(sentences) - TOP})</summary>"
                     f'<ol class="samnet-differences" start="{TOP + 1}">'
                     + "".join(f"<li>{esc(s)}</li>" for s in sentences[TOP:]) + "</ol></details>")
    differing = [r for r in comparison["type_pairs"] if r["differs"]]
    if differing:
        present = _type_presence(comparison)
        head = "".join(f'<th scope="col">{esc(h)}</th>' for h in (_w("pair", lang), *labels))
        body = []
        for row in differing:
            cells = [f'<th scope="row">{esc(_pair_label(row["types"], lang))}</th>']
            cells += [f"<td>{esc(_side_text(row[s], set(row['types']) <= present[s], lang))}</td>" for s in "ab"]
            body.append("<tr>" + "".join(cells) + "</tr>")
        # A short table is shown open; a long one (the bundled pair has well over a hundred) folded.
        state = " open" if len(differing) <= 15 else ""
        parts.append(f"<details{state}><summary>{esc(_w('pairs', lang))} ({len(differing)})</summary>"
                     f'<table class="samnet-pairs"><thead><tr>{head}</tr></thead>'
                     f"<tbody>{''.join(body)}</tbody></table></details>")
    return "\n".join(parts)


def render_comparison_html(net_a: Network, net_b: Network, comparison: dict, lang: str = "sv", *,
                           metrics: tuple[NetworkMetrics, NetworkMetrics]) -> str:
    """Both maps side by side in one self-contained page, differing type pairs highlighted.

    The page opens with the ranked differences and a table of the type pairs
    that differ; every text from the data is HTML-escaped.

    Parameters
    ----------
    net_a, net_b : Network
        The networks that were compared.
    comparison : dict
        From :func:`compare_networks` on the same networks.
    lang : {"sv", "en"}
    metrics : (NetworkMetrics, NetworkMetrics)
        The figures of ``net_a`` and ``net_b``, which size and describe the actors.

    Returns
    -------
    str
        A complete HTML document that works offline.

    Examples
    --------
    >>> from samnet.model import Actor, Dataset, Kommun
    >>> from samnet.graph import build_network
    >>> ds = Dataset({"k": Kommun("k", "K <&>")}, {"i": Actor("i", "IFO", "ifo", "kommun", "k")})
    >>> net = build_network(ds, "k")
    >>> from samnet.metrics import analyze_network
    >>> m = analyze_network(net)
    >>> page = render_comparison_html(net, net, compare_networks(net, net, m, m), metrics=(m, m))
    >>> "K &lt;&amp;&gt; (A)" in page and "<&>" not in page
    True
    """
    _check_lang(lang)
    # The page (shared layout, clickable differences) is the render layer's: samnet.compare_view.
    from samnet.compare_view import render_comparison_page

    title = _w("title", lang).format(a=comparison["a"]["label"], b=comparison["b"]["label"])
    return render_comparison_page(net_a, net_b, comparison, metrics, difference_sentences(comparison, lang),
                                  lang=lang, title=title, intro=_w("intro", lang))
