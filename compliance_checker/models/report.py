"""Results and reports: frozen values produced by the engine and rendered by the formatters."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from compliance_checker.errors import Diagnostic
from compliance_checker.models.facts import Facts
from compliance_checker.models.record import Record
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
# An evidence item is ok, partial (given but thin: a placeholder, far shorter than the Form recommends, or
# the same text as another answer), failed (not given, or not as required) or skipped (not required here).
ItemStatus = Literal["ok", "partial", "failed", "skipped"]
GAP_ITEMS: frozenset[str] = frozenset({"partial", "failed"})


class EvidenceItem(Record):
    """One evidence check of a rule, at its place in the declaration."""

    path: str
    label: str
    check: str
    status: ItemStatus
    message: str
    line: int
    column: int

    @property
    def is_gap(self) -> bool:
        """Whether this item is part of the rule's gap (failed, or given but thin)."""
        return self.status in GAP_ITEMS


# The evaluation makes evidence items and results by the hundred per declaration: these take the fields in
# order and make the record in one C call, where the keyword constructor matches each keyword in Python.
_NEW: Any = tuple.__new__


def new_evidence_item(
    path: str, label: str, check: str, status: ItemStatus, message: str, line: int, column: int
) -> EvidenceItem:
    """``EvidenceItem(path=path, ...)``, made quickly (see above)."""
    item: EvidenceItem = _NEW(EvidenceItem, (path, label, check, status, message, line, column))
    return item


class AppliedWaiver(Record):
    """The waiver that covers a finding: it stays visible in every format, with who accepted it and why."""

    justification: str
    approved_by: str
    approved_on: dt.date
    expires: dt.date  # inclusive
    file: str
    line: int


Baseline = Literal["new", "unchanged"]


class FailPolicy(Record):
    """Which results fail a run (exit code 1).

    A result fails when its outcome is in ``outcomes`` and its severity is at or above ``severity``
    ('never': nothing fails by severity). Rules in ``hard_rules`` fail whatever their severity; rules in
    ``soft_rules`` never fail. With a baseline, only results that are new relative to it fail.
    """

    severity: str = "info"
    outcomes: frozenset[str] = FAILING
    hard_rules: frozenset[str] = frozenset()
    soft_rules: frozenset[str] = frozenset()

    def fails(self, result: RuleResult) -> bool:
        if result.status not in self.outcomes or result.baseline == "unchanged":
            return False
        if result.rule in self.soft_rules:
            return False
        if result.rule in self.hard_rules:
            return True
        if self.severity == "never":
            return False
        return SEVERITY_ORDER[result.severity] >= SEVERITY_ORDER[self.severity]

    def describe(self) -> str:
        """The policy as a `--fail-on` value: severity, or severity and the widest outcome."""
        widest = next(
            (name for name, members in OUTCOME_THRESHOLDS.items() if members == self.outcomes), None
        )
        if widest is None or widest == "partial":
            return self.severity
        return f"{self.severity},{widest}"


# --fail-on outcome thresholds: each fails its own outcome and every worse one.
OUTCOME_THRESHOLDS: dict[str, frozenset[str]] = {
    "missing": frozenset({"missing"}),
    "partial": FAILING,
    "manual_review": FAILING | {"manual_review"},
    "not_yet_due": FAILING | {"manual_review", "not_yet_due"},
}


class RuleResult(Record):
    """One rule's outcome for one declaration, with its evidence items and where the rule points."""

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
    waiver: AppliedWaiver | None = None  # set when status is "waived"
    waived_status: Outcome | None = None  # the outcome the waiver covers (missing, partial, ...)
    baseline: Baseline | None = None  # for findings, when a baseline report was given
    obligation: str = ""  # the rule's obligation in our words (SARIF fullDescription, HTML)

    @property
    def effective_status(self) -> Outcome:
        """The outcome without any waiver: what --ignore-waivers would show."""
        return self.waived_status or self.status


def new_rule_result(
    rule: str,
    title: str,
    ruleset: str,
    status: Outcome,
    severity: str,
    sources: tuple[Source, ...],
    message: str,
    remediation: str,
    verified: bool,
    due: dt.date | None,
    evidence: tuple[EvidenceItem, ...],
    line: int,
    column: int,
    waiver: AppliedWaiver | None = None,
    waived_status: Outcome | None = None,
    baseline: Baseline | None = None,
    obligation: str = "",
) -> RuleResult:
    """``RuleResult(rule=rule, ...)``, made quickly (see ``new_evidence_item``)."""
    result: RuleResult = _NEW(
        RuleResult,
        (
            rule,
            title,
            ruleset,
            status,
            severity,
            sources,
            message,
            remediation,
            verified,
            due,
            evidence,
            line,
            column,
            waiver,
            waived_status,
            baseline,
            obligation,
        ),
    )
    return result


class RulesetRef(Record):
    id: str
    version: str
    date: dt.date
    title: str
    sha256: str
    files: tuple[str, ...]


class DeclarationReport(Record):
    """Everything one declaration's check found: its facts and every rule's result, or its errors."""

    path: str
    sha256: str | None
    as_of: dt.date
    tool_version: str
    rulesets: tuple[RulesetRef, ...]
    facts: Facts | None
    results: tuple[RuleResult, ...]
    errors: tuple[Diagnostic, ...] = ()
    model: str | None = None  # "name version", when the declaration could be read
    provider: str | None = None  # the provider's legal name, when the declaration could be read
    country: str | None = None  # the provider's country code, when given
    # The profile the ruleset selection started from (name@version); pins and --ruleset may have replaced
    # some of its versions, so ``rulesets`` is what was used.
    profile: str | None = None

    @property
    def invalid(self) -> bool:  # type: ignore[override]  # shadows Record.invalid(), which only rulesets use
        return bool(self.errors)

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(OUTCOMES, 0)
        for result in self.results:
            counts[result.status] += 1
        return counts


class FixedFinding(Record):
    """A finding of the baseline report that is no longer a finding."""

    path: str
    model: str | None
    rule: str
    status: str  # its status now


class Report(Record):
    """A whole run's declarations, as the Python API returns them."""

    as_of: dt.date
    tool_version: str
    declarations: tuple[DeclarationReport, ...]
    fail_on: str | FailPolicy = "info"
    notices: tuple[Diagnostic, ...] = ()  # warnings about the run: expired or unused waivers, ...
    fixed: tuple[FixedFinding, ...] = ()  # relative to a baseline

    @property
    def policy(self) -> FailPolicy:
        return self.fail_on if isinstance(self.fail_on, FailPolicy) else FailPolicy(severity=self.fail_on)

    def exit_code(self) -> int:
        policy = self.policy
        return exit_code_for(
            invalid=any(d.invalid for d in self.declarations),
            failing=any(policy.fails(r) for d in self.declarations for r in d.results),
        )


def exit_code_for(*, invalid: bool, failing: bool) -> int:
    """0 clean, 1 findings under the fail policy, 2 when any declaration could not be evaluated."""
    return 2 if invalid else 1 if failing else 0
