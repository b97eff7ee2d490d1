"""``--format csv-matrix``: the auditor's summary matrix, one row per declaration, one column per rule.

A cell is the rule's outcome for that declaration (``waived`` for a waived gap); the columns before the
rules say which declaration, with which hash, on which date, by which tool and rulesets. An invalid
declaration is a row with status ``invalid`` and empty rule cells. It is a format of its own, not a
second table appended to ``csv``, because a spreadsheet reads one table per file.
"""

from __future__ import annotations

from compliance_checker.models.report import Report
from compliance_checker.report.common import model_name, ruleset_label
from compliance_checker.report.csv_report import write

LEADING: tuple[str, ...] = ("path", "sha256", "model", "as_of", "tool_version", "rulesets", "status")


def render(report: Report) -> str:
    rules: dict[str, None] = {}
    for decl in report.declarations:
        for result in decl.results:
            rules.setdefault(result.rule, None)
    rows: list[list[object]] = []
    for decl in report.declarations:
        outcomes = {result.rule: result.status for result in decl.results}
        rows.append(
            [
                decl.path,
                decl.sha256,
                model_name(decl),
                decl.as_of.isoformat(),
                decl.tool_version,
                "; ".join(f"{ruleset_label(ref)} sha256:{ref.sha256}" for ref in decl.rulesets),
                "invalid" if decl.invalid else "evaluated",
                *(outcomes.get(rule, "") for rule in rules),
            ]
        )
    return write(rows, [*LEADING, *rules])
