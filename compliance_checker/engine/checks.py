"""Evidence check operators, one function each, registered in one literal dict.

Each operator takes its typed check spec and the context and returns a :class:`Verdict`: ``ok``,
``partial`` (given, but thin) or ``failed``, with a message that says what was found and, for a gap,
what was expected. Operators never raise on declaration content.

Not given, none and an answer are three different things. A value is *not given* when the declaration
does not write it or writes null (a default the validation filled in, such as an empty list, was not
given); *none* is an explicit empty list (``log: []``: no serious incidents); anything else is an
answer. Per operator:

- ``present``: not given, or blank text, fails. An empty list fails too ("none declared", but an
  answer is expected), unless ``accept_none`` allows stating that nothing applies, as N/A does. A
  placeholder (``x``, ``TODO``, ``...``; engine/placeholders.py), a list or mapping with a placeholder
  entry, an answer with fewer than a quarter of the ``words`` the Form recommends, and a long text
  pasted into another field of the same section are partial (engine/answers.py).
- ``each``: an empty list is ok and says that none were declared (it fails when ``min_items`` asks for
  entries). A list that is not given reads as none (entries are written when something happened: a
  Framework update, a deviation), with a message saying so, unless the check says ``absent:
  not_given``: a record the provider must keep (the serious-incident log), which then fails until it is
  written, if need be as ``[]``. Otherwise every matching entry is checked.
- ``some`` and ``covers``: not given fails; an empty list fails too, saying that none were declared.
- ``cadence``: only dates actually recorded count, so not given and empty both mean none so far, which
  passes while the first one is not yet due (as ``open_until_due`` does for a single date); the message
  says which it was.
- ``evidence``, ``file_exists``, ``sha256_matches``: not given and an empty list both name no evidence,
  which fails, with the message saying which.
- Scalar checks (``is_true``, ``equals``, ``one_of``, ``date``, ``number``...): not given fails.
- ``any`` passes with its first passing alternative, else is partial with its first partial one; ``all``
  fails with its first failing part, else is partial when a part is.
- The integrity operators (``evidence_references``, ``evidence_files``, ``evidence_hashes``,
  ``evidence_unused``) walk the whole declaration and report each problem at its own place
  (``LOCATED``); with nothing to check their item is skipped.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Any, Literal, NamedTuple

from compliance_checker.engine.answers import is_thin, pasted_from, word_count
from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.dates import shift
from compliance_checker.engine.numbers import exact, power_of_ten, sci, significant_figures
from compliance_checker.engine.placeholders import is_placeholder, placeholder_text
from compliance_checker.errors import excerpt
from compliance_checker.models.document import Path, dotted
from compliance_checker.models.loaded import EvidenceFile
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
    EvidenceFiles,
    EvidenceHashes,
    EvidenceReferences,
    EvidenceUnused,
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

Status = Literal["ok", "partial", "failed"]


class Verdict(NamedTuple):
    """One check's outcome: its status, what was found, and whether it passed because the declaration
    explicitly declared none (an empty list), which the rule's message repeats."""

    status: Status
    message: str
    declared_none: bool = False

    @property
    def ok(self) -> bool:
        return self.status == "ok"


Outcome = Verdict


def passed(message: str, *, declared_none: bool = False) -> Verdict:
    return Verdict("ok", message, declared_none)


def thin(message: str) -> Verdict:
    return Verdict("partial", message)


def failed(message: str) -> Verdict:
    return Verdict("failed", message)


def judged(ok: bool, message: str) -> Verdict:
    return Verdict("ok" if ok else "failed", message)


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


_NOT_APPLICABLE = {"n/a", "na", "none", "not applicable"}
# The last part of a list's path that names the list rather than what it holds (``serious_incidents.log``).
_LIST_WORDS = {"log", "list", "entries", "items", "records", "register", "history"}


def _states_none(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower() in _NOT_APPLICABLE


def no_entries(path: str) -> str:
    """What an empty list at ``path`` holds, in words: 'no serious incidents' (``serious_incidents.log``)."""
    parts = [p for p in path.split(".") if p != "item"] or [path]
    noun = parts[-1]
    if noun in _LIST_WORDS and len(parts) > 1:
        noun = parts[-2]
    return f"no {noun.replace('_', ' ')}"


def empty_list(path: str) -> str:
    """An explicit empty list: 'serious_incidents.log is an empty list: no serious incidents declared'."""
    return f"{path} is an empty list: {no_entries(path)} declared"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _recommended(check: Present) -> str:
    assert check.words is not None
    how = "up to" if check.words.up_to else "about"
    return f"the Form recommends {how} {check.words.recommended}"


def _answer(path: str, check: Present, ctx: Context) -> Verdict:
    """One path of a `present` check: not given, none, a thin answer or an answer."""
    value = ctx.lookup(path)
    # Only a list, a mapping or a boolean can be a default the validation filled in (not given).
    if value is MISSING or (isinstance(value, list | dict | bool) and ctx.written(path) is MISSING):
        return failed(f"{path} is not given")
    if isinstance(value, str):
        if not value.strip():
            return failed(f"{path} is blank, which is not an answer")
        if _states_none(value):
            if check.accept_none:
                return passed(f"{path} = {_show(value)} (the form allows stating that none applies)")
            return thin(f"{path} is {_show(value)}, which is not an answer here: nothing says none may apply")
        if placeholder_text(value):
            return thin(f"{path} is a placeholder ({_show(value)}), which says nothing")
        pasted = pasted_from(value, ctx.field_of(path), ctx.duplicates)
        if pasted:
            return thin(
                f"{path} has the same text as {', '.join(pasted)}: one text cannot answer different questions"
            )
        words = word_count(value)
        if check.words is not None and is_thin(words, check.words.recommended):
            return thin(
                f"{path} has {_plural(words, 'word')}; {_recommended(check)} "
                "(fewer than a quarter of that is thin)"
            )
        if check.words is not None:
            return passed(f"{path}: {_plural(words, 'word')}; {_recommended(check)}")
        return passed(f"{path} = {_show(value)}")
    if isinstance(value, list | tuple | dict) and not value:
        if check.accept_none:
            return passed(
                f"{empty_list(path)} (the form allows stating that none applies)", declared_none=True
            )
        return failed(f"{empty_list(path)}; an answer is expected")
    if isinstance(value, list | tuple) and all(is_placeholder(v) for v in value):
        return thin(f"{path} holds only placeholders ({_show(value)}), which say nothing")
    blanks = _placeholder_parts(value, accept_none=check.accept_none)
    if blanks:
        return thin(f"{path} has placeholders ({', '.join(blanks)}), which say nothing")
    return passed(f"{path} = {_show(value)}")


def _placeholder_parts(value: Any, *, accept_none: bool) -> list[str]:
    """The entries of a list, or values of a mapping, that are placeholder text: '[2] = 'x'' (an N/A
    that the form allows is not one)."""
    if isinstance(value, dict):
        parts = [(str(k), v) for k, v in value.items()]
    elif isinstance(value, list | tuple):
        parts = [(f"[{i}]", v) for i, v in enumerate(value)]
    else:
        return []
    return [
        f"{name} = {_show(v)}"
        for name, v in parts
        if isinstance(v, str) and placeholder_text(v) and not (accept_none and _states_none(v))
    ]


def present(check: Present, ctx: Context) -> Outcome:
    verdicts = [_answer(path, check, ctx) for path in (check.path, *check.also)]
    best = next((v for v in verdicts if v.ok), None) or next(
        (v for v in verdicts if v.status == "partial"), None
    )
    if best is not None:
        return best
    if check.also:
        return failed(f"none of {', '.join((check.path, *check.also))} is given")
    return verdicts[0]


def is_true(check: IsTrue, ctx: Context) -> Outcome:
    value = ctx.lookup(check.path)
    if value is True:
        return passed(f"{check.path} is true")
    if value is MISSING:
        return failed(f"{check.path} is not given; expected true")
    return failed(f"{check.path} is {_show(value)}; expected true")


def equals(check: Equals, ctx: Context) -> Outcome:
    value = ctx.lookup(check.path)
    if value is not MISSING and value == check.value and type(value) is type(check.value):
        return passed(f"{check.path} = {_show(value)}")
    found = _show(value) if value is not MISSING else "not given"
    return failed(f"{check.path} is {found}; expected {_show(check.value)}")


def _allowed(values: Sequence[Any] | None, set_name: str | None, ctx: Context) -> list[Any]:
    if values is not None:
        return list(values)
    return list(ctx.sets.get(set_name or "", ()))


def one_of(check: OneOf, ctx: Context) -> Outcome:
    value = ctx.lookup(check.path)
    allowed = _allowed(check.values, check.set, ctx)
    if value is MISSING:
        return failed(f"{check.path} is not given")
    if value in allowed:
        return passed(f"{check.path} = {_show(value)}")
    shown = ", ".join(str(v) for v in allowed[:12]) + (", ..." if len(allowed) > 12 else "")
    return failed(f"{check.path} is {_show(value)}; expected one of {shown}")


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
        return failed(f"{check.path} is not given")
    reference, ref_name = _resolve_date(getattr(check, name), ctx)
    if reference is None:
        return failed(f"cannot check {check.path}: {ref_name} is not given")
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
            return passed(f"{check.path} is not given yet; due {words} {limit}")
        return failed(f"{check.path} is not given; it was due {words} {limit}")
    if compare(value, reference):
        return passed(f"{check.path} {value.isoformat()} is {words} {limit}")
    return failed(f"{check.path} {value.isoformat()} is not {words} {limit}")


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
        return failed(f"{check.path} is not given" if value is MISSING else f"{check.path} is not a number")
    if check.other is not None:
        other = ctx.lookup(check.other)
        if isinstance(other, bool) or not isinstance(other, int | float):
            return failed(f"cannot check {check.path}: {check.other} is not given")
        reference = exact(other) * exact(check.factor)
        ref_name = check.other if check.factor == 1 else f"{check.factor} x {check.other}"
    else:
        assert check.value is not None  # guaranteed by the model validator
        reference = exact(check.value) * exact(check.factor)
        ref_name = sci(reference) if abs(reference) >= 1_000_000 else str(reference)
    compare, words = _NUMBER_OPS[check.op]
    ok = compare(exact(value), reference)
    return judged(ok, f"{check.path} = {_show(value)} is {'' if ok else 'not '}{words} {ref_name}")


def covers(check: Covers, ctx: Context) -> Outcome:
    value = ctx.lookup(check.path)
    if ctx.written(check.path) is MISSING or value is MISSING:
        return failed(f"{check.path} is not given")
    if not isinstance(value, list):
        return failed(f"{check.path} is not a list")
    if check.key is not None:
        found = {item.get(check.key) for item in value if isinstance(item, dict)}
    else:
        found = {item for item in value if isinstance(item, str | int | float | bool)}
    required = _allowed(check.values, check.set, ctx)
    missing = [v for v in required if v not in found]
    if missing:
        lead = empty_list(check.path) + ";" if not value else check.path
        return failed(f"{lead} lacks {', '.join(str(m) for m in missing)}")
    return passed(f"{check.path} covers {', '.join(str(r) for r in required)}")


def _number(path: str, ctx: Context) -> Any:
    value = ctx.lookup(path)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return MISSING if value is MISSING else None
    return value


def _not_number(path: str, value: Any) -> Outcome:
    return failed(f"{path} is not given" if value is MISSING else f"{path} is not a number")


def significant(check: SignificantFigures, ctx: Context) -> Outcome:
    value = _number(check.path, ctx)
    if value is MISSING or value is None:
        return _not_number(check.path, value)
    written = ctx.number_texts.get(check.path, repr(value))
    count = significant_figures(written)
    ok = count >= check.min
    plural = "s" if count != 1 else ""
    return judged(
        ok,
        f"{check.path} = {written} has {count} significant figure{plural}"
        + ("" if ok else f"; at least {check.min} expected (e.g. {sci(exact(value))})"),
    )


def order_of_magnitude(check: OrderOfMagnitude, ctx: Context) -> Outcome:
    value = _number(check.path, ctx)
    if value is MISSING or value is None:
        return _not_number(check.path, value)
    exponent = power_of_ten(exact(value))
    if exponent is None:
        return failed(f"{check.path} = {_show(value)} is not a power of ten (write it as e.g. 1e24)")
    if check.of is None:
        return passed(f"{check.path} = 1e{exponent}")
    precise = _number(check.of, ctx)
    if precise is MISSING or precise is None:
        return failed(f"cannot check {check.path}: {check.of} is not given")
    # Accept the power of ten at or just below the value (truncation) and the nearest one (rounding):
    # value / 10**k in [10**-0.5, 10), compared exactly by squaring.
    ratio = exact(precise) / exact(value)
    ok = ratio * ratio >= Decimal("0.1") and ratio < 10
    words = "is" if ok else "is not"
    return judged(
        ok, f"{check.path} = 1e{exponent} {words} the order of magnitude of {check.of} = {_show(precise)}"
    )


def _fits(bin_: Bin, value: Decimal) -> bool:
    low_ok = bin_.min is None or value >= exact(bin_.min)
    high_ok = bin_.max is None or value <= exact(bin_.max)
    return low_ok and high_ok


def in_bin(check: InBin, ctx: Context) -> Outcome:
    label = ctx.lookup(check.path)
    if label is MISSING:
        return failed(f"{check.path} is not given")
    bins = ctx.bins.get(check.bins, ())
    chosen = next((b for b in bins if b.label == label), None)
    if chosen is None:
        labels = ", ".join(b.label for b in bins)
        return failed(f"{check.path} is {_show(label)}; expected one of {labels}")
    value = _number(check.of, ctx)
    if value is MISSING or value is None:
        return failed(f"cannot check {check.path}: {check.of} is not given")
    if _fits(chosen, exact(value)):
        return passed(f"{check.path} = {_show(label)} holds {check.of} = {_show(value)}")
    right = [b.label for b in bins if _fits(b, exact(value))]
    expected = " or ".join(repr(r) for r in right) or "no bin"
    return failed(
        f"{check.path} = {_show(label)} does not hold {check.of} = {_show(value)}; expected {expected}"
    )


def any_of(check: AnyCheck, ctx: Context) -> Outcome:
    from compliance_checker.engine.conditions import holds  # conditions do not depend on checks

    verdicts: list[Verdict] = []
    for alternative in check.of:
        if alternative.when is not None and not holds(alternative.when, ctx):
            continue  # an alternative that does not apply here cannot meet the requirement
        verdict = CHECKS[alternative.check](alternative, ctx)
        if verdict.ok:
            return verdict
        verdicts.append(verdict)
    if not verdicts:
        return failed("none of the alternatives applies to this declaration")
    partial = next((v for v in verdicts if v.status == "partial"), None)
    if partial is not None:
        return partial
    return failed("none of the alternatives holds: " + "; or ".join(v.message for v in verdicts))


def all_of(check: AllCheck, ctx: Context) -> Outcome:
    verdicts = [CHECKS[part.check](part, ctx) for part in check.of]
    first_failed = next((v for v in verdicts if v.status == "failed"), None)
    if first_failed is not None:
        return first_failed
    thin_parts = [v.message for v in verdicts if v.status == "partial"]
    if thin_parts:
        return thin("; ".join(thin_parts))
    return passed(
        "; ".join(v.message for v in verdicts), declared_none=any(v.declared_none for v in verdicts)
    )


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


class Selection(NamedTuple):
    """The entries of a list that a check's filter selects (index, entry, entry as written), or why the
    list cannot be read: not given, not a list. ``empty`` is an explicit empty list (none declared)."""

    entries: list[tuple[int, Any, Any]]
    problem: str | None = None
    empty: bool = False


def matching(check: EachCheck | SomeCheck, ctx: Context) -> Selection:
    """Entries of the list (with their index) that match the check's filter."""
    from compliance_checker.engine.conditions import holds  # conditions do not depend on checks

    value, written = ctx.lookup(check.path), ctx.written(check.path)
    if written is MISSING or value is MISSING:
        return Selection([], f"{check.path} is not given")
    if not isinstance(value, list):
        return Selection([], f"{check.path} is not a list")
    as_written = written if isinstance(written, list) and len(written) == len(value) else [None] * len(value)
    field = ctx.field_of(check.path)
    where = check.where
    return Selection(
        [
            (i, e, w)
            for i, (e, w) in enumerate(zip(value, as_written, strict=True))
            if where is None or holds(where, ctx.with_item(e, w, field))
        ],
        empty=not value,
    )


EntryOutcome = tuple[int, Any, Any, Verdict]  # entry index, entry, sub-check, its verdict


class EachOutcome(NamedTuple):
    """An `each` check entry by entry: how many entries match its filter, every applicable sub-check's
    verdict on every matching entry, why the list cannot be checked (not given, not a list, fewer
    matching entries than ``min_items``), and, for an explicit empty list, what it declares, or for a
    list not given that reads as none, that nothing was there to check."""

    matched: int
    outcomes: list[EntryOutcome]
    problem: str | None = None
    none_declared: str | None = None
    absent_as_none: str | None = None  # a list not given, read as none (``absent: none``)


def each_outcomes(check: EachCheck, ctx: Context) -> EachOutcome:
    """An `each` check entry by entry. Messages keep item-relative paths (``item.x``)."""
    from compliance_checker.engine.conditions import holds  # conditions do not depend on checks

    selected = matching(check, ctx)
    if selected.problem == f"{check.path} is not given":
        if check.min_items:
            return EachOutcome(
                0, [], f"{selected.problem}; at least {_plural(check.min_items, 'entry')} expected"
            )
        if check.absent == "not_given":
            return EachOutcome(0, [], f"{selected.problem} (write [] to declare {no_entries(check.path)})")
        return EachOutcome(0, [], absent_as_none=f"{selected.problem}: {no_entries(check.path)} to check")
    if selected.problem:
        return EachOutcome(0, [], selected.problem)
    count = len(selected.entries)
    if selected.empty:
        if check.min_items:
            return EachOutcome(0, [], f"{empty_list(check.path)}; at least {check.min_items} expected")
        return EachOutcome(0, [], none_declared=empty_list(check.path))
    if count < check.min_items:
        entries_word = "entry" if count == 1 else "entries"
        short = f"{check.path} has {count} matching {entries_word}; at least {check.min_items} expected"
        return EachOutcome(count, [], short)
    field = ctx.field_of(check.path)
    outcomes: list[EntryOutcome] = []
    for index, entry, written in selected.entries:
        inner = ctx.with_item(entry, written, field)
        for sub in check.checks:
            if sub.when is not None and not holds(sub.when, inner):
                continue
            outcomes.append((index, entry, sub, CHECKS[sub.check](sub, inner)))
    return EachOutcome(count, outcomes)


def each(check: EachCheck, ctx: Context) -> Outcome:
    """Aggregate form (inside `any`/`all`); at the top level the evaluator reports entry by entry."""
    result = each_outcomes(check, ctx)
    if result.problem:
        return failed(result.problem)
    if result.none_declared:
        return passed(result.none_declared, declared_none=True)
    if result.absent_as_none:
        return passed(result.absent_as_none)
    gaps = [(index, v) for index, _, _, v in result.outcomes if not v.ok]
    failures = [concrete(v.message, check.path, index) for index, v in gaps if v.status == "failed"]
    if failures:
        return failed("; ".join(failures))
    if gaps:
        return thin("; ".join(concrete(v.message, check.path, index) for index, v in gaps))
    if result.matched:
        return passed(f"{check.path}: {result.matched} entries checked")
    return passed(f"{check.path} has no matching entries")


def some(check: SomeCheck, ctx: Context) -> Outcome:
    selected = matching(check, ctx)
    if selected.problem:
        return failed(selected.problem)
    if selected.empty:
        return failed(f"{empty_list(check.path)}; at least {check.min} expected")
    count = len(selected.entries)
    names = ", ".join(item_name(e, i) for i, e, _ in selected.entries[:10])
    names += f" and {count - 10:,} more" if count > 10 else ""
    if count >= check.min:
        return passed(f"{check.path}: {count} matching ({names})")
    return failed(f"{check.path} has {count} matching entries; at least {check.min} expected")


def _named(name: str, day: dt.date) -> str:
    """A date operand's name with its value, once: 'the as-of date 2026-11-29', 'x.resolved (2026-05-01)'."""
    return name if day.isoformat() in name else f"{name} ({day.isoformat()})"


def cadence(check: CadenceCheck, ctx: Context) -> Outcome:
    """Only recorded dates count: a list not given and an empty list both mean none so far, which passes
    while the first is not yet due; the message says which it was."""
    start, start_name = _resolve_date(check.start, ctx)
    if start is None:
        return failed(f"cannot check {check.path}: {start_name} is not given")
    until, until_name = (
        _resolve_date(check.until, ctx) if check.until is not None else (None, "the as-of date")
    )
    if until is None:
        until, until_name = ctx.facts.as_of, "the as-of date"
    value, written = ctx.lookup(check.path), ctx.written(check.path)
    if written is MISSING or value is MISSING:
        found: list[Any] = []
        nothing = f"{check.path} is not given"
    elif isinstance(value, list):
        found = value
        nothing = empty_list(check.path) if not value else f"{check.path}: nothing"
    else:
        return failed(f"{check.path} is not a list")
    values = [e.get(check.key) if check.key and isinstance(e, dict) else e for e in found]
    dates = sorted(d for d in values if isinstance(d, dt.date) and start <= d <= until)
    unit, amount = check.every.unit()
    period = _period(check.every)
    previous, previous_name = start, f"{start_name} ({start.isoformat()})"
    for current in dates:
        limit = shift(previous, **{unit: amount})
        if current > limit:
            return failed(
                f"{check.path}: {current.isoformat()} came more than {period} after {previous_name}; "
                f"one was due by {limit.isoformat()}"
            )
        previous, previous_name = current, current.isoformat()
    limit = shift(previous, **{unit: amount})
    if until > limit:
        lead = f"{check.path}: nothing" if dates else nothing
        return failed(
            f"{lead} after {previous_name}; one was due by {limit.isoformat()} "
            f"(at least every {period}, checked up to {_named(until_name, until)})"
        )
    if not dates and written is MISSING:
        return passed(f"{check.path} is not given yet; the first is due by {limit.isoformat()}")
    count = f"{len(dates)} date{'s' if len(dates) != 1 else ''}"
    return passed(
        f"{check.path}: {count} from {start_name} ({start.isoformat()}) to {until.isoformat()}, "
        f"none more than {period} apart; next due by {limit.isoformat()}"
    )


# --- evidence named by one rule -------------------------------------------------------------------------


def _refs(path: str, ctx: Context) -> tuple[list[str] | None, str]:
    value = ctx.lookup(path)
    if ctx.written(path) is MISSING or value is MISSING:
        return None, f"{path} is not given: it names no evidence"
    if isinstance(value, list) and not value:
        return None, f"{path} is an empty list: it names no evidence"
    if is_placeholder(value):
        return None, f"{path} names no evidence ({_show(value)})"
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
    problem = _file_problem(ref, file)
    if problem is not None:
        return [problem]
    declared = entry.get("sha256")
    if declared is None:
        return [f"evidence {ref!r} declares no sha256 to verify"] if need_hash else []
    if file.sha256 != declared:
        return [_hash_problem(ref, file.path, file.sha256, declared)]
    return []


def _file_problem(ref: str, file: EvidenceFile) -> str | None:
    """What is wrong with an evidence entry's file, phrased for messages; None when it is there."""
    if file.problem is not None:
        return f"evidence {ref!r} path {file.path!r} {file.problem}"
    if not file.inside_folder:
        return f"evidence {ref!r} path {file.path!r} points outside {file.root}; not read"
    if not file.exists:
        return f"evidence {ref!r} file {file.path!r} does not exist"
    return None


def _hash_problem(ref: str, path: str, actual: str | None, declared: str) -> str:
    return f"evidence {ref!r} file {path!r} has SHA-256 {actual}, not the declared {declared}"


def _evidence_outcome(path: str, ctx: Context, *, need_file: bool, need_hash: bool) -> Outcome:
    refs, why = _refs(path, ctx)
    if refs is None:
        return failed(why)
    problems = [
        p for ref in refs for p in _evidence_problems(ref, ctx, need_file=need_file, need_hash=need_hash)
    ]
    if problems:
        return failed("; ".join(problems))
    return passed(f"{path}: {', '.join(refs)}")


def evidence(check: EvidenceCheck, ctx: Context) -> Outcome:
    return _evidence_outcome(check.path, ctx, need_file=False, need_hash=False)


def file_exists(check: FileExists, ctx: Context) -> Outcome:
    return _evidence_outcome(check.path, ctx, need_file=True, need_hash=False)


def sha256_matches(check: Sha256Matches, ctx: Context) -> Outcome:
    return _evidence_outcome(check.path, ctx, need_file=True, need_hash=True)


# --- the declaration's evidence as a whole (always due) ----------------------------------------------


class Located(NamedTuple):
    """A check over the whole declaration: each problem at its own place, how many things were checked
    (0: nothing to check) and, when nothing is wrong, what was checked."""

    gaps: list[tuple[Path, str]]
    checked: int
    summary: str


def references(set_name: str, ctx: Context) -> Iterator[tuple[Path, str]]:
    """Every evidence reference of the declaration, where it is written and the id it names: the fields
    that the named set lists (dotted paths; lists on the way are crossed entry by entry)."""
    for field in ctx.sets.get(set_name, ()):
        yield from _walk_references(ctx.values, tuple(field.split(".")), ())


def _walk_references(value: Any, rest: tuple[str, ...], at: Path) -> Iterator[tuple[Path, str]]:
    if isinstance(value, list):
        for index, item in enumerate(value):
            if rest:
                yield from _walk_references(item, rest, (*at, index))
            elif isinstance(item, str):
                yield (*at, index), item
    elif not rest:
        if isinstance(value, str):
            yield at, value
    elif isinstance(value, dict) and value.get(rest[0]) is not None:
        yield from _walk_references(value[rest[0]], rest[1:], (*at, rest[0]))


def _entries(ctx: Context) -> list[tuple[int, dict[str, Any]]]:
    listed = ctx.lookup("evidence")
    return [(i, e) for i, e in enumerate(listed if isinstance(listed, list) else []) if isinstance(e, dict)]


def evidence_references(check: EvidenceReferences, ctx: Context) -> Located:
    found = list(references(check.set, ctx))
    gaps: list[tuple[Path, str]] = []
    for where, ref in found:
        if ref in ctx.evidence:
            continue
        close = difflib.get_close_matches(ref, list(ctx.evidence), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        known = "" if ctx.evidence else " (the declaration lists no evidence)"
        gaps.append(
            (
                where,
                f"{dotted(where)} names evidence id {ref!r}, which is not in the evidence list{known}{hint}",
            )
        )
    ids = len({ref for _, ref in found})
    summary = (
        f"all {_plural(len(found), 'evidence reference')} ({_plural(ids, 'id')}) name entries of the "
        "evidence list"
        if found
        else "the declaration makes no evidence references"
    )
    return Located(gaps, len(found), summary)


def evidence_files(check: EvidenceFiles, ctx: Context) -> Located:
    gaps: list[tuple[Path, str]] = []
    checked = urls = 0
    root = "the declaration's folder"
    for index, entry in _entries(ctx):
        ident = str(entry.get("id"))
        file = ctx.evidence_files.get(ident)
        if entry.get("path") is None or file is None:
            urls += entry.get("url") is not None
            continue
        checked += 1
        root = file.root
        problem = _file_problem(ident, file)
        if problem is not None:
            gaps.append((("evidence", index, "path"), problem))
    also = f"; {_plural(urls, 'URL')} not fetched" if urls else ""
    summary = (
        f"all {_plural(checked, 'evidence file')} exist inside {root}{also}"
        if checked
        else f"no evidence entry names a file{also}"
    )
    return Located(gaps, checked, summary)


def evidence_hashes(check: EvidenceHashes, ctx: Context) -> Located:
    gaps: list[tuple[Path, str]] = []
    checked = unreadable = 0
    for index, entry in _entries(ctx):
        ident, declared = str(entry.get("id")), entry.get("sha256")
        file = ctx.evidence_files.get(ident)
        if declared is None or file is None:
            continue
        if _file_problem(ident, file) is not None:
            unreadable += 1  # reported once, by the file check
            continue
        checked += 1
        if file.sha256 != declared:
            gaps.append(
                (("evidence", index, "sha256"), _hash_problem(ident, file.path, file.sha256, declared))
            )
    also = (
        f"; {_plural(unreadable, 'declared digest')} not verified until the file is there"
        if unreadable
        else ""
    )
    summary = (
        f"all {_plural(checked, 'declared SHA-256 digest')} match their files{also}"
        if checked
        else f"no evidence entry with a readable file declares a sha256{also}"
    )
    return Located(gaps, checked, summary)


def evidence_unused(check: EvidenceUnused, ctx: Context) -> Located:
    named = {ref for _, ref in references(check.set, ctx)}
    listed = _entries(ctx)
    gaps: list[tuple[Path, str]] = [
        (
            ("evidence", index, "id"),
            f"evidence entry {entry.get('id')!r} is named by no evidence reference; name it where it backs a "
            "statement, or remove it (its file and digest are still checked)",
        )
        for index, entry in listed
        if entry.get("id") not in named
    ]
    summary = (
        f"all {len(listed)} evidence {'entry is' if len(listed) == 1 else 'entries are'} named by a reference"
        if listed
        else "the declaration lists no evidence"
    )
    return Located(gaps, len(listed), summary)


LOCATED: dict[str, Callable[[Any, Context], Located]] = {
    "evidence_references": evidence_references,
    "evidence_files": evidence_files,
    "evidence_hashes": evidence_hashes,
    "evidence_unused": evidence_unused,
}


def _aggregate(located: Callable[[Any, Context], Located]) -> Callable[[Any, Context], Outcome]:
    """A located check as one verdict (inside `any`/`all`)."""

    def run(check: Any, ctx: Context) -> Outcome:
        result = located(check, ctx)
        if result.gaps:
            return failed("; ".join(message for _, message in result.gaps))
        return passed(result.summary)

    return run


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
    **{name: _aggregate(located) for name, located in LOCATED.items()},
}
