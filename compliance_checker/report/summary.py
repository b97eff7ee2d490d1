"""The auditor summary: per declaration its model, provider, classification and counts; per rule how many
declarations miss it and which, the most serious first (severity, then the share of declarations where it
applies that miss it).

A pure function of the report, shared by the table, Markdown and HTML formats when a run checks more
than one declaration. Waived gaps are counted in their own column: a waiver never makes a gap vanish.
"""

from __future__ import annotations

from typing import Any

from compliance_checker.models.record import Record
from compliance_checker.models.report import FAILING, OUTCOMES, DeclarationReport, Report
from compliance_checker.models.ruleset import SEVERITY_ORDER
from compliance_checker.report.common import classification_tags, model_name, provider_name


class DeclarationSummary(Record):
    path: str
    model: str  # "name version"; empty when the declaration could not be read
    provider: str  # "legal name (CC)"; empty when the declaration could not be read
    invalid: bool  # type: ignore[assignment]  # the field shadows Record.invalid(), which only rulesets use
    classification: str  # a few words; empty when invalid
    counts: dict[str, int]  # per outcome; all zero when invalid
    errors: int  # located errors of an invalid declaration

    @property
    def gaps(self) -> int:
        return self.counts["missing"] + self.counts["partial"]


class RuleSummary(Record):
    rule: str
    title: str
    ruleset: str
    severity: str
    missing: int  # declarations where the rule is missing
    partial: int  # ... partial
    waived: int  # ... a gap covered by a waiver
    applicable: int  # declarations where the rule applies (any outcome but not_applicable)
    paths: tuple[str, ...]  # up to MAX_PATHS declarations that miss it (missing or partial), in order

    @property
    def missed(self) -> int:
        return self.missing + self.partial

    @property
    def share(self) -> float:
        """Of the declarations where the rule applies, the share that miss it (0 to 1)."""
        return self.missed / self.applicable if self.applicable else 0.0


class AuditorSummary(Record):
    declarations: tuple[DeclarationSummary, ...]
    rules: tuple[RuleSummary, ...]  # rules missed or waived in at least one declaration
    evaluated: int
    invalid: int  # type: ignore[assignment]  # the field shadows Record.invalid(), which only rulesets use
    totals: dict[str, int]


class _Tally:
    """One rule's running counts while a batch is summarised."""

    __slots__ = ("counts", "first", "paths", "ruleset", "severity", "title")

    def __init__(self, title: str, ruleset: str, severity: str, first: int) -> None:
        self.title = title
        self.ruleset = ruleset
        self.severity = severity
        self.first = first
        self.counts = [0] * len(OUTCOMES)  # declarations per outcome, by OUTCOME_CODES
        self.paths: list[str] = []


RuleKey = tuple[str, str, str, str]  # what the summary needs of a rule: (rule, title, ruleset, severity)
OUTCOME_CODES: dict[str, int] = {outcome: code for code, outcome in enumerate(OUTCOMES)}
_FAILING_CODES = frozenset(OUTCOME_CODES[outcome] for outcome in FAILING)
_NOT_APPLICABLE, _MISSING, _PARTIAL, _WAIVED = (
    OUTCOME_CODES[outcome] for outcome in ("not_applicable", "missing", "partial", "waived")
)


def outcome_counts(statuses: bytes) -> dict[str, int]:
    """Results per outcome (``DeclarationReport.counts``) from the outcomes' codes."""
    return {outcome: statuses.count(code) for outcome, code in OUTCOME_CODES.items()}


class Digest(Record):
    """What the summary needs of one declaration: its row, and each result's rule and outcome.

    A batch's declarations mostly share one list of rules, the run's (``SummaryBuilder.digest``'s
    ``table``): a digest then holds that very tuple, so that a worker process sends only the outcomes
    (``pack``) and the summary looks the rules up once for all of them."""

    row: DeclarationSummary
    rules: tuple[RuleKey, ...]  # the rule of each result, in order
    statuses: bytes  # the outcome of each result, as its OUTCOME_CODES

    def pack(self, table: tuple[RuleKey, ...]) -> tuple[object, ...]:
        """The digest as plain values for a worker process to send, without ``table`` when it holds it."""
        row = self.row
        rules = None if self.rules is table else self.rules
        return (
            row.path,
            row.model,
            row.provider,
            row.invalid,
            row.classification,
            row.errors,
            rules,
            self.statuses,
        )

    @classmethod
    def unpack(cls, data: tuple[Any, ...], table: tuple[RuleKey, ...]) -> Digest:
        """The digest ``pack`` gave, ``table`` the same."""
        path, model, provider, invalid, classification, errors, rules, statuses = data
        assert isinstance(statuses, bytes)
        row = DeclarationSummary(
            path=path,
            model=model,
            provider=provider,
            invalid=invalid,
            classification=classification,
            counts=outcome_counts(statuses),
            errors=errors,
        )
        return cls(row=row, rules=table if rules is None else rules, statuses=statuses)


MAX_PATHS = 20  # example declarations kept per rule: a batch of any size holds a bounded summary


class SummaryBuilder:
    """Builds the auditor summary one declaration at a time, so a batch never holds its reports.

    It keeps one small row per declaration and one tally per rule (with at most ``MAX_PATHS`` example
    paths), whatever the size of each declaration's results.
    """

    def __init__(self, *, keep_rows: bool = True) -> None:
        self.keep_rows = keep_rows  # one row per declaration; formats without a per-declaration summary
        self.count = 0  # need only the totals, so a batch of any size holds nothing per declaration
        self.invalid = 0
        self.decls: list[DeclarationSummary] = []
        self.totals: dict[str, int] = dict.fromkeys(OUTCOMES, 0)
        self.tallies: dict[str, _Tally] = {}
        self._rules: tuple[RuleKey, ...] = ()  # the rules last looked up, and their tallies
        self._rules_tallies: list[_Tally] = []

    @staticmethod
    def digest(decl: DeclarationReport, table: tuple[RuleKey, ...] = ()) -> Digest:
        """What the summary needs of one declaration: small and picklable (made in a worker process).
        When the declaration's results follow ``table`` (the run's rules), the digest holds ``table``."""
        results = decl.results
        rules = tuple((r.rule, r.title, r.ruleset, r.severity) for r in results)
        statuses = bytes(OUTCOME_CODES[r.status] for r in results)
        return Digest(
            row=DeclarationSummary(
                path=decl.path,
                model=model_name(decl),
                provider=provider_name(decl),
                invalid=decl.invalid,
                classification=classification_tags(decl.facts),
                counts=outcome_counts(statuses),
                errors=len(decl.errors),
            ),
            rules=table if rules == table else rules,
            statuses=statuses,
        )

    def add(self, decl: DeclarationReport) -> None:
        self.add_digest(self.digest(decl))

    def add_digest(self, digest: Digest) -> None:
        row = digest.row
        for outcome, count in row.counts.items():
            self.totals[outcome] += count
        self.count += 1
        self.invalid += row.invalid
        if self.keep_rows:
            self.decls.append(row)
        path = row.path
        for tally, code in zip(self._tallies(digest.rules), digest.statuses, strict=True):
            tally.counts[code] += 1
            if code in _FAILING_CODES and len(tally.paths) < MAX_PATHS:
                tally.paths.append(path)

    def _tallies(self, rules: tuple[RuleKey, ...]) -> list[_Tally]:
        """The tally of each rule of ``rules``, a new one for a rule met for the first time. Looked up
        once for a run's rules, which most declarations of a batch share (the same tuple)."""
        if rules is not self._rules:
            tallies = self.tallies
            found = []
            for rule, title, ruleset, severity in rules:
                tally = tallies.get(rule)
                if tally is None:
                    tally = tallies[rule] = _Tally(title, ruleset, severity, len(tallies))
                found.append(tally)
            self._rules, self._rules_tallies = rules, found
        return self._rules_tallies

    def build(self) -> AuditorSummary:
        tallies = self.tallies
        rules = [
            RuleSummary(
                rule=rule,
                title=t.title,
                ruleset=t.ruleset,
                severity=t.severity,
                missing=t.counts[_MISSING],
                partial=t.counts[_PARTIAL],
                waived=t.counts[_WAIVED],
                applicable=sum(t.counts) - t.counts[_NOT_APPLICABLE],
                paths=tuple(t.paths),
            )
            for rule, t in tallies.items()
            if t.counts[_MISSING] or t.counts[_PARTIAL] or t.counts[_WAIVED]
        ]
        rules.sort(
            key=lambda r: (
                -SEVERITY_ORDER.get(r.severity, 0),
                -r.share,
                -r.missed,
                -r.waived,
                tallies[r.rule].first,
            )
        )
        return AuditorSummary(
            declarations=tuple(self.decls),
            rules=tuple(rules),
            evaluated=self.count - self.invalid,
            invalid=self.invalid,
            totals=dict(self.totals),
        )


class ProviderSummary(Record):
    provider: str  # "legal name (CC)"; empty for declarations that could not be read
    declarations: int
    with_gaps: int  # declarations with a missing or partial obligation
    missing: int
    partial: int
    waived: int
    invalid: int  # type: ignore[assignment]  # the field shadows Record.invalid(), which only rulesets use


def by_provider(summary: AuditorSummary) -> list[ProviderSummary]:
    """One row per provider: how many of its declarations have gaps and how many gaps, the providers with
    the most gaps first (then by name); unreadable declarations last, under an empty name."""
    rows: dict[str, list[int]] = {}
    for d in summary.declarations:
        row = rows.setdefault(d.provider, [0, 0, 0, 0, 0, 0])
        row[0] += 1
        row[1] += d.gaps > 0
        row[2] += d.counts["missing"]
        row[3] += d.counts["partial"]
        row[4] += d.counts["waived"]
        row[5] += d.invalid
    out = [
        ProviderSummary(
            provider=name,
            declarations=row[0],
            with_gaps=row[1],
            missing=row[2],
            partial=row[3],
            waived=row[4],
            invalid=row[5],
        )
        for name, row in rows.items()
    ]
    out.sort(key=lambda p: (not p.provider, -(p.missing + p.partial), -p.with_gaps, p.provider))
    return out


def summarise(report: Report) -> AuditorSummary:
    builder = SummaryBuilder()
    for decl in report.declarations:
        builder.add(decl)
    return builder.build()


def headline(summary: AuditorSummary) -> str:
    """One sentence: how many declarations, how many invalid, how many with gaps."""
    with_gaps = sum(1 for d in summary.declarations if d.gaps)
    return (
        f"{len(summary.declarations)} declaration(s): {summary.evaluated} evaluated, "
        f"{summary.invalid} invalid; {with_gaps} with missing or partial obligations"
    )
