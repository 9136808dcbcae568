"""Time samnet's commands on the bundled data and on generated national-scale data.

Usage (from the repository root)::

    python benchmarks/run.py                     # every benchmark, 5 runs each
    python benchmarks/run.py --runs 3 --baseline 589bc36

Each benchmark runs the command in a fresh process ``--runs`` times and
reports the median wall time, the spread (min-max) and the peak resident
memory of the process (from ``os.wait4``). With ``--baseline REV`` every
benchmark also runs against that git revision (checked out in a temporary
worktree), giving the "before" column. Results go between the markers in
``benchmarks/RESULTS.md``; the hand-written sections around them are kept.

This is a benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from paired import run_once

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
SIZES = (29, 145, 290)


@dataclass
class Measurement:
    median: float
    low: float
    high: float
    peak_mb: float
    ok: bool


# Runs `python -m samnet` without the finder of an editable install, which would
# otherwise supply modules that a baseline revision does not have from today's tree.
BOOTSTRAP = (
    "import runpy, sys; "
    "sys.meta_path[:] = [f for f in sys.meta_path if not getattr(f, '__module__', '').startswith('__editable__')]; "
    "sys.argv[0] = 'samnet'; runpy.run_module('samnet', run_name='__main__', alter_sys=True)"
)


def measure(argv: list[str], runs: int, env: dict[str, str], cwd: Path) -> Measurement:
    """Run ``argv`` ``runs`` times; wall time per run and the largest peak RSS."""
    measured = [run_once(argv, env=env, cwd=cwd) for _ in range(runs)]
    times, peaks = [one["wall"] for one in measured], [one["peak MiB"] for one in measured]
    ok = all(one["exit"] == 0 for one in measured)
    return Measurement(statistics.median(times), min(times), max(times), max(peaks), ok)


def generate(n: int, folder: Path) -> Path:
    target = folder / f"gen{n}"
    if not (target / "links.yaml").exists():
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--kommuner", str(n), "--out", str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def benchmarks(work: Path) -> list[tuple[str, list[str], int, str]]:
    """(name, samnet arguments, runs divisor, target) for every benchmark."""
    gen = {n: generate(n, work) for n in SIZES}
    items = [
        ("samnet --help", ["--help"], 1, "< 0.25 s"),
        ("validate, bundled data", ["validate", "--data", str(ROOT / "data")], 1, ""),
        (
            "analyze --format json, bundled data",
            ["analyze", "--data", str(ROOT / "data"), "--format", "json"],
            1,
            "<= 2x import floor",
        ),
        # Everything a coordinator gets: tables, maps, comparison, report.html and report.docx.
        (
            "analyze -o DIR, bundled data (maps and reports)",
            ["analyze", "--data", str(ROOT / "data"), "--format", "json", "-o", str(work / "bundled")],
            1,
            "",
        ),
        (
            "figure --kommun ljusdal -o FILE.png, bundled data",
            ["figure", "--data", str(ROOT / "data"), "--kommun", "ljusdal", "-o", str(work / "ljusdal.png")],
            1,
            "",
        ),
    ]
    for n in SIZES:
        items.append((f"validate, {n} kommuner", ["validate", "--data", str(gen[n])], 1, "< 10 s" if n == 290 else ""))
        items.append(
            (f"analyze --format json, {n} kommuner", ["analyze", "--data", str(gen[n]), "--format", "json"], 1, "")
        )
        items.append(
            (
                f"analyze -o DIR --no-maps, {n} kommuner",
                ["analyze", "--data", str(gen[n]), "--format", "json", "--no-maps", "-o", str(work / f"out{n}")],
                2 if n > 29 else 1,
                "< 60 s, < 2 GB" if n == 290 else "",
            )
        )
    items += [
        ("map, one kommun", ["map", "--data", str(gen[290]), "--kommun", "k001", "-o", str(work / "k001.html")], 1, ""),
        (
            "map --lan Gävleborg (about 500 actors)",
            ["map", "--data", str(gen[290]), "--lan", "Gävleborg", "-o", str(work / "lan.html")],
            1,
            "",
        ),
        (
            "compare two generated kommuner",
            ["compare", "k001", "k002", "--data", str(gen[29]), "--format", "json"],
            1,
            "",
        ),
    ]
    return items


def worktree(rev: str, folder: Path) -> Path:
    target = folder / f"baseline-{rev}"
    if not target.exists():
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(target), rev],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    return target


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}){memory}, "
        f"Python {platform.python_version()}"
    )


def fmt(m: Measurement | None) -> str:
    if m is None:
        return "n/a"
    if not m.ok:
        return "failed"
    return f"{m.median:.2f} s ({m.low:.2f}-{m.high:.2f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per benchmark (heavy ones use fewer)")
    parser.add_argument("--baseline", metavar="REV", help="also time this git revision, as 'before'")
    parser.add_argument("--only", help="run only benchmarks whose name contains this text")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="samnet-bench-"))
    try:
        items = benchmarks(work)
        if args.only:
            items = [item for item in items if args.only in item[0]]
        trees = {"after": ROOT}
        if args.baseline:
            trees = {"before": worktree(args.baseline, work), "after": ROOT}
        rows = []
        floor_env = dict(os.environ)
        floor = measure([sys.executable, "-c", "import networkx, yaml"], args.runs, floor_env, ROOT)
        for name, samnet_args, divisor, target in items:
            runs = max(1, args.runs // divisor)
            result = {}
            for label, tree in trees.items():
                # `python -m` puts the working folder first on sys.path, so each tree runs
                # from its own folder; every data path is absolute.
                env = dict(os.environ, PYTHONPATH=str(tree))
                result[label] = measure([sys.executable, "-c", BOOTSTRAP, *samnet_args], runs, env, tree)
            rows.append((name, samnet_args, target, result))
            print(f"{name}: " + ", ".join(f"{k} {fmt(v)}" for k, v in result.items()), file=sys.stderr)
    finally:
        if args.baseline:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(work / f"baseline-{args.baseline}")],
                check=False,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        shutil.rmtree(work, ignore_errors=True)

    labels = list(trees)
    lines = [
        START,
        f"Measured {time.strftime('%Y-%m-%d')} on {machine()}.",
        "",
        f"Command: `python benchmarks/run.py{''.join(' ' + a for a in (argv if argv is not None else sys.argv[1:]))}`",
        "",
        f'Floor, `python -c "import networkx, yaml"`: {fmt(floor)}.',
        "",
        "| benchmark | " + " | ".join(f"{label}: median (min-max)" for label in labels) + " | peak memory | target |",
        "|---|" + "---|" * len(labels) + "---|---|",
    ]
    by_name = {}
    for name, _, target, result in rows:
        by_name[name] = result
        peak = result["after"].peak_mb
        lines.append(
            f"| {name} | " + " | ".join(fmt(result.get(label)) for label in labels) + f" | {peak:.0f} MB | {target} |"
        )
    ratios = []
    bundled = by_name.get("analyze --format json, bundled data")
    if bundled:
        ratios.append(
            f"- analyze (bundled) / import floor: {bundled['after'].median / floor.median:.2f}x (target <= 2x)"
        )
    small, large = (
        by_name.get("analyze -o DIR --no-maps, 29 kommuner"),
        by_name.get("analyze -o DIR --no-maps, 290 kommuner"),
    )
    if small and large:
        ratios.append(
            f"- analyze -o, 290 / 29 kommuner: {large['after'].median / small['after'].median:.1f}x "
            "(target <= 12x; 10x is linear)"
        )
    small, large = by_name.get("validate, 29 kommuner"), by_name.get("validate, 290 kommuner")
    if small and large:
        ratios.append(f"- validate, 290 / 29 kommuner: {large['after'].median / small['after'].median:.1f}x")
    lines += ["", *ratios, END]
    block = "\n".join(lines)

    text = args.out.read_text(encoding="utf-8") if args.out.exists() else f"# Benchmark results\n\n{START}\n{END}\n"
    if START in text and END in text:
        text = text[: text.index(START)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
