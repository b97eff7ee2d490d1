"""Applicability conditions over facts and declaration paths, and why a condition does not hold."""

from __future__ import annotations

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.placeholders import is_placeholder
from compliance_checker.models.ruleset import AllOf, AnyOf, Condition, NotCond, PathCond


def holds(cond: Condition, ctx: Context) -> bool:
    if isinstance(cond, str):
        return ctx.facts.truthy(cond)
    if isinstance(cond, AllOf):
        return all(holds(c, ctx) for c in cond.all)
    if isinstance(cond, AnyOf):
        return any(holds(c, ctx) for c in cond.any)
    if isinstance(cond, NotCond):
        return not holds(cond.not_, ctx)
    return _path_holds(cond, ctx)


def _path_holds(cond: PathCond, ctx: Context) -> bool:
    value = ctx.lookup(cond.path)
    if cond.present is not None:
        present = value is not MISSING and not is_placeholder(value)
        return present == cond.present
    if cond.one_of is not None:
        return value is not MISSING and any(_same(value, v) for v in cond.one_of)
    if cond.in_set is not None:
        return value is not MISSING and value in ctx.sets.get(cond.in_set, ())
    return value is not MISSING and _same(value, cond.equals)


def _same(value: object, expected: object) -> bool:
    return value == expected and type(value) is type(expected)


def fact_names(cond: Condition) -> set[str]:
    """The facts a condition refers to, at any depth."""
    if isinstance(cond, str):
        return {cond}
    if isinstance(cond, AllOf):
        return {name for c in cond.all for name in fact_names(c)}
    if isinstance(cond, AnyOf):
        return {name for c in cond.any for name in fact_names(c)}
    if isinstance(cond, NotCond):
        return fact_names(cond.not_)
    return set()


def why_not(cond: Condition, ctx: Context) -> list[str]:
    """Reasons, in words, why ``cond`` does not hold (empty when it holds)."""
    if holds(cond, ctx):
        return []
    if isinstance(cond, str):
        return [f"{cond.replace('_', ' ')}: no ({ctx.facts[cond].reason})"]
    if isinstance(cond, AllOf):
        return [reason for c in cond.all for reason in why_not(c, ctx)]
    if isinstance(cond, AnyOf):
        return ["none of: " + "; ".join(reason for c in cond.any for reason in why_not(c, ctx))]
    if isinstance(cond, NotCond):
        return [_why_true(cond.not_, ctx)]
    if cond.present is not None:
        return [f"{cond.path} is {'not given' if cond.present else 'given'}"]
    if cond.one_of is not None:
        return [f"{cond.path} is not one of {', '.join(repr(v) for v in cond.one_of)}"]
    if cond.in_set is not None:
        return [f"{cond.path} is not in {cond.in_set}"]
    return [f"{cond.path} is not {cond.equals!r}"]


def _why_true(cond: Condition, ctx: Context) -> str:
    if isinstance(cond, str):
        return f"{cond.replace('_', ' ')}: yes ({ctx.facts[cond].reason})"
    if isinstance(cond, PathCond):
        if cond.one_of is not None or cond.in_set is not None:
            return f"{cond.path} is {ctx.lookup(cond.path)!r}"
        return f"{cond.path} is {'given' if cond.present else repr(cond.equals)}"
    return "an excluding condition holds"
