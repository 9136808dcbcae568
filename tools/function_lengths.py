"""Measure function and module lengths in samnet/: the brief's "functions under 80 lines, modules under 650".

A function's length is counted from its ``def`` line to its last line, minus
its docstring (decorators are not counted). Nested functions count inside their
parent and are also listed on their own.

    python tools/function_lengths.py            # functions over 80 lines and every module
    python tools/function_lengths.py --limit 60 # a different threshold
    python tools/function_lengths.py --check    # exit 1 if a function or a module is over its limit

Examples
--------
>>> import ast
>>> tree = ast.parse("def f():\\n    'Doc.'\\n    x = 1\\n    return x\\n")
>>> function_length(tree.body[0])  # def, x = 1, return
3
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

__all__ = ["function_length", "measure", "main"]

ROOT = Path(__file__).resolve().parent.parent


def function_length(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines from ``def`` to the end of the body, the docstring's lines left out."""
    length = node.end_lineno - node.lineno + 1
    body = node.body
    if (
        body
        and isinstance(body[0], ast.Expr)
        and isinstance(getattr(body[0], "value", None), ast.Constant)
        and isinstance(body[0].value.value, str)
    ):
        length -= body[0].end_lineno - body[0].lineno + 1
    return length


def measure(folder: Path) -> tuple[list[tuple[str, str, int]], list[tuple[str, int]]]:
    """Every function as ``(module, qualified name, length)`` and every module as ``(module, lines)``."""
    functions: list[tuple[str, str, int]] = []
    modules: list[tuple[str, int]] = []
    for path in sorted(folder.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(folder.parent).as_posix()
        modules.append((name, len(text.splitlines())))

        def visit(node: ast.AST, prefix: str, name: str = name) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    qualified = f"{prefix}{child.name}"
                    functions.append((name, qualified, function_length(child)))
                    visit(child, qualified + ".", name)
                elif isinstance(child, ast.ClassDef):
                    visit(child, f"{prefix}{child.name}.", name)

        visit(ast.parse(text), "")
    return functions, modules


def main(argv: list[str] | None = None) -> int:
    """Print Markdown tables of long functions and of module sizes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=80)
    parser.add_argument("--module-limit", type=int, default=650, help="most lines a module may have")
    parser.add_argument("--check", action="store_true", help="exit 1 when a function or a module is over its limit")
    parser.add_argument("folder", nargs="?", default=str(ROOT / "samnet"))
    args = parser.parse_args(argv)
    functions, modules = measure(Path(args.folder))
    long = sorted((f for f in functions if f[2] > args.limit), key=lambda f: (-f[2], f[0], f[1]))
    print(f"Functions over {args.limit} lines (docstring excluded): {len(long)}\n")
    print("| module | function | lines |\n|---|---|---:|")
    for module, name, length in long:
        print(f"| {module} | {name} | {length} |")
    big = [(module, lines) for module, lines in modules if lines > args.module_limit]
    print(f"\nModules over {args.module_limit} lines: {len(big)}\n")
    print("| module | lines |\n|---|---:|")
    for module, lines in modules:
        print(f"| {module} | {lines} |")
    return 1 if args.check and (long or big) else 0


if __name__ == "__main__":
    sys.exit(main())
