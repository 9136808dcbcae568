"""The reworked norm's rule kinds and statuses on hand-built fixtures, and paper against practice."""

from __future__ import annotations

from pathlib import Path

import pytest

from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.load.norm import Norm, Rule, Selector, bundled_norm
from samnet.measure.check import check_network
from samnet.present.check_text import format_check_table, paper_lines, result_detail, status_label

PAPER = Path(__file__).parents[1] / "fixtures" / "paper"
K = frozenset({"k"})


def sel(**keys):
    return Selector(**{k: frozenset(v) for k, v in keys.items()})


@pytest.fixture(scope="module")
def paper():
    dataset = load_dataset(PAPER)
    check = check_network(
        build_network(dataset, "k"), bundled_norm(), documents=dataset.documents, actors=dataset.actors
    )
    return check


def test_a_tie_rule_met_by_a_case_level_link(paper):
    result = paper.result("sip")
    assert (result.status, result.pairs) == ("met", (("ifo", "bup"),))


def test_a_one_way_each_rule_skips_units_nobody_described(paper):
    # Vuxenpsykiatrin is in no tie at all: not mapped, not a gap; BUP is described and reports nothing.
    assert paper.result("orosanmalan-vuxenverksamhet").status == "not_mapped"
    result = paper.result("orosanmalan-halso-sjukvard")
    assert (result.status, result.unmapped_actors, result.subjects) == ("missing", ("psyk",), 1)


def test_met_only_through_a_person_dependent_tie(paper):
    result = paper.result("riskbedomning-polis")
    assert (result.status, result.person_dependent_only) == ("met", True)
    assert status_label(result) == "uppfylld, men bara genom ett personbundet band"


def test_document_rules_met_by_a_document_in_force_missing_when_only_lapsed(paper):
    assert paper.result("lokal-overenskommelse").documents == ("lokal-overenskommelse",)
    result = paper.result("rutin-sekretess")
    assert (result.status, result.documents) == ("missing", ("rutin-sekretess",))


def test_paper_and_practice_findings_by_hand(paper):
    assert [(f.kind, f.document or f.rule, f.pairs) for f in paper.paper] == [
        ("paper_only", "lokal-overenskommelse", (("ifo-vuxen", "psyk"),)),
        ("unwritten", "skyddat-boende-skola", (("ifo-vuxen", "skola"),)),
        ("unwritten", "rutin-sekretess", (("bup", "ifo"),)),
        ("lapsed", "rutin-sekretess", ()),
    ]
    lines = paper_lines(paper)
    assert lines[0] == (
        "Finns på papper: Lokal överenskommelse om kvinnofrid gäller, men IFO vuxenenheten – "
        "Vuxenpsykiatrin har inget band i kartläggningen"
    )
    assert lines[-1] == "Upphört: Rutin för sekretess och dokumenthantering (beslutad 2019)"


def _network(forum_only: bool = True):
    actors = {
        "s": Actor("s", "IFO", "ifo", "kommun", "k"),
        "h": Actor("h", "Hälsocentralen", "primarvard", "region", "k"),
        "j": Actor("j", "Kvinnojouren", "kvinnojour", "ideell", "k"),
    }
    forums = (Forum("f", "Nätverket", ("s", "h"), 3, frozenset({"individ"}), areas=frozenset({"barn"}), kommuner=K),)
    links = () if forum_only else (Link(0, "s", "h", "samverkan", 3, frozenset({"individ"}), kommuner=K),)
    return build_network(Dataset({"k": Kommun("k", "K")}, actors, links, forums), "k")


def _rule(**extra):
    return Rule("r", "R", "S", a=sel(groups=["social"]), b=sel(groups=["health"]), min_level=3, **extra)


def test_forum_only_satisfaction_is_marked():
    result = check_network(_network(), Norm("n", "N", None, (_rule(),))).results[0]
    assert (result.status, result.forum_only) == ("met", True)
    assert status_label(result) == "uppfylld, bara genom gemensamt forum"


def test_a_rule_that_needs_more_than_a_forum_does_not_accept_it():
    result = check_network(_network(), Norm("n", "N", None, (_rule(accept_forum=False),))).results[0]
    assert (result.status, result.excluded_forums) == ("missing", ("f",))
    assert "Nätverket" in result_detail(result, "sv")
    linked = check_network(_network(False), Norm("n", "N", None, (_rule(accept_forum=False),))).results[0]
    assert (linked.status, linked.forum_only) == ("met", False)


def test_the_area_filter_keeps_a_childrens_forum_from_meeting_a_vinr_rule():
    result = check_network(_network(), Norm("n", "N", None, (_rule(areas=frozenset({"vinr"})),))).results[0]
    assert result.status == "missing"


def test_not_interviewed_is_ej_kartlagd_not_saknas():
    norm = Norm("n", "N", None, (Rule("r", "R", a=sel(types=["kvinnojour"]), b=sel(groups=["social"])),))
    result = check_network(_network(), norm, interviewed={"s", "h"}).results[0]
    assert (result.status, result.not_mapped_reason, result.gap) == ("not_mapped", "not_interviewed", False)
    assert result_detail(result, "sv") == "Kan inte bedömas: ingen från Kvinnojouren intervjuades"
    assert check_network(_network(), norm).results[0].status == "missing"


def test_names_not_ids_in_the_check_table(paper):
    from samnet.measure.check import CheckReport

    table = format_check_table(CheckReport(bundled_norm(), (paper,), ("Dalarna",), True))
    assert "IFO barn och familj – BUP Dalarna" in table
    assert " ifo – bup" not in table and "ifo-vuxen" not in table


def test_every_bundled_rule_quotes_002_with_its_modal_verb():
    for rule in bundled_norm().rules:
        assert rule.quote and rule.modal_verb in ("ska", "bör") and rule.ref.startswith("002")


def test_informants_are_read_defensively_when_the_data_has_them():
    from types import SimpleNamespace

    from samnet.load.norm import interviewed_actors

    plain = Dataset({}, {})
    assert interviewed_actors(plain) is None
    # The testimony format (informants: with an actor each) may arrive as objects or mappings.
    as_objects = SimpleNamespace(informants=(SimpleNamespace(id="i1", actor="s"), SimpleNamespace(id="i2", actor=None)))
    as_dicts = SimpleNamespace(informants={"i1": {"actor": "h"}})
    assert interviewed_actors(as_objects) == {"s"} and interviewed_actors(as_dicts) == {"h"}
