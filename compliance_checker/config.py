"""The configuration file: `check`'s options kept with the project instead of repeated in every CI job.

Two forms, found from the working directory upwards; the first folder that has one wins:

- ``.compliance-checker.yaml``: a mapping of option names to values;
- ``pyproject.toml``: a ``[tool.compliance-checker]`` table (a ``pyproject.toml`` without that table does
  not count, and the search goes on).

When one folder has both, ``.compliance-checker.yaml`` is used (the file that exists only for the checker
wins, as ruff's and mypy's own files win over pyproject.toml) and the other is ignored.

Keys are the long option names of ``check`` (``fail-on``, ``profile``, ``waivers``...). This module reads
the file and locates each key; the command line (``commands/check.py``) checks each value with the
option's own parser, so a value is refused with the same words wherever it was written.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from typing import Any

from compliance_checker.errors import Diagnostic, InputError
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.record import Record

YAML_NAME = ".compliance-checker.yaml"
PYPROJECT = "pyproject.toml"
TABLE = "tool.compliance-checker"
MAX_BYTES = 1024 * 1024  # a configuration file is a few lines; refuse anything unreasonable

_TOML_ERROR_AT = re.compile(r"^(?P<message>.*?) \(at line (?P<line>\d+), column (?P<column>\d+)\)$")
_TOML_HEADER = re.compile(r"^\s*\[\s*(?P<name>[^\]]+?)\s*\]\s*(#.*)?$")
_TOML_KEY = re.compile(r"""^\s*(?P<quote>["']?)(?P<key>[A-Za-z0-9_-]+)(?P=quote)\s*=""")


class Setting(Record):
    """One key of the configuration file, its value as written, and where."""

    key: str
    value: Any
    line: int | None = None  # where the key is written
    column: int | None = None
    value_line: int | None = None  # where its value is written (the key's place when not known)
    value_column: int | None = None


class ConfigFile(Record):
    path: str  # as found (absolute, symbolic links resolved)
    form: str  # "yaml" or "pyproject"
    settings: tuple[Setting, ...]

    @property
    def folder(self) -> str:
        return os.path.dirname(self.path)

    @property
    def name(self) -> str:
        return display_name(self.path)

    def where(self, setting: Setting) -> str:
        if setting.line is None:
            return self.name
        return f"{self.name}:{setting.line}:{setting.column or 1}"

    def error(self, setting: Setting | None, message: str, *, at_value: bool = False) -> InputError:
        """An error at the setting's key, or at its value (``at_value``)."""
        line = column = None
        if setting is not None:
            line, column = setting.line, setting.column
            if at_value and setting.value_line is not None:
                line, column = setting.value_line, setting.value_column
        return InputError([Diagnostic(self.name, message, line, column)])


def display_name(path: str) -> str:
    """A file as a user finds it: relative to the working directory where that is shorter."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return relative if len(relative) < len(str(path)) else str(path)


def _candidates(start: str) -> Iterator[str]:
    """``start`` resolved, then each folder above it up to the root (``Path.resolve().parents``)."""
    folder = os.path.realpath(start)
    while True:
        yield folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent


def _read(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError([Diagnostic(display_name(path), f"cannot read: {exc.strerror or exc}")]) from None
    if len(raw) > MAX_BYTES:
        message = f"larger than {MAX_BYTES} bytes; not a configuration file"
        raise InputError([Diagnostic(display_name(path), message)])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError([Diagnostic(display_name(path), f"not UTF-8 text (byte {exc.start + 1})")]) from None


def find_config(start: str | None = None) -> ConfigFile | None:
    """The configuration in effect for a run started in ``start`` (default: the working directory).
    Paths are ``os.path`` strings: a check looks here on every run, and imports no ``pathlib``."""
    for folder in _candidates(start or os.getcwd()):
        yaml_file = os.path.join(folder, YAML_NAME)
        if os.path.isfile(yaml_file):
            return load_yaml_config(yaml_file)
        pyproject = os.path.join(folder, PYPROJECT)
        if os.path.isfile(pyproject):
            found = load_pyproject_config(pyproject)
            if found is not None:
                return found
    return None


def load_yaml_config(path: str) -> ConfigFile:
    document = parse_yaml(_read(path), display_name(path))
    config = ConfigFile(path=path, form="yaml", settings=())
    if document.data is None:  # an empty file: no setting
        return config
    if not isinstance(document.data, dict):
        raise config.error(None, "expected a mapping of option names to values, such as 'fail-on: high'")
    settings = []
    for key, value in document.data.items():
        where = document.position((key,))
        value_at = document.value_positions.get((key,), where)
        settings.append(
            Setting(
                key=str(key),
                value=value,
                line=where.line,
                column=where.column,
                value_line=value_at.line,
                value_column=value_at.column,
            )
        )
    return ConfigFile(path=path, form="yaml", settings=tuple(settings))


def _toml_key_lines(text: str) -> dict[str, tuple[int, int, int]]:
    """Where each key of the ``[tool.compliance-checker]`` table is written (tomllib keeps no
    positions), as (line, key's column, value's column): the lines from that header to the next one."""
    found: dict[str, tuple[int, int, int]] = {}
    inside = False
    for number, line in enumerate(text.splitlines(), start=1):
        header = _TOML_HEADER.match(line)
        if header:
            inside = header.group("name").replace('"', "").replace("'", "") == TABLE
            continue
        key = _TOML_KEY.match(line) if inside else None
        if key:
            rest = line[key.end() :]
            value_column = key.end() + len(rest) - len(rest.lstrip()) + 1
            found.setdefault(key.group("key"), (number, len(line) - len(line.lstrip()) + 1, value_column))
    return found


def may_hold_table(text: str) -> bool:
    """Whether a pyproject.toml's text may define ``[tool.compliance-checker]``; False only when it
    certainly does not, so that the TOML parser (about 5 ms with its import) reads only the files that
    may. A file that names the tool only as the project's name, a script or a dependency does not.

    The table is defined by a header naming it or one of its sub-tables, by a key of ``[tool]`` beginning
    with ``compliance-checker``, or by a ``tool`` key before the first header (dotted, or an inline
    table). Each line is read without its spaces and quotes; a key beginning with ``compliance-checker``
    counts wherever it is but in the ``[project...]`` tables, so that a line of a multi-line array that
    looks like a header cannot hide one; a file with a multi-line string is always parsed.
    """
    if "compliance-checker" not in text:
        return False
    if '"""' in text or "'''" in text:
        return True
    table = ""
    for line in text.splitlines():
        bare = "".join(line.split()).replace('"', "").replace("'", "")
        if bare.startswith("["):
            table = bare.strip("[").partition("]")[0]
            if table == TABLE or table.startswith(f"{TABLE}."):
                return True
            continue
        in_project = table == "project" or table.startswith("project.")
        if (bare.startswith(("tool.", "tool=")) and "compliance-checker" in bare) or (
            bare.startswith(("compliance-checker.", "compliance-checker=")) and not in_project
        ):
            return True
    return False


def load_pyproject_config(path: str) -> ConfigFile | None:
    """The ``[tool.compliance-checker]`` table of a pyproject.toml, or None when it has none."""
    text = _read(path)
    if not may_hold_table(text):  # most pyproject.toml files: not parsed at all
        return None
    # The TOML parser (about 5 ms) only for a file that may hold the table.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # Python 3.10: tomli is the same parser, published before it joined the standard library
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        located = _TOML_ERROR_AT.match(str(exc))
        if located is None:
            raise InputError([Diagnostic(display_name(path), f"invalid TOML: {exc}")]) from None
        diagnostic = Diagnostic(
            display_name(path),
            f"invalid TOML: {located.group('message')}",
            int(located.group("line")),
            int(located.group("column")),
        )
        raise InputError([diagnostic]) from None
    tool = data.get("tool")
    table = tool.get("compliance-checker") if isinstance(tool, dict) else None
    if table is None:
        return None
    config = ConfigFile(path=path, form="pyproject", settings=())
    if not isinstance(table, dict):
        raise config.error(None, f"[{TABLE}] must be a table of option names and values")
    lines = _toml_key_lines(text)
    settings = []
    for key, value in table.items():
        line, column, value_column = lines.get(key, (None, None, None))
        settings.append(
            Setting(
                key=key, value=value, line=line, column=column, value_line=line, value_column=value_column
            )
        )
    return ConfigFile(path=path, form="pyproject", settings=tuple(settings))
