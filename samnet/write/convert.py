"""``samnet convert``: a validated mapping written as a YAML folder or as an Excel workbook.

Both forms are written from the same records (:mod:`samnet.write.records`), so a
folder converted to a workbook and back gives the same dataset, and the second
round gives the same bytes as the first.

Examples
--------
>>> from samnet.core.model import Actor, Dataset
>>> ds = Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")})
>>> sorted(p.name for p in conversion_files(ds, "ut"))
['actors.yaml', 'links.yaml']
>>> [p.name for p in conversion_files(ds, "ut.xlsx")]
['ut.xlsx']
"""

from __future__ import annotations

import os
from pathlib import Path

from samnet.core.model import Dataset

__all__ = ["conversion_files", "check_destination"]


def check_destination(dest: str | os.PathLike[str]) -> None:
    """Refuse a DEST that names a file of another kind (``k.xls``): it would become a folder.

    Examples
    --------
    >>> check_destination("ut"), check_destination("ut.xlsx")
    (None, None)
    >>> check_destination("k.xls")
    Traceback (most recent call last):
    ...
    samnet.errors.UsageError: k.xls: målet måste vara en mapp eller en fil som slutar på .xlsx
    """
    from samnet.errors import UsageError

    target = Path(dest)
    if target.suffix and target.suffix.lower() != ".xlsx" and not target.is_dir():
        raise UsageError("usage.convert_target", target=target)


def conversion_files(dataset: Dataset, dest: str | os.PathLike[str]) -> dict[Path, str | bytes]:
    """The files that hold ``dataset`` at ``dest``: a workbook if it ends in ``.xlsx``, else a folder.

    Examples
    --------
    >>> from samnet.core.model import Dataset
    >>> conversion_files(Dataset({}, {}), "d")[Path("d/links.yaml")].splitlines()[1]
    'links: []'
    """
    from samnet.load.source import is_workbook

    target = Path(dest)
    if is_workbook(target):
        from samnet.write.workbook import dataset_workbook

        return {target: dataset_workbook(dataset)}
    from samnet.load.dataset import ACTORS_FILE, LINKS_FILE
    from samnet.write.records import actors_yaml, dataset_records, links_yaml

    records = dataset_records(dataset)
    return {target / ACTORS_FILE: actors_yaml(records), target / LINKS_FILE: links_yaml(records)}
