"""The mandate sentence: written from the measured figures, only where the data has statements (000 §5.9)."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner
from conftest import FIXTURES

from samnet.cli import cli
from samnet.present.mandate_text import mandate_rows


def _figures(chef_full, chef_n, staff_full, staff_limited, staff_n):
    return {
        "groups": [
            {"role": "chef", "statements": chef_n, "mandate": {"fullt": chef_full, "oklart": chef_n - chef_full}},
            {
                "role": "medarbetare",
                "statements": staff_n,
                "mandate": {"fullt": staff_full, "begransat": staff_limited},
            },
        ],
        "refs": ["000 §5.9"],
        "inferred": 0,
        "whole_data": chef_n + staff_n,
    }


def test_the_sentence_carries_the_figures_it_is_given():
    for args in ((3, 4, 1, 2, 3), (1, 1, 0, 5, 5)):
        chef_full, chef_n, staff_full, staff_limited, staff_n = args
        [[label, value]] = mandate_rows({"mandate": _figures(*args)}, "sv")
        assert label == "Mandat enligt informanterna (000 §5.9)"
        chef, staff = value.split("; ")[:2]
        assert chef.startswith(f"chefer {chef_n} uttalande") and f"({chef_full} fullt" in chef
        assert staff.startswith(f"medarbetare {staff_n} uttalande") and f"{staff_limited} begränsat" in staff
        assert ("0 fullt" in staff) is False  # a reading nobody gave is left out
        assert f"{chef_n + staff_n} av {chef_n + staff_n} utan kommun" in value
        assert "kodarens" not in value  # inferred 0: the readings are not called the encoder's


def test_english():
    [[label, value]] = mandate_rows({"mandate": _figures(3, 4, 1, 2, 3)}, "en")
    assert label == "Mandate as informants describe it (000 §5.9)"
    assert value.startswith("managers 4 statements (3 full, 1 unclear); staff 3 statements (1 full, 2 limited)")


def test_fires_on_the_bundled_data_and_not_on_data_without_statements():
    runner = CliRunner()
    bundled = runner.invoke(cli, ["analyze", "--format", "table"])
    assert bundled.exit_code == 0, bundled.output
    flat = re.sub(r"\s+", " ", bundled.output)
    assert (
        flat.count("Mandat enligt informanterna (000 §5.9): chefer 10 uttalanden (8 fullt, 1 varierar, 1 oklart);") == 2
    )
    assert "medarbetare 7 uttalanden (2 fullt, 4 begränsat, 1 varierar)" in flat
    other = runner.invoke(cli, ["analyze", "--format", "table", "--data", str(FIXTURES / "testimony")])
    assert other.exit_code == 0, other.output
    assert "Mandat" not in other.output
    as_json = json.loads(runner.invoke(cli, ["analyze", "--format", "json"]).output)["kommuner"]
    for kommun in ("ljusdal", "sandviken"):
        assert [g["statements"] for g in as_json[kommun]["mandate"]["groups"]] == [10, 7]
    other_json = runner.invoke(cli, ["analyze", "--format", "json", "--data", str(FIXTURES / "testimony")])
    assert other_json.exit_code == 0 and '"mandate"' not in other_json.output


def test_the_report_states_it_under_the_testimony_and_only_with_statements():
    from conftest import DATA

    from samnet.load.dataset import load_dataset
    from samnet.measure.metrics import analyze
    from samnet.present.report.files import report_files

    bundled = load_dataset(DATA)
    html = report_files(bundled, analyze(bundled))["report.html"]
    assert html.count("Mandat enligt informanterna (000 §5.9): chefer 10 uttalanden (8 fullt") == 2
    other = load_dataset(FIXTURES / "testimony")
    assert "Mandat enligt" not in report_files(other, analyze(other))["report.html"]
