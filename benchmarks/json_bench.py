"""CPU time of the JSON text of ``analyze --format json``: the standard library against samnet's encoders.

    python benchmarks/json_bench.py DATA [--runs 5]

Measures the analysis once, then encodes its result in turn with
``json.dumps(indent=2, sort_keys=True, ensure_ascii=False)``,
:func:`samnet.present.json_text.python_dumps` (the walk in Python) and
:func:`samnet.present.json_text.dumps` (orjson and the small floats respelled) (A B C A B C …),
checks that the bytes are the same
and prints the median CPU time (user+sys, ``time.process_time``) of each, the share of
each in the whole command's CPU time, and the ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samnet.load.dataset import load_dataset  # noqa: E402
from samnet.present import json_text  # noqa: E402
from samnet.present.analysis_text import _as_json  # noqa: E402
from samnet.runs import _analysis  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    start = time.process_time()
    dataset = load_dataset(args.data)
    analysis = _analysis(dataset, None, files=False, maps=False, norm=None, lang="sv")
    measured = time.process_time() - start
    data = {"kommuner": analysis.metrics}
    times = {"json.dumps": [], "json_text.python_dumps": [], "json_text.dumps": []}
    texts = {}
    for _ in range(args.runs):
        for name, encode in (
            ("json.dumps", lambda: json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2, default=_as_json)),
            ("json_text.python_dumps", lambda: json_text.python_dumps(data, default=_as_json)),
            ("json_text.dumps", lambda: json_text.dumps(data, default=_as_json)),
        ):
            start = time.process_time()
            texts[name] = encode()
            times[name].append(time.process_time() - start)
    assert texts["json.dumps"] == texts["json_text.dumps"] == texts["json_text.python_dumps"], "the bytes differ"
    print(f"load + measure: {measured:.2f} s CPU; JSON text {len(texts['json.dumps']) / 1e6:.1f} MB, same bytes")
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        share = value / (measured + value)
        print(f"{name}: median {value:.3f} s CPU (min {min(times[name]):.3f}), {share:.1%} of load+measure+encode")
    print(f"ratio json_text / json.dumps: {medians['json_text.dumps'] / medians['json.dumps']:.2f}")


if __name__ == "__main__":
    main()
