"""Imports run one way: models import nothing of ours but errors; loading, engine and report import only
models and errors (loading may use its own modules, and so may each layer); only cli and api wire them.

One exception: loading reads a ruleset file into the operators' specs, so it may import the operator
registry (``engine.operators``), which is pure."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "compliance_checker"
ALLOWED = {
    "models": {"models", "errors"},
    "loading": {"loading", "models", "errors", "engine.operators"},
    "engine": {"engine", "models", "errors"},
    "report": {"report", "models", "errors"},
}


def _our_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "compliance_checker" and len(parts) > 1:
                found.add(".".join(parts[1:]))
    return found


def _allowed(name: str, allowed: set[str]) -> bool:
    return name.split(".")[0] in allowed or any(name == a or name.startswith(f"{a}.") for a in allowed)


def test_layers_import_only_downwards() -> None:
    for layer, allowed in ALLOWED.items():
        for module in (PACKAGE / layer).rglob("*.py"):
            extra = {name for name in _our_imports(module) if not _allowed(name, allowed)}
            assert not extra, f"{module.relative_to(PACKAGE)} imports {sorted(extra)}"


def test_engine_does_no_io() -> None:
    forbidden = {"open", "print", "input"}
    for module in (PACKAGE / "engine").rglob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in forbidden, f"{module.name} calls {node.func.id}()"
            if isinstance(node, ast.Import | ast.ImportFrom):
                mod = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
                assert mod not in {"os", "pathlib", "subprocess", "shutil", "io"}, (
                    f"{module.name} imports {mod}"
                )
