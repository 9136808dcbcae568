"""Validation: one invalid-data folder per error code, each asserting file, line, path and code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES

from samnet.core.model import Source
from samnet.errors import DataError, Problem
from samnet.load.dataset import ERROR_CODES, load_dataset

INVALID = FIXTURES / "invalid"

# code -> (file, line, path) of the problem the fixture folder must produce.
EXPECTED = {
    "missing-file": ("links.yaml", 0, ""),
    "encoding": ("actors.yaml", 11, ""),
    "empty-file": ("links.yaml", 1, ""),
    "tab": ("links.yaml", 3, ""),
    "yaml-syntax": ("links.yaml", 5, ""),
    "duplicate-key": ("links.yaml", 5, "links[0].level"),
    "wrong-shape": ("links.yaml", 2, "links"),
    "unknown-key": ("links.yaml", 6, "links[0].levl"),
    "missing-key": ("actors.yaml", 10, "actors[1]"),
    "wrong-type": ("links.yaml", 4, "links[0].level"),
    "bad-id": ("actors.yaml", 14, "actors[2].id"),
    "control-character": ("actors.yaml", 15, "actors[2].name"),
    "bad-value": ("actors.yaml", 17, "actors[2].huvudman"),
    "unknown-type": ("actors.yaml", 16, "actors[2].type"),
    "unknown-kommun": ("actors.yaml", 9, "actors[0].kommun"),
    "unknown-actor": ("links.yaml", 3, "links[0].target"),
    "duplicate-id": ("actors.yaml", 14, "actors[2].id"),
    "self-link": ("links.yaml", 3, "links[0].target"),
    "level-range": ("links.yaml", 4, "links[0].level"),
    "level-on-one-way": ("links.yaml", 9, "links[1].level"),
    "missing-level": ("links.yaml", 2, "links[0]"),
    "missing-scope": ("links.yaml", 2, "links[0]"),
    "forum-too-small": ("links.yaml", 12, "forums[0].members"),
    "duplicate-member": ("links.yaml", 12, "forums[0].members[2]"),
    "empty-value": ("actors.yaml", 15, "actors[2].name"),
    "undefined-alias": ("links.yaml", 7, "links[1].target"),
    "yaml-tag": ("links.yaml", 2, "links[0]"),
    "too-large": ("links.yaml", 0, ""),
    "forum-too-large": ("links.yaml", 4, "forums[0].members"),
    "unknown-document-kind": ("links.yaml", 6, "documents[0].kind"),
    "bad-date": ("links.yaml", 8, "documents[0].decided"),
    "missing-ended": ("links.yaml", 6, "links[0].status"),
    "ended-on-current": ("links.yaml", 12, "forums[0].ended"),
    "colocated-one-way": ("links.yaml", 9, "links[1].colocated"),
    "unknown-informant": ("links.yaml", 8, "links[0].reports[1].by"),
    "unknown-informant-actor": ("actors.yaml", 24, "informants[1].actor"),
    "report-level-range": ("links.yaml", 9, "links[0].reports[1].level"),
    "report-level-on-one-way": ("links.yaml", 15, "links[1].reports[0].level"),
    "bad-role": ("actors.yaml", 25, "informants[1].role"),
    "inferred-with-reports": ("links.yaml", 5, "links[0].basis"),
    "duplicate-informant": ("actors.yaml", 23, "informants[1].id"),
    "bad-mandate": ("actors.yaml", 21, "statements[1].mandate"),
}


def test_every_error_code_has_a_fixture():
    assert set(EXPECTED) == set(ERROR_CODES)
    assert {p.name for p in INVALID.iterdir()} == set(ERROR_CODES)


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_invalid_fixture_reports_exactly_its_problem(code, monkeypatch):
    folder = INVALID / code
    if code == "too-large":
        # A real 20 MB fixture would bloat the repository: lower the limit between the two files' sizes.
        monkeypatch.setattr("samnet.load.yaml_reader.MAX_FILE_BYTES", 1024)
    with pytest.raises(DataError) as info:
        load_dataset(folder)
    problems = info.value.problems
    filename, line, path = EXPECTED[code]
    # Each fixture breaks one thing: exactly one problem, and no cascade of follow-ups.
    assert [(p.code, Path(p.file).name, p.line, p.path) for p in problems] == [(code, filename, line, path)]
    assert problems[0].file == str(folder / filename)
    assert str(info.value).endswith("\n1 problem hittades")


def test_message_names_the_file_that_defines_actors():
    with pytest.raises(DataError) as info:
        load_dataset(INVALID / "unknown-actor")
    text = str(info.value.problems[0])
    assert text == (
        f"{INVALID / 'unknown-actor' / 'links.yaml'}:3: links[0].target: unknown-actor: "
        f'"polisen" finns inte i {INVALID / "unknown-actor" / "actors.yaml"} (menade du "polis"?)'
    )


def test_english_messages_with_the_same_codes():
    with pytest.raises(DataError) as info:
        load_dataset(INVALID / "unknown-actor", lang="en")
    assert str(info.value) == (
        f"{INVALID / 'unknown-actor' / 'links.yaml'}:3: links[0].target: unknown-actor: "
        f'"polisen" is not defined in {INVALID / "unknown-actor" / "actors.yaml"} (did you mean "polis"?)\n'
        "1 problem found"
    )


def test_yaml_syntax_gives_line_and_column():
    with pytest.raises(DataError) as info:
        load_dataset(INVALID / "yaml-syntax")
    assert "(kolumn 10)" in info.value.problems[0].message


def test_all_problems_are_collected_before_failing(tmp_path):
    shutil.copy(INVALID / "unknown-key" / "actors.yaml", tmp_path / "actors.yaml")
    (tmp_path / "links.yaml").write_text(
        "links:\n"
        "  - {source: ifo, target: nobody, level: 9, scope: individ}\n"
        "  - {source: bvc, target: bvc, kind: orosanmalan, level: 1}\n"
        "  - {source: ifo, target: polis, kind: oro, level: 1, scope: struktur}\n"
        "forums:\n"
        "  - {id: ifo, name: F, members: [ifo], level: 2, scope: struktur}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    found = [(p.line, p.path, p.code) for p in info.value.problems]
    assert found == [
        (2, "links[0].level", "level-range"),
        (2, "links[0].target", "unknown-actor"),
        (3, "links[1].level", "level-on-one-way"),
        (3, "links[1].target", "self-link"),
        (4, "links[2].kind", "bad-value"),
        (6, "forums[0].id", "duplicate-id"),
        (6, "forums[0].members", "forum-too-small"),
    ]
    assert str(info.value).endswith("\n7 problem hittades")
    assert 'menade du "orosanmalan"' in str(info.value)


def test_problems_in_both_files_are_reported_together(tmp_path):
    (tmp_path / "actors.yaml").write_text("actors:\n  - {id: a, name: A, type: ifo, huvudman: kommun, extra: 1}\n")
    (tmp_path / "links.yaml").write_text("links: [}\n")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert sorted(p.code for p in info.value.problems) == ["unknown-key", "yaml-syntax"]


def test_defaults_and_derived_kommun_sets():
    ds = load_dataset(FIXTURES / "small")
    first = ds.links[0]
    assert first.kind == "samverkan" and first.person_dependent is False
    assert first.kommuner == frozenset({"k"})  # ifo is in k; polis serves several kommuner
    m_link = [link for link in ds.links if link.source == "m-ifo"][0]
    assert m_link.kommuner == frozenset({"m"})
    assert ds.forums[0].kommuner == frozenset({"k"})
    assert ds.links[3].one_way and ds.links[3].level is None


def test_scalar_scope_and_list_scope_are_the_same(tmp_path):
    shutil.copy(INVALID / "unknown-key" / "actors.yaml", tmp_path / "actors.yaml")
    (tmp_path / "links.yaml").write_text(
        "links:\n  - {source: ifo, target: polis, level: 2, scope: [individ, struktur]}\n"
        "  - {source: ifo, target: bvc, level: 2, scope: struktur}\n"
    )
    ds = load_dataset(tmp_path)
    assert ds.links[0].scopes == frozenset({"individ", "struktur"})
    assert ds.links[1].scopes == frozenset({"struktur"})


def test_bom_and_non_ascii_names_are_read(tmp_path):
    (tmp_path / "actors.yaml").write_bytes(
        "\ufeffactors:\n  - {id: a, name: Åklagarmyndigheten <script>, type: aklagare, huvudman: stat}\n".encode()
    )
    (tmp_path / "links.yaml").write_text("links: []\n")
    assert load_dataset(tmp_path).actors["a"].name == "Åklagarmyndigheten <script>"


def test_problem_without_line_or_path_formats_cleanly():
    assert str(Problem("data/links.yaml", 0, "", "missing-file", "no such file")) == (
        "data/links.yaml: missing-file: no such file"
    )


def test_several_documents_are_one_syntax_problem_not_an_empty_file(tmp_path):
    shutil.copy(INVALID / "unknown-key" / "actors.yaml", tmp_path / "actors.yaml")
    (tmp_path / "links.yaml").write_text("links: []\n---\nlinks: []\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert [(p.line, p.code) for p in info.value.problems] == [(2, "yaml-syntax")]
    assert "mer än ett YAML-dokument" in info.value.problems[0].message


def test_organisation_and_source_are_read(tmp_path):
    (tmp_path / "actors.yaml").write_text(
        "source:\n  title: Kartläggning 2024\n  author: Region Gävleborg\n  year: 2024\n"
        "  url: https://example.org/k.pdf\n"
        "actors:\n  - {id: a, name: A, type: polis, huvudman: stat, organisation: polisen}\n"
        "  - {id: b, name: B, type: ifo, huvudman: kommun}\n",
        encoding="utf-8",
    )
    (tmp_path / "links.yaml").write_text("links: []\n")
    ds = load_dataset(tmp_path)
    assert ds.actors["a"].organisation == "polisen"
    assert ds.actors["b"].organisation is None
    assert ds.source_info == Source("Kartläggning 2024", "Region Gävleborg", "2024", "https://example.org/k.pdf")


def test_no_source_mapping_gives_none():
    assert load_dataset(FIXTURES / "small").source_info is None


def test_bad_organisation_and_source_are_reported(tmp_path):
    (tmp_path / "actors.yaml").write_text(
        "source:\n  title: T\n  publisher: X\n"
        "actors:\n  - {id: a, name: A, type: polis, huvudman: stat, organisation: Polisen}\n",
        encoding="utf-8",
    )
    (tmp_path / "links.yaml").write_text("links: []\n")
    with pytest.raises(DataError) as info:
        load_dataset(tmp_path)
    assert [(p.line, p.path, p.code) for p in info.value.problems] == [
        (3, "source.publisher", "unknown-key"),
        (5, "actors[0].organisation", "bad-id"),
    ]


def test_control_characters_are_refused_in_one_line_text_but_a_note_may_break_lines(tmp_path):
    import shutil

    folder = tmp_path / "d"
    shutil.copytree(INVALID / "control-character", folder)
    actors = folder / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    fixed = text.replace('"BVC\\e[31mRÖD\\aBVC\\nFALSK RAD"', "BVC")
    actors.write_text(fixed + '    note: "rad ett\\nrad\\ttvå"\n', encoding="utf-8")
    assert load_dataset(folder).actors["bvc"].note == "rad ett\nrad\ttvå"
    actors.write_text(
        fixed.replace("  - id: bvc", '  - id: "bvc\\u0085"').replace("name: IFO", 'name: IFO\n    ref: "§1\\n§2"'),
        encoding="utf-8",
    )
    with pytest.raises(DataError) as info:
        load_dataset(folder)
    found = [(p.code, p.path) for p in info.value.problems if p.code == "control-character"]
    assert found == [("control-character", "actors[0].ref"), ("control-character", "actors[2].id")]
    assert "\x1b" not in str(info.value) and "\x85" not in str(info.value)


def test_testimony_is_read_with_swedish_words(tmp_path):
    shutil.copy(FIXTURES / "testimony" / "actors.yaml", tmp_path / "actors.yaml")
    (tmp_path / "links.yaml").write_text(
        "links:\n"
        "  - source: jour\n    target: ifo\n    basis: härledd\n    level: samarbete\n    scope: individ\n"
        "  - source: ifo\n    target: bvc\n    reports:\n"
        "      - {by: ifo-chef, level: ingen}\n      - {by: bvc, level: nivå 2, scope: individnivå}\n",
        encoding="utf-8",
    )
    dataset = load_dataset(tmp_path)
    inferred, reported = dataset.links
    assert (inferred.basis, inferred.level, inferred.reports) == ("harledd", 3, ())
    assert [(r.by, r.actor, r.role, r.level) for r in reported.reports] == [
        ("ifo-chef", "ifo", "chef", 0),
        ("bvc", "bvc", None, 2),
    ]
    assert reported.level is None and reported.scopes == frozenset()
    assert dataset.informants["elev-a"].actor == "elevhalsa"
    assert dataset.has_testimony


def test_data_without_testimony_declares_no_informants():
    dataset = load_dataset(FIXTURES / "small")
    assert dataset.informants is None and not dataset.has_testimony
