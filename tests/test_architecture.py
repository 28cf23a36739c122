"""The shape of the package: no import cycle anywhere in zalo_composer (imports made only
for type checking included), and the layer contracts of pyproject.toml hold (they are also
run by `make lint`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """Every module that can reach itself, with one path back (depth-first)."""
    found = []
    for start in sorted(modules):
        stack = [(start, [start])]
        seen = set()
        while stack:
            module, path = stack.pop()
            for imported in graph.find_modules_directly_imported_by(module):
                if imported == start:
                    found.append([*path, start])
                    stack.clear()
                    break
                if imported in modules and imported not in seen:
                    seen.add(imported)
                    stack.append((imported, [*path, imported]))
    return found


def test_no_module_of_the_package_imports_itself_back() -> None:
    graph = grimp.build_graph("zalo_composer")  # grimp keeps TYPE_CHECKING imports too
    modules = {m for m in graph.modules if m.startswith("zalo_composer")}
    # A package's __init__ re-exporting its children is not a cycle of behaviour.
    packages = {m for m in modules if (ROOT / Path(*m.split("."))).is_dir()}
    assert _cycles(graph, modules - packages) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    # A negative control: a graph with a cycle in it.
    graph = grimp.ImportGraph()
    for name in ("a", "a.b", "a.c"):
        graph.add_module(name)
    graph.add_import(importer="a.b", imported="a.c")
    graph.add_import(importer="a.c", imported="a.b")
    assert _cycles(graph, {"a.b", "a.c"}) == [["a.b", "a.c", "a.b"], ["a.c", "a.b", "a.c"]]


def test_the_layer_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
