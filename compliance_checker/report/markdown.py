"""``--format markdown``: a compact report for a pull-request comment or a CI job summary.

Per declaration: the classification in one line, the counts, then the missing and partial obligations
as a table (rule linked to its documentation, severity, legal source, ``file:line``, how to fix) and the
waived ones in a table of their own (justification, approver, expiry). With several declarations the
auditor summary comes first, and the declarations follow in order of urgency (invalid, with gaps,
clean; report order within each). Provenance (tool version, as-of date, ruleset versions and hashes) sits in
a collapsed block at the top; each declaration's SHA-256 follows its heading.

GitHub caps a comment at 65,536 characters: a longer report is cut at a line and ends with a note.
"""

from __future__ import annotations

import html

from compliance_checker.models.report import FAILING, OUTCOMES, DeclarationReport, Report, RuleResult
from compliance_checker.report.common import (
    OUTCOME_LABELS,
    TOOL_NAME,
    all_rulesets,
    classification_line,
    one_line,
    rule_uri,
    shorten,
)
from compliance_checker.report.summary import AuditorSummary, headline, summarise

LIMIT = 65_536
TOP_RULES = 20  # most-missed obligations shown in the summary


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell: one line, no pipes, no raw HTML."""
    return html.escape(one_line(text), quote=False).replace("|", "\\|")


def code(text: str) -> str:
    """Inline code that survives backticks in the text (CommonMark: a longer fence)."""
    text = one_line(text).replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _rule_link(rule: str) -> str:
    return f"[{cell(rule)}]({rule_uri(rule)})"


def _provenance(report: Report) -> list[str]:
    lines = [
        "<details><summary>Reproduce this report</summary>",
        "",
        f"- Tool: {TOOL_NAME} {cell(report.tool_version)}",
        f"- As of: {report.as_of.isoformat()}",
        f"- Fail on: {cell(report.policy.describe())}",
    ]
    for ref in all_rulesets(report):
        dated = "" if ref.version == ref.date.isoformat() else f" ({ref.date.isoformat()})"
        lines.append(f"- Ruleset {cell(ref.id)} {cell(ref.version)}{dated}: sha256 `{ref.sha256}`")
    lines += ["", "</details>", ""]
    return lines


def _counts(decl: DeclarationReport) -> str:
    counts = decl.counts()
    return " · ".join(f"{OUTCOME_LABELS[o]} **{counts[o]}**" for o in OUTCOMES)


def _gap_row(decl: DeclarationReport, result: RuleResult) -> str:
    source = result.sources[0].render() if result.sources else ""
    more = f" (+{len(result.sources) - 1})" if len(result.sources) > 1 else ""
    baseline = (
        " (new)" if result.baseline == "new" else " (baseline)" if result.baseline == "unchanged" else ""
    )
    return (
        f"| {_rule_link(result.rule)} {cell(result.title)} | {cell(result.status)}{baseline} "
        f"| {cell(result.severity)} | {cell(source + more)} | {code(f'{decl.path}:{result.line}')} "
        f"| {cell(shorten(result.remediation, 300))} |"
    )


def _waived_row(decl: DeclarationReport, result: RuleResult) -> str:
    waiver = result.waiver
    assert waiver is not None
    return (
        f"| {_rule_link(result.rule)} {cell(result.title)} | {cell(result.effective_status)} "
        f"| {code(f'{decl.path}:{result.line}')} | {cell(waiver.justification)} "
        f"| {cell(waiver.approved_by)} ({waiver.approved_on.isoformat()}) | {waiver.expires.isoformat()} |"
    )


def declaration_lines(decl: DeclarationReport, *, level: str = "###") -> list[str]:
    if decl.invalid:
        lines = [
            f"{level} {code(decl.path)}: invalid, not evaluated",
            "",
            f"{len(decl.errors)} error(s):",
            "",
        ]
        lines += [f"- {code(d.location())} {cell(d.message)}" for d in decl.errors]
        return [*lines, ""]
    gaps = [r for r in decl.results if r.status in FAILING]
    waived = [r for r in decl.results if r.status == "waived" and r.waiver is not None]
    verdict = f"{len(gaps)} missing or partial" if gaps else "no missing or partial obligation"
    lines = [f"{level} {code(decl.path)}: {verdict}", ""]
    if decl.facts is not None:
        lines += [cell(classification_line(decl.facts)), ""]
    lines += [_counts(decl), ""]
    if decl.sha256:
        lines += [f"SHA-256 `{decl.sha256}`", ""]
    if gaps:
        lines += [
            "| Rule | Outcome | Severity | Source | Location | Fix |",
            "|---|---|---|---|---|---|",
            *(_gap_row(decl, r) for r in gaps),
            "",
        ]
    if waived:
        lines += [
            f"Waived ({len(waived)}): these gaps stay visible until their waiver expires.",
            "",
            "| Rule | Waived outcome | Location | Justification | Approved by | Expires |",
            "|---|---|---|---|---|---|",
            *(_waived_row(decl, r) for r in waived),
            "",
        ]
    return lines


def summary_lines(summary: AuditorSummary) -> list[str]:
    lines = [
        "### Auditor summary",
        "",
        cell(headline(summary)) + ".",
        "",
        "| Declaration | Classification | Missing | Partial | Waived | Evidenced | Not yet due "
        "| Manual review |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for d in summary.declarations:
        if d.invalid:
            lines.append(f"| {code(d.path)} | **invalid** ({d.errors} error(s)) | | | | | | |")
            continue
        c = d.counts
        lines.append(
            f"| {code(d.path)} | {cell(d.classification)} | {c['missing']} | {c['partial']} | {c['waived']} "
            f"| {c['evidenced']} | {c['not_yet_due']} | {c['manual_review']} |"
        )
    lines.append("")
    if summary.rules:
        shown = summary.rules[:TOP_RULES]
        lines += [
            f"Most-missed obligations ({len(shown)} of {len(summary.rules)}; "
            f"of {summary.evaluated} evaluated declaration(s)):",
            "",
            "| Rule | Severity | Missed (missing + partial) | Waived | Title |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {_rule_link(r.rule)} | {cell(r.severity)} | {r.missed} of {r.applicable} "
            f"({r.missing} + {r.partial}) | {r.waived} | {cell(r.title)} |"
            for r in shown
        ]
        lines.append("")
    return lines


def _notices(report: Report) -> list[str]:
    lines: list[str] = []
    if report.notices:
        lines += ["### Notices", ""]
        lines += [f"- {code(d.location())} {cell(d.level)}: {cell(d.message)}" for d in report.notices]
        lines.append("")
    if report.fixed:
        lines += [f"### Fixed since the baseline ({len(report.fixed)})", ""]
        lines += [f"- {code(f.path)} {_rule_link(f.rule)}: now {cell(f.status)}" for f in report.fixed]
        lines.append("")
    return lines


def truncate(lines: list[str], limit: int = LIMIT) -> str:
    text = "\n".join(lines) + "\n"
    if len(text) <= limit:
        return text
    note = (
        f"\n_Truncated: this report is longer than a GitHub comment allows ({len(text):,} characters). "
        "The JSON, HTML or CSV report has everything._\n"
    )
    kept: list[str] = []
    size = 0
    for line in lines:
        if size + len(line) + 1 + len(note) > limit:
            break
        kept.append(line)
        size += len(line) + 1
    return "\n".join(kept) + "\n" + note


def render(report: Report) -> str:
    evaluated = [d for d in report.declarations if not d.invalid]
    gaps = sum(1 for d in evaluated for r in d.results if r.status in FAILING)
    invalid = len(report.declarations) - len(evaluated)
    lines = [
        f"## {TOOL_NAME}: {len(report.declarations)} declaration(s), {gaps} missing or partial obligation(s)"
        + (f", {invalid} invalid declaration(s)" if invalid else ""),
        "",
        f"As of {report.as_of.isoformat()} · {TOOL_NAME} {cell(report.tool_version)} · "
        "a self-assessment aid, not legal advice.",
        "",
        *_provenance(report),
    ]
    if len(report.declarations) > 1:
        lines += summary_lines(summarise(report))
    lines += _notices(report)
    # Invalid files first, then those with gaps: what a reviewer must act on survives truncation.
    for decl in sorted(report.declarations, key=_urgency):
        lines += declaration_lines(decl)
    return truncate(lines)


def _urgency(decl: DeclarationReport) -> int:
    if decl.invalid:
        return 0
    return 1 if any(r.status in FAILING for r in decl.results) else 2
