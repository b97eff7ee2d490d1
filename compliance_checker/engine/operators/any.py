"""`any`: at least one of the checks in ``of`` passes (alternative ways to meet one requirement). It passes
with its first passing alternative, else is partial with its first partial one; an alternative whose
``when`` does not hold cannot meet the requirement."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from compliance_checker.engine import operators
from compliance_checker.engine.conditions import holds
from compliance_checker.engine.context import Context
from compliance_checker.engine.operators.common import Due, Operator, Verdict, failed
from compliance_checker.models.record import Meta
from compliance_checker.models.ruleset import Check


class AnyCheck(Check):
    """Passes when at least one of its checks passes (alternative ways to meet one requirement)."""

    check: Literal["any"]
    of: Annotated[tuple[Check, ...], Meta(minItems=2)]


def evaluate(spec: AnyCheck, ctx: Context) -> Verdict:
    verdicts: list[Verdict] = []
    for alternative in spec.of:
        if alternative.when is not None and not holds(alternative.when, ctx):
            continue  # an alternative that does not apply here cannot meet the requirement
        verdict = operators.evaluate(alternative, ctx)
        if verdict.ok:
            return verdict
        verdicts.append(verdict)
    if not verdicts:
        return failed("none of the alternatives applies to this declaration")
    partial = next((v for v in verdicts if v.status == "partial"), None)
    if partial is not None:
        return partial
    return failed("none of the alternatives holds: " + "; or ".join(v.message for v in verdicts))


def describe(spec: AnyCheck) -> str:
    return "any of: " + "; ".join(operators.describe(alternative) for alternative in spec.of)


OPERATOR = Operator(spec=AnyCheck, evaluate=evaluate, describe=describe, children="of")


# --- deadlines ------------------------------------------------------------------------------------------


def deadlines(spec: AnyCheck, ctx: Context) -> Iterator[Due]:
    """The dated obligations of the alternative the verdict rests on: the first that passes, else the
    first partial one, else the first that applies."""
    tried: list[tuple[Check, Verdict]] = []
    for alternative in spec.of:
        if alternative.when is not None and not holds(alternative.when, ctx):
            continue
        verdict = operators.evaluate(alternative, ctx)
        if verdict.ok:
            yield from operators.deadlines(alternative, ctx)
            return
        tried.append((alternative, verdict))
    chosen = next((a for a, v in tried if v.status == "partial"), tried[0][0] if tried else None)
    if chosen is not None:
        yield from operators.deadlines(chosen, ctx)
