"""Merging questionnaire answers into a mapping: the reports, links and review list computed by hand.

The scenario (tests/fixtures/enkat): IFO, Skolan, Kvinnojouren and Polisen (regional) in Kommun K;
IFO–Polisen is mapped at level 2, and IFO and Polisen sit in the forum Samråd om barn.

- IFO (chef): Skolan ja 2 struktur; Kvinnojouren ja 3 båda, rests on one person; Polisen ja 2 individ;
  the forum ja 3, "varje månad".
- Skolan (no role): IFO ja 2; Kvinnojouren nej; sends orosanmälan to IFO.
- Kvinnojouren (medarbetare): IFO ja 4; Skolan vet ej; writes in "Frivården" at level 2.
- Polisen does not answer.

By hand: IFO–Skolan is a new link reported by both at 2; IFO–Kvinnojouren a new link with reports 3
(IFO) and 4 (jour); Skolan–Kvinnojouren has no link (one nej, one vet ej); IFO–Polisen gets IFO's
report; Skolan→IFO a new orosanmälan with Skolan's report; the forum IFO's report at 3; Frivården
goes to review; three informants enkat-ifo (chef), enkat-jour (medarbetare), enkat-skola (annan).
"""

from __future__ import annotations

from samnet.load.forms import ActorAnswer, FormAnswers, ForumAnswer, MissingAnswer
from samnet.write.merge_forms import merge_forms

CELL = "Organisationer!A2"
RECORDS = {
    "kommuner": [{"id": "k", "name": "Kommun K"}],
    "actors": [
        {"id": "ifo", "kommun": "k"},
        {"id": "skola", "kommun": "k"},
        {"id": "jour", "kommun": "k"},
        {"id": "polis"},
    ],
    "links": [{"source": "ifo", "target": "polis", "level": 2, "scope": "individ", "kommun": "k"}],
    "forums": [{"id": "samrad", "name": "Samråd om barn", "members": ["ifo", "polis"], "level": 3}],
}
BOTH = frozenset({"individ", "struktur"})


def forms():
    ifo = FormAnswers(
        "ifo.xlsx",
        "k",
        "ifo",
        "ifo",
        "chef",
        "2026-12-01",
        [
            ActorAnswer("skola", CELL, "ja", 2, frozenset({"struktur"})),
            ActorAnswer("jour", CELL, "ja", 3, BOTH, person_dependent=True),
            ActorAnswer("polis", CELL, "ja", 2, frozenset({"individ"})),
        ],
        [ForumAnswer("samrad", CELL, "ja", "varje månad", 3)],
    )
    skola = FormAnswers(
        "skola.xlsx",
        "k",
        "skola",
        "skola",
        None,
        "2026-12-02",
        [
            ActorAnswer("ifo", CELL, "ja", 2),
            ActorAnswer("jour", CELL, "nej", None, one_way=()),
            ActorAnswer("polis", CELL),
        ],
    )
    skola.actors[0] = ActorAnswer("ifo", CELL, "ja", 2, one_way=("orosanmalan",))
    jour = FormAnswers(
        "jour.xlsx",
        "k",
        "jour",
        "jour",
        "medarbetare",
        "2026-12-03",
        [ActorAnswer("ifo", CELL, "ja", 4), ActorAnswer("skola", CELL, None)],
        missing=[MissingAnswer("Frivården", "Saknas på listan!A2", 2)],
    )
    return [ifo, skola, jour]


def test_every_answer_becomes_the_report_computed_by_hand():
    merged = merge_forms(RECORDS, forms()).records
    assert merged["links"] == [
        {
            "source": "ifo",
            "target": "polis",
            "level": 2,
            "scope": "individ",
            "kommun": "k",
            "reports": [{"by": "enkat-ifo", "level": 2, "scope": "individ", "ref": "enkät 2026-12-01"}],
        },
        {
            "source": "ifo",
            "target": "skola",
            "ref": "enkät",
            "reports": [
                {"by": "enkat-ifo", "level": 2, "scope": "struktur", "ref": "enkät 2026-12-01"},
                {"by": "enkat-skola", "level": 2, "ref": "enkät 2026-12-02"},
            ],
        },
        {
            "source": "ifo",
            "target": "jour",
            "ref": "enkät",
            "reports": [
                {
                    "by": "enkat-ifo",
                    "level": 3,
                    "scope": ["individ", "struktur"],
                    "person_dependent": True,
                    "ref": "enkät 2026-12-01",
                },
                {"by": "enkat-jour", "level": 4, "ref": "enkät 2026-12-03"},
            ],
        },
        {
            "source": "skola",
            "target": "ifo",
            "kind": "orosanmalan",
            "ref": "enkät",
            "reports": [{"by": "enkat-skola", "ref": "enkät 2026-12-02"}],
        },
    ]
    assert merged["forums"][0]["reports"] == [
        {"by": "enkat-ifo", "level": 3, "note": "varje månad", "ref": "enkät 2026-12-01"}
    ]
    assert merged["informants"] == [
        {"id": "enkat-ifo", "actor": "ifo", "role": "chef", "ref": "enkät 2026-12-01"},
        {"id": "enkat-jour", "actor": "jour", "role": "medarbetare", "ref": "enkät 2026-12-03"},
        {"id": "enkat-skola", "actor": "skola", "role": "annan", "ref": "enkät 2026-12-02"},
    ]


def test_a_nej_on_both_sides_makes_no_link_and_a_nej_disputes_an_existing_one():
    jour_says_no = FormAnswers("j.xlsx", "k", "jour", "jour", None, None, [ActorAnswer("skola", CELL, "nej")])
    skola_says_no = FormAnswers("s.xlsx", "k", "skola", "skola", None, None, [ActorAnswer("jour", CELL, "nej")])
    assert len(merge_forms(RECORDS, [jour_says_no, skola_says_no]).records["links"]) == 1
    polis_says_no = FormAnswers("p.xlsx", "k", "polis", "polis", None, None, [ActorAnswer("ifo", CELL, "nej")])
    link = merge_forms(RECORDS, [polis_says_no]).records["links"][0]
    assert link["reports"] == [{"by": "enkat-polis", "level": 0, "ref": "enkät"}]


def test_organisations_written_in_go_to_review_and_are_never_created():
    result = merge_forms(RECORDS, forms())
    assert [(form.by, missing.name) for form, missing in result.review] == [("jour", "Frivården")]
    assert {a["id"] for a in result.records["actors"]} == {"ifo", "skola", "jour", "polis"}


def test_merging_the_same_forms_twice_changes_nothing():
    once = merge_forms(RECORDS, forms()).records
    assert merge_forms(once, forms()).records == once


def test_a_second_form_from_one_respondent_replaces_the_first_and_says_so():
    earlier, later = forms()[0], forms()[0]
    later.path, later.date = "ifo-ny.xlsx", "2026-12-05"
    later.actors = [ActorAnswer("skola", CELL, "ja", 3)]
    result = merge_forms(RECORDS, [later, earlier])
    assert [(old.path, new.path) for old, new in result.replaced] == [("ifo.xlsx", "ifo-ny.xlsx")]
    ifo_skola = [link for link in result.records["links"] if link["target"] == "skola"]
    assert ifo_skola[0]["reports"] == [{"by": "enkat-ifo", "level": 3, "ref": "enkät 2026-12-05"}]
    assert not any(link["target"] == "jour" for link in result.records["links"])


def test_a_form_with_problems_is_not_merged():
    broken = forms()[0]
    broken.problems = ["something"]
    assert merge_forms(RECORDS, [broken]).records["links"] == RECORDS["links"]


def test_a_respondent_outside_a_forum_who_takes_part_joins_it():
    jour = FormAnswers("j.xlsx", "k", "jour", "jour", None, None, [], [ForumAnswer("samrad", CELL, "ja", None, 2)])
    result = merge_forms(RECORDS, [jour])
    assert result.records["forums"][0]["members"] == ["ifo", "polis", "jour"]
    assert result.joined == [("jour", "samrad")]
