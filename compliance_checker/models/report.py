"""Results and reports: frozen values produced by the engine and rendered by the formatters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from compliance_checker.errors import Diagnostic
from compliance_checker.models.facts import Facts
from compliance_checker.models.ruleset import SEVERITY_ORDER, Source

Outcome = Literal[
    "evidenced", "partial", "missing", "not_applicable", "not_yet_due", "waived", "manual_review"
]
OUTCOMES: tuple[Outcome, ...] = (
    "evidenced",
    "partial",
    "missing",
    "not_applicable",
    "not_yet_due",
    "waived",
    "manual_review",
)
FAILING: frozenset[str] = frozenset({"missing", "partial"})
ItemStatus = Literal["ok", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One evidence check of a rule, at its place in the declaration."""

    path: str
    label: str
    check: str
    status: ItemStatus
    message: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class RuleResult:
    rule: str
    title: str
    ruleset: str
    status: Outcome
    severity: str
    sources: tuple[Source, ...]
    message: str
    remediation: str
    verified: bool
    due: dt.date | None
    evidence: tuple[EvidenceItem, ...]
    line: int
    column: int

    def is_finding(self, fail_on: str) -> bool:
        """A missing or partial result at or above the ``--fail-on`` severity ('never': nothing is)."""
        if fail_on == "never" or self.status not in FAILING:
            return False
        return SEVERITY_ORDER[self.severity] >= SEVERITY_ORDER[fail_on]


@dataclass(frozen=True, slots=True)
class RulesetRef:
    id: str
    version: str
    date: dt.date
    title: str
    sha256: str
    files: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DeclarationReport:
    path: str
    sha256: str | None
    as_of: dt.date
    tool_version: str
    rulesets: tuple[RulesetRef, ...]
    facts: Facts | None
    results: tuple[RuleResult, ...]
    errors: tuple[Diagnostic, ...] = ()

    @property
    def invalid(self) -> bool:
        return bool(self.errors)

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(OUTCOMES, 0)
        for result in self.results:
            counts[result.status] += 1
        return counts


@dataclass(frozen=True, slots=True)
class Report:
    as_of: dt.date
    tool_version: str
    declarations: tuple[DeclarationReport, ...]
    fail_on: str = "info"

    def exit_code(self) -> int:
        """0 clean, 1 findings at or above ``fail_on``, 2 when any declaration could not be evaluated."""
        if any(d.invalid for d in self.declarations):
            return 2
        if any(r.is_finding(self.fail_on) for d in self.declarations for r in d.results):
            return 1
        return 0
