"""`significant_figures`: the number at the path is written with at least ``min`` significant figures,
counted from the text as written (``2.4e25`` has 2, ``2.40e25`` 3). Not given fails."""

from __future__ import annotations

from typing import Annotated, Literal

from compliance_checker.engine.context import Context
from compliance_checker.engine.numbers import exact, sci, significant_figures
from compliance_checker.engine.operators.common import Operator, Verdict, judged, number_at
from compliance_checker.models.record import Meta
from compliance_checker.models.ruleset import Check


class SignificantFigures(Check):
    """The number at the path is written with at least ``min`` significant figures."""

    check: Literal["significant_figures"]
    min: Annotated[int, Meta(minimum=1)]


def evaluate(spec: SignificantFigures, ctx: Context) -> Verdict:
    value, problem = number_at(spec.path, ctx)
    if problem is not None:
        return problem
    written = ctx.number_texts.get(spec.path, repr(value))
    count = significant_figures(written)
    ok = count >= spec.min
    return judged(
        ok,
        f"{spec.path} = {written} has {count} significant figure{'s' if count != 1 else ''}"
        + ("" if ok else f"; at least {spec.min} expected (e.g. {sci(exact(value))})"),
    )


def describe(spec: SignificantFigures) -> str:
    return f"`{spec.path}` written with at least {spec.min} significant figure{'s' if spec.min > 1 else ''}"


OPERATOR = Operator(spec=SignificantFigures, evaluate=evaluate, describe=describe)
