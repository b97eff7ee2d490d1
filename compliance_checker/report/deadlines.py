"""Rendering `deadlines`: a table for the terminal, JSON (valid against schemas/deadlines.schema.json) and
CSV; the iCalendar form is ``report/deadlines_ics.py``.

Pure: a ``DeadlineRun`` in, text out. One declaration is listed on its own; several make a fleet view, one
list sorted by date with the provider and model named on every row.
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
from typing import Any

from compliance_checker.errors import Diagnostic, visible
from compliance_checker.models.deadlines import (
    KIND_WORDS,
    STATUS_WORDS,
    DeadlineRun,
    DeclarationDeadlines,
    Obligation,
)
from compliance_checker.report.csv_report import safe
from compliance_checker.report.serialize import waiver_dict

DEFAULT_WIDTH = 100
_MIN_TEXT = 16  # the narrowest a wrapped column gets, however narrow the terminal


def _who(decl: DeclarationDeadlines) -> str:
    return visible(f"{decl.provider}, {decl.model}")


def waiver_note(item: Obligation) -> str:
    """A waived obligation's note, in `check`'s words: ``(waived until DATE: justification)``; for the
    legacy deadline, whose gaps are several rules' with their own waivers, what it would be."""
    if item.waived_status is None:
        return ""
    if item.waiver is None:
        return " (waived: each of its gaps is a waived finding)"
    return f" (waived until {item.waiver.expires.isoformat()}: {item.waiver.justification})"


def _what(item: Obligation) -> str:
    done = f" (recorded {item.done.isoformat()})" if item.done is not None else ""
    return visible(f"{KIND_WORDS[item.kind]}: {item.what}{done}{waiver_note(item)}")


def _source(item: Obligation) -> str:
    """The first source, and how many more (every one is in JSON, CSV and ICS)."""
    if not item.sources:
        return ""
    more = len(item.sources) - 1
    return item.sources[0] + (f" (+{more})" if more else "")


def _summary(run: DeadlineRun) -> str:
    counts = run.counts()
    total = sum(counts.values())
    parts = ", ".join(f"{count} {STATUS_WORDS[name].lower()}" for name, count in counts.items())
    invalid = sum(1 for d in run.declarations if d.invalid)
    files = len(run.declarations)
    bad = f", {invalid} could not be read" if invalid else ""
    obligations = f"{total} dated obligation{'s' if total != 1 else ''}"
    declarations = f"{files} declaration{'s' if files != 1 else ''}"
    return (
        f"{obligations} in {declarations}{bad}: {parts} (as of {run.as_of.isoformat()}; due soon: within "
        f"{run.within} days)"
    )


def render_table(run: DeadlineRun, *, width: int = DEFAULT_WIDTH) -> str:
    """Date, status, rule, what is due and its source; with several declarations, who it is for."""
    readable = [decl for decl in run.declarations if not decl.invalid]
    fleet = len(readable) > 1
    headers = ["Date", "Status", "Rule", "Obligation", "Source"]
    rows: list[list[str]] = []
    for decl, item in run.fleet():
        row = [item.date.isoformat(), STATUS_WORDS[item.status], item.rule or "-", _what(item), _source(item)]
        if fleet:
            row.insert(3, _who(decl))
        rows.append(row)
    if fleet:
        headers.insert(3, "Provider, model")
    rule_width = max([len("Rule"), *(len(r[2]) for r in rows)])
    fixed = 10 + 8 + rule_width + 2 * (len(headers) - 1)
    room = max(width - fixed, _MIN_TEXT * (len(headers) - 3))
    if fleet:
        who, source = room * 22 // 100, room * 26 // 100
        widths: list[int | None] = [None, None, None, max(who, _MIN_TEXT), None, max(source, _MIN_TEXT)]
        widths[4] = max(room - (widths[3] or 0) - (widths[5] or 0), _MIN_TEXT)
    else:
        source = max(room * 40 // 100, _MIN_TEXT)
        widths = [None, None, None, max(room - source, _MIN_TEXT), source]
    lines: list[str] = []
    if len(readable) == 1:
        lines.append(f"{visible(readable[0].path)}: {_who(readable[0])}")
    if rows:
        lines += _grid(headers, rows, widths)
    lines.append(textwrap.fill(_summary(run), width=max(width, 40)))
    return "\n".join(lines) + "\n"


def _grid(headers: list[str], rows: list[list[str]], widths: list[int | None]) -> list[str]:
    """A plain table (headers, a rule of dashes, rows) whose cells wrap at their column's width: the
    layout of tabulate's ``simple`` format, written directly so that a fleet of thousands of rows stays
    fast."""
    sizes = [
        limit if limit is not None else max(len(h), *(len(r[i]) for r in rows))
        for i, (h, limit) in enumerate(zip(headers, widths, strict=True))
    ]
    cells = [
        [
            textwrap.wrap(cell, size, break_on_hyphens=False) or [""] if limit else [cell]
            for cell, size, limit in zip(row, sizes, widths, strict=True)
        ]
        for row in rows
    ]
    sizes = [
        max(len(headers[i]), *(len(line) for row in cells for line in row[i])) for i in range(len(headers))
    ]

    def joined(parts: list[str]) -> str:
        return "  ".join(part.ljust(size) for part, size in zip(parts, sizes, strict=True)).rstrip()

    out = [joined(headers), joined(["-" * size for size in sizes])]
    for row in cells:
        for index in range(max(len(lines) for lines in row)):
            out.append(joined([lines[index] if index < len(lines) else "" for lines in row]))
    return out


# --- JSON ---------------------------------------------------------------------------------------------


def _obligation_dict(item: Obligation) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uid": item.uid,
        "date": item.date.isoformat(),
        "status": item.status,
        "kind": item.kind,
        "rule": item.rule or None,
        "ruleset": item.ruleset or None,
        "title": item.title,
        "what": item.what,
        "citation": item.citation,
        "done": item.done.isoformat() if item.done is not None else None,
        "path": item.path,
        "line": item.line,
        "column": item.column,
    }
    # Set only when waived, as in `check --format json`, so that a listing without waivers reads as before.
    if item.waived_status is not None:
        data["waived_status"] = item.waived_status
    if item.waiver is not None:
        data["waiver"] = waiver_dict(item.waiver)
    return data


def _error_dict(diag: Diagnostic) -> dict[str, Any]:
    return {"file": diag.file, "line": diag.line, "column": diag.column, "message": diag.message}


def render_json(run: DeadlineRun) -> str:
    data = {
        "tool_version": run.tool_version,
        "as_of": run.as_of.isoformat(),
        "within_days": run.within,
        "summary": run.counts(),
        "declarations": [
            {
                "path": decl.path,
                "provider": decl.provider,
                "model": decl.model,
                "errors": [_error_dict(d) for d in decl.errors],
                "obligations": [_obligation_dict(item) for item in decl.obligations],
            }
            for decl in run.declarations
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --- CSV ----------------------------------------------------------------------------------------------

CSV_COLUMNS: tuple[str, ...] = (
    "date",
    "status",
    "kind",
    "provider",
    "model",
    "declaration",
    "line",
    "column",
    "path",
    "rule",
    "ruleset",
    "title",
    "what",
    "citation",
    "done",
    "uid",
    "as_of",
    "waived_status",
    "waiver_justification",
    "waiver_approved_by",
    "waiver_expires",
)


def render_csv(run: DeadlineRun) -> str:
    """One row per obligation, sorted by date over every declaration; a declaration that could not be
    read is one row per error, with status ``invalid``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    as_of = run.as_of.isoformat()
    for decl, item in run.fleet():
        row: list[object] = [
            item.date.isoformat(),
            item.status,
            item.kind,
            decl.provider,
            decl.model,
            decl.path,
            item.line,
            item.column,
            item.path,
            item.rule,
            item.ruleset,
            item.title,
            item.what,
            item.citation,
            item.done.isoformat() if item.done is not None else None,
            item.uid,
            as_of,
            item.waived_status,
            item.waiver.justification if item.waiver is not None else None,
            item.waiver.approved_by if item.waiver is not None else None,
            item.waiver.expires.isoformat() if item.waiver is not None else None,
        ]
        writer.writerow([safe(cell) for cell in row])
    for decl in run.declarations:
        for diag in decl.errors:
            error: list[object] = ["", "invalid", "", None, None, decl.path, diag.line, diag.column]
            error += [diag.path, "", "", "", diag.message, "", None, "", as_of, None, None, None, None]
            writer.writerow([safe(cell) for cell in error])
    return out.getvalue()
