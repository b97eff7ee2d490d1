"""compliance-checker: which EU AI Act GPAI obligations a declaration evidences, and which are missing.

A self-assessment aid, not legal advice. The public API is imported lazily so that ``--version`` and the
CLI's start-up stay cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "check", "check_file", "load_declaration"]


def __getattr__(name: str) -> Any:
    if name in ("check", "check_file"):
        from compliance_checker import api

        return getattr(api, name)
    if name == "load_declaration":
        from compliance_checker.loading.declaration import load_declaration

        return load_declaration
    raise AttributeError(name)
