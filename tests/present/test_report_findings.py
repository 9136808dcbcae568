"""Each finding rule on hand-made kommuner: where it must fire (with the figures counted by hand) and where not.

Every fixture is a few lines; the expected figures are counted from those
lines in the comments, never from samnet.
"""

from __future__ import annotations

import pytest

from samnet.core.model import Actor, Dataset, Forum, Kommun, Link
from samnet.core.network import build_network
from samnet.measure.metrics import analyze_network
from samnet.present.report.findings import RULES, findings, join_names

K = frozenset({"k"})


def _actor(i: str, kind: str = "ifo", huvudman: str = "kommun") -> Actor:
    return Actor(i, i.upper(), kind, huvudman, "k")


def _link(
    i: int, s: str, t: str, kind: str = "samverkan", level: int | None = 2, scopes=("individ",), pd: bool = False
) -> Link:
    if kind != "samverkan":
        level, scopes = None, ()
    return Link(i, s, t, kind, level, frozenset(scopes), pd, frozenset(), K)


def _run(actors, links=(), forums=(), lang="sv"):
    ds = Dataset({"k": Kommun("k", "Kommun K")}, {a.id: a for a in actors}, tuple(links), tuple(forums))
    net = build_network(ds, "k")
    return {f.rule: f for f in findings(analyze_network(net), net, lang)}


def test_no_ties_fires_nothing():
    assert _run([_actor("a"), _actor("b")]) == {}


def test_every_rule_is_listed_once():
    assert len({rule.__name__ for rule in RULES}) == len(RULES) == 12


# -- orosanmalan ------------------------------------------------------------------------------------


def test_orosanmalan_counts_reports_and_those_without_samverkan():
    # f->i and s->i are orosanmälningar, s->i also has samverkan (s–i level 2), p->i is a polisanmälan.
    # So N = 2 of M = 3 one-way links; K = 1 (only f–i has no samverkan).
    found = _run(
        [_actor("i"), _actor("f", "forskola"), _actor("s", "skola"), _actor("p", "polis", "stat")],
        [
            _link(0, "f", "i", "orosanmalan"),
            _link(1, "s", "i", "orosanmalan"),
            _link(2, "s", "i"),
            _link(3, "p", "i", "polisanmalan"),
        ],
    )["orosanmalan"]
    assert found.figures == {"orosanmalan": 2, "one_way_links": 3, "alone": 1, "alone_but_working_with_social": 0}
    assert found.text == (
        "I Kommun K är 2 av 3 envägslänkar orosanmälningar; 1 av dem går mellan aktörer som inte samverkar i övrigt."
    )


def test_orosanmalan_says_when_the_reporter_works_with_another_unit_of_socialtjansten():
    # f reports to barn (b) but works with vuxen (v); s reports to b with nothing else. K = 2, of them 1 (f)
    # from an actor with samverkan elsewhere in socialtjänsten (000 §5.3: every reporter also works with IFO).
    found = _run(
        [_actor("b"), _actor("v"), _actor("f", "forskola"), _actor("s", "skola")],
        [_link(0, "f", "b", "orosanmalan"), _link(1, "s", "b", "orosanmalan"), _link(2, "f", "v")],
    )["orosanmalan"]
    assert found.figures["alone"] == 2 and found.figures["alone_but_working_with_social"] == 1
    assert found.text == (
        "I Kommun K är alla 2 envägslänkar orosanmälningar; alla går mellan aktörer som inte samverkar i övrigt "
        "(1 av dem från en aktör som samverkar med en annan enhet inom socialtjänsten)."
    )


def test_orosanmalan_all_and_none_alone():
    # Both one-way links are orosanmälningar and both pairs also have samverkan: K = 0.
    found = _run(
        [_actor("i"), _actor("f", "forskola"), _actor("s", "skola")],
        [_link(0, "f", "i", "orosanmalan"), _link(1, "s", "i", "orosanmalan"), _link(2, "f", "i"), _link(3, "s", "i")],
    )["orosanmalan"]
    assert found.text == (
        "I Kommun K är alla 2 envägslänkar orosanmälningar; ingen av dem går mellan aktörer som saknar annan samverkan."
    )


def test_orosanmalan_through_a_forum_counts_as_other_samverkan():
    # f and i sit in one forum, so their orosanmälan is not the pair's only contact: K = 0.
    forum = Forum("fo", "Forum", ("f", "i"), 2, frozenset({"struktur"}), kommuner=K)
    found = _run([_actor("i"), _actor("f", "forskola")], [_link(0, "f", "i", "orosanmalan")], [forum])["orosanmalan"]
    assert found.figures["alone"] == 0
    assert found.text.endswith("paret samverkar också i övrigt.")


def test_orosanmalan_does_not_fire_on_other_one_way_links():
    found = _run([_actor("i"), _actor("p", "polis", "stat")], [_link(0, "p", "i", "polisanmalan")])
    assert "orosanmalan" not in found


def test_orosanmalan_in_english():
    found = _run([_actor("i"), _actor("f", "forskola")], [_link(0, "f", "i", "orosanmalan")], lang="en")
    assert found["orosanmalan"].text == (
        "In Kommun K, the only one-way link is a report of concern; it joins actors with no samverkan otherwise."
    )


# -- social_only, one_way_only ------------------------------------------------------------------------


def test_social_only_names_actors_that_reach_ifo_only_by_reports():
    # f reports to i and has samverkan only with s (not social services): it fires for f.
    # s reports to i and also has samverkan with i: not listed.
    found = _run(
        [_actor("i"), _actor("f", "forskola"), _actor("s", "skola")],
        [_link(0, "f", "i", "orosanmalan"), _link(1, "s", "i", "orosanmalan"), _link(2, "f", "s"), _link(3, "s", "i")],
    )
    assert found["social_only"].figures == {"actors": 1}
    assert found["social_only"].text == (
        "I Kommun K når 1 aktör socialtjänsten bara genom orosanmälan eller annan envägslänk: F."
    )
    assert "one_way_only" not in found  # f has samverkan with s


def test_social_only_does_not_fire_when_every_reporter_also_collaborates():
    found = _run([_actor("i"), _actor("f", "forskola")], [_link(0, "f", "i", "orosanmalan"), _link(1, "f", "i")])
    assert "social_only" not in found


def test_forum_reports_names_forum_members_that_only_report():
    """i (IFO), v (BVC), p (polis): forum {i, v}; v → i orosanmälan; p–i level 2 link, p → i information.

    v meets social services only in the forum and reports: named. p is direct: not named."""
    forum = Forum("f", "F", ("i", "v"), 2, frozenset({"struktur"}), kommuner=K)
    links = [_link(0, "v", "i", "orosanmalan"), _link(1, "p", "i"), _link(2, "p", "i", "information")]
    actors = [_actor("i"), _actor("v", "bvc", "region"), _actor("p", "polis", "stat")]
    found = _run(actors, links, [forum])
    assert found["forum_reports"].figures == {"actors": 1}
    assert found["forum_reports"].text == (
        "I Kommun K möter 1 aktör socialtjänsten bara i forum och skickar i övrigt "
        "bara orosanmälan eller annan envägslänk dit: V."
    )
    assert _run(actors, links, [forum], "en")["forum_reports"].text == (
        "In Kommun K, 1 actor meets social services only in forums and otherwise only sends them reports of "
        "concern or other one-way links: V."
    )
    # Without the report, v is still forum only but sends nothing: no sentence.
    assert "forum_reports" not in _run(actors, links[1:], [forum])


def test_one_way_only_lists_actors_without_samverkan():
    # f and i have only the report between them: both are one-way only.
    found = _run([_actor("i"), _actor("f", "forskola")], [_link(0, "f", "i", "orosanmalan")])
    assert found["one_way_only"].figures == {"actors": 2}
    assert found["one_way_only"].text == "I Kommun K har 2 aktörer bara envägslänkar och ingen samverkan: F och I."


# -- person_dependent ---------------------------------------------------------------------------------


def test_person_dependent_with_isolated_actor():
    # a–b (pd) and b–c: without a–b, a is isolated; pairs a–b and a–c are lost: 2.
    found = _run([_actor("a"), _actor("b"), _actor("c")], [_link(0, "a", "b", pd=True), _link(1, "b", "c")])
    f = found["person_dependent"]
    assert f.figures == {"person_dependent_ties": 1, "samverkan_ties": 2, "isolated": 1, "pairs_disconnected": 2}
    assert f.text == (
        "I Kommun K är 1 av 2 samverkande aktörspar personbundet; utan dem blir 1 aktör isolerad (A) "
        "och 2 aktörspar kan inte längre nå varandra."
    )


def test_person_dependent_in_a_cycle_loses_nothing():
    # a–b (pd), b–c, c–a: a triangle; without a–b everyone still reaches everyone.
    found = _run(
        [_actor("a"), _actor("b"), _actor("c")], [_link(0, "a", "b", pd=True), _link(1, "b", "c"), _link(2, "c", "a")]
    )
    assert found["person_dependent"].text.endswith("utan dem förlorar inga aktörspar kontakten med varandra.")


def test_person_dependent_bridge_without_isolation():
    # a–b, c–d, b–c (pd): cutting b–c isolates nobody but splits {a,b} from {c,d}: 4 pairs.
    found = _run([_actor(x) for x in "abcd"], [_link(0, "a", "b"), _link(1, "c", "d"), _link(2, "b", "c", pd=True)])
    assert found["person_dependent"].figures["pairs_disconnected"] == 4
    assert "ingen aktör isolerad, men 4 aktörspar" in found["person_dependent"].text


def test_person_dependent_in_a_network_already_in_parts_claims_no_full_reach():
    """Reviewer's case: a triangle a–b (pd), b–c, c–a beside d, e that share only an information link.

    Before: 3 parts of the samverkan graph ({a,b,c}, {d}, {e}); without a–b still 3, no pair lost.
    The sentence must not say every pair can reach each other (d cannot reach a).
    """
    actors = [_actor(x) for x in "abcde"]
    links = [_link(0, "a", "b", pd=True), _link(1, "b", "c"), _link(2, "c", "a"), _link(3, "d", "e", "information")]
    for lang, expected in (
        (
            "sv",
            "I Kommun K är 1 av 3 samverkande aktörspar personbundet; "
            "utan dem förlorar inga aktörspar kontakten med varandra.",
        ),
        (
            "en",
            "In Kommun K, 1 of 3 collaborating pairs of actors is person-dependent; "
            "without them no pair of actors that could reach each other loses contact.",
        ),
    ):
        f = _run(actors, links, lang=lang)["person_dependent"]
        assert f.figures["pairs_disconnected"] == 0
        assert f.text == expected
        assert "alla aktörspar" not in f.text and "every pair" not in f.text


def test_person_dependent_plural_and_one_lost_pair_in_english():
    # a–b (pd), a–c (pd): 2 of 2 pairs; without them a, b, c are all isolated; pairs a–b, a–c, b–c lost: 3.
    # d–e (pd) alone: 1 of 1 pair; without it both are isolated and 1 pair is lost.
    found = _run([_actor(x) for x in "abc"], [_link(0, "a", "b", pd=True), _link(1, "a", "c", pd=True)], lang="en")
    assert found["person_dependent"].text.startswith("In Kommun K, 2 of 2 collaborating pairs of actors are ")
    assert found["person_dependent"].text.endswith("and 3 pairs of actors could no longer reach each other.")
    one = _run([_actor("d"), _actor("e")], [_link(0, "d", "e", pd=True)], lang="en")["person_dependent"]
    assert one.text.endswith("(D and E) and 1 pair of actors could no longer reach each other.")
    sv = _run([_actor(x) for x in "abc"], [_link(0, "a", "b", pd=True), _link(1, "a", "c", pd=True)])
    assert "2 av 2 samverkande aktörspar personbundna;" in sv["person_dependent"].text


def test_english_singular_verbs_for_one_item():
    """f sends one orosanmälan and one information link to i; they have one level-3 individ link.

    One-way links 2, orosanmälan 1 (the pair also collaborates); described ties 1, of which 1 at level 3–4,
    0 at level 4; scopes individ 1, struktur 0, both 0; central: 2 actors share strength 3."""
    found = _run(
        [_actor("i"), _actor("f", "forskola")],
        [_link(0, "f", "i", "orosanmalan"), _link(1, "f", "i", "information"), _link(2, "f", "i", level=3)],
        lang="en",
    )
    assert found["orosanmalan"].text == (
        "In Kommun K, 1 of 2 one-way links is a report of concern; the pair also has samverkan."
    )
    assert found["trappa"].text.startswith("In Kommun K, 1 of 1 described ties (100%) reaches level 3 or 4 ")
    assert "; 0 reach level 4." in found["trappa"].text
    assert found["scopes"].text == (
        "In Kommun K, 1 of 1 described ties is about individual cases only, 0 are structural only and 0 are both."
    )


def test_orosanmalan_one_of_several_alone_in_english():
    # Reports f→i and g→i; g–i also collaborates: 1 of the 2 reports joins actors with no samverkan.
    actors = [_actor("i"), _actor("f", "forskola"), _actor("g", "skola")]
    links = [_link(0, "f", "i", "orosanmalan"), _link(1, "g", "i", "orosanmalan"), _link(2, "g", "i")]
    found = _run(actors, links, lang="en")
    assert found["orosanmalan"].text == (
        "In Kommun K, all 2 one-way links are reports of concern; 1 of them joins actors with no samverkan otherwise."
    )


def test_forum_with_one_member_is_singular():
    # A forum of one member (a lone seat the data records) is "1 medlem", "1 member".
    solo = Forum("solo", "Ensam", ("a",), 2, frozenset({"struktur"}), kommuner=K)
    found = _run([_actor("a"), _actor("b")], [_link(0, "a", "b")], forums=[solo])
    assert found["forums"].text == "I Kommun K finns 1 forum: Ensam, med 1 medlem."
    assert (
        _run([_actor("a"), _actor("b")], [_link(0, "a", "b")], forums=[solo], lang="en")["forums"].text
        == "Kommun K has 1 forum: Ensam, with 1 member."
    )


def test_person_dependent_does_not_fire_without_such_ties():
    assert "person_dependent" not in _run([_actor("a"), _actor("b")], [_link(0, "a", "b")])


# -- trappa, scopes -----------------------------------------------------------------------------------


def test_trappa_counts_levels_three_and_four():
    # Levels 1, 2, 3, 4 on four pairs: 2 of 4 (50 %) at 3 or 4, 1 at 4.
    actors = [_actor(x) for x in "abcde"]
    links = [
        _link(0, "a", "b", level=1),
        _link(1, "b", "c", level=2),
        _link(2, "c", "d", level=3),
        _link(3, "d", "e", level=4),
    ]
    found = _run(actors, links)
    assert found["trappa"].figures == {"high": 2, "described_ties": 4, "level_4": 1}
    assert found["trappa"].text == (
        "I Kommun K når 2 av 4 beskrivna samverkansband (50 %) nivå 3 eller 4 på "
        "samverkanstrappan (samarbete eller samverkan); 1 når nivå 4. Varje länk och "
        "varje forum räknas en gång."
    )


def test_trappa_counts_a_forum_once():
    # A level-3 forum of a, b, c (3 pairs) and a level-1 link a–d: 2 described ties, 1 of them at level 3.
    forum = Forum("fo", "Forum", ("a", "b", "c"), 3, frozenset({"struktur"}), kommuner=K)
    found = _run([_actor(x) for x in "abcd"], [_link(0, "a", "d", level=1)], [forum])
    assert found["trappa"].figures == {"high": 1, "described_ties": 2, "level_4": 0}
    assert found["scopes"].figures == {"individ": 1, "struktur": 1, "both": 0, "described_ties": 2}


def test_scopes_counts_each_class():
    # a–b individ, b–c struktur, c–d both.
    found = _run(
        [_actor(x) for x in "abcd"],
        [
            _link(0, "a", "b"),
            _link(1, "b", "c", scopes=("struktur",)),
            _link(2, "c", "d", scopes=("individ", "struktur")),
        ],
    )
    assert found["scopes"].figures == {"individ": 1, "struktur": 1, "both": 1, "described_ties": 3}


def test_trappa_and_scopes_do_not_fire_without_samverkan():
    found = _run([_actor("i"), _actor("f", "forskola")], [_link(0, "f", "i", "orosanmalan")])
    assert "trappa" not in found and "scopes" not in found and "central" not in found


# -- central --------------------------------------------------------------------------------------------


def test_central_names_the_strongest_actor():
    # b has a–b (3) and b–c (2): strength 5, degree 2 of 2 others; a 3, c 2.
    found = _run([_actor(x) for x in "abc"], [_link(0, "a", "b", level=3), _link(1, "b", "c", level=2)])
    assert found["central"].text == (
        "Mest central i Kommun K är B: samverkan med 2 av 2 andra aktörer, "
        "styrka 5 (summan av nivåerna, varje forum en gång)."
    )


def test_central_lists_ties_at_the_top():
    # a–b only: both have strength 2. The sentence must not pick one of them.
    found = _run([_actor("a"), _actor("b")], [_link(0, "a", "b")])
    assert found["central"].figures["tied"] == 2
    assert found["central"].text == "I Kommun K delar 2 aktörer den högsta styrkan, 2: A och B."


# -- forums ----------------------------------------------------------------------------------------------


def test_forums_names_the_largest():
    big = Forum("big", "Stora gruppen", ("a", "b", "c"), 2, frozenset({"struktur"}), kommuner=K)
    small = Forum("small", "Lilla", ("a", "b"), 2, frozenset({"struktur"}), kommuner=K)
    found = _run([_actor(x) for x in "abc"], forums=[big, small])
    assert found["forums"].text == "I Kommun K finns 2 forum; det största, Stora gruppen, har 3 medlemmar."


def test_forums_equal_size_names_all_largest():
    one = Forum("one", "Ett", ("a", "b"), 2, frozenset({"struktur"}), kommuner=K)
    two = Forum("two", "Två", ("b", "c"), 2, frozenset({"struktur"}), kommuner=K)
    found = _run([_actor(x) for x in "abc"], forums=[one, two])
    assert found["forums"].text == "I Kommun K finns 2 forum; de största har 2 medlemmar var: Ett och Två."


def test_forums_does_not_fire_without_forums():
    assert "forums" not in _run([_actor("a"), _actor("b")], [_link(0, "a", "b")])


@pytest.mark.parametrize(
    "names, expected",
    [
        ([], ""),
        (["A"], "A"),
        (["A", "B"], "A och B"),
        (list("ABCDE"), "A, B, C, D och 1 till"),
    ],
)
def test_join_names(names, expected):
    assert join_names(names) == expected
