"""What ``samnet check`` reads, writes and prints: the command's core, kept out of the command line.

:func:`check_run` loads the data and the norm, checks every kommun and returns
the files to write and the text to print; the CLI writes the files (one
commit, :func:`samnet.output.write_files`) and then prints the text.

Examples
--------
>>> from pathlib import Path
>>> run = check_run("data", kommun_ids=["ljusdal"], fmt="json", output_dir=Path("out"))
>>> sorted(p.as_posix() for p in run.files)
['out/check.json', 'out/check.md']
>>> run.text.splitlines()[0]
'{'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from samnet.check import CheckReport, check_networks

__all__ = ["CheckRun", "check_data", "check_run"]


@dataclass(frozen=True)
class CheckRun:
    """The outcome of ``samnet check``: files to write (path → content) and the text for stdout."""

    report: CheckReport
    files: dict[Path, str] = field(default_factory=dict)
    text: str = ""


def check_data(data_dir: str, norm_file: str | None = None, kommun_ids: Iterable[str] | None = None,
               lang: str = "sv") -> CheckReport:
    """Load the data (a folder or a workbook) and a norm (the bundled Dalarna norm by default); check each kommun.

    Problems in the data and in the norm file are reported together.

    Raises
    ------
    DataError
        With every problem of both the data and the norm file.
    UsageError
        For a kommun id the data does not define.

    Examples
    --------
    >>> report = check_data("data", kommun_ids=["ljusdal"])
    >>> report.norm.id, [k.kommun_id for k in report.kommuner]
    ('dalarna-2024', ['ljusdal'])
    """
    from samnet.errors import DataError
    from samnet.graph import build_network, select_kommuner
    from samnet.datasource import load_data
    from samnet.norm import bundled_norm, load_norm

    problems = []
    dataset = norm = None
    try:
        dataset = load_data(data_dir, lang=lang)
    except DataError as err:
        problems += err.problems
    try:
        norm = load_norm(norm_file, lang=lang) if norm_file else bundled_norm(lang)
    except DataError as err:
        problems += err.problems
    if problems:
        raise DataError(problems, lang=lang)
    if not dataset.kommuner:
        return check_networks([build_network(dataset, None)], norm)
    chosen = select_kommuner(dataset, list(kommun_ids or ()) or None)
    return check_networks((build_network(dataset, k) for k in chosen), norm)



def check_run(data_dir: str, norm_file: str | None = None, kommun_ids: Iterable[str] | None = None, *,
              fmt: str = "table", lang: str = "sv", output_dir: Path | None = None) -> CheckRun:
    """Everything ``samnet check`` prints and, with ``output_dir``, writes (``check.md``, ``check.json``).

    Raises
    ------
    DataError
        With every problem of the data and of the norm file.

    Examples
    --------
    >>> run = check_run("data", kommun_ids=["sandviken"], fmt="markdown")
    >>> run.text.splitlines()[0], run.files
    ('## Sandvikens kommun', {})
    """
    from samnet.check_text import format_check

    report = check_data(data_dir, norm_file, kommun_ids, lang)
    files: dict[Path, str] = {}
    if output_dir is not None:
        out = Path(output_dir)
        files = {out / "check.md": format_check(report, "markdown", lang),
                 out / "check.json": format_check(report, "json", lang)}
    return CheckRun(report, files, format_check(report, fmt, lang))
