"""Tests of samnet.compare on hand-built kommuner whose every difference is known in advance.

The fixture ``tests/fixtures/compare/pair`` holds Norrby (A) and Söderby (B):

Norrby: IFO, skola, elevhälsa, BVC, kvinnojour, plus Polisen (no kommun).
  elevhälsa–IFO samverkan 3 struktur [hrv, barn]; IFO–Polisen 2 individ [vinr],
  person-dependent; BVC → IFO and skola → IFO orosanmälan; forum {IFO,
  elevhälsa, kvinnojour} level 2 struktur [vinr].
  Merged edges: elevhälsa–IFO (3, struktur, areas barn/hrv/vinr), IFO–Polisen
  (2, individ, person-dependent), elevhälsa–jour (2, struktur), IFO–jour (2, struktur).
  => 6 actors, 4 samverkan ties, 2 one-way, 1 forum, 1 person-dependent,
     density 4/15 = 0.266667, levels {2: 3, 3: 1}, scopes individ 1 / struktur 3,
     areas vinr 4, hrv 1, barn 1; structural share 3/4, level 3-4 share 1/4,
     person-dependent share 1/4, one-way share 2/6.
Söderby: IFO, skola, elevhälsa, BVC, plus Polisen.
  elevhälsa → IFO and skola → IFO orosanmälan; IFO–Polisen 2 individ [vinr];
  BVC–IFO 1 individ [barn].
  => 5 actors, 2 samverkan ties, 2 one-way, 0 forums, 0 person-dependent,
     density 2/10 = 0.2, levels {1: 1, 2: 1}, scopes individ 2, areas vinr 1, barn 1;
     shares 0, 0, 0 and one-way share 2/4.

The eighteen differences and their scores (weight × magnitude, see samnet.compare)
are listed in EXPECTED_DIFFERENCES.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from samnet.compare import compare_networks, highlight_pairs
from samnet.compare_page import render_comparison_html
from samnet.compare_report import format_comparison
from samnet.compare_words import difference_sentences
from samnet.errors import UsageError
from samnet.graph import build_network
from samnet.loader import load_dataset
from samnet.metrics import analyze_network
from samnet.model import Actor, Dataset, Forum, Kommun, Link

FIXTURES = Path(__file__).parent / "fixtures" / "compare"


def _metrics(*nets):
    return tuple(analyze_network(net) for net in nets)


def _compare(net_a, net_b):
    # A run measures each network once and hands the figures to the comparison.
    return compare_networks(net_a, net_b, *_metrics(net_a, net_b))


@pytest.fixture(scope="module")
def pair():
    return load_dataset(FIXTURES / "pair")


@pytest.fixture(scope="module")
def nets(pair):
    return build_network(pair, "norrby"), build_network(pair, "soderby")


@pytest.fixture(scope="module")
def comparison(nets):
    return _compare(*nets)


def test_side_by_side_figures(comparison):
    assert comparison["a"] == {"id": "norrby", "name": "Norrby kommun", "label": "Norrby kommun"}
    assert comparison["b"] == {"id": "soderby", "name": "Söderby kommun", "label": "Söderby kommun"}
    assert comparison["summary"] == {
        "actors": {"a": 6, "b": 5},
        "samverkan_ties": {"a": 4, "b": 2},
        "one_way_links": {"a": 2, "b": 2},
        "forums": {"a": 1, "b": 0},
        "person_dependent_ties": {"a": 1, "b": 0},
        "density": {"a": 0.266667, "b": 0.2},
        "structural_share": {"a": 0.75, "b": 0.0},
        "high_level_share": {"a": 0.25, "b": 0.0},
        "person_dependent_share": {"a": 0.25, "b": 0.0},
        "one_way_share": {"a": 0.333333, "b": 0.5},
    }
    assert comparison["levels"] == {
        "1": {"a": 0, "b": 1}, "2": {"a": 3, "b": 1}, "3": {"a": 1, "b": 0}, "4": {"a": 0, "b": 0}}
    assert comparison["scopes"] == {
        "individ": {"a": 1, "b": 2}, "struktur": {"a": 3, "b": 0}, "both": {"a": 0, "b": 0}}
    assert comparison["areas"] == {
        "vinr": {"a": 4, "b": 1}, "hrv": {"a": 1, "b": 0}, "unga": {"a": 0, "b": 0}, "barn": {"a": 1, "b": 1}}


def test_types_compared_by_type_not_id(comparison):
    assert comparison["types"] == {
        "only_a": [{"type": "kvinnojour", "a": 1, "b": 0}],
        "only_b": [],
        "both": [{"type": t, "a": 1, "b": 1} for t in ("bvc", "elevhalsa", "ifo", "polis", "skola")],
    }


def test_one_way_share_per_type(comparison):
    share = comparison["one_way_share"]
    assert share["ifo"] == {"a": {"one_way": 2, "samverkan": 3, "share": 0.4},
                            "b": {"one_way": 2, "samverkan": 2, "share": 0.5}}
    assert share["skola"]["a"]["share"] == share["skola"]["b"]["share"] == 1.0
    assert share["kvinnojour"] == {"a": {"one_way": 0, "samverkan": 2, "share": 0.0}, "b": None}
    assert share["bvc"]["a"] == {"one_way": 1, "samverkan": 0, "share": 1.0}
    assert share["bvc"]["b"] == {"one_way": 0, "samverkan": 1, "share": 0.0}


def test_type_pairs(comparison):
    rows = {tuple(r["types"]): r for r in comparison["type_pairs"]}
    assert list(rows) == [("bvc", "ifo"), ("elevhalsa", "ifo"), ("elevhalsa", "kvinnojour"),
                          ("ifo", "kvinnojour"), ("ifo", "polis"), ("ifo", "skola")]
    # Samverkan in A, only an orosanmälan in B.
    eh = rows[("elevhalsa", "ifo")]
    assert eh["status"] == "both" and eh["differs"]
    assert eh["a"] == {"kind": "samverkan", "level": 3, "scopes": ["struktur"], "areas": ["barn", "hrv", "vinr"],
                       "samverkan_ties": 1, "person_dependent_ties": 0, "person_dependent": False, "one_way": []}
    assert eh["b"] == {"kind": "one_way", "level": None, "scopes": [], "areas": [], "samverkan_ties": 0,
                       "person_dependent_ties": 0, "person_dependent": None,
                       "one_way": [{"from": "elevhalsa", "to": "ifo", "kind": "orosanmalan", "links": 1}]}
    assert rows[("ifo", "kvinnojour")]["status"] == "a_only" and rows[("ifo", "kvinnojour")]["b"] is None
    assert rows[("ifo", "polis")]["differs"] and rows[("ifo", "polis")]["a"]["person_dependent"]
    assert not rows[("ifo", "skola")]["differs"]
    assert highlight_pairs(comparison) == {frozenset(p) for p in rows if p != ("ifo", "skola")}


EXPECTED_DIFFERENCES = [
    (0.75, "structural_share", {"a": 0.75, "b": 0.0}),
    (0.75, "type_only", {"type": "kvinnojour", "side": "a", "actors": 1, "ties": 2, "one_way": 0}),
    (0.675, "type_no_samverkan", {"type": "elevhalsa", "side": "a", "ties": 2, "other_kinds": ["orosanmalan"]}),
    (0.6667, "area_only", {"area": "hrv", "side": "a", "ties": 1}),
    (0.6, "pair_samverkan_vs_one_way", {"types": ["bvc", "ifo"], "side": "b", "level": 1, "scopes": ["individ"],
                                        "ties": 1, "other_kinds": ["orosanmalan"]}),
    (0.6, "pair_samverkan_vs_one_way", {"types": ["elevhalsa", "ifo"], "side": "a", "level": 3,
                                        "scopes": ["struktur"], "ties": 1, "other_kinds": ["orosanmalan"]}),
    (0.6, "type_no_samverkan", {"type": "bvc", "side": "b", "ties": 1, "other_kinds": ["orosanmalan"]}),
    (0.6, "type_structural", {"type": "ifo", "side": "a", "ties": 2}),
    (0.5333, "type_forum", {"type": "ifo", "side": "a", "forums": 1}),
    # barn: 1 of 4 ties against 1 of 2; vinr: 4 of 4 against 1 of 2 (relative difference 0.5 both).
    (0.5, "area_share", {"area": "barn", "a": 0.25, "b": 0.5, "a_ties": 1, "b_ties": 1}),
    (0.5, "area_share", {"area": "vinr", "a": 1.0, "b": 0.5, "a_ties": 4, "b_ties": 1}),
    (0.5, "forums", {"a": 1, "b": 0}),
    # Levels 1-4: (0, 3/4, 1/4, 0) against (1/2, 1/2, 0, 0); half the summed gaps is 0.5.
    (0.5, "level_profile", {"a": {"1": 0.0, "2": 0.75, "3": 0.25, "4": 0.0},
                            "b": {"1": 0.5, "2": 0.5, "3": 0.0, "4": 0.0}}),
    (0.5, "person_dependent_ties", {"a": 1, "b": 0}),
    (0.25, "person_dependent_share", {"a": 0.25, "b": 0.0}),
    (0.25, "samverkan_ties", {"a": 4, "b": 2}),
    (0.2, "pair_person_dependent", {"types": ["ifo", "polis"], "side": "a", "ties": 1}),
    (0.1667, "one_way_share", {"a": 0.333333, "b": 0.5}),
    (0.125, "density", {"a": 0.266667, "b": 0.2}),
    (0.0833, "actors", {"a": 6, "b": 5}),
    (0.05, "type_one_way_share", {"type": "ifo", "a": 0.4, "b": 0.5}),
]


def test_every_difference_known_in_advance(comparison):
    got = [(d["score"], d["key"], d["values"]) for d in comparison["differences"]]
    assert got == EXPECTED_DIFFERENCES


def test_swedish_sentences(comparison):
    sentences = difference_sentences(comparison)
    assert len(sentences) == len(EXPECTED_DIFFERENCES)
    assert sentences[:8] == [
        "Andelen samverkansband på strukturnivå är 75 % i Norrby kommun och 0 % i Söderby kommun.",
        "Kvinnojour finns bara i Norrby kommun (1 aktör, 2 band).",
        "Elevhälsa har samverkan i Norrby kommun (2 band) men i Söderby kommun bara envägslänkar "
        "(orosanmälan).",
        "Norrby kommun har samverkan kring hedersrelaterat våld och förtryck (1 band), Söderby kommun har inga.",
        "BVC–IFO: samverkan på nivå 1 (samtal, individnivå) i Söderby kommun; i Norrby kommun bara orosanmälan.",
        "Elevhälsa–IFO: samverkan på nivå 3 (samarbete, strukturnivå) i Norrby kommun; i Söderby kommun bara "
        "orosanmälan.",
        "BVC har samverkan i Söderby kommun (1 band) men i Norrby kommun bara envägslänkar (orosanmälan).",
        "IFO deltar i strukturell samverkan i Norrby kommun (2 band) men inte i Söderby kommun.",
    ]
    assert "IFO–Polisen: samverkan är personbunden i Norrby kommun men inte i Söderby kommun." in sentences
    assert "Nätverkets täthet är 0,267 i Norrby kommun och 0,200 i Söderby kommun." in sentences
    assert "Norrby kommun har 6 aktörer, Söderby kommun 5." in sentences


def test_english_sentences(comparison):
    sentences = difference_sentences(comparison, "en")
    assert sentences[1] == "Women's shelter is present only in Norrby kommun (1 actor, 2 ties)."
    assert sentences[3] == ("Norrby kommun has samverkan on honour-related violence and oppression (1 tie); "
                            "Söderby kommun has none.")
    assert sentences[5] == ("Pupil health–IFO: samverkan at level 3 (coordination, structural level) in "
                            "Norrby kommun; in Söderby kommun only report of concern.")
    assert "Network density is 0.267 in Norrby kommun and 0.200 in Söderby kommun." in sentences


def test_identical_kommuner_give_no_differences(nets):
    net_a, _ = nets
    comparison = _compare(net_a, net_a)
    assert comparison["differences"] == []
    assert not any(row["differs"] for row in comparison["type_pairs"])
    assert comparison["types"]["only_a"] == comparison["types"]["only_b"] == []
    assert difference_sentences(comparison) == []
    assert "Inga skillnader." in format_comparison(comparison, "markdown")
    assert "Inga skillnader." in format_comparison(comparison, "table")
    assert "No differences." in format_comparison(comparison, "markdown", "en")


def test_other_dataset_with_other_ids_but_same_types_gives_no_differences(pair):
    # As with --data-b: the same kommun as a later snapshot, every actor id changed.
    snapshot = load_dataset(FIXTURES / "snapshot")
    net_a, net_b = build_network(pair, "norrby"), build_network(snapshot, "norrby")
    assert set(net_a.actors).isdisjoint(net_b.actors)
    comparison = _compare(net_a, net_b)
    assert comparison["differences"] == []
    assert comparison["summary"] == _compare(net_a, net_a)["summary"]
    # Same name on both sides: the labels tell them apart.
    assert (comparison["a"]["label"], comparison["b"]["label"]) == ("Norrby kommun (A)", "Norrby kommun (B)")


def test_deterministic_and_json_ready(nets, comparison):
    text = format_comparison(comparison, "json")
    assert json.loads(text) == comparison
    assert text == json.dumps(comparison, sort_keys=True, ensure_ascii=False, indent=2) + "\n"
    assert format_comparison(_compare(*nets), "json") == text
    # B against A is the mirror image: the same differences, sides swapped.
    mirrored = _compare(nets[1], nets[0])
    assert [d["score"] for d in mirrored["differences"]] == [d["score"] for d in comparison["differences"]]


def test_table_fits_100_columns(comparison):
    for lang in ("sv", "en"):
        text = format_comparison(comparison, "table", lang)
        assert max(len(line) for line in text.splitlines()) <= 100
        assert text.endswith("\n")
    text = format_comparison(comparison, "table")
    assert "Största skillnader" in text and "  1. Andelen samverkansband på strukturnivå" in text
    assert "Bara i Norrby kommun: Kvinnojour (1)" in text


def test_markdown(comparison):
    md = format_comparison(comparison, "markdown")
    assert md.startswith("# Jämförelse: Norrby kommun och Söderby kommun\n")
    assert "1. Andelen samverkansband på strukturnivå är 75 % i Norrby kommun och 0 % i Söderby kommun." in md
    assert "| Elevhälsa–IFO | samverkan på nivå 3 (samarbete, strukturnivå), 1 band | " \
           "orosanmälan Elevhälsa → IFO (1) |" in md
    assert "| Elevhälsa–Kvinnojour | samverkan på nivå 2 (samsyn, strukturnivå), 1 band | typen saknas |" in md
    assert "| Andel band på strukturnivå | 75,0 % | 0,0 % |" in md
    en = format_comparison(comparison, "markdown", "en")
    assert "## Largest differences" in en and "| Density | 0.267 | 0.200 |" in en


def test_bad_arguments_raise_usage_error(comparison):
    with pytest.raises(UsageError, match="csv"):
        format_comparison(comparison, "csv")
    with pytest.raises(UsageError, match="språk"):
        difference_sentences(comparison, "de")
    with pytest.raises(UsageError, match="språk"):
        format_comparison(comparison, "markdown", "fi")


def _kommun(kid: str, name: str, actors: dict[str, str], links=(), forums=()) -> Dataset:
    """A one-kommun dataset: actors as {id: type}, links as (source, target, kind, level, scopes, areas)."""
    made = []
    for i, (s, t, kind, level, scopes, areas, *pd) in enumerate(links):
        made.append(Link(i, s, t, kind, level, frozenset(scopes), bool(pd and pd[0]), frozenset(areas),
                         frozenset({kid})))
    return Dataset({kid: Kommun(kid, name)},
                   {a: Actor(a, a.upper(), t, "kommun", kid) for a, t in actors.items()},
                   tuple(made), tuple(forums))


def test_area_coverage_not_comparable_when_one_side_tags_no_area():
    a = _kommun("a", "A", {"i": "ifo", "p": "polis"}, [("i", "p", "samverkan", 2, {"individ"}, {"vinr"})])
    b = _kommun("b", "B", {"i": "ifo", "p": "polis"}, [("i", "p", "samverkan", 2, {"individ"}, set())])
    comparison = _compare(build_network(a, "a"), build_network(b, "b"))
    assert [(d["key"], d["values"], d["score"]) for d in comparison["differences"]] == [
        ("areas_unrecorded", {"side": "b"}, 0.5)]
    assert difference_sentences(comparison) == [
        "B har inga band märkta med område, så täckningen av områden kan inte jämföras."]


def test_pairs_inside_one_type_level_and_scope_differences():
    # IFO barn and IFO vuxen work together in both; at level 4 in A, level 1 in B, and at other scopes.
    actors = {"barn": "ifo", "vuxen": "ifo", "p": "polis"}
    a = _kommun("a", "Aby", actors, [("barn", "vuxen", "samverkan", 4, {"individ", "struktur"}, set()),
                                     ("vuxen", "p", "polisanmalan", None, set(), set())])
    b = _kommun("b", "Bby", actors, [("barn", "vuxen", "samverkan", 1, {"individ"}, set()),
                                     ("vuxen", "p", "hanvisning", None, set(), set())])
    comparison = _compare(build_network(a, "a"), build_network(b, "b"))
    got = {d["key"]: (d["score"], d["values"]) for d in comparison["differences"]}
    assert got == {
        "pair_level": (0.3, {"types": ["ifo", "ifo"], "a": 4, "b": 1}),
        "pair_scope": (0.2, {"types": ["ifo", "ifo"], "a": ["individ", "struktur"], "b": ["individ"]}),
        "pair_one_way_kinds": (0.1, {
            "types": ["ifo", "polis"],
            "a": [{"from": "ifo", "to": "polis", "kind": "polisanmalan", "links": 1}],
            "b": [{"from": "ifo", "to": "polis", "kind": "hanvisning", "links": 1}]}),
        "type_structural": (0.5333, {"type": "ifo", "side": "a", "ties": 1}),
        "structural_share": (1.0, {"a": 1.0, "b": 0.0}),
        "level_profile": (1.0, {"a": {"1": 0.0, "2": 0.0, "3": 0.0, "4": 1.0},
                                "b": {"1": 1.0, "2": 0.0, "3": 0.0, "4": 0.0}}),
    }
    assert highlight_pairs(comparison) == {frozenset({"ifo"}), frozenset({"ifo", "polis"})}
    sentences = difference_sentences(comparison)
    assert "IFO–IFO: högsta nivå 4 (samverkan) i Aby, 1 (samtal) i Bby." in sentences
    assert "IFO–IFO: samverkan på individ- och strukturnivå i Aby, på individnivå i Bby." in sentences
    assert ("IFO–Polisen: envägslänkar i Aby: polisanmälan IFO → Polisen; "
            "i Bby: hänvisning IFO → Polisen.") in sentences


def test_pair_with_no_tie_and_a_kommun_without_samverkan():
    actors = {"i": "ifo", "s": "skola", "p": "polis"}
    a = _kommun("a", "Aby", actors, [("i", "s", "samverkan", 2, {"individ"}, set()),
                                     ("s", "p", "orosanmalan", None, set(), set())])
    b = _kommun("b", "Bby", actors)
    comparison = _compare(build_network(a, "a"), build_network(b, "b"))
    # Shares of nothing are undefined, not zero, and are not compared.
    assert comparison["summary"]["structural_share"] == {"a": 0.0, "b": None}
    keys = [(d["key"], d["values"].get("types") or d["values"].get("type")) for d in comparison["differences"]]
    assert ("pair_only", ["ifo", "skola"]) in keys and ("pair_one_way_only", ["polis", "skola"]) in keys
    sentences = difference_sentences(comparison)
    assert "IFO–Skola: samverkan på nivå 2 (samsyn, individnivå) i Aby; inget band alls i Bby." in sentences
    assert "Polisen–Skola: bara orosanmälan i Aby; inget band alls i Bby." in sentences
    assert "IFO har samverkan i Aby (1 band) men ingen i Bby." in sentences
    table = format_comparison(comparison, "table")
    assert "Andel band på strukturnivå" in table and "–" in table


def _hostile():
    evil = '<script>alert("x")</script>'
    ds = Dataset(
        {"a": Kommun("a", f"Aby {evil}"), "b": Kommun("b", "Bby & <b>fet</b>")},
        {"a-i": Actor("a-i", f"IFO {evil}", "ifo", "kommun", "a"),
         "a-s": Actor("a-s", "Skola", "skola", "kommun", "a"),
         "b-i": Actor("b-i", "IFO", "ifo", "kommun", "b"),
         "b-s": Actor("b-s", "<img src=x onerror=alert(1)>", "skola", "kommun", "b")},
        (Link(0, "a-s", "a-i", "samverkan", 3, frozenset({"struktur"}), kommuner=frozenset({"a"})),
         Link(1, "b-s", "b-i", "orosanmalan", kommuner=frozenset({"b"}))),
        (Forum("f", "<i>Forum</i>", ("a-i", "a-s"), 2, frozenset({"struktur"}), kommuner=frozenset({"a"})),),
    )
    return build_network(ds, "a"), build_network(ds, "b")


def test_render_comparison_html_is_self_contained_and_escaped():
    pytest.importorskip("pyvis")
    net_a, net_b = _hostile()
    comparison = _compare(net_a, net_b)
    page = render_comparison_html(net_a, net_b, comparison, metrics=_metrics(net_a, net_b))
    assert page.lstrip().lower().startswith("<!doctype html")
    # Nothing is fetched from the network: no http(s) URL in any src or href.
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>fet</b>" not in page
    assert "Aby &lt;script&gt;" in page and "Bby &amp; &lt;b&gt;fet&lt;/b&gt;" in page
    assert page.count('class="samnet-data"') == 2
    # The ranked sentences and the differing type pairs come before the maps.
    first = difference_sentences(comparison)[0]
    assert f"<li>{html.escape(first)}</li>" in page
    assert "Typpar som skiljer sig" in page
    english = render_comparison_html(net_a, net_b, comparison, "en", metrics=_metrics(net_a, net_b))
    assert "Type pairs that differ" in english and 'lang="en"' in english


def test_render_highlights_the_differing_type_pairs():
    pytest.importorskip("pyvis")
    net_a, net_b = _hostile()
    comparison = _compare(net_a, net_b)
    page = render_comparison_html(net_a, net_b, comparison, metrics=_metrics(net_a, net_b))
    datas = re.findall(r'<script type="application/json" class="samnet-data">(.*?)</script>', page, re.S)
    assert len(datas) == 2
    for raw in datas:
        data = json.loads(raw)
        edges = [e for e in data["edges"] if e.get("cat") in ("pair", "oneway")]
        assert edges and all(e["hl"] for e in edges)


def test_sentences_for_kommun_wide_figures(comparison):
    sv = difference_sentences(comparison)
    assert "IFO sitter med i samverkansgrupper (forum) i Norrby kommun (1 forum) men inte i Söderby kommun." in sv
    assert ("Samverkan kring barn som upplevt våld: 1 band (25 % av alla) i Norrby kommun, "
            "1 band (50 %) i Söderby kommun.") in sv
    assert ("Samverkanstrappan: flest band ligger på nivå 2 (samsyn) i Norrby kommun och på nivå 1 och 2 "
            "(samtal, samsyn) i Söderby kommun; nivå 1–4 har 0 %, 75 %, 25 % och 0 % av banden i Norrby "
            "kommun, 50 %, 50 %, 0 % och 0 % i Söderby kommun.") in sv
    assert "Norrby kommun har 1 personbundet samverkansband, Söderby kommun 0." in sv
    en = difference_sentences(comparison, "en")
    assert "IFO sits in collaboration groups (forums) in Norrby kommun (1 forum) but not in Söderby kommun." in en
    assert ("Samverkan on violence in close relationships: 4 ties (100% of all) in Norrby kommun, "
            "1 tie (50%) in Söderby kommun.") in en


def test_long_lists_keep_their_ranks(comparison, monkeypatch):
    import samnet.compare_report

    monkeypatch.setattr(samnet.compare_report, "TOP", 5)
    sentences = difference_sentences(comparison)
    md = format_comparison(comparison, "markdown")
    head, rest = md.split("## Övriga skillnader")
    assert f"5. {sentences[4]}" in head and f"6. {sentences[5]}" not in head
    assert f"6. {sentences[5]}" in rest and f"{len(sentences)}. {sentences[-1]}" in rest
    table = format_comparison(comparison, "table", top=5)
    assert f"… och {len(sentences) - 5} skillnader till" in table
    assert sentences[5] not in table


BUNDLED = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def bundled():
    try:
        dataset = load_dataset(BUNDLED)
    except Exception:
        pytest.skip("the bundled data does not load (tests/test_bundled_data.py says why)")
    if not {"ljusdal", "sandviken"} <= set(dataset.kommuner):
        pytest.skip("the bundled data has no ljusdal and sandviken")
    return _compare(build_network(dataset, "ljusdal"), build_network(dataset, "sandviken"))


def test_bundled_comparison_names_what_000_section_6_names(bundled):
    """000 §5.6.2/§6: Ljusdal has an explicit HRV focus, Sandviken has not; §6: whether all förvaltningar
    sit in the samverkan groups, and whether schools are in the strategic, structural work."""
    by_key: dict[str, list[dict]] = {}
    for d in bundled["differences"]:
        by_key.setdefault(d["key"], []).append(d["values"])
    hrv = [v for v in by_key.get("area_share", []) + by_key.get("area_only", []) if v["area"] == "hrv"]
    assert hrv, "HRV coverage should differ"
    assert hrv[0].get("side", "a") == "a" and hrv[0].get("a", 1) > hrv[0].get("b", 0)
    assert by_key.get("type_forum"), "some type should sit in forums in one kommun only"
    schools = {"skola", "forskola", "elevhalsa"}
    assert any(set(v["types"]) & schools and "struktur" in v["scopes"]
               for v in by_key.get("pair_only", [])), "a structural school tie in one kommun only"
    sentences = difference_sentences(bundled)
    assert any(s.startswith("Samverkan kring hedersrelaterat våld och förtryck:") for s in sentences)


def test_bundled_comparison_formats(bundled):
    for lang in ("sv", "en"):
        table = format_comparison(bundled, "table", lang)
        assert max(len(line) for line in table.splitlines()) <= 100
    assert json.loads(format_comparison(bundled, "json")) == bundled


def test_every_kind_of_difference_has_its_weight_its_sentence_and_its_template():
    from samnet.compare import WEIGHTS
    from samnet.compare_words import SENTENCES
    from samnet.texts import CATALOGUE

    templates = {key.removeprefix("compare.sentence.") for key in CATALOGUE if key.startswith("compare.sentence.")}
    assert set(SENTENCES) == set(WEIGHTS) == templates


def test_every_kind_of_difference_on_the_bundled_pair_is_said_in_both_languages(bundled):
    from samnet.compare_words import SENTENCES

    found = {d["key"] for d in bundled["differences"]}
    assert len(found) >= 15  # the bundled pair exercises most kinds
    for lang in ("sv", "en"):
        sentences = difference_sentences(bundled, lang)
        assert len(sentences) == len(bundled["differences"])
        assert all(s[:1].isupper() and s.endswith(".") and "{" not in s for s in sentences)
    assert found <= set(SENTENCES)


def test_data_text_is_escaped_alike_in_compare_md_and_report_md(tmp_path):
    # Issue #9: a kommun named like this was escaped in report.md but raw in compare-*.md.
    from samnet.pipeline import analysis_run

    evil = "K <img src=x onerror=alert(1)>"
    ds = Dataset({"k": Kommun("k", evil), "m": Kommun("m", "M")},
                 {"k-ifo": Actor("k-ifo", "IFO *K*", "ifo", "kommun", "k"),
                  "m-ifo": Actor("m-ifo", "IFO M", "ifo", "kommun", "m"),
                  "m-skola": Actor("m-skola", "Skola", "skola", "kommun", "m")},
                 (Link(0, "m-skola", "m-ifo", "samverkan", 2, frozenset({"individ"}), kommuner=frozenset({"m"})),))
    files = analysis_run(ds, fmt="json", output_dir=tmp_path, maps=False).files
    report, compare_md = files[tmp_path / "report.md"], files[tmp_path / "compare-k-m.md"]
    escaped = r"K \<img src=x onerror=alert(1)\>"
    for text in (report, compare_md):
        assert not re.search(r"(?<!\\)<img", text)  # never unescaped
        assert escaped in text
    assert compare_md.count(escaped) >= 3  # the title, the sentences and the table headers
