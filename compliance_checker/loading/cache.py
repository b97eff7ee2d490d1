"""A per-user cache of the shipped rulesets and profiles, parsed and validated, so that a check does not
pay for parsing and validating about 100 rules on every start.

The cache holds only what the checker itself derived from its own shipped ruleset files. Its key covers
the tool version, the pydantic version, the source of the classes it holds (ruleset or profile) and
the SHA-256 of every file read, so an edited ruleset, a changed class or a new version is never served
stale. It is read
only when the file belongs to the current user and nobody else can write to it; any problem (missing,
unreadable, corrupt, foreign) means "no cache": the rulesets are loaded from their files as usual.
Location: ``$COMPLIANCE_CHECKER_CACHE_DIR``, else ``$XDG_CACHE_HOME/compliance-checker``, else
``~/.cache/compliance-checker``; set ``COMPLIANCE_CHECKER_NO_CACHE=1`` to turn it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import stat
from pathlib import Path
from typing import Any


def cache_dir() -> Path | None:
    if os.environ.get("COMPLIANCE_CHECKER_NO_CACHE"):
        return None
    explicit = os.environ.get("COMPLIANCE_CHECKER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "compliance-checker"


def cache_key(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def _trusted(path: Path) -> bool:
    try:
        info = path.stat()
    except OSError:
        return False
    owner_ok = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISREG(info.st_mode) and owner_ok and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def load(name: str) -> Any | None:
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / name
    if not _trusted(path):
        return None
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # a corrupt or incompatible cache is no cache
        return None


def store(name: str, value: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    import tempfile  # only on a cache miss: it imports shutil, random, bz2 and lzma

    with contextlib.suppress(OSError, pickle.PicklingError):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / name)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
