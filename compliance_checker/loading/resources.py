"""Where the shipped rulesets and schemas are: inside the installed package, or at the repository top."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def data_dir(name: str) -> Path:
    """``rulesets`` or ``schemas``: the wheel ships them under ``_data``; a checkout has them at the top."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name!r} folder is missing from this installation of compliance-checker")
