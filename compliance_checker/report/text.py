"""``--format text``: one finding per line, ``file:line:col: level: message [RULE-ID]``, for editors and grep.

Findings are the missing and partial results (level from severity: critical/high error, medium/low
warning, info note), located at their first failed evidence item; a failed item written elsewhere in
the file follows as a ``note`` line at its own place, so that two late incident reports under one rule
are both found. Every other status that is neither evidenced nor not applicable is shown as a ``note``:
a waived gap (until when and why), a manual review (what a person must judge) and an obligation not yet
due (from when). An invalid declaration prints each of its located errors once; run notices (expired or
unused waivers) print the same way. Nothing else is printed: no header, no summary, so every line is a
location. With ``RenderOptions.color`` the level is coloured; lines are never wrapped (editors and
problem matchers read them whole).
"""

from __future__ import annotations

import re

from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import FAILING, DeclarationReport, Report, RuleResult
from compliance_checker.report import stream
from compliance_checker.report.common import OUTCOME_LABELS, TEXT_LEVELS, one_line
from compliance_checker.report.terminal import paint


def finding_line(decl: DeclarationReport, result: RuleResult) -> str | None:
    if result.status in FAILING:
        level = TEXT_LEVELS.get(result.severity, "warning")
        note = " (unchanged since the baseline)" if result.baseline == "unchanged" else ""
        status = OUTCOME_LABELS[result.status]
    elif result.status == "manual_review":
        level, note, status = "note", "", OUTCOME_LABELS[result.status]
    elif result.status == "not_yet_due":
        level, note, status = "note", "", OUTCOME_LABELS[result.status]  # its message says from when
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


LEVEL = re.compile(r": (error|warning|note): ")


class TextWriter(stream.Writer):
    """Each declaration's lines as soon as it is checked; the run notices at the end."""

    @staticmethod
    def escape(text: str) -> str:
        return text  # lines are made safe when they are made; the colour codes must stay codes

    @staticmethod
    def encode(decl: DeclarationReport) -> list[str]:
        """The declaration's lines, a result's at a time (pure: a worker process may make them)."""
        lines = [stream.text_escape(one_line(diag.render())) + "\n" for diag in decl.errors]
        for result in decl.results:
            line = finding_line(decl, result)
            if line is not None:
                lines.append(stream.text_escape(line) + "\n")
        return lines

    def accept(self, payload: object) -> None:
        assert isinstance(payload, list)
        for lines in payload:
            self.out(self._paint(lines))

    def _paint(self, lines: str) -> str:
        """Each line's level (the first ``: level: ``, after the location) coloured, when asked."""
        if not self.options.color:
            return lines
        return "".join(
            LEVEL.sub(lambda m: f": {paint(m.group(1), m.group(1), True)}: ", line, count=1)
            for line in lines.splitlines(keepends=True)
        )

    def declaration(self, decl: DeclarationReport) -> None:
        self.accept(self.encode(decl))

    def finish(self, end: stream.RunEnd) -> None:
        if end.notices:
            text = "".join(stream.text_escape(one_line(diag.render())) + "\n" for diag in end.notices)
            self.out(self._paint(text))


WRITER = TextWriter


def render(report: Report, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    return stream.render(WRITER, report, options)
