"""Measure once, read everywhere: a run enters each measuring function at most once per network.

The runs module builds one :class:`~samnet.measure.results.Analysis` and hands it down; a
presenter that measured again would show up here as a second call. Every call into a
function of ``samnet/measure/`` from code outside it is counted, keyed by the function and
the networks it was given (by identity), while one command runs.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import samnet
from samnet.cli import cli
from samnet.core.network import Network

MEASURE = str(Path(samnet.__file__).resolve().parent / "measure")


def _networks(frame) -> tuple[int, ...]:
    """The identities of the networks a call was given (directly, as arguments)."""
    code = frame.f_code
    names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    return tuple(id(v) for v in (frame.f_locals.get(n) for n in names) if isinstance(v, Network))


def count_measuring(args: list[str]) -> tuple[Counter, object]:
    """Run one command; count entries into module-level functions of samnet/measure from outside it.

    The package's own plumbing (``samnet/measure/__init__``'s lazy ``__getattr__``) measures
    nothing and is not counted.
    """
    calls: Counter = Counter()

    def profile(frame, event, _arg):
        if event != "call":
            return
        code = frame.f_code
        if not code.co_filename.startswith(MEASURE) or "." in code.co_qualname or code.co_name.startswith(("<", "__")):
            return
        caller = frame.f_back
        if caller is not None and not caller.f_code.co_filename.startswith(MEASURE):
            calls[(Path(code.co_filename).stem, code.co_name, _networks(frame))] += 1

    sys.setprofile(profile)
    try:
        result = CliRunner().invoke(cli, args)
    finally:
        sys.setprofile(None)
    return calls, result


#: Every command that measures, with ``{out}`` for where it writes. The bundled data names no
#: norm: --norm asks for the check, so it is measured too.
COMMANDS = {
    "analyze": ["analyze", "--example", "--norm", "dalarna-2024", "-o", "{out}"],
    # 13 kommuner: the län overview (lan.html, its report.md section) as well.
    "analyze-lan": ["analyze", "--example", "ostergotland", "--norm", "dalarna-2024", "-o", "{out}"],
    "compare": ["compare", "--example", "ljusdal", "sandviken", "--norm", "dalarna-2024", "-o", "{out}"],
    "check": ["check", "--example", "-o", "{out}"],
    "map": ["map", "--example", "-o", "{out}"],
    "map-lan": ["map", "--example", "ostergotland", "--lan", "Östergötland", "-o", "{out}"],
    **{
        f"export-{fmt}": ["export", "--example", "--kommun", "ljusdal", "-o", f"{{out}}.{fmt}"]
        for fmt in ("graphml", "gexf", "xlsx", "json")
    },
    "export-all": ["export", "--example", "-o", "{out}.json"],
    **{
        f"figure-{what}": ["figure", "--example", "--kommun", "sandviken", "--what", what, "-o", f"{{out}}.{suffix}"]
        for what, suffix in (("network", "png"), ("trappa", "svg"), ("scopes", "pdf"))
    },
}

#: How many times each command measures, function by function: each network once.
EXPECTED = {
    # Two kommuner and the regional map: three networks; one check, one comparison.
    "analyze": {"metrics.analyze_network": 3, "check.check_networks": 1, "comparison.compare_networks": 1},
    # 13 kommuner and the regional map; one check; the län overview's figures once.
    "analyze-lan": {"metrics.analyze_network": 14, "check.check_networks": 1, "lan.lan_figures": 1},
    "compare": {"metrics.analyze_network": 2, "check.check_networks": 1, "comparison.compare_networks": 1},
    "check": {"check.check_networks": 1},
    "map": {"metrics.analyze_network": 3},
    "map-lan": {"metrics.analyze_network": 1},
    **{name: {"metrics.analyze_network": 1} for name in COMMANDS if name.startswith(("export", "figure"))},
}


def _by_function(calls: Counter) -> Counter:
    total: Counter = Counter()
    for (module, name, _networks), n in calls.items():
        total[f"{module}.{name}"] += n
    return total


@pytest.fixture(scope="module")
def counted(tmp_path_factory):
    """Each command run once, its calls counted (the runs are slow under the profiler)."""
    cache = {}

    def run(name: str):
        if name not in cache:
            out = tmp_path_factory.mktemp(name) / "out"
            cache[name] = count_measuring([arg.format(out=out) for arg in COMMANDS[name]])
        return cache[name]

    return run


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_each_measuring_function_runs_once_per_network(command, counted):
    calls, result = counted(command)
    assert result.exit_code == 0, result.output
    assert calls, "the run measured nothing: the counter is not looking at samnet/measure"
    again = {f"{module}.{name}": n for (module, name, _), n in calls.items() if n > 1}
    assert again == {}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_each_command_measures_what_it_shows_and_nothing_else(command, counted):
    calls, result = counted(command)
    assert result.exit_code == 0, result.output
    assert _by_function(calls) == EXPECTED[command]


def test_every_command_that_measures_is_counted():
    # A new command that reads the data must join COMMANDS: the counter only watches what it runs.
    import samnet.runs

    runs = {name for name in samnet.runs.__all__ if name.endswith("_run")}
    counted_runs = {"analysis_run", "comparison_run", "check_run", "map_run", "export_run", "figure_run"}
    # Questionnaires draw no figures; the merge of filled forms measures testimony once per kommun (runs.py).
    assert runs - counted_runs == {"questionnaire_run", "merge_forms_run"}


def test_the_counter_catches_a_presenter_that_measures_again(monkeypatch, tmp_path):
    # A presenter that measured the network it was handed would be caught: the run's own
    # measurement and the presenter's are two calls on one network.
    import samnet.present.export as export
    from samnet.measure.metrics import analyze_network

    shown = export.export_bytes

    def measuring_again(network, metrics, fmt):
        analyze_network(network)
        return shown(network, metrics, fmt)

    monkeypatch.setattr(export, "export_bytes", measuring_again)
    calls, result = count_measuring(["export", "--example", "--kommun", "ljusdal", "-o", str(tmp_path / "x.json")])
    assert result.exit_code == 0, result.output
    assert {f"{m}.{n}": k for (m, n, _), k in calls.items() if k > 1} == {"metrics.analyze_network": 2}
