"""The stage packages are layered: a module of a package imports only modules below it, never one
that imports it back, so each concern can be read (and changed) with only the layers beneath it in
mind. A cycle, even one hidden in a function's lazy import, fails here with the modules named."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kgraph

PACKAGE_DIR = Path(kgraph.__file__).resolve().parent
STAGE_PACKAGES = sorted(p.parent.name for p in PACKAGE_DIR.glob("*/__init__.py"))


def sibling_imports(package: str) -> dict[str, set[str]]:
    """module -> the modules of the same package it imports (anywhere in its code), ``__init__`` aside."""
    modules = {p.stem: p for p in (PACKAGE_DIR / package).glob("*.py") if p.stem != "__init__"}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level == 1 and node.module:                  # from .headings import …
                target = node.module.split(".")[0]
            elif node.level == 2 and node.module == package:     # from ..segment import … (the package itself)
                target = "__init__"
            elif node.level == 1 and node.module is None:        # from . import headings
                targets = [alias.name for alias in node.names]
                graph[name].update(t for t in targets if t in modules)
                continue
            else:
                continue
            graph[name].add(target)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt in graph and not state.get(nxt):
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if not state.get(start):
            found = visit(start)
            if found:
                return found
    return None


def test_the_stage_packages_are_found():
    assert {"segment", "extract", "entities", "readers"} <= set(STAGE_PACKAGES)


@pytest.mark.parametrize("package", STAGE_PACKAGES)
def test_no_module_imports_its_own_package_facade(package):
    """A module importing its package's ``__init__`` would depend on every module of the package."""
    offenders = sorted(name for name, targets in sibling_imports(package).items() if "__init__" in targets)
    assert not offenders, f"kgraph/{package}: {offenders} import the package itself"


@pytest.mark.parametrize("package", STAGE_PACKAGES)
def test_modules_of_a_package_import_each_other_without_cycles(package):
    cycle = find_cycle(sibling_imports(package))
    assert cycle is None, f"kgraph/{package}: import cycle " + " -> ".join(cycle or [])


def test_a_cycle_is_reported_with_its_modules():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def declared_layers(package: str) -> list[str] | None:
    """The layering order a package's docstring declares ("… (lowest first): lines, common, …"), if any."""
    doc = ast.get_docstring(ast.parse((PACKAGE_DIR / package / "__init__.py").read_text(encoding="utf-8"))) or ""
    doc = " ".join(doc.split())
    if "(lowest first):" not in doc:
        return None
    listed = doc.split("(lowest first):", 1)[1]
    listed = listed.split("(", 1)[0].split(". ", 1)[0]
    return [name.strip(" .") for name in listed.split(",") if name.strip(" .")]


@pytest.mark.parametrize("package", ["segment", "extract"])
def test_the_declared_layering_is_the_real_one(package):
    """The package docstring names every module, lowest first, and each imports only those before it."""
    layers = declared_layers(package)
    assert layers, f"kgraph/{package}/__init__.py declares no layering"
    graph = sibling_imports(package)
    assert sorted(layers) == sorted(graph), f"kgraph/{package}: declared {layers}, modules {sorted(graph)}"
    upward = sorted((module, target) for module, targets in graph.items() for target in targets
                    if target != "__init__" and layers.index(target) >= layers.index(module))
    assert not upward, f"kgraph/{package}: modules importing from their own layer or above: {upward}"
