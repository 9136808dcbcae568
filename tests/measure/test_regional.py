"""The regional layer: a forum across kommuner counts in each kommun once, through that kommun's members.

The fixture is three small kommuner and one länsnätverk, the case a new user tried: the
network's four members come from k, m and n and the police. Every figure below was worked
out by hand (see the README, "Regional structures").
"""

from __future__ import annotations

import pytest

from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
from samnet.core.network import build_network, build_region, is_regional, kommun_networks
from samnet.measure.metrics import analyze_network

STRUKTUR = frozenset({"struktur"})


def _dataset(*, with_forum: bool, cross_link: bool = False) -> Dataset:
    actors = {
        "k-ifo": Actor("k-ifo", "IFO K", "ifo", "kommun", "k"),
        "k-skola": Actor("k-skola", "Skola K", "skola", "kommun", "k"),
        "k-bvc": Actor("k-bvc", "BVC K", "bvc", "region", "k"),
        "m-ifo": Actor("m-ifo", "IFO M", "ifo", "kommun", "m"),
        "n-ifo": Actor("n-ifo", "IFO N", "ifo", "kommun", "n"),
        "polis": Actor("polis", "Polisen", "polis", "stat"),
    }
    links = [Link(0, "k-ifo", "k-skola", "samverkan", 3, frozenset({"individ"}), kommuner=frozenset({"k"}))]
    if cross_link:
        links.append(Link(1, "k-ifo", "m-ifo", "samverkan", 4, STRUKTUR, kommuner=frozenset({"k", "m"})))
    forums = ()
    if with_forum:
        forums = (
            Forum(
                "lansnatverk",
                "Länsnätverk",
                ("k-ifo", "m-ifo", "n-ifo", "polis"),
                2,
                STRUKTUR,
                kommuner=frozenset({"k", "m", "n"}),
            ),
        )
    kommuner = {i: Kommun(i, i.upper()) for i in "kmn"}
    return Dataset(kommuner, actors, tuple(links), forums)


def _strength(figures: dict) -> dict[str, int]:
    return {row["id"]: row["strength"] for row in figures["centrality"]}


def test_without_the_regional_forum():
    # k: 3 actors, 1 pair of 3 possible; m and n: one actor each, no pair.
    figures = {k: analyze_network(n).to_json() for k, n in kommun_networks(_dataset(with_forum=False)).items()}
    assert figures["k"]["actors"] == 3
    assert figures["k"]["samverkan_ties"] == 1
    assert figures["k"]["density"] == pytest.approx(1 / 3, abs=1e-6)
    assert figures["k"]["forums"] == 0
    assert _strength(figures["k"]) == {"k-ifo": 3, "k-skola": 3, "k-bvc": 0}
    assert (figures["m"]["actors"], figures["m"]["samverkan_ties"], figures["m"]["density"]) == (1, 0, 0)


def test_with_the_regional_forum():
    # In k the länsnätverk is one tie between k-ifo and the police: 4 actors, 2 pairs of 6.
    # Newman weight of that part: level 2 / (2 - 1) = 2, so k-ifo gains 2 and the police 2.
    figures = {k: analyze_network(n).to_json() for k, n in kommun_networks(_dataset(with_forum=True)).items()}
    k = figures["k"]
    assert k["actors"] == 4
    assert k["samverkan_ties"] == 2
    assert (k["direct_ties"], k["forum_only_ties"]) == (1, 1)
    assert k["density"] == pytest.approx(2 / 6, abs=1e-6)
    assert k["forums"] == 1
    assert k["described_ties"] == 2
    assert k["levels"] == {"1": 0, "2": 1, "3": 1, "4": 0}
    assert _strength(k) == {"k-ifo": 5, "k-skola": 3, "polis": 2, "k-bvc": 0}
    # m (and n alike): its IFO and the police, one pair of one: density 1.
    for kommun in ("m", "n"):
        found = figures[kommun]
        assert (found["actors"], found["samverkan_ties"], found["forums"]) == (2, 1, 1)
        assert found["density"] == pytest.approx(1.0)
        assert _strength(found) == {f"{kommun}-ifo": 2, "polis": 2}


def test_no_kommun_network_holds_another_kommuns_actors():
    dataset = _dataset(with_forum=True, cross_link=True)
    for kommun_id, network in kommun_networks(dataset).items():
        strangers = [a.id for a in network.actors.values() if a.kommun not in (None, kommun_id)]
        assert strangers == [], kommun_id
        for u, v in network.samverkan.edges:
            assert dataset.actors[u].kommun in (None, kommun_id)
            assert dataset.actors[v].kommun in (None, kommun_id)


def test_a_link_to_another_kommun_stays_out_of_both_kommuner():
    # k-ifo–m-ifo (level 4) joins two kommuner: neither kommun's figures count it.
    figures = {
        k: analyze_network(n).to_json() for k, n in kommun_networks(_dataset(with_forum=False, cross_link=True)).items()
    }
    assert figures["k"]["samverkan_ties"] == 1
    assert figures["k"]["levels"]["4"] == 0
    assert figures["m"]["samverkan_ties"] == 0


def test_the_region_and_the_whole_data_hold_the_forum_once_with_every_member():
    dataset = _dataset(with_forum=True, cross_link=True)
    for network in (build_region(dataset, ["k", "m", "n"], "lan", "Länet"), build_network(dataset, None)):
        (forum,) = network.forums
        assert sorted(forum.members) == ["k-ifo", "m-ifo", "n-ifo", "polis"]
        assert network.samverkan.has_edge("k-ifo", "m-ifo")
    # Two of the three kommuner: the forum keeps their members and the police, not n's.
    (part,) = build_region(dataset, ["k", "m"], "km", "K och M").forums
    assert sorted(part.members) == ["k-ifo", "m-ifo", "polis"]


def test_regional_mark_and_members_from_several_kommuner():
    dataset = _dataset(with_forum=True)
    (forum,) = dataset.forums
    assert is_regional(forum, dataset.actors)
    local = Forum("lokal", "Lokal grupp", ("k-ifo", "polis"), 2, STRUKTUR, kommuner=frozenset({"k"}))
    assert not is_regional(local, dataset.actors)
    assert is_regional(Forum("r", "R", ("k-ifo", "polis"), 2, STRUKTUR, regional=True), dataset.actors)


def test_a_regional_forum_enters_only_kommuner_with_a_member():
    # Marked regional, with kommun m named but only k's member and the police: not in m.
    forum = Forum("r", "R", ("k-ifo", "polis"), 2, STRUKTUR, kommuner=frozenset({"k", "m"}), regional=True)
    base = _dataset(with_forum=False)
    dataset = Dataset(base.kommuner, base.actors, base.links, (forum,))
    assert [f.id for f in build_network(dataset, "k").forums] == ["r"]
    assert build_network(dataset, "m").forums == ()


def test_barnahus_groups_encoded_once_count_as_per_kommun_copies_would():
    """Barnahus Gävleborg's styrgrupp and arbetsgrupp, once for both kommuner (000 §5.1), give each kommun
    the figures that one copy per kommun (with that kommun's seat and the regional members) would."""
    from dataclasses import replace
    from pathlib import Path

    from samnet.load.dataset import load_dataset

    dataset = load_dataset(Path(__file__).resolve().parents[2] / "data")
    groups = [f for f in dataset.forums if f.id in ("barnahus-styrgrupp", "barnahus-arbetsgrupp")]
    assert len(groups) == 2 and all(f.regional for f in groups)
    seats = {"ljusdal": "ljusdal-ifo-barn", "sandviken": "sandviken-ifo-mottagning"}
    copies = tuple(
        replace(
            group,
            id=f"{group.id}-{kommun}",
            members=tuple(m for m in group.members if dataset.actors[m].kommun in (None, kommun)),
            kommuner=frozenset({kommun}),
            regional=False,
        )
        for group in groups
        for kommun in seats
    )
    per_kommun = Dataset(
        dataset.kommuner, dataset.actors, dataset.links, tuple(f for f in dataset.forums if f not in groups) + copies
    )
    for kommun, seat in seats.items():
        before = analyze_network(build_network(dataset, kommun)).to_json()
        after = analyze_network(build_network(per_kommun, kommun)).to_json()
        for key in ("actors", "samverkan_ties", "described_ties", "forums", "density", "levels", "direct_ties"):
            assert before[key] == after[key], (kommun, key)
        assert _strength(before) == _strength(after)
        assert all(seat in c.members and len(c.members) == 5 for c in copies if c.id.endswith(kommun))
    # The whole data counts each group once: two forums fewer than the four copies.
    assert len(dataset.forums) == len(per_kommun.forums) - 2
