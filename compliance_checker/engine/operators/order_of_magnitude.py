"""`order_of_magnitude`: the number at the path is a power of ten (``1e24``); with ``of``, the order of
magnitude of that number, rounded or truncated. Not given fails."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

from compliance_checker.engine.context import Context
from compliance_checker.engine.numbers import exact, power_of_ten
from compliance_checker.engine.operators.common import (
    Operator,
    Read,
    Verdict,
    failed,
    judged,
    number_at,
    passed,
    show,
)
from compliance_checker.models.ruleset import Check, DeclPath


class OrderOfMagnitude(Check):
    """The number at the path is a power of ten; with ``of``, the order of magnitude of that number."""

    check: Literal["order_of_magnitude"]
    of: DeclPath | None = None


def evaluate(spec: OrderOfMagnitude, ctx: Context) -> Verdict:
    value, problem = number_at(spec.path, ctx)
    if problem is not None:
        return problem
    exponent = power_of_ten(exact(value))
    if exponent is None:
        return failed(f"{spec.path} = {show(value)} is not a power of ten (write it as e.g. 1e24)")
    if spec.of is None:
        return passed(f"{spec.path} = 1e{exponent}")
    precise, missing = number_at(spec.of, ctx)
    if missing is not None:
        return failed(f"cannot check {spec.path}: {spec.of} is not given")
    # Accept the power of ten at or just below the value (truncation) and the nearest one (rounding):
    # value / 10**k in [10**-0.5, 10), compared exactly by squaring.
    ratio = exact(precise) / exact(value)
    ok = ratio * ratio >= Decimal("0.1") and ratio < 10
    words = "is" if ok else "is not"
    return judged(
        ok, f"{spec.path} = 1e{exponent} {words} the order of magnitude of {spec.of} = {show(precise)}"
    )


def describe(spec: OrderOfMagnitude) -> str:
    of = f" of `{spec.of}`" if spec.of else ""
    return f"`{spec.path}` is a power of ten (the order of magnitude{of})"


def reads(spec: OrderOfMagnitude) -> Iterator[Read]:
    yield Read(("path",), spec.path)
    if spec.of is not None:
        yield Read(("of",), spec.of)


OPERATOR = Operator(spec=OrderOfMagnitude, evaluate=evaluate, describe=describe, reads=reads)
