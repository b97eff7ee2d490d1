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

    def with_item(self, entry: Any) -> Context:
        """This context with a list entry reachable as ``item`` (inside `each` and `some`)."""
        return replace(self, values={**self.values, "item": entry})

    def lookup(self, path: str) -> Any:
        """The value at a dotted path, or MISSING when any part is absent or null."""
        current: Any = self.values
        for part in path.split("."):
            if not isinstance(current, dict) or current.get(part) is None:
                return MISSING
            current = current[part]
        return current
