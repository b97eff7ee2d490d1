"""What changed between two versions of a ruleset, or two profiles (`rules diff`): frozen values made by
``engine/diff.py`` and rendered by ``report/diff.py``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from compliance_checker.models.report import RulesetRef

# The aspects of a rule a change can touch, in the order they are shown.
ASPECTS: tuple[str, ...] = (
    "id",  # renamed: matched through `aliases`
    "ruleset",  # moved to another ruleset (profile diffs)
    "title",
    "obligation",
    "applicability",  # applies_when
    "evidence",  # the checks, their paths, conditions, labels, and the sets or bins they read
    "thresholds",  # numbers, offsets, dates and comparisons inside the checks
    "severity",
    "timing",  # since, due, legacy_grace
    "manual_review",
    "sources",
    "verified",
    "recipients",
    "guidance",  # remediation, example, notes, not_applicable_reason
    "other",  # a rule field this module does not know yet
)

SideKind = Literal["ruleset", "profile"]


@dataclass(frozen=True, slots=True)
class Change:
    """One change of one aspect. ``text`` says it in one line ("x >= 3 -> >= 5", "medium -> high",
    "reworded"); ``old`` and ``new`` are the JSON-ready values it compares (None when absent)."""

    aspect: str
    text: str
    old: Any = None
    new: Any = None


@dataclass(frozen=True, slots=True)
class RuleSummary:
    id: str
    title: str
    severity: str
    ruleset: str


@dataclass(frozen=True, slots=True)
class RuleChange:
    id: str  # the id under B
    old_id: str  # the id under A (differs when renamed)
    ruleset: str  # under B
    old_ruleset: str
    title: str  # under B
    changes: tuple[Change, ...]

    @property
    def aspects(self) -> tuple[str, ...]:
        present = {c.aspect for c in self.changes}
        return tuple(a for a in ASPECTS if a in present)


@dataclass(frozen=True, slots=True)
class RulesetDiff:
    """One ruleset id: its version under A and under B (None when only one side has it)."""

    ruleset: str
    old: RulesetRef | None
    new: RulesetRef | None
    added: tuple[RuleSummary, ...]
    removed: tuple[RuleSummary, ...]
    changed: tuple[RuleChange, ...]
    unchanged: int
    changes: tuple[Change, ...] = ()  # ruleset-level: sets, bins, taxonomy, provisions, title...

    @property
    def status(self) -> str:
        if self.old is None:
            return "only_in_b"
        if self.new is None:
            return "only_in_a"
        if self.added or self.removed or self.changed or self.changes:
            return "changed"
        return "unchanged"


@dataclass(frozen=True, slots=True)
class Side:
    """One side of the comparison: a ruleset version (shipped or a file) or a profile."""

    spec: str  # as given on the command line
    kind: SideKind
    label: str  # id@version or name@version
    title: str
    date: dt.date
    rulesets: tuple[RulesetRef, ...]


@dataclass(frozen=True, slots=True)
class OutcomeChange:
    """A rule whose outcome for the declaration differs under B; a status is None where the rule does
    not exist on that side."""

    rule: str  # the id under B, or under A for a removed rule
    old_rule: str | None
    ruleset: str
    title: str
    old_status: str | None
    new_status: str | None
    old_message: str | None
    new_message: str | None


@dataclass(frozen=True, slots=True)
class DeclarationDiff:
    path: str
    sha256: str | None
    model: str | None
    as_of: dt.date
    changes: tuple[OutcomeChange, ...]
    unchanged: int  # rules on both sides with the same outcome


@dataclass(frozen=True, slots=True)
class Diff:
    old: Side
    new: Side
    rulesets: tuple[RulesetDiff, ...]
    renamed: tuple[tuple[str, str], ...] = ()  # (id under A, id under B) for rules matched by alias
    declaration: DeclarationDiff | None = None

    def count(self, what: str) -> int:
        if what == "unchanged":
            return sum(r.unchanged for r in self.rulesets)
        return sum(len(getattr(r, what)) for r in self.rulesets)
