"""A coordinator's first hour: the workbook found, a summary that fits a screen, one map for one kommun."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def samnet(cwd: Path, *args: str, columns: int = 100) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), LC_ALL="C.UTF-8", COLUMNS=str(columns), SAMNET_LANG="")
    return subprocess.run(
        [sys.executable, "-m", "samnet", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_plain_analyze_reads_the_workbook_init_wrote(tmp_path):
    assert samnet(tmp_path, "init", "--xlsx").returncode == 0
    result = samnet(tmp_path, "analyze", "--no-maps")
    assert result.returncode == 0, result.stderr
    assert "kartlaggning.xlsx" in result.stderr.splitlines()[0]
    assert samnet(tmp_path, "validate").returncode == 0


def test_the_summary_fits_a_screen_and_ends_with_where_to_look(tmp_path):
    result = samnet(tmp_path, "analyze", "--example", "--no-report", "-o", "out")
    lines = result.stdout.splitlines()
    assert 10 < len(lines) <= 40, len(lines)
    last = result.stderr.splitlines()[-1]
    assert last.endswith(str(Path("out") / "map.html")) and "--full" in last
    full = samnet(tmp_path, "analyze", "--example", "--no-maps", "-o", "out2", "--full")
    assert len(full.stdout.splitlines()) > 3 * len(lines)


def test_lines_wrap_at_the_terminals_width(tmp_path):
    for columns in (60, 140):
        result = samnet(tmp_path, "analyze", "--example", "--no-maps", "-o", f"o{columns}", columns=columns)
        lines = result.stdout.splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("Centrala aktörer"))
        paragraph = [lines[start]] + [line for line in lines[start + 1 : start + 6] if line.startswith("    ")]
        assert len(paragraph) >= 2 and all(len(line) <= columns for line in paragraph)
        assert max(len(line) for line in paragraph) > columns - 25


def test_one_kommun_gets_one_map(tmp_path):
    assert samnet(tmp_path, "init").returncode == 0
    result = samnet(tmp_path, "analyze", "--no-report")
    assert result.returncode == 0, result.stderr
    maps = sorted(p.relative_to(tmp_path / "output").as_posix() for p in (tmp_path / "output").rglob("map.html"))
    assert len(maps) == 1 and maps[0].endswith("/map.html")
    assert result.stderr.splitlines()[-1].endswith(maps[0])
