"""compliance-checker: which EU AI Act GPAI obligations a declaration evidences, and which are missing.

A self-assessment aid, not legal advice. The public API is imported lazily so that ``--version`` and the
CLI's start-up stay cheap; type checkers see the real functions through the ``TYPE_CHECKING`` imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["__version__", "check", "check_file", "load_declaration"]

if TYPE_CHECKING:
    from compliance_checker.api import check, check_file
    from compliance_checker.loading.declaration import load_declaration
else:
    # Where each public name lives; imported on first use.
    _LAZY = {
        "check": "compliance_checker.api",
        "check_file": "compliance_checker.api",
        "load_declaration": "compliance_checker.loading.declaration",
    }

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'compliance_checker' has no attribute {name!r}")
        from importlib import import_module

        return getattr(import_module(module), name)
