"""Applicability conditions over facts and declaration paths, and why a condition does not hold.

Conditions are three-valued (Kleene's logic): a fact the declaration leaves open is ``UNKNOWN``, and so is
a condition that depends on it in a way that matters (``all`` is false as soon as one part is false,
whatever the unknown parts; ``any`` is true as soon as one part is true). A condition over a declaration
path is always decided: the path either holds the value or not.
"""

from __future__ import annotations

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.placeholders import is_placeholder
from compliance_checker.models.facts import UNKNOWN, Truth
from compliance_checker.models.ruleset import AllOf, AnyOf, Condition, NotCond, PathCond


def truth(cond: Condition, ctx: Context) -> Truth:
    """True, False or UNKNOWN."""
    if isinstance(cond, str):
        return ctx.facts.truth(cond)
    if isinstance(cond, AllOf):
        parts = [truth(c, ctx) for c in cond.all]
        if any(p is False for p in parts):
            return False
        return UNKNOWN if any(p is UNKNOWN for p in parts) else True
    if isinstance(cond, AnyOf):
        parts = [truth(c, ctx) for c in cond.any]
        if any(p is True for p in parts):
            return True
        return UNKNOWN if any(p is UNKNOWN for p in parts) else False
    if isinstance(cond, NotCond):
        inner = truth(cond.not_, ctx)
        return UNKNOWN if inner is UNKNOWN else inner is False
    return _path_holds(cond, ctx)


def holds(cond: Condition, ctx: Context) -> bool:
    """Whether the condition is known to hold (an undetermined condition does not)."""
    return truth(cond, ctx) is True


def questions(cond: Condition, ctx: Context) -> list[str]:
    """What the provider must state to decide an UNKNOWN condition: the questions of the unknown facts it
    rests on, each once, in order (empty when the condition is decided)."""
    if truth(cond, ctx) is not UNKNOWN:
        return []
    if isinstance(cond, str):
        fact = ctx.facts[cond]
        return list(fact.questions) or [f"{cond.replace('_', ' ')}: {fact.reason}"]
    if isinstance(cond, AllOf | AnyOf):
        parts = cond.all if isinstance(cond, AllOf) else cond.any
        found = [q for c in parts for q in questions(c, ctx)]
        return list(dict.fromkeys(found))
    if isinstance(cond, NotCond):
        return questions(cond.not_, ctx)
    return []


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
    """Reasons, in words, why ``cond`` is false (empty when it holds or is undetermined)."""
    if truth(cond, ctx) is not False:
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
