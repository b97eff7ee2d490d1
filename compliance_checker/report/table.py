"""``--format table`` (the default): a linter's view for a terminal.

Per declaration: a heading (path, model and provider), then its findings first, each as
``file:line:col severity status RULE`` and its whole message (missing and partial results by severity,
then manual review, not yet due and waived ones); then a one-line summary. Every line fits
``RenderOptions.width``: messages and headings are wrapped, never cut; ANSI colour only when
``RenderOptions.color``. ``quiet`` shows the summary only; ``verbose`` adds the classification and every
rule with its outcome (a line each, cut to the width: the JSON report has every text in full). With
several declarations the auditor summary (declarations, then the most-missed obligations) follows at the
end, its tables fitted to the width column by column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from compliance_checker.models.record import Record
from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import FAILING, OUTCOMES, DeclarationReport, Report, RuleResult
from compliance_checker.report import stream
from compliance_checker.report.common import OUTCOME_LABELS, TEXT_LEVELS, classification_line, one_line, who
from compliance_checker.report.summary import AuditorSummary, headline
from compliance_checker.report.terminal import MIN_WIDTH, clip, clip_start, display_width, paint, wrap

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


# Findings first: gaps by severity, then what a person must look at, then what is waived or not yet due.
FINDING_ORDER: dict[str, int] = {
    "missing": 0,
    "partial": 0,
    "manual_review": 1,
    "not_yet_due": 2,
    "waived": 3,
}
SEVERITY_RANK: dict[str, int] = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
MIN_MESSAGE = 40  # columns a message needs beside its location; else it goes on a line of its own


class Finding(Record):
    """One line of the linter view: where, which rule, how serious, what, and why in one sentence."""

    location: str  # path:line:col
    rule: str
    severity: str
    status: str  # the outcome's label ("missing", "manual review", ...)
    level: str  # error, warning or note: the colour
    message: str


class DeclarationView(Record):
    """What the terminal shows of a declaration, independent of width, colour and verbosity (a worker
    process makes it; the writer lays it out). Every string is already made safe for a terminal."""

    path: str
    head: str  # the path, the model and the provider
    classification: str
    findings: tuple[Finding, ...]
    rows: tuple[tuple[str, str, str], ...]  # every rule: (rule, outcome, "source: detail"), for --verbose
    counts: str  # "9 missing, 6 partial; 67 evidenced, 53 not applicable"
    as_of: str
    gaps: int  # missing and partial results
    invalid: bool  # type: ignore[assignment]  # the field shadows Record.invalid(), which only rulesets use
    unverified: bool


def _first_gap(result: RuleResult) -> str:
    gaps = [item for item in result.evidence if item.is_gap]
    if not gaps:
        return result.message
    more = f" (+{len(gaps) - 1} more)" if len(gaps) > 1 else ""
    return f"{gaps[0].message}{more}"


def finding_message(result: RuleResult) -> str:
    """The finding in one sentence, what matters first: its first gap and the rule's title; for a gap
    not yet due, when it is due, then the gap; for a waived one, until when; otherwise the title and the
    result's message."""
    status = result.status
    if status in FAILING:  # what is wrong first: the title is in the rule id
        return one_line(f"{_first_gap(result)} - {result.title}")
    if status == "not_yet_due":
        due = f"due {result.due.isoformat()}" if result.due else "due at placement"
        if any(item.is_gap for item in result.evidence):
            return one_line(f"{due}: {_first_gap(result)} - {result.title}")
        return one_line(f"{due} - {result.title}")
    if status == "waived" and result.waiver is not None:
        covered = OUTCOME_LABELS[result.effective_status]
        return one_line(f"{covered}, waived until {result.waiver.expires.isoformat()} - {result.title}")
    return one_line(f"{result.title}: {result.message}")


def _level(result: RuleResult) -> str:
    if result.status in FAILING:
        return TEXT_LEVELS.get(result.severity, "warning")
    return "note"


def _counts(decl: DeclarationReport) -> str:
    counts = decl.counts()
    gaps = [f"{counts[o]} {OUTCOME_LABELS[o]}" for o in ("missing", "partial") if counts[o]]
    rest = [f"{counts[o]} {OUTCOME_LABELS[o]}" for o in OUTCOMES if o not in FAILING and counts[o]]
    return "; ".join(part for part in (", ".join(gaps), ", ".join(rest)) if part)


def declaration_view(decl: DeclarationReport) -> DeclarationView:
    esc = stream.text_escape
    named = who(decl)
    head = f"{decl.path}" + (f": {named}" if named else "")
    chosen = [r for r in decl.results if r.status in FINDING_ORDER]
    chosen.sort(key=lambda r: (FINDING_ORDER[r.status], SEVERITY_RANK.get(r.severity, 5), r.line, r.column))
    findings = tuple(
        Finding(
            location=esc(f"{decl.path}:{r.line}:{r.column}"),
            rule=esc(r.rule),
            severity=r.severity,
            status=OUTCOME_LABELS[r.status],
            level=_level(r),
            message=esc(finding_message(r)),
        )
        for r in chosen
    )
    rows = tuple(
        (
            esc(r.rule + ("" if r.verified else " *")),
            _LABELS[r.status],
            esc(one_line(f"{_source(r)}: {_detail(r)}")),
        )
        for r in decl.results
    )
    counts = decl.counts()
    return DeclarationView(
        path=esc(decl.path),
        head=esc(head),
        classification=esc(classification_line(decl.facts)) if decl.facts is not None else "",
        findings=findings,
        rows=rows,
        counts=f"{len(decl.errors)} error(s), no rule evaluated" if decl.invalid else _counts(decl),
        gaps=counts["missing"] + counts["partial"],
        as_of=decl.as_of.isoformat(),
        invalid=decl.invalid,
        unverified=any(not r.verified for r in decl.results),
    )


def summary_line(view: DeclarationView, color: bool = False) -> str:
    """The declaration's outcome in one sentence (before wrapping)."""
    if view.invalid:
        verdict = paint("invalid declaration", "error", color)
    elif view.gaps:
        verdict = paint(f"{view.gaps} finding(s)", "error", color)
    else:
        verdict = paint("no findings", "ok", color)
    verdict += f" as of {view.as_of}"
    return f"{verdict}: {view.counts}" if view.counts else verdict


def finding_lines(view: DeclarationView, options: RenderOptions) -> Iterator[str]:
    """Each finding as ``file:line:col severity status RULE`` and its whole message, wrapped: beside the
    location when every location of the declaration leaves room for it, else on the lines below,
    indented. Nothing is cut (a linter's message is what the user acts on); no line is wider than
    ``options.width``."""
    width, color = max(options.width, MIN_WIDTH), options.color

    def prefix(f: Finding) -> str:
        return f"{f.location} {f.severity} {f.status} {f.rule}"

    longest = max((display_width(prefix(f)) for f in view.findings), default=0)
    inline = width - longest - 2 >= MIN_MESSAGE
    for f in view.findings:
        rest = [paint(f.severity, f.level, color), paint(f.status, "bold", color), f.rule]
        if inline:
            plain = prefix(f)
            lines = wrap(f"{plain}  {f.message}", width, "    ")
            head = " ".join([paint(f.location, "bold", color), *rest])
            yield head + lines[0][len(plain) :]
            yield from lines[1:]
            continue
        if display_width(prefix(f)) > width:  # a very long path: the location alone on its line(s)
            yield from (paint(line, "bold", color) for line in wrap(f.location, width, "  "))
            yield "  " + " ".join(rest)
        else:
            yield " ".join([paint(f.location, "bold", color), *rest])
        yield from wrap("    " + f.message, width, "    ")


def every_rule_lines(view: DeclarationView, width: int) -> Iterator[str]:
    """--verbose: every rule with its outcome, first legal source and detail, a line each, cut to the
    width."""
    rule_width = max((display_width(rule) for rule, _, _ in view.rows), default=4)
    label_width = max((len(label) for _, label, _ in view.rows), default=7)
    for rule, label, detail in view.rows:
        line = f"  {rule.ljust(rule_width)}  {label.ljust(label_width)}  {detail}"
        yield clip(line, max(width, MIN_WIDTH))


def declaration_lines(view: DeclarationView, options: RenderOptions) -> Iterator[str]:
    """The declaration's part of the terminal view under these options."""
    width, color = max(options.width, MIN_WIDTH), options.color
    if options.verbosity == "quiet":
        yield from _wrap_painted(
            f"{view.path}: {summary_line(view)}",
            f"{paint(view.path, 'bold', color)}: {summary_line(view, color)}",
            width,
        )
        return
    yield from (paint(line, "bold", color) for line in wrap(view.head, width, "  "))
    if view.classification and options.verbosity == "verbose":
        yield from wrap(view.classification, width, "  ")
    yield from finding_lines(view, options)
    if options.verbosity == "verbose" and view.rows:
        yield "Every rule:"
        yield from every_rule_lines(view, width)
        if view.unverified:
            yield from wrap(
                "* rests on a secondary source (verified: false); review it against the primary text",
                width,
                "  ",
            )
    if view.invalid:
        yield from wrap("The located errors are shown above the report, on standard error.", width, "  ")
    yield from _wrap_painted(summary_line(view), summary_line(view, color), width)


def _wrap_painted(plain: str, painted: str, width: int) -> list[str]:
    """Wrap ``plain``; when it fits one line, show ``painted`` (the same text with colour codes)."""
    lines = wrap(plain, width, "  ")
    return [painted] if len(lines) == 1 else lines


MIN_COLUMN = 8  # a fitted column keeps at least this many columns


def simple_table(
    headers: list[str],
    rows: Callable[[], Iterable[list[str]]],
    width: int,
    *,
    fixed: frozenset[int] = frozenset(),
    left_clipped: frozenset[int] = frozenset(),
) -> Iterator[str]:
    """A table in the layout of tabulate's "simple" format (left-aligned text, two blanks between
    columns, dashes under the headers), a line at a time, holding no rows, fitted to ``width``.

    ``rows`` is called twice: once to measure the columns, once to write them. A batch's summary has a
    row per declaration, and this keeps it out of memory. Cells are made safe and one line and measured
    by their display width (wide characters count two). A table wider than ``width`` is fitted to it:
    the widest column not in ``fixed`` gives up a column at a time (none below ``MIN_COLUMN``) and its
    cells are cut with "…", at their start for the columns in ``left_clipped`` (paths, whose end tells
    them apart), so every row keeps every column.
    """

    def cells(row: list[str]) -> list[str]:
        return [one_line(stream.text_escape(cell)).strip() for cell in row]

    widths = [display_width(h) for h in headers]
    for row in rows():
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, cells(row), strict=True)]
    widths = fit_columns(widths, max(width, MIN_WIDTH), fixed)

    def line(row: list[str], cut_start: frozenset[int] = left_clipped) -> str:
        out = []
        for number, (cell, w) in enumerate(zip(row, widths, strict=True)):
            cell = clip_start(cell, w) if number in cut_start else clip(cell, w)
            out.append(cell + " " * (w - display_width(cell)))
        return "  ".join(out).rstrip()

    yield line(headers, frozenset())
    yield "  ".join("-" * w for w in widths)
    for row in rows():
        yield line(cells(row))


def fit_columns(widths: list[int], width: int, fixed: frozenset[int] = frozenset()) -> list[int]:
    """Column widths whose table (two blanks between columns) is at most ``width`` wide, taking a column
    at a time from the widest not in ``fixed``; no column below ``MIN_COLUMN`` (a table may stay wider
    than a terminal too narrow for all its columns)."""
    widths = list(widths)
    shrinkable = [n for n in range(len(widths)) if n not in fixed]
    while shrinkable and sum(widths) + 2 * (len(widths) - 1) > width:
        widest = max(shrinkable, key=lambda n: widths[n])
        if widths[widest] <= MIN_COLUMN:
            break
        widths[widest] -= 1
    return widths


def _declaration_rows(summary: AuditorSummary) -> Iterator[list[str]]:
    """Counts first, then the path, the model and the provider."""
    for d in summary.declarations:
        if d.invalid:
            yield ["INVALID", f"{d.errors} error(s)", "", d.path, "", ""]
        else:
            other = d.counts["manual_review"] + d.counts["not_yet_due"] + d.counts["waived"]
            missing, partial = str(d.counts["missing"]), str(d.counts["partial"])
            yield [missing, partial, str(other), d.path, d.model, d.provider]


def summary_lines(summary: AuditorSummary, width: int) -> Iterator[str]:
    """The auditor summary, a line at a time, none wider than ``width``: declarations (gaps, model,
    provider), then the most-missed obligations, the most serious first, and which declarations miss
    each (one row per rule, so that part is small). Tables are fitted to the width, sentences wrapped."""

    def said(text: str) -> list[str]:
        return wrap(stream.text_escape(text), width, "  ") if text else [""]

    def table(
        headers: list[str], rows: Callable[[], Iterable[list[str]]], **fitting: frozenset[int]
    ) -> Iterator[str]:
        for line in simple_table(headers, rows, width, **fitting):
            yield clip(line, width)  # only a terminal too narrow for the narrowest columns cuts a row

    yield from said("Auditor summary: " + headline(summary))
    yield from table(
        ["Missing", "Partial", "Other", "Declaration", "Model", "Provider"],
        lambda: _declaration_rows(summary),
        fixed=frozenset({0, 1, 2}),
        left_clipped=frozenset({3}),  # the declaration's path: its end names the file
    )
    yield from said("(Other: manual review, not yet due and waived results.)")
    yield ""
    if not summary.rules:
        yield from said("No obligation is missing or partial in any evaluated declaration.")
        return
    yield from said(
        f"Most-missed obligations (of {summary.evaluated} evaluated declaration(s)), most serious first"
    )
    rule_rows = [
        [r.rule, r.severity, f"{r.missed} of {r.applicable}", str(r.waived), r.title] for r in summary.rules
    ]
    yield from table(
        ["Rule", "Severity", "Missed", "Waived", "Title"],
        lambda: iter(rule_rows),
        fixed=frozenset({0, 1, 2, 3}),
    )
    if len(summary.rules) > TERMINAL_RULES:
        yield from said(
            f"Who misses the first {TERMINAL_RULES} (the JSON, Markdown and HTML reports name all):"
        )
    for r in summary.rules[:TERMINAL_RULES]:
        if r.paths:  # a few examples: the Markdown and HTML reports list more
            shown = r.paths[:TERMINAL_PATHS]
            more = f" and {r.missed - len(shown)} more" if r.missed > len(shown) else ""
            yield from said(f"{r.rule} is missed by: {', '.join(shown)}{more}")


TERMINAL_PATHS = 5  # declarations named per most-missed rule in the terminal
TERMINAL_RULES = 10  # most-missed rules whose declarations the terminal names
CHUNK = 100  # summary lines per write


class TableWriter(stream.Writer):
    """The linter view, a declaration at a time; nothing kept between declarations but their number."""

    needs_rows = True

    @staticmethod
    def escape(text: str) -> str:
        return text  # values are made safe when the view is made; the colour codes must stay codes

    def __init__(self, out: stream.Out, options: RenderOptions = DEFAULT_OPTIONS) -> None:
        super().__init__(out, options)
        self.count = 0

    @staticmethod
    def encode(decl: DeclarationReport) -> DeclarationView:
        """What the terminal shows of the declaration (pure: a worker process may make it)."""
        return declaration_view(decl)

    def accept(self, payload: object) -> None:
        assert isinstance(payload, DeclarationView)
        quiet = self.options.verbosity == "quiet"
        gap = "" if not self.count else "\n" if quiet else "\n\n"
        self.out(gap + "\n".join(declaration_lines(payload, self.options)))
        self.count += 1

    def declaration(self, decl: DeclarationReport) -> None:
        self.accept(self.encode(decl))

    def finish(self, end: stream.RunEnd) -> None:
        width = max(self.options.width, MIN_WIDTH)
        if self.count > 1:
            self.out("\n\n")
            if self.options.verbosity == "quiet":
                line = stream.text_escape("Auditor summary: " + headline(end.summary))
                self.out("\n".join(wrap(line, width, "  ")))
            else:
                first, lines = True, []
                for line in summary_lines(end.summary, width):
                    lines.append(line)
                    if len(lines) == CHUNK:
                        self.out(("" if first else "\n") + "\n".join(lines))
                        first, lines = False, []
                if lines:
                    self.out(("" if first else "\n") + "\n".join(lines))
        self.out("\n")


WRITER = TableWriter


def render(report: Report, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    return stream.render(WRITER, report, options)
