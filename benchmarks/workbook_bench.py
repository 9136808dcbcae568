"""Time ``samnet validate`` on the careless and hostile workbooks of issue 25, before and after.

Usage (from the repository root)::

    git worktree add /tmp/samnet-before da8be04      # the code before the change
    python benchmarks/workbook_bench.py --before /tmp/samnet-before --runs 1 --out -

Cases, each built here from the starter workbook (``samnet init --xlsx``):

- the last actor row filled down to row 1,048,576 (Excel's last row);
- a sheet padded with 1 GB of spaces (a 1 MB file);
- an unused shared string of 1 GB;
- a "billion laughs" entity bomb in a sheet.

Each case runs ``samnet validate`` in a fresh process, with ``PYTHONPATH`` set to
the checkout measured; the figure is the median wall time and the peak
resident memory (``os.wait4``). A run over ``--timeout`` seconds is stopped and
shown as such. This is a benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- workbook:start -->", "<!-- workbook:end -->"
ACTORS = "xl/worksheets/sheet2.xml"
MB = 1 << 20


def _starter() -> bytes:
    sys.path.insert(0, str(ROOT))
    from samnet.write.starter import starter_workbook

    return starter_workbook()


def _write(path: Path, parts: dict, level: int = 6) -> Path:
    """The starter with parts replaced; a part given as a callable writes itself into the open stream."""
    source = zipfile.ZipFile(io.BytesIO(_starter()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as out:
        for info in source.infolist():
            data = source.read(info)
            new = parts.pop(info.filename, None)
            if callable(new):
                entry = zipfile.ZipInfo(info.filename)
                entry.compress_type = zipfile.ZIP_DEFLATED
                with out.open(entry, "w", force_zip64=True) as stream:
                    new(data, stream)
            else:
                out.writestr(info.filename, data if new is None else new)
        for name, data in parts.items():
            out.writestr(name, data)
    return path


_SHARED = (
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">'
    b"<si><t>polisen</t></si><si><t>Polisen</t></si><si><t>polis</t></si><si><t>stat</t></si></sst>"
)
_SHARED_REL = (
    b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'sharedStrings" Target="sharedStrings.xml" Id="rId99"/></Relationships>'
)
_SHARED_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)


def _with_shared_strings(parts: dict) -> dict:
    """Link xl/sharedStrings.xml from the workbook and declare its type, as Excel does."""
    starter = zipfile.ZipFile(io.BytesIO(_starter()))
    rels = starter.read("xl/_rels/workbook.xml.rels").replace(b"</Relationships>", _SHARED_REL)
    types = starter.read("[Content_Types].xml").replace(b"</Types>", _SHARED_TYPE)
    return {"xl/_rels/workbook.xml.rels": rels, "[Content_Types].xml": types, **parts}


def filled_down(folder: Path) -> Path:
    """The last actor row (polisen) filled down to the last row, written as Excel writes it."""
    row = (
        b'<row r="%d" spans="1:8"><c r="A%d" t="s"><v>0</v></c><c r="B%d" t="s"><v>1</v></c>'
        b'<c r="C%d" t="s"><v>2</v></c><c r="D%d" t="s"><v>3</v></c></row>'
    )

    def fill(xml: bytes, stream) -> None:
        head, _, tail = xml.partition(b'<row r="6">')
        stream.write(head)
        slots = row.count(b"%d")
        for start in range(6, 1_048_577, 65_536):
            numbers = range(start, min(start + 65_536, 1_048_577))
            stream.write(b"".join(map(row.__mod__, zip(*[numbers] * slots))))
        stream.write(b"</sheetData>" + tail.partition(b"</sheetData>")[2])

    return _write(folder / "filled-down.xlsx", _with_shared_strings({ACTORS: fill, "xl/sharedStrings.xml": _SHARED}))


def _spaces(stream, megabytes: int) -> None:
    block = b" " * MB
    for _ in range(megabytes):
        stream.write(block)


def padded_sheet(folder: Path) -> Path:
    def pad(xml: bytes, stream) -> None:
        head, _, tail = xml.partition(b"<sheetData>")
        stream.write(head + b"<sheetData>")
        _spaces(stream, 1024)
        stream.write(tail)

    return _write(folder / "padded.xlsx", {ACTORS: pad})


def huge_shared_string(folder: Path) -> Path:
    def strings(_xml: bytes, stream) -> None:
        stream.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
        _spaces(stream, 1024)
        stream.write(b"</t></si></sst>")

    path = _write(folder / "shared.xlsx", _with_shared_strings({}))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as out:
        entry = zipfile.ZipInfo("xl/sharedStrings.xml")
        entry.compress_type = zipfile.ZIP_DEFLATED
        with out.open(entry, "w", force_zip64=True) as stream:
            strings(b"", stream)
    return path


def entity_bomb(folder: Path) -> Path:
    levels = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)]
    head = ('<?xml version="1.0"?><!DOCTYPE w [' + "".join(levels) + "]>").encode()
    sheet = zipfile.ZipFile(io.BytesIO(_starter())).read(ACTORS)
    sheet = head + re.sub(rb'<t xml:space="preserve">', b'<t xml:space="preserve">&l9;', sheet, count=1)
    return _write(folder / "entities.xlsx", {ACTORS: sheet})


CASES = [
    ("one row filled down to row 1,048,576", filled_down),
    ("a sheet padded with 1 GB of spaces", padded_sheet),
    ("an unused shared string of 1 GB", huge_shared_string),
    ("a billion-laughs entity bomb in a sheet", entity_bomb),
]


def measure(path: Path, checkout: Path, runs: int, timeout: float) -> str:
    """``median s, peak MB, exit N`` for ``samnet validate`` on ``path`` with the code in ``checkout``."""
    times, peaks, status = [], [], 0
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "samnet", "validate", "--data", str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=checkout,
            env=env,
        )
        while True:
            pid, raw, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                proc.kill()
                _, _, usage = os.wait4(proc.pid, 0)
                return f"stopped after {timeout:.0f} s ({usage.ru_maxrss / 1024:.0f} MB by then)"
            time.sleep(0.02)
        proc.returncode = status = os.waitstatus_to_exitcode(raw)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
    return f"{statistics.median(times):.2f} s, {max(peaks):.0f} MB, exit {status}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--before", type=Path, help="a checkout of the code before the change")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a run is stopped")
    parser.add_argument("--out", default=str(RESULTS), help="RESULTS.md to update, or - for stdout")
    parser.add_argument("--make", nargs=2, metavar=("CASE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.make:
        dict((make.__name__, make) for _name, make in CASES)[args.make[0]](Path(args.make[1]))
        return 0
    load = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="samnet-workbook-bench-"))
    rows = []
    try:
        for name, make in CASES:
            # Built in a child: a process forked from a parent that held the case would inherit its peak memory.
            subprocess.run([sys.executable, __file__, "--make", make.__name__, str(work)], check=True)
            path = next(work.glob("*.xlsx"))
            size = f"{path.stat().st_size / MB:.1f} MB"
            before = measure(path, args.before, args.runs, args.timeout) if args.before else "not measured"
            after = measure(path, ROOT, args.runs, args.timeout)
            rows.append(f"| {name} | {size} | {before} | {after} |")
            print(rows[-1], file=sys.stderr)
            path.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    command = "python benchmarks/workbook_bench.py" + "".join(f" {a}" for a in (argv or sys.argv[1:]))
    block = "\n".join(
        [
            START,
            f"Command: `{command}` (median of {args.runs} run(s) of `samnet validate`; "
            f"{os.cpu_count()} cores shared with other work, load average {load:.1f} at the start).",
            "",
            "| case | file | before | after |",
            "|---|---|---|---|",
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
        text = text.rstrip("\n") + "\n\n## Workbooks (issue 25)\n\n" + block + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
