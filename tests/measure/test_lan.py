"""The län overview's figures and sentences on a fixture worked out by hand.

Three kommuner: K has a samordnare, a local VINR forum with the police and a link to a
(regional) kvinnojour; M has a link to a (regional) Barnahus and one to N's IFO; N has only
its IFO. A regional forum R joins K's IFO, M's IFO and the police.
"""

from __future__ import annotations

import pytest

from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
from samnet.core.network import kommun_networks
from samnet.load.norm import bundled_norm
from samnet.measure.check import check_networks
from samnet.measure.lan import lan_figures
from samnet.measure.metrics import analyze_network
from samnet.measure.results import LanFigures
from samnet.present.lan_text import lan_section, lan_sentences

STRUKTUR = frozenset({"struktur"})
VINR = frozenset({"vinr"})


def _dataset() -> Dataset:
    actors = {
        "k-samordnare": Actor("k-samordnare", "Samordnare K", "strateg", "kommun", "k"),
        "k-ifo": Actor("k-ifo", "IFO K", "ifo", "kommun", "k"),
        "k-skola": Actor("k-skola", "Skola K", "skola", "kommun", "k"),
        "m-ifo": Actor("m-ifo", "IFO M", "ifo", "kommun", "m"),
        "n-ifo": Actor("n-ifo", "IFO N", "ifo", "kommun", "n"),
        "polis": Actor("polis", "Polisen", "polis", "stat"),
        "jour": Actor("jour", "Kvinnojouren", "kvinnojour", "ideell"),
        "barnahus": Actor("barnahus", "Barnahus", "barnahus", "kommun"),
    }
    links = (
        Link(0, "k-ifo", "jour", "samverkan", 3, STRUKTUR, kommuner=frozenset({"k"})),
        Link(1, "m-ifo", "barnahus", "samverkan", 3, frozenset({"individ"}), kommuner=frozenset({"m"})),
        Link(2, "m-ifo", "n-ifo", "samverkan", 2, STRUKTUR, kommuner=frozenset({"m", "n"})),
    )
    forums = (
        Forum(
            "k-forum",
            "Lokalt nätverk",
            ("k-ifo", "k-skola", "polis"),
            2,
            STRUKTUR,
            areas=VINR,
            kommuner=frozenset({"k"}),
        ),
        Forum(
            "r", "Länsnätverk R", ("k-ifo", "m-ifo", "polis"), 2, STRUKTUR, areas=VINR, kommuner=frozenset({"k", "m"})
        ),
    )
    kommuner = {i: Kommun(i, i.upper(), "Testlän") for i in "kmn"}
    return Dataset(kommuner, actors, links, forums)


@pytest.fixture(scope="module")
def figures():
    dataset = _dataset()
    networks = kommun_networks(dataset)
    measured = {k: analyze_network(n) for k, n in networks.items()}
    return lan_figures(dataset, networks, measured, check_networks(networks.values(), bundled_norm("sv")))


def _row(figures, kommun_id):
    return next(row for row in figures.kommuner if row["id"] == kommun_id)


def test_what_each_kommun_has(figures):
    k, m, n = (_row(figures, i) for i in "kmn")
    assert (k["samordnare"], k["local_vinr_forums"], k["kvinnojour"], k["barnahus"]) == (
        ["k-samordnare"],
        ["k-forum"],
        ["jour"],
        [],
    )
    # R is regional: M's only forum is no local forum of its own.
    assert (m["samordnare"], m["local_vinr_forums"], m["kvinnojour"], m["barnahus"]) == ([], [], [], ["barnahus"])
    assert (n["samordnare"], n["local_vinr_forums"], n["kvinnojour"], n["barnahus"]) == ([], [], [], [])
    assert figures.gaps == {
        "samordnare": ["m", "n"],
        "local_vinr_forums": ["m", "n"],
        "kvinnojour": ["m", "n"],
        "barnahus": ["k", "n"],
    }


def test_key_figures(figures):
    k, m, n = (_row(figures, i) for i in "kmn")
    # K: samordnare, IFO, skola, polis, jour = 5 actors, 2 of them regional; forum and R and the link.
    assert (k["actors"], k["regional_actors"], k["forums"], k["regional_forums"]) == (5, 2, 2, 1)
    assert k["levels"] == {"1": 0, "2": 2, "3": 1, "4": 0}
    assert k["high_share"] == pytest.approx(1 / 3, abs=1e-6)
    # M: the link to N's IFO counts in neither kommun.
    assert m["levels"] == {"1": 0, "2": 1, "3": 1, "4": 0}
    assert (n["described_ties"], n["high_share"]) == (0, None)
    assert figures.level_max == 2


def test_the_lan_network(figures):
    structures = {(s["kind"], s["id"]): s["kommuner"] for s in figures.structures}
    # The police meet M only inside R (drawn as the forum); in K also in K's own forum.
    assert structures == {
        ("forum", "r"): ["k", "m"],
        ("actor", "jour"): ["k"],
        ("actor", "barnahus"): ["m"],
        ("actor", "polis"): ["k"],
    }
    assert figures.links_between == [{"a": "m", "b": "n", "links": 1}]
    assert [_row(figures, i)["tied_kommuner"] for i in "kmn"] == [["m"], ["k", "n"], ["m"]]


def test_the_check_matrix_holds_each_kommuns_status(figures):
    dataset = _dataset()
    networks = kommun_networks(dataset)
    checked = check_networks(networks.values(), bundled_norm("sv"))
    for kommun in checked.kommuner:
        for result in kommun.results:
            assert figures.check["status"][result.rule.id][kommun.kommun_id] == result.status
        assert _row(figures, kommun.kommun_id)["check_gaps"] == len(kommun.gaps)


def test_sentences_carry_the_figures(figures):
    sv = lan_sentences(figures, "sv")
    assert sv["summary"] == (
        "Data har 3 kommuner. Kommunerna tar del av 4 regionala strukturer: 1 regionalt forum "
        "och 3 regionala aktörer som kommunernas egna aktörer har band till."
    )
    assert sv["samordnare"] == "Utan samordnare i kartläggningen: M och N (2 av 3)."
    assert sv["local_vinr_forums"] == (
        "Utan eget forum om våld i nära relationer (ett forum som inte är regionalt): M och N (2 av 3)."
    )
    assert sv["barnahus"] == "Utan samverkan med Barnahus: K och N (2 av 3)."
    assert sv["most_tied"] == "Möter flest andra kommuner i regionala strukturer och länkar: M (2 av 2)."
    en = lan_sentences(figures, "en")
    assert en["kvinnojour"] == "Without samverkan with a women's shelter: M and N (2 of 3)."
    worst = max(figures.check["gaps"].values())
    names = [r["name"] for r in figures.kommuner if figures.check["gaps"][r["id"]] == worst]
    assert f"({worst} av " in sv["check"] and all(name in sv["check"] for name in names)


def test_none_and_all_sentences():
    figures = LanFigures(
        kommuner=[{"id": i, "name": i.upper(), "tied_kommuner": [j for j in "ab" if j != i]} for i in "ab"],
        gaps={"samordnare": [], "local_vinr_forums": ["a", "b"], "kvinnojour": [], "barnahus": []},
    )
    sv = lan_sentences(figures, "sv")
    assert sv["samordnare"] == "Alla 2 kommuner har en samordnare i kartläggningen."
    assert sv["local_vinr_forums"] == (
        "Ingen av de 2 kommunerna har ett eget forum om våld i nära relationer i kartläggningen."
    )
    assert sv["most_tied"] == "Alla 2 kommuner möter varandra i minst en regional struktur."


def test_the_report_section_has_one_row_per_kommun(figures):
    section = lan_section(figures, "sv")
    figures_table, more_table, has_table = section.blocks[-3:]
    assert [row[0] for row in figures_table.rows] == ["K", "M", "N"]
    assert [len(t.headers) for t in (figures_table, more_table, has_table)] == [7, 7, 5]
    assert more_table.headers[-1] == "Luckor mot överens\u00adkommel\u00adsen"
    assert has_table.rows[0][1:5] == ("ja", "ja", "ja", "nej")
    assert section.blocks[2].items[0] == "Utan samordnare i kartläggningen: M och N (2 av 3)."


def test_a_long_list_names_twelve_and_counts_the_rest():
    rows = [{"id": f"k{i:02}", "name": f"K{i:02}", "tied_kommuner": []} for i in range(20)]
    figures = LanFigures(
        kommuner=rows,
        gaps={"samordnare": [r["id"] for r in rows[:15]], "local_vinr_forums": [], "kvinnojour": [], "barnahus": []},
    )
    sentence = lan_sentences(figures, "sv")["samordnare"]
    assert sentence == (
        "Utan samordnare i kartläggningen: K00, K01, K02, K03, K04, K05, K06, K07, K08, K09, K10, K11 "
        "och 3 till (15 av 20)."
    )


def test_the_figures_are_one_typed_frozen_record(figures):
    assert isinstance(figures, LanFigures)
    with pytest.raises(AttributeError):
        figures.lan = "Annat län"  # frozen: presenters read, never change
    assert figures.to_json()["kommuner"] is figures.kommuner
    assert list(figures.to_json()) == ["lan", "kommuner", "gaps", "structures", "links_between", "level_max", "check"]
