"""samnet's JSON encoder writes exactly the bytes of ``json.dumps(indent=2, ensure_ascii=False)``, NaN and ±Infinity as null."""

from __future__ import annotations

import importlib.util
import json
import math
import re
from collections import OrderedDict
from dataclasses import dataclass
from enum import IntEnum

import pytest
from conftest import DATA, ROOT

from samnet.load.dataset import load_dataset
from samnet.measure.metrics import analyze
from samnet.present import json_text
from samnet.present.analysis_text import _as_json, format_analysis


def _stdlib(data, sort_keys=True, default=None) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=sort_keys, default=default)


def _same(data, default=None) -> None:
    for sort_keys in (True, False):
        expected = _stdlib(data, sort_keys, default)
        assert json_text.python_dumps(data, sort_keys=sort_keys, default=default) == expected
        # NaN and ±Infinity are not JSON: the fast path writes null where json.dumps writes them.
        nulls = re.sub(r"(^|(?<= ))-?(NaN|Infinity)(?=,?$)", "null", expected, flags=re.M)
        assert json_text.dumps(data, sort_keys=sort_keys, default=default) == nulls


class Level(IntEnum):
    LOW = 1


class Name(str):
    pass


@dataclass(frozen=True)
class Result:
    value: float

    def to_json(self) -> dict:
        return {"value": self.value, "pair": (self.value, -self.value)}


EDGE_VALUES = [
    math.nan,
    math.inf,
    -math.inf,
    -0.0,
    0.0,
    1e-05,
    2.5e-07,
    -2.5e-07,
    9.99999e-05,
    1.5e-10,
    5e-324,
    1e-4,
    1e16,
    1e15,
    123456789.0,
    0.1 + 0.2,
    10**40,
    -(10**40),
    True,
    False,
    None,
    "",
    '\x00\x01\x1f\x7f " \\ / \n\r\t\b\f',
    "åäö Ω 😀 \u2028\u2029",
    Level.LOW,
    Name("sub"),
    (),
    [],
    {},
    (1, "a", 2.5),
    [[], {}, [[]], {"x": {}}],
]


@pytest.mark.parametrize("value", EDGE_VALUES, ids=repr)
def test_edge_values_alone_and_nested(value):
    _same(value)
    _same([value, [value], {"k": value}])
    _same({"a": value, "b": (value, value), "c": {"d": [value, {"e": value}]}})


def test_keys_that_are_not_strings_and_key_order():
    _same({"ö": 1, "a": 2, "Å": 3, "\n": 4, "é": {"z": 1, "ä": [1]}})
    _same({1: "a", 2: "b"})
    _same({1.5: 1, math.nan: 2, math.inf: 3})
    assert json_text.dumps({True: 1, None: 2}, sort_keys=False) == _stdlib({True: 1, None: 2}, sort_keys=False)
    _same({Level.LOW: 1})
    _same({Name("x"): 2, "a": 1})
    _same(OrderedDict([("b", 1), ("a", [1, 2])]))
    deep = [1]
    for depth in range(40):
        deep = [deep, {"x": [depth, deep]}] if depth % 10 == 0 else [{"x": deep}]
    _same({"deep": deep})


def test_default_and_refusals():
    _same({"r": Result(1e-05), "rs": [Result(2.0), Result(math.nan)]}, default=_as_json)
    with pytest.raises(TypeError):
        json_text.dumps({"s": {1, 2}})
    with pytest.raises(TypeError):
        json_text.dumps({"a": [object()]})
    with pytest.raises(TypeError):
        json_text.dumps({(1, 2): 3})
    with pytest.raises(TypeError):
        json_text.dumps({1: 1, "a": 2})


def test_bundled_data_same_bytes_as_json_dumps():
    analysis = analyze(load_dataset(DATA))
    expected = _stdlib({"kommuner": analysis.metrics}, default=_as_json) + "\n"
    assert format_analysis(analysis, "json") == expected


def test_generated_data_same_bytes_as_json_dumps(tmp_path):
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    actors, links = generate.generate(6, seed=3)
    (tmp_path / "actors.yaml").write_text(actors, encoding="utf-8")
    (tmp_path / "links.yaml").write_text(links, encoding="utf-8")
    analysis = analyze(load_dataset(tmp_path))
    expected = _stdlib({"kommuner": analysis.metrics}, default=_as_json) + "\n"
    assert format_analysis(analysis, "json") == expected
