"""Evidence check operators, one function each, registered in one literal dict.

Each operator takes its typed check spec and the context and returns ``(ok, message)``. The message says
what was found, and for a failure what was expected. Operators never raise on declaration content.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.dates import shift
from compliance_checker.engine.numbers import exact, power_of_ten, sci, significant_figures
from compliance_checker.engine.placeholders import is_placeholder
from compliance_checker.errors import excerpt
from compliance_checker.models.ruleset import (
    AllCheck,
    AnyCheck,
    AsOf,
    Bin,
    CadenceCheck,
    Covers,
    DateCheck,
    DateLiteral,
    DateOperand,
    EachCheck,
    Equals,
    EvidenceCheck,
    FileExists,
    InBin,
    IsTrue,
    LatestOf,
    NumberCheck,
    Offset,
    OneOf,
    OrderOfMagnitude,
    Present,
    Sha256Matches,
    SignificantFigures,
    SomeCheck,
)

Outcome = tuple[bool, str]


def _show(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return sci(exact(value)) if abs(value) >= 1e6 else repr(value)
    if isinstance(value, str):
        short = value if len(value) <= 60 else value[:57] + "..."
        return repr(short)
    if isinstance(value, list | dict):  # never echoed whole: a list may hold thousands of entries
        return excerpt(repr(value[:10] if isinstance(value, list) else value), 200)
    return excerpt(repr(value), 80)


def _absent(path: str, value: Any) -> str:
    if value is MISSING:
        return f"{path} is not given"
    return f"{path} is a placeholder ({_show(value)}), which is not evidence"


_NOT_APPLICABLE = {"n/a", "na", "none", "not applicable"}


def _states_none(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower() in _NOT_APPLICABLE


def present(check: Present, ctx: Context) -> Outcome:
    first_bad: str | None = None
    for path in (check.path, *check.also):
        value = ctx.lookup(path)
        if value is not MISSING and not is_placeholder(value):
            return True, f"{path} = {_show(value)}"
        if check.accept_none and _states_none(value):
            return True, f"{path} = {_show(value)} (the form allows stating that none applies)"
        first_bad = first_bad or _absent(path, value)
    if check.also:
        return False, f"none of {', '.join((check.path, *check.also))} is given"
    return False, first_bad or ""


def is_true(check: IsTrue, ctx: Context) -> Outcome:
    value = ctx.lookup(check.path)
    if value is True:
        return True, f"{check.path} is true"
    if value is MISSING:
        return False, f"{check.path} is not given; expected true"
    return False, f"{check.path} is {_show(value)}; expected true"


def equals(check: Equals, ctx: Context) -> Outcome:
    value = ctx.lookup(check.path)
    if value is not MISSING and value == check.value and type(value) is type(check.value):
        return True, f"{check.path} = {_show(value)}"
    found = _show(value) if value is not MISSING else "not given"
    return False, f"{check.path} is {found}; expected {_show(check.value)}"


def _allowed(values: Sequence[Any] | None, set_name: str | None, ctx: Context) -> list[Any]:
    if values is not None:
        return list(values)
    return list(ctx.sets.get(set_name or "", ()))


def one_of(check: OneOf, ctx: Context) -> Outcome:
    value = ctx.lookup(check.path)
    allowed = _allowed(check.values, check.set, ctx)
    if value is MISSING:
        return False, f"{check.path} is not given"
    if value in allowed:
        return True, f"{check.path} = {_show(value)}"
    shown = ", ".join(str(v) for v in allowed[:12]) + (", ..." if len(allowed) > 12 else "")
    return False, f"{check.path} is {_show(value)}; expected one of {shown}"


def _resolve_date(operand: DateOperand, ctx: Context) -> tuple[dt.date | None, str]:
    """A date operand's value and how to name it; None when a referenced path is missing."""
    if isinstance(operand, str):
        value = ctx.lookup(operand)
        return (value if isinstance(value, dt.date) else None), operand
    if isinstance(operand, DateLiteral):
        return operand.date, operand.date.isoformat()
    if isinstance(operand, AsOf):
        return ctx.facts.as_of, f"the as-of date {ctx.facts.as_of.isoformat()}"
    operands = operand.latest_of if isinstance(operand, LatestOf) else operand.earliest_of
    parts = [_resolve_date(o, ctx) for o in operands]
    known = [d for d, _ in parts if d is not None]
    if not known:
        return None, " / ".join(name for _, name in parts)
    pick = max(known) if isinstance(operand, LatestOf) else min(known)
    kind = "latest" if isinstance(operand, LatestOf) else "earliest"
    return pick, f"the {kind} of {', '.join(name for _, name in parts)}"


_COMPARISONS: dict[str, tuple[Callable[[dt.date, dt.date], bool], str]] = {
    "before": (lambda a, b: a < b, "before"),
    "on_or_before": (lambda a, b: a <= b, "on or before"),
    "after": (lambda a, b: a > b, "after"),
    "on_or_after": (lambda a, b: a >= b, "on or after"),
}


def _period(offset: Offset) -> str:
    unit, amount = offset.unit()
    words = unit.replace("_", " ")
    return f"{amount} {words.removesuffix('s') if abs(amount) == 1 else words}"


def date(check: DateCheck, ctx: Context) -> Outcome:
    value = ctx.lookup(check.path)
    name = next(n for n in _COMPARISONS if getattr(check, n) is not None)
    compare, words = _COMPARISONS[name]
    if not isinstance(value, dt.date) and not (check.open_until_due and value is MISSING):
        return False, f"{check.path} is not given"
    reference, ref_name = _resolve_date(getattr(check, name), ctx)
    if reference is None:
        return False, f"cannot check {check.path}: {ref_name} is not given"
    offset_words = ""
    if check.offset is not None:
        unit, amount = check.offset.unit()
        reference = shift(reference, **{unit: amount})
        sign = "+" if amount >= 0 else "-"
        offset_words = f" {sign} {abs(amount)} {unit.replace('_', ' ')}"
    limit = f"{ref_name}{offset_words} = {reference.isoformat()}" if offset_words else ref_name
    if not isinstance(value, dt.date):
        # open_until_due: nothing recorded yet; fine while the deadline has not passed.
        as_of = ctx.facts.as_of
        if name in ("before", "on_or_before") and compare(as_of, reference):
            return True, f"{check.path} is not given yet; due {words} {limit}"
        return False, f"{check.path} is not given; it was due {words} {limit}"
    if compare(value, reference):
        return True, f"{check.path} {value.isoformat()} is {words} {limit}"
    return False, f"{check.path} {value.isoformat()} is not {words} {limit}"


_NUMBER_OPS: dict[str, tuple[Callable[[Any, Any], bool], str]] = {
    "gt": (lambda a, b: a > b, "greater than"),
    "ge": (lambda a, b: a >= b, "at least"),
    "lt": (lambda a, b: a < b, "less than"),
    "le": (lambda a, b: a <= b, "at most"),
    "eq": (lambda a, b: a == b, "equal to"),
}


def number(check: NumberCheck, ctx: Context) -> Outcome:
    value = ctx.lookup(check.path)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False, f"{check.path} is not given" if value is MISSING else f"{check.path} is not a number"
    if check.other is not None:
        other = ctx.lookup(check.other)
        if isinstance(other, bool) or not isinstance(other, int | float):
            return False, f"cannot check {check.path}: {check.other} is not given"
        reference = exact(other) * exact(check.factor)
        ref_name = check.other if check.factor == 1 else f"{check.factor} x {check.other}"
    else:
        assert check.value is not None  # guaranteed by the model validator
        reference = exact(check.value) * exact(check.factor)
        ref_name = sci(reference) if abs(reference) >= 1_000_000 else str(reference)
    compare, words = _NUMBER_OPS[check.op]
    ok = compare(exact(value), reference)
    return ok, f"{check.path} = {_show(value)} is {'' if ok else 'not '}{words} {ref_name}"


def covers(check: Covers, ctx: Context) -> Outcome:
    value = ctx.lookup(check.path)
    if not isinstance(value, list):
        return False, f"{check.path} is not given"
    if check.key is not None:
        found = {item.get(check.key) for item in value if isinstance(item, dict)}
    else:
        found = {item for item in value if isinstance(item, str | int | float | bool)}
    required = _allowed(check.values, check.set, ctx)
    missing = [v for v in required if v not in found]
    if missing:
        return False, f"{check.path} lacks {', '.join(str(m) for m in missing)}"
    return True, f"{check.path} covers {', '.join(str(r) for r in required)}"


def _number(path: str, ctx: Context) -> Any:
    value = ctx.lookup(path)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return MISSING if value is MISSING else None
    return value


def _not_number(path: str, value: Any) -> Outcome:
    return False, f"{path} is not given" if value is MISSING else f"{path} is not a number"


def significant(check: SignificantFigures, ctx: Context) -> Outcome:
    value = _number(check.path, ctx)
    if value is MISSING or value is None:
        return _not_number(check.path, value)
    written = ctx.number_texts.get(check.path, repr(value))
    count = significant_figures(written)
    ok = count >= check.min
    plural = "s" if count != 1 else ""
    return ok, (
        f"{check.path} = {written} has {count} significant figure{plural}"
        + ("" if ok else f"; at least {check.min} expected (e.g. {sci(exact(value))})")
    )


def order_of_magnitude(check: OrderOfMagnitude, ctx: Context) -> Outcome:
    value = _number(check.path, ctx)
    if value is MISSING or value is None:
        return _not_number(check.path, value)
    exponent = power_of_ten(exact(value))
    if exponent is None:
        return False, f"{check.path} = {_show(value)} is not a power of ten (write it as e.g. 1e24)"
    if check.of is None:
        return True, f"{check.path} = 1e{exponent}"
    precise = _number(check.of, ctx)
    if precise is MISSING or precise is None:
        return False, f"cannot check {check.path}: {check.of} is not given"
    # Accept the power of ten at or just below the value (truncation) and the nearest one (rounding):
    # value / 10**k in [10**-0.5, 10), compared exactly by squaring.
    ratio = exact(precise) / exact(value)
    ok = ratio * ratio >= Decimal("0.1") and ratio < 10
    words = "is" if ok else "is not"
    return ok, f"{check.path} = 1e{exponent} {words} the order of magnitude of {check.of} = {_show(precise)}"


def _fits(bin_: Bin, value: Decimal) -> bool:
    low_ok = bin_.min is None or value >= exact(bin_.min)
    high_ok = bin_.max is None or value <= exact(bin_.max)
    return low_ok and high_ok


def in_bin(check: InBin, ctx: Context) -> Outcome:
    label = ctx.lookup(check.path)
    if label is MISSING:
        return False, f"{check.path} is not given"
    bins = ctx.bins.get(check.bins, ())
    chosen = next((b for b in bins if b.label == label), None)
    if chosen is None:
        labels = ", ".join(b.label for b in bins)
        return False, f"{check.path} is {_show(label)}; expected one of {labels}"
    value = _number(check.of, ctx)
    if value is MISSING or value is None:
        return False, f"cannot check {check.path}: {check.of} is not given"
    if _fits(chosen, exact(value)):
        return True, f"{check.path} = {_show(label)} holds {check.of} = {_show(value)}"
    right = [b.label for b in bins if _fits(b, exact(value))]
    expected = " or ".join(repr(r) for r in right) or "no bin"
    return (
        False,
        f"{check.path} = {_show(label)} does not hold {check.of} = {_show(value)}; expected {expected}",
    )


def any_of(check: AnyCheck, ctx: Context) -> Outcome:
    from compliance_checker.engine.conditions import holds  # conditions do not depend on checks

    messages: list[str] = []
    for alternative in check.of:
        if alternative.when is not None and not holds(alternative.when, ctx):
            continue  # an alternative that does not apply here cannot meet the requirement
        ok, message = CHECKS[alternative.check](alternative, ctx)
        if ok:
            return True, message
        messages.append(message)
    if not messages:
        return False, "none of the alternatives applies to this declaration"
    return False, "none of the alternatives holds: " + "; or ".join(messages)


def all_of(check: AllCheck, ctx: Context) -> Outcome:
    messages: list[str] = []
    for part in check.of:
        ok, message = CHECKS[part.check](part, ctx)
        if not ok:
            return False, message
        messages.append(message)
    return True, "; ".join(messages)


def entries(path: str, ctx: Context) -> list[Any] | None:
    """The list at ``path`` (an absent list is empty); None when something else is there."""
    value = ctx.lookup(path)
    if value is MISSING:
        return []
    return value if isinstance(value, list) else None


def item_name(entry: Any, index: int) -> str:
    """How to name a list entry in messages: its id, version or name, else its position."""
    if isinstance(entry, dict):
        for key in ("id", "version", "name"):
            if isinstance(entry.get(key), str | int) and not isinstance(entry.get(key), bool):
                return f"{key} {excerpt(str(entry[key]), 40)}"  # echoed once per item of the entry
    if isinstance(entry, dt.date):
        return entry.isoformat()
    return f"entry {index + 1}"


# An item-relative path in a message (``item.initial_report``), not the word "item." in quoted text.
ITEM_PATH = re.compile(r"(?<![\w.])item\.(?=[a-z_])")


def concrete(text: str, path: str, index: int) -> str:
    """Item-relative paths (``item.x``) in a message, written as the entry's own path (``p[2].x``)."""
    return ITEM_PATH.sub(f"{path}[{index}].", text)


def matching(check: EachCheck | SomeCheck, ctx: Context) -> tuple[list[tuple[int, Any]], str | None]:
    """Entries of the list (with their index) that match the check's filter, or an error message."""
    from compliance_checker.engine.conditions import holds  # conditions do not depend on checks

    found = entries(check.path, ctx)
    if found is None:
        return [], f"{check.path} is not a list"
    where = check.where
    return [(i, e) for i, e in enumerate(found) if where is None or holds(where, ctx.with_item(e))], None


EntryOutcome = tuple[int, Any, Any, bool, str]  # entry index, entry, sub-check, ok, message


def each_outcomes(check: EachCheck, ctx: Context) -> tuple[int, list[EntryOutcome], str | None]:
    """An `each` check entry by entry: how many entries match its filter, every applicable sub-check's
    outcome on every matching entry, and why the list cannot be checked (not a list, or fewer matching
    entries than ``min_items``). Messages keep item-relative paths (``item.x``)."""
    from compliance_checker.engine.conditions import holds  # conditions do not depend on checks

    selected, problem = matching(check, ctx)
    if problem:
        return 0, [], problem
    if len(selected) < check.min_items:
        entries_word = "entry" if len(selected) == 1 else "entries"
        short = (
            f"{check.path} has {len(selected)} matching {entries_word}; at least {check.min_items} expected"
        )
        return len(selected), [], short
    outcomes: list[EntryOutcome] = []
    for index, entry in selected:
        inner = ctx.with_item(entry)
        for sub in check.checks:
            if sub.when is not None and not holds(sub.when, inner):
                continue
            ok, message = CHECKS[sub.check](sub, inner)
            outcomes.append((index, entry, sub, ok, message))
    return len(selected), outcomes, None


def each(check: EachCheck, ctx: Context) -> Outcome:
    """Aggregate form (inside `any`/`all`); at the top level the evaluator reports entry by entry."""
    count, outcomes, problem = each_outcomes(check, ctx)
    if problem:
        return False, problem
    failures = [concrete(message, check.path, index) for index, _, _, ok, message in outcomes if not ok]
    if failures:
        return False, "; ".join(failures)
    return True, f"{check.path}: {count} entries checked" if count else f"{check.path} has no entries"


def some(check: SomeCheck, ctx: Context) -> Outcome:
    selected, problem = matching(check, ctx)
    if problem:
        return False, problem
    names = ", ".join(item_name(e, i) for i, e in selected[:10])
    names += f" and {len(selected) - 10:,} more" if len(selected) > 10 else ""
    if len(selected) >= check.min:
        return True, f"{check.path}: {len(selected)} matching ({names})"
    return False, f"{check.path} has {len(selected)} matching entries; at least {check.min} expected"


def _named(name: str, day: dt.date) -> str:
    """A date operand's name with its value, once: 'the as-of date 2026-11-29', 'x.resolved (2026-05-01)'."""
    return name if day.isoformat() in name else f"{name} ({day.isoformat()})"


def cadence(check: CadenceCheck, ctx: Context) -> Outcome:
    start, start_name = _resolve_date(check.start, ctx)
    if start is None:
        return False, f"cannot check {check.path}: {start_name} is not given"
    until, until_name = (
        _resolve_date(check.until, ctx) if check.until is not None else (None, "the as-of date")
    )
    if until is None:
        until, until_name = ctx.facts.as_of, "the as-of date"
    found = entries(check.path, ctx)
    if found is None:
        return False, f"{check.path} is not a list"
    values = [e.get(check.key) if check.key and isinstance(e, dict) else e for e in found]
    dates = sorted(d for d in values if isinstance(d, dt.date) and start <= d <= until)
    unit, amount = check.every.unit()
    period = _period(check.every)
    previous, previous_name = start, f"{start_name} ({start.isoformat()})"
    for current in dates:
        limit = shift(previous, **{unit: amount})
        if current > limit:
            return False, (
                f"{check.path}: {current.isoformat()} came more than {period} after {previous_name}; "
                f"one was due by {limit.isoformat()}"
            )
        previous, previous_name = current, current.isoformat()
    limit = shift(previous, **{unit: amount})
    if until > limit:
        return False, (
            f"{check.path}: nothing after {previous_name}; one was due by {limit.isoformat()} "
            f"(at least every {period}, checked up to {_named(until_name, until)})"
        )
    count = f"{len(dates)} date{'s' if len(dates) != 1 else ''}"
    return True, (
        f"{check.path}: {count} from {start_name} ({start.isoformat()}) to {until.isoformat()}, "
        f"none more than {period} apart; next due by {limit.isoformat()}"
    )


def _refs(path: str, ctx: Context) -> tuple[list[str] | None, str]:
    value = ctx.lookup(path)
    if value is MISSING or is_placeholder(value):
        return None, f"{path} names no evidence"
    refs = [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)]
    return refs, ""


def _evidence_problems(ref: str, ctx: Context, *, need_file: bool, need_hash: bool) -> list[str]:
    entry = ctx.evidence.get(ref)
    if entry is None:
        known = ", ".join(sorted(ctx.evidence)) or "none"
        return [f"evidence id {ref!r} is not in the evidence list (known: {known})"]
    if entry.get("url") is not None:
        if need_file or need_hash:
            return [f"evidence {ref!r} is a URL; a file (an entry with 'path') is expected"]
        return []
    file = ctx.evidence_files.get(ref)
    if file is None:  # pragma: no cover - the loader records every path entry
        return [f"evidence {ref!r} was not examined"]
    if file.problem is not None:
        return [f"evidence {ref!r} path {file.path!r} {file.problem}"]
    if not file.inside_folder:
        return [f"evidence {ref!r} path {file.path!r} points outside {file.root}; not read"]
    if not file.exists:
        return [f"evidence {ref!r} file {file.path!r} does not exist"]
    declared = entry.get("sha256")
    if declared is None:
        return [f"evidence {ref!r} declares no sha256 to verify"] if need_hash else []
    if file.sha256 != declared:
        return [f"evidence {ref!r} file {file.path!r} has SHA-256 {file.sha256}, not the declared {declared}"]
    return []


def _evidence_outcome(path: str, ctx: Context, *, need_file: bool, need_hash: bool) -> Outcome:
    refs, why = _refs(path, ctx)
    if refs is None:
        return False, why
    problems = [
        p for ref in refs for p in _evidence_problems(ref, ctx, need_file=need_file, need_hash=need_hash)
    ]
    if problems:
        return False, "; ".join(problems)
    return True, f"{path}: {', '.join(refs)}"


def evidence(check: EvidenceCheck, ctx: Context) -> Outcome:
    return _evidence_outcome(check.path, ctx, need_file=False, need_hash=False)


def file_exists(check: FileExists, ctx: Context) -> Outcome:
    return _evidence_outcome(check.path, ctx, need_file=True, need_hash=False)


def sha256_matches(check: Sha256Matches, ctx: Context) -> Outcome:
    return _evidence_outcome(check.path, ctx, need_file=True, need_hash=True)


CHECKS: dict[str, Callable[[Any, Context], Outcome]] = {
    "any": any_of,
    "all": all_of,
    "each": each,
    "some": some,
    "cadence": cadence,
    "significant_figures": significant,
    "order_of_magnitude": order_of_magnitude,
    "in_bin": in_bin,
    "present": present,
    "is_true": is_true,
    "equals": equals,
    "one_of": one_of,
    "date": date,
    "number": number,
    "covers": covers,
    "evidence": evidence,
    "file_exists": file_exists,
    "sha256_matches": sha256_matches,
}
