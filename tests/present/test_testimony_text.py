"""The section "Samstämmighet": every sentence generated from the measured evidence of tests/fixtures/testimony.

The figures are those computed by hand in tests/measure/test_testimony.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from samnet.cli import cli
from samnet.core.network import build_network
from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze_network
from samnet.present import testimony_text

FIXTURE = Path(__file__).parents[1] / "fixtures" / "testimony"


@pytest.fixture(scope="module")
def metrics():
    return analyze_network(build_network(load_dataset(FIXTURE), "k"))


def _section(metrics, lang):
    names = {r["id"]: r["name"] for r in metrics.centrality}
    return testimony_text.testimony_section(metrics.evidence, names, testimony_text.forum_names(metrics), lang)


def test_summary_in_swedish(metrics):
    assert _section(metrics, "sv").summary == [
        "Bekräftade av båda sidor: 3 av 10 beskrivna band (30 %).",
        "Band per underlag: bekräftade 3, omstridda 1, ensidiga 2, från tredje part 1, härledda 1, "
        "på papper 1, utan angiven källa 1.",
        "Nivå 3–4: 17 % av paren (med högsta angivna nivå: 50 %).",
        "Av banden på nivå 3–4 vilar 2 på en sida, en tredje part eller en slutsats (från tredje part 1, härledda 1).",
        "Inte intervjuade: Barnahus, Förskolan och Skolan.",
    ]


def test_each_disagreement_is_a_dialogue_point(metrics):
    assert _section(metrics, "sv").disagreements == [
        "Kvinnojouren och IFO: Kvinnojouren anger nivå 4 (jour-a, samordnare), IFO nivå 2 "
        "(ifo-chef, chef: nivå 2; ifo-handl, medarbetare: nivå 1); siffrorna använder nivå 2.",
        "Polisen och IFO: Polisen anger nivå 3 (polis-a, medarbetare), IFO säger att samverkan inte finns "
        "(ifo-chef, chef); bandet räknas inte som samverkan.",
        "Ungdomsmottagningen och Elevhälsan: Ungdomsmottagningen anger nivå 4 (umo-a, annan), Elevhälsan nivå 1 "
        "(elev-a, chef); siffrorna använder nivå 1.",
        "I Samråd: IFO och Polisen: IFO anger nivå 3 (ifo-chef, chef), Polisen nivå 2 (polis-a, medarbetare); "
        "siffrorna använder nivå 2.",
    ]
    assert _section(metrics, "sv").role_disagreements == [
        "IFO om bandet till Kvinnojouren: ifo-chef, chef: nivå 2 och ifo-handl, medarbetare: nivå 1."
    ]


def test_english(metrics):
    section = _section(metrics, "en")
    assert section.title == "Agreement between the accounts"
    assert section.summary[2] == "Levels 3–4: 17% of the pairs (with the highest level given: 50%)."
    assert section.disagreements[1].endswith("the tie is not counted as samverkan.")


def test_one_figure_when_the_rules_agree(metrics):
    evidence = {**metrics.evidence, "headline": {"high_share": 0.25, "high_share_highest": 0.25}}
    section = testimony_text.testimony_section(evidence, {}, {}, "sv")
    assert "Nivå 3–4: 25 % av paren." in section.summary


def test_terminal_and_report_carry_the_section(tmp_path):
    result = CliRunner().invoke(cli, ["analyze", "--full", "--data", str(FIXTURE), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "\nSamstämmighet\n" in result.output
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "### Samstämmighet" in report and "#### Olika nivåer – att ta upp vid nästa möte" in report
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Samstämmighet" in page and "med högsta angivna nivå: 50 %" in page


def test_no_section_without_testimony():
    result = CliRunner().invoke(cli, ["analyze", "--data", str(FIXTURE.parent / "small")])
    assert result.exit_code == 0 and "Samstämmighet" not in result.output


def test_a_comparison_says_when_a_difference_rests_on_one_side():
    """K's ties at levels 3-4 are link 3 (third party) and link 5 (inferred): 2 of 2 rest on no second voice."""
    from samnet.measure.comparison_figures import compare_findings
    from samnet.present.comparison_text import finding_sentence

    k = build_network(load_dataset(FIXTURE), "k")
    small = build_network(load_dataset(FIXTURE.parent / "small"))
    found = {f["key"]: f for f in compare_findings(k, small)["findings"]}
    high = found["high_levels"]
    assert high["weak"] == {"a": [2, 2], "b": [0, 1]}
    assert finding_sentence(high, {"a": "K", "b": "S"}, "sv").endswith(
        "Skillnaden vilar till stor del på ensidiga, tredje parts eller härledda band (2 av 2 räknade band i K)."
    )
    # Half or fewer: no such clause (person-dependent links: 0 of 1 weak).
    assert "vilar" not in finding_sentence(found["person_dependence"], {"a": "K", "b": "S"}, "sv")
