"""The import graph points only down the layers the README draws, without circles."""

from __future__ import annotations

import ast
from pathlib import Path

import frontlines

ROOT = Path(frontlines.__file__).parent

#: Layer of each top-level module or package, and what it may import besides itself.
GROUND = {"model", "errors", "settings", "vocab", "data"}
ALLOWED: dict[str, set[str]] = {
    "model": {"vocab"},
    "errors": set(),
    "settings": {"errors"},
    "vocab": {"model", "errors", "settings"},
    "data": set(),
    "resolve": GROUND,
    "nlp": GROUND | {"resolve"},
    "ingest": GROUND | {"resolve", "nlp"},
    "store": GROUND | {"resolve"},
    "reconcile": GROUND | {"resolve", "store"},
    "api": GROUND | {"resolve", "nlp", "ingest", "store", "reconcile"},
    "lab": GROUND | {"resolve", "nlp", "ingest", "store", "reconcile", "api"},
    "web": GROUND | {"resolve", "nlp", "ingest", "store", "reconcile", "api"},
    "cli": GROUND | {"resolve", "nlp", "ingest", "store", "reconcile", "api", "web", "lab"},
    "__init__": {"api", "ingest", "model", "nlp", "reconcile", "store", "vocab", "errors",
                 "settings"},
    "__main__": {"cli"},
}  # fmt: skip


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "frontlines":  # `from frontlines import reconcile`: a subpackage
                found |= {f"frontlines.{a.name}" if _is_module(a.name) else target
                          for a in node.names}  # fmt: skip
            else:
                found.add(target)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return {t for t in found if t == "frontlines" or t.startswith("frontlines.")}


def _is_module(name: str) -> bool:
    return (ROOT / name).is_dir() or (ROOT / f"{name}.py").is_file()


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _imports(p) for p in ROOT.rglob("*.py")}


def test_imports_point_only_down() -> None:
    wrong = []
    for module, targets in _graph().items():
        layer = _layer(module)
        for target in targets:
            other = _layer(target)
            if target == "frontlines" and layer != "__init__":
                wrong.append(f"{module} imports the top-level package")
            elif other != layer and other not in ALLOWED[layer]:
                wrong.append(f"{module} ({layer}) imports {target} ({other})")
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_circle_between_modules() -> None:
    graph = _graph()
    known = set(graph)
    edges = {m: {t for t in ts if t in known and t != m} for m, ts in graph.items()}
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> None:
        if node in path:
            cycle = path[path.index(node) :] + [node]
            raise AssertionError("import circle: " + " -> ".join(cycle))
        if node in done:
            return
        path.append(node)
        for target in sorted(edges[node]):
            # a package's __init__ re-exporting its own modules is not a circle
            if target.startswith(node + "."):
                continue
            visit(target)
        path.pop()
        done.add(node)

    for module in sorted(edges):
        visit(module)


def test_sql_lives_in_the_store():
    """Only store/ talks to the database; the gazetteer (resolve/place/) keeps its own file."""
    allowed = {"store", "resolve/place"}
    talking = [
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*.py")
        if ("import sqlite3" in (text := p.read_text("utf-8")) or ".execute(" in text)
        and not any(str(p.relative_to(ROOT)).startswith(a) for a in allowed)
    ]
    assert not talking, f"SQL outside store/: {talking}"
