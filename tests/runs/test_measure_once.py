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
    """Run one command; count entries into module-level functions of samnet/measure from outside it."""
    calls: Counter = Counter()

    def profile(frame, event, _arg):
        if event != "call":
            return
        code = frame.f_code
        if not code.co_filename.startswith(MEASURE) or "." in code.co_qualname or code.co_name.startswith("<"):
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


COMMANDS = {
    # The bundled data names no norm: --norm asks for the check, so it is measured too.
    "analyze": ["analyze", "--example", "--norm", "dalarna-2024"],
    "compare": ["compare", "--example", "ljusdal", "sandviken", "--norm", "dalarna-2024"],
    "check": ["check", "--example"],
}


@pytest.fixture(scope="module")
def counted(tmp_path_factory):
    """Each command run once with -o, its calls counted (the runs are slow under the profiler)."""
    cache = {}

    def run(name: str):
        if name not in cache:
            out = tmp_path_factory.mktemp(name) / "out"
            cache[name] = count_measuring([*COMMANDS[name], "-o", str(out)])
        return cache[name]

    return run


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_each_measuring_function_runs_once_per_network(command, counted):
    calls, result = counted(command)
    assert result.exit_code == 0, result.output
    assert calls, "the run measured nothing: the counter is not looking at samnet/measure"
    again = {f"{module}.{name}": n for (module, name, _), n in calls.items() if n > 1}
    assert again == {}


def test_analyze_measures_each_network_and_the_region_once(counted):
    calls, result = counted("analyze")
    assert result.exit_code == 0, result.output
    by_function = Counter()
    for (module, name, _networks), n in calls.items():
        by_function[f"{module}.{name}"] += n
    # Two kommuner and the regional map: three networks, each measured once; one check, one comparison.
    assert by_function["metrics.analyze_network"] == 3
    assert by_function["check.check_networks"] == 1
    assert by_function["comparison.compare_networks"] == 1
    assert sum(by_function.values()) == 5, by_function


def test_the_counter_sees_a_second_measurement():
    # A presenter that measured again would be caught: two calls on one network count twice.
    from samnet.core.model import Actor, Dataset
    from samnet.core.network import build_network
    from samnet.measure.metrics import analyze_network

    network = build_network(Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")}))
    calls: Counter = Counter()

    def profile(frame, event, _arg):
        code = frame.f_code
        if event == "call" and code.co_filename.startswith(MEASURE) and code.co_name == "analyze_network":
            calls[_networks(frame)] += 1

    sys.setprofile(profile)
    try:
        analyze_network(network)
        analyze_network(network)
    finally:
        sys.setprofile(None)
    assert calls == {(id(network),): 2}
