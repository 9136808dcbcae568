"""samnet.measure.check on a hand-made network: every status, every selector kind, each a|b|any, forums, one-way rules.

The network (kommun k), drawn by hand:

    ifo ──2 individ── polis          samrad forum: ifo, polis, aklagare (level 3, individ)
    ifo ──3 individ── bup            natverk forum: soc, jour, skola (level 1, struktur)
    soc ──1 individ── vuxpsyk        soc ──3 struktur── vuxpsyk (a second link)
    soc ──2 individ── rg (myndighet, region)
    jour ──2 struktur── skola
    polis ──1 individ── skv (myndighet, stat)
    beroende ──orosanmälan──▶ ifo    bvc ──orosanmälan──▶ ifo
"""

from __future__ import annotations

import json

from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
from samnet.core.network import build_network
from samnet.load.norm import Norm, Rule, Selector
from samnet.measure.check import check_network, check_networks
from samnet.present.check_text import (
    _result_json,
    format_check,
    format_check_comparison,
    format_check_section,
    map_overlay,
    ordered_results,
    result_detail,
    rule_detail,
)

K = frozenset({"k"})


def actor(ident, kind, huvudman):
    # Named as their ids, so that the sentences below read as before; names_not_ids tests the names.
    return Actor(ident, ident, kind, huvudman, "k")


ACTORS = [
    actor("ifo", "ifo", "kommun"),
    actor("soc", "socialtjanst", "kommun"),
    actor("polis", "polis", "stat"),
    actor("aklagare", "aklagare", "stat"),
    actor("bup", "bup", "region"),
    actor("vuxpsyk", "vuxenpsykiatri", "region"),
    actor("beroende", "beroendevard", "region"),
    actor("bvc", "bvc", "region"),
    actor("skola", "skola", "kommun"),
    actor("jour", "kvinnojour", "ideell"),
    actor("skv", "myndighet", "stat"),
    actor("rg", "myndighet", "region"),
]


def link(i, source, target, level=None, scope=(), kind="samverkan"):
    return Link(i, source, target, kind, level, frozenset(scope), kommuner=K)


LINKS = (
    link(0, "ifo", "polis", 2, ["individ"]),
    link(1, "ifo", "bup", 3, ["individ"]),
    link(2, "soc", "vuxpsyk", 1, ["individ"]),
    link(3, "soc", "vuxpsyk", 3, ["struktur"]),
    link(4, "soc", "rg", 2, ["individ"]),
    link(5, "jour", "skola", 2, ["struktur"]),
    link(6, "polis", "skv", 1, ["individ"]),
    link(7, "beroende", "ifo", kind="orosanmalan"),
    link(8, "bvc", "ifo", kind="orosanmalan"),
)
FORUMS = (
    Forum("samrad", "samrad", ("ifo", "polis", "aklagare"), 3, frozenset({"individ"}), kommuner=K),
    Forum("natverk", "natverk", ("soc", "jour", "skola"), 1, frozenset({"struktur"}), kommuner=K),
)
DATASET = Dataset({"k": Kommun("k", "Kommun K")}, {a.id: a for a in ACTORS}, LINKS, FORUMS)
NETWORK = build_network(DATASET, "k")


def sel(**keys):
    return Selector(**{k: frozenset(v) for k, v in keys.items()})


SOCIAL = sel(groups=["social"])
IFO_SOC = sel(types=["ifo", "socialtjanst"])
PSYK = sel(types=["vuxenpsykiatri", "beroendevard", "bup"])


def judge(**fields):
    rule = Rule("r", "Regeln", "ref", **fields)
    return check_network(NETWORK, Norm("n", "N", None, (rule,))).results[0]


# --- statuses of samverkan rules -------------------------------------------------


def test_each_b_partly_names_the_actors_that_lack_the_tie_and_what_they_have():
    r = judge(a=IFO_SOC, b=PSYK, min_level=3, scopes=frozenset({"individ"}), each="b")
    assert r.status == "partly"
    assert (r.matched, r.subjects) == (1, 3)
    assert r.pairs == (("ifo", "bup"),)
    assert r.missing_actors == ("beroende", "vuxpsyk")
    # beroende reaches IFO only by an orosanmälan; vuxpsyk has samverkan, but level 1 in cases.
    assert r.shortfalls == (("beroende", "one_way"), ("vuxpsyk", "below"))
    assert result_detail(r, "sv") == (
        "1 av 3 (beroendevård eller BUP eller vuxenpsykiatri) har det "
        "(nivå 3 eller högre, individnivå); saknas för: beroende (bara envägs), "
        "vuxpsyk (under kravet)"
    )


def test_each_any_is_met_by_one_pair():
    r = judge(a=IFO_SOC, b=PSYK, min_level=3, scopes=frozenset({"individ"}))
    assert (r.status, r.pairs, r.missing_actors) == ("met", (("ifo", "bup"),), ())


def test_each_a_met_when_every_a_actor_has_it():
    r = judge(a=sel(types=["polis"]), b=SOCIAL, each="a")
    assert (r.status, r.matched, r.subjects) == ("met", 1, 1)
    assert r.pairs == (("polis", "ifo"),)
    assert result_detail(r, "sv") == (
        "Den enda aktören (polisen) har det (nivå 1 eller högre); 1 par; paren möts också i forum: samrad"
    )


def test_each_a_partly_on_the_a_side():
    # ifo has samverkan with polis, soc has none.
    r = judge(a=SOCIAL, b=sel(types=["polis"]), each="a")
    assert (r.status, r.missing_actors, r.shortfalls) == ("partly", ("soc",), (("soc", "none"),))


def test_one_way_only_where_samverkan_is_asked():
    r = judge(a=sel(types=["beroendevard"]), b=SOCIAL)
    assert r.status == "one_way_only"
    assert (r.pairs, r.kinds) == ((("beroende", "ifo"),), ("orosanmalan",))
    assert result_detail(r, "sv") == ("Bara envägslänkar (orosanmälan) i 1 par, ingen samverkan: beroende – ifo")


def test_below_is_judged_tie_by_tie_not_on_the_merged_edge():
    # soc–vuxpsyk merges to level 3 with both scopes, but the level-3 tie is structural.
    r = judge(a=SOCIAL, b=sel(types=["vuxenpsykiatri"]), min_level=3, scopes=frozenset({"individ"}))
    assert (r.status, r.pairs, r.best_level) == ("below", (("soc", "vuxpsyk"),), 1)
    assert result_detail(r, "en") == (
        "Samverkan in 1 pair but short of what is asked (level 3 or higher, individual "
        "level); highest level 1 at individual level, e.g. soc – vuxpsyk"
    )


def test_below_when_the_asked_scope_is_absent():
    r = judge(a=sel(types=["kvinnojour"]), b=sel(types=["skola"]), scopes=frozenset({"individ"}))
    assert (r.status, r.best_level, r.best_levels) == ("below", None, (("individ", None),))
    assert result_detail(r, "sv").endswith(
        "; inget på individnivå, t.ex. jour – skola; paren möts också i forum: natverk"
    )


def test_below_on_level_alone():
    # Best tie between social services and the police: the samråd forum at level 3.
    r = judge(a=SOCIAL, b=sel(types=["polis"]), min_level=4)
    assert (r.status, r.best_level) == ("below", 3)


def test_scope_list_asks_for_every_scope():
    both = frozenset({"individ", "struktur"})
    assert judge(a=SOCIAL, b=sel(types=["vuxenpsykiatri"]), scopes=both).status == "met"
    r = judge(a=SOCIAL, b=sel(types=["vuxenpsykiatri"]), scopes=both, min_level=3)
    assert (r.status, r.best_levels) == ("below", (("individ", 1), ("struktur", 3)))
    assert "högst nivå 1 på individnivå, högst nivå 3 på strukturnivå" in result_detail(r, "sv")


def test_missing_when_no_tie():
    r = judge(a=sel(types=["kvinnojour"]), b=sel(types=["polis"]))
    assert (r.status, r.pairs) == ("missing", ())
    assert result_detail(r, "sv") == "Ingen kontakt mellan kvinnojour och polisen i kartläggningen"


def test_not_mapped_says_which_side_is_missing_and_is_never_a_gap():
    r = judge(a=SOCIAL, b=sel(types=["tjejjour"]))
    assert r.status == "not_mapped" and not r.gap
    assert r.unmapped == (sel(types=["tjejjour"]),)
    assert result_detail(r, "sv") == "Kan inte bedömas: kartläggningen saknar tjejjour"
    both = judge(a=sel(types=["fritid"]), b=sel(types=["tjejjour"]))
    assert result_detail(both, "en") == "Cannot be judged: the mapping has no leisure services and no girls' shelter"


# --- selectors ---------------------------------------------------------------------


def test_huvudman_selector():
    r = judge(a=sel(huvudman=["ideell"]), b=sel(types=["skola"]))
    assert (r.status, r.pairs) == ("met", (("jour", "skola"),))


def test_several_keys_must_all_hold():
    # skv (myndighet, stat) is mapped but has no tie with social services; rg (myndighet, region) has one.
    assert judge(a=SOCIAL, b=sel(types=["myndighet"])).pairs == (("soc", "rg"),)
    assert judge(a=SOCIAL, b=sel(types=["myndighet"], huvudman=["stat"])).status == "missing"
    assert judge(a=SOCIAL, b=sel(types=["myndighet"], huvudman=["region"])).status == "met"


def test_groups_selector_uses_the_vocabulary_groups():
    r = judge(a=sel(groups=["health"]), b=SOCIAL, each="a")
    # bup and vuxpsyk have samverkan; beroende and bvc only orosanmälan; rg is a myndighet (group regional).
    assert (r.matched, r.subjects) == (2, 4)
    assert r.missing_actors == ("beroende", "bvc")


# --- one-way rules -------------------------------------------------------------------


def test_one_way_rule_each_a_partly():
    r = judge(kind="orosanmalan", a=sel(groups=["health"]), b=SOCIAL, each="a")
    assert r.status == "partly"
    assert r.pairs == (("beroende", "ifo"), ("bvc", "ifo"))
    assert r.shortfalls == (("bup", "none"), ("vuxpsyk", "none"))
    assert "bup (ingen orosanmälan)" in result_detail(r, "sv")


def test_one_way_rule_any_met_and_direction_counts():
    assert judge(kind="orosanmalan", a=sel(types=["bvc"]), b=SOCIAL).status == "met"
    # The report goes from bvc to ifo, not the other way.
    assert judge(kind="orosanmalan", a=SOCIAL, b=sel(types=["bvc"])).status == "missing"


def test_one_way_rule_is_not_met_by_samverkan():
    r = judge(kind="orosanmalan", a=sel(types=["bup"]), b=SOCIAL)
    assert r.status == "missing"
    assert result_detail(r, "sv") == "Ingen orosanmälan från BUP till kommunens socialtjänst i kartläggningen"


# --- forum rules ------------------------------------------------------------------------

TRIO = (sel(types=["ifo"]), sel(types=["polis"]), sel(types=["aklagare"]))


def test_forum_rule_met_names_the_forum():
    r = judge(kind="forum", members=TRIO, min_level=3)
    assert (r.status, r.forums) == ("met", ("samrad",))
    assert result_detail(r, "sv") == "samrad har alla parter (nivå 3 eller högre)"


def test_forum_rule_below_on_level_and_on_scope():
    assert judge(kind="forum", members=TRIO, min_level=4).status == "below"
    r = judge(kind="forum", members=TRIO, scopes=frozenset({"struktur"}))
    assert (r.status, r.forums, r.best_level) == ("below", ("samrad",), None)
    assert (
        result_detail(r, "sv")
        == "samrad har alla parter men når inte kravet (nivå 1 eller högre, strukturnivå): inget på strukturnivå"
    )


def test_forum_rule_met_by_group_selectors():
    r = judge(kind="forum", members=(SOCIAL, sel(groups=["civil"])), scopes=frozenset({"struktur"}))
    assert (r.status, r.forums) == ("met", ("natverk",))


def test_forum_rule_missing_names_the_closest_forum_and_what_it_lacks():
    r = judge(kind="forum", members=(sel(types=["ifo"]), sel(types=["kvinnojour"])))
    # Both forums lack one party; the first in id order is named.
    assert (r.status, r.forums, r.absent) == ("missing", ("natverk",), (sel(types=["ifo"]),))
    assert result_detail(r, "sv") == "Inget forum har alla parter; närmast är natverk, där IFO saknas"
    three = judge(kind="forum", members=(sel(types=["ifo"]), sel(types=["kvinnojour"]), sel(types=["bup"])))
    assert result_detail(three, "en") == "No forum holds every party; the closest, natverk, lacks IFO and BUP"


def test_forum_rule_not_mapped():
    r = judge(kind="forum", members=(sel(types=["ifo"]), sel(types=["tjejjour"])))
    assert (r.status, r.unmapped) == ("not_mapped", (sel(types=["tjejjour"]),))


# --- the result as a whole ----------------------------------------------------------------


def norm_of_four():
    return Norm(
        "n",
        "N",
        "x",
        (
            Rule("gap", "G", a=sel(types=["kvinnojour"]), b=sel(types=["polis"])),
            Rule("ok", "O", a=SOCIAL, b=sel(types=["polis"])),
            Rule("unmapped", "U", a=SOCIAL, b=sel(types=["tjejjour"])),
            Rule("advice", "A", a=sel(types=["kvinnojour"]), b=sel(types=["polis"]), required=False),
        ),
    )


def test_summary_counts_required_rules_and_recommendations_apart():
    check = check_network(NETWORK, norm_of_four())
    assert check.summary == {"met": 1, "partly": 0, "below": 0, "one_way_only": 0, "missing": 1, "not_mapped": 1}
    assert check.recommendations["missing"] == 1
    assert [r.rule.id for r in check.gaps] == ["gap"]
    assert [r.rule.id for r in ordered_results(check)] == ["gap", "unmapped", "ok", "advice"]


def test_json_has_the_issue_shape():
    data = json.loads(format_check(check_networks([NETWORK], norm_of_four()), "json"))
    assert data["norm"] == {"id": "n", "name": "N", "ref": "x", "lan": None, "source": ""}
    kommun = data["kommuner"]["k"]
    assert set(kommun) == {"name", "rules", "summary", "recommendations", "paper"}
    first = kommun["rules"][1]
    assert set(first) == {
        "id",
        "status",
        "required",
        "modality",
        "text",
        "quote",
        "ref",
        "pairs",
        "missing_actors",
        "unmapped_actors",
        "forums",
        "documents",
        "forum_only",
        "person_dependent_only",
        "detail",
    }
    assert (first["id"], first["status"], first["pairs"][0]) == ("ok", "met", ["ifo", "polis"])


def test_table_lists_gaps_first_and_fits_100_columns():
    text = format_check(check_networks([NETWORK], norm_of_four()), "table")
    lines = text.splitlines()
    assert lines[1] == "Krav (3): uppfylld 1, saknas 1, ej kartlagd 1"
    assert lines[2] == "Rekommendationer (1): saknas 1"
    assert lines[4].startswith("  [saknas] gap: G")
    assert max(len(line) for line in lines) <= 100


def test_markdown_escapes_pipes_in_cells():
    norm = Norm("n", "N", None, (Rule("p", "A | B", a=SOCIAL, b=sel(types=["polis"])),))
    text = format_check(check_networks([NETWORK], norm), "markdown", "en")
    assert "| met | p | A \\| B |" in text


def test_every_status_has_its_own_sentence_in_each_language():
    results = [
        judge(a=IFO_SOC, b=PSYK, min_level=3, each="b"),
        judge(a=sel(types=["beroendevard"]), b=SOCIAL),
        judge(a=SOCIAL, b=sel(types=["polis"]), min_level=4),
        judge(a=sel(types=["kvinnojour"]), b=sel(types=["polis"])),
        judge(a=SOCIAL, b=sel(types=["tjejjour"])),
        judge(a=SOCIAL, b=sel(types=["polis"])),
    ]
    assert {r.status for r in results} == {"met", "partly", "below", "one_way_only", "missing", "not_mapped"}
    swedish = [rule_detail(r, "sv") for r in results]
    english = [rule_detail(r, "en") for r in results]
    assert len(set(swedish)) == len(set(english)) == 6
    assert all(sv != en for sv, en in zip(swedish, english))


# --- what analyze, compare and the maps take from the check -----------------------------


def test_report_section_names_the_agreement_and_lists_gaps_first():
    text = format_check_section(check_networks([NETWORK], norm_of_four()))
    assert text.startswith("## Jämfört med den regionala överenskommelsen\n\nKartläggningen hålls mot N (x)")
    table = text.split("### Kommun K", 1)[1]
    assert table.index("| saknas | gap | G |") < table.index("| uppfylld | ok | O |")


def test_comparison_sets_statuses_side_by_side():
    other = Dataset(
        {"k": Kommun("k", "Kommun L")},
        {a.id: a for a in ACTORS if a.id != "jour"} | {"jour": actor("jour", "kvinnojour", "ideell")},
        LINKS + (link(9, "jour", "polis", 1, ["individ"]),),
        FORUMS,
    )
    a = check_network(NETWORK, norm_of_four())
    b = check_network(build_network(other, "k"), norm_of_four())
    assert format_check_comparison(a, b).splitlines() == [
        "Regel                    Kommun K     Kommun L",
        "-----------------------  -----------  -----------",
        "gap                      saknas       uppfylld",
        "ok                       uppfylld     uppfylld",
        "unmapped                 ej kartlagd  ej kartlagd",
        "advice (rekommendation)  saknas       uppfylld",
    ]


def test_map_overlay_highlights_below_and_one_way_pairs_and_lists_missing_and_partly():
    norm = Norm(
        "n",
        "N",
        None,
        (
            Rule("below", "B", a=SOCIAL, b=sel(types=["polis"]), min_level=4),
            Rule("oneway", "O", a=sel(types=["beroendevard"]), b=SOCIAL),
            Rule("partly", "P", a=SOCIAL, b=sel(types=["polis"]), each="a"),
            Rule("missing", "M", a=sel(types=["kvinnojour"]), b=sel(types=["polis"])),
            Rule("advice", "A", a=sel(types=["kvinnojour"]), b=sel(types=["polis"]), min_level=4, required=False),
        ),
    )
    overlay = map_overlay(check_network(NETWORK, norm))
    assert [(p["rule"], p["pairs"]) for p in overlay["pairs"]] == [
        ("below", [["ifo", "polis"]]),
        ("oneway", [["beroende", "ifo"]]),
    ]
    assert [(r["rule"], r["status"]) for r in overlay["rules"]] == [("missing", "missing"), ("partly", "partly")]


def test_report_section_in_english_escapes_the_names():
    norm = Norm("n", "N <b>", None, (Rule("ok", "O", a=SOCIAL, b=sel(types=["polis"])),))
    text = format_check_section(check_networks([NETWORK], norm), "en")
    assert text.startswith("## Compared with the regional agreement\n\nThe mapping is held against N \\<b\\>, rule by")
    assert (
        "| met | ok | O |  | 1 pair meets it (level 1 or higher), e.g. ifo – polis; "
        "the pairs also meet in forums: samrad |"
    ) in text


# --- what a pair rule rests on: links or forums ----------------------------------


def test_a_pair_met_only_through_a_forum_names_the_forum():
    # ifo–bup reach level 3 by their own link; ifo–polis only through the samråd forum
    # (their link is level 2), so 1 of the 2 pairs rests on a forum alone.
    r = judge(a=sel(types=["ifo"]), b=sel(types=["polis", "bup"]), min_level=3)
    assert r.status == "met"
    assert r.pairs == (("ifo", "bup"), ("ifo", "polis"))
    assert (r.forums, r.forum_only_pairs, r.forum_only_forums) == (("samrad",), 1, ("samrad",))
    assert result_detail(r, "sv").endswith("; 1 av paren når det bara genom forum: samrad")
    assert result_detail(r, "en").endswith("; 1 of the pairs reach it only through forums: samrad")
    assert _result_json(r, "sv")["forums"] == ["samrad"]


def test_a_pair_met_by_its_own_link_names_no_forum():
    # ifo–bup: only their level-3 link. ifo–polis at level 2: their own link reaches it and so
    # does the samråd forum, so the forum is named but no pair rests on it alone.
    r = judge(a=sel(types=["ifo"]), b=sel(types=["bup"]), min_level=3)
    assert (r.forums, r.forum_only_pairs) == ((), 0)
    assert "forum" not in result_detail(r, "sv")
    both = judge(a=sel(types=["ifo"]), b=sel(types=["polis"]), min_level=2)
    assert (both.forums, both.forum_only_pairs) == (("samrad",), 0)
    assert result_detail(both, "sv").endswith("; paren möts också i forum: samrad")


def test_a_one_way_rule_never_rests_on_forums():
    # bvc sends ifo an orosanmälan and both sit in one forum: the rule rests on the report alone.
    actors = {a.id: a for a in (actor("ifo", "ifo", "kommun"), actor("bvc", "bvc", "region"))}
    dataset = Dataset(
        {"k": Kommun("k", "Kommun K")},
        actors,
        (link(0, "bvc", "ifo", kind="orosanmalan"),),
        (Forum("f", "F", ("ifo", "bvc"), 2, frozenset({"individ"}), kommuner=K),),
    )
    rule = Rule("r", "R", "ref", kind="orosanmalan", a=sel(types=["bvc"]), b=sel(types=["ifo"]))
    result = check_network(build_network(dataset, "k"), Norm("n", "N", None, (rule,))).results[0]
    assert (result.status, result.pairs) == ("met", (("bvc", "ifo"),))
    assert (result.forums, result.forum_only_pairs) == ((), 0)
    assert "forum" not in result_detail(result, "sv")
