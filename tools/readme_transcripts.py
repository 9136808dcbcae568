"""Re-run the commands shown in README.md and refresh their output, or check it is current.

Every fenced ``console`` block whose first line starts with ``$ `` is a
transcript: the command runs in a scratch folder holding a copy of ``data/``
(and ``data-with-typos/``, a copy with three mistakes), and the block's text
after the command line is its combined stdout and stderr.

    python tools/readme_transcripts.py          # rewrite README.md
    python tools/readme_transcripts.py --check  # exit 1 if any transcript is stale
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["BLOCK", "scratch_folder", "run", "refresh"]

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"```console\n\$ (?P<command>[^\n]+)\n(?P<output>.*?)```", re.S)


def scratch_folder() -> Path:
    """A temporary folder laid out like a user's: data/, data-with-typos/ and kartlaggning-med-fel.xlsx."""
    folder = Path(tempfile.mkdtemp(prefix="samnet-readme-"))
    shutil.copytree(ROOT / "data", folder / "data", ignore=shutil.ignore_patterns("README.md"))
    shutil.copytree(ROOT / "tests" / "fixtures" / "data-with-typos", folder / "data-with-typos")
    shutil.copy(ROOT / "tests" / "fixtures" / "kartlaggning-med-fel.xlsx", folder)
    return folder


def run(command: str, cwd: Path) -> str:
    """Run one README command with ``samnet`` meaning this checkout's samnet."""
    bindir = cwd / "bin"
    bindir.mkdir(exist_ok=True)
    shim = bindir / "samnet"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m samnet "$@"\n')
    shim.chmod(0o755)
    env = dict(
        os.environ,
        PATH=f"{bindir}{os.pathsep}{os.environ['PATH']}",
        PYTHONPATH=str(ROOT),
        COLUMNS="100",
        LC_ALL="C.UTF-8",
    )
    # One stream, as a terminal shows it: click flushes after every line, so the order is real.
    result = subprocess.run(
        command, shell=True, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False
    )
    return result.stdout


def refresh(text: str, cwd: Path) -> str:
    """README text with every transcript's output replaced by what the command prints now."""

    def replace(match: re.Match) -> str:
        output = run(match["command"], cwd)
        if output and not output.endswith("\n"):
            output += "\n"
        return f"```console\n$ {match['command']}\n{output}```"

    return BLOCK.sub(replace, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale transcripts")
    args = parser.parse_args(argv)
    folder = scratch_folder()
    try:
        text = README.read_text(encoding="utf-8")
        fresh = refresh(text, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if args.check:
        if fresh != text:
            print("README.md transcripts are stale: run python tools/readme_transcripts.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
