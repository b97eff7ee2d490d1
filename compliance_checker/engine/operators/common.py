"""What the operators share: the :class:`Operator` contract, verdicts, and the words messages are made of.

Not given, none and an answer are three different things. A value is *not given* when the declaration
does not write it or writes null (a default the validation filled in, such as an empty list, was not
given); *none* is an explicit empty list (``log: []``: no serious incidents); anything else is an answer.
Each operator's docstring says how it treats each; operators never raise on declaration content.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any, Generic, Literal, NamedTuple, TypeVar

from compliance_checker.engine.conditions import holds
from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.numbers import exact, sci
from compliance_checker.errors import excerpt
from compliance_checker.models.document import Path
from compliance_checker.models.record import Record
from compliance_checker.models.ruleset import (
    AsOf,
    Check,
    Condition,
    DateLiteral,
    DateOperand,
    EarliestOf,
    LatestOf,
)

# Type tuples for isinstance, made once: ``list | dict`` in a call makes a new union object every time.
_CONTAINERS = (list, dict)
_NUMBERS = (int, float)
_NAMES = (str, int)  # what names a list entry (not a boolean)

Status = Literal["ok", "partial", "failed"]
S = TypeVar("S", bound=Check)


class Verdict(NamedTuple):
    """One check's outcome: its status, what was found, and whether it passed because the declaration
    explicitly declared none (an empty list), which the rule's message repeats."""

    status: Status
    message: str
    declared_none: bool = False

    @property
    def ok(self) -> bool:
        return self.status == "ok"


# Verdicts are made once per check and list entry: straight from their fields, as Verdict's own
# (Python-level) __new__ would make them.
_new_tuple = tuple.__new__


def passed(message: str, *, declared_none: bool = False) -> Verdict:
    verdict: Verdict = _new_tuple(Verdict, ("ok", message, declared_none))
    return verdict


def thin(message: str) -> Verdict:
    verdict: Verdict = _new_tuple(Verdict, ("partial", message, False))
    return verdict


def failed(message: str) -> Verdict:
    verdict: Verdict = _new_tuple(Verdict, ("failed", message, False))
    return verdict


def judged(ok: bool, message: str) -> Verdict:
    verdict: Verdict = _new_tuple(Verdict, ("ok" if ok else "failed", message, False))
    return verdict


class Located(NamedTuple):
    """A check over the whole declaration: each problem at its own place, how many things were checked
    (0: nothing to check) and, when nothing is wrong, what was checked."""

    gaps: list[tuple[Path, str]]
    checked: int
    summary: str


class Read(NamedTuple):
    """A declaration path a check reads, and where the check's spec names it (``("also", 0)``). With
    ``key``, ``path`` is a list and ``key`` a field of its entries. Inside `each` and `some`, ``item.``
    starts at the list's entry."""

    where: tuple[str | int, ...]
    path: str
    key: str | None = None


class Operator(Record, Generic[S]):
    """One check operator: its spec class, how it is evaluated, worded, and which paths it reads.

    ``children`` names the field that holds its own checks (`any`, `all`, `each`); ``item_scope`` says
    that those checks and its ``where`` see each entry of the list at its path as ``item`` (`each`,
    `some`). ``located`` is for a
    check over the whole declaration that reports each problem at its own place (its ``evaluate`` then
    joins them). ``due`` is the date by which what the check asks for is due, for a dated check.
    ``diff_view`` and ``compared`` shape how `rules diff` compares two versions of a spec (as file data).
    """

    spec: type[S]
    evaluate: Callable[[S, Context], Verdict]
    describe: Callable[[S], str]
    reads: Callable[[S], Iterator[Read]] = lambda spec: iter((Read(("path",), spec.path),))
    children: str | None = None
    item_scope: bool = False
    located: Callable[[S, Context], Located] | None = None
    due: Callable[[S, Context], dt.date | None] | None = None
    diff_view: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    compared: Callable[[dict[str, Any]], str] | None = None


def joined(located: Callable[[Any, Context], Located]) -> Callable[[Any, Context], Verdict]:
    """A check over the whole declaration as one verdict (inside `any` and `all`): its problems joined."""

    def evaluate(spec: Any, ctx: Context) -> Verdict:
        result = located(spec, ctx)
        if result.gaps:
            return failed("; ".join(message for _, message in result.gaps))
        return passed(result.summary)

    return evaluate


def evidence_entries(ctx: Context) -> list[tuple[int, dict[str, Any]]]:
    """The declaration's evidence entries (mappings), with their index in its list."""
    listed = ctx.lookup("evidence")
    return [(i, e) for i, e in enumerate(listed if isinstance(listed, list) else []) if isinstance(e, dict)]


# --- words ----------------------------------------------------------------------------------------------


def show(value: Any) -> str:
    """A declaration value in a message: dates as ISO text, large floats in scientific notation, long
    text cut short; true, false and null as YAML writes them, never Python's True, False and None."""
    if isinstance(value, str):  # most values
        short = value if len(value) <= 60 else value[:57] + "..."
        return repr(short)
    if isinstance(value, bool) or value is None:
        return "null" if value is None else str(value).lower()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return sci(exact(value)) if abs(value) >= 1e6 else repr(value)
    if isinstance(value, _CONTAINERS):  # never echoed whole: a list may hold thousands of entries
        return excerpt(repr(value[:10] if isinstance(value, list) else value), 200)
    return excerpt(repr(value), 80)


def scalar(value: Any) -> str:
    """A value of a ruleset file in words (`rules diff`): None as ``(none)``, booleans as ``true`` and
    ``false``, a whole float below 1e15 as an integer, lists and mappings as JSON."""
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, str | int | float):
        return str(value)
    import json  # only for `rules diff`: a check imports no json (issue 16, start-up)

    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


_NOT_APPLICABLE = {"n/a", "na", "none", "not applicable"}
# The last part of a list's path that names the list rather than what it holds (``serious_incidents.log``).
_LIST_WORDS = {"log", "list", "entries", "items", "records", "register", "history"}


LONGEST_NONE = max(map(len, _NOT_APPLICABLE))  # no longer text states none


def states_none(value: Any) -> bool:
    """``N/A``, ``none``, ``not applicable``: an answer that says nothing applies. (Lower case is never
    shorter, so a longer text is not lowered: answers are often paragraphs.)"""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return len(text) <= LONGEST_NONE and text.lower() in _NOT_APPLICABLE


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


def item_name(entry: Any, index: int) -> str:
    """How to name a list entry in messages: its id, version or name, else its position."""
    if isinstance(entry, dict):
        for key in ("id", "version", "name"):
            name = entry.get(key)
            if isinstance(name, _NAMES) and not isinstance(name, bool):
                return f"{key} {excerpt(str(name), 40)}"  # echoed once per item of the entry
    if isinstance(entry, dt.date):
        return entry.isoformat()
    return f"entry {index + 1}"


# An item-relative path in a message (``item.initial_report``), not the word "item." in quoted text. The
# literal comes first and what must not precede it is looked behind from there: a pattern that starts with
# a literal is searched for it (a quarter of the instructions of one that starts with the look-behind).
ITEM_PATH = re.compile(r"item\.(?<![\w.]item\.)(?=[a-z_])")


def concrete(text: str, path: str, index: int) -> str:
    """Item-relative paths (``item.x``) in a message, written as the entry's own path (``p[2].x``)."""
    return ITEM_PATH.sub(f"{path}[{index}].", text)


def number_at(path: str, ctx: Context) -> tuple[Any, Verdict | None]:
    """The number at ``path``, or why there is none: not given, or not a number (a boolean is not)."""
    value = ctx.lookup(path)
    if isinstance(value, bool) or not isinstance(value, _NUMBERS):
        return None, failed(f"{path} is not given" if value is MISSING else f"{path} is not a number")
    return value, None


class Selection(NamedTuple):
    """The entries of a list that a check's filter selects (index, entry, entry as written), or why the
    list cannot be read: not given, not a list. ``empty`` is an explicit empty list (none declared)."""

    entries: list[tuple[int, Any, Any]]
    problem: str | None = None
    empty: bool = False


def matching(path: str, where: Condition | None, ctx: Context) -> Selection:
    """The entries of the list at ``path`` (with their index) for which ``where`` holds, as ``item``."""
    value, written = ctx.lookup(path), ctx.written(path)
    if written is MISSING or value is MISSING:
        return Selection([], f"{path} is not given")
    if not isinstance(value, list):
        return Selection([], f"{path} is not a list")
    as_written = written if isinstance(written, list) and len(written) == len(value) else [None] * len(value)
    field = ctx.field_of(path)
    return Selection(
        [
            (i, e, w)
            for i, (e, w) in enumerate(zip(value, as_written, strict=True))
            if where is None or holds(where, ctx.with_item(e, w, field))
        ],
        empty=not value,
    )


# --- date operands (`date`, `cadence`) ------------------------------------------------------------------


def resolve_date(operand: DateOperand, ctx: Context) -> tuple[dt.date | None, str]:
    """A date operand's value and how to name it; None when a referenced path is missing."""
    if isinstance(operand, str):
        value = ctx.lookup(operand)
        return (value if isinstance(value, dt.date) else None), operand
    if isinstance(operand, DateLiteral):
        return operand.date, operand.date.isoformat()
    if isinstance(operand, AsOf):
        return ctx.facts.as_of, f"the as-of date {ctx.facts.as_of.isoformat()}"
    latest = isinstance(operand, LatestOf)
    operands = operand.latest_of if isinstance(operand, LatestOf) else operand.earliest_of
    parts = [resolve_date(o, ctx) for o in operands]
    known = [d for d, _ in parts if d is not None]
    if not known:
        return None, " / ".join(name for _, name in parts)
    return (max(known) if latest else min(known)), (
        f"the {'latest' if latest else 'earliest'} of {', '.join(name for _, name in parts)}"
    )


def operand_words(operand: DateOperand) -> str:
    if isinstance(operand, str):
        return f"`{operand}`"
    if isinstance(operand, DateLiteral):
        return operand.date.isoformat()
    if isinstance(operand, AsOf):
        return "the as-of date"
    if isinstance(operand, LatestOf):
        return "the latest of " + ", ".join(operand_words(o) for o in operand.latest_of)
    return "the earliest of " + ", ".join(operand_words(o) for o in operand.earliest_of)


def operand_reads(operand: DateOperand | None, where: tuple[str | int, ...]) -> Iterator[Read]:
    """The declaration paths a date operand reads, each with where the spec names it."""
    if isinstance(operand, str):
        yield Read(where, operand)
    elif isinstance(operand, LatestOf):
        for index, part in enumerate(operand.latest_of):
            yield from operand_reads(part, (*where, "latest_of", index))
    elif isinstance(operand, EarliestOf):
        for index, part in enumerate(operand.earliest_of):
            yield from operand_reads(part, (*where, "earliest_of", index))


# --- deadlines (`compliance-checker deadlines`) ----------------------------------------------------------

DueKind = Literal["due_by", "keep_until", "refresh_by", "recurring"]


class Due(NamedTuple):
    """A dated obligation a check evaluates, computed from the check's own time limit.

    ``date`` is the last day on which it is met (a ``before`` limit is the day before it); ``done`` the
    date the declaration records for it, if any; ``met`` whether that date meets the limit (None: nothing
    recorded yet). ``path`` is where the date is (or would be) written, ``item`` first inside `each`
    until `each` replaces it with the entry's place; ``entries`` names those entries (outermost first);
    ``occurrence`` tells the dates of one recurring obligation apart (``"1"``, ``"next"``)."""

    kind: DueKind
    date: dt.date
    label: str
    path: tuple[str | int, ...]
    done: dt.date | None = None
    met: bool | None = None
    entries: tuple[str, ...] = ()
    occurrence: str = ""


def split_path(path: str) -> tuple[str | int, ...]:
    return tuple(path.split("."))
