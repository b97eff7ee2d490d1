"""`number`: the number at the path compares (``op``) with ``value``, or with ``factor`` times the number
at ``other``; compared exactly in decimal. Not given fails."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Literal

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.numbers import exact, sci
from compliance_checker.engine.operators.common import Operator, Read, Verdict, failed, judged, scalar, show
from compliance_checker.models.ruleset import Check, DeclPath

_OPS: dict[str, tuple[Callable[[Any, Any], bool], str, str]] = {
    "gt": (lambda a, b: a > b, "greater than", ">"),
    "ge": (lambda a, b: a >= b, "at least", ">="),
    "lt": (lambda a, b: a < b, "less than", "<"),
    "le": (lambda a, b: a <= b, "at most", "<="),
    "eq": (lambda a, b: a == b, "equal to", "="),
}
_COMPARISON = ("op", "value", "other", "factor")


class NumberCheck(Check):
    """The number at the path compares (``op``) with ``value``, or with ``factor`` times the number at
    ``other``."""

    check: Literal["number"]
    op: Literal["gt", "ge", "lt", "le", "eq"]
    value: float | int | None = None
    other: DeclPath | None = None
    factor: float | int = 1

    def invalid(self) -> str | None:
        if (self.value is None) == (self.other is None):
            return "a number check takes exactly one of 'value' or 'other'"
        return None


def _is_number(value: Any) -> bool:
    return isinstance(value, _NUMBERS) and not isinstance(value, bool)


def evaluate(spec: NumberCheck, ctx: Context) -> Verdict:
    value = ctx.lookup(spec.path)
    if not _is_number(value):
        return failed(f"{spec.path} is not given" if value is MISSING else f"{spec.path} is not a number")
    if spec.other is not None:
        other = ctx.lookup(spec.other)
        if not _is_number(other):
            return failed(f"cannot check {spec.path}: {spec.other} is not given")
        reference = exact(other) * exact(spec.factor)
        ref_name = spec.other if spec.factor == 1 else f"{spec.factor} x {spec.other}"
    else:
        assert spec.value is not None  # invalid() otherwise
        reference = exact(spec.value) * exact(spec.factor)
        ref_name = sci(reference) if abs(reference) >= 1_000_000 else str(reference)
    compare, words, _ = _OPS[spec.op]
    ok = compare(exact(value), reference)
    return judged(ok, f"{spec.path} = {show(value)} is {'' if ok else 'not '}{words} {ref_name}")


def describe(spec: NumberCheck) -> str:
    other = f"`{spec.other}`" if spec.other is not None else str(spec.value)
    factor = f"{spec.factor} x " if spec.factor != 1 else ""
    return f"`{spec.path}` {_OPS[spec.op][2]} {factor}{other}"


def reads(spec: NumberCheck) -> Iterator[Read]:
    yield Read(("path",), spec.path)
    if spec.other is not None:
        yield Read(("other",), spec.other)


def diff_view(data: dict[str, Any]) -> dict[str, Any]:
    """The comparison (``op``, ``value``, ``other``, ``factor``) as one threshold, ``comparison``."""
    rest = {k: v for k, v in data.items() if k not in _COMPARISON}
    return {"comparison": {k: data[k] for k in _COMPARISON if k in data}, **rest}


def compared(comparison: dict[str, Any]) -> str:
    """A comparison in a `rules diff`: ``>= 1e+25``, ``<= 2 x model.x``."""
    op = comparison.get("op")
    factor = comparison.get("factor", 1)
    against = comparison["other"] if comparison.get("other") is not None else scalar(comparison.get("value"))
    return f"{_OPS[op][2] if op in _OPS else op} {f'{scalar(factor)} x ' if factor != 1 else ''}{against}"


OPERATOR = Operator(
    spec=NumberCheck,
    evaluate=evaluate,
    describe=describe,
    reads=reads,
    diff_view=diff_view,
    compared=compared,
)

# Type tuples for isinstance, made once: ``list | dict`` in a call makes a new union object every time.
_NUMBERS = (int, float)
