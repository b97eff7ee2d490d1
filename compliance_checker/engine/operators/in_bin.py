"""`in_bin`: the label at the path names a bin (``bins: <ruleset id>/<name>``, ranges inclusive at both
ends) whose range holds the number at ``of``. Not given fails."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Literal

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.numbers import exact
from compliance_checker.engine.operators.common import (
    Operator,
    Read,
    Verdict,
    failed,
    number_at,
    passed,
    show,
)
from compliance_checker.models.record import Meta
from compliance_checker.models.ruleset import NAMED, Bin, Check, DeclPath


class InBin(Check):
    """The bin label at the path is one whose range holds the number at ``of`` (bins of a ruleset)."""

    check: Literal["in_bin"]
    of: DeclPath
    bins: Annotated[
        str, Meta(pattern=NAMED, description="A bin list of a loaded ruleset, as `<ruleset id>/<name>`.")
    ]


def _fits(bin_: Bin, value: Decimal) -> bool:
    return (bin_.min is None or value >= exact(bin_.min)) and (bin_.max is None or value <= exact(bin_.max))


def evaluate(spec: InBin, ctx: Context) -> Verdict:
    label = ctx.lookup(spec.path)
    if label is MISSING:
        return failed(f"{spec.path} is not given")
    bins = ctx.bins.get(spec.bins, ())
    chosen = next((b for b in bins if b.label == label), None)
    if chosen is None:
        return failed(f"{spec.path} is {show(label)}; expected one of {', '.join(b.label for b in bins)}")
    value, missing = number_at(spec.of, ctx)
    if missing is not None:
        return failed(f"cannot check {spec.path}: {spec.of} is not given")
    if _fits(chosen, exact(value)):
        return passed(f"{spec.path} = {show(label)} holds {spec.of} = {show(value)}")
    right = [b.label for b in bins if _fits(b, exact(value))]
    expected = " or ".join(repr(r) for r in right) or "no bin"
    return failed(f"{spec.path} = {show(label)} does not hold {spec.of} = {show(value)}; expected {expected}")


def describe(spec: InBin) -> str:
    return f"`{spec.path}` is the bin of {spec.bins} that holds `{spec.of}`"


def reads(spec: InBin) -> Iterator[Read]:
    yield Read(("path",), spec.path)
    yield Read(("of",), spec.of)


OPERATOR = Operator(spec=InBin, evaluate=evaluate, describe=describe, reads=reads)
