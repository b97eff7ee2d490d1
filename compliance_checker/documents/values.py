"""Declaration values as document values: numbers exactly as written (so their precision is the one the
declaration gives), dates in ISO form, lists and mappings with readable keys, evidence ids as the
documents they name."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from compliance_checker.documents.model import Absent, Bullets, Number, Pairs, Text, Value

Path = tuple[str | int, ...]
_INDEX = re.compile(r"\[(\d+)\]")
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")  # an enum's value: web_crawling
_SCIENTIFIC = re.compile(r"^(?P<digits>[+-]?\d+(?:\.\d*)?|[+-]?\.\d+)[eE](?P<exponent>[+-]?\d+)$")
_ACRONYMS = {"ai": "AI", "url": "URL", "eu": "EU", "api": "API", "id": "id"}


def split(path: str) -> Path:
    """``a.b[2].c`` as ``("a", "b", 2, "c")``."""
    parts: list[str | int] = []
    for name in path.split("."):
        head, *indices = _INDEX.split(name)
        if head:
            parts.append(head)
        parts.extend(int(index) for index in indices if index)
    return tuple(parts)


def generic(path: str) -> str:
    """A path with every list index as ``[]``: the form layouts name paths in."""
    return _INDEX.sub("[]", path)


def lookup(values: Any, path: Path) -> Any:
    """The value at ``path``, or None when any part of it is absent."""
    current = values
    for part in path:
        if isinstance(part, int):
            if not isinstance(current, list) or part >= len(current):
                return None
            current = current[part]
        elif isinstance(current, Mapping):
            current = current.get(part)
        else:
            return None
    return current


def words(key: str) -> str:
    """A key in words: ``access_link`` -> "access link", ``ai_office_access`` -> "AI office access"."""
    return " ".join(_ACRONYMS.get(part, part) for part in key.split("_"))


def number(text: str) -> Number:
    """A number as written: ``3.6e+25`` keeps its two significant figures, ``420000000000`` its digits."""
    found = _SCIENTIFIC.match(text.strip())
    if found:
        return Number(found["digits"].lstrip("+"), int(found["exponent"]))
    return Number(text.strip())


class Values:
    """Reads a declaration's values for a document: ``values`` are the validated values, ``numbers`` the
    numbers as the declaration wrote them (by path), ``evidence`` the evidence list by id."""

    def __init__(self, values: Mapping[str, Any], numbers: Mapping[Path, str]) -> None:
        self.values = values
        self.numbers = numbers
        self.evidence = {
            entry.get("id"): entry for entry in values.get("evidence") or () if isinstance(entry, Mapping)
        }

    def get(self, path: str) -> Any:
        return lookup(self.values, split(path))

    def value(self, path: str, *, evidence: bool = False) -> Value:
        """The value at ``path``; with ``evidence``, a list of evidence ids as the documents they name."""
        where = split(path)
        found = lookup(self.values, where)
        if evidence and isinstance(found, list) and all(isinstance(ref, str) for ref in found):
            return Bullets(tuple(self._evidence(ref) for ref in found)) if found else Text("none")
        return self._convert(found, where)

    def _evidence(self, ref: str) -> Value:
        entry = self.evidence.get(ref)
        if entry is None:
            return Text(ref)
        where = entry.get("url") or entry.get("path") or ""
        description = entry.get("description") or ref
        return Text(f"{description} ({where})" if where else str(description))

    def _convert(self, value: Any, where: Path) -> Value:
        if value is None:
            return Absent()
        if isinstance(value, bool):
            return Text("yes" if value else "no")
        if isinstance(value, int | float):
            written = self.numbers.get(where)
            if written is not None:
                return number(written)
            return Number(str(value)) if isinstance(value, int) else number(repr(value))
        if isinstance(value, dt.date):
            return Text(value.isoformat())
        if isinstance(value, str):
            return Text(words(value) if _IDENTIFIER.match(value) else value)
        if isinstance(value, list):
            if not value:
                return Text("none")
            return Bullets(tuple(self._convert(entry, (*where, n)) for n, entry in enumerate(value)))
        if isinstance(value, Mapping):
            pairs = tuple(
                (words(str(key)), self._convert(item, (*where, key)))
                for key, item in value.items()
                if item is not None and item != []
            )
            return Pairs(pairs) if pairs else Absent()
        return Text(str(value))


def entry_name(entry: Any, index: int) -> str:
    """How a list entry is named in a document: its id, version or name, else its position."""
    if isinstance(entry, Mapping):
        for key in ("id", "version", "name"):
            found = entry.get(key)
            if isinstance(found, str | int) and not isinstance(found, bool):
                return str(found)
    return str(index + 1)
