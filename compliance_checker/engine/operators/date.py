"""`date`: the date at the path is ``before`` / ``on_or_before`` / ``after`` / ``on_or_after`` a date
operand, plus an optional ``offset`` of exactly one of ``days``, ``weeks``, ``months`` (calendar, clamped
to the month's end), ``years``, ``business_days`` (Monday to Friday; no public holidays). Not given fails,
unless ``open_until_due``: a deadline that may still be running passes while its limit (operand plus
offset) has not passed on the as-of date, and fails once it has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Annotated, Any, Literal

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.dates import add_days, shift
from compliance_checker.engine.operators.common import (
    Due,
    Operator,
    Read,
    Verdict,
    failed,
    operand_reads,
    operand_words,
    passed,
    resolve_date,
    split_path,
)
from compliance_checker.models.record import Meta
from compliance_checker.models.ruleset import AsOf, Check, DateOperand, Offset

COMPARISONS: dict[str, tuple[Callable[[dt.date, dt.date], bool], str]] = {
    "before": (lambda a, b: a < b, "before"),
    "on_or_before": (lambda a, b: a <= b, "on or before"),
    "after": (lambda a, b: a > b, "after"),
    "on_or_after": (lambda a, b: a >= b, "on or after"),
}


class DateCheck(Check):
    """The date at the path is before / on or before / after / on or after a date operand, plus an
    optional offset."""

    check: Literal["date"]
    before: DateOperand | None = None
    on_or_before: DateOperand | None = None
    after: DateOperand | None = None
    on_or_after: DateOperand | None = None
    offset: Offset | None = None
    open_until_due: Annotated[
        bool,
        Meta(
            description="An absent date passes while its limit (reference + offset) has not passed at the "
            "as-of date: a deadline that is still running."
        ),
    ] = False

    def invalid(self) -> str | None:
        if sum(getattr(self, name) is not None for name in COMPARISONS) != 1:
            return "a date check takes exactly one of before, on_or_before, after, on_or_after"
        return None

    def comparison(self) -> tuple[str, DateOperand]:
        """Which comparison the check makes (``on_or_before``) and with what."""
        name = next(n for n in COMPARISONS if getattr(self, n) is not None)
        return name, getattr(self, name)


def _offset_words(offset: Offset | None) -> str:
    if offset is None:
        return ""
    unit, amount = offset.unit()
    return f" {'+' if amount >= 0 else '-'} {abs(amount)} {unit.replace('_', ' ')}"


def limit(spec: DateCheck, ctx: Context) -> tuple[dt.date | None, str]:
    """The date compared with (operand plus offset), and how to name it; None when it is not given."""
    reference, name = resolve_date(spec.comparison()[1], ctx)
    if reference is None or spec.offset is None:
        return reference, name
    unit, amount = spec.offset.unit()
    moved = shift(reference, **{unit: amount})
    return moved, f"{name}{_offset_words(spec.offset)} = {moved.isoformat()}"


def evaluate(spec: DateCheck, ctx: Context) -> Verdict:
    value = ctx.lookup(spec.path)
    name = spec.comparison()[0]
    compare, words = COMPARISONS[name]
    if not isinstance(value, dt.date) and not (spec.open_until_due and value is MISSING):
        return failed(f"{spec.path} is not given")
    reference, limit_name = limit(spec, ctx)
    if reference is None:
        return failed(f"cannot check {spec.path}: {limit_name} is not given")
    if not isinstance(value, dt.date):
        # open_until_due: nothing recorded yet; fine while the deadline has not passed.
        if name in ("before", "on_or_before") and compare(ctx.facts.as_of, reference):
            return passed(f"{spec.path} is not given yet; due {words} {limit_name}")
        return failed(f"{spec.path} is not given; it was due {words} {limit_name}")
    if compare(value, reference):
        return passed(f"{spec.path} {value.isoformat()} is {words} {limit_name}")
    return failed(f"{spec.path} {value.isoformat()} is not {words} {limit_name}")


def due(spec: DateCheck, ctx: Context) -> dt.date | None:
    """The date the value is compared with, for a deadline (``before``, ``on_or_before``); else None."""
    return limit(spec, ctx)[0] if spec.comparison()[0] in ("before", "on_or_before") else None


def describe(spec: DateCheck) -> str:
    name, operand = spec.comparison()
    text = f"`{spec.path}` {name.replace('_', ' ')} {operand_words(operand)}{_offset_words(spec.offset)}"
    return text + (" (may be absent while that date has not passed)" if spec.open_until_due else "")


def reads(spec: DateCheck) -> Iterator[Read]:
    yield Read(("path",), spec.path)
    name, operand = spec.comparison()
    yield from operand_reads(operand, (name,))


def diff_view(data: dict[str, Any]) -> dict[str, Any]:
    """The comparison as ``compare`` (which one) and ``against`` (what), so that switching ``before`` to
    ``on_or_before`` reads as one change."""
    out = dict(data)
    for name in COMPARISONS:
        if name in out:
            out["against"] = out.pop(name)
            out["compare"] = name
    return out


OPERATOR = Operator(
    spec=DateCheck, evaluate=evaluate, describe=describe, reads=reads, due=due, diff_view=diff_view
)


# --- deadlines ------------------------------------------------------------------------------------------


def deadlines(spec: DateCheck, ctx: Context) -> Iterator[Due]:
    """The check's own limit as a dated obligation. ``before`` / ``on_or_before`` a date: due by that day.
    ``after`` / ``on_or_after`` a date plus a positive offset: something kept (or not ended) until then.
    ``after`` / ``on_or_after`` the as-of date minus an offset (a recency window): the recorded date must be
    renewed by the last day on which it would still pass. A comparison without an offset only orders two
    dates, and a limit that is not given has no date: neither yields anything."""
    name, operand = spec.comparison()
    compare = COMPARISONS[name][0]
    value = ctx.lookup(spec.path)
    done = value if isinstance(value, dt.date) else None
    path = split_path(spec.path)
    if isinstance(operand, AsOf):
        if name in ("after", "on_or_after") and spec.offset is not None and done is not None:
            yield Due("refresh_by", _renew_by(spec, compare, done), spec.label, path, done)
        return
    reference = limit(spec, ctx)[0]
    if reference is None:
        return
    met = None if done is None else compare(done, reference)
    if name in ("before", "on_or_before"):
        last = reference if name == "on_or_before" else add_days(reference, -1)
        yield Due("due_by", last, spec.label, path, done, met)
    elif spec.offset is not None and spec.offset.unit()[1] > 0:
        first = reference if name == "on_or_after" else add_days(reference, 1)
        yield Due("keep_until", first, spec.label, path, done, met)


def _renew_by(spec: DateCheck, compare: Callable[[dt.date, dt.date], bool], done: dt.date) -> dt.date:
    """The last as-of date on which ``done`` still meets ``compare(done, as_of + offset)``, found with the
    same calendar arithmetic the check uses (months clamp to the month's end, so it is searched, not
    inverted)."""
    assert spec.offset is not None
    unit, amount = spec.offset.unit()
    day = shift(done, **{unit: -amount})
    while not compare(done, shift(day, **{unit: amount})) and day > dt.date.min:
        day = add_days(day, -1)
    while day < dt.date.max and compare(done, shift(add_days(day, 1), **{unit: amount})):
        day = add_days(day, 1)
    return day
