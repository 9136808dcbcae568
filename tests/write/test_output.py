"""One run, one commit: samnet.write.commit under failure, interrupt, kill, a second run and narrow code pages.

Failures are made real where the OS can make them (RLIMIT_FSIZE for a full
disk, signals from outside for an interrupt, SIGKILL) and injected where it
cannot (a rename refused, a file held open by Excel). Every wait is a bounded
poll on an observable state, never a sleep that decides the outcome.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from samnet.cli import cli
from samnet.errors import OutputError
from samnet.write import commit as output
from samnet.write.commit import BACKUP_PREFIX, LOCK_NAME, TEMP_PREFIX, write_files

SMALL = str(ROOT / "tests" / "fixtures" / "small")
BUNDLED = str(ROOT / "data")

# Runs the CLI with a hook that pauses after the first temporary is written until GO
# exists, so a test can act (signal, kill, second run) while the commit is open.
HOLD = """
import pathlib, sys, time
import samnet.write.commit as output
go = pathlib.Path(sys.argv[1])
held = []
def hold(temp):
    if not held:
        held.append(temp)
        for _ in range(6000):
            if go.exists():
                return
            time.sleep(0.005)
output._after_staging = hold
from samnet.cli import main
sys.argv = ["samnet", *sys.argv[2:]]
main()
"""


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list:
    return sorted(p.name for p in folder.rglob(".samnet*"))


def poll(condition, what: str, tries: int = 6000):
    for _ in range(tries):
        value = condition()
        if value:
            return value
        time.sleep(0.005)
    pytest.fail(f"gave up waiting for {what}")


def samnet(*args, env=None, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "samnet", *args], cwd=ROOT, capture_output=True, env=env, check=False, **kwargs
    )


def held_run(go: Path, *args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", HOLD, str(go), *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def first_temp(folder: Path):
    return next(iter(sorted(folder.rglob(TEMP_PREFIX + "*"))), None)


@pytest.fixture
def earlier(tmp_path):
    """An output folder holding a complete earlier run (Swedish, no maps) and its bytes."""
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["analyze", "--data", SMALL, "--no-maps", "--format", "json", "-o", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return out, snapshot(out)


# --- in-process: the swap and its rollback -------------------------------------------------


def test_write_files_replaces_and_creates_and_leaves_nothing_else(tmp_path):
    (tmp_path / "a.txt").write_text("gammal")
    written = write_files({tmp_path / "a.txt": "ny", tmp_path / "k" / "b.csv": b"1,2\n"})
    assert written == [tmp_path / "a.txt", tmp_path / "k" / "b.csv"]
    assert snapshot(tmp_path) == {Path("a.txt"): b"ny", Path("k/b.csv"): b"1,2\n"}
    assert leftovers(tmp_path) == []


def failing_replace(monkeypatch, fail_at: int, error: OSError):
    """Make the fail_at-th rename of a temporary over its target (and every later one) raise ``error``."""
    real = os.replace
    calls = []

    def replace(src, dst):
        if Path(src).name.startswith(TEMP_PREFIX):
            calls.append(dst)
            if len(calls) >= fail_at:
                raise error
        return real(src, dst)

    monkeypatch.setattr(output.os, "replace", replace)
    return calls


@pytest.mark.parametrize("fail_at", [1, 2, 3, 4])
@pytest.mark.parametrize("links", [True, False], ids=["hard-link-backups", "rename-backups"])
def test_a_rename_failing_at_any_point_rolls_every_file_back(tmp_path, monkeypatch, fail_at, links):
    (tmp_path / "a.txt").write_text("A gammal")
    (tmp_path / "k").mkdir()
    (tmp_path / "k" / "c.txt").write_text("C gammal")
    before = snapshot(tmp_path)
    if not links:  # a USB stick with FAT has no hard links
        monkeypatch.setattr(output.os, "link", lambda *a, **k: (_ for _ in ()).throw(OSError(1, "no")))
    calls = failing_replace(monkeypatch, fail_at, OSError(28, "No space left on device"))
    files = {
        tmp_path / "a.txt": "A ny",
        tmp_path / "b.txt": "B ny",
        tmp_path / "k" / "c.txt": "C ny",
        tmp_path / "k" / "d" / "e.txt": "E ny",
    }
    with pytest.raises(OutputError) as caught:
        write_files(files)
    assert len(calls) == fail_at  # the failure really came after fail_at - 1 renames, and stopped them
    assert str(caught.value) == (
        f"kan inte skriva {calls[-1]}: No space left on device; de tidigare filerna är som de var"
    )
    assert snapshot(tmp_path) == before
    assert leftovers(tmp_path) == []
    assert not (tmp_path / "k" / "d").exists()  # the folder this run created is gone again


def test_a_file_open_in_excel_says_close_it(tmp_path, monkeypatch):
    (tmp_path / "metrics.csv").write_text("gammal")
    failing_replace(monkeypatch, 1, PermissionError(13, "Permission denied"))
    with pytest.raises(OutputError, match="stäng filen i Excel och försök igen; de tidigare filerna"):
        write_files({tmp_path / "metrics.csv": "ny"})
    with pytest.raises(OutputError, match="close the file in Excel and try again; the earlier files"):
        write_files({tmp_path / "metrics.csv": "ny"}, lang="en")
    assert (tmp_path / "metrics.csv").read_text() == "gammal"
    assert leftovers(tmp_path) == []


def test_a_rollback_that_fails_names_the_backups_it_kept(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("A gammal")
    (tmp_path / "b.txt").write_text("B gammal")
    real = os.replace

    def replace(src, dst):
        if Path(dst).name == "b.txt" or Path(src).name.startswith(BACKUP_PREFIX):
            raise OSError(5, "Input/output error")  # the second swap, then every restore
        return real(src, dst)

    monkeypatch.setattr(output.os, "replace", replace)
    with pytest.raises(OutputError) as caught:
        write_files({tmp_path / "a.txt": "A ny", tmp_path / "b.txt": "B ny"}, lang="en")
    kept = sorted(tmp_path.glob(BACKUP_PREFIX + "*-a.txt"))
    assert len(kept) == 1 and kept[0].read_text() == "A gammal"
    assert str(caught.value).endswith(
        f"the rollback failed (Input/output error), the earlier files are kept as {kept[0]}"
    )
    # The journal stays, marked for undoing: the next command that touches the folder finishes
    # the rollback from that only copy of the earlier a.txt, and leaves nothing behind.
    assert (tmp_path / output.UNDO_NAME).exists()
    monkeypatch.setattr(output.os, "replace", real)
    assert output.recover(tmp_path) == "undone"
    assert (tmp_path / "a.txt").read_text() == "A gammal" and (tmp_path / "b.txt").read_text() == "B gammal"
    assert leftovers(tmp_path) == []


def test_an_interrupt_during_the_renames_rolls_back_and_restores_the_handlers(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("A gammal")
    (tmp_path / "c.txt").write_text("C gammal")
    before = snapshot(tmp_path)
    real = os.replace
    done = []

    def replace(src, dst):
        real(src, dst)
        done.append(dst)
        if len(done) == 2:  # two of three targets already hold the new bytes
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(output.os, "replace", replace)
    handler = signal.getsignal(signal.SIGINT)
    with pytest.raises(OutputError, match=r"^avbruten av SIGINT; de tidigare filerna är som de var$") as caught:
        write_files({tmp_path / n: "ny" for n in ("a.txt", "b.txt", "c.txt")})
    assert caught.value.exit_code == 130 and len(done) >= 2
    assert snapshot(tmp_path) == before and leftovers(tmp_path) == []
    assert signal.getsignal(signal.SIGINT) is handler


def test_a_directory_in_the_way_changes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text("gammal")
    (tmp_path / "map.html").mkdir()
    with pytest.raises(OutputError, match="map.html: Is a directory"):
        write_files({tmp_path / "a.txt": "ny", tmp_path / "map.html": "<html>"})
    assert (tmp_path / "a.txt").read_text() == "gammal" and leftovers(tmp_path) == []


def test_leftovers_of_killed_runs_are_removed_but_never_an_only_copy(tmp_path):
    (tmp_path / "a.txt").write_text("nu")
    (tmp_path / "b.txt").write_text("nu")
    run = "0123456789ab"
    (tmp_path / f"{TEMP_PREFIX}{run}-a.txt").write_text("halvskriven")
    os.link(tmp_path / "a.txt", tmp_path / f"{BACKUP_PREFIX}{run}-a.txt")  # same file: redundant
    (tmp_path / f"{BACKUP_PREFIX}{run}-b.txt").write_text("enda kopian")  # differs: keep
    (tmp_path / "samnet-tmp-notes.txt").write_text("the user's own file")
    write_files({tmp_path / "c.txt": "ny"})
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"{BACKUP_PREFIX}{run}-b.txt",
        "a.txt",
        "b.txt",
        "c.txt",
        "samnet-tmp-notes.txt",
    ]


# --- real failures and signals, in a separate process ---------------------------------------


def test_a_full_disk_midway_leaves_the_earlier_files_byte_identical(tmp_path):
    args = ["analyze", "--data", BUNDLED, "--kommun", "ljusdal", "--no-maps", "--format", "json"]
    probe = tmp_path / "probe"
    assert samnet(*args, "--lang", "en", "-o", str(probe)).returncode == 0
    sizes = [len(data) for _, data in sorted(snapshot(probe).items(), key=lambda kv: str(kv[0]))]
    limit = sorted(sizes)[len(sizes) // 2]  # the middle size: some files fit, a later one does not
    assert sizes[0] < limit and max(sizes) > limit, sizes  # the disk fills midway, not at once
    out = tmp_path / "out"
    assert samnet(*args, "-o", str(out)).returncode == 0
    before = snapshot(out)

    def small_disk():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = samnet(*args, "--lang", "en", "-o", str(out), preexec_fn=small_disk)
    assert result.returncode == 1, result.stderr
    assert b"File too large; the earlier files are as they were" in result.stderr
    assert b"Traceback" not in result.stderr
    assert snapshot(out) == before and leftovers(out) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_when_the_first_temporary_appears_leaves_the_earlier_files(earlier, tmp_path, signum):
    out, before = earlier
    go = tmp_path / "go"
    proc = held_run(go, "analyze", "--data", SMALL, "--no-maps", "--lang", "en", "-o", str(out))
    try:
        poll(lambda: first_temp(out), "the first temporary")
        proc.send_signal(signum)
    finally:
        go.touch()
        stdout, stderr = proc.communicate(timeout=60)
    name = signal.Signals(signum).name
    assert stderr.decode().endswith(f"interrupted by {name}; the earlier files are as they were\n")
    assert proc.returncode == 128 + signum
    assert snapshot(out) == before and leftovers(out) == []


def test_an_interrupt_at_any_moment_never_mixes_the_folder(earlier, tmp_path):
    """No hook: the signal lands wherever the run is; the folder is all old or all new."""
    out, before = earlier
    args = ["analyze", "--data", SMALL, "--no-maps", "--lang", "en", "--format", "json", "-o"]
    assert CliRunner().invoke(cli, [*args, str(tmp_path / "new")]).exit_code == 0
    new = snapshot(tmp_path / "new")
    assert sum(new[name] != before[name] for name in before) >= 2  # a mix would show
    proc = subprocess.Popen(
        [sys.executable, "-m", "samnet", *args, str(out)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    poll(lambda: first_temp(out) or proc.poll() is not None, "a temporary or the end of the run")
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=60)
    assert snapshot(out) in (before, new) and leftovers(out) == []


def test_a_killed_run_leaves_only_temporaries_and_the_next_run_removes_them(earlier, tmp_path):
    out, before = earlier
    go = tmp_path / "go"
    proc = held_run(go, "analyze", "--data", SMALL, "--no-maps", "--lang", "en", "-o", str(out))
    poll(lambda: first_temp(out), "the first temporary")
    proc.kill()
    proc.communicate(timeout=60)
    assert snapshot(out).keys() - before.keys()  # the temporary survived the kill ...
    assert {k: v for k, v in snapshot(out).items() if k in before} == before  # ... nothing else changed
    result = samnet("analyze", "--data", SMALL, "--no-maps", "--format", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr  # the dead run's lock is no obstacle
    assert snapshot(out) == before and leftovers(out) == []


def test_a_second_run_waits_for_the_folder_or_names_the_run_holding_it(earlier, tmp_path):
    out, _ = earlier
    go = tmp_path / "go"
    proc = held_run(go, "analyze", "--data", SMALL, "--no-maps", "--lang", "en", "-o", str(out))
    try:
        poll(lambda: first_temp(out), "the first temporary")
        with pytest.raises(OutputError) as caught:
            write_files({out / "report.md": "andra körningen"}, wait=0)
        assert str(caught.value).startswith(f"{out} används av en annan samnet-körning (pid {proc.pid}, sedan ")
        assert (out / LOCK_NAME).exists()
        outcome = []
        waiter = threading.Thread(
            target=lambda: outcome.append(write_files({out / "report.md": "andra körningen"}, wait=60))
        )
        waiter.start()
    finally:
        go.touch()
        proc.communicate(timeout=60)
    waiter.join(timeout=60)
    assert proc.returncode == 0 and outcome == [[out / "report.md"]]
    # The waiting run committed after the first one, not interleaved with it.
    assert (out / "report.md").read_text(encoding="utf-8") == "andra körningen"
    assert leftovers(out) == []


# --- narrow code pages ------------------------------------------------------------------------

ANALYZE_FILES = {
    "report.md",
    "report.html",
    "report.docx",
    "map.html",
    "metrics.xlsx",
    "compare-ljusdal-sandviken.md",
    "compare-ljusdal-sandviken.json",
    "compare-ljusdal-sandviken.html",
    *(f"{k}/{name}" for k in ("ljusdal", "sandviken") for name in ("metrics.csv", "summary.json", "map.html")),
}
NO_MAPS = {name for name in ANALYZE_FILES if not name.endswith((".html", ".docx"))}
COMPARE_FILES = {name for name in ANALYZE_FILES if name.startswith("compare-")}


# Maps take seconds to draw, so two cases draw them (the issue's own command, and compare's
# side-by-side page); the others show the same streams without.
@pytest.mark.parametrize(
    "encoding, args, files",
    [
        ("cp1252", ["analyze", "--full", "-o", "OUT"], ANALYZE_FILES),
        ("cp850", ["analyze", "--full", "--no-maps", "-o", "OUT"], NO_MAPS),
        ("cp1252", ["analyze", "--format", "markdown", "--no-maps", "-o", "OUT"], NO_MAPS),
        ("cp850", ["analyze", "--format", "markdown", "--no-maps", "-o", "OUT"], NO_MAPS),
        ("cp1252", ["compare", "ljusdal", "sandviken"], set()),
        ("cp850", ["compare", "ljusdal", "sandviken", "-o", "OUT"], COMPARE_FILES),
    ],
)
def test_a_narrow_code_page_writes_every_file_and_prints_plain_text(tmp_path, encoding, args, files):
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    result = samnet(*[str(out) if a == "OUT" else a for a in args], "--data", BUNDLED, env=env)
    assert result.returncode == 0, result.stderr.decode(encoding)
    assert {str(p) for p in snapshot(out)} == files if files else not out.exists()
    # What is printed does not depend on the maps, so the UTF-8 reference can skip them.
    printed = [a for a in args if a not in ("-o", "OUT", "--no-maps")]
    extra = ["--no-maps", "-o", str(tmp_path / "ref")] if args[0] == "analyze" else []
    reference = CliRunner().invoke(cli, [*printed, "--data", BUNDLED, *extra], catch_exceptions=False)
    assert "→" in reference.stdout  # the character that made both code pages crash
    stdout = result.stdout.decode(encoding)
    assert stdout == reference.stdout.encode(encoding, "samnet-plain").decode(encoding)
    assert "->" in stdout and "å" in stdout  # the arrow made plain, the Swedish letters kept


def test_a_stream_that_cannot_hold_swedish_letters_becomes_utf8():
    import io

    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    output.configure_streams([stream])
    stream.write("Sandvikens kommun → Ljusdal")
    stream.flush()
    assert stream.buffer.getvalue().decode("utf-8") == "Sandvikens kommun → Ljusdal"


def test_a_symlinked_target_is_restored_as_the_link_it_was(tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_text("länkens mål")
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.md").symlink_to(elsewhere)
    failing_replace(monkeypatch, 2, OSError(28, "No space left on device"))
    with pytest.raises(OutputError):
        write_files({out / "report.md": "ny", out / "summary.json": "{}"})
    assert os.readlink(out / "report.md") == str(elsewhere) and elsewhere.read_text() == "länkens mål"
    monkeypatch.undo()
    write_files({out / "report.md": "ny"})
    assert not (out / "report.md").is_symlink() and elsewhere.read_text() == "länkens mål"
    assert leftovers(tmp_path) == []
