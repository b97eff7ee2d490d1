"""The package's public API: typed for type checkers (py.typed, TYPE_CHECKING imports), lazy at run time."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys

import compliance_checker
from tests.conftest import ROOT

PACKAGE = ROOT / "compliance_checker"


def _type_checking_imports() -> dict[str, str]:
    """Name -> module, for the names ``__init__`` imports under ``if TYPE_CHECKING:``."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom) and stmt.module:
                    found.update({alias.name: stmt.module for alias in stmt.names})
    return found


def test_every_public_name_is_typed_and_resolves_to_its_definition() -> None:
    typed = _type_checking_imports()
    public = [name for name in compliance_checker.__all__ if name != "__version__"]
    assert sorted(typed) == sorted(public), "each public name needs a TYPE_CHECKING import (not Any)"
    for name in public:
        assert getattr(compliance_checker, name) is getattr(importlib.import_module(typed[name]), name)


def test_the_package_is_marked_typed() -> None:
    assert (PACKAGE / "py.typed").is_file()


def test_importing_the_package_imports_nothing_else_of_ours() -> None:
    code = "import sys, compliance_checker; print(sorted(m for m in sys.modules if m.startswith('compl')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['compliance_checker']"
