"""`all`: every check in ``of`` passes (one requirement with several parts, e.g. an alternative of an
`any`). It fails with its first failing part, else is partial when a part is."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from compliance_checker.engine import operators
from compliance_checker.engine.context import Context
from compliance_checker.engine.operators.common import Due, Operator, Verdict, passed, thin
from compliance_checker.models.record import Meta
from compliance_checker.models.ruleset import Check


class AllCheck(Check):
    """Passes when every one of its checks passes (one requirement with several parts, e.g. inside `any`)."""

    check: Literal["all"]
    of: Annotated[tuple[Check, ...], Meta(minItems=2)]


def evaluate(spec: AllCheck, ctx: Context) -> Verdict:
    verdicts = [operators.evaluate(part, ctx) for part in spec.of]
    first_failed = next((v for v in verdicts if v.status == "failed"), None)
    if first_failed is not None:
        return first_failed
    thin_parts = [v.message for v in verdicts if v.status == "partial"]
    if thin_parts:
        return thin("; ".join(thin_parts))
    return passed(
        "; ".join(v.message for v in verdicts), declared_none=any(v.declared_none for v in verdicts)
    )


def describe(spec: AllCheck) -> str:
    return "all of: " + "; ".join(operators.describe(part) for part in spec.of)


OPERATOR = Operator(spec=AllCheck, evaluate=evaluate, describe=describe, children="of")


# --- deadlines ------------------------------------------------------------------------------------------


def deadlines(spec: AllCheck, ctx: Context) -> Iterator[Due]:
    """The dated obligations of every part."""
    for part in spec.of:
        yield from operators.deadlines(part, ctx)
