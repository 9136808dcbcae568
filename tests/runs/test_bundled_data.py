"""Fidelity of the bundled dataset (data/) to its source, seed 000 (FoU Välfärd
Region Gävleborg, Ljusdal and Sandviken, 2022), encoded as testimony.

Two kinds of test:

- **The data as written** (read straight from the YAML files): every tie has
  reports or a basis, every report a ref to a 000 section; person-dependence
  only on the reports whose passage says so; one link per pair and kind; the
  units, organisations, ended ties, co-location and focus 000 describes.
- **The figures samnet computes** (``samnet analyze``/``compare`` on the level
  each tie is used at): each section 5.1-5.8 ends with a "Sammanfattning" box
  that places the organisation on samverkanstrappan; the profiles must agree
  with those boxes where the informants' words reach them, and the findings of
  §6 must be readable off the output. These need the testimony format in the
  loader (informants, reports); a loader without it skips them with that
  reason, nothing else does.

A profile counts described ties (samnet.measure.described): each samverkan
link touching the actors in question once, each forum they sit in once;
one-way links never count. "Främst" (mainly) is read as "more than half of
the edges".
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml
from conftest import DATA

from samnet.core.network import build_network
from samnet.errors import DataError
from samnet.load.dataset import load_dataset
from samnet.measure.comparison import compare_networks
from samnet.measure.metrics import analyze, analyze_network
from samnet.measure.reach import social_services_reach

KOMMUNER = ("ljusdal", "sandviken")
ACTORS = yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))
LINKS = yaml.safe_load((DATA / "links.yaml").read_text(encoding="utf-8"))
INFORMANTS = {i["id"]: i for i in ACTORS["informants"]}
ACTOR_OF = {**{a["id"]: a["id"] for a in ACTORS["actors"]}, **{i: row["actor"] for i, row in INFORMANTS.items()}}
TIES = [*LINKS["links"], *LINKS["forums"]]
REPORTS = [(tie, r) for tie in TIES for r in tie.get("reports", [])]


def _ends(tie: dict) -> set[str]:
    return set(tie["members"]) if "members" in tie else {tie["source"], tie["target"]}


def _link(a: str, b: str, kind: str = "samverkan") -> dict:
    found = [
        link
        for link in LINKS["links"]
        if {link["source"], link["target"]} == {a, b} and link.get("kind", "samverkan") == kind
    ]
    assert len(found) == 1, (a, b, kind, found)
    return found[0]


def _forum(ident: str) -> dict:
    return next(f for f in LINKS["forums"] if f["id"] == ident)


def _levels(tie: dict) -> dict[str, int]:
    """The highest level each endpoint's informants give the tie (third parties left out)."""
    levels: dict[str, int] = {}
    for r in tie["reports"]:
        actor = ACTOR_OF[r["by"]]
        if actor in _ends(tie):
            levels[actor] = max(levels.get(actor, 0), r["level"])
    return levels


# --- The data as written ------------------------------------------------------------


def test_every_tie_has_reports_or_a_basis_and_every_report_a_ref_to_000():
    assert all(tie.get("reports") or tie.get("basis") for tie in TIES)
    assert all(re.fullmatch(r"000 §\d(\.\d+)*( .*)?", r["ref"]) for _, r in REPORTS)
    assert all(r["by"] in ACTOR_OF for _, r in REPORTS)
    # One-way links carry reports without a level (000 §6: not samverkan).
    assert all("level" not in r for tie, r in REPORTS if tie.get("kind", "samverkan") != "samverkan")


def test_the_33_interviews_are_the_informants():
    # §3.2: "Totalt har 33 intervjuer genomförts"; §3.2.2 names who.
    assert len(INFORMANTS) == 33
    assert all(row["actor"] in ACTOR_OF and row["ref"].startswith("000 §") for row in INFORMANTS.values())
    roles = Counter(row["role"] for row in INFORMANTS.values())
    # §5.9: "tydlig skillnad mellan medarbetare och chefer"; both roles are among the informants.
    assert roles["chef"] >= 1 and roles["medarbetare"] >= 1
    assert set(roles) <= {"chef", "medarbetare", "samordnare", "politiker", "annan"}
    # Every report names an interviewed actor: a report "by" an actor means one of its informants.
    interviewed = {row["actor"] for row in INFORMANTS.values()}
    assert {ACTOR_OF[r["by"]] for _, r in REPORTS} <= interviewed


def test_one_link_per_pair_and_kind():
    # BUP–IFO barn in Ljusdal was three links; one account counted three times.
    keys = Counter(
        (frozenset((link["source"], link["target"])), link.get("kind", "samverkan"))
        if link.get("kind", "samverkan") == "samverkan"
        else (link["source"], link["target"], link["kind"])
        for link in LINKS["links"]
    )
    assert [key for key, n in keys.items() if n > 1] == []
    assert len(_link("ljusdal-bup", "ljusdal-ifo-barn")["reports"]) == 3


# The passages that call a tie person-dependent, by informant and section.
PERSON_DEPENDENT_PASSAGES = {
    ("ljusdal-kvinnojour-informant", "000 §5.4"),  # "personbunden och eldsjälsstyrd nivå" (§5.4.1)
    ("ljusdal-bup-informant", "000 §5.5.1"),  # "i Ljusdal ... mer på personnivå"
    ("ljusdal-barn-och-familjehalsa-informant", "000 §5.5.4"),  # "på en mer personlig nivå"
    ("sandviken-tjejjour-informant", "000 §5.7.1"),  # "till viss del vara personbundna"
}


def test_person_dependence_only_where_the_passage_says_so():
    marked = [(r["by"], r["ref"]) for _, r in REPORTS if r.get("person_dependent")]
    assert marked and all(
        any(by == i and ref.startswith(s) for i, s in PERSON_DEPENDENT_PASSAGES) for by, ref in marked
    )
    # What others say of their ties with Viljan is not person-dependent (issue: 11 of 15 copied Viljan's sentence).
    others = [
        r for tie, r in REPORTS if "ljusdal-kvinnojour" in _ends(tie) and r["by"] != "ljusdal-kvinnojour-informant"
    ]
    assert others and not any(r.get("person_dependent") for r in others)
    # §5.6.4's remark about every verksamhet is not borrowed for one pair.
    bup = _link("sandviken-bup-mottagning", "sandviken-ifo-mottagning")
    assert not any(r.get("person_dependent") for r in bup["reports"])


def test_both_sides_keep_their_own_level():
    # §5.7.1 the jour: "närmaste samverkansparten" (3); §5.6.1 vuxenenheten: "inga bestämda strukturerade
    # möten utan sker i varje enskilt fall" (2).
    assert _levels(_link("sandviken-kvinnojour", "sandviken-ifo-vuxen")) == {
        "sandviken-kvinnojour": 3,
        "sandviken-ifo-vuxen": 2,
    }
    assert _levels(_link("barnahus", "sandviken-ifo-mottagning")) == {"barnahus": 3, "sandviken-ifo-mottagning": 2}
    # §5.2.1 against §5.6.4: the police describe a weekly samråd the mottagningsenhet says does not exist.
    assert _levels(_forum("sandviken-samrad")) == {"polisen-barngrupp": 3, "sandviken-ifo-mottagning": 0}


def test_levels_follow_the_rules_of_data_readme():
    # Level 4 only where 000's own boxes place it: En kommun fri från våld, the barnmorska in elevhälsan.
    fours = sorted(tie.get("id") or tie["source"] + "+" + tie["target"] for tie, r in REPORTS if r.get("level") == 4)
    assert fours == [
        "ljusdal-en-kommun-fri-fran-vald",
        "sandviken-en-kommun-fri-fran-vald",
        "sandviken-ungdomsmottagning+sandviken-elevhalsa",
    ]
    # Taking part in a training series is level 2; "om det skulle finnas behov" is level 1.
    assert _levels(_link("ljusdal-hallbarhetsstrateg", "lansstyrelsen")) == {"ljusdal-hallbarhetsstrateg": 2}
    assert _levels(_link("sandviken-beroendecentrum", "sandviken-ifo-vuxen"))["sandviken-beroendecentrum"] == 1
    # One sentence names five partners (§5.6.1 elevhälsan): the same level for all.
    listed = [
        "sandviken-ifo-mottagning",
        "sandviken-ringblomman",
        "st-lukas-gavleborg",
        "sandviken-barn-och-familjehalsa",
    ]
    assert {_levels(_link("sandviken-elevhalsa", p))["sandviken-elevhalsa"] for p in listed} == {1}


def test_ended_ties_carry_status_and_when():
    ended = {tie.get("id") or (tie["source"], tie["target"]): tie for tie in TIES if tie.get("status")}
    # fn 60: "Nätverket våld i nära relation har sedan dess upphört"; §5.5.2 one case "för cirka ett år sedan".
    assert "sandviken-natverk-vinr" in ended and ("ljusdal-vuxenpsykiatri", "ljusdal-ifo-barn") in ended
    assert all(tie["status"] == "upphört" and "000 §" in tie["ended"] for tie in ended.values())


def test_units_and_organisations_as_000_describes_them():
    actors = {a["id"]: a for a in ACTORS["actors"]}
    # IFO's own coordinators are socialtjänsten (§5.3.1 "en samordnare inom ... IFO"; §5.6.1 "internt inom IFO").
    assert actors["ljusdal-samordnare-vinr"]["type"] == actors["sandviken-processledare-ifo"]["type"] == "ifo"
    # A kommunal bostadsbolag belongs to its kommun (000 §6 reads En kommun fri från våld as internal).
    assert (
        "organisation" not in actors["sandviken-sandvikenhus"] and "organisation" not in actors["ljusdal-ljusdalshem"]
    )
    # Orosanmälningar go to the unit the passage names: in Ljusdal barnenheten (§5.3.4), not an inferred mottagning.
    assert "ljusdal-ifo-mottagning" not in actors
    targets = {link["target"] for link in LINKS["links"] if link.get("kind") == "orosanmalan"}
    assert targets == {"ljusdal-ifo-barn", "sandviken-ifo-mottagning"}


def test_en_kommun_fri_fran_vald_members():
    # §5.3.1 "representanter från alla förvaltningar"; §5.6.1 "de flesta förvaltningarna ... Rektorerna inte är med".
    ljusdal, sandviken = _forum("ljusdal-en-kommun-fri-fran-vald"), _forum("sandviken-en-kommun-fri-fran-vald")
    assert "ljusdal-forvaltningar" in ljusdal["members"] and "sandviken-forvaltningar" in sandviken["members"]
    assert "sandviken-skola" not in sandviken["members"]
    assert len(ljusdal["members"]) > len(sandviken["members"])


def test_barnahus_groups_are_encoded_once_for_the_whole_lan():
    # §5.1: one styrgrupp and one arbetsgrupp "med representanter för alla kommuner".
    groups = [f for f in LINKS["forums"] if f["id"].startswith("barnahus-")]
    assert sorted(f["id"] for f in groups) == ["barnahus-arbetsgrupp", "barnahus-styrgrupp"]
    kommun_of = {a["id"]: a.get("kommun") for a in ACTORS["actors"]}
    assert all({kommun_of[m] for m in f["members"]} >= set(KOMMUNER) and "kommun" not in f for f in groups)
    assert all(f["regional"] is True for f in groups)


def test_focus_and_co_location_are_in_the_data():
    focus = {k["id"]: k["focus"] for k in ACTORS["kommuner"]}
    # §5.6.2: "Ljusdals kommun har ett uttalat fokus på HRV. Sandvikens kommun har inget".
    assert "hrv" in focus["ljusdal"] and focus["sandviken"] == []
    # §6: "det är vanligare med samlokalisering i Hälsingland än i Gästrikland".
    kommun_of = {a["id"]: a.get("kommun") for a in ACTORS["actors"]}
    colocated = Counter(kommun_of[f["members"][0]] for f in LINKS["forums"] if f.get("colocated"))
    # More common, not absent: Sandvikens familjecentral gathers MVC, BVC and familjestöd (fn 66).
    assert colocated["ljusdal"] == 2 and colocated["sandviken"] == 1
    sandviken = _forum("sandviken-familjecentral-samlokalisering")
    assert sandviken["basis"] == "harledd" and sandviken["level"] == 1 and "fotnot 66" in sandviken["note"]


def test_notes_are_swedish():
    # Notes show under "Anteckning" in the Swedish maps and reports.
    english = re.compile(r"\b(the|and|of|is|with|from|for|which|only)\b")
    notes = [
        x["note"] for x in [*ACTORS["actors"], *INFORMANTS.values(), *TIES, *(r for _, r in REPORTS)] if x.get("note")
    ]
    assert len(notes) > 200
    assert [n for n in notes if english.search(n)] == []


# --- The figures samnet computes ---------------------------------------------------------


@pytest.fixture(scope="module")
def dataset():
    try:
        return load_dataset(DATA)
    except DataError as err:
        testimony = [p for p in err.problems if p.code == "unknown-key" and re.search(r"reports|informants", p.path)]
        if testimony:
            pytest.skip("the loader does not read the testimony format (informants, reports) yet")
        raise


@pytest.fixture(scope="module")
def result(dataset):
    return analyze(dataset).metrics


def low(p: dict) -> int:
    """Edges at level 1 (samtal) or 2 (samsyn)."""
    return p["levels"]["1"] + p["levels"]["2"]


def individ_side(p: dict) -> int:
    """Edges that are individual or both individual and structural."""
    return p["scopes"]["individ"] + p["scopes"]["both"]


def struktur_side(p: dict) -> int:
    return p["scopes"]["struktur"] + p["scopes"]["both"]


def test_bundled_data_loads(dataset):
    assert sorted(dataset.kommuner) == ["ljusdal", "sandviken"]
    assert 60 <= len(dataset.actors) <= 100
    for item in [*dataset.actors.values(), *dataset.links, *dataset.forums]:
        assert item.ref and item.ref.startswith("000 §"), item


# 5.1 "Främst på nivå 1 och 2 med rådgörande samtal och samsyn, men även till viss del på nivå 3
# [och nivå 4] med samarbete och samverkan på både strukturell och individuell nivå." No informant's
# words in §5.1 describe a common goal to which each party contributes (data/README.md).
@pytest.mark.parametrize("kommun", KOMMUNER)
def test_5_1_barnahus(result, kommun):
    p = result[kommun].profiles["type"]["barnahus"]
    assert low(p) * 2 > p["ties"], p
    assert p["levels"]["3"] >= 1 and p["levels"]["4"] == 0, p
    assert individ_side(p) >= 1 and struktur_side(p) >= 1, p


# 5.2 "Främst på nivå 1 och 2 ... men även till viss del på nivå 3 med samarbete på främst individuell nivå."
@pytest.mark.parametrize("kommun", KOMMUNER)
def test_5_2_polisen(result, kommun):
    p = result[kommun].profiles["type"]["polis"]
    assert low(p) * 2 > p["ties"], p
    assert p["levels"]["3"] >= 1 and p["levels"]["4"] == 0, p
    assert individ_side(p) > p["scopes"]["struktur"], p


# 5.3 and 5.6: "främst på nivå 1 och 2 ... men även till viss del på nivå 3 och 4 med samarbete och
# samverkan på både strukturell och individuell nivå."
@pytest.mark.parametrize("kommun", KOMMUNER)
def test_5_3_and_5_6_the_kommuner(result, kommun):
    p = result[kommun].profiles["huvudman"]["kommun"]
    assert low(p) * 2 > p["ties"], p
    assert p["levels"]["3"] >= 1 and p["levels"]["4"] >= 1, p
    assert individ_side(p) >= 1 and struktur_side(p) >= 1, p


# 5.4 Viljan: "Samverkan sker främst på trappans nivå 1 ... och nivå 2 samsyn och samverkan sker på individuell nivå."
def test_5_4_kvinnojouren_ljusdal(result):
    p = result["ljusdal"].profiles["actor"]["ljusdal-kvinnojour"]
    assert p["ties"] >= 5 and low(p) == p["ties"], p


# 5.5 and 5.8: the region "samverkar ... främst i individärenden"; "främst på nivå 1 och 2".
@pytest.mark.parametrize("kommun", KOMMUNER)
def test_5_5_and_5_8_the_region(result, kommun):
    p = result[kommun].profiles["huvudman"]["region"]
    assert low(p) * 2 > p["ties"], p
    assert individ_side(p) > p["scopes"]["struktur"], p


def test_5_8_the_region_in_sandviken_reaches_level_4(result):
    # "men även till viss del på nivå 4": the barnmorska who works in elevhälsan (§5.8.2).
    assert result["sandviken"].profiles["huvudman"]["region"]["levels"]["4"] >= 1


def test_6_hrv_focus_in_ljusdal_and_none_in_sandviken(result, dataset):
    # §5.6.2: "Ljusdals kommun har ett uttalat fokus på HRV. Sandvikens kommun har inget".
    assert "hrv" in result["ljusdal"].focus and result["sandviken"].focus == []
    comparison = _comparison(dataset)
    first = comparison.differences[0]
    assert first["key"] == "focus" and first["values"] == {"a": ["hrv", "unga"], "b": []}


def test_6_the_ended_network_is_out_of_current_figures(result, dataset):
    # fn 60: the Våld i nära relation network "har sedan dess upphört"; it made 36 % of Sandviken's pairs.
    sandviken = result["sandviken"]
    assert [r.get("forum") for r in sandviken.ended] == ["sandviken-natverk-vinr"]
    assert "sandviken-natverk-vinr" not in {r["id"] for r in sandviken.forum_drivers}
    assert all(f.id != "sandviken-natverk-vinr" for f in build_network(dataset, "sandviken").forums)


def test_6_level_4_is_mostly_inside_organisations(result):
    # §6: samverkan at level 4 "sker oftast internt i de olika organisationerna".
    inside = sum(result[k].internal["levels"]["4"] for k in KOMMUNER)
    across = sum(result[k].external["levels"]["4"] for k in KOMMUNER)
    assert inside > across, (inside, across)


def test_6_co_location_is_direct_contact_with_social_services(dataset):
    # §5.5.1: BVC's samverkan is "främst" at the familjecentrum; Beroendecentrum shares a corridor.
    tiers = {r["id"]: r["tier"] for r in social_services_reach(build_network(dataset, "ljusdal"))}
    assert tiers["ljusdal-bvc"] == tiers["ljusdal-beroendecentrum"] == "direct"


def test_6_orosanmalan_goes_where_the_reporters_also_work_with_socialtjansten(result):
    # At the level of socialtjänsten every reporter in Ljusdal also works with IFO; the report of concern
    # is one-way beside that (§6). Förskolan's main contact is the orosanmälan (§5.3.1), and it also meets
    # barnenheten in its spindelgrupp.
    ljusdal = result["ljusdal"]
    reports = [r for r in ljusdal.one_way if r["kind"] == "orosanmalan"]
    assert len(reports) >= 8
    tiers = {r["id"]: r["tier"] for r in ljusdal.social_services_reach}
    assert [r for r in reports if tiers.get(r["source"], "direct") != "direct"] == []
    assert {
        "source": "ljusdal-forskola",
        "target": "ljusdal-ifo-barn",
        "kind": "orosanmalan",
        "also_samverkan": True,
    } in reports


@pytest.mark.parametrize("kommun", KOMMUNER)
def test_6_orosanmalan_is_one_way_and_the_commonest(result, dataset, kommun):
    kinds = result[kommun].one_way_by_kind
    assert all(kinds["orosanmalan"] > n for kind, n in kinds.items() if kind != "orosanmalan"), kinds
    sources = {r["source"] for r in result[kommun].one_way if r["kind"] == "orosanmalan"}
    # §5.5 and §5.8: "Alla informanter beskriver en anmälan till socialtjänsten utifrån oro som en form av samverkan".
    assert sum(dataset.actors[s].huvudman == "region" for s in sources) >= 3


@pytest.mark.parametrize("kommun", KOMMUNER)
def test_6_the_region_is_more_individual_than_the_kommun(result, kommun):
    # "Det är mer strategisk samverkan i de två kommunerna än i regionen".
    h = result[kommun].profiles["huvudman"]
    region, kommunal = h["region"], h["kommun"]
    assert individ_side(region) / region["ties"] > individ_side(kommunal) / kommunal["ties"]


def test_6_person_dependent_ties_are_the_ones_000_names(result):
    def ends(kommun):
        return {a for r in result[kommun].person_dependent_links for a in (r["source"], r["target"])}

    # Viljan (§5.4.1), BUP Hudiksvall (§5.5.1), barn- och familjehälsan (§5.5.4); the tjejjour (§5.7.1).
    named = {"ljusdal-kvinnojour", "ljusdal-bup", "ljusdal-barn-och-familjehalsa", "sandviken-tjejjour"}
    for kommun in KOMMUNER:
        for r in result[kommun].person_dependent_links:
            assert {r["source"], r["target"]} & named, r
    assert "ljusdal-kvinnojour" in ends("ljusdal") and "sandviken-tjejjour" in ends("sandviken")


def test_6_schools_are_hard_to_involve_in_both_kommuner(dataset):
    # §6: "vikten av att få med skolans representanter ... i det strategiska och strukturella arbetet";
    # Sandviken: "rektorerna inte är med"; Ljusdal: "skolledningen behöver öka sitt intresse".
    sandviken = next(f for f in dataset.forums if f.id == "sandviken-en-kommun-fri-fran-vald")
    assert not any(dataset.actors[m].type == "skola" for m in sandviken.members)


def test_evidence_shows_the_disagreements(result):
    def pairs(kommun):
        return {frozenset((d["source"], d["target"])) for d in result[kommun].evidence["disagreements"]}

    sandviken = pairs("sandviken")
    assert frozenset(("sandviken-kvinnojour", "sandviken-ifo-vuxen")) in sandviken
    assert frozenset(("barnahus", "sandviken-ifo-mottagning")) in sandviken
    # Ljusdal's IFO informants both represent the vuxenenhet: barnenheten was not interviewed.
    assert "ljusdal-ifo-barn" in result["ljusdal"].evidence["not_interviewed"]


def _comparison(dataset):
    nets = build_network(dataset, "ljusdal"), build_network(dataset, "sandviken")
    return compare_networks(*nets, *(analyze_network(net) for net in nets))


# --- Barnahus once, in the figures (the regional layer) --------------------------------------


def test_barnahus_groups_count_once_in_each_kommun_through_its_own_seat(dataset, result):
    # §5.1: the styrgrupp and arbetsgrupp serve the whole län. In a kommun's network each is one forum
    # whose members are the kommun's own seat and the regional members; the other kommun's seat never
    # enters, and the data's forum count holds each group once.
    seats = {"ljusdal": "ljusdal-ifo-barn", "sandviken": "sandviken-ifo-mottagning"}
    regional = {"barnahus", "polisen", "aklagare", "region-gavleborg"}
    for kommun, seat in seats.items():
        network = build_network(dataset, kommun)
        groups = [f for f in network.forums if f.id.startswith("barnahus-")]
        assert sorted(f.id for f in groups) == ["barnahus-arbetsgrupp", "barnahus-styrgrupp"]
        assert all(set(f.members) == regional | {seat} for f in groups)
        other = next(s for k, s in seats.items() if k != kommun)
        assert other not in network.actors
        assert result[kommun].forums == len(network.forums) == {"ljusdal": 18, "sandviken": 15}[kommun]
    assert len(dataset.forums) == 33
    assert sum(f.id.startswith("barnahus-") for f in dataset.forums) == 2


# --- §6 as the comparison reads it -------------------------------------------------------------


def test_6_co_location_is_more_common_in_ljusdal_in_the_comparison(dataset):
    # §6: "det är vanligare med samlokalisering i Hälsingland än i Gästrikland".
    found = next(d for d in _comparison(dataset).differences if d["key"] == "colocation")
    a, b = found["values"]["a"], found["values"]["b"]
    assert a["ties"] == 2 and b["ties"] == 1 and a["ties"] > b["ties"]


def test_6_no_top_difference_says_sandviken_has_the_hrv_focus(dataset):
    # §5.6.2: the HRV focus is Ljusdal's; the comparison says so first, whatever the forum counts show.
    differences = _comparison(dataset).differences
    assert differences[0]["key"] == "focus"
    assert "hrv" in differences[0]["values"]["a"] and "hrv" not in differences[0]["values"]["b"]


def test_6_schools_are_in_no_strategic_forum_of_sandviken_and_ljusdal_s_seat_is_the_skola(dataset):
    # §6: "vikten av att få med skolans representanter på ett tydligt sätt i det strategiska och
    # strukturella arbetet" in both kommuner. In the figures: no school-group actor sits in Sandviken's
    # En kommun fri från våld, and in Ljusdal's the school has one seat beside the strateg and samordnare.
    for kommun in KOMMUNER:
        network = build_network(dataset, kommun)
        forum = next(f for f in network.forums if f.id == f"{kommun}-en-kommun-fri-fran-vald")
        schools = [m for m in forum.members if dataset.actors[m].type in ("skola", "elevhalsa", "forskola")]
        assert len(schools) <= 2, (kommun, schools)
    sandviken = next(
        f for f in build_network(dataset, "sandviken").forums if f.id == "sandviken-en-kommun-fri-fran-vald"
    )
    assert not any(dataset.actors[m].type in ("skola", "elevhalsa", "forskola") for m in sandviken.members)


# --- §5.9 and §6: mandate, managers and staff --------------------------------------------------


def test_5_9_every_statement_of_the_table_is_encoded_in_its_column():
    # 000 §5.9's table, read cell by cell: ten in "Chefers upplevelse", seven in "Medarbetares
    # upplevelse"; no informant or kommun is named, so none is encoded.
    statements = ACTORS["statements"]
    assert Counter(s["role"] for s in statements) == {"chef": 10, "medarbetare": 7}
    assert all(s["ref"] == "000 §5.9" and s["basis"] == "harledd" and "kommun" not in s for s in statements)
    column = {words: s["role"] for s in statements for words in ("Beroendecentrums chef", "socialsekreterare",
              "Kvinnojouren upplever", "fullt mandat", "förskolans talan") if words in s["quote"]}  # fmt: skip
    assert column == {
        "Beroendecentrums chef": "chef",
        "fullt mandat": "chef",
        "socialsekreterare": "medarbetare",
        "Kvinnojouren upplever": "medarbetare",
        "förskolans talan": "medarbetare",
    }


def test_6_managers_describe_more_mandate_than_staff(result):
    # §6: "Cheferna är av uppfattningen att de som deltar i samverkan har mandat för att delta och för
    # att ta beslut enligt sin roll. ... [medarbetarna upplever] att det händer att den som sitter med i
    # samverkan inte har mandat att ta beslut".
    for kommun in KOMMUNER:
        groups = {g["role"]: g for g in result[kommun].mandate["groups"]}
        chef, staff = groups["chef"], groups["medarbetare"]
        assert (chef["statements"], chef["mandate"]["fullt"]) == (10, 8)
        assert (staff["statements"], staff["mandate"]["fullt"], staff["mandate"]["begransat"]) == (7, 2, 4)
        assert chef["mandate"]["fullt"] / chef["statements"] > staff["mandate"]["fullt"] / staff["statements"]
        assert chef["mandate"]["begransat"] / chef["statements"] < staff["mandate"]["begransat"] / staff["statements"]
