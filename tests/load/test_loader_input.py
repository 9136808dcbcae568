"""Hostile and careless input: nulls, aliases, tags, YAML 1.1 surprises, control characters, caps."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import README

from samnet.errors import MAX_LISTED, DataError, Problem, quote
from samnet.load.dataset import load_dataset, load_documents
from samnet.load.yaml_reader import PositionedList, PositionedMap

ACTORS = (
    "kommuner:\n"
    "  - {id: k, name: K}\n"
    "actors:\n"
    "  - {id: ifo, name: IFO, type: ifo, huvudman: kommun, kommun: k}\n"
    "  - {id: polis, name: Polisen, type: polis, huvudman: stat}\n"
)
LINKS = "links:\n  - {source: ifo, target: polis, level: 2, scope: individ}\n"


def write(folder: Path, actors: str = ACTORS, links: str = LINKS) -> Path:
    (folder / "actors.yaml").write_text(actors, encoding="utf-8")
    (folder / "links.yaml").write_text(links, encoding="utf-8")
    return folder


def problems(folder: Path, lang: str = "sv") -> list[tuple]:
    with pytest.raises(DataError) as info:
        load_dataset(folder, lang=lang)
    return [(Path(p.file).name, p.line, p.path, p.code) for p in info.value.problems]


@pytest.mark.parametrize(
    "entry, path",
    [
        ("{id: a, name: ~, type: ifo, huvudman: kommun}", "actors[2].name"),
        ("{id: a, name: '', type: ifo, huvudman: kommun}", "actors[2].name"),
        ("{id: a, name: A, type: ~, huvudman: kommun}", "actors[2].type"),
        ("{id: a, name: A, type: ifo, huvudman: }", "actors[2].huvudman"),
        ("{id: ~, name: A, type: ifo, huvudman: kommun}", "actors[2].id"),
    ],
)
def test_null_or_empty_text_in_actors_is_reported(tmp_path, entry, path):
    write(tmp_path, ACTORS + f"  - {entry}\n")
    assert problems(tmp_path) == [("actors.yaml", 6, path, "empty-value")]


@pytest.mark.parametrize(
    "link, path",
    [
        ("{source: ~, target: polis, level: 2, scope: individ}", "links[1].source"),
        ("{source: ifo, target: '', level: 2, scope: individ}", "links[1].target"),
    ],
)
def test_empty_source_or_target_is_reported_not_dropped(tmp_path, link, path):
    write(tmp_path, links=LINKS + f"  - {link}\n")
    assert problems(tmp_path) == [("links.yaml", 3, path, "empty-value")]


def test_forum_with_empty_id_is_reported(tmp_path):
    write(tmp_path, links=LINKS + "forums:\n  - {id: ~, name: F, members: [ifo, polis], level: 2, scope: struktur}\n")
    assert problems(tmp_path) == [("links.yaml", 4, "forums[0].id", "empty-value")]


def test_undefined_alias_is_one_problem(tmp_path):
    write(tmp_path, links=LINKS + "  - {source: *nope, target: polis, level: 2, scope: individ}\n")
    found = problems(tmp_path)
    assert found == [("links.yaml", 3, "links[1].source", "undefined-alias")]


def test_defined_alias_still_works(tmp_path):
    write(
        tmp_path,
        links="links:\n  - {source: &a ifo, target: polis, level: 2, scope: individ}\n"
        "  - {source: polis, target: *a, kind: information}\n",
    )
    assert len(load_dataset(tmp_path).links) == 2


@pytest.mark.parametrize(
    "text, line, path",
    [
        (
            "links:\n  - !!python/object:os.system {source: ifo, target: polis, level: 2, scope: individ}\n",
            2,
            "links[0]",
        ),
        ("links:\n  - {source: !!str ifo, target: polis, level: 2, scope: individ}\n", 2, "links[0].source"),
        ("!!map\nlinks: []\n", 1, ""),
    ],
)
def test_every_tag_is_reported(tmp_path, text, line, path):
    write(tmp_path, links=text)
    assert problems(tmp_path) == [("links.yaml", line, path, "yaml-tag")]


def test_id_with_a_trailing_newline_is_a_control_character(tmp_path):
    write(tmp_path, ACTORS + '  - {id: "k\\n", name: X, type: ifo, huvudman: kommun}\n')
    assert problems(tmp_path) == [("actors.yaml", 6, "actors[2].id", "control-character")]


def test_yaml_11_numbers_stay_as_written(tmp_path):
    actors = (
        "kommuner:\n  - {id: no, name: 12:30}\n"
        "actors:\n"
        "  - {id: 0x1f, name: 007, type: ifo, huvudman: kommun, kommun: no, note: 1_000}\n"
        "  - {id: '010', name: 1.10, type: polis, huvudman: stat, ref: 0o17}\n"
        "  - {id: '10', name: Tio, type: bvc, huvudman: region}\n"
    )
    write(tmp_path, actors, "links:\n  - {source: 0x1f, target: '010', level: 2, scope: individ}\n")
    ds = load_dataset(tmp_path)
    assert ds.kommuner["no"].name == "12:30"
    assert ds.actors["0x1f"].name == "007" and ds.actors["0x1f"].note == "1_000"
    assert ds.actors["010"].name == "1.10" and ds.actors["010"].ref == "0o17"
    assert ds.actors["0x1f"].kommun == "no"
    assert set(ds.actors) == {"0x1f", "010", "10"}


def test_a_number_or_boolean_where_an_id_belongs_says_to_quote_it(tmp_path):
    write(
        tmp_path,
        ACTORS + "  - {id: 12, name: X, type: ifo, huvudman: kommun}\n"
        "  - {id: true, name: Y, type: ifo, huvudman: kommun}\n",
    )
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    messages = [p.message for p in info.value.problems]
    assert [p.code for p in info.value.problems] == ["wrong-type", "wrong-type"]
    assert messages[0].startswith('12 läses som ett tal; ett id är text: skriv "12" inom citattecken')
    assert messages[1] == 'true läses som sant/falskt; skriv "true" inom citattecken'


def test_tabs_inside_a_block_scalar_are_text(tmp_path):
    write(
        tmp_path,
        links="links:\n  - source: ifo\n    target: polis\n    level: 2\n    scope: individ\n"
        "    note: |\n      rad ett\n      \tmed tabb\n",
    )
    assert load_dataset(tmp_path).links[0].note == "rad ett\n\tmed tabb\n"


def test_tab_indentation_after_a_block_scalar_is_still_a_tab_problem(tmp_path):
    write(tmp_path, links="links:\n  - source: ifo\n    note: |\n      a\tb\n\ttarget: polis\n")
    assert problems(tmp_path) == [("links.yaml", 5, "", "tab")]


@pytest.mark.parametrize("raw", ["a\nb", "a\x1b[31mb", "a\x07b", "a\rb", "a\u202eb", "a\x85b"])
def test_control_characters_in_values_never_reach_the_terminal(tmp_path, raw):
    escaped = raw.encode("unicode_escape").decode("ascii").replace("\\x85", "\\x85")
    write(tmp_path, links=f'links:\n  - {{source: ifo, target: "{escaped}", level: 2, scope: individ}}\n')
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    text = str(info.value)
    assert len(text.splitlines()) == 2  # one problem line, one count line
    assert all(c == "\n" or c.isprintable() for c in text)
    assert not any(ch in text for ch in "\x1b\x07\r\x00\u202e\x85")


def test_nul_byte_is_one_problem_with_a_line(tmp_path):
    (tmp_path / "actors.yaml").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "links.yaml").write_bytes(b"links:\n  - {source: ifo, target: po\x00lis}\n")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert [(p.line, p.code) for p in info.value.problems] == [(2, "yaml-syntax")]
    assert "U+0000" in info.value.problems[0].message and len(str(info.value).splitlines()) == 2


def test_long_values_are_clipped():
    assert quote("x" * 100_000) == '"' + "x" * 80 + '…"'
    assert len(quote("\n" * 500)) < 200


def test_a_huge_aliased_value_prints_little(tmp_path):
    big = "y" * 30_000
    links = f"links:\n  - {{source: ifo, target: &big {big}, level: 2, scope: individ}}\n"
    links += "".join("  - {source: ifo, target: *big, level: 2, scope: individ}\n" for _ in range(300))
    write(tmp_path, links=links)
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert info.value.total == 301
    assert len(str(info.value)) < 100_000


def test_problems_past_the_cap_are_counted(tmp_path):
    n = MAX_LISTED + 1234
    write(
        tmp_path,
        links="links:\n" + "".join(f"  - {{source: ifo, target: x{i}, level: 2, scope: individ}}\n" for i in range(n)),
    )
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    lines = str(info.value).splitlines()
    assert len(info.value.problems) == MAX_LISTED
    assert lines[-2:] == ["… och 1 234 till", f"{n:,} problem hittades".replace(",", " ")]
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path, lang="en")
    assert str(info.value).splitlines()[-2:] == ["… and 1,234 more", f"{n:,} problems found"]


def test_positions_may_be_cells_and_sort_by_row():
    found = [Problem("k.xlsx", "lankar!C12", "", "x", "b"), Problem("k.xlsx", "lankar!C2", "", "x", "a")]
    assert [p.line for p in DataError(found).problems] == ["lankar!C2", "lankar!C12"]


def test_cells_sort_row_by_row_then_by_column():
    # Hand-ordered as a reader goes down a sheet: row 2 (B, then AA) before row 3.
    cells = ["lankar!A3", "lankar!AA2", "lankar!B2", "aktorer!C9"]
    found = [Problem("k.xlsx", cell, "", "x", "m") for cell in cells]
    assert [p.line for p in DataError(found).problems] == ["aktorer!C9", "lankar!B2", "lankar!AA2", "lankar!A3"]


def test_load_documents_names_sections_and_cells():
    P, L = PositionedMap, PositionedList
    actor = P(
        {"id": "a", "name": "A", "type": "ifo", "huvudman": "kommun"},
        line="aktorer!A2",
        value_lines={k: f"aktorer!{c}2" for k, c in zip(("id", "name", "type", "huvudman"), "ABCD")},
    )
    actors = P({"actors": L([actor], line="aktorer!A1", item_lines=["aktorer!A2"])}, line="aktorer!A1")
    link = P(
        {"source": "a", "target": "b", "level": "nivå 2", "scope": "individnivå"},
        line="lankar!A12",
        value_lines={"target": "lankar!C12"},
    )
    links = P({"links": L([link], line="lankar!A1", item_lines=["lankar!A12"])}, line="lankar!A1")
    with pytest.raises(DataError) as info:
        load_documents(
            actors, links, actors_file="k.xlsx", links_file="k.xlsx", sections={"actors": "aktorer", "links": "lankar"}
        )
    assert str(info.value).splitlines() == [
        'k.xlsx:lankar!C12: lankar[0].target: unknown-actor: "b" finns inte i aktorer',
        "1 problem hittades",
    ]


def test_missing_folder_is_one_problem(tmp_path):
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path / "nope")
    assert [(p.code, p.message) for p in info.value.problems] == [("missing-file", "mappen finns inte")]


def test_a_huge_unknown_key_gives_a_short_line(tmp_path):
    key = "k" * 1000  # YAML allows at most 1024 characters in a plain key
    write(tmp_path, links=f"links:\n  - {{source: ifo, target: polis, level: 2, scope: individ, {key}: 1}}\n")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert [p.code for p in info.value.problems] == ["unknown-key"]
    assert len(str(info.value)) < 600


@pytest.mark.parametrize(
    "tag, shown",
    [("!!int", "!!int"), ("!!python/object:os.system", "!!python/object:os.system"), ("!custom", "!custom")],
)
def test_a_tag_is_quoted_as_the_user_typed_it(tmp_path, tag, shown):
    write(tmp_path, links=f"links:\n  - {{source: ifo, target: polis, level: {tag} 2, scope: individ}}\n")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert info.value.problems[0].message.startswith(f'taggen "{shown}" tillåts inte; ta bort den')
    # The README's error-code table quotes this message.
    readme = (README).read_text(encoding="utf-8")
    assert '`taggen "!!python/object:os.system" tillåts inte; ta bort den …`' in readme
