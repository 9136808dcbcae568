"""Who said so: statuses, the level used, disagreements and role disagreements on a hand-computed mapping.

tests/fixtures/testimony holds one kommun whose answers are worked out here by hand:

link 0 jour–ifo      jour-a 4, ifo-chef 2, ifo-handl 1 -> IFO's side max(2, 1) = 2; used min(4, 2) = 2; confirmed
link 1 umo–elevhalsa umo-a 4, elev-a 1                  -> used 1; confirmed
link 2 polis–ifo     polis-a 3, ifo-chef 0              -> used 0; disputed, out of samverkan
link 3 ifo–barnahus  polis-a 3 (neither endpoint)       -> used 3; third_party
link 4 ifo–bvc       ifo-handl 2                        -> used 2; one_sided
link 5 skola–elevhalsa level 3, basis härledd           -> inferred
link 6 ifo–skola     level 2, basis dokument            -> document
link 7 forskola–ifo  level 1                            -> unattributed
link 8 bvc->ifo      orosanmälan reported by bvc        -> one-way, no status
forum samrad  (ifo, polis, barnahus) ifo-chef 3, polis-a 2 -> used min(3, 2) = 2; confirmed
forum natverk (jour, umo, bvc) jour-a 2                    -> used 2; one_sided
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from samnet.cli import cli
from samnet.core.model import Forum, Link, Report
from samnet.core.network import build_network
from samnet.core.testimony import level_used
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze_network
from samnet.measure.testimony import evidence, tie_status
from samnet.present.check_text import result_detail

FIXTURE = Path(__file__).parents[1] / "fixtures" / "testimony"


@pytest.fixture(scope="module")
def network():
    return build_network(load_dataset(FIXTURE), "k")


@pytest.fixture(scope="module")
def ev(network):
    return evidence(network)


def test_every_status_counted_once_per_described_tie(ev):
    assert ev["ties_by_status"] == {
        "confirmed": 3,
        "disputed": 1,
        "one_sided": 2,
        "third_party": 1,
        "inferred": 1,
        "document": 1,
        "unattributed": 1,
    }
    assert ev["confirmed_share"] == 0.3
    assert ev["statuses"]["link-3"] == "third_party"
    assert ev["statuses"]["forum-natverk"] == "one_sided"
    assert "link-8" not in ev["statuses"]


def test_level_used_is_the_level_both_sides_recognise(network):
    edges = network.samverkan.edges
    assert edges["ifo", "jour"]["level"] == 2  # not the jour's 4 nor the coder's 4
    assert edges["elevhalsa", "umo"]["level"] == 1
    assert edges["barnahus", "ifo"]["level"] == 3  # the third party's 3 beats the forum's 2
    assert edges["ifo", "polis"]["level"] == 2  # only the forum: the disputed link is not samverkan
    first = next(t for t in network.links if t.index == 0)
    assert (first.level, first.stated_level) == (2, 4)
    assert sorted(first.scopes) == ["individ", "struktur"]
    assert first.person_dependent  # ifo-handl says so
    assert [t.index for t in network.disputed] == [2]
    assert 2 not in {t.index for t in network.links}


def test_disagreements_carry_both_sides_and_the_level_used(ev):
    assert ev["disagreements"] == [
        {
            "source": "jour",
            "target": "ifo",
            "levels": {"ifo-chef": 2, "ifo-handl": 1, "jour-a": 4},
            "level_used": 2,
        },
        {
            "source": "polis",
            "target": "ifo",
            "levels": {"ifo-chef": 0, "polis-a": 3},
            "level_used": 0,
        },
        {
            "source": "umo",
            "target": "elevhalsa",
            "levels": {"elev-a": 1, "umo-a": 4},
            "level_used": 1,
        },
        {
            "forum": "samrad",
            "source": "ifo",
            "target": "polis",
            "levels": {"ifo-chef": 3, "polis-a": 2},
            "level_used": 2,
        },
    ]


def test_role_disagreements_are_listed_apart(ev):
    assert ev["role_disagreements"] == [
        {"source": "jour", "target": "ifo", "actor": "ifo", "levels": {"ifo-chef": 2, "ifo-handl": 1}}
    ]


def test_actors_nobody_speaks_for_are_not_interviewed(ev):
    # bvc has no informant in the list, but a report names it ("an informant from bvc").
    assert ev["not_interviewed"] == ["barnahus", "forskola", "skola"]


def test_headline_with_both_rules(ev):
    # 12 pairs; level used >= 3: barnahus-ifo, elevhalsa-skola = 2/12. Highest level given:
    # ifo-jour 4, elevhalsa-umo 4, ifo-polis 3 (the disputed link), barnahus-ifo 3,
    # elevhalsa-skola 3, barnahus-polis 3 (forum at ifo's 3) = 6/12.
    assert ev["headline"] == {"pairs": 12, "pairs_highest": 12, "high_share": 0.166667, "high_share_highest": 0.5}
    # Ties at 3-4 that no second voice confirms: link 3 (third party) and link 5 (inferred).
    assert ev["high_weak"] == {"one_sided": 0, "third_party": 1, "inferred": 1}


def test_figures_use_the_level_used(network):
    m = analyze_network(network)
    assert m.levels == {"1": 2, "2": 5, "3": 2, "4": 0}  # links 7, 1 | 0, 4, 6, samrad, natverk | 3, 5
    assert m.described_ties == 9  # the disputed link is not samverkan
    strength = {r["id"]: r["strength"] for r in m.centrality}
    # ifo: jour 2 + barnahus 3 + bvc 2 + skola 2 + forskola 1 + samrad 2 (no disputed polis 3).
    assert strength["ifo"] == 12
    assert strength["jour"] == 4  # ifo 2 + natverk 2, not the jour's own 4


def test_analyze_json_has_evidence_per_kommun():
    result = CliRunner().invoke(cli, ["analyze", "--data", str(FIXTURE), "--format", "json"])
    assert result.exit_code == 0, result.output
    evidence_json = json.loads(result.output)["kommuner"]["k"]["evidence"]
    assert evidence_json["ties_by_status"]["disputed"] == 1
    assert evidence_json["not_interviewed"] == ["barnahus", "forskola", "skola"]


def test_data_without_testimony_has_no_evidence_key():
    small = Path(__file__).parents[1] / "fixtures" / "small"
    result = CliRunner().invoke(cli, ["analyze", "--data", str(small), "--format", "json"])
    assert "evidence" not in json.loads(result.output)["kommuner"]["k"]


@pytest.mark.parametrize(
    ("reports", "used", "status"),
    [
        ((Report("a1", "a", 3), Report("b1", "b", 2)), 2, "confirmed"),
        ((Report("a1", "a", 3), Report("a2", "a", 1)), 3, "one_sided"),
        ((Report("p1", "p", 2), Report("q1", "q", 4)), 4, "third_party"),
        ((Report("a1", "a", 2), Report("p1", "p", 4)), 2, "one_sided"),
        ((Report("a1", "a", 4), Report("b1", "b", 0)), 0, "disputed"),
    ],
)
def test_level_rule_on_links(reports, used, status):
    link = Link(0, "a", "b", reports=reports)
    assert (level_used(link), tie_status(link)) == (used, status)


def test_forum_takes_the_lowest_reporting_member():
    forum = Forum(
        "f", "F", ("a", "b", "c"), None, frozenset({"struktur"}),
        reports=(Report("a1", "a", 4), Report("b1", "b", 2), Report("b2", "b", 3), Report("p", "p", 1)),
    )  # fmt: skip
    assert (level_used(forum), tie_status(forum)) == (3, "confirmed")


def _check(network, **sides):
    from samnet.core.norm import Norm, Rule, Selector
    from samnet.measure.check import check_network

    rule = Rule("r", "R", a=Selector(types=frozenset({sides["a"]})), b=Selector(types=frozenset({sides["b"]})))
    return check_network(network, Norm("n", "N", None, (rule,))).results[0]


def test_check_marks_a_rule_met_only_through_one_side(network):
    result = _check(network, a="ifo", b="bvc")  # link 4: only IFO's handläggare describes it
    assert (result.status, result.weak_pairs) == ("met", ((("ifo", "bvc"), "one_sided"),))
    # The sentence names actors by name, not id.
    assert "vilar bara på ensidiga, tredje parts eller härledda band: IFO – BVC (ensidigt)" in result_detail(result)
    # IFO–Barnahus: a third party's link, but also the samråd both sides confirm: not weak.
    assert _check(network, a="ifo", b="barnahus").weak_pairs == ()


def test_check_says_not_mapped_where_nobody_was_interviewed(network):
    result = _check(network, a="kvinnojour", b="forskola")  # no tie; nobody from förskolan was asked
    assert (result.status, result.not_interviewed) == ("not_mapped", ("forskola",))
    assert result_detail(result).startswith("Kan inte bedömas: ingen informant från Förskolan intervjuades")
    assert _check(network, a="kvinnojour", b="polis").status == "missing"  # both sides were asked
