"""A commit survives SIGKILL at any moment: the next command finds the journal and makes the folder whole.

Each run is a separate process that kills itself (SIGKILL) at the n-th step of
its commit, for every n until a run gets through: before the journal, between
any two renames, while undoing, while deleting the backups. After each kill
the folder is handed to the next samnet command, which must leave it
entirely old or entirely new, with no temporary, backup or journal left.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from samnet.cli import cli
from samnet.write import commit
from samnet.write.commit import JOURNAL_NAME, recover

ROOT = Path(__file__).resolve().parents[2]
SMALL = str(ROOT / "tests" / "fixtures" / "small")

# Kills itself at the step numbered argv[2] (counted over every step name), writing FILES into argv[1].
# With argv[3] == "fail", the rename of c.txt fails, so the run rolls back: the kill then lands in the undo.
KILLER = """
import os, signal, sys
from pathlib import Path
import samnet.write.commit as commit
folder, at, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
steps = []
def step(name):
    steps.append(name)
    if len(steps) == at:
        sys.stderr.write(name)
        sys.stderr.flush()
        os.kill(os.getpid(), signal.SIGKILL)
commit._before_step = step
if mode == "fail":
    real = os.replace
    def replace(src, dst):
        if Path(dst).name == "c.txt":
            raise OSError(5, "Input/output error")
        return real(src, dst)
    commit.os.replace = replace
try:
    commit.write_files({folder / "a.txt": "A ny", folder / "sub" / "b.txt": "B ny", folder / "c.txt": "C ny"})
except commit.OutputError:
    sys.exit(1)
"""

# Runs the command line with a kill at the step numbered argv[1] of the commit.
CLI_KILLER = """
import os, signal, sys
import samnet.write.commit as commit
at = int(sys.argv[1])
steps = []
def step(name):
    steps.append(name)
    if len(steps) == at:
        os.kill(os.getpid(), signal.SIGKILL)
commit._before_step = step
from samnet.cli import main
sys.argv = ["samnet", *sys.argv[2:]]
main()
"""


def snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list:
    return sorted(p.name for p in folder.rglob(".samnet*"))


def _old_folder(folder: Path) -> dict:
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("A gammal")
    (folder / "sub" / "b.txt").write_text("B gammal")
    return snapshot(folder)


NEW = {"a.txt": b"A ny", "c.txt": b"C ny", "sub/b.txt": b"B ny"}


@pytest.mark.parametrize("mode", ["commit", "fail"], ids=["during-the-commit", "during-the-rollback"])
def test_a_kill_at_every_step_leaves_the_next_command_a_whole_folder(tmp_path, mode):
    outcomes = set()
    for at in range(1, 40):
        folder = tmp_path / f"run{at}"
        old = _old_folder(folder)
        done = subprocess.run(
            [sys.executable, "-c", KILLER, str(folder), str(at), mode], cwd=ROOT, timeout=60, capture_output=True
        )
        if done.returncode != -9:
            assert done.returncode == (0 if mode == "commit" else 1)
            assert snapshot(folder) == (NEW if mode == "commit" else old) and leftovers(folder) == []
            break
        state = recover(folder)
        outcomes.add(state)
        assert snapshot(folder) in (old, NEW), (at, snapshot(folder))
        if mode == "fail" and done.stderr.decode() in ("restore", "delete", "done"):
            assert snapshot(folder) == old, at  # a run killed while rolling back ends rolled back
        if state == "completed":
            assert snapshot(folder) == NEW, at
        assert leftovers(folder) == [], (at, leftovers(folder))
    else:
        pytest.fail("the run never got through")
    assert at > 5  # the kill landed at several steps, not only the first
    assert outcomes >= ({"completed", None} if mode == "commit" else {"undone"})


def test_a_kill_during_the_renames_of_convert_is_completed_by_validate(tmp_path):
    data = tmp_path / "data"
    assert CliRunner().invoke(cli, ["convert", SMALL, str(data)]).exit_code == 0
    old = snapshot(data)
    source = tmp_path / "new.xlsx"
    assert CliRunner().invoke(cli, ["convert", str(ROOT / "data"), str(source)]).exit_code == 0
    # Step 1 is the journal, 2 and 3 the backups, 4 the first rename: kill before the second.
    killed = subprocess.run(
        [sys.executable, "-c", CLI_KILLER, "5", "convert", str(source), str(data), "--force"],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    assert killed.returncode == -9
    assert (data / JOURNAL_NAME).exists()
    mixed = snapshot(data)
    assert mixed["actors.yaml"] != old["actors.yaml"] and mixed["links.yaml"] == old["links.yaml"]
    result = CliRunner().invoke(cli, ["validate", "--data", str(data), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert f"{data}: an interrupted samnet run has been completed" in result.stderr
    assert "2 municipalities, 82 actors" in result.stdout
    new = tmp_path / "expected"
    assert CliRunner().invoke(cli, ["convert", str(source), str(new)]).exit_code == 0
    assert snapshot(data) == snapshot(new) and leftovers(data) == []


def test_a_kill_at_each_rename_of_analyze_leaves_the_next_run_a_whole_folder(tmp_path):
    out = tmp_path / "out"
    args = ["analyze", "--data", SMALL, "--no-maps", "--format", "json", "-o", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    old = snapshot(out)
    new_out = tmp_path / "new"
    assert CliRunner().invoke(cli, [*args[:-1], str(new_out), "--lang", "en"]).exit_code == 0
    new = snapshot(new_out)
    renames = len(new) + len(old) + 1  # journal, backups, renames
    for at in (2, len(old) + 2, len(old) + len(new) // 2, renames, renames + 2):
        subprocess.run([sys.executable, "-c", CLI_KILLER, str(at), *args, "--lang", "en"], cwd=ROOT, timeout=60)
        state = recover(out)
        assert snapshot(out) in (old, new), at
        assert leftovers(out) == [], at
        if state == "completed":
            # Start again from the old run for the next kill.
            assert CliRunner().invoke(cli, args).exit_code == 0
            assert snapshot(out) == old


HOLD = """
import pathlib, sys, time
import samnet.write.commit as commit
go = pathlib.Path(sys.argv[1])
def hold(temp):
    for _ in range(6000):
        if go.exists():
            return
        time.sleep(0.005)
commit._after_staging = hold
from samnet.cli import main
sys.argv = ["samnet", *sys.argv[2:]]
main()
"""

# Says (a file) when it has passed the command's early check and is about to commit.
ANNOUNCE = """
import pathlib, sys
import samnet.write.commit as commit
here = pathlib.Path(sys.argv[1])
real = commit.write_files
def write_files(*args, **kwargs):
    here.touch()
    return real(*args, **kwargs)
commit.write_files = write_files
from samnet.cli import main
sys.argv = ["samnet", *sys.argv[2:]]
main()
"""


def _poll(condition, what: str) -> None:
    for _ in range(6000):
        if condition():
            return
        time.sleep(0.005)
    pytest.fail(f"gave up waiting for {what}")


@pytest.mark.parametrize(
    "first, second",
    [
        (["init", "{target}"], ["init", "{target}"]),
        (["convert", SMALL, "{target}"], ["convert", str(ROOT / "data"), "{target}"]),
        (["template", "-o", "{target}/k.xlsx"], ["template", "-o", "{target}/k.xlsx"]),
    ],
    ids=["init", "convert", "template"],
)
def test_two_runs_into_one_target_cannot_both_write_it(tmp_path, first, second):
    target = tmp_path / "mapp"
    go, ready = tmp_path / "go", tmp_path / "ready"

    def command(words, script, flag):
        return subprocess.Popen(
            [sys.executable, "-c", script, str(flag), *[w.format(target=target) for w in words]],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    holder = command(first, HOLD, go)
    try:
        _poll(lambda: list(target.glob(commit.TEMP_PREFIX + "*")), "the first run to stage its files")
        later = command(second, ANNOUNCE, ready)
        # Nothing is at the target yet, so the second run passes the early check and then
        # waits for the folder the first run holds.
        _poll(lambda: ready.exists() or later.poll() is not None, "the second run to start its commit")
    finally:
        go.touch()
    holder.communicate(timeout=60)
    _, err = later.communicate(timeout=60)
    assert ready.exists() and holder.returncode == 0
    assert later.returncode == 2 and b"finns redan" in err, err
    alone = tmp_path / "alone"
    subprocess.run([sys.executable, "-m", "samnet", *[w.format(target=alone) for w in first]], cwd=ROOT, check=True)
    assert snapshot(target) == snapshot(alone)


def test_validate_stops_on_a_commit_it_cannot_finish_instead_of_reading_a_mix(tmp_path):
    data = tmp_path / "data"
    assert CliRunner().invoke(cli, ["convert", SMALL, str(data)]).exit_code == 0
    (data / JOURNAL_NAME).write_text('{"run": "0123456789ab", "targets": [["../utanfor.yaml", true]]}')
    result = CliRunner().invoke(cli, ["validate", "--data", str(data), "--lang", "en"])
    assert result.exit_code == 1
    assert result.output.startswith(f"{data / JOURNAL_NAME}: an interrupted samnet run cannot be finished")
    assert "OK:" not in result.output and (data / JOURNAL_NAME).exists()


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_a_real_kill_between_two_renames_slowed_by_strace_is_completed(tmp_path):
    """No hook: strace delays every rename by 0.2 s; the run is killed once its first file has changed."""
    import os
    import signal

    data = tmp_path / "data"
    assert CliRunner().invoke(cli, ["convert", SMALL, str(data)]).exit_code == 0
    old = snapshot(data)
    source = tmp_path / "new.xlsx"
    assert CliRunner().invoke(cli, ["convert", str(ROOT / "data"), str(source)]).exit_code == 0
    renames = "rename,renameat,renameat2"
    traced = subprocess.Popen(
        [
            "strace",
            "-f",
            "-qq",
            "-o",
            os.devnull,
            "-e",
            f"trace={renames}",
            "-e",
            f"inject={renames}:delay_enter=200000",
        ]
        + [sys.executable, "-m", "samnet", "convert", str(source), str(data), "--force"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _poll(
            lambda: (data / "actors.yaml").read_bytes() != old["actors.yaml"] or traced.poll() is not None,
            "the first renamed file",
        )
        pid = int((data / commit.LOCK_NAME).read_text().split()[0])
        os.kill(pid, signal.SIGKILL)
    finally:
        traced.communicate(timeout=60)
    mixed = snapshot(data)
    assert mixed["actors.yaml"] != old["actors.yaml"] and mixed["links.yaml"] == old["links.yaml"]
    result = CliRunner().invoke(cli, ["validate", "--data", str(data), "--lang", "en"])
    assert result.exit_code == 0 and "has been completed" in result.stderr
    expected = tmp_path / "expected"
    assert CliRunner().invoke(cli, ["convert", str(source), str(expected)]).exit_code == 0
    assert snapshot(data) == snapshot(expected) and leftovers(data) == []
