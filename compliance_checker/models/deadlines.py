"""The dated obligations of declarations (`compliance-checker deadlines`): what is due when, for whom, and
whether it is met, each with the rule and the legal source it comes from.

The dates are computed by the engine (``engine/deadlines.py``) from the same time limits the rules
evaluate; these classes only carry them to the formats (``report/deadlines*.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from compliance_checker.errors import Diagnostic
from compliance_checker.models.report import AppliedWaiver

# overdue: not done and its last day has passed; due_soon: not done, due within --within days (today
# included); upcoming: not done, due later; met: done on time (or, for a retention, kept long enough);
# late: done, but after its last day; waived: overdue or late, but the rule's finding is waived (a
# current waiver covers it, as `check --waivers` applies it).
Status = Literal["overdue", "due_soon", "upcoming", "met", "late", "waived"]
STATUSES: tuple[Status, ...] = ("overdue", "due_soon", "upcoming", "late", "met", "waived")
WAIVABLE: frozenset[str] = frozenset({"overdue", "late"})  # the statuses that are a gap in `check`

# due_by: something to do by a date; keep_until: something to keep (or not end) until a date; refresh_by:
# a recorded date to renew before it is too old; recurring: one occurrence of something due at least every
# period (each recorded one, then the next); rule_due: the day a rule's gap becomes a finding (a deferred
# gap, such as a legacy model's until 2 August 2027); legacy_deadline: the day a model placed before 2
# August 2025 must comply with everything (Art 111(3)).
Kind = Literal["due_by", "keep_until", "refresh_by", "recurring", "rule_due", "legacy_deadline"]
KIND_WORDS: dict[str, str] = {
    "due_by": "due by",
    "keep_until": "keep until",
    "refresh_by": "renew by",
    "recurring": "recurring",
    "rule_due": "gap due",
    "legacy_deadline": "legacy deadline",
}
STATUS_WORDS: dict[str, str] = {
    "overdue": "OVERDUE",
    "due_soon": "due soon",
    "upcoming": "upcoming",
    "met": "met",
    "late": "late",
    "waived": "waived",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Obligation:
    """One dated obligation of one declaration.

    ``uid`` is stable across runs: derived from the declaration's identity (provider, model, version),
    the rule, the kind and where in the rule and the declaration the obligation sits (list entries by
    their id or name, not their position), never from the run or the file's path."""

    uid: str
    date: dt.date
    status: Status
    kind: Kind
    rule: str  # rule id; empty for the legacy deadline, which comes from the classification
    ruleset: str
    title: str
    what: str  # the obligation in our words: the check's label, with the list entry it concerns
    sources: tuple[str, ...]  # "Code of Practice, Safety and Security, Measure 1.3", "AI Act Art 55(1)"
    done: dt.date | None
    path: str  # where the date is (or would be) written in the declaration
    line: int
    column: int
    # With status "waived": the status without the waiver (overdue or late), and the waiver that covers
    # the rule's finding (None for the legacy deadline, whose gaps are several rules' with their own).
    waived_status: Status | None = None
    waiver: AppliedWaiver | None = None

    @property
    def citation(self) -> str:
        return "; ".join(self.sources)


@dataclass(frozen=True, slots=True, kw_only=True)
class DeclarationDeadlines:
    """One declaration's dated obligations, sorted by date; or why it could not be read (``errors``)."""

    path: str
    provider: str | None
    model: str | None  # "name version"
    as_of: dt.date
    obligations: tuple[Obligation, ...] = ()
    errors: tuple[Diagnostic, ...] = ()

    @property
    def invalid(self) -> bool:
        return bool(self.errors)


@dataclass(frozen=True, slots=True, kw_only=True)
class DeadlineRun:
    """Every declaration of one `deadlines` run, with the run's settings."""

    as_of: dt.date
    within: int
    tool_version: str
    declarations: tuple[DeclarationDeadlines, ...]

    def counts(self) -> dict[str, int]:
        """Obligations by status, every status present (0 when none)."""
        found: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for decl in self.declarations:
            for item in decl.obligations:
                found[item.status] += 1
        return found

    def fleet(self) -> list[tuple[DeclarationDeadlines, Obligation]]:
        """Every obligation of every declaration, sorted by date, then provider, model, rule and uid: the
        auditor's calendar over a fleet."""
        rows = [(decl, item) for decl in self.declarations for item in decl.obligations]
        rows.sort(key=lambda r: (r[1].date, r[0].provider or "", r[0].model or "", r[1].rule, r[1].uid))
        return rows
