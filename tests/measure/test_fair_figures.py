"""Hand-computed fixtures for the fair figures (described ties, forums, reach, organisations).

Each fixture is small enough to check on paper; the expected figures are
worked out in the test's docstring.
"""

from __future__ import annotations

import re

import pytest

from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
from samnet.core.network import build_network
from samnet.measure.dependence import person_dependent_links
from samnet.measure.described import described_areas, described_profile, described_profiles, described_ties, tie_split
from samnet.measure.forums import DOMINANCE_SHARE, dominant_forum, forum_drivers, forum_figures
from samnet.measure.metrics import analyze_network, centrality, eigenvector_centrality
from samnet.measure.organisations import internal_external, organisation_of, organisations
from samnet.measure.reach import reach_counts, social_services_reach
from samnet.measure.weighting import fair_centrality, fair_graph
from samnet.present.forum_text import dependence_note, driver_warning

IND, STR = frozenset({"individ"}), frozenset({"struktur"})
CS = [f"c{i}" for i in range(1, 8)]


def link(i, s, t, level=2, scopes=IND, pd=False, areas=frozenset()):
    return Link(i, s, t, "samverkan", level, scopes, pd, areas, frozenset({"k"}))


def forum(fid, members, level, scopes=STR, areas=frozenset()):
    return Forum(fid, fid.upper(), tuple(members), level, scopes, False, areas, frozenset({"k"}))


@pytest.fixture
def big_forum():
    """a–b linked at level 4; b sits with c1…c7 in forum F at level 1 (8 members)."""
    actors = {i: Actor(i, i.upper(), "ifo", "kommun", "k") for i in ["a", "b", *CS]}
    ds = Dataset({"k": Kommun("k", "K")}, actors, (link(0, "a", "b", 4),), (forum("f", ["b", *CS], 1),))
    return build_network(ds, "k")


def test_big_forum_pairs_and_described_ties(big_forum):
    """Pairs: a–b plus C(8,2) = 28 in F, so 29, of which 1 direct and 28 forum-only.

    Described ties: the link (level 4, individ) and F (level 1, struktur): 2.
    """
    assert tie_split(big_forum) == {"samverkan_ties": 29, "direct_ties": 1, "forum_only_ties": 28}
    assert described_profile(described_ties(big_forum)) == {
        "levels": {"1": 1, "2": 0, "3": 0, "4": 1},
        "scopes": {"individ": 1, "struktur": 1, "both": 0},
        "ties": 2,
    }


def test_big_forum_strength_is_fair(big_forum):
    """Newman weight of a pair in F: level / (n − 1) = 1/7.

    fair strength: a = 4; b = 4 + 7 · 1/7 = 5; each c = 7 · 1/7 = 1.
    The pair graph instead gives b = 4 + 7 = 11 and each c = 7: a level-1
    forum outweighs a level-4 tie.
    """
    graph = fair_graph(big_forum)
    assert graph.edges["c1", "c2"]["weight"] == pytest.approx(1 / 7)
    assert graph.edges["a", "b"]["weight"] == 4
    fair = fair_centrality(big_forum)
    assert [fair[x]["strength"] for x in ("a", "b", "c1")] == [4, 5, 1]
    assert graph.degree("c1", weight="weight") == pytest.approx(1)
    pairs = big_forum.samverkan
    assert [pairs.degree(x, weight="level") for x in ("a", "b", "c1")] == [4, 11, 7]
    assert [centrality(big_forum)[x]["strength"] for x in ("a", "b", "c1")] == [4, 5, 1]


def test_big_forum_eigenvector_is_fair(big_forum):
    """By symmetry all c have one score; the eigen-equations reduce to three.

    Fair (Newman) weights: λ·xa = 4·xb; λ·xb = 4·xa + 7·(1/7)·xc; λ·xc = (1/7)·xb + 6·(1/7)·xc.
    So 7λ³ − 6λ² − 113λ + 96 = 0, largest root λ ≈ 4.0226; xa/xb = 4/λ ≈ 0.9944,
    xc/xb = (1/7)/(λ − 6/7) ≈ 0.0451. With xa² + xb² + 7·xc² = 1:
    xa ≈ 0.7026, xb ≈ 0.7066, xc ≈ 0.0319. a, with one strong tie, is almost as
    central as b; the forum members are far behind.

    Pair weights: λ·xa = 4·xb; λ·xb = 4·xa + 7·xc; λ·xc = xb + 6·xc, so
    λ³ − 6λ² − 23λ + 96 = 0, λ ≈ 7.3523; xa ≈ 0.2404, xb ≈ 0.4418, xc ≈ 0.3267:
    every member of the level-1 forum outranks a.
    """
    fair = fair_centrality(big_forum)
    assert fair["a"]["eigenvector"] == pytest.approx(0.7026, abs=1e-4)
    assert fair["b"]["eigenvector"] == pytest.approx(0.7066, abs=1e-4)
    assert fair["c1"]["eigenvector"] == pytest.approx(0.0319, abs=1e-4)
    old = eigenvector_centrality(big_forum.samverkan, weight="level")
    assert old["a"] == pytest.approx(0.2404, abs=1e-4)
    assert old["c1"] == pytest.approx(0.3267, abs=1e-4)
    # samnet analyze reports the fair values.
    assert centrality(big_forum)["a"]["eigenvector"] == fair["a"]["eigenvector"]


def test_big_forum_drives_the_figures(big_forum):
    """F creates 28 of 29 pairs, all 28 only through it; 28 > 29/4, so one warning.

    Share: 28 · 100 // 29 = 96 %.
    """
    drivers = forum_drivers(big_forum)
    assert drivers == [{"id": "f", "name": "F", "size": 8, "level": 1, "pairs": 28, "only_pairs": 28}]
    sentence = driver_warning(dominant_forum(drivers, 29), 29)
    assert sentence == (
        "Forumet F (8 medlemmar, nivå 1) skapar 28 av nätverkets 29 par (96 %); 28 av dem finns bara genom forumet."
    )


def test_warning_only_above_a_quarter():
    """3 of 12 pairs is exactly a quarter: no warning; 4 of 12 is more: a warning whose figures match."""
    row = {"id": "f", "name": "F", "size": 3, "level": 2, "pairs": 3, "only_pairs": 1}
    assert DOMINANCE_SHARE == 0.25
    assert dominant_forum([row], 12) is None
    assert dominant_forum([], 12) is None
    row4 = {**row, "size": 4, "pairs": 4}
    for lang in ("sv", "en"):
        sentence = driver_warning(dominant_forum([row4], 12), 12, lang)
        numbers = [int(n) for n in re.findall(r"\d+", sentence)]
        assert numbers == [4, 2, 4, 12, 33, 1], sentence


def test_only_pairs_exclude_links_and_other_forums():
    """F = {a, b, c} at level 2, G = {b, c, d} at level 1, link a–b.

    F's pairs ab, ac, bc; ab has a link, bc is also in G: only ac is F's alone.
    G's pairs bc, bd, cd: bd and cd are G's alone.
    """
    actors = {i: Actor(i, i, "ifo", "kommun", "k") for i in "abcd"}
    ds = Dataset({"k": Kommun("k", "K")}, actors, (link(0, "a", "b"),), (forum("f", "abc", 2), forum("g", "bcd", 1)))
    rows = forum_drivers(build_network(ds, "k"))
    assert [(r["id"], r["pairs"], r["only_pairs"]) for r in rows] == [("f", 3, 1), ("g", 3, 2)]


def test_described_profiles_count_each_link_and_forum_once():
    """IFO units a, b; polis p. Links a–b (3, individ), a–p (2, individ), a–p (1, struktur);
    forum F = {a, b, p} (2, struktur).

    - kommun: 3 links + 1 forum = 4 ties: levels 1:1, 2:2, 3:1; individ 2, struktur 2.
    - actor a: all four ties. Actor b: a–b and F: 2. Actor p: a–p twice and F: 3.
    - type ifo: every tie touches an IFO unit, each once (a–b is not two IFO ties): 4.
    - type polis and huvudman stat: a–p, a–p, F: 3.
    The pair graph would give 3 pairs (ab, ap, bp) instead.
    """
    actors = {
        "a": Actor("a", "A", "ifo", "kommun", "k"),
        "b": Actor("b", "B", "ifo", "kommun", "k"),
        "p": Actor("p", "P", "polis", "stat"),
    }
    ds = Dataset(
        {"k": Kommun("k", "K")},
        actors,
        (link(0, "a", "b", 3), link(1, "a", "p", 2), link(2, "a", "p", 1, STR)),
        (forum("f", "abp", 2),),
    )
    net = build_network(ds, "k")
    assert described_profile(described_ties(net)) == {
        "levels": {"1": 1, "2": 2, "3": 1, "4": 0},
        "scopes": {"individ": 2, "struktur": 2, "both": 0},
        "ties": 4,
    }
    p = described_profiles(net)
    assert [p["actor"][x]["ties"] for x in "abp"] == [4, 2, 3]
    assert p["type"]["ifo"]["ties"] == 4 and p["huvudman"]["kommun"]["ties"] == 4
    assert (
        p["type"]["polis"]
        == p["huvudman"]["stat"]
        == {"levels": {"1": 1, "2": 2, "3": 0, "4": 0}, "scopes": {"individ": 1, "struktur": 2, "both": 0}, "ties": 3}
    )
    assert net.samverkan.number_of_edges() == 3


def test_described_areas():
    """A link naming hrv and vinr, a forum naming hrv: hrv 2, vinr 1."""
    ties = [link(0, "a", "b", areas=frozenset({"hrv", "vinr"})), forum("f", "ab", 1, areas=frozenset({"hrv"}))]
    assert described_areas(ties) == {"vinr": 1, "hrv": 2, "unga": 0, "barn": 0}


def test_person_dependent_link_whose_pair_shares_a_forum():
    """Link a–b (level 2) is person-dependent; a and b also sit in forum F with c.

    The merged pair a–b is not person-dependent (F is not), so the pair list
    is empty, but the link list keeps it, with F beside it.
    """
    actors = {i: Actor(i, i, "ifo", "kommun", "k") for i in "abc"}
    ds = Dataset(
        {"k": Kommun("k", "K")}, actors, (link(0, "a", "b", 2, pd=True), link(1, "b", "c", 1)), (forum("f", "abc", 1),)
    )
    net = build_network(ds, "k")
    assert analyze_network(net).person_dependent == []
    rows = person_dependent_links(net)
    assert rows == [{"source": "a", "target": "b", "level": 2, "also_in_forums": ["f"]}]
    assert dependence_note(rows[0], {"f": "Nätverket"}) == "personbunden, men paret möts också i forum Nätverket"


def test_four_reach_tiers():
    """IFO i and socialtjänst s are social services; the others are not.

    - d has a samverkan link with i: direct (also in forum F with s, and reports: still direct).
    - f sits in F with s, no link: forum_only.
    - o sends i an orosanmälan only: one_way_only; r receives information from s only: one_way_only.
    - n has a link with d only, and sits in G with no social member: none.
    """
    actors = {
        "i": Actor("i", "IFO", "ifo", "kommun"),
        "s": Actor("s", "Soc", "socialtjanst", "kommun"),
        **{x: Actor(x, x.upper(), "skola", "kommun") for x in "dfonr"},
    }
    links = (
        link(0, "d", "i"),
        link(1, "n", "d"),
        Link(2, "o", "i", "orosanmalan"),
        Link(3, "d", "i", "orosanmalan"),
        Link(4, "s", "r", "information"),
    )
    ds = Dataset({}, actors, links, (forum("f", "dfs", 2), forum("g", "nd", 1)))
    rows = social_services_reach(build_network(ds))
    assert [(r["id"], r["tier"]) for r in rows] == [
        ("d", "direct"),
        ("f", "forum_only"),
        ("o", "one_way_only"),
        ("r", "one_way_only"),
        ("n", "none"),
    ]
    assert reach_counts(rows) == {"direct": 1, "forum_only": 1, "one_way_only": 2, "none": 1}


def test_internal_and_external():
    """Kommun k in län Gävleborg. Organisations by rule: ifo1, ifo2, skola → k; bvc (region, k) and
    bch (region, no kommun) → region-gavleborg; polis → polis; bolag has organisation "bolag".

    - ifo1–ifo2 (4): internal.  - ifo1–bvc (4): external.  - bvc–bch (3): internal.
    - ifo1–bolag (2): external.  - F {ifo1, ifo2, skola} (3): internal.  - G {ifo1, polis} (2): external.
    internal: levels 3:2, 4:1 (3 ties); external: levels 2:2, 4:1 (3 ties).
    """
    kommun = Kommun("k", "K", "Gävleborg")
    actors = {
        "ifo1": Actor("ifo1", "I1", "ifo", "kommun", "k"),
        "ifo2": Actor("ifo2", "I2", "ifo", "kommun", "k"),
        "skola": Actor("skola", "S", "skola", "kommun", "k"),
        "bvc": Actor("bvc", "B", "bvc", "region", "k"),
        "bch": Actor("bch", "BC", "beroendevard", "region"),
        "polis": Actor("polis", "P", "polis", "stat"),
        "bolag": Actor("bolag", "Bo", "bostadsbolag", "kommun", "k", organisation="bolag"),
    }
    links = (
        link(0, "ifo1", "ifo2", 4),
        link(1, "ifo1", "bvc", 4),
        link(2, "bvc", "bch", 3),
        link(3, "ifo1", "bolag", 2),
    )
    ds = Dataset(
        {"k": kommun}, actors, links, (forum("f", ["ifo1", "ifo2", "skola"], 3), forum("g", ["ifo1", "polis"], 2))
    )
    net = build_network(ds, "k")
    orgs = organisations(net)
    assert orgs == {
        "bch": "region-gavleborg",
        "bolag": "bolag",
        "bvc": "region-gavleborg",
        "ifo1": "k",
        "ifo2": "k",
        "polis": "polis",
        "skola": "k",
    }
    split = internal_external(net)
    assert split["internal"]["levels"] == {"1": 0, "2": 0, "3": 2, "4": 1}
    assert split["external"]["levels"] == {"1": 0, "2": 2, "3": 0, "4": 1}
    assert split["internal"]["ties"] + split["external"]["ties"] == len(described_ties(net)) == 6


def test_organisation_rule_fallbacks():
    """Ideell → its own id; a kommun actor without a kommun → its own id; region without län → "region"."""
    assert organisation_of(Actor("j", "J", "kvinnojour", "ideell", "k")) == "j"
    assert organisation_of(Actor("g", "G", "socialtjanst", "kommun")) == "g"
    assert organisation_of(Actor("r", "R", "bup", "region")) == "region"
    assert organisation_of(Actor("x", "X", "polis", "stat", organisation="polisen")) == "polisen"


def test_forum_figures():
    """F = {a (ifo, kommun), b (ifo, kommun), p (polis, stat)}, G = {a, p}, H = {c}.

    by type F: ifo 2, polis 1; actors in most forums: a 2, p 2, b 1, c 1;
    shared members: F–G share a and p (2); H shares none.
    """
    actors = {
        "a": Actor("a", "A", "ifo", "kommun"),
        "b": Actor("b", "B", "ifo", "kommun"),
        "c": Actor("c", "C", "skola", "kommun"),
        "p": Actor("p", "P", "polis", "stat"),
    }
    ds = Dataset({}, actors, (), (forum("f", "abp", 2), forum("g", "ap", 1), forum("h", "c", 1)))
    fig = forum_figures(build_network(ds))
    assert fig["members"][0] == {
        "id": "f",
        "name": "F",
        "level": 2,
        "size": 3,
        "by_type": {"ifo": 2, "polis": 1},
        "by_huvudman": {"kommun": 2, "stat": 1},
    }
    assert [(r["id"], r["forums"]) for r in fig["actors_in_forums"]] == [("a", 2), ("p", 2), ("b", 1), ("c", 1)]
    assert fig["shared_members"] == [{"forums": ["f", "g"], "shared": 2}]
