"""Mandate by role group (000 §5.9): counted from statements, once, with answers worked out by hand."""

from __future__ import annotations

from samnet.core.model import Actor, Dataset, Kommun, Statement
from samnet.core.network import build_network
from samnet.measure.mandate import mandate_figures
from samnet.measure.metrics import analyze_network

STATEMENTS = (
    Statement("chef", "Alla har fullt mandat.", "fullt", "harledd", ref="000 §5.9"),
    Statement("chef", "Det varierar.", "varierar", "harledd", kommun="k", ref="000 §5.9"),
    Statement("medarbetare", "Den som är med bestämmer inte.", "begransat", ref="000 §6"),
    Statement("medarbetare", "För lite mandat.", "begransat", "harledd", kommun="m", ref="000 §5.9"),
)


def _dataset(statements=STATEMENTS):
    actors = {"a": Actor("a", "IFO", "ifo", "kommun", "k"), "b": Actor("b", "IFO M", "ifo", "kommun", "m")}
    return Dataset({"k": Kommun("k", "K"), "m": Kommun("m", "M")}, actors, statements=statements)


def test_counts_per_role_and_reading_in_role_order():
    # By hand: chef 2 (1 fullt, 1 varierar), medarbetare 2 (2 begränsat); 3 of 4 read by the encoder.
    figures = mandate_figures(STATEMENTS)
    assert figures["groups"] == [
        {"role": "chef", "statements": 2, "mandate": {"fullt": 1, "begransat": 0, "varierar": 1, "oklart": 0}},
        {"role": "medarbetare", "statements": 2, "mandate": {"fullt": 0, "begransat": 2, "varierar": 0, "oklart": 0}},
    ]
    assert (figures["refs"], figures["inferred"], figures["whole_data"]) == (["000 §5.9", "000 §6"], 3, 2)


def test_a_kommun_gets_its_own_statements_and_those_for_the_whole_data():
    # k: the two without kommun and k's own (3); m's statement stays out of k.
    k = analyze_network(build_network(_dataset(), "k")).mandate
    assert [(g["role"], g["statements"]) for g in k["groups"]] == [("chef", 2), ("medarbetare", 1)]
    assert k["whole_data"] == 2
    assert "mandate" in analyze_network(build_network(_dataset(), "k")).to_json()


def test_no_statements_no_figure_and_no_json_key():
    metrics = analyze_network(build_network(_dataset(()), "k"))
    assert metrics.mandate is None and mandate_figures([]) is None
    assert "mandate" not in metrics.to_json()
