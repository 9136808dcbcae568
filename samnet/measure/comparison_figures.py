"""Compare two kommuner by function: the figures behind each finding, and the findings ranked.

A comparison that claims "X takes part in A but not in B" must hold for the
**function** X does, not for one actor type: one mapping types its social
services ``ifo``, another ``socialtjanst``. So every figure here
is counted per function (:data:`samnet.core.vocab.FUNCTIONS`), and a presence or
absence claim is made only when no actor of that function does the thing in
the other kommun.

:func:`side_figures` gives one kommun's figures; :func:`compare_findings`
sets two side by side and ranks the substantive differences the source
report draws (000 §6): person-dependence, how actors reach social services,
the share of levels 3–4, schools and each förvaltning in the structural
work, areas (HRV), level 4 inside or across organisations, one forum
dominating. Functions mapped on one side only are not findings: they go to
``mapped`` ("Kartlagda aktörer"), a difference in what was mapped.

A difference in the kommuner's stated ``focus`` (000 §5.6.2: "Ljusdals kommun
har ett uttalat fokus på HRV. Sandvikens kommun har inget") is the source's own
words, not a measured difference: it comes first, unscored, and only when the
data states a focus for both kommuner.

Every finding carries its figures for both kommuner in ``values``; the
sentences of :mod:`samnet.present.comparison_text` are generated from them only.

Scoring
-------
``score = weight × magnitude × evidence``, each in [0, 1]:

- magnitude, for counts and shares: ``|a − b| / max(a, b)`` (relative: 10
  against 2 is 0.8); for reach tiers: total variation distance of the two
  distributions; for something done on one side only: 1; for the highest
  level of an area's forums: the difference in levels / 4 (no forum is 0);
- evidence ``n / (n + 2)``, n the items the difference rests on, so a
  difference resting on one item (0.33) never outranks an equal one resting
  on twenty (0.91). n is: person-dependent links on both sides; the actors
  outside social services (the smaller side) for reach; the described ties
  (smaller side) for shares of ties and for schools; the forums on the area
  (both sides) for an area's forums; the level-4 ties (both sides) for
  inside/outside; the pairs (smaller side) for a dominating forum; the ties
  or units on the side that has them for a one-sided claim.

A difference resting on fewer than :data:`MIN_EVIDENCE` (3) items is ranked
after every difference resting on more, whatever its score: "0 of 1 against
1 of 1" comes after "16 of 22 against 8 of 22".

A finding whose magnitude is below :data:`MIN_MAGNITUDE` (0.05: 22 % against
22.5 %) is left out: its sentence would show no difference.

Weights: person-dependence, reach, school, förvaltning, area and one-sided
function claims 1.0; levels 3–4, internal/external level 4, a dominating
forum and co-location (evidence: the units seated in co-located ties) 0.8. Findings whose figures are equal are left out; ties in score are
broken by key, so the order never changes.

Examples
--------
>>> from samnet.core.model import Actor, Dataset, Kommun, Link
>>> from samnet.core.network import build_network
>>> ds = Dataset({"a": Kommun("a", "Aby"), "b": Kommun("b", "Bby")},
...              {"a-ifo": Actor("a-ifo", "IFO", "ifo", "kommun", "a"),
...               "a-skola": Actor("a-skola", "Skola", "skola", "kommun", "a"),
...               "b-soc": Actor("b-soc", "Soc", "socialtjanst", "kommun", "b"),
...               "b-skola": Actor("b-skola", "Skola", "skola", "kommun", "b")},
...              (Link(0, "a-skola", "a-ifo", "samverkan", 3, frozenset({"struktur"}), kommuner=frozenset({"a"})),
...               Link(1, "b-skola", "b-soc", "samverkan", 3, frozenset({"individ"}), kommuner=frozenset({"b"}))))
>>> c = compare_findings(build_network(ds, "a"), build_network(ds, "b"))
>>> [(f["key"], f["values"].get("function")) for f in c["findings"]]
[('function_structural', 'skola'), ('function_structural', 'social'), ('school_structural', None)]
>>> c["mapped"]
[]
"""

from __future__ import annotations

import json

from samnet.core.model import Forum
from samnet.core.network import Network
from samnet.core.vocab import AREAS, FUNCTION_OF, FUNCTIONS
from samnet.measure.dependence import person_dependent_links
from samnet.measure.described import described_areas, described_profile, described_ties, tie_members
from samnet.measure.forums import DOMINANCE_SHARE, forum_drivers
from samnet.measure.organisations import internal_external
from samnet.measure.reach import TIERS, reach_counts, social_services_reach

__all__ = [
    "side_figures",
    "compare_findings",
    "evidence",
    "FINDING_WEIGHTS",
    "MIN_MAGNITUDE",
    "MIN_EVIDENCE",
    "SCHOOL_FUNCTIONS",
]

#: Findings smaller than this are left out (see the module docstring).
MIN_MAGNITUDE = 0.05

#: Findings resting on fewer items rank after all others (see the module docstring).
MIN_EVIDENCE = 3

#: The weight of each kind of finding (see the module docstring).
FINDING_WEIGHTS: dict[str, float] = {
    "person_dependence": 1.0,
    "reach": 1.0,
    "school_structural": 1.0,
    "forvaltningar_structural": 1.0,
    "area_share": 1.0,
    "area_forums": 1.0,
    "function_samverkan": 1.0,
    "function_structural": 1.0,
    "high_levels": 0.8,
    "level4_internal": 0.8,
    "dominant_forum": 0.8,
    "focus": 1.0,
    "colocation": 0.8,
}

#: The functions that are "the school" in 000 §6 ("skolans representanter ... i det strategiska och strukturella arbetet").
SCHOOL_FUNCTIONS = ("skola", "forskola")


def _round(value: float, digits: int = 4) -> float:
    rounded = round(float(value), digits)
    return 0.0 if rounded == 0 else rounded


def _relative(a: float, b: float) -> float:
    top = max(abs(a), abs(b))
    return abs(a - b) / top if top else 0.0


def _structural(tie) -> bool:
    return "struktur" in tie.scopes


def _function_rows(network: Network) -> dict[str, dict]:
    """Per function present: actors, described ties, structural ties, structural forums, one-way links."""
    actors = network.actors
    rows: dict[str, dict] = {}
    for actor in actors.values():
        row = rows.setdefault(
            FUNCTION_OF.get(actor.type, actor.type),
            {"actors": 0, "ties": 0, "structural_ties": 0, "structural_forums": 0, "one_way": 0},
        )
        row["actors"] += 1
    for tie in described_ties(network):
        for function in {FUNCTION_OF.get(actors[m].type, actors[m].type) for m in tie_members(tie)}:
            rows[function]["ties"] += 1
            rows[function]["structural_ties"] += int(_structural(tie))
            rows[function]["structural_forums"] += int(isinstance(tie, Forum) and _structural(tie))
    for link in network.one_way:
        for function in {FUNCTION_OF.get(actors[a].type, actors[a].type) for a in (link.source, link.target)}:
            rows[function]["one_way"] += 1
    return dict(sorted(rows.items()))


def _forvaltningar(network: Network) -> dict[str, dict]:
    """Per function of the kommun's own units (huvudman kommun): units, and units in a structural forum."""
    own = network.kommun.id if network.kommun else None
    units = {
        a for a, actor in network.actors.items() if actor.huvudman == "kommun" and (own is None or actor.kommun == own)
    }
    seated = {m for f in network.forums if _structural(f) for m in f.members} & units
    rows: dict[str, dict] = {}
    for a in sorted(units):
        row = rows.setdefault(
            FUNCTION_OF.get(network.actors[a].type, network.actors[a].type), {"units": 0, "in_structural_forums": 0}
        )
        row["units"] += 1
        row["in_structural_forums"] += int(a in seated)
    return dict(sorted(rows.items()))


def side_figures(network: Network) -> dict:
    """One kommun's figures for the comparison, all counted as described ties or per function.

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset, Link
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {"i": Actor("i", "IFO", "ifo", "kommun"), "p": Actor("p", "P", "polis", "stat")},
    ...              (Link(0, "i", "p", "samverkan", 4, frozenset({"individ"}), True),))
    >>> f = side_figures(build_network(ds))
    >>> f["ties"], f["high_levels"], f["person_dependent_links"], f["reach"]["direct"]
    (1, 1, 1, 1)
    """
    ties = described_ties(network)
    profile = described_profile(ties)
    reach = social_services_reach(network)
    split = internal_external(network)
    drivers = forum_drivers(network)
    pairs = network.samverkan.number_of_edges()
    figures = {
        "name": network.name,
        "ties": profile["ties"],
        "levels": profile["levels"],
        "high_levels": profile["levels"]["3"] + profile["levels"]["4"],
        "areas": described_areas(ties),
        "person_dependent_links": len(person_dependent_links(network)),
        "person_dependent_pairs": sum(1 for _, _, d in network.samverkan.edges(data=True) if d["person_dependent"]),
        "reach": reach_counts(reach),
        "reach_reporting": reach_counts([r for r in reach if r["one_way_to_social"]]),
        # 000 §6: they meet social services only in forums; case by case they only report to them.
        "forum_and_reports": [r["name"] for r in reach if r["tier"] == "forum_only" and r["one_way_to_social"]],
        "reach_actors": len(reach),
        "functions": _function_rows(network),
        "school": _school_figures(network),
        "forvaltningar": _forvaltningar(network),
        "level4": {"internal": split["internal"]["levels"]["4"], "external": split["external"]["levels"]["4"]},
        "pairs": pairs,
        "top_forum": drivers[0] if drivers else None,
        # Other forums that create as many pairs, so "the forum that creates the most" is not said of one of several.
        "top_forum_equals": sum(1 for r in drivers[1:] if r["pairs"] == drivers[0]["pairs"]) if drivers else 0,
        "area_forums": _area_forums(network),
    }
    # Only where the data has them, so a comparison of other data is exactly as before.
    focus, colocated = _focus(network), _colocated(network)
    if focus is not None:
        figures["focus"] = focus
    if colocated["ties"]:
        figures["colocated"] = colocated
    return figures


def _colocated(network: Network) -> dict:
    """Forums and links where the parties sit together (samlokalisering), and how many units they seat."""
    ties = [t for t in (*network.links, *network.forums) if t.colocated]
    return {
        "ties": len(ties),
        "names": sorted(
            t.name if isinstance(t, Forum) else f"{network.actors[t.source].name}–{network.actors[t.target].name}"
            for t in ties
        ),
        "units": len({a for t in ties for a in tie_members(t)}),
    }


def _focus(network: Network) -> list[str] | None:
    focus = network.kommun.focus if network.kommun else None
    return None if focus is None else [area for area in AREAS if area in focus]


def _focus_finding(fa: dict, fb: dict) -> list[dict]:
    """The stated focus of both kommuner, when the data states it for both and it differs."""
    focus_a, focus_b = fa.get("focus"), fb.get("focus")
    if focus_a is None or focus_b is None or focus_a == focus_b:
        return []
    return [_finding("focus", {"a": focus_a, "b": focus_b}, 1.0, MIN_EVIDENCE)]


def evidence(n: int) -> float:
    """How far a difference resting on ``n`` items can be trusted: ``n / (n + 2)``.

    Examples
    --------
    >>> evidence(0), round(evidence(1), 2), round(evidence(20), 2)
    (0.0, 0.33, 0.91)
    """
    return n / (n + 2) if n > 0 else 0.0


def _finding(key: str, values: dict, magnitude: float, n: int) -> dict:
    return {
        "key": key,
        "score": _round(FINDING_WEIGHTS[key] * magnitude * evidence(n)),
        "values": values,
        "magnitude": _round(magnitude),
        "evidence": n,
    }


def _distance(a: dict, b: dict, keys) -> float:
    """Total variation distance between two count distributions over ``keys`` (0 if either is empty)."""
    total_a, total_b = sum(a[k] for k in keys), sum(b[k] for k in keys)
    if not total_a or not total_b:
        return 0.0
    return sum(abs(a[k] / total_a - b[k] / total_b) for k in keys) / 2


def _colocation_finding(fa: dict, fb: dict) -> list[dict]:
    """Co-location in one kommun more than in the other (000 §6: "vanligare med samlokalisering i Hälsingland")."""
    none = {"ties": 0, "names": [], "units": 0}
    ca, cb = fa.get("colocated", none), fb.get("colocated", none)
    if ca["ties"] == cb["ties"]:
        return []
    return [_finding("colocation", {"a": ca, "b": cb}, _relative(ca["ties"], cb["ties"]), ca["units"] + cb["units"])]


def _kommun_findings(fa: dict, fb: dict) -> list[dict]:
    found = _colocation_finding(fa, fb)
    pa, pb = fa["person_dependent_links"], fb["person_dependent_links"]
    if pa != pb:
        found.append(
            _finding(
                "person_dependence",
                {"a": pa, "b": pb, "a_pairs": fa["person_dependent_pairs"], "b_pairs": fb["person_dependent_pairs"]},
                _relative(pa, pb),
                pa + pb,
            )
        )
    distance = _distance(fa["reach"], fb["reach"], TIERS)
    if distance:
        found.append(
            _finding(
                "reach",
                {
                    "a": fa["reach"],
                    "b": fb["reach"],
                    "a_reporting": fa["reach_reporting"]["forum_only"],
                    "b_reporting": fb["reach_reporting"]["forum_only"],
                    "a_reporting_names": fa["forum_and_reports"],
                    "b_reporting_names": fb["forum_and_reports"],
                },
                distance,
                min(fa["reach_actors"], fb["reach_actors"]),
            )
        )
    found += _share_findings(fa, fb)
    found += _area_forum_findings(fa, fb)
    found += _level4_and_forum_findings(fa, fb)
    return found


def _share_findings(fa: dict, fb: dict) -> list[dict]:
    """Differences in the share of high-level ties and of each area's ties (none when a side has no ties)."""
    found: list[dict] = []
    if fa["ties"] and fb["ties"]:
        sa, sb = fa["high_levels"] / fa["ties"], fb["high_levels"] / fb["ties"]
        if sa != sb:
            found.append(
                _finding(
                    "high_levels",
                    {"a": fa["high_levels"], "b": fb["high_levels"], "a_ties": fa["ties"], "b_ties": fb["ties"]},
                    _relative(sa, sb),
                    min(fa["ties"], fb["ties"]),
                )
            )
        for area in AREAS:
            sa, sb = fa["areas"][area] / fa["ties"], fb["areas"][area] / fb["ties"]
            if sa != sb:
                found.append(
                    _finding(
                        "area_share",
                        {
                            "area": area,
                            "a": fa["areas"][area],
                            "b": fb["areas"][area],
                            "a_ties": fa["ties"],
                            "b_ties": fb["ties"],
                        },
                        _relative(sa, sb),
                        min(fa["ties"], fb["ties"]),
                    )
                )
    return found


def _level4_and_forum_findings(fa: dict, fb: dict) -> list[dict]:
    """Who the level-4 ties join (one organisation or two), and a forum that dominates one side's pairs."""
    found: list[dict] = []
    la, lb = fa["level4"], fb["level4"]
    if la != lb:
        share = {
            s: f["internal"] / (f["internal"] + f["external"]) if f["internal"] + f["external"] else 0.0
            for s, f in (("a", la), ("b", lb))
        }
        found.append(
            _finding(
                "level4_internal",
                {"a": la, "b": lb},
                max(abs(share["a"] - share["b"]), _relative(sum(la.values()), sum(lb.values()))),
                sum(la.values()) + sum(lb.values()),
            )
        )
    sides = {"a": fa, "b": fb}
    shares = {
        s: (f["top_forum"]["pairs"] / f["pairs"]) if f["top_forum"] and f["pairs"] else 0.0 for s, f in sides.items()
    }
    if any(v > DOMINANCE_SHARE for v in shares.values()) and shares["a"] != shares["b"]:
        found.append(
            _finding(
                "dominant_forum",
                {
                    s: {"forum": f["top_forum"], "pairs": f["pairs"], "equals": f["top_forum_equals"]}
                    for s, f in sides.items()
                },
                _relative(shares["a"], shares["b"]),
                min(fa["pairs"], fb["pairs"]),
            )
        )
    return found


def _area_forums(network: Network) -> dict[str, dict]:
    """Per area: the forums that concern it, their highest level and the forums at that level."""
    rows = {}
    for area in AREAS:
        mine = [f for f in network.forums if area in f.areas]
        top = max((f.level for f in mine), default=0)
        rows[area] = {
            "forums": len(mine),
            "top_level": top,
            "top_forums": sorted(f.name for f in mine if f.level == top),
        }
    return rows


def _area_forum_findings(fa: dict, fb: dict) -> list[dict]:
    """An area taken up in forums at a higher level in one kommun (000 §6: HRV focus in Ljusdal).

    The sentence also quotes the area's share of described ties on both sides,
    so a reader sees whether the difference goes beyond the forums.
    """
    found = []
    if not fa["ties"] or not fb["ties"]:
        return found  # the share of ties would be 0 of 0
    for area in AREAS:
        ra, rb = fa["area_forums"][area], fb["area_forums"][area]
        if ra["top_level"] != rb["top_level"]:
            found.append(
                _finding(
                    "area_forums",
                    {
                        "area": area,
                        "a": ra,
                        "b": rb,
                        "a_ties": fa["ties"],
                        "b_ties": fb["ties"],
                        "a_area_ties": fa["areas"][area],
                        "b_area_ties": fb["areas"][area],
                    },
                    abs(ra["top_level"] - rb["top_level"]) / 4,
                    ra["forums"] + rb["forums"],
                )
            )
    return found


def _school_figures(network: Network) -> dict:
    """Actors and described ties of the school functions, each tie once even if it joins school and förskola."""
    actors = network.actors
    school = {a for a, actor in actors.items() if FUNCTION_OF.get(actor.type) in SCHOOL_FUNCTIONS}
    mine = [t for t in described_ties(network) if school & set(tie_members(t))]
    structural = [t for t in mine if _structural(t)]
    return {
        "actors": len(school),
        "ties": len(mine),
        "structural_ties": len(structural),
        "structural_forums": sum(isinstance(t, Forum) for t in structural),
    }


def _school_finding(fa: dict, fb: dict) -> list[dict]:
    sa, sb = fa["school"], fb["school"]
    # Without a school tie on one side the function findings say so ("har samverkan i B; i A ingen"):
    # a share of 0 of 0 is no figure to rank.
    if not sa["ties"] or not sb["ties"] or sa == sb:
        return []
    share_a = sa["structural_ties"] / sa["ties"] if sa["ties"] else 0.0
    share_b = sb["structural_ties"] / sb["ties"] if sb["ties"] else 0.0
    magnitude = max(_relative(sa["structural_ties"], sb["structural_ties"]), abs(share_a - share_b))
    return [_finding("school_structural", {"a": sa, "b": sb}, magnitude, min(sa["ties"], sb["ties"]))]


def _function_findings(fa: dict, fb: dict) -> list[dict]:
    """Presence claims per function, made only when no actor of that function does it on the other side."""
    found = []
    for function in sorted(set(fa["functions"]) & set(fb["functions"])):
        ra, rb = fa["functions"][function], fb["functions"][function]
        if bool(ra["ties"]) != bool(rb["ties"]):
            found.append(
                _finding(
                    "function_samverkan", {"function": function, "a": ra, "b": rb}, 1.0, max(ra["ties"], rb["ties"])
                )
            )
        elif bool(ra["structural_ties"]) != bool(rb["structural_ties"]):
            found.append(
                _finding(
                    "function_structural",
                    {"function": function, "a": ra, "b": rb},
                    1.0,
                    max(ra["structural_ties"], rb["structural_ties"]),
                )
            )
    va, vb = fa["forvaltningar"], fb["forvaltningar"]
    for function in sorted(set(va) & set(vb)):
        if bool(va[function]["in_structural_forums"]) != bool(vb[function]["in_structural_forums"]):
            seated = max(va[function]["in_structural_forums"], vb[function]["in_structural_forums"])
            found.append(
                _finding(
                    "forvaltningar_structural",
                    {"function": function, "a": va[function], "b": vb[function]},
                    1.0,
                    seated,
                )
            )
    return found


def _mapped(fa: dict, fb: dict) -> list[dict]:
    """Functions mapped in one kommun only: a difference in what was mapped, not a finding."""
    rows = []
    for function in sorted(set(fa["functions"]) ^ set(fb["functions"])):
        side = "a" if function in fa["functions"] else "b"
        rows.append(
            {"function": function, "side": side, "actors": (fa if side == "a" else fb)["functions"][function]["actors"]}
        )
    rows.sort(
        key=lambda r: (
            r["side"],
            list(FUNCTIONS).index(r["function"]) if r["function"] in FUNCTIONS else 99,
            r["function"],
        )
    )
    return rows


def compare_findings(net_a: Network, net_b: Network) -> dict:
    """Both kommuners' figures, the ranked findings and the functions mapped on one side only.

    Returns
    -------
    dict
        ``a``, ``b`` (:func:`side_figures`), ``findings`` (ranked rows
        ``key``, ``score``, ``values``) and ``mapped`` (rows ``function``,
        ``side``, ``actors``).

    Examples
    --------
    >>> from samnet.core.model import Actor, Dataset
    >>> from samnet.core.network import build_network
    >>> ds = Dataset({}, {"j": Actor("j", "Jour", "tjejjour", "ideell")})
    >>> empty = Dataset({}, {"k": Actor("k", "Kvinnojour", "kvinnojour", "ideell")})
    >>> compare_findings(build_network(ds), build_network(empty))["mapped"]
    []
    """
    fa, fb = side_figures(net_a), side_figures(net_b)
    found = [
        f
        for f in _kommun_findings(fa, fb) + _school_finding(fa, fb) + _function_findings(fa, fb)
        if f["magnitude"] >= MIN_MAGNITUDE
    ]
    found.sort(
        key=lambda f: (
            f["evidence"] < MIN_EVIDENCE,
            -f["score"],
            f["key"],
            json.dumps(f["values"], sort_keys=True, ensure_ascii=False),
        )
    )
    if net_a.testimony or net_b.testimony:
        # Who said so: how many of each side's counted ties rest on one side's word (a sentence says so).
        from samnet.measure.testimony import finding_support

        for f in found:
            f["weak"] = {"a": finding_support(net_a, f), "b": finding_support(net_b, f)}
    return {"a": fa, "b": fb, "findings": _focus_finding(fa, fb) + found, "mapped": _mapped(fa, fb)}
