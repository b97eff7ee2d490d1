"""Comparing findings with a baseline: only findings that are new relative to it fail the run.

A finding's identity is the declaration path, the model, the rule and the failed evidence path, so a
new failure in another file, another model or another evidence item of the same rule is never absorbed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from compliance_checker.models.baseline import Finding, finding_ids, normal_path
from compliance_checker.models.report import Baseline, DeclarationReport, FixedFinding, RuleResult


def _ids(decl: DeclarationReport, result: RuleResult) -> set[Finding]:
    failed = [item.path for item in result.evidence if item.status == "failed"]
    return finding_ids(decl.path, decl.model, result.rule, result.effective_status, failed)


def compare(
    reports: Sequence[DeclarationReport], baseline: frozenset[Finding]
) -> tuple[list[DeclarationReport], list[FixedFinding]]:
    current: set[Finding] = set()
    status_now: dict[tuple[str, str, str], str] = {}
    out: list[DeclarationReport] = []
    for decl in reports:
        results = []
        for result in decl.results:
            ids = _ids(decl, result)
            status_now[(normal_path(decl.path), decl.model or "", result.rule)] = result.status
            if not ids:
                results.append(result)
                continue
            current |= ids
            state: Baseline = "unchanged" if ids <= baseline else "new"
            results.append(dataclasses.replace(result, baseline=state))
        out.append(dataclasses.replace(decl, results=tuple(results)))
    gone = sorted({finding[:3] for finding in baseline} - {finding[:3] for finding in current})
    fixed = [
        FixedFinding(
            path=path, model=model or None, rule=rule, status=status_now.get((path, model, rule), "absent")
        )
        for path, model, rule in gone
    ]
    return out, fixed
