"""``--format text``: one finding per line, ``file:line:col: level: message [RULE-ID]``, for editors and grep.

Findings are the missing and partial results (level from severity: critical/high error, medium/low
warning, info note), located at their first failed evidence item; a failed item written elsewhere in
the file follows as a ``note`` line at its own place, so that two late incident reports under one rule
are both found. A waived gap stays visible as a ``note`` that says until when and why. An invalid
declaration prints each of its located errors; run notices (expired or unused waivers) print the same
way. Nothing else is printed: no header, no summary, so every line is a location.
"""

from __future__ import annotations

from compliance_checker.models.report import FAILING, DeclarationReport, Report, RuleResult
from compliance_checker.report import stream
from compliance_checker.report.common import OUTCOME_LABELS, TEXT_LEVELS, one_line


def finding_line(decl: DeclarationReport, result: RuleResult) -> str | None:
    if result.status in FAILING:
        level = TEXT_LEVELS.get(result.severity, "warning")
        note = " (unchanged since the baseline)" if result.baseline == "unchanged" else ""
        status = OUTCOME_LABELS[result.status]
    elif result.status == "waived" and result.waiver is not None:
        level = "note"
        waiver = result.waiver
        note = f" (waived until {waiver.expires.isoformat()}: {waiver.justification})"
        status = f"{OUTCOME_LABELS[result.effective_status]}, waived"
    else:
        return None
    message = one_line(f"{result.title} ({status}): {result.message}{note}")
    lines = [f"{decl.path}:{result.line}:{result.column}: {level}: {message} [{result.rule}]"]
    # Every other failed or thin evidence item at its own place (e.g. each late incident report), as a note.
    failed = [item for item in result.evidence if item.is_gap] if result.status in FAILING else []
    seen = {(result.line, result.column)}
    for item in failed:
        if (item.line, item.column) in seen:
            continue  # already at a reported place (absent fields share their parent's)
        seen.add((item.line, item.column))
        detail = one_line(f"{item.label}: {item.message}")
        lines.append(f"{decl.path}:{item.line}:{item.column}: note: {detail} [{result.rule}]")
    return "\n".join(lines)


class TextWriter(stream.Writer):
    """Each declaration's lines as soon as it is checked; the run notices at the end."""

    @staticmethod
    def encode(decl: DeclarationReport) -> list[str]:
        """The declaration's lines, a result's at a time (pure: a worker process may make them)."""
        lines = [one_line(diag.render()) + "\n" for diag in decl.errors]
        for result in decl.results:
            line = finding_line(decl, result)
            if line is not None:
                lines.append(line + "\n")
        return lines

    def accept(self, payload: object) -> None:
        assert isinstance(payload, list)
        for lines in payload:
            self.out(lines)

    def declaration(self, decl: DeclarationReport) -> None:
        self.accept(self.encode(decl))

    def finish(self, end: stream.RunEnd) -> None:
        if end.notices:
            self.out("".join(one_line(diag.render()) + "\n" for diag in end.notices))


WRITER = TextWriter


def render(report: Report) -> str:
    return stream.render(WRITER, report)
