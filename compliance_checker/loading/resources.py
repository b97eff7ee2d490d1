"""Where the shipped rulesets and schemas are: inside the installed package, or at the repository top.

Plain ``os.path`` strings: a check reaches this on every run, and ``pathlib`` (with the ``urllib.parse``
and ``ipaddress`` it imports) costs a one-file check about 180 page faults and 16M instructions.
"""

from __future__ import annotations

import os
from functools import cache

# The package's folder (``compliance_checker``), symbolic links resolved.
PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


@cache
def data_dir(name: str) -> str:
    """``rulesets`` or ``schemas``: the wheel ships them under ``_data``; a checkout has them at the top."""
    for candidate in (os.path.join(PACKAGE, "_data", name), os.path.join(os.path.dirname(PACKAGE), name)):
        if os.path.isdir(candidate):
            return candidate
    raise FileNotFoundError(f"the {name!r} folder is missing from this installation of compliance-checker")
