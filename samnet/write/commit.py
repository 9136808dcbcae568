"""Write all of a run's files as one commit, and keep the terminal streams from crashing.

:func:`write_files` takes every file of a run at once (callers render every
text first, so an error while computing writes nothing) and commits them in
three steps:

1. **Lock.** Every target folder gets a lock file, ``.samnet.lock``, holding
   the pid and the time the run started writing; a second run into the same folder waits a
   few seconds, then stops and names the run that holds the folder. The
   lock is an OS lock, so a run that is killed releases it.  While holding
   it, leftovers of earlier killed runs are removed (see below).
2. **Stage.** Each file is written in full, and synced to disk, as a
   temporary ``.samnet-tmp-<run>-<name>`` next to its target. A full disk,
   a missing permission or an interrupt here changes no target.
3. **Journal.** Before the first rename, the list of targets is written to
   ``.samnet-journal`` in the folder that holds them all (written whole, then
   renamed into place, so it is never half there).
4. **Swap.** Each existing target gets a backup, ``.samnet-old-<run>-<name>``,
   as a hard link (no copy, no space needed; a rename where links are not
   supported), then every temporary is renamed over its target. If a rename
   fails or an interrupt arrives, the journal is renamed to
   ``.samnet-journal-undo``, the targets already replaced are renamed back from
   their backups and the files this run created are deleted. Last, the backups
   and the journal are deleted.

**The guarantee.** When :func:`write_files` raises, each target holds
exactly the bytes it held before (or is absent if it was), no temporary or
backup of the run is left (on Windows, a backup link to an unchanged file
that another program holds open stays until the next run removes it), and
folders the run created are removed again.
The one exception is a rollback that itself fails (the disk vanishes
midway); the error then names the backups kept, and the journal stays so
that the next run finishes the rollback. SIGINT and SIGTERM are caught only
while the commit runs and turned into this same clean failure (exit 130 /
143). SIGKILL and power loss cannot be caught: before the journal they leave
only temporaries, which the next run into the folder removes; after it, the
next samnet command that reads or writes the folder (:func:`recover`) finds
the journal and completes the commit (every temporary is already whole on
disk) or, for ``.samnet-journal-undo``, finishes undoing it. Either way the
folder is then entirely new or entirely old, with no backups left.

Examples
--------
>>> import pathlib, tempfile
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> write_files({out / "a" / "x.txt": "hej"})
[PosixPath('...x.txt')]
>>> (out / "a" / "x.txt").read_text(encoding="utf-8")
'hej'
>>> sorted(p.name for p in (out / "a").iterdir())   # no temporary, no lock left
['x.txt']
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from samnet.errors import OutputError
from samnet.texts.catalogue import texts
from samnet.write.streams import configure_streams

__all__ = [
    "LOCK_NAME",
    "TEMP_PREFIX",
    "BACKUP_PREFIX",
    "JOURNAL_NAME",
    "UNDO_NAME",
    "write_files",
    "write_atomic",
    "recover",
    "configure_streams",
]

LOCK_NAME = ".samnet.lock"
JOURNAL_NAME = ".samnet-journal"
UNDO_NAME = ".samnet-journal-undo"
TEMP_PREFIX = ".samnet-tmp-"
BACKUP_PREFIX = ".samnet-old-"
_RUN_ID_LENGTH = 12  # hex digits; names are PREFIX + run id + "-" + target name

#: Test hook, called with each temporary once it is written and synced. The
#: interrupt tests set it to pause there until a signal has arrived.
_after_staging: Callable[[Path], None] | None = None

#: Test hook, called with the name of each step of the commit from the journal on
#: ("journal", "backup", "rename", "undo", "restore", "delete", "finish", "done"); the
#: kill tests end the process at each in turn.
_before_step: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if _before_step is not None:
        _before_step(name)


class _Interrupted(Exception):
    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class _Failure(Exception):
    """A commit step failed; ``key`` and ``fields`` make the user's message."""

    def __init__(self, key: str, **fields: object):
        super().__init__(key)
        self.key, self.fields = key, fields


def write_files(
    files: Mapping[str | os.PathLike[str], str | bytes],
    *,
    lang: str = "sv",
    wait: float = 10.0,
    refuse_existing: Callable[[Path], Exception] | None = None,
) -> list[Path]:
    """Write every file of a run, all or none, under a folder lock; return the paths, sorted.

    Text is written as UTF-8 whatever the locale, so the same input gives the
    same bytes on every machine. The module docstring states the guarantee.

    Parameters
    ----------
    files : mapping of path to str or bytes
        Every file of the run. Folders are created as needed.
    lang : {"sv", "en"}
        Language of the error messages.
    wait : float
        Seconds to wait for a folder that another run holds.
    refuse_existing : callable, optional
        For commands that never replace a user's file without ``--force``: called
        with the first target that exists, under the folder lock (so two runs into
        one folder cannot both see it free); the exception it returns is raised
        and nothing is written.

    Returns
    -------
    list of pathlib.Path

    Raises
    ------
    OutputError
        When any file cannot be written, a folder is locked by another run or
        the run is interrupted (``exit_code`` 128 + the signal number); the
        earlier files are then as they were.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in write_files({d / "b.txt": "2", d / "a.txt": "1"})]
    ['a.txt', 'b.txt']
    >>> write_files({d / "a.txt": "ny", d / "b.txt" / "c.txt": "?"}, lang="en")
    Traceback (most recent call last):
    samnet.errors.OutputError: cannot write .../b.txt: File exists; the earlier files are as they were
    >>> (d / "a.txt").read_text(encoding="utf-8")
    '1'
    """
    text = texts("output.", lang)
    targets = sorted(
        ((Path(p), c.encode("utf-8") if isinstance(c, str) else bytes(c)) for p, c in files.items()),
        key=lambda item: str(item[0]),
    )
    commit, created = _Commit(targets), []
    try:
        try:
            with _Signals() as signals, contextlib.ExitStack() as locks:
                folders = _make_folders([target.parent for target, _ in targets], created)
                commit.root = _common_folder(folders)
                if commit.root is not None:
                    # A journal of an earlier run that wrote a wider folder (out/ for out/maps/)
                    # is finished first: its temporaries may sit in the folders cleaned below.
                    journaled = [p for p in commit.root.parents if _has_journal(p)]
                    folders = sorted({*folders, commit.root, *journaled}, key=str)
                deadline = time.monotonic() + wait
                for folder in folders:
                    locks.enter_context(_folder_lock(folder, deadline, signals, text))
                for folder in folders:
                    _settle(folder)
                    _remove_leftovers(folder)
                existing = [target for target, _ in targets if os.path.lexists(target)]
                if refuse_existing is not None and existing:
                    raise refuse_existing(existing[0])
                try:
                    commit.stage(signals)
                    commit.write_journal()
                    commit.swap(signals)
                except BaseException:
                    commit.rollback()
                    raise
                commit.finish()
        except BaseException:
            _remove_folders(created)  # after the locks are gone: each lock file sits in its folder
            raise
    except (_Interrupted, _Failure) as exc:
        raise _output_error(exc, commit.kept, text) from None
    return [target for target, _ in targets]


def _output_error(exc: Exception, kept: list, text: dict) -> OutputError:
    if isinstance(exc, _Interrupted):
        message = text["interrupted"].format(signal=signal.Signals(exc.signum).name)
    else:
        message = text[exc.key].format(**exc.fields)
    if kept:
        message += text["kept"].format(reason=kept[0], backups=", ".join(str(p) for p in kept[1:]))
    else:
        message += text["unchanged"]
    error = OutputError(message)
    if isinstance(exc, _Interrupted):
        error.exit_code = 128 + exc.signum  # as a shell reports a process the signal ended
    return error


def write_atomic(path: str | os.PathLike[str], content: str | bytes, *, lang: str = "sv") -> Path:
    """Write one file as :func:`write_files` does; return its path.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = write_atomic(pathlib.Path(tempfile.mkdtemp()) / "r.md", "# Rapport\\n")
    >>> p.read_bytes()
    b'# Rapport\\n'
    """
    return write_files({path: content}, lang=lang)[0]


class _Commit:
    """The staged temporaries and the backups of one run, so a failure can be undone."""

    def __init__(self, targets: list[tuple[Path, bytes]]):
        self.run = os.urandom(_RUN_ID_LENGTH // 2).hex()
        self.targets = targets
        self.root: Path | None = None  # the folder holding every target, where the journal goes
        self.journal: Path | None = None  # set once the journal is on disk
        self.temps: dict[Path, Path] = {}  # target -> temporary, recorded before creation
        self.backups: dict[Path, Path] = {}  # target -> backup of the earlier file
        self.moved: set[Path] = set()  # targets backed up by a rename, not a link
        self.replaced: list[Path] = []  # targets that now hold this run's bytes
        self.kept: list = []  # set by a rollback that could not finish

    def _name(self, prefix: str, target: Path) -> Path:
        return target.with_name(f"{prefix}{self.run}-{target.name}")

    def stage(self, signals: _Signals) -> None:
        for target, data in self.targets:
            temp = self.temps[target] = self._name(TEMP_PREFIX, target)
            try:
                with open(temp, "xb") as handle:
                    handle.write(data)
                    handle.flush()
                    # A full disk may only show at sync; find out before any target changes.
                    os.fsync(handle.fileno())
            except OSError as exc:
                raise _Failure("write", path=target, reason=exc.strerror or exc) from exc
            if _after_staging is not None:
                _after_staging(temp)
            signals.check()

    def write_journal(self) -> None:
        """Record the run and its targets before the first rename, so a kill can be finished."""
        if self.root is None:
            return
        _step("journal")
        entries = [[os.path.relpath(target, self.root), os.path.lexists(target)] for target, _ in self.targets]
        data = json.dumps({"run": self.run, "targets": entries}, ensure_ascii=False).encode("utf-8")
        temp = self.root / f"{TEMP_PREFIX}{self.run}-journal"
        try:
            with open(temp, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.rename(temp, self.root / JOURNAL_NAME)  # no journal is there: the lock's holder settled it
            _sync_folder(self.root)
        except OSError as exc:
            _unlink(temp)
            raise _Failure("write", path=self.root / JOURNAL_NAME, reason=exc.strerror or exc) from exc
        self.journal = self.root / JOURNAL_NAME

    def swap(self, signals: _Signals) -> None:
        for target, _ in self.targets:
            if not os.path.lexists(target):
                continue
            _step("backup")
            if os.path.isdir(target) and not os.path.islink(target):
                raise _Failure("write", path=target, reason=os.strerror(errno.EISDIR))
            backup = self._name(BACKUP_PREFIX, target)
            try:
                try:
                    if os.path.islink(target):
                        raise NotImplementedError  # keep the link itself, not what it points to
                    os.link(target, backup)
                except (OSError, NotImplementedError):
                    os.replace(target, backup)  # e.g. FAT: no links; the target is briefly absent
                    self.moved.add(target)
            except PermissionError as exc:
                raise _Failure("open", path=target) from exc
            except OSError as exc:
                raise _Failure("write", path=target, reason=exc.strerror or exc) from exc
            self.backups[target] = backup
        for target, _ in self.targets:
            _step("rename")
            try:
                os.replace(self.temps[target], target)
            except PermissionError as exc:
                raise _Failure("open", path=target) from exc
            except OSError as exc:
                raise _Failure("write", path=target, reason=exc.strerror or exc) from exc
            self.replaced.append(target)
            signals.check()

    def rollback(self) -> None:
        """Undo the swap and remove every temporary; on trouble set :attr:`kept`."""
        trouble: list = []
        if self.journal is not None:
            # From here a kill must lead to the old files, not the new: mark the journal (a rename
            # needs no space on a full disk).
            _step("undo")
            try:
                os.rename(self.journal, self.journal.with_name(UNDO_NAME))
                self.journal = self.journal.with_name(UNDO_NAME)
            except OSError as exc:
                self.kept = [exc.strerror or exc, *self.backups.values()]
                return
        for target in reversed(list(self.backups)):
            backup = self.backups[target]
            if target not in self.replaced and target not in self.moved:
                # A second name of the unchanged target; if it cannot go now (Windows, the
                # file open in Excel), the next run removes it as a leftover.
                _unlink(backup)
                continue
            _step("restore")
            try:
                os.replace(backup, target)
            except OSError as exc:
                trouble = trouble or [exc.strerror or exc]
                trouble.append(backup)
        for target in self.replaced:
            if target not in self.backups:
                _step("delete")
                _unlink(target)  # created by this run
        for temp in self.temps.values():
            _unlink(temp)
        self.kept = trouble  # [reason, backups still holding earlier files...]
        if self.journal is not None and not trouble:
            _step("done")
            _unlink(self.journal)  # else it stays: the next run finishes the rollback

    def finish(self) -> None:
        for backup in self.backups.values():
            _step("finish")
            _unlink(backup)
        if self.journal is not None:
            _step("done")
            _unlink(self.journal)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); a no-op where folders cannot be opened."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _has_journal(folder: Path) -> bool:
    return os.path.lexists(folder / JOURNAL_NAME) or os.path.lexists(folder / UNDO_NAME)


def _common_folder(folders: list[Path]) -> Path | None:
    try:
        # As the folders are written (relative or not), so one folder is never locked twice.
        return Path(os.path.commonpath([os.fspath(f) for f in folders]) or ".")
    except ValueError:  # folders on different drives (Windows): each commit step is then unjournalled
        return None


def _settle(folder: Path) -> str | None:
    """Finish a commit a killed run left in ``folder`` (its lock held); return what was done.

    ``.samnet-journal``: every temporary was whole before the journal was
    written, so the commit is completed. ``.samnet-journal-undo``: the rollback
    is completed. Returns ``"completed"``, ``"undone"`` or None (nothing to do).
    """
    for name, state in ((UNDO_NAME, "undone"), (JOURNAL_NAME, "completed")):
        journal = folder / name
        try:
            record = json.loads(journal.read_bytes())
        except FileNotFoundError:
            continue
        except (OSError, ValueError) as exc:
            raise _Failure("journal", path=journal, reason=getattr(exc, "strerror", None) or exc) from exc
        try:
            _replay(folder, record, state)
        except (OSError, KeyError, TypeError, ValueError) as exc:
            raise _Failure("journal", path=journal, reason=getattr(exc, "strerror", None) or exc) from exc
        _sync_folder(folder)
        _unlink(journal)
        return state
    return None


def _replay(folder: Path, record: dict, state: str) -> None:
    """Complete (``"completed"``) or undo (``"undone"``) the renames a journal lists."""
    run = str(record["run"])
    for relative, existed in record["targets"]:
        if Path(relative).is_absolute() or ".." in Path(relative).parts:
            raise ValueError(relative)  # a journal only ever names files below its own folder
        target = folder / relative
        temp = target.with_name(f"{TEMP_PREFIX}{run}-{target.name}")
        backup = target.with_name(f"{BACKUP_PREFIX}{run}-{target.name}")
        if state == "completed":
            if os.path.lexists(temp):
                os.replace(temp, target)
            _unlink(backup)
        else:
            if os.path.lexists(backup):
                os.replace(backup, target)
            elif not existed:
                _unlink(target)
            _unlink(temp)


def recover(folder: str | os.PathLike[str], *, lang: str = "sv", wait: float = 10.0, depth: int = 2) -> str | None:
    """Finish a commit that a killed samnet run left unfinished in ``folder``; say what was done.

    Every command that reads or writes a folder calls this first, so it never
    sees a mix of two runs' files. The journal is finished, and the
    temporaries, backups and lock files of killed runs are removed from the
    folder and the folders in it, ``depth`` levels down (``out/ljusdal/``).
    Cheap when there is nothing to do: a look at the names, no lock.

    Returns
    -------
    str or None
        ``"completed"`` (the folder now holds the killed run's files),
        ``"undone"`` (it holds the files from before that run) or None.

    Raises
    ------
    OutputError
        When the journal cannot be finished (a read-only folder).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> recover(pathlib.Path(tempfile.mkdtemp())) is None
    True
    """
    text = texts("output.", lang)
    done = None
    try:
        for place in _with_leftovers(Path(folder), depth):
            with _folder_lock(place, time.monotonic() + wait, _Signals(), text):
                done = _settle(place) or done
                _remove_leftovers(place)
    except _Failure as exc:
        raise OutputError(text[exc.key].format(**exc.fields)) from None
    return done


def _with_leftovers(folder: Path, depth: int) -> list[Path]:
    """``folder`` and the folders in it, ``depth`` levels down, that hold anything a killed run left."""
    found: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    if any(e.name.startswith((TEMP_PREFIX, BACKUP_PREFIX, JOURNAL_NAME, LOCK_NAME)) for e in entries):
        found.append(folder)
    if depth:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
                found += _with_leftovers(Path(entry.path), depth - 1)
    return found


def _make_folders(folders: Iterable[Path], created: list[Path]) -> list[Path]:
    """Create the folders (recording the new ones, outermost first); return them sorted."""
    unique = sorted(set(folders), key=str)
    for folder in unique:
        missing = [p for p in (folder, *folder.parents) if not p.exists()]
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _Failure("write", path=folder, reason=exc.strerror or exc) from exc
        created.extend(reversed(missing))
    return unique


def _remove_folders(created: list[Path]) -> None:
    for folder in reversed(created):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if still empty: never anyone else's files


def _remove_leftovers(folder: Path) -> None:
    """Delete temporaries of killed runs, and backups that are the same file as their target.

    Runs only under the folder's lock, so no live run owns these names. A
    backup that differs from its target may be the only copy of an earlier
    file (a run killed mid-swap), so it is kept.
    """
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(TEMP_PREFIX):
                _unlink(Path(entry.path))
            elif entry.name.startswith(BACKUP_PREFIX):
                target = folder / entry.name[len(BACKUP_PREFIX) + _RUN_ID_LENGTH + 1 :]
                with contextlib.suppress(OSError):
                    if os.path.samefile(entry.path, target):
                        _unlink(Path(entry.path))


@contextlib.contextmanager
def _folder_lock(folder: Path, deadline: float, signals: _Signals, text: dict):
    """Hold ``folder/.samnet.lock``; wait until ``deadline``, then name the holder."""
    path = folder / LOCK_NAME
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise _Failure("write", path=path, reason=exc.strerror or exc) from exc
        if _try_lock(fd):
            if _is_current(fd, path):
                break
            os.close(fd)  # the holder deleted this file as we opened it: take the new one
            continue
        holder = _read_holder(fd)
        os.close(fd)
        signals.check()
        if time.monotonic() >= deadline:
            pid, _, start = holder.partition(" ")
            raise _Failure("busy", folder=folder, pid=pid or text["unknown"], start=start or text["unknown"])
        time.sleep(0.05)
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    # Byte 0 is the one locked on Windows, where a locked byte cannot be read.
    os.write(fd, f"\n{os.getpid()} {started}\n".encode("ascii"))
    try:
        yield
    finally:
        _release(fd, path)


def _try_lock(fd: int) -> bool:
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _is_current(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _read_holder(fd: int) -> str:
    os.lseek(fd, 1, os.SEEK_SET)
    return os.read(fd, 200).decode("ascii", "replace").strip()


def _release(fd: int, path: Path) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)
        _unlink(path)  # fails harmlessly if the next run already holds it open
    else:
        _unlink(path)  # delete while still locked: a waiter then sees a stale inode and retries
        os.close(fd)


class _Signals:
    """While active, SIGINT and SIGTERM only set a flag that the commit checks between steps.

    A flag rather than an exception keeps every step whole: a rename is never
    cut between doing it and recording it. Handlers can be set only in the
    main thread; elsewhere the signals keep their usual effect.
    """

    def __init__(self):
        self.received: int | None = None
        self.acted = False
        self.previous: dict[int, object] = {}

    def __enter__(self) -> _Signals:
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                self.previous[signum] = signal.signal(signum, self._handle)
            except ValueError:
                break  # not the main thread: signals keep their usual effect
        return self

    def _handle(self, signum: int, frame: object) -> None:
        self.received = self.received or signum

    def check(self) -> None:
        if self.received and not self.acted:
            self.acted = True
            raise _Interrupted(self.received)

    def __exit__(self, *exc_info: object) -> None:
        for signum, handler in self.previous.items():
            # None: a handler set outside Python, which cannot be put back; the default is closest.
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
        if self.received and not self.acted and exc_info[0] is None:
            # Arrived after the last rename: the files are committed; now let the signal act.
            signal.raise_signal(self.received)
