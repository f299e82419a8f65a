"""The layout stays easy to read: small modules, a docstring in each, and no import cycles."""
from __future__ import annotations

import ast
import pathlib

import pytest

PACKAGE = pathlib.Path(__file__).resolve().parents[1] / "chrono"
MODULES = sorted(PACKAGE.rglob("*.py"))
LIMIT = 450


def module_name(path: pathlib.Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


NAMES = {module_name(p): p for p in MODULES}


def imported_modules(path: pathlib.Path) -> set[str]:
    """The chrono modules ``path`` imports anywhere in it, function-level imports included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("chrono"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("chrono"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in NAMES else node.module)
    return {name for name in found if name in NAMES}


GRAPH = {name: imported_modules(path) - {name} for name, path in NAMES.items()}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_is_short_and_says_what_it_does(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= LIMIT
    if text.strip():
        assert ast.get_docstring(ast.parse(text)), "a module opens with a docstring"


def test_no_import_cycles():
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in GRAPH[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for name in GRAPH:
        if name not in index:
            visit(name)
    assert cycles == []


def test_every_stage_package_says_what_it_reads_and_adds():
    for package in ("ingest", "dating", "temporal", "events", "findings", "chronology", "render", "commands", "text"):
        doc = ast.get_docstring(ast.parse((PACKAGE / package / "__init__.py").read_text(encoding="utf-8")))
        assert doc and len(doc.split()) >= 12, package
