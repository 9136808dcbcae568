"""``analyze --format json`` without -o: written one kommun at a time, the same text as the whole-run writer."""

from __future__ import annotations

import importlib.util
import io
import json

from click.testing import CliRunner
from conftest import DATA, ROOT

from samnet.cli import cli
from samnet.core.model import Actor, Dataset
from samnet.load.dataset import load_dataset
from samnet.runs import analysis_json, analysis_run
from samnet.write.streams import print_pieces


def _generated(tmp_path, kommuner: int):
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    actors, links = generate.generate(kommuner, seed=5)
    (tmp_path / "actors.yaml").write_text(actors, encoding="utf-8")
    (tmp_path / "links.yaml").write_text(links, encoding="utf-8")
    return tmp_path


def test_pieces_join_to_the_whole_text_bundled():
    dataset = load_dataset(DATA)
    assert "".join(analysis_json(dataset)) == analysis_run(dataset, fmt="json").text
    assert "".join(analysis_json(dataset, ["sandviken"])) == analysis_run(dataset, ["sandviken"], fmt="json").text


def test_pieces_join_to_the_whole_text_generated(tmp_path):
    dataset = load_dataset(_generated(tmp_path, 8))
    pieces = list(analysis_json(dataset))
    assert "".join(pieces) == analysis_run(dataset, fmt="json").text
    # One piece per kommun and a closing one: no kommun waits for the others.
    assert len(pieces) == len(dataset.kommuner) + 1
    chosen = ["k007", "k002", "k007"]
    assert "".join(analysis_json(dataset, chosen)) == analysis_run(dataset, chosen, fmt="json").text


def test_data_without_kommuner_is_one_network():
    dataset = Dataset({}, {"a": Actor("a", "A", "ifo", "kommun")})
    text = "".join(analysis_json(dataset))
    assert text == analysis_run(dataset, fmt="json").text
    assert list(json.loads(text)["kommuner"]) == ["all"]


def test_command_prints_the_same_text(tmp_path):
    data = _generated(tmp_path, 3)
    result = CliRunner().invoke(cli, ["analyze", "--data", str(data), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stdout == analysis_run(load_dataset(data), fmt="json").text


def test_a_reader_that_stops_early_ends_it_quietly(tmp_path):
    class ClosedPipe(io.StringIO):
        def write(self, text):
            raise BrokenPipeError

    target = (tmp_path / "rest").open("w")
    stream = ClosedPipe()
    stream.fileno = target.fileno
    print_pieces(["{", "}"], stream)
    target.close()
