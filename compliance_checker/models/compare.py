"""What changed between two versions of a declaration (`compare`): frozen values made by
``engine/compare.py`` and rendered by ``report/compare.py``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from compliance_checker.models.report import RulesetRef

ChangeKind = Literal["added", "removed", "changed"]
Direction = Literal["improved", "regressed", "changed"]


@dataclass(frozen=True, slots=True)
class Location:
    file: str
    line: int
    column: int

    def render(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field, list entry or block added, removed or changed.

    ``path`` names list entries by their identity (``evidence[id=compute-estimate].date``); ``old`` and
    ``new`` are JSON-ready values (None on the side where the field is not given)."""

    kind: ChangeKind
    path: str
    old: Any
    new: Any
    old_at: Location | None
    new_at: Location | None


@dataclass(frozen=True, slots=True)
class ListMatching:
    """How the entries of one list were paired: by a key field, or by position and why."""

    path: str
    key: str | None  # None: by position
    reason: str


@dataclass(frozen=True, slots=True)
class VerdictChange:
    rule: str
    ruleset: str
    title: str
    severity: str
    direction: Direction
    old_status: str | None  # None where the rule has no result on that side
    new_status: str | None
    old_message: str | None
    new_message: str | None
    old_at: Location | None
    new_at: Location | None


@dataclass(frozen=True, slots=True)
class Version:
    """One of the two declarations."""

    path: str
    sha256: str
    model: str  # "name version"


@dataclass(frozen=True, slots=True)
class Comparison:
    old: Version
    new: Version
    as_of: dt.date
    profile: str | None
    rulesets: tuple[RulesetRef, ...]  # the selection both were checked against
    fields: tuple[FieldChange, ...]
    positional: tuple[ListMatching, ...]  # lists whose entries could only be paired by position
    verdicts: tuple[VerdictChange, ...]
    unchanged_verdicts: int

    def count(self, what: str) -> int:
        """Field changes of a kind (added, removed, changed), or verdicts of a direction."""
        if what in ("added", "removed", "changed"):
            return sum(1 for f in self.fields if f.kind == what)
        return sum(1 for v in self.verdicts if v.direction == what)

    @property
    def regressed(self) -> bool:
        return any(v.direction == "regressed" for v in self.verdicts)

    def summary(self) -> str:
        """One line: N fields changed, M verdicts improved, K regressed."""
        fields = len(self.fields)
        changed = sum(1 for v in self.verdicts if v.direction == "changed")
        line = (
            f"{fields} field{'s' if fields != 1 else ''} changed, {self.count('improved')} verdict"
            f"{'s' if self.count('improved') != 1 else ''} improved, {self.count('regressed')} regressed"
        )
        return line + (f", {changed} otherwise changed" if changed else "")
