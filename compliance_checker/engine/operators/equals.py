"""`equals`: the value at the path equals ``value`` and has its type (``1`` is not ``true``). Not given
fails."""

from __future__ import annotations

from typing import Literal

from compliance_checker.engine.conditions import literal
from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.operators.common import Operator, Verdict, failed, passed, show
from compliance_checker.models.ruleset import Check, Scalar


class Equals(Check):
    """The value at the path equals ``value`` (and has its type)."""

    check: Literal["equals"]
    value: Scalar


def evaluate(spec: Equals, ctx: Context) -> Verdict:
    value = ctx.lookup(spec.path)
    if value is not MISSING and value == spec.value and type(value) is type(spec.value):
        return passed(f"{spec.path} = {show(value)}")
    found = show(value) if value is not MISSING else "not given"
    return failed(f"{spec.path} is {found}; expected {show(spec.value)}")


def describe(spec: Equals) -> str:
    return f"`{spec.path}` is {literal(spec.value)}"


OPERATOR = Operator(spec=Equals, evaluate=evaluate, describe=describe)
