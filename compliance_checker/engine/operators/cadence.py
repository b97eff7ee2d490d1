"""`cadence`: something recurs at least ``every`` (an offset): from the operand ``start``, through the
dates in the list at the path (or each entry's ``key``), to ``until`` (default the as-of date), no gap is
longer than ``every``; dates before ``start`` are ignored, and a date falling exactly one period after
the previous one is on time. Only recorded dates count: a list not given
and an empty one both mean none so far, which passes while the first is not yet due (as
``open_until_due`` does for a single date); the message says which it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any, Literal, NamedTuple

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.dates import shift
from compliance_checker.engine.operators.common import (
    Due,
    Operator,
    Read,
    Verdict,
    empty_list,
    failed,
    operand_reads,
    operand_words,
    passed,
    resolve_date,
    split_path,
)
from compliance_checker.models.record import Meta
from compliance_checker.models.ruleset import Check, DateOperand, Offset


class CadenceCheck(Check):
    """Something recurs at least every ``every``: from ``start`` through the dates at ``path`` (or each
    entry's ``key``) to ``until`` (default the as-of date), no gap is longer than ``every``."""

    check: Literal["cadence"]
    key: (
        Annotated[str, Meta(description="Read this field of each list entry instead of the entry.")] | None
    ) = None
    start: DateOperand
    until: DateOperand | None = None
    every: Offset


def _named(name: str, day: dt.date) -> str:
    """A date operand's name with its value, once: 'the as-of date 2026-11-29', 'x.resolved (2026-05-01)'."""
    return name if day.isoformat() in name else f"{name} ({day.isoformat()})"


class _Run(NamedTuple):
    """The recorded dates from start to until, the first that came too late (with the date before it and
    the limit it missed), the last date on time (its name, empty for the start) and when the next is due."""

    dates: list[dt.date]
    late: tuple[dt.date, str, dt.date] | None
    last_name: str
    next_due: dt.date


def _run(spec: CadenceCheck, found: list[Any], start: dt.date, until: dt.date) -> _Run:
    values = [e.get(spec.key) if spec.key and isinstance(e, dict) else e for e in found]
    dates = sorted(d for d in values if isinstance(d, dt.date) and start <= d <= until)
    unit, amount = spec.every.unit()
    previous, name = start, ""
    for current in dates:
        limit = shift(previous, **{unit: amount})
        if current > limit:
            return _Run(dates, (current, name, limit), name, limit)
        previous, name = current, current.isoformat()
    return _Run(dates, None, name, shift(previous, **{unit: amount}))


def _bounds(spec: CadenceCheck, ctx: Context) -> tuple[dt.date | None, str, dt.date, str]:
    start, start_name = resolve_date(spec.start, ctx)
    until, until_name = resolve_date(spec.until, ctx) if spec.until is not None else (None, "the as-of date")
    if until is None:
        until, until_name = ctx.facts.as_of, "the as-of date"
    return start, start_name, until, until_name


def _recorded(spec: CadenceCheck, ctx: Context) -> tuple[list[Any] | None, str]:
    """The list's entries (None: not a list; empty: not given or none) and what none of them is called."""
    value, written = ctx.lookup(spec.path), ctx.written(spec.path)
    if written is MISSING or value is MISSING:
        return [], f"{spec.path} is not given"
    if not isinstance(value, list):
        return None, ""
    return value, empty_list(spec.path) if not value else f"{spec.path}: nothing"


def evaluate(spec: CadenceCheck, ctx: Context) -> Verdict:
    start, start_name, until, until_name = _bounds(spec, ctx)
    if start is None:
        return failed(f"cannot check {spec.path}: {start_name} is not given")
    found, nothing = _recorded(spec, ctx)
    if found is None:
        return failed(f"{spec.path} is not a list")
    run = _run(spec, found, start, until)
    period = spec.every.words()
    start_named = f"{start_name} ({start.isoformat()})"
    if run.late is not None:
        current, previous, limit = run.late
        return failed(
            f"{spec.path}: {current.isoformat()} came more than {period} after {previous or start_named}; "
            f"one was due by {limit.isoformat()}"
        )
    if until > run.next_due:
        lead = f"{spec.path}: nothing" if run.dates else nothing
        return failed(
            f"{lead} after {run.last_name or start_named}; one was due by {run.next_due.isoformat()} "
            f"(at least every {period}, checked up to {_named(until_name, until)})"
        )
    if not run.dates and ctx.written(spec.path) is MISSING:
        return passed(f"{spec.path} is not given yet; the first is due by {run.next_due.isoformat()}")
    count = f"{len(run.dates)} date{'s' if len(run.dates) != 1 else ''}"
    return passed(
        f"{spec.path}: {count} from {start_named} to {until.isoformat()}, "
        f"none more than {period} apart; next due by {run.next_due.isoformat()}"
    )


def due(spec: CadenceCheck, ctx: Context) -> dt.date | None:
    """When the next occurrence is (or was) due: one period after the last date on time, or the start."""
    start, _, until, _ = _bounds(spec, ctx)
    found = _recorded(spec, ctx)[0]
    if start is None or found is None:
        return None
    return _run(spec, found, start, until).next_due


def describe(spec: CadenceCheck) -> str:
    key = f" (each entry's `{spec.key}`)" if spec.key else ""
    unit, amount = spec.every.unit()
    until = operand_words(spec.until) if spec.until is not None else "the as-of date"
    return (
        f"dates in `{spec.path}`{key} at least every {amount} {unit.replace('_', ' ')} from "
        f"{operand_words(spec.start)} to {until}"
    )


def reads(spec: CadenceCheck) -> Iterator[Read]:
    yield Read(("path",), spec.path, spec.key)
    yield from operand_reads(spec.start, ("start",))
    yield from operand_reads(spec.until, ("until",))


OPERATOR = Operator(spec=CadenceCheck, evaluate=evaluate, describe=describe, reads=reads, due=due)


# --- deadlines ------------------------------------------------------------------------------------------


def deadlines(spec: CadenceCheck, ctx: Context) -> Iterator[Due]:
    """Each recorded occurrence against the limit it had to meet (one period after the previous one, or
    the start), then the next one: due one period after the last, unless the recurrence ended (``until``
    before the as-of date, such as a resolved incident) before it fell due."""
    start, _, until, _ = _bounds(spec, ctx)
    found = _recorded(spec, ctx)[0]
    if start is None or found is None:
        return
    values = [e.get(spec.key) if spec.key and isinstance(e, dict) else e for e in found]
    dates = sorted(d for d in values if isinstance(d, dt.date) and start <= d <= until)
    unit, amount = spec.every.unit()
    path = split_path(spec.path)
    previous = start
    for number, current in enumerate(dates, 1):
        limit = shift(previous, **{unit: amount})
        yield Due("recurring", limit, spec.label, path, current, current <= limit, occurrence=str(number))
        previous = current
    upcoming = shift(previous, **{unit: amount})
    if until >= ctx.facts.as_of or upcoming < until:
        yield Due("recurring", upcoming, spec.label, path, occurrence="next")
