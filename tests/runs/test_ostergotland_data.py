"""Fidelity of the second bundled dataset (data/ostergotland/) to its source, seed 001.

001 (Länsstyrelsen Östergötland) names the län's samverkan structures and which
kommuner and functions take part. The data must say what 001 says and no more:
every entry cites 001, only the kommuner 001 lists sit in each structure, and no
kommun's network holds another kommun's actors (the regional rule).
"""

from __future__ import annotations

import re

import pytest

from samnet.core.network import build_network, is_regional, kommun_networks
from samnet.load.dataset import load_dataset
from samnet.load.source import bundled_data_dir


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(bundled_data_dir("ostergotland"))


def _forum(dataset, forum_id):
    return next(f for f in dataset.forums if f.id == forum_id)


def _kommuner_in(dataset, forum_id) -> set[str]:
    return {dataset.actors[m].kommun for m in _forum(dataset, forum_id).members} - {None}


def test_thirteen_kommuner_and_every_entry_cites_001(dataset):
    assert len(dataset.kommuner) == 13
    assert {k.lan for k in dataset.kommuner.values()} == {"Östergötland"}
    for item in [*dataset.actors.values(), *dataset.links, *dataset.forums]:
        assert item.ref and item.ref.startswith("001 "), item


def test_notes_are_swedish(dataset):
    english = re.compile(r"\b(the|and|of|is|with|from|for|which|only)\b")
    notes = [item.note for item in [*dataset.actors.values(), *dataset.links, *dataset.forums] if item.note]
    assert [n for n in notes if english.search(n)] == []


# 001 Samverkansstrukturer - Östergötland: "tre samverkansstrukturer ... Östra, centrala och västra"
@pytest.mark.parametrize(
    ("forum_id", "kommuner"),
    [
        ("ostra-vinr", {"norrkoping", "soderkoping", "valdemarsvik"}),
        ("ostra-hedersvald", {"norrkoping", "soderkoping", "valdemarsvik"}),
        ("centrala-vinr", {"linkoping", "atvidaberg", "kinda", "boxholm"}),
        ("vastra-vinr", {"motala", "mjolby", "vadstena", "odeshog"}),
        ("mognad-och-livsutrymme", {"linkoping", "norrkoping", "motala"}),
        (
            "lansnatverk-jamstalldhet",
            {
                "boxholm",
                "finspang",
                "kinda",
                "linkoping",
                "mjolby",
                "motala",
                "norrkoping",
                "soderkoping",
                "vadstena",
                "valdemarsvik",
                "ydre",
                "atvidaberg",
                "odeshog",
            },
        ),
    ],
)
def test_each_structure_holds_the_kommuner_001_lists(dataset, forum_id, kommuner):
    assert _kommuner_in(dataset, forum_id) == kommuner
    assert is_regional(_forum(dataset, forum_id), dataset.actors)


def test_member_functions_of_the_sub_regional_structures(dataset):
    types = {
        f: {dataset.actors[m].type for m in _forum(dataset, f).members}
        for f in ("ostra-vinr", "centrala-vinr", "vastra-vinr")
    }
    # "socialtjänst, frivården, polisen och kvinnojouren" (Östra, coordinated by Frideborg)
    assert types["ostra-vinr"] == {"socialtjanst", "kriminalvard", "polis", "kvinnojour"}
    # "socialtjänst, skola, polisen, frivården, åklagare och Region Östergötland"
    assert types["centrala-vinr"] == {"socialtjanst", "skola", "polis", "kriminalvard", "aklagare", "myndighet"}
    # "socialtjänst, polisen, kvinnojouren, brottsofferjouren, vårdcentral, Bryggan (nyanlända) och utbildning"
    assert types["vastra-vinr"] == {
        "socialtjanst",
        "polis",
        "kvinnojour",
        "brottsofferjour",
        "primarvard",
        "kommun",
        "skola",
    }
    assert "norrkoping-frideborg" in _forum(dataset, "ostra-vinr").members


def test_lansnatverket_has_the_eleven_kommuner_with_a_representative(dataset):
    # "Ydre, Vadstena och delvis Kinda har från och till inte haft någon kontinuerlig representant."
    members = _kommuner_in(dataset, "lansnatverket-kvinnofrid")
    assert len(members) == 11
    assert members.isdisjoint({"ydre", "vadstena"})
    assert "lansstyrelsen" in _forum(dataset, "lansnatverket-kvinnofrid").members


def test_samordnare_only_where_001_places_one(dataset):
    with_samordnare = {a.kommun for a in dataset.actors.values() if a.type == "strateg"}
    assert with_samordnare == _kommuner_in(dataset, "lansnatverket-kvinnofrid")


def test_lansrutin_group_and_barnahus(dataset):
    # "representanter för polis, åklagare, rättsmedicin, barnmedicin, barnpsykiatrin samt kommunernas socialtjänst"
    group = _forum(dataset, "lansrutin-barnmisshandel")
    assert {dataset.actors[m].kommun for m in group.members} == {None}
    assert {"polisen", "aklagare", "rattsmedicin", "region-barnmedicin", "region-bup"} < set(group.members)
    # 001 says only that a barnahus exists in Linköping: no tie.
    whole = build_network(dataset, None)
    assert whole.samverkan.degree("barnahus-linkoping") == 0


def test_no_kommun_network_holds_another_kommuns_actors(dataset):
    for kommun_id, network in kommun_networks(dataset).items():
        assert {a.kommun for a in network.actors.values()} <= {None, kommun_id}, kommun_id


def test_a_regional_forum_counts_once_through_the_kommuns_own_members(dataset):
    kinda = build_network(dataset, "kinda")
    natverk = next(f for f in kinda.forums if f.id == "lansnatverket-kvinnofrid")
    assert sorted(natverk.members) == ["kinda-samordnare", "lansstyrelsen"]
    # Frideborg (Norrköping) coordinates Östra but is not part of Söderköping's network.
    assert "norrkoping-frideborg" not in build_network(dataset, "soderkoping").actors
    assert "norrkoping-frideborg" in build_network(dataset, "norrkoping").actors


def test_testimony_only_where_001_says_who_described_it(dataset):
    forums = {f.id: f for f in dataset.forums}
    # Motala's samordnare describes the interna styrgrupp (a third party: not a member).
    assert [r.by for r in forums["motala-intern-styrgrupp"].reports] == ["motala-samordnare"]
    assert [f.id for f in dataset.forums if f.reports] == ["motala-intern-styrgrupp"]
    # Written routines and plans rest on a document; levels 001 gives no ground for are the encoder's.
    assert {f.id for f in dataset.forums if f.basis == "dokument"} == {
        "lansrutin-barnmisshandel",
        "motala-externa-gruppen",
        "motala-ledningsgruppen",
    }
    assert {f.id for f in dataset.forums if f.basis == "harledd"} == {"ostra-vinr", "centrala-vinr", "vastra-vinr"}
    assert [link.basis for link in dataset.links] == ["dokument"]
