"""Which files a `check` run covers: files as given, directories searched for *.yaml / *.yml, globs."""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from pathlib import Path

from compliance_checker.errors import Diagnostic

SUFFIXES = (".yaml", ".yml")
_GLOB_CHARS = set("*?[")


def _in_directory(root: Path) -> list[str]:
    found = []
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in parts):
            continue  # .git, .venv, editor folders
        if path.suffix.lower() in SUFFIXES and path.is_file():
            found.append(str(path))
    return sorted(found)


def expand(arguments: Sequence[str]) -> tuple[list[str], list[Diagnostic]]:
    """The declaration files named by ``arguments``, in order, each once; and notes on empty matches.

    A path that does not exist is kept, so that it is reported as one error row like any unreadable
    file. Results are sorted within a directory or a glob, so the order never depends on the file system.
    """
    files: list[str] = []
    notes: list[Diagnostic] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = _in_directory(path)
            if not found:
                notes.append(
                    Diagnostic(argument, "no *.yaml or *.yml files in this directory", level="warning")
                )
        elif not path.exists() and _GLOB_CHARS & set(argument):
            found = sorted(
                p
                for p in glob.glob(argument, recursive=True)
                if Path(p).is_file() and p.lower().endswith(SUFFIXES)
            )
            if not found:
                notes.append(
                    Diagnostic(argument, "no *.yaml or *.yml file matches this pattern", level="warning")
                )
        else:
            found = [argument]
        files.extend(found)
    # The same file named twice (or reached by a directory and a glob) is checked once. Keys are absolute
    # normalised paths, not resolved ones, so no file-system call is made per file.
    seen: set[str] = set()
    unique = []
    for file in files:
        key = os.path.normcase(os.path.abspath(file))
        if key not in seen:
            seen.add(key)
            unique.append(file)
    return unique, notes
