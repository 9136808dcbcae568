"""Where a mapping comes from: a YAML folder, an Excel workbook, or the bundled example.

Every command reads its data through :func:`load_data`, so ``--data`` takes a
folder or an ``.xlsx`` file everywhere, and ``--example`` means the bundled
Ljusdal and Sandviken data wherever samnet runs.

The bundled data lives in the repository's ``data/`` folder, the files the
README talks about. A built package carries the same files as
``samnet/data/`` (``pyproject.toml`` maps that package folder onto ``data/``),
so there is one copy to edit and nothing to keep in step by hand.

Examples
--------
>>> sorted(p.name for p in bundled_data_dir().glob("*.yaml"))
['actors.yaml', 'links.yaml']
>>> len(load_data(bundled_data_dir()).kommuner)
2
"""

from __future__ import annotations

import os
from pathlib import Path

from samnet.core.model import Dataset
from samnet.errors import DataError, Problem, SamnetError
from samnet.texts.catalogue import text

__all__ = ["load_data", "bundled_data_dir", "is_workbook", "NoDataError", "DEFAULT_WORKBOOK"]

_PACKAGE = Path(__file__).resolve().parents[1]
#: The workbook `samnet init --xlsx` writes; read when there is no data/ folder.
DEFAULT_WORKBOOK = "kartlaggning.xlsx"
_OTHER_SHEETS = (".xls", ".ods", ".csv", ".numbers")


def _not_data(path: Path, lang: str) -> str:
    """Why a single file that is not a workbook cannot be the data, and what to give instead."""
    if path.suffix.lower() in _OTHER_SHEETS:
        return text("data.not-xlsx", lang, name=path.name)
    return text("data.not-a-file", lang, folder=path.parent.as_posix() or ".")


class NoDataError(SamnetError):
    """The data folder or workbook does not exist: the message says how to start."""

    exit_code = 1


def is_workbook(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` names an Excel workbook (by its extension), not a data folder.

    Examples
    --------
    >>> is_workbook("kartlaggning.xlsx"), is_workbook("data")
    (True, False)
    """
    return Path(path).suffix.lower() in (".xlsx", ".xlsm")


def _near_miss_data(path: Path) -> Path | None:
    """A workbook or folder beside ``path`` that is probably what was meant.

    ``kartlaggning`` for ``kartlaggning.xlsx`` (the extension left out) or
    ``Kartlaggning.xlsx`` for ``kartlaggning.xlsx`` (another case: Windows and
    macOS ignore case, Linux does not), as :func:`samnet.load.yaml_reader.near_miss` does
    for the YAML files.
    """
    wanted = path.name.casefold()
    try:
        names = sorted(entry.name for entry in os.scandir(path.parent or Path(".")))
    except OSError:
        return None
    for name in names:
        folded = name.casefold()
        if name != path.name and (folded == wanted or (is_workbook(name) and Path(folded).stem == wanted)):
            return path.parent / name
    return None


def bundled_data_dir() -> Path:
    """The folder of the bundled Ljusdal and Sandviken data, installed or in a checkout.

    Examples
    --------
    >>> (bundled_data_dir() / "actors.yaml").is_file()
    True
    """
    installed = _PACKAGE / "data"
    if (installed / "actors.yaml").is_file():
        return installed
    # An editable install or a plain checkout: the package sits next to data/.
    return _PACKAGE.parent / "data"


def load_data(data: str | os.PathLike[str], *, lang: str = "sv") -> Dataset:
    """Read and validate the mapping in ``data``: a folder of YAML or an ``.xlsx`` workbook.

    Parameters
    ----------
    data : str or path-like
        A folder holding ``actors.yaml`` and ``links.yaml``, or a workbook.
    lang : {"sv", "en"}
        Language of the problem messages.

    Raises
    ------
    NoDataError
        When ``data`` does not exist; the message says how to start.
    DataError
        With every problem in the data.

    Examples
    --------
    >>> try:
    ...     load_data("no-such-folder")
    ... except NoDataError as err:
    ...     print(str(err).splitlines()[0])
    Hittar ingen data: no-such-folder finns inte. Börja med `samnet init` (en liten kartläggning att fylla i),
    """
    if not os.path.exists(data):
        found = _near_miss_data(Path(data))
        if found is not None:
            message = text("data.near-miss", lang, name=found.name, found=found)
            raise DataError([Problem(os.fspath(data), 0, "", "missing-file", message)], lang=lang)
        raise NoDataError(text("data.start", lang, path=os.fspath(data)).replace(" \n", "\n"))
    if is_workbook(data):
        from samnet.load.workbook import read_workbook

        return read_workbook(data, lang=lang)
    if os.path.isfile(data):
        # Another spreadsheet format is bytes samnet cannot read (encoding); any other single
        # file means the folder the two YAML files belong in is missing (missing-file).
        code = "encoding" if Path(data).suffix.lower() in _OTHER_SHEETS else "missing-file"
        raise DataError([Problem(os.fspath(data), 0, "", code, _not_data(Path(data), lang))], lang=lang)
    from samnet.load.dataset import load_dataset

    return load_dataset(data, lang=lang)
