"""Which files a `check` run covers: files as given, directories searched for *.yaml / *.yml, globs.

Paths are ``os.path`` strings: ``pathlib`` is not imported by a check (issue 16, start-up), and ``os.path``
answers "no" for a name the system refuses (too long, say), which is then reported as a file that cannot
be read instead of stopping the run."""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence

from compliance_checker.errors import Diagnostic

SUFFIXES = (".yaml", ".yml")
_GLOB_CHARS = set("*?[")


def tidy(path: str) -> str:
    """One spelling per file: no ``.`` components or doubled separators (``./d.yaml`` is ``d.yaml``,
    ``team//x/./d.yaml`` is ``team/x/d.yaml``). ``..`` stays: through a symbolic link it does not simply
    cancel the component before it."""
    separators = [os.sep] + ([os.altsep] if os.altsep else [])
    drive, rest = os.path.splitdrive(path)
    rooted = rest[:1] in separators
    for separator in separators[1:]:
        rest = rest.replace(separator, os.sep)
    parts = [part for part in rest.split(os.sep) if part not in ("", ".")]
    body = os.sep.join(parts)
    return drive + (os.sep if rooted else "") + body if (body or rooted or drive) else "."


def _in_directory(root: str) -> list[str]:
    """Every *.yaml / *.yml regular file under ``root``, sorted; hidden files and folders (.git, .venv)
    are skipped. Plain strings and os.walk keep a batch of many thousand files light."""
    found: list[str] = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in names:
            if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                path = os.path.join(folder, name)
                if os.path.isfile(path):
                    found.append(path)
    found.sort()
    return found


def expand(arguments: Sequence[str]) -> tuple[list[str], list[Diagnostic]]:
    """The declaration files named by ``arguments``, in order, each once; and an error for each
    directory or glob that matches no declaration (most likely a typo: the run is refused).

    A path that does not exist is kept, so that it is reported as one error row like any unreadable
    file. Results are sorted within a directory or a glob, so the order never depends on the file system.
    """
    files: list[str] = []
    notes: list[Diagnostic] = []
    for argument in arguments:
        if os.path.isdir(argument):
            found = _in_directory(argument)
            if not found:
                notes.append(Diagnostic(argument, "no *.yaml or *.yml files in this directory"))
        elif not os.path.exists(argument) and _GLOB_CHARS & set(argument):
            found = sorted(
                p
                for p in glob.glob(argument, recursive=True)
                if os.path.isfile(p) and p.lower().endswith(SUFFIXES)
            )
            if not found:
                notes.append(Diagnostic(argument, "no *.yaml or *.yml file matches this pattern"))
        else:
            found = [argument]
        files.extend(tidy(file) for file in found)
    # The same file named twice (or reached by a directory and a glob) is checked once. Keys are absolute
    # normalised paths, not resolved ones, so no file-system call is made per file.
    if len(arguments) == 1:
        return files, notes  # one directory or glob lists each file once
    seen: set[str] = set()
    unique = []
    for file in files:
        key = os.path.normcase(os.path.abspath(file))
        if key not in seen:
            seen.add(key)
            unique.append(file)
    return unique, notes
