"""`each`: every entry of the list at the path (those for which ``where`` holds) meets ``checks``; inside,
the entry is ``item`` (``item.initial_report``). At the top of a rule each entry's result is its own
evidence item, located at the entry (``outcomes``); inside `any` and `all` the results are joined.

``min_items`` (default 0) is the fewest matching entries. An explicit empty list passes and says that
none were declared (it fails when ``min_items`` asks for entries). A list that is not given reads as none
(entries are written when something happened: a Framework update, a deviation), with a message saying
so, unless ``absent: not_given`` makes it a record the provider must keep (the serious-incident log),
which then fails until it is written, if need be as ``[]``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal, NamedTuple

from compliance_checker.engine import operators
from compliance_checker.engine.conditions import holds
from compliance_checker.engine.conditions import words as condition_words
from compliance_checker.engine.context import Context
from compliance_checker.engine.operators.common import (
    Due,
    Operator,
    Verdict,
    concrete,
    empty_list,
    failed,
    item_name,
    matching,
    no_entries,
    passed,
    plural,
    split_path,
    thin,
)
from compliance_checker.models.record import Meta
from compliance_checker.models.ruleset import Check, Condition


class EachCheck(Check):
    """Every entry of the list at ``path`` (that matches ``where``) meets ``checks``; inside, the entry is
    ``item`` (``item.initial_report``). Each entry's result is its own evidence item, located at the entry.
    An explicit empty list declares none; a list that is not given reads as none too, unless ``absent`` is
    ``not_given`` (a record the provider must keep)."""

    check: Literal["each"]
    checks: Annotated[tuple[Check, ...], Meta(minItems=1)]
    where: Annotated[Condition, Meta(description="Only entries for which this holds are checked.")] | None = (
        None
    )
    min_items: Annotated[
        int, Meta(minimum=0, description="Fewest entries (matching `where`) the list must have.")
    ] = 0
    absent: Annotated[
        Literal["none", "not_given"],
        Meta(
            description="What a list that is not given means: `none` (entries are written only when "
            "something happened, so nothing to check) or `not_given` (a record the provider must keep: an "
            "absent list fails, and only an explicit `[]` declares that there is nothing in it)."
        ),
    ] = "none"


EntryOutcome = tuple[int, Any, Check, Verdict]  # entry index, entry, sub-check, its verdict


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


def outcomes(spec: EachCheck, ctx: Context) -> EachOutcome:
    """The check entry by entry. Messages keep item-relative paths (``item.x``)."""
    selected = matching(spec.path, spec.where, ctx)
    if selected.problem == f"{spec.path} is not given":
        if spec.min_items:
            return EachOutcome(
                0, [], f"{selected.problem}; at least {plural(spec.min_items, 'entry')} expected"
            )
        if spec.absent == "not_given":
            return EachOutcome(0, [], f"{selected.problem} (write [] to declare {no_entries(spec.path)})")
        return EachOutcome(0, [], absent_as_none=f"{selected.problem}: {no_entries(spec.path)} to check")
    if selected.problem:
        return EachOutcome(0, [], selected.problem)
    count = len(selected.entries)
    if selected.empty:
        if spec.min_items:
            return EachOutcome(0, [], f"{empty_list(spec.path)}; at least {spec.min_items} expected")
        return EachOutcome(0, [], none_declared=empty_list(spec.path))
    if count < spec.min_items:
        entries_word = "entry" if count == 1 else "entries"
        return EachOutcome(
            count, [], f"{spec.path} has {count} matching {entries_word}; at least {spec.min_items} expected"
        )
    field = ctx.field_of(spec.path)
    found: list[EntryOutcome] = []
    for index, entry, written in selected.entries:
        inner = ctx.with_item(entry, written, field)
        for sub in spec.checks:
            if sub.when is None or holds(sub.when, inner):
                found.append((index, entry, sub, operators.evaluate(sub, inner)))
    return EachOutcome(count, found)


def evaluate(spec: EachCheck, ctx: Context) -> Verdict:
    """The joined form (inside `any` and `all`)."""
    result = outcomes(spec, ctx)
    if result.problem:
        return failed(result.problem)
    if result.none_declared:
        return passed(result.none_declared, declared_none=True)
    if result.absent_as_none:
        return passed(result.absent_as_none)
    gaps = [(index, v) for index, _, _, v in result.outcomes if not v.ok]
    failures = [concrete(v.message, spec.path, index) for index, v in gaps if v.status == "failed"]
    if failures:
        return failed("; ".join(failures))
    if gaps:
        return thin("; ".join(concrete(v.message, spec.path, index) for index, v in gaps))
    if result.matched:
        return passed(f"{spec.path}: {result.matched} entries checked")
    return passed(f"{spec.path} has no matching entries")


def describe(spec: EachCheck) -> str:
    where = f" where {condition_words(spec.where)}" if spec.where is not None else ""
    least = f" (at least {spec.min_items})" if spec.min_items else ""
    kept = " (a record to keep: `[]` if none)" if spec.absent == "not_given" else ""
    checks = "; ".join(operators.describe(c) for c in spec.checks)
    return f"every entry of `{spec.path}`{where}{least}{kept}: {checks}"


OPERATOR = Operator(spec=EachCheck, evaluate=evaluate, describe=describe, children="checks", item_scope=True)


# --- deadlines ------------------------------------------------------------------------------------------


def deadlines(spec: EachCheck, ctx: Context) -> Iterator[Due]:
    """The dated obligations of every matching entry, each placed at the entry and named by it."""
    selected = matching(spec.path, spec.where, ctx)
    if selected.problem:
        return
    field = ctx.field_of(spec.path)
    base = split_path(spec.path)
    for index, entry, written in selected.entries:
        inner = ctx.with_item(entry, written, field)
        name = item_name(entry, index)
        for sub in spec.checks:
            if sub.when is None or holds(sub.when, inner):
                for due in operators.deadlines(sub, inner):
                    if due.path[:1] == ("item",):
                        due = due._replace(path=(*base, index, *due.path[1:]), entries=(name, *due.entries))
                    yield due
