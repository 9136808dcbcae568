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
        "  - {id: a, text: A, modality: ska, quote: Q, section: S, kind: forum, members: [{types: [ifx]}], each: a}\n"
        "  - {id: b, text: B, modality: bör, quote: Q, section: S, kind: orosanmalan, a: {groups: [health]},"
        " b: {groups: [social]}, min_level: 2}\n",
        encoding="utf-8",
    )
    codes = sorted(p.code for p in problems_of(path))
    assert codes == ["bad-id", "level-on-one-way", "members-too-few", "sides-on-forum-rule", "unknown-type"]


def test_values_in_messages_are_escaped_and_clipped(tmp_path):
    path = tmp_path / "norm.yaml"
    path.write_text(
        'norm: {id: t, name: T}\nrules:\n  - {id: r, text: R, modality: ska, quote: Q, section: S, a: {types: ["x\\u001b[31m'
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


def test_bundled_norm_reads_002_as_written():
    rules = {r.id: r for r in bundled_norm().rules}
    assert bundled_norm().lan == "Dalarna"
    # Every rule quotes 002 and carries the modal verb 002 uses.
    for rule in rules.values():
        assert rule.quote and rule.ref.startswith("002 ") and rule.modality in ("ska", "bor"), rule.id
        assert rule.required == (rule.modality == "ska")
    # "bör, med individens samtycke": a recommendation; help with contacts is help to one person.
    assert rules["riskbedomning-polis"].modality == "bor" and "bör" in rules["riskbedomning-polis"].quote
    assert rules["soc-hjalp-kontakt-myndigheter"].modality == "bor"
    # The school rule is a routine the hemkommun answers for, not a tie with a kvinnojour.
    school = rules["skyddat-boende-skola"]
    assert school.is_document and school.document_kinds == {"rutin", "riktlinje"} and "hemkommunen" in school.quote
    assert rules["skyddat-boende-halsa"].b.types == {"bvc", "tandvard"}
    # SIP and Barnahus are one rule each; Barnahus holds itself and its five parties.
    assert rules["sip"].each == "any" and not rules["sip"].accept_forum
    assert len(rules["barnahus"].members) == 6
    assert {"socialtjanst-internt", "vardgivare-internt", "rutin-sekretess", "lokal-overenskommelse"} <= set(rules)
    # Grevio's criticism and the other reports' recommendations are not 002's undertakings.
    assert not {"civilsamhalle-struktur", "hyresvardar", "sip-psykiatri", "kontakt-skatteverket"} & set(rules)


# The seeds sit in shared/ beside the checkout (or beside the folder of worktrees).
SEEDS = next(
    (p / "shared" / "seeds" for p in ROOT.parents if (p / "shared" / "seeds").is_dir()),
    ROOT / "shared" / "seeds",
)


@pytest.mark.skipif(not SEEDS.exists(), reason="the seed documents are not next to this checkout")
def test_every_002_ref_names_a_heading_of_002():
    text = (SEEDS / "002_1338da996c6dcbd8.txt").read_text(encoding="utf-8")
    flat = " ".join(text.split())
    for rule in bundled_norm().rules:
        heading = rule.ref.split("; ")[-1].split(", ", 1)[1].split(" (")[0].split(", ")[0]
        assert heading in text, rule.id
        # The quote is 002's own words (an ellipsis marks what is left out).
        for part in rule.quote.split("…"):
            words = " ".join(part.split()).strip(" :.")
            assert words.replace("Barn- och", "Barn-  och").replace("  ", " ") in flat or words in flat, (
                rule.id,
                words,
            )


def test_bundled_norm_is_plain_yaml_with_a_comment_for_every_reading():
    raw = bundled_norm_path().read_text(encoding="utf-8")
    assert yaml.safe_load(raw)["norm"]["id"] == BUNDLED_NORM
    # Each rule whose reading is not in 002's own words explains it in a comment beside the rule.
    blocks = raw.split("\n  - id: ")[1:]
    explained = [b.split("\n")[0] for b in blocks if "\n    #" in b]
    assert {"soc-hs-struktur", "riskbedomning-polis", "sip", "barnahus", "skyddat-boende-halsa"} <= set(explained)


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
        r"^\| `([a-z0-9-]+)` \| [^|]+ \| [^|]+ \| (ska|bör) \|", _section("#### The bundled norm"), flags=re.M
    )
    assert rows == [(r.id, r.modal_verb) for r in bundled_norm().rules]


def test_the_readme_example_norm_is_valid(tmp_path):
    example = _section("#### The norm format").split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "norm.yaml"
    path.write_text(example, encoding="utf-8")
    norm = load_norm(path)
    assert [r.id for r in norm.rules] == ["sip", "barnahus", "rutin-sekretess"]
