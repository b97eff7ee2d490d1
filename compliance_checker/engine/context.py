"""What the checks look at: the declaration's values, the facts, the named sets, the evidence on disk."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from compliance_checker.models.facts import Facts
from compliance_checker.models.loaded import EvidenceFile
from compliance_checker.models.ruleset import Bin


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@dataclass(frozen=True, slots=True)
class Context:
    values: dict[str, Any]
    facts: Facts
    sets: dict[str, tuple[str, ...]]
    evidence: dict[str, dict[str, Any]]
    evidence_files: dict[str, EvidenceFile]
    number_texts: dict[str, str] = field(default_factory=dict)  # dotted path -> number as written
    bins: dict[str, tuple[Bin, ...]] = field(default_factory=dict)
    # The declaration as written (before defaults were filled in), to tell a list that is not given from
    # an explicit empty one; None when ``values`` are exactly what was written (as in unit tests).
    raw: Any = None
    # Normalised long texts written in two or more fields -> those fields (engine/answers.py), computed
    # once per declaration.
    duplicates: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Inside `each` and `some`: the field path of the list whose entry is ``item`` (for duplicates).
    item_field: str | None = None

    def with_item(self, entry: Any, written: Any = None, list_field: str | None = None) -> Context:
        """This context with a list entry reachable as ``item`` (inside `each` and `some`); ``written`` is
        the entry as the declaration wrote it and ``list_field`` the list's field path."""
        raw = None if self.raw is None else {**self.raw, "item": written}
        return replace(self, values={**self.values, "item": entry}, raw=raw, item_field=list_field)

    def lookup(self, path: str) -> Any:
        """The value at a dotted path, or MISSING when any part is absent or null."""
        return _walk(self.values, path)

    def written(self, path: str) -> Any:
        """The value at a dotted path as the declaration wrote it, or MISSING when any part is absent or
        null: a default the validation filled in (an empty list) was not given."""
        return _walk(self.values if self.raw is None else self.raw, path)

    def field_of(self, path: str) -> str:
        """The declaration field a check path names: ``item.x`` inside a list is ``<list field>.x``."""
        if self.item_field is not None and (path == "item" or path.startswith("item.")):
            return self.item_field + path[len("item") :]
        return path


def _walk(data: Any, path: str) -> Any:
    current: Any = data
    for part in path.split("."):
        if not isinstance(current, dict) or current.get(part) is None:
            return MISSING
        current = current[part]
    return current
