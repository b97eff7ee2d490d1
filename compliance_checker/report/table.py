"""``--format table``: one row per rule with outcome, legal source, location and what to do."""

from __future__ import annotations

from tabulate import tabulate

from compliance_checker.models.report import OUTCOMES, DeclarationReport, Report, RuleResult
from compliance_checker.report.common import classification_line
from compliance_checker.report.summary import AuditorSummary, headline, summarise

_LABELS = {
    "evidenced": "evidenced",
    "partial": "PARTIAL",
    "missing": "MISSING",
    "not_applicable": "not applicable",
    "not_yet_due": "not yet due",
    "waived": "waived",
    "manual_review": "manual review",
}


def _detail(result: RuleResult) -> str:
    if result.status in ("missing", "partial"):
        return result.remediation
    if result.status == "not_yet_due":
        due = f"due {result.due.isoformat()}: " if result.due else "due at placement: "
        return due + result.remediation
    if result.status in ("not_applicable", "manual_review"):
        return _shorten(result.message)
    return result.title


def _shorten(text: str, limit: int = 110) -> str:
    """Keep table rows to one line; the full text is in the JSON report and ``rules show``."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _source(result: RuleResult) -> str:
    first = result.sources[0].render()
    more = len(result.sources) - 1
    return f"{first} (+{more})" if more else first


def summary_line(decl: DeclarationReport) -> str:
    counts = decl.counts()
    return "Summary: " + ", ".join(f"{counts[o]} {o.replace('_', ' ')}" for o in OUTCOMES)


def render_declaration(decl: DeclarationReport) -> str:
    lines = [f"{decl.path} (as of {decl.as_of.isoformat()})"]
    if decl.invalid:
        # The located errors themselves go to stderr, once, like a compiler's.
        lines.append(f"Summary: invalid declaration, {len(decl.errors)} error(s) reported; no rule evaluated")
        return "\n".join(lines)
    if decl.facts is not None:
        lines.append(classification_line(decl.facts))
    rows = []
    for result in decl.results:
        located = result.status in ("missing", "partial", "not_yet_due", "manual_review")
        rows.append(
            [
                result.rule + ("" if result.verified else " *"),
                _LABELS[result.status],
                _source(result),
                f"{decl.path}:{result.line}:{result.column}" if located else "",
                _detail(result).strip(),
            ]
        )
    lines.append(
        tabulate(
            rows,
            headers=["Rule", "Outcome", "Source", "Location", "Detail"],
            tablefmt="simple",
            disable_numparse=True,
        )
    )
    if any(not r.verified for r in decl.results):
        lines.append("* rests on a secondary source (verified: false); review it against the primary text")
    lines.append(summary_line(decl))
    return "\n".join(lines)


def render_summary(summary: AuditorSummary) -> str:
    """The auditor summary as two plain tables: declarations, then the most-missed obligations."""
    lines = ["Auditor summary: " + headline(summary)]
    decl_rows = [
        [d.path, "INVALID" if d.invalid else d.classification]
        + (
            [f"{d.errors} error(s)"] + [""] * (len(OUTCOMES) - 1)
            if d.invalid
            else [d.counts[o] for o in OUTCOMES]
        )
        for d in summary.declarations
    ]
    lines.append(
        tabulate(
            decl_rows,
            headers=["Declaration", "Classification", *(_LABELS[o] for o in OUTCOMES)],
            tablefmt="simple",
            disable_numparse=True,
        )
    )
    lines.append("")
    if summary.rules:
        lines.append(f"Most-missed obligations (of {summary.evaluated} evaluated declaration(s))")
        rule_rows = [
            [
                r.rule,
                r.severity,
                f"{r.missed} of {r.applicable}",
                r.missing,
                r.partial,
                r.waived,
                _shorten(r.title, 70),
            ]
            for r in summary.rules
        ]
        lines.append(
            tabulate(
                rule_rows,
                headers=["Rule", "Severity", "Missed", "Missing", "Partial", "Waived", "Title"],
                tablefmt="simple",
                disable_numparse=True,
            )
        )
    else:
        lines.append("No obligation is missing or partial in any evaluated declaration.")
    return "\n".join(lines)


def render(report: Report) -> str:
    parts = [render_declaration(d) for d in report.declarations]
    if len(report.declarations) > 1:
        parts.append(render_summary(summarise(report)))
    return "\n\n".join(parts) + "\n"
