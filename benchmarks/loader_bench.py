"""Time ``samnet validate`` on the hostile inputs of issue 14: the costs that used to explode.

Usage (from the repository root)::

    python benchmarks/loader_bench.py            # 3 runs each, results into RESULTS.md
    python benchmarks/loader_bench.py --runs 1 --out -

Cases:

- 5,000 links whose targets are unknown ids (each close to one of 1,000 actors), so
  every one is an ``unknown-actor`` problem that wants a "did you mean".
- A 100 kB value given an anchor and aliased 1,000 times, each an unknown actor.
- A 50 MB file of junk entries and a 9 MB one: both under the 128 MB size limit, both stopped
  after 10,000 unknown keys (the entries read until then are checked and listed).
- One forum of 200 members (the most :data:`samnet.load.dataset.MAX_FORUM_MEMBERS` allows) and one
  of 2,000 (refused with ``forum-too-large``).

Each case runs in a fresh process; the figure is the median wall time and the
peak resident memory. This is a benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- loader:start -->", "<!-- loader:end -->"


def _actors(n: int) -> str:
    lines = ["kommuner:\n  - {id: k, name: K}\nactors:\n"]
    lines += [f"  - {{id: aktor-{i:04d}, name: Aktör {i}, type: ifo, huvudman: kommun, kommun: k}}\n" for i in range(n)]
    return "".join(lines)


def unknown_references(folder: Path) -> Path:
    """1,000 actors; 5,000 links to ids that are one letter off an actor's id."""
    folder.mkdir()
    (folder / "actors.yaml").write_text(_actors(1000), encoding="utf-8")
    links = ["links:\n"] + [
        f"  - {{source: aktor-{i % 1000:04d}, target: aktr-{(i * 7) % 1000:04d}x{i}, level: 2, scope: individ}}\n"
        for i in range(5000)
    ]
    (folder / "links.yaml").write_text("".join(links), encoding="utf-8")
    return folder


def aliased_value(folder: Path) -> Path:
    """A 100 kB value anchored once and aliased 1,000 times as a link target."""
    folder.mkdir()
    (folder / "actors.yaml").write_text(_actors(10), encoding="utf-8")
    big = "y" * 100_000
    links = [f"links:\n  - {{source: aktor-0000, target: &big {big}, level: 2, scope: individ}}\n"]
    links += ["  - {source: aktor-0000, target: *big, level: 2, scope: individ}\n"] * 1000
    (folder / "links.yaml").write_text("".join(links), encoding="utf-8")
    return folder


def _junk(folder: Path, megabytes: int) -> Path:
    """A links.yaml of ``megabytes`` MB of entries that are all wrong (five problems each)."""
    folder.mkdir()
    (folder / "actors.yaml").write_text(_actors(10), encoding="utf-8")
    line = "  - {source: nobody, target: nothing, levl: 9}\n"
    with open(folder / "links.yaml", "w", encoding="utf-8") as out:
        out.write("links:\n")
        # In chunks: a 50 MB string in this process would count in the child's peak memory after fork.
        chunk = line * 10_000
        for _ in range(megabytes * 1024 * 1024 // len(chunk)):
            out.write(chunk)
    return folder


def junk(folder: Path) -> Path:
    """50 MB of junk: under the size limit, stopped after 10,000 unknown keys."""
    return _junk(folder, 50)


def junk_under_limit(folder: Path) -> Path:
    """9 MB of junk (the worst the old 10 MB limit checked in full): stopped after 10,000 unknown keys."""
    return _junk(folder, 9)


def _forum(folder: Path, members: int) -> Path:
    """One kommun of ``members`` actors and one level-1 forum of all of them."""
    folder.mkdir()
    (folder / "actors.yaml").write_text(_actors(members), encoding="utf-8")
    ids = ", ".join(f"aktor-{i:04d}" for i in range(members))
    (folder / "links.yaml").write_text(
        f"forums:\n  - {{id: f, name: F, members: [{ids}], level: 1, scope: struktur}}\n", encoding="utf-8"
    )
    return folder


def forum_at_limit(folder: Path) -> Path:
    """A forum of 200 members, the most the loader takes: 19,900 pairs."""
    return _forum(folder, 200)


def forum_over_limit(folder: Path) -> Path:
    """A forum of 2,000 members: refused with forum-too-large instead of two million pairs."""
    return _forum(folder, 2000)


CASES = [
    ("5,000 unknown-actor references, 1,000 actors", unknown_references, "3 min 35 s (issue 14)"),
    ("100 kB value aliased 1,000 times", aliased_value, "100 MB of output (issue 14)"),
    ("50 MB of junk entries (under the 128 MB limit)", junk, "0.30 s, 18 MB: refused by the 10 MB limit"),
    ("9 MB of junk entries, 1 million problems", junk_under_limit, "17.79 s, 259 MB: checked in full"),
    ("one forum of 200 members (the limit)", forum_at_limit, "not measured"),
    ("one forum of 2,000 members (refused)", forum_over_limit, "196 s, 1.4 GB for analyze (issue 14)"),
]


def measure(data: Path, runs: int) -> tuple[float, float, int, int]:
    """Median seconds, peak MB, exit status and bytes written to stderr."""
    times, peaks = [], []
    status = size = 0
    for _ in range(runs):
        with tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-m", "samnet", "validate", "--data", str(data)],
                stdout=subprocess.DEVNULL,
                stderr=err,
                cwd=ROOT,
            )
            _, raw, usage = os.wait4(proc.pid, 0)
            times.append(time.perf_counter() - start)
            peaks.append(usage.ru_maxrss / 1024)
            status = os.waitstatus_to_exitcode(raw)
            size = err.seek(0, 2)
    return statistics.median(times), max(peaks), status, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", default=str(RESULTS), help="RESULTS.md to update, or - for stdout")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="samnet-loader-bench-"))
    rows = []
    try:
        for name, make, before in CASES:
            seconds, peak, status, size = measure(make(work / make.__name__), args.runs)
            rows.append(f"| {name} | {before} | {seconds:.2f} s | {peak:.0f} MB | {status} | {size:,} bytes |")
            print(rows[-1], file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    command = "python benchmarks/loader_bench.py" + "".join(f" {a}" for a in (argv or sys.argv[1:]))
    block = "\n".join(
        [
            START,
            f"Command: `{command}` (median of {args.runs} runs of `samnet validate`; "
            f"{os.cpu_count()} cores shared with other work, load average {load:.1f} at the start).",
            "",
            "| case | before | after | peak memory | exit | stderr |",
            "|---|---|---|---|---|---|",
            *rows,
            END,
        ]
    )
    if args.out == "-":
        print(block)
        return 0
    text = Path(args.out).read_text(encoding="utf-8")
    if START in text:
        text = text.split(START)[0] + block + text.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n## Hostile input (issue 14)\n\n" + block + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
