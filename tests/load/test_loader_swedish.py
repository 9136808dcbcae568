"""What a Swedish coordinator naturally writes: accepted spellings, id hints, near-miss file names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import README

from samnet.errors import DataError
from samnet.load.dataset import load_dataset

README = (README).read_text(encoding="utf-8")

ACTORS = (
    "kommuner:\n"
    "  - {id: k, name: K}\n"
    "actors:\n"
    "  - {id: ifo, name: IFO, type: ifo, huvudman: kommun, kommun: k}\n"
    "  - {id: polis, name: Polisen, type: polis, huvudman: stat}\n"
)


def write(folder: Path, links: str, actors: str = ACTORS) -> Path:
    (folder / "actors.yaml").write_text(actors, encoding="utf-8")
    (folder / "links.yaml").write_text(links, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "written, kind",
    [
        ("orosanmälan", "orosanmalan"),
        ("Orosanmälan", "orosanmalan"),
        ("polisanmälan", "polisanmalan"),
        ("hänvisning", "hanvisning"),
        ("information", "information"),
    ],
)
def test_kinds_with_swedish_letters(tmp_path, written, kind):
    write(tmp_path, f"links:\n  - {{source: ifo, target: polis, kind: {written}}}\n")
    assert load_dataset(tmp_path).links[0].kind == kind


@pytest.mark.parametrize(
    "written, value",
    [
        ("ja", True),
        ("Ja", True),
        ("nej", False),
        ("NEJ", False),
        ("true", True),
        ("false", False),
        ("yes", True),
        ("no", False),
        ('"true"', True),
    ],
)
def test_booleans_in_swedish(tmp_path, written, value):
    write(
        tmp_path, f"links:\n  - {{source: ifo, target: polis, level: 2, scope: individ, person_dependent: {written}}}\n"
    )
    assert load_dataset(tmp_path).links[0].person_dependent is value


@pytest.mark.parametrize(
    "written, level",
    [
        ("3", 3),
        ('"3"', 3),
        ("nivå 3", 3),
        ("Nivå 4", 4),
        ("niva 1", 1),
        ('"nivå 2"', 2),
        ("samarbete", 3),
    ],
)
def test_levels_as_text(tmp_path, written, level):
    write(tmp_path, f"links:\n  - {{source: ifo, target: polis, level: {written}, scope: individ}}\n")
    assert load_dataset(tmp_path).links[0].level == level


def test_level_text_outside_the_trappa_is_level_range(tmp_path):
    write(tmp_path, "links:\n  - {source: ifo, target: polis, level: nivå 5, scope: individ}\n")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert [p.code for p in info.value.problems] == ["level-range"]


@pytest.mark.parametrize(
    "written, scopes",
    [
        ("individnivå", {"individ"}),
        ("strukturnivå", {"struktur"}),
        ("[Individnivå, struktur]", {"individ", "struktur"}),
    ],
)
def test_scopes_in_swedish(tmp_path, written, scopes):
    write(tmp_path, f"links:\n  - {{source: ifo, target: polis, level: 2, scope: {written}}}\n")
    assert load_dataset(tmp_path).links[0].scopes == frozenset(scopes)


def test_capitalised_id_is_one_problem_with_the_right_spelling(tmp_path):
    actors = ACTORS + "  - {id: Polisen-Barngrupp, name: Barngruppen, type: polis, huvudman: stat}\n"
    links = (
        "links:\n"
        + "".join(
            f"  - {{source: {s}, target: {t}, level: 2, scope: individ}}\n"
            for s, t in [("ifo", "Polisen-Barngrupp"), ("Polisen-Barngrupp", "polis"), ("ifo", "polisen-barngrupp")]
        )
        + "forums:\n  - {id: f, name: F, members: [ifo, Polisen-Barngrupp, polis], level: 2, scope: struktur}\n"
    )
    write(tmp_path, links, actors)
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert [(p.line, p.path, p.code) for p in info.value.problems] == [(6, "actors[2].id", "bad-id")]
    assert info.value.problems[0].message == (
        '"Polisen-Barngrupp" är inget giltigt id: skriv med små bokstäver a-z, siffror och enkla bindestreck '
        '(å, ä, ö som a, a, o) (menade du "polisen-barngrupp"?)'
    )


def test_accented_id_gets_its_ascii_spelling(tmp_path):
    write(tmp_path, "links: []\n", ACTORS + "  - {id: älvdalen-ifo, name: X, type: ifo, huvudman: kommun}\n")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path, lang="en")
    assert info.value.problems[0].message.endswith('(did you mean "alvdalen-ifo"?)')


def test_a_reference_with_a_bad_id_still_gets_its_own_problem(tmp_path):
    write(tmp_path, "links:\n  - {source: ifo, target: Polis, level: 2, scope: individ}\n")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert [(p.path, p.code) for p in info.value.problems] == [("links[0].target", "bad-id")]
    assert info.value.problems[0].message.endswith('(menade du "polis"?)')


@pytest.mark.parametrize("name", ["links.yml", "links.yaml.txt", "Links.yaml", "LINKS.YML"])
def test_near_miss_links_file_name(tmp_path, name):
    (tmp_path / "actors.yaml").write_text(ACTORS, encoding="utf-8")
    (tmp_path / name).write_text("links: []\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert [(p.code, p.message) for p in info.value.problems] == [
        ("missing-file", f"filen finns inte, men hittade `{name}` — döp om den till `links.yaml`")
    ]


@pytest.mark.parametrize("name", ["Actors.yaml", "actors.yml", "actors.yaml.txt"])
def test_near_miss_actors_file_name(tmp_path, name):
    (tmp_path / name).write_text(ACTORS, encoding="utf-8")
    (tmp_path / "links.yaml").write_text("links: []\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path, lang="en")
    assert [(p.code, p.message) for p in info.value.problems] == [
        ("missing-file", f"no such file, but found `{name}` — rename it to `actors.yaml`")
    ]


def _readme_example(heading: str) -> str:
    section = README.split(heading, 1)[1]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def test_the_readme_format_examples_validate_together(tmp_path):
    write(tmp_path, _readme_example("### `links.yaml`"), _readme_example("### `actors.yaml`"))
    ds = load_dataset(tmp_path)
    assert len(ds.links) >= 2 and len(ds.forums) >= 1
    assert {a.kommun for a in ds.actors.values()} <= set(ds.kommuner) | {None}


def test_colon_in_a_value_says_to_quote_it(tmp_path):
    write(tmp_path, "links:\n  - source: ifo\n    target: polis\n    kind: information\n    note: Obs: viktigt\n")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert [(p.line, p.code) for p in info.value.problems] == [(5, "yaml-syntax")]
    assert info.value.problems[0].message == (
        "ett kolon följt av mellanslag mitt i ett värde (kolumn 14); sätt hela värdet inom citattecken, "
        't.ex. note: "Obs: …"'
    )


def test_non_breaking_space_after_a_key_is_reported_on_its_own_line(tmp_path):
    write(
        tmp_path,
        "links:\n  - source: ifo\n    target: polis\n    level: 2\n    scope:\u00a0individ\n"
        "  - source: polis\n    target: ifo\n    kind: information\n",
    )
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert [(p.line, p.code) for p in info.value.problems] == [(5, "yaml-syntax")]
    assert "hårt mellanslag (NBSP)" in info.value.problems[0].message


@pytest.mark.parametrize(
    "written, mandate",
    [("begränsat", "begransat"), ("Begränsad", "begransat"), ("Fullt", "fullt"), ("full", "fullt"),
     ("varierande", "varierar"), ("oklar", "oklart")],
)  # fmt: skip
def test_statement_mandate_in_swedish(tmp_path, written, mandate):
    actors = ACTORS + f"statements:\n  - {{role: Medarbetare, quote: Q, mandate: {written}, basis: härledd}}\n"
    links = "links:\n  - {source: ifo, target: polis, level: 2, scope: individ}\n"
    [statement] = load_dataset(write(tmp_path, links, actors)).statements
    assert (statement.role, statement.mandate, statement.basis) == ("medarbetare", mandate, "harledd")


def test_folding_a_plain_word_takes_the_short_way_to_the_same_answer():
    # fold() skips Unicode decomposition for ASCII; every ASCII character must fold as before.
    import unicodedata

    from samnet.core.suggest import fold

    def by_decomposition(word: str) -> str:
        decomposed = unicodedata.normalize("NFKD", word.strip().casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    words = [chr(c) for c in range(128)] + [" Individ ", "IFO-Barn\t", "Struktur NIVA", "\x0bX\x1f"]
    assert [fold(w) for w in words] == [by_decomposition(w) for w in words]
    assert fold(" Strukturnivå ") == by_decomposition(" Strukturnivå ") == "strukturniva"
