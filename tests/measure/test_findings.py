"""The comparison by function: every sentence checked against figures recounted from the networks.

The checkers below recount each finding's figures straight from the two
networks' links and forums (not from samnet.measure.comparison_figures), in the order the
sentence quotes them, and the test compares them with the integers the
sentence contains.
"""

from __future__ import annotations

import re

import pytest
from conftest import DATA

from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
from samnet.core.network import build_network
from samnet.core.vocab import FUNCTION_OF, FUNCTIONS, TYPES
from samnet.load.dataset import load_dataset
from samnet.measure.comparison_figures import compare_findings
from samnet.measure.organisations import organisations
from samnet.present.comparison_text import _weak_clause, finding_sentence, finding_sentences, mapped_sentence, percent

IND, STR = frozenset({"individ"}), frozenset({"struktur"})


def numbers(sentence: str) -> list[int]:
    # Names in the bundled data carry no digits, so every integer is a figure (or a level).
    return [int(n) for n in re.findall(r"\d+", sentence)]


def ties(net):
    return [*net.links, *net.forums]


def members(tie):
    return tie.members if isinstance(tie, Forum) else (tie.source, tie.target)


def functions_of(net, tie):
    return {FUNCTION_OF[net.actors[m].type] for m in members(tie)}


def social(net):
    return {a for a, x in net.actors.items() if TYPES[x.type].group == "social"}


def tiers(net):
    soc = social(net)
    out = {"direct": 0, "forum_only": 0, "one_way_only": 0, "none": 0}
    for a in set(net.actors) - soc:
        if any({lk.source, lk.target} & soc and a in (lk.source, lk.target) for lk in net.links):
            out["direct"] += 1
        elif any(f.colocated and soc & set(f.members) and a in f.members for f in net.forums):
            out["direct"] += 1  # sitting with socialtjänsten (samlokalisering) is direct contact
        elif any(soc & set(f.members) and a in f.members for f in net.forums):
            out["forum_only"] += 1
        elif any({lk.source, lk.target} & soc and a in (lk.source, lk.target) for lk in net.one_way):
            out["one_way_only"] += 1
        else:
            out["none"] += 1
    return out


def reporting(net):
    """Actors outside social services that meet them only in forums and send them one-way links."""
    soc = social(net)
    linked = {a for lk in net.links if {lk.source, lk.target} & soc for a in (lk.source, lk.target)}
    linked |= {m for f in net.forums if f.colocated and soc & set(f.members) for m in f.members}
    seated = {m for f in net.forums if soc & set(f.members) for m in f.members}
    senders = {lk.source for lk in net.one_way if lk.target in soc}
    return len((seated & senders) - linked - soc)


def expected(finding, na, nb):
    """The integers the finding's sentence must quote, recounted from the networks."""
    key, v = finding["key"], finding["values"]
    both = (na, nb)
    if key == "focus":
        return []  # the areas by name: no figures
    if key == "colocation":
        return [sum(t.colocated for t in ties(n)) for n in both]
    if key == "person_dependence":
        links = [sum(lk.person_dependent for lk in n.links) for n in both]
        pairs = [sum(d["person_dependent"] for *_, d in n.samverkan.edges(data=True)) for n in both]
        return [links[0], links[1], pairs[0], pairs[1]]
    if key == "reach":
        ta, tb = tiers(na), tiers(nb)
        out = [
            ta["direct"],
            sum(ta.values()),
            tb["direct"],
            sum(tb.values()),
            ta["forum_only"],
            tb["forum_only"],
            ta["one_way_only"],
            tb["one_way_only"],
            ta["none"],
            tb["none"],
        ]
        for n in both:
            count = reporting(n)
            out += [count] + ([count - 4] if count > 4 else [])  # join_names: "A, B, C, D och N till"
        return out
    if key in ("high_levels", "area_share"):
        pick = (lambda t: t.level >= 3) if key == "high_levels" else (lambda t: v["area"] in t.areas)
        out = [3, 4] if key == "high_levels" else []
        for n in both:
            part, whole = sum(1 for t in ties(n) if pick(t)), len(ties(n))
            out += [percent(part, whole), part, whole]
        return out
    if key == "area_forums":
        out = []
        for n in both:
            mine = [f for f in n.forums if v["area"] in f.areas]
            out += [len(mine)] + ([max(f.level for f in mine)] if mine else [])
        for n in both:
            part, whole = sum(v["area"] in t.areas for t in ties(n)), len(ties(n))
            out += [percent(part, whole), part, whole]
        return out
    if key == "level4_internal":
        counts = []
        for n in both:
            orgs = organisations(n)
            top = [t for t in ties(n) if t.level == 4]
            inside = sum(len({orgs[m] for m in members(t)}) == 1 for t in top)
            counts.append((inside, len(top) - inside))
        return [4, counts[0][0], counts[1][0], counts[0][1], counts[1][1]]
    if key == "dominant_forum":
        out = []
        for n in both:
            if not n.forums:
                continue  # "inget forum": no figures
            biggest = min(n.forums, key=lambda f: (-len(set(f.members)), f.id))
            size, pairs = len(set(biggest.members)), n.samverkan.number_of_edges()
            made = size * (size - 1) // 2
            out += [size, biggest.level, made, pairs, percent(made, pairs)]
            equals = sum(1 for f in n.forums if f is not biggest and len(set(f.members)) == size)
            out += [equals] if equals else []
        return out
    if key == "school_structural":
        out = []
        for n in both:
            mine = [t for t in ties(n) if functions_of(n, t) & {"skola", "forskola"}]
            structural = [t for t in mine if "struktur" in t.scopes]
            out += [len(structural), len(mine), sum(isinstance(t, Forum) for t in structural)]
        return out
    function = v["function"]
    if key == "forvaltningar_structural":
        out = []
        for n in both:
            units = {
                a
                for a, x in n.actors.items()
                if x.huvudman == "kommun" and x.kommun == n.kommun.id and FUNCTION_OF[x.type] == function
            }
            seated = units & {m for f in n.forums if "struktur" in f.scopes for m in f.members}
            out += [len(seated), len(units)]
        return out
    figures = {}
    for side, n in zip("ab", both):
        mine = [t for t in ties(n) if function in functions_of(n, t)]
        figures[side] = {
            "actors": sum(FUNCTION_OF[x.type] == function for x in n.actors.values()),
            "ties": len(mine),
            "structural": sum("struktur" in t.scopes for t in mine),
            "one_way": sum(
                function in {FUNCTION_OF[n.actors[a].type] for a in (lk.source, lk.target)} for lk in n.one_way
            ),
        }
    if key == "function_samverkan":
        has, lacks = ("a", "b") if figures["a"]["ties"] else ("b", "a")
        assert figures[lacks]["ties"] == 0  # the absence claim holds for the whole function
        return [figures[has]["ties"], figures[has]["actors"], figures[lacks]["actors"], figures[lacks]["one_way"]]
    if key == "function_structural":
        has, lacks = ("a", "b") if figures["a"]["structural"] else ("b", "a")
        assert figures[lacks]["structural"] == 0  # the absence claim holds for the whole function
        return [figures[has]["structural"], figures[has]["ties"], figures[lacks]["actors"], 0, figures[lacks]["ties"]]
    raise AssertionError(f"no checker for {key}")


def check_all(na, nb):
    comparison = compare_findings(na, nb)
    names = {"a": na.name, "b": nb.name}
    for lang in ("sv", "en"):
        for finding in comparison["findings"]:
            # The clause on one-sided ties carries the figures of finding["weak"], checked apart.
            clause = _weak_clause(finding, names, lang)
            sentence = finding_sentence(finding, names, lang).removesuffix(clause)
            if clause:
                assert numbers(clause) in ([*finding["weak"]["a"]], [*finding["weak"]["b"]]), clause
            assert na.name in sentence and nb.name in sentence, sentence
            assert numbers(sentence) == expected(finding, na, nb), (finding["key"], sentence)
            assert "0 av 0" not in sentence and "0 of 0" not in sentence, sentence
        for row in comparison["mapped"]:
            sentence = mapped_sentence(row, names, lang)
            side = na if row["side"] == "a" else nb
            other = nb if row["side"] == "a" else na
            count = sum(FUNCTION_OF[x.type] == row["function"] for x in side.actors.values())
            assert numbers(sentence) == [count], sentence
            assert not any(FUNCTION_OF[x.type] == row["function"] for x in other.actors.values())
    return comparison


@pytest.fixture(scope="module")
def bundled():
    ds = load_dataset(DATA)
    return build_network(ds, "ljusdal"), build_network(ds, "sandviken")


def test_bundled_pair_every_sentence_matches_its_figures(bundled):
    comparison = check_all(*bundled)
    assert len(comparison["findings"]) >= 8


def test_bundled_pair_top_differences_are_the_section_6_points(bundled):
    """§6 / §5.6.2: HRV focus in Ljusdal and none in Sandviken (the source's words, first); person-dependence
    9 links (8 pairs) against 2 (2); schools far more in the structural work in Ljusdal (15 of 20 ties
    against 7 of 19); co-location "vanligare" in Hälsingland: 2 forums against Sandvikens familjecentral,
    a smaller difference that follows the forum and the unga share."""
    comparison = compare_findings(*bundled)
    top = [(f["key"], f["values"].get("area")) for f in comparison["findings"][:5]]
    assert top[0] == ("focus", None)
    assert ("person_dependence", None) in top
    assert ("school_structural", None) in top
    colocation = next(i for i, f in enumerate(comparison["findings"]) if f["key"] == "colocation")
    found = comparison["findings"][colocation]["values"]
    assert colocation == 5 and (found["a"]["ties"], found["b"]["ties"]) == (2, 1)
    # The stated focus is the HRV point; the forums on HRV (Ljusdal's level-4 En kommun fri från våld takes
    # it up, Sandviken's HRV forums reach level 3) and the share of ties (17 of 70 against 19 of 83) are not.
    hrv = next(f for f in comparison["findings"] if f["key"] == "area_forums" and f["values"]["area"] == "hrv")
    hrv = hrv["values"]
    assert (hrv["a"]["forums"], hrv["a"]["top_level"], hrv["b"]["forums"], hrv["b"]["top_level"]) == (2, 4, 3, 3)
    assert (hrv["a_area_ties"], hrv["a_ties"], hrv["b_area_ties"], hrv["b_ties"]) == (17, 70, 19, 83)
    # The share of HRV ties is close (24 % against 23 %), and if listed it never reads as Sandviken's focus.
    shares = [f["values"] for f in comparison["findings"] if f["key"] == "area_share" and f["values"]["area"] == "hrv"]
    assert all(v["a"] / v["a_ties"] > v["b"] / v["b_ties"] for v in shares)
    # Nothing resting on fewer than three items ranks above something resting on more.
    weak = [i for i, f in enumerate(comparison["findings"]) if f["evidence"] < 3]
    assert weak == list(range(len(comparison["findings"]) - len(weak), len(comparison["findings"])))
    pd = comparison["findings"][1]
    assert pd["key"] == "person_dependence" and (pd["values"]["a"], pd["values"]["b"]) == (9, 2)
    # Social services are typed ifo and socialtjanst in both kommuner: no claim about them.
    assert all(f["values"].get("function") != "social" for f in comparison["findings"])
    assert [r["function"] for r in comparison["mapped"]] == ["brottsofferjour"]


def kommun_pair(social_a: str, social_b: str, extra_b=()):
    """Kommun A types its social services ``social_a``, kommun B ``social_b``; otherwise the same.

    Each: social unit s, skola k, polis p. Links k–s level 3 struktur, p–s level 2 individ;
    forum F {s, k, p} level 2 struktur.
    """
    actors, links, forums = {}, [], []
    for kid, soc in (("a", social_a), ("b", social_b)):
        actors[f"{kid}-s"] = Actor(f"{kid}-s", "Soc", soc, "kommun", kid)
        actors[f"{kid}-k"] = Actor(f"{kid}-k", "Skola", "skola", "kommun", kid)
        actors[f"{kid}-p"] = Actor(f"{kid}-p", "Polis", "polis", "stat", kid)
        links += [
            Link(len(links), f"{kid}-k", f"{kid}-s", "samverkan", 3, STR, kommuner=frozenset({kid})),
            Link(len(links) + 1, f"{kid}-p", f"{kid}-s", "samverkan", 2, IND, kommuner=frozenset({kid})),
        ]
        forums.append(Forum(f"{kid}-f", "F", (f"{kid}-s", f"{kid}-k", f"{kid}-p"), 2, STR, kommuner=frozenset({kid})))
    for item in extra_b:
        if isinstance(item, Actor):
            actors[item.id] = item
        else:
            links.append(item)
    ds = Dataset({"a": Kommun("a", "Aby"), "b": Kommun("b", "Bby")}, actors, tuple(links), tuple(forums))
    return build_network(ds, "a"), build_network(ds, "b")


def test_ifo_on_one_side_socialtjanst_on_the_other_is_no_difference():
    """Same networks but for the social type: by function nothing differs, so no finding at all."""
    na, nb = kommun_pair("ifo", "socialtjanst")
    comparison = check_all(na, nb)
    assert comparison["findings"] == [] and comparison["mapped"] == []


def test_hand_made_pair_with_differences():
    """B adds a kvinnojour j (ideell) with a person-dependent level-1 link to social services,
    and a BVC b that only sends an orosanmälan.

    Hand count for B: described ties 3 + 1 = 4 (A: 3); person-dependent links 0 vs 1.
    Reach (actors outside social services): A k, p direct (2 of 2); B k, p, j direct, b one-way only (3 of 4).
    Levels 3–4: A 1 of 3 (33 %), B 1 of 4 (25 %). Mapped: B has Kvinno- och tjejjour and
    Mödra- och barnhälsovård (1 actor each), A none.
    """
    extra = (
        Actor("b-j", "Jour", "kvinnojour", "ideell", "b"),
        Actor("b-b", "BVC", "bvc", "region", "b"),
        Link(10, "b-j", "b-s", "samverkan", 1, IND, True, kommuner=frozenset({"b"})),
        Link(11, "b-b", "b-s", "orosanmalan", kommuner=frozenset({"b"})),
    )
    na, nb = kommun_pair("socialtjanst", "ifo", extra)
    comparison = check_all(na, nb)
    keys = {f["key"]: f["values"] for f in comparison["findings"]}
    assert keys["person_dependence"] == {"a": 0, "b": 1, "a_pairs": 0, "b_pairs": 1}
    assert keys["reach"]["a"] == {"direct": 2, "forum_only": 0, "one_way_only": 0, "none": 0}
    assert keys["reach"]["b"] == {"direct": 3, "forum_only": 0, "one_way_only": 1, "none": 0}
    assert (keys["high_levels"]["a"], keys["high_levels"]["a_ties"], keys["high_levels"]["b_ties"]) == (1, 3, 4)
    assert [(r["function"], r["side"], r["actors"]) for r in comparison["mapped"]] == [
        ("barnhalsa", "b", 1),
        ("jour", "b", 1),
    ]
    sentences = finding_sentences(comparison)
    assert sentences["mapped"][1] == (
        "Kartläggningen av Bby tar upp Kvinno- och tjejjour (1 aktör); "
        "kartläggningen av Aby tar inte upp någon aktör med den funktionen."
    )


def test_absence_claim_only_when_no_actor_of_the_function_does_it():
    """A: skola k linked to IFO s at level 2, struktur. B: skola k linked to s at level 2, individ;
    elevhälsa e linked to s at level 2, struktur.

    By type, skola is structural in A only; by function (skola and elevhälsa) both kommuner
    do structural work: no presence claim. The school finding counts 1 of 1 against 1 of 2.
    """
    actors = {
        "a-s": Actor("a-s", "IFO", "ifo", "kommun", "a"),
        "a-k": Actor("a-k", "Skola", "skola", "kommun", "a"),
        "b-s": Actor("b-s", "IFO", "ifo", "kommun", "b"),
        "b-k": Actor("b-k", "Skola", "skola", "kommun", "b"),
        "b-e": Actor("b-e", "Elevhälsa", "elevhalsa", "kommun", "b"),
    }
    links = (
        Link(0, "a-k", "a-s", "samverkan", 2, STR, kommuner=frozenset({"a"})),
        Link(1, "b-k", "b-s", "samverkan", 2, IND, kommuner=frozenset({"b"})),
        Link(2, "b-e", "b-s", "samverkan", 2, STR, kommuner=frozenset({"b"})),
    )
    ds = Dataset({"a": Kommun("a", "Aby"), "b": Kommun("b", "Bby")}, actors, links)
    comparison = check_all(build_network(ds, "a"), build_network(ds, "b"))
    assert [f["key"] for f in comparison["findings"] if f["key"].startswith("function_")] == []
    school = next(f for f in comparison["findings"] if f["key"] == "school_structural")["values"]
    assert (
        school["a"]["structural_ties"],
        school["a"]["ties"],
        school["b"]["structural_ties"],
        school["b"]["ties"],
    ) == (1, 1, 1, 2)
    assert comparison["mapped"] == []


def test_function_vocabulary_covers_every_type_once():
    listed = [t for f in FUNCTIONS.values() for t in f.types]
    assert sorted(listed) == sorted(TYPES)


def test_two_forums_tied_for_most_pairs_are_not_called_the_one():
    """A: forums F {s, a, b} and G {s, c, d}, 3 pairs each of A's 6 (50 %): tied.
    B: forum F {s, a, b} and links s–c, s–d: 3 of 5 pairs (60 %), alone."""

    def kommun(kid, forums, links=()):
        actors = {
            f"{kid}-{x}": Actor(f"{kid}-{x}", x.upper(), "ifo" if x == "s" else "skola", "kommun", kid) for x in "sabcd"
        }
        made = tuple(
            Link(i, f"{kid}-{u}", f"{kid}-{v}", "samverkan", 2, IND, kommuner=frozenset({kid}))
            for i, (u, v) in enumerate(links)
        )
        made_forums = tuple(
            Forum(f"{kid}-{fid}", fid.upper(), tuple(f"{kid}-{m}" for m in members), 2, STR, kommuner=frozenset({kid}))
            for fid, members in forums
        )
        return Dataset({kid: Kommun(kid, kid.upper())}, actors, made, made_forums)

    na = build_network(kommun("a", [("f", "sab"), ("g", "scd")]), "a")
    nb = build_network(kommun("b", [("f", "sab")], [("s", "c"), ("s", "d")]), "b")
    comparison = check_all(na, nb)
    dominant = next(f for f in comparison["findings"] if f["key"] == "dominant_forum")
    sentence = finding_sentence(dominant, {"a": "A", "b": "B"})
    assert sentence == (
        "Forumet som skapar flest par i A är F (3 medlemmar, nivå 2): 3 av 6 par, 50 % "
        "(lika många som 1 annat forum); i B F (3 medlemmar, nivå 2): 3 av 5 par, 60 %."
    )


def reviewer_pair():
    """The reviewer's hand data (5 + 4 actors).

    Aby: IFO–Polis (2, individ, personbunden), IFO–BVC (2, individ), Polis–BVC (2, individ); Skola → IFO
    orosanmälan; Jour → Polis information. Bby: Soc–Polis (3, struktur), Soc–BVC (1, individ, personbunden),
    Skola–Soc (2, struktur).
    """
    k = {"a": Kommun("a", "Aby"), "b": Kommun("b", "Bby")}
    actors = {
        i: Actor(i, i, t, h, i[0])
        for i, t, h in (
            ("a-ifo", "ifo", "kommun"),
            ("a-polis", "polis", "stat"),
            ("a-bvc", "bvc", "region"),
            ("a-skola", "skola", "kommun"),
            ("a-jour", "kvinnojour", "ideell"),
            ("b-soc", "socialtjanst", "kommun"),
            ("b-polis", "polis", "stat"),
            ("b-bvc", "bvc", "region"),
            ("b-skola", "skola", "kommun"),
        )
    }
    A, B = frozenset({"a"}), frozenset({"b"})
    links = (
        Link(0, "a-ifo", "a-polis", "samverkan", 2, IND, True, kommuner=A),
        Link(1, "a-ifo", "a-bvc", "samverkan", 2, IND, kommuner=A),
        Link(2, "a-polis", "a-bvc", "samverkan", 2, IND, kommuner=A),
        Link(3, "a-skola", "a-ifo", "orosanmalan", kommuner=A),
        Link(4, "a-jour", "a-polis", "information", kommuner=A),
        Link(5, "b-soc", "b-polis", "samverkan", 3, STR, kommuner=B),
        Link(6, "b-soc", "b-bvc", "samverkan", 1, IND, True, kommuner=B),
        Link(7, "b-skola", "b-soc", "samverkan", 2, STR, kommuner=B),
    )
    ds = Dataset(k, actors, links)
    return build_network(ds, "a"), build_network(ds, "b")


def test_school_without_ties_is_said_once_and_never_as_0_of_0():
    """Aby's school only sends an orosanmälan: 0 school ties, so no school share (it was "0 av 0 … 1 av 1",
    ranked first and repeated). The function finding says it: skola has samverkan in Bby (1 tie, 1 actor),
    none in Aby (1 actor, 1 one-way link)."""
    comparison = check_all(*reviewer_pair())
    keys = [f["key"] for f in comparison["findings"]]
    assert "school_structural" not in keys
    school = [f for f in comparison["findings"] if f["values"].get("function") == "skola"]
    assert len(school) == 1 and school[0]["key"] == "function_samverkan"
    police = next(f for f in comparison["findings"] if f["values"].get("function") == "polis")
    assert "(1 of 1 described ties is structural)" in finding_sentence(police, {"a": "Aby", "b": "Bby"}, "en")
    assert finding_sentence(school[0], {"a": "Aby", "b": "Bby"}) == (
        "Skola och elevhälsa har samverkan i Bby (1 beskrivet band, 1 aktör); i Aby har ingen aktör med den "
        "funktionen någon (1 aktör, 1 envägslänk)."
    )


def test_a_difference_on_one_item_ranks_after_differences_on_many():
    """A: IFO s with 20 level-2 individ links to skola units k0..k19, and a bostadsbolag h in a structural
    forum {s, h}. B: the same 20 links at level 3, and a bostadsbolag h not in any forum (a link h–s,
    level 2, individ).

    Levels 3–4: 0 of 21 against 20 of 21 (evidence 21). Bostadsbolag in structural forums: 1 of 1 against
    0 of 1 (one unit: evidence 1) — it must rank below the levels, though its magnitude (1) is higher.
    """
    actors, links, forums = {}, [], []
    for kid, level in (("a", 2), ("b", 3)):
        K = frozenset({kid})
        actors[f"{kid}-s"] = Actor(f"{kid}-s", "S", "ifo", "kommun", kid)
        actors[f"{kid}-h"] = Actor(f"{kid}-h", "H", "bostadsbolag", "kommun", kid)
        for i in range(20):
            actors[f"{kid}-k{i}"] = Actor(f"{kid}-k{i}", "K", "skola", "kommun", kid)
            links.append(Link(len(links), f"{kid}-k{i}", f"{kid}-s", "samverkan", level, IND, kommuner=K))
    forums.append(Forum("a-f", "F", ("a-s", "a-h"), 2, STR, kommuner=frozenset({"a"})))
    links.append(Link(len(links), "b-h", "b-s", "samverkan", 2, IND, kommuner=frozenset({"b"})))
    ds = Dataset({"a": Kommun("a", "Aby"), "b": Kommun("b", "Bby")}, actors, tuple(links), tuple(forums))
    comparison = check_all(build_network(ds, "a"), build_network(ds, "b"))
    order = [(f["key"], f["values"].get("function")) for f in comparison["findings"]]
    high = order.index(("high_levels", None))
    housing = order.index(("forvaltningar_structural", "bostad"))
    assert high < housing
    found = comparison["findings"]
    assert (found[high]["evidence"], found[housing]["evidence"]) == (21, 1)
    assert finding_sentence(found[housing], {"a": "Aby", "b": "Bby"}) == (
        "Bostadsbolag med kommunen som huvudman, i strukturella forum: 1 av 1 i Aby och 0 av 1 i Bby."
    )


def test_reach_names_who_meets_social_services_only_in_forums_and_otherwise_only_reports(bundled):
    """000 §6: informants call an orosanmälan samverkan. Sandviken's vuxenpsykiatri meets social services
    only in a forum (no samverkan link) and sends them orosanmälan. Ljusdal's Beroendecentrum and BVC sit
    with socialtjänsten (§5.5.1, co-located forums): direct contact, not "only in forums"."""
    reach = next(f for f in compare_findings(*bundled)["findings"] if f["key"] == "reach")
    names = {"a": "Ljusdals kommun", "b": "Sandvikens kommun"}
    assert (
        "Aktörer som möter socialtjänsten bara i forum och annars bara skickar orosanmälan eller annan envägslänk "
        "dit: 0 i Ljusdals kommun, 1 i Sandvikens kommun (Psykiatrisk mottagning Sandviken (vuxenpsykiatri))."
    ) in finding_sentence(reach, names)
    assert (
        "or other one-way links: 0 in Ljusdals kommun, 1 in Sandvikens kommun (Psykiatrisk mottagning Sandviken "
        "(vuxenpsykiatri))."
    ) in finding_sentence(reach, names, "en")


def test_reach_on_hand_made_pair_with_a_forum_member_that_only_reports():
    """A: IFO s, BVC v, Polis p; forum {s, v} (level 2, struktur); v → s orosanmälan; p–s level 2 link.
    B: IFO s, BVC v, Polis p; links v–s and p–s level 2.

    Reach A: p direct, v forum only and reporting (1 of 2 direct). B: both direct (2 of 2)."""
    actors, links, forums = {}, [], []
    for kid in "ab":
        K = frozenset({kid})
        actors.update(
            {
                f"{kid}-{x}": Actor(f"{kid}-{x}", f"{x.upper()}{kid}", t, h, kid)
                for x, t, h in (("s", "ifo", "kommun"), ("v", "bvc", "region"), ("p", "polis", "stat"))
            }
        )
        links.append(Link(len(links), f"{kid}-p", f"{kid}-s", "samverkan", 2, IND, kommuner=K))
    forums.append(Forum("a-f", "F", ("a-s", "a-v"), 2, STR, kommuner=frozenset({"a"})))
    links.append(Link(len(links), "a-v", "a-s", "orosanmalan", kommuner=frozenset({"a"})))
    links.append(Link(len(links), "b-v", "b-s", "samverkan", 2, IND, kommuner=frozenset({"b"})))
    ds = Dataset({"a": Kommun("a", "Aby"), "b": Kommun("b", "Bby")}, actors, tuple(links), tuple(forums))
    comparison = check_all(build_network(ds, "a"), build_network(ds, "b"))
    reach = next(f for f in comparison["findings"] if f["key"] == "reach")
    assert (reach["values"]["a_reporting_names"], reach["values"]["b_reporting_names"]) == (["Va"], [])
    assert finding_sentence(reach, {"a": "Aby", "b": "Bby"}) == (
        "Av aktörerna utanför socialtjänsten har 1 av 2 i Aby och 2 av 2 i Bby direkt samverkan med den "
        "eller sitter samlokaliserade med den; 1 respektive 0 möter den bara i forum, 0 respektive 0 bara genom envägslänkar och 0 respektive 0 inte "
        "alls. Aktörer som möter socialtjänsten bara i forum och annars bara skickar orosanmälan eller annan "
        "envägslänk dit: 1 i Aby (Va), 0 i Bby."
    )


def test_stated_focus_comes_first_and_co_location_is_counted():
    """A: focus [hrv], a co-located forum {s, v} (familjecentral); B: focus [] (none), no co-location.

    The focus difference is the source's words: first, whatever the scores. Co-location: 1 forum
    seating 2 units in A against 0 in B (000 §6: "vanligare med samlokalisering i Hälsingland")."""
    actors, links = {}, []
    for kid in "ab":
        for x, t, h in (("s", "ifo", "kommun"), ("v", "bvc", "region"), ("p", "polis", "stat")):
            actors[f"{kid}-{x}"] = Actor(f"{kid}-{x}", f"{x.upper()}{kid}", t, h, kid)
        links.append(Link(len(links), f"{kid}-p", f"{kid}-s", "samverkan", 2, IND, kommuner=frozenset({kid})))
    forum = Forum("a-fc", "Familjecentral", ("a-s", "a-v"), 2, IND, kommuner=frozenset({"a"}), colocated=True)
    kommuner = {"a": Kommun("a", "Aby", focus=frozenset({"hrv"})), "b": Kommun("b", "Bby", focus=frozenset())}
    ds = Dataset(kommuner, actors, tuple(links), (forum,))
    comparison = compare_findings(build_network(ds, "a"), build_network(ds, "b"))
    names = {"a": "Aby", "b": "Bby"}
    first = comparison["findings"][0]
    assert (first["key"], first["values"]) == ("focus", {"a": ["hrv"], "b": []})
    assert finding_sentence(first, names) == (
        "Uttalat fokus enligt kartläggningen: i Aby hedersrelaterat våld och förtryck; i Bby inget."
    )
    colocation = next(f for f in comparison["findings"] if f["key"] == "colocation")
    assert colocation["values"]["a"] == {"ties": 1, "names": ["Familjecentral"], "units": 2}
    assert finding_sentence(colocation, names, "en") == (
        "Co-location (forums where the parties sit together): 1 (Familjecentral) in Aby; 0 in Bby."
    )
    # Without a stated focus on both sides there is nothing to set side by side.
    unstated = Dataset({"a": kommuner["a"], "b": Kommun("b", "Bby")}, actors, tuple(links), (forum,))
    keys = [f["key"] for f in compare_findings(build_network(unstated, "a"), build_network(unstated, "b"))["findings"]]
    assert "focus" not in keys
