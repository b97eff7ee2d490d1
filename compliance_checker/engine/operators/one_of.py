"""`one_of`: the value at the path is one of ``values``, or a member of the named ``set``. Not given
fails."""

from __future__ import annotations

from typing import Annotated, Literal

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.operators.common import Operator, Verdict, failed, passed, show
from compliance_checker.models.record import Meta
from compliance_checker.models.ruleset import NAMED, Check, Scalar


class OneOf(Check):
    """The value at the path is one of ``values``, or a member of the named ``set``."""

    check: Literal["one_of"]
    values: tuple[Scalar, ...] | None = None
    set: (
        Annotated[
            str, Meta(pattern=NAMED, description="A set of a loaded ruleset, as `<ruleset id>/<name>`.")
        ]
        | None
    ) = None

    def invalid(self) -> str | None:
        if (self.values is None) == (self.set is None):
            return "a one_of check takes exactly one of 'values' or 'set'"
        return None


def evaluate(spec: OneOf, ctx: Context) -> Verdict:
    value = ctx.lookup(spec.path)
    allowed = list(spec.values) if spec.values is not None else list(ctx.sets.get(spec.set or "", ()))
    if value is MISSING:
        return failed(f"{spec.path} is not given")
    if value in allowed:
        return passed(f"{spec.path} = {show(value)}")
    shown = ", ".join(str(v) for v in allowed[:12]) + (", ..." if len(allowed) > 12 else "")
    return failed(f"{spec.path} is {show(value)}; expected one of {shown}")


def describe(spec: OneOf) -> str:
    members = spec.values if spec.values is not None else [f"set {spec.set}"]
    return f"`{spec.path}` is one of {', '.join(str(m) for m in members)}"


OPERATOR = Operator(spec=OneOf, evaluate=evaluate, describe=describe)
