"""`is_true`: the value at the path is exactly true. Not given fails."""

from __future__ import annotations

from typing import Literal

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.operators.common import Operator, Verdict, failed, passed, show
from compliance_checker.models.ruleset import Check


class IsTrue(Check):
    """The value at the path is true."""

    check: Literal["is_true"]


def evaluate(spec: IsTrue, ctx: Context) -> Verdict:
    value = ctx.lookup(spec.path)
    if value is True:
        return passed(f"{spec.path} is true")
    if value is MISSING:
        return failed(f"{spec.path} is not given; expected true")
    return failed(f"{spec.path} is {show(value)}; expected true")


def describe(spec: IsTrue) -> str:
    return f"`{spec.path}` is true"


OPERATOR = Operator(spec=IsTrue, evaluate=evaluate, describe=describe)
