"""``--format csv``: one row per declaration x rule, for spreadsheets and batch analysis.

Columns: see ``COLUMNS``; each row names the model (name and version) and the provider (legal name and
country code), so a sheet filtered by provider shows who fails what. Every row carries its provenance
(declaration SHA-256, as-of date, tool version, ruleset version and hash), so a filtered or sorted sheet
still says where each row came from. An invalid declaration is one row with status ``invalid`` and its
first located error. Streamed: the header first, then each declaration's rows as soon as it is checked;
nothing is kept. The summary matrix (declarations x rules) is the separate format ``csv-matrix``
(compliance_checker.report.csv_matrix).

Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) are
prefixed with an apostrophe (OWASP's CSV-injection advice): declarations come from third parties.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from compliance_checker.models.report import DeclarationReport, Report, RuleResult
from compliance_checker.report import stream
from compliance_checker.report.common import citations, model_name, one_line, ruleset_of

COLUMNS: tuple[str, ...] = (
    "path",
    "sha256",
    "model",
    "provider",
    "provider_country",
    "as_of",
    "tool_version",
    "ruleset",
    "ruleset_version",
    "ruleset_sha256",
    "rule",
    "title",
    "severity",
    "status",
    "waived_status",
    "waiver_justification",
    "waiver_approved_by",
    "waiver_expires",
    "baseline",
    "verified",
    "line",
    "column",
    "message",
    "sources",
)


def safe(value: object) -> str:
    """The cell's text, defused against formula injection; numbers and booleans pass unchanged."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    text = one_line(str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def result_row(decl: DeclarationReport, result: RuleResult) -> list[object]:
    ref = ruleset_of(decl, result)
    waiver = result.waiver
    return [
        decl.path,
        decl.sha256,
        model_name(decl),
        decl.provider,
        decl.country,
        decl.as_of.isoformat(),
        decl.tool_version,
        result.ruleset,
        ref.version if ref else "",
        ref.sha256 if ref else "",
        result.rule,
        result.title,
        result.severity,
        result.status,
        result.waived_status,
        waiver.justification if waiver else None,
        waiver.approved_by if waiver else None,
        waiver.expires.isoformat() if waiver else None,
        result.baseline,
        result.verified,
        result.line,
        result.column,
        result.message,
        "; ".join(citations(result)),
    ]


def invalid_row(decl: DeclarationReport) -> list[object]:
    first = decl.errors[0]
    row: dict[str, object] = {
        "path": decl.path,
        "sha256": decl.sha256,
        "as_of": decl.as_of.isoformat(),
        "tool_version": decl.tool_version,
        "status": "invalid",
        "line": first.line,
        "column": first.column,
        "message": first.message
        + (f" (and {len(decl.errors) - 1} more error(s))" if len(decl.errors) > 1 else ""),
    }
    return [row.get(column) for column in COLUMNS]


def write(rows: Iterable[list[object]], header: list[str] | None = None) -> str:
    """Rows (and a header row first, when given) as CSV text."""
    buffer = io.StringIO()
    # "\n" rather than CSV's "\r\n": every spreadsheet reads it, and diff and grep stay clean.
    writer = csv.writer(buffer, lineterminator="\n")
    if header is not None:
        writer.writerow(header)
    writer.writerows([safe(value) for value in row] for row in rows)
    return buffer.getvalue()


_CHUNK = 64  # rows per piece of a declaration's text


class CsvWriter(stream.Writer):
    """The header at the start, then each declaration's rows in one chunk."""

    def start(self, run: stream.RunStart) -> None:
        self.out(write((), list(COLUMNS)))

    @staticmethod
    def encode(decl: DeclarationReport) -> list[str]:
        """The declaration's rows, a chunk of rows at a time (pure: a worker process may make them)."""
        rows = [invalid_row(decl)] if decl.invalid else []
        rows.extend(result_row(decl, result) for result in decl.results)
        return [write(rows[start : start + _CHUNK]) for start in range(0, len(rows), _CHUNK)]

    def accept(self, payload: object) -> None:
        assert isinstance(payload, list)
        for chunk in payload:
            self.out(chunk)

    def declaration(self, decl: DeclarationReport) -> None:
        self.accept(self.encode(decl))


WRITER = CsvWriter


def render(report: Report) -> str:
    return stream.render(WRITER, report)
