"""Norm files: one invalid file per error code, messages in Swedish and English, the bundled Dalarna norm."""

from __future__ import annotations

import pytest
import yaml
from conftest import FIXTURES, README, ROOT

from samnet.errors import DataError
from samnet.load.norm import BUNDLED_NORM, NORM_ERROR_CODES, bundled_norm, bundled_norm_path, load_norm

INVALID = FIXTURES / "norms" / "invalid"
FILE_CODES = ("encoding", "empty-file", "tab", "yaml-syntax", "duplicate-key")


def problems_of(path, lang="sv"):
    with pytest.raises(DataError) as info:
        load_norm(path, lang=lang)
    return info.value.problems


def test_there_is_one_fixture_per_norm_error_code():
    assert sorted(p.stem for p in INVALID.glob("*.yaml")) == sorted([*NORM_ERROR_CODES, *FILE_CODES])


@pytest.mark.parametrize("path", sorted(INVALID.glob("*.yaml")), ids=lambda p: p.stem)
def test_each_invalid_norm_gives_exactly_its_code_with_a_line(path):
    found = problems_of(path)
    assert [p.code for p in found] == [path.stem]
    assert found[0].file == str(path)
    assert found[0].line >= 1


def test_problems_carry_the_path_inside_the_file():
    assert problems_of(INVALID / "unknown-type.yaml")[0].path == "rules[0].b.types"
    assert problems_of(INVALID / "duplicate-id.yaml")[0].path == "rules[1].id"


def test_messages_are_swedish_by_default_and_english_on_request():
    sv = problems_of(INVALID / "unknown-type.yaml")[0]
    en = problems_of(INVALID / "unknown-type.yaml", "en")[0]
    assert sv.message == '"polisen" finns inte bland aktörstyperna (menade du "polis"?)'
    assert en.message == '"polisen" is not a known actor type (did you mean "polis"?)'
    assert sv.code == en.code


def test_every_problem_of_a_file_is_collected(tmp_path):
    path = tmp_path / "norm.yaml"
    path.write_text(
        "norm: {id: Bad Id, name: X}\n"
        "rules:\n"
        "  - {id: a, text: A, kind: forum, members: [{types: [ifx]}], each: a}\n"
        "  - {id: b, text: B, kind: orosanmalan, a: {groups: [health]}, b: {groups: [social]}, min_level: 2}\n",
        encoding="utf-8",
    )
    codes = sorted(p.code for p in problems_of(path))
    assert codes == ["bad-id", "level-on-one-way", "members-too-few", "sides-on-forum-rule", "unknown-type"]


def test_values_in_messages_are_escaped_and_clipped(tmp_path):
    path = tmp_path / "norm.yaml"
    path.write_text(
        'norm: {id: t, name: T}\nrules:\n  - {id: r, text: R, a: {types: ["x\\u001b[31m'
        + "y" * 60
        + '"]}, b: {types: [polis]}}\n',
        encoding="utf-8",
    )
    message = problems_of(path)[0].message
    assert "\x1b" not in message and "\\u001b" in message
    assert "…" in message and "y" * 60 not in message


def test_missing_norm_file_is_a_problem_not_a_traceback(tmp_path):
    assert [p.code for p in problems_of(tmp_path / "nope.yaml")] == ["missing-file"]


# --- the bundled norm ---------------------------------------------------------------


def test_bundled_norm_loads_and_is_named_by_its_file():
    norm = bundled_norm()
    assert (norm.id, norm.source, norm.ref) == (BUNDLED_NORM, "dalarna-2024.yaml", "002")
    assert norm.name == "Regional överenskommelse om samverkan för kvinnofrid, Dalarna (2024–2032)"


def test_bundled_norm_has_what_the_issue_lists():
    rules = {r.id: r for r in bundled_norm().rules}
    for ident in (
        "soc-hs-individ",
        "soc-hs-struktur",
        "sip-psykiatri",
        "orosanmalan-halso-sjukvard",
        "orosanmalan-vuxenverksamhet",
        "riskbedomning-polis",
        "barnahus-parter",
        "skyddat-boende-skola",
        "skyddat-boende-halsa",
        "kontakt-polisen",
        "kontakt-skatteverket",
        "civilsamhalle-struktur",
    ):
        assert rules[ident].required and rules[ident].ref.startswith("002 Del ")
    assert rules["soc-hs-individ"].scopes == {"individ"} and rules["soc-hs-struktur"].scopes == {"struktur"}
    assert rules["barnahus-parter"].is_forum and rules["orosanmalan-vuxenverksamhet"].one_way
    recommendations = {r.id: r.ref for r in rules.values() if not r.required}
    assert recommendations == {
        "hyresvardar": "001, Länsstyrelsens utvecklingsområden: samverkan med hyresvärdar",
        "ideella-organisationer": "001, Länsstyrelsens utvecklingsområden: samverkan med ideella krafter",
        "skola-i-lokal-grupp": "004 6.1 Kommun, Organisation",
    }


SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.exists(), reason="the seed documents are not next to this checkout")
def test_every_002_ref_names_a_heading_of_002():
    text = (SEEDS / "002_1338da996c6dcbd8.txt").read_text(encoding="utf-8")
    for rule in bundled_norm().rules:
        if rule.ref.startswith("002 "):
            heading = rule.ref.split(", ")[1].split(" (")[0]
            assert heading in text, rule.id


def test_bundled_norm_is_plain_yaml_with_a_comment_for_every_reading():
    raw = bundled_norm_path().read_text(encoding="utf-8")
    assert yaml.safe_load(raw)["norm"]["id"] == BUNDLED_NORM
    # Each rule whose reading is not in 002's own words explains it in a comment beside the rule.
    blocks = raw.split("\n  - id: ")[1:]
    explained = [b.split("\n")[0] for b in blocks if "\n    #" in b]
    assert {
        "soc-hs-struktur",
        "riskbedomning-polis",
        "kontakt-skatteverket",
        "barnahus-parter",
        "skyddat-boende-skola",
    } <= set(explained)


README = (README).read_text(encoding="utf-8")


def _section(heading):
    return README.split(heading, 1)[1].split("\n#", 1)[0]


def test_readme_documents_every_norm_error_code():
    import re

    documented = set(re.findall(r"^\| `([a-z0-9-]+)` \|", _section("#### Norm error codes"), flags=re.M))
    assert documented == set(NORM_ERROR_CODES)


def test_readme_lists_every_bundled_rule_with_its_required_flag():
    import re

    rows = re.findall(
        r"^\| `([a-z0-9-]+)` \| [^|]+ \| [^|]+ \| (yes|no) \|", _section("#### The bundled norm"), flags=re.M
    )
    assert rows == [(r.id, "yes" if r.required else "no") for r in bundled_norm().rules]


def test_the_readme_example_norm_is_valid(tmp_path):
    example = _section("#### The norm format").split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "norm.yaml"
    path.write_text(example, encoding="utf-8")
    norm = load_norm(path)
    assert [r.id for r in norm.rules] == ["sip-psykiatri", "barnahus-parter"]
