"""`some`: at least ``min`` entries of the list at the path satisfy ``where`` (over ``item``). Not given
fails; an empty list fails too, saying that none were declared."""

from __future__ import annotations

from typing import Annotated, Literal

from compliance_checker.engine.conditions import words as condition_words
from compliance_checker.engine.context import Context
from compliance_checker.engine.operators.common import (
    Operator,
    Verdict,
    empty_list,
    failed,
    item_name,
    matching,
    passed,
)
from compliance_checker.models.record import Meta
from compliance_checker.models.ruleset import Check, Condition


class SomeCheck(Check):
    """At least ``min`` entries of the list at ``path`` satisfy ``where`` (over ``item``)."""

    check: Literal["some"]
    where: Condition
    min: Annotated[int, Meta(minimum=1)] = 1


def evaluate(spec: SomeCheck, ctx: Context) -> Verdict:
    selected = matching(spec.path, spec.where, ctx)
    if selected.problem:
        return failed(selected.problem)
    if selected.empty:
        return failed(f"{empty_list(spec.path)}; at least {spec.min} expected")
    count = len(selected.entries)
    names = ", ".join(item_name(e, i) for i, e, _ in selected.entries[:10])
    names += f" and {count - 10:,} more" if count > 10 else ""
    if count >= spec.min:
        return passed(f"{spec.path}: {count} matching ({names})")
    return failed(f"{spec.path} has {count} matching entries; at least {spec.min} expected")


def describe(spec: SomeCheck) -> str:
    entries = "entry" if spec.min == 1 else "entries"
    return f"at least {spec.min} {entries} of `{spec.path}` where {condition_words(spec.where)}"


OPERATOR = Operator(spec=SomeCheck, evaluate=evaluate, describe=describe, item_scope=True)
