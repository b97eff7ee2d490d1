"""``--format table``: one row per rule with outcome, legal source, location and what to do.

Streamed: each declaration's table is written as soon as it is checked; with several declarations the
auditor summary (declarations, then the most-missed obligations) follows at the end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import OUTCOMES, DeclarationReport, Report, RuleResult
from compliance_checker.report import stream
from compliance_checker.report.common import classification_line
from compliance_checker.report.summary import AuditorSummary, headline

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
    lines.extend(simple_table(["Rule", "Outcome", "Source", "Location", "Detail"], lambda: rows))
    if any(not r.verified for r in decl.results):
        lines.append("* rests on a secondary source (verified: false); review it against the primary text")
    lines.append(summary_line(decl))
    return "\n".join(lines)


def _plain(cell: str) -> bool:
    """A cell that tabulate prints as is and measures by its length: printable, one column per
    character (ASCII, or narrow characters such as the ellipsis), no surrounding blanks."""
    if cell != cell.strip() or not cell.isprintable():
        return False
    return cell.isascii() or all(_narrow(ch) for ch in cell)


def _narrow(ch: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(ch) in ("Na", "N", "H", "A") and not unicodedata.combining(ch)


def simple_table(headers: list[str], rows: Callable[[], Iterable[list[str]]]) -> Iterator[str]:
    """tabulate's "simple" table (left-aligned text), a line at a time, holding no rows.

    ``rows`` is called twice: once to measure the columns, once to write them. A batch's summary has a
    row per declaration, and this keeps it out of memory; a cell that is not plain ASCII (wide
    characters, escapes, line breaks) makes it fall back to tabulate itself, which measures those.
    """
    widths = [len(h) + 2 for h in headers]  # tabulate pads a header by two
    for row in rows():
        for number, cell in enumerate(row):
            if not _plain(cell):
                yield from _tabulate(list(rows()), headers).split("\n")
                return
            widths[number] = max(widths[number], len(cell))
    yield "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()
    yield "  ".join("-" * w for w in widths)
    for row in rows():
        yield "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()


def _tabulate(rows: list[list[str]], headers: list[str]) -> str:
    from tabulate import tabulate  # only for cells it must measure itself (wide characters, line breaks)

    text: str = tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True)
    return text


def _declaration_rows(summary: AuditorSummary) -> Iterator[list[str]]:
    for d in summary.declarations:
        if d.invalid:
            yield [d.path, "INVALID", f"{d.errors} error(s)"] + [""] * (len(OUTCOMES) - 1)
        else:
            yield [d.path, d.classification] + [str(d.counts[o]) for o in OUTCOMES]


def summary_lines(summary: AuditorSummary) -> Iterator[str]:
    """The auditor summary as two plain tables, a line at a time: declarations, then the most-missed
    obligations (one row per rule, so that table is small)."""
    yield "Auditor summary: " + headline(summary)
    yield from simple_table(
        ["Declaration", "Classification", *(_LABELS[o] for o in OUTCOMES)],
        lambda: _declaration_rows(summary),
    )
    yield ""
    if summary.rules:
        yield f"Most-missed obligations (of {summary.evaluated} evaluated declaration(s))"
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
        yield from simple_table(
            ["Rule", "Severity", "Missed", "Missing", "Partial", "Waived", "Title"],
            lambda: ([str(cell) for cell in row] for row in rule_rows),
        )
    else:
        yield "No obligation is missing or partial in any evaluated declaration."


CHUNK = 100  # summary lines per write


class TableWriter(stream.Writer):
    """Tables separated by a blank line; nothing kept between declarations but their number."""

    needs_rows = True

    def __init__(self, out: stream.Out, options: RenderOptions = DEFAULT_OPTIONS) -> None:
        super().__init__(out, options)
        self.count = 0

    @staticmethod
    def encode(decl: DeclarationReport) -> str:
        """The declaration's table (pure: a worker process may make it)."""
        return render_declaration(decl)

    def accept(self, payload: object) -> None:
        assert isinstance(payload, str)
        self.out(("\n\n" if self.count else "") + payload)
        self.count += 1

    def declaration(self, decl: DeclarationReport) -> None:
        self.accept(self.encode(decl))

    def finish(self, end: stream.RunEnd) -> None:
        if self.count > 1:
            self.out("\n\n")
            first, lines = True, []
            for line in summary_lines(end.summary):
                lines.append(line)
                if len(lines) == CHUNK:
                    self.out(("" if first else "\n") + "\n".join(lines))
                    first, lines = False, []
            if lines:
                self.out(("" if first else "\n") + "\n".join(lines))
        self.out("\n")


WRITER = TableWriter


def render(report: Report) -> str:
    return stream.render(WRITER, report)
