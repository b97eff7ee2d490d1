"""Comparing findings with a baseline: only findings that are new relative to it fail the run.

A finding's identity is the declaration path, the model, the rule and the failed evidence path, so a
new failure in another file, another model or another evidence item of the same rule is never absorbed.
"""

from __future__ import annotations

from compliance_checker.models.baseline import Finding, finding_ids, normal_path
from compliance_checker.models.record import replace
from compliance_checker.models.report import Baseline, DeclarationReport, FixedFinding, RuleResult


def _ids(decl: DeclarationReport, result: RuleResult) -> set[Finding]:
    failed = [item.path for item in result.evidence if item.is_gap]
    return finding_ids(decl.path, decl.model, result.rule, result.effective_status, failed)


class BaselineUse:
    """What one declaration's comparison found, for ``BaselineComparer.record``."""

    __slots__ = ("current", "status_now")

    def __init__(
        self,
        current: set[tuple[str, str, str]] | None = None,  # (path, model, rule) still failing
        status_now: dict[tuple[str, str, str], str] | None = None,
    ) -> None:
        self.current = set() if current is None else current
        self.status_now = {} if status_now is None else status_now


class BaselineComparer:
    """Marks each finding new or unchanged relative to the baseline, one declaration at a time; after the
    last, ``fixed()`` lists the baseline's findings that are findings no more."""

    def __init__(self, baseline: frozenset[Finding]) -> None:
        self.baseline = baseline
        self.current: set[tuple[str, str, str]] = set()
        self.status_now: dict[tuple[str, str, str], str] = {}

    def compare_one(self, decl: DeclarationReport) -> tuple[DeclarationReport, BaselineUse]:
        """Mark one declaration without touching this comparer's state (a worker process can do it);
        ``record`` the returned use where ``fixed()`` is made."""
        use = BaselineUse()
        results = []
        for result in decl.results:
            key = (normal_path(decl.path), decl.model or "", result.rule)
            use.status_now[key] = result.status
            ids = _ids(decl, result)
            if not ids:
                results.append(result)
                continue
            use.current.add(key)
            state: Baseline = "unchanged" if ids <= self.baseline else "new"
            results.append(replace(result, baseline=state))
        return replace(decl, results=tuple(results)), use

    def record(self, use: BaselineUse) -> None:
        self.current |= use.current
        self.status_now.update(use.status_now)

    def fixed(self) -> list[FixedFinding]:
        gone = sorted({finding[:3] for finding in self.baseline} - self.current)
        return [
            FixedFinding(
                path=path,
                model=model or None,
                rule=rule,
                status=self.status_now.get((path, model, rule), "absent"),
            )
            for path, model, rule in gone
        ]
