"""The län network on lan.html: each kommun a box of its own actors, each regional structure once, a line per
kommun and structure that names the actors it stands for (hand-built data, counted by hand)."""

from __future__ import annotations

import re

from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
from samnet.core.network import kommun_networks
from samnet.measure.lan import lan_figures
from samnet.measure.metrics import analyze_network
from samnet.present.lan_map import lan_map_svg, map_layout, map_panels


def _dataset():
    """Three kommuner; a länsnätverk with members in a and b; Polisen tied to c's IFO; a local forum in a."""
    kommuner = {k: Kommun(k, f"Kommun {k.upper()}", "Län") for k in "abc"}
    actors = {"polis": Actor("polis", "Polisen", "polis", "stat")}
    for k in "abc":
        actors[f"{k}-ifo"] = Actor(f"{k}-ifo", f"IFO {k.upper()}", "ifo", "kommun", k)
        actors[f"{k}-skola"] = Actor(f"{k}-skola", f"Skola {k.upper()}", "skola", "kommun", k)
    lan = Forum("lan", "Länsnätverket", ("a-ifo", "a-skola", "b-ifo"), 2, frozenset({"struktur"}))
    local = Forum("lokal", "Lokala gruppen", ("a-ifo", "a-skola"), 2, frozenset({"struktur"}))
    links = (Link(0, "c-ifo", "polis", "samverkan", level=2, scopes=frozenset({"individ"}), kommuner=frozenset("c")),)
    return Dataset(kommuner, actors, links, (lan, local))


def _figures():
    dataset = _dataset()
    networks = kommun_networks(dataset)
    return lan_figures(dataset, networks, {k: analyze_network(n) for k, n in networks.items()})


def test_structures_know_the_actors_each_kommun_takes_part_through():
    figures = _figures()
    by_id = {s["id"]: s for s in figures.structures}
    assert set(by_id) == {"lan", "polis"}  # the local forum is no regional structure
    assert by_id["lan"]["via"] == {"a": ["a-ifo", "a-skola"], "b": ["b-ifo"]}
    assert by_id["polis"]["via"] == {"c": ["c-ifo"]}
    assert [m["id"] for m in figures.kommuner[0]["members"]] == ["a-ifo", "a-skola"]


def test_one_box_per_kommun_one_label_per_structure_one_line_per_kommun_and_structure():
    svg = lan_map_svg(_figures(), "sv")
    assert svg.count('class="n k"') == 3 and svg.count('class="n s ') == 2
    lines = re.findall(r'<line class="e (\w+)" data-a="(\w)" data-b="(\w+)" data-actors="([^"]*)"', svg)
    assert sorted(lines) == [
        ("actor", "c", "polis", "c-ifo"),
        ("forum", "a", "lan", "a-ifo a-skola"),
        ("forum", "b", "lan", "b-ifo"),
    ]
    # Every own actor is a dot in its kommun's box; those in a structure are ringed.
    assert svg.count('<circle class="a') == 6 and svg.count('<circle class="a t"') == 4
    # a carries two actors into the länsnätverk: its line is wider.
    assert re.search(r'data-a="a" data-b="lan" data-actors="a-ifo a-skola" stroke-width="1.5"', svg)


def test_kommuner_tied_by_the_same_structure_sit_side_by_side():
    laid = map_layout(_figures())
    (ax, ay, *_), (bx, by, *_) = laid["boxes"]["a"], laid["boxes"]["b"]
    assert ay == by and ax < bx  # a and b share the länsnätverk: one row, left and right
    # Every dot inside its kommun's box.
    for actor, (x, y) in laid["dots"].items():
        bx, by, bw, bh, _ = laid["boxes"][actor[0]]
        assert bx < x < bx + bw and by < y < by + bh


def test_the_panels_name_the_actors_through_which_a_kommun_takes_part():
    panels = map_panels(_figures(), "en")
    assert "<li>Kommun A (through IFO A, Skola A)</li>" in panels
    assert "<li>1. Länsnätverket (through IFO A, Skola A)</li>" in panels
    assert "Own actors (2)" in panels
