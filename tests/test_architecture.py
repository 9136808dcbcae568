"""The architecture as tests: folders are layers, imports go only downward, no cycles.

The layers, top to bottom: cli → runs → present → write → load | measure → core → errors → texts.
A module may import its own layer and any layer below; ``load`` and ``measure`` sit side by side
and never import each other. Every import counts: at the top of a module, inside a function
(a lazy import), or under ``if TYPE_CHECKING``. The graph is read from the source with ``ast``,
so nothing is imported to check it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import PACKAGE

#: Each layer's rank: a module may import a layer of the same or a higher rank number only.
RANK = {
    "cli": 0,
    "__main__": 0,
    "runs": 1,
    "present": 2,
    "write": 3,
    "load": 4,
    "measure": 4,
    "core": 5,
    "errors": 6,
    "texts": 7,
}
#: Layers of the same rank that must not import each other.
APART = {frozenset({"load", "measure"})}
#: The only modules at the top of the package; everything else lives in a layer's folder.
TOP_LEVEL = {"cli.py", "runs.py", "errors.py", "__init__.py", "__main__.py"}
SUBPACKAGES = {"texts", "core", "load", "measure", "write", "present"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_module(name: str) -> bool:
    path = PACKAGE.parent / name.replace(".", "/")
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def imports(path: Path, name: str | None = None) -> list[tuple[str, int]]:
    """Every samnet module ``path`` imports, with the line: top-level and lazy imports alike.

    ``name`` is the module's dotted name (by default read from its place in the package).
    """
    name = name or module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((target, node.lineno))
            # "from samnet.present import figures" imports the module samnet.present.figures.
            found += [(f"{target}.{a.name}", node.lineno) for a in node.names if _is_module(f"{target}.{a.name}")]
    return [(target, line) for target, line in found if target == "samnet" or target.startswith("samnet.")]


def layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def import_graph() -> dict[str, list[tuple[str, int]]]:
    return {module_name(path): imports(path) for path in sorted(PACKAGE.rglob("*.py"))}


def upward(graph: dict[str, list[tuple[str, int]]]) -> list[str]:
    """Every import that goes up a layer or across between load and measure, as ``a:line -> b``."""
    bad = []
    for module, targets in graph.items():
        here = layer(module)
        for target, line in targets:
            there = layer(target)
            if here is None or there is None or here == there:
                continue
            if RANK[there] < RANK[here] or frozenset({here, there}) in APART:
                bad.append(f"{module}:{line} -> {target}")
    return bad


def cycles(graph: dict[str, list[tuple[str, int]]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    edges = {m: sorted({t for t, _ in targets if t in graph and t != m}) for m, targets in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in edges:
        if v not in index:
            visit(v)
    return found


def test_every_module_lives_in_a_layer():
    top = {p.name for p in PACKAGE.glob("*.py")}
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert top <= TOP_LEVEL, f"only {sorted(TOP_LEVEL)} at the top: move {sorted(top - TOP_LEVEL)} into a layer"
    assert folders == SUBPACKAGES
    for path in PACKAGE.rglob("*.py"):
        assert layer(module_name(path)) in RANK or path.parent == PACKAGE, path


def test_imports_only_go_downward():
    assert upward(import_graph()) == []


def test_no_import_cycles():
    assert cycles(import_graph()) == []


def test_texts_import_nothing_of_samnet():
    graph = import_graph()
    outside = [f"{m} -> {t}" for m, ts in graph.items() if layer(m) == "texts" for t, _ in ts if layer(t) != "texts"]
    assert outside == []


def test_measure_holds_numbers_only():
    # No words and no language below the presenters: measure never fetches a text.
    graph = import_graph()
    words = [(m, t) for m, ts in graph.items() if layer(m) == "measure" for t, _ in ts if layer(t) == "texts"]
    assert words == []
    with_lang = []
    for path in (PACKAGE / "measure").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names = [a.arg for a in node.args.args + node.args.kwonlyargs]
                if "lang" in names:
                    with_lang.append(f"{path.name}:{node.name}")
    assert with_lang == []


def test_presenters_import_only_result_types_from_measure():
    graph = import_graph()
    reached = sorted(
        f"{m} -> {t}"
        for m, ts in graph.items()
        if layer(m) in ("present", "write")
        for t, _ in ts
        if layer(t) == "measure" and t not in ("samnet.measure.results",)
    )
    assert reached == []


# -- the checks must be able to fail ---------------------------------------------------------------


def test_the_checks_see_an_upward_import_a_lazy_one_and_a_cycle(tmp_path):
    graph = {
        "samnet.core.a": [("samnet.present.b", 3)],
        "samnet.load.c": [("samnet.measure.d", 9)],
        "samnet.present.b": [("samnet.present.e", 1)],
        "samnet.present.e": [("samnet.present.b", 2)],
    }
    assert upward(graph) == ["samnet.core.a:3 -> samnet.present.b", "samnet.load.c:9 -> samnet.measure.d"]
    assert cycles(graph) == [["samnet.present.b", "samnet.present.e"]]
    lazy = tmp_path / "lazy.py"
    lazy.write_text("def f():\n    from samnet.present import tables\n    import samnet.cli\n")
    found = imports(lazy, "samnet.core.lazy")
    assert [t for t, _ in found] == ["samnet.present", "samnet.present.tables", "samnet.cli"]
    assert upward({"samnet.core.lazy": found}) == [
        "samnet.core.lazy:2 -> samnet.present",
        "samnet.core.lazy:2 -> samnet.present.tables",
        "samnet.core.lazy:3 -> samnet.cli",
    ]


@pytest.mark.parametrize("module", sorted(SUBPACKAGES))
def test_each_layer_says_what_it_holds(module):
    init = PACKAGE / module / "__init__.py"
    assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    "package", ["texts", "core", "load", "measure", "write", "present", "present.maps", "present.report"]
)
def test_each_layer_re_exports_its_public_names(package):
    import importlib

    layer_package = importlib.import_module(f"samnet.{package}")
    assert layer_package.__all__, "a layer re-exports its public names"
    for name in layer_package.__all__:
        value = getattr(layer_package, name)
        home = importlib.import_module(layer_package._WHERE[name])
        assert value is getattr(home, name), name
        assert name in home.__all__, name
    with pytest.raises(AttributeError):
        layer_package.no_such_name  # noqa: B018


def test_importing_the_command_line_loads_nothing_heavy():
    # `samnet --help` stays fast: the layers re-export lazily and commands import what they need.
    import subprocess
    import sys

    code = "import sys, samnet.cli; print(' '.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    )
    heavy = {"networkx", "matplotlib", "openpyxl", "docx", "numpy", "scipy", "yaml"}
    assert loaded & heavy == set()
    assert not any(m.startswith(("samnet.measure.", "samnet.present.", "samnet.load.")) for m in loaded)


def test_analysing_the_bundled_data_as_json_loads_no_drawing_and_no_numpy():
    # `samnet analyze --format json` on a small mapping stays near the cost of importing networkx
    # and yaml: numpy waits for networks large enough to pay for it, the report's blocks and the
    # full table of Swedish type words wait for the commands and the words that need them.
    import subprocess
    import sys

    code = (
        "import sys, io, contextlib\n"
        "from samnet.cli import main\n"
        "sys.argv = ['samnet', 'analyze', '--example', '--format', 'json']\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit as stop:\n"
        "        assert not stop.code, stop.code\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    loaded = set(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    )
    assert {"networkx", "yaml", "samnet.measure.paths"} <= loaded
    assert loaded & {"numpy", "matplotlib", "openpyxl", "docx", "scipy", "samnet.present.report.blocks"} == set()
