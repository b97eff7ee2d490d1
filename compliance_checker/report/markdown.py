"""``--format markdown``: a compact report for a pull-request comment or a CI job summary.

Per declaration: the classification in one line, the counts, then the missing and partial obligations
as a table (rule linked to its documentation, severity, legal source, ``file:line``, how to fix) and the
waived ones in a table of their own (justification, approver, expiry). With several declarations the
auditor summary comes first, and the declarations follow in order of urgency (invalid, with gaps,
clean; report order within each). Provenance (tool version, as-of date, ruleset versions and hashes) sits in
a collapsed block at the top; each declaration's SHA-256 follows its heading.

GitHub caps a comment at 65,536 characters: a longer report is cut at a line and ends with a note.

Streamed within that cap: the layout puts at the top what is only known at the end (the counts in the
title, the rulesets used, the auditor summary), so the writer buffers, in a bounded way. Each
declaration's lines go, as soon as it is checked, to one of three buffers by urgency (invalid, with
gaps, clean); a buffer keeps lines only until it holds ``LIMIT`` characters (no later line of it could
appear in a report cut at ``LIMIT``) and counts the characters of the rest, so the truncation note still
gives the full length. The writer thus holds at most about 3 x 64 KB of text, a few counters and the
rulesets seen, whatever the number of declarations; ``finish`` writes the report in one piece.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from compliance_checker.errors import Diagnostic
from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import (
    FAILING,
    OUTCOMES,
    DeclarationReport,
    FixedFinding,
    Report,
    RuleResult,
    RulesetRef,
)
from compliance_checker.report import stream
from compliance_checker.report.common import (
    OUTCOME_LABELS,
    TOOL_NAME,
    classification_line,
    model_name,
    one_line,
    provider_name,
    rule_uri,
    shorten,
    who,
)
from compliance_checker.report.summary import AuditorSummary, by_provider, headline

LIMIT = 65_536
SECTION = "### `"  # a declaration's heading (declaration_lines)
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


def _provenance(run: stream.RunStart, rulesets: Iterable[RulesetRef]) -> list[str]:
    lines = [
        "<details><summary>Reproduce this report</summary>",
        "",
        f"- Tool: {TOOL_NAME} {cell(run.tool_version)}",
        f"- As of: {run.as_of.isoformat()}",
        f"- Fail on: {cell(run.policy.describe())}",
    ]
    for ref in rulesets:
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
    named = who(decl)
    lines = [f"{level} {code(decl.path)}: {verdict}", ""]
    if named:
        lines += [f"Model {cell(model_name(decl))}, provider {cell(provider_name(decl))}", ""]
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


EXAMPLES = 5  # declarations named per most-missed obligation


def _provider_cell(provider: str) -> str:
    return cell(provider) if provider else "_(file not readable)_"


def summary_lines(summary: AuditorSummary) -> Iterator[str]:
    """The auditor summary, a line at a time (a batch's table can be far longer than the cap): per
    provider, then the most-missed obligations with the declarations that miss them, then every
    declaration grouped by provider. The short tables come first, so a cut report keeps them whole."""
    yield from ("### Auditor summary", "", cell(headline(summary)) + ".", "")
    yield from (
        "| Provider | Declarations | With gaps | Missing | Partial | Waived | Invalid |",
        "|---|---|---|---|---|---|---|",
    )
    for p in by_provider(summary):
        yield (
            f"| {_provider_cell(p.provider)} | {p.declarations} | {p.with_gaps} | {p.missing} | {p.partial} "
            f"| {p.waived} | {p.invalid} |"
        )
    yield ""
    if summary.rules:
        shown = summary.rules[:TOP_RULES]
        yield from (
            f"Most-missed obligations, the most serious first ({len(shown)} of {len(summary.rules)}; "
            f"of {summary.evaluated} evaluated declaration(s)):",
            "",
            "| Rule | Severity | Missed (missing + partial) | Waived | Title | Missed by |",
            "|---|---|---|---|---|---|",
        )
        for r in shown:
            names = ", ".join(code(path) for path in r.paths[:EXAMPLES])
            more = (
                f" and {r.missed - len(r.paths[:EXAMPLES])} more"
                if r.missed > len(r.paths[:EXAMPLES])
                else ""
            )
            yield (
                f"| {_rule_link(r.rule)} | {cell(r.severity)} | {r.missed} of {r.applicable} "
                f"({r.missing} + {r.partial}) | {r.waived} | {cell(r.title)} | {names}{more} |"
            )
        yield ""
    yield from (
        "| Provider | Model | Declaration | Classification | Missing | Partial | Waived | Evidenced "
        "| Not yet due | Manual review |",
        "|---|---|---|---|---|---|---|---|---|---|",
    )
    for d in sorted(summary.declarations, key=lambda d: (not d.provider, d.provider)):  # stable: input order
        if d.invalid:
            invalid = f"**invalid** ({d.errors} error(s))"
            yield f"| {_provider_cell(d.provider)} | | {code(d.path)} | {invalid} | | | | | | |"
            continue
        c = d.counts
        yield (
            f"| {_provider_cell(d.provider)} | {cell(d.model)} | {code(d.path)} | {cell(d.classification)} "
            f"| {c['missing']} | {c['partial']} | {c['waived']} | {c['evidenced']} | {c['not_yet_due']} "
            f"| {c['manual_review']} |"
        )
    yield ""


def _notices(notices: tuple[Diagnostic, ...], fixed: tuple[FixedFinding, ...]) -> list[str]:
    lines: list[str] = []
    if notices:
        lines += ["### Notices", ""]
        lines += [f"- {code(d.location())} {cell(d.level)}: {cell(d.message)}" for d in notices]
        lines.append("")
    if fixed:
        lines += [f"### Fixed since the baseline ({len(fixed)})", ""]
        lines += [f"- {code(f.path)} {_rule_link(f.rule)}: now {cell(f.status)}" for f in fixed]
        lines.append("")
    return lines


def truncate(lines: list[str], limit: int = LIMIT, *, length: int | None = None) -> str:
    """The lines as text, cut to fit ``limit`` with a note when longer.

    The cut never leaves a table without rows or a heading without its text: it falls at the end of a
    table row or a block, and a trailing heading, table header or lead-in sentence is dropped; a
    declaration's section that does not fit is left out whole. ``length``
    is the length of the full text when ``lines`` holds only its beginning (at least ``limit`` characters
    of it): the note then still says how long the report was.
    """
    if length is None:
        length = sum(len(line) + 1 for line in lines)
    if length <= limit:
        return "\n".join(lines) + "\n"
    note = (
        f"\n_Truncated: this report is longer than a GitHub comment allows ({length:,} characters). "
        "The JSON, HTML or CSV report has everything._\n"
    )
    kept: list[str] = []
    size = 0
    for line in lines:
        if size + len(line) + 1 + len(note) > limit:
            break
        kept.append(line)
        size += len(line) + 1
    if len(kept) < len(lines) and not lines[len(kept)].startswith("#"):
        # A declaration's section that was cut goes whole: each one shown is complete.
        start = next((n for n in range(len(kept) - 1, -1, -1) if kept[n].startswith(SECTION)), None)
        if start is not None:
            del kept[start:]
    while kept and _dangling(kept):
        kept.pop()
    return "\n".join(kept) + "\n" + note


def _dangling(kept: list[str]) -> bool:
    """Whether the last kept line leads into something that was cut: a blank line, a heading, a table's
    header or separator, a line ending in ":" (a lead-in), or an open <details> block."""
    last = kept[-1].strip()
    if not last or last.startswith("#") or last.endswith(":") or last.startswith("<details"):
        return True
    return last.startswith("|---") or (last.startswith("|") and _is_header(kept))


def _is_header(kept: list[str]) -> bool:
    """The last line is a table row directly followed by nothing but was a header: its next line would
    have been the separator; it is a header when the line before it is not a table row."""
    return len(kept) < 2 or not kept[-2].lstrip().startswith("|")


class Capped:
    """Lines kept only up to ``limit`` characters (the first line past it included); the rest counted."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self.lines: list[str] = []
        self.kept = 0  # characters kept, a newline per line
        self.length = 0  # characters of every line added

    def add(self, lines: Iterable[str]) -> None:
        for line in lines:
            size = len(line) + 1
            self.length += size
            if self.kept <= self.limit:
                self.lines.append(line)
                self.kept += size


@dataclass(frozen=True, slots=True)
class Section:
    """One declaration's part of the report."""

    invalid: bool
    gaps: int  # missing or partial results
    rulesets: tuple[RulesetRef, ...]
    lines: tuple[str, ...]


class MarkdownWriter(stream.Writer):
    """Buffers up to the comment cap (see the module docstring) and writes the report at the end."""

    needs_rows = True

    def __init__(self, out: stream.Out, options: RenderOptions = DEFAULT_OPTIONS) -> None:
        super().__init__(out, options)
        self.run: stream.RunStart | None = None
        self.by_urgency = (Capped(), Capped(), Capped())  # invalid, with gaps, clean
        self.rulesets: dict[tuple[str, str, str], RulesetRef] = {}
        self.declarations = 0
        self.invalid = 0
        self.gaps = 0

    def start(self, run: stream.RunStart) -> None:
        self.run = run

    @staticmethod
    def encode(decl: DeclarationReport) -> Section:
        """The declaration's section and what the title needs (pure: a worker process may make it)."""
        gaps = 0 if decl.invalid else sum(1 for r in decl.results if r.status in FAILING)
        return Section(decl.invalid, gaps, decl.rulesets, tuple(declaration_lines(decl)))

    def accept(self, payload: object) -> None:
        assert isinstance(payload, Section)
        self.declarations += 1
        for ref in payload.rulesets:
            self.rulesets.setdefault((ref.id, ref.version, ref.sha256), ref)
        self.invalid += payload.invalid
        self.gaps += payload.gaps
        # Invalid files first, then those with gaps: what a reviewer must act on survives truncation.
        urgency = 0 if payload.invalid else 1 if payload.gaps else 2
        self.by_urgency[urgency].add(payload.lines)

    def declaration(self, decl: DeclarationReport) -> None:
        self.accept(self.encode(decl))

    def finish(self, end: stream.RunEnd) -> None:
        run = self.run
        assert run is not None, "start() comes first"
        head = Capped()
        head.add(
            [
                f"## {TOOL_NAME}: {self.declarations} declaration(s), {self.gaps} missing or partial "
                "obligation(s)" + (f", {self.invalid} invalid declaration(s)" if self.invalid else ""),
                "",
                f"As of {run.as_of.isoformat()} · {TOOL_NAME} {cell(run.tool_version)} · "
                "a self-assessment aid, not legal advice.",
                "",
                *_provenance(run, self.rulesets.values()),
            ]
        )
        if self.declarations > 1:
            head.add(summary_lines(end.summary))
        head.add(_notices(end.notices, end.fixed))
        parts = (head, *self.by_urgency)
        lines = [line for part in parts for line in part.lines]
        self.out(truncate(lines, length=sum(part.length for part in parts)))


WRITER = MarkdownWriter


def render(report: Report) -> str:
    return stream.render(WRITER, report)
