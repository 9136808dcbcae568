"""What bounds the cost of reading YAML: not the honest size of a file, but what hurts in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from samnet.errors import MAX_KEPT, DataError
from samnet.load.dataset import load_dataset
from samnet.load.yaml_reader import MAX_ALIASES, MAX_DEPTH, MAX_FILE_BYTES

ACTORS = """\
kommuner:
  - {id: k, name: K}
actors:
  - {id: ifo, name: IFO, type: ifo, huvudman: kommun, kommun: k}
  - {id: skola, name: Skola, type: skola, huvudman: kommun, kommun: k}
"""


def _folder(tmp_path: Path, links: str, actors: str = ACTORS) -> Path:
    (tmp_path / "actors.yaml").write_text(actors, encoding="utf-8")
    (tmp_path / "links.yaml").write_text(links, encoding="utf-8")
    return tmp_path


def _problems(folder: Path) -> list[tuple]:
    with pytest.raises(DataError) as info:
        load_dataset(folder, lang="en")
    return [(p.line, p.code, p.message) for p in info.value.problems]


def test_the_size_limit_fits_ten_times_sweden():
    # benchmarks/generate.py --kommuner 2900 writes a 49 MB links.yaml (benchmarks/RESULTS.md).
    assert MAX_FILE_BYTES >= 64 * 2**20


def test_an_honest_file_over_the_old_10_mb_limit_is_read(tmp_path):
    # Eleven megabytes of comments (a long description kept in the file) around one link.
    comment = "# " + "x" * 1000 + "\n"
    links = comment * 11_600 + "links:\n  - {source: ifo, target: skola, level: 2, scope: individ}\n"
    folder = _folder(tmp_path, links)
    assert (folder / "links.yaml").stat().st_size > 11 * 2**20
    assert len(load_dataset(folder).links) == 1


def test_junk_under_the_size_limit_stops_reading_early(tmp_path):
    entries = 200_000  # about 9 MB, every entry with an unknown key
    folder = _folder(tmp_path, "links:\n" + "  - {source: nobody, target: nothing, levl: 9}\n" * entries)
    with pytest.raises(DataError) as info:
        load_dataset(folder, lang="en")
    first = info.value.problems[0]
    assert (first.line, first.code) == (0, "too-large")
    assert first.message.startswith(f"reading stopped at line {MAX_KEPT + 2}: the entries up to there hold more")
    # Only the entries read before the stop are checked: five problems each, not a million.
    assert info.value.total < 6 * MAX_KEPT


def test_nesting_deeper_than_the_format_is_refused(tmp_path):
    links = "links:\n  - source: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    found = _problems(_folder(tmp_path, links))
    assert [(line, code) for line, code, _ in found] == [(2, "too-large")]
    assert f"nested more than {MAX_DEPTH} levels" in found[0][2]


def test_more_aliases_than_a_mapping_needs_are_refused(tmp_path):
    links = "links:\n  - {source: &a ifo, target: skola, level: 2, scope: individ}\n"
    links += "  - {source: *a, target: skola, level: 2, scope: individ}\n" * (MAX_ALIASES + 1)
    found = _problems(_folder(tmp_path, links))
    assert [(line, code) for line, code, _ in found] == [(MAX_ALIASES + 3, "too-large")]
    assert f"more than {MAX_ALIASES} aliases" in found[0][2]
