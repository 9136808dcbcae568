#!/usr/bin/env python3
"""Time a command as a whole process, alone or in turn with a second one, and print medians and ratios.

The figures in benchmarks/RESULTS.md that compare two commands (samnet against
the import floor, a branch against main) were taken this way: A and B run in
turn, A B A B …, after one warm-up of each, so that a machine whose speed
drifts slows both alike, and the ratio A/B is taken pair by pair. CPU is user
plus system seconds of the finished process and its children, from the
operating system (``os.wait4``); wall is a monotonic clock around it; peak is
the largest resident set of the process (``ru_maxrss``).

This is a benchmark, not a test: it prints figures and checks nothing.

Usage::

    python benchmarks/paired.py [-n 10] [--vs "python -c 'import networkx, yaml'"] -- samnet analyze --example --format json
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import time

__all__ = ["run_once", "main"]


def run_once(argv: list[str], env: dict[str, str] | None = None, cwd=None) -> dict[str, float]:
    """One run of ``argv``, its output thrown away: CPU, user and wall seconds, peak MiB, exit code.

    Examples
    --------
    >>> sorted(run_once(["true"]))
    ['cpu', 'exit', 'peak MiB', 'user', 'wall']
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return {
        "user": usage.ru_utime,
        "cpu": usage.ru_utime + usage.ru_stime,
        "wall": wall,
        "peak MiB": usage.ru_maxrss / 1024,
        "exit": os.waitstatus_to_exitcode(status),
    }


def _row(name: str, values: list[float]) -> str:
    return f"{name:<16} {min(values):>10.3f} {statistics.median(values):>10.3f} {max(values):>10.3f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=5, help="counted runs of each command (default 5)")
    parser.add_argument("--vs", help="a second command (B), one string split as a shell splits words")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command (A), after --")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to time after --")
    commands = {"A": command} | ({"B": shlex.split(args.vs)} if args.vs else {})
    for argv_ in commands.values():
        run_once(argv_)  # warm-up: file caches, bytecode
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, argv_ in commands.items():
            runs[name].append(run_once(argv_))
    print(f"{'':<16} {'min':>10} {'median':>10} {'max':>10}   ({args.runs} runs each, whole process)")
    for name, measured in runs.items():
        for key in ("user", "cpu", "wall", "peak MiB"):
            print(_row(f"{name} {key}", [m[key] for m in measured]))
    if "B" in runs:
        for key in ("user", "cpu", "wall"):
            print(_row(f"A/B {key}", [a[key] / b[key] for a, b in zip(runs["A"], runs["B"])]))


if __name__ == "__main__":
    main()
