"""Layout: deterministic positions, and BLAS limited to one thread while it runs."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

from samnet.present.maps import layout as layout_module
from samnet.present.maps.layout import UNIT, layout


def test_isolated_nodes_are_packed_one_unit_apart():
    # Three components of one node each: a row, UNIT pixels per gap of 1.
    assert layout(["a", "b", "c"], []) == {"a": (0, 0), "b": (int(UNIT), 0), "c": (int(2 * UNIT), 0)}


def test_every_blas_pool_has_one_thread_during_the_layout():
    # Run in a fresh process so that SciPy's own OpenBLAS is not loaded yet when
    # the layout starts: the limit must cover it too (it once did not).
    code = (
        "import networkx as nx\n"
        "from threadpoolctl import threadpool_info\n"
        "import samnet.present.maps.layout as L\n"
        "seen = []\n"
        "inner = L.component_positions\n"
        "def spy(graph, *args):\n"
        "    pos = inner(graph, *args)\n"
        "    seen.extend(i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas')\n"
        "    return pos\n"
        "L.component_positions = spy\n"
        "L.layout(list('abcd'), [('a', 'b'), ('b', 'c'), ('c', 'd')])\n"
        "print(len(seen) > 0 and set(seen) == {1}, seen)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.startswith("True"), out.stdout


def test_the_limit_is_lifted_afterwards():
    from threadpoolctl import threadpool_info

    before = [i["num_threads"] for i in threadpool_info()]
    with layout_module.one_blas_thread():
        pass
    after = [i["num_threads"] for i in threadpool_info()]
    assert after[: len(before)] == before
