"""Applicability conditions over facts and declaration paths: their truth, and their words.

Conditions are three-valued (Kleene's logic): a fact the declaration leaves open is ``UNKNOWN``, and so is
a condition that depends on it in a way that matters (``all`` is false as soon as one part is false,
whatever the unknown parts; ``any`` is true as soon as one part is true). A condition over a declaration
path is always decided: the path either holds the value or not.

A condition is worded in one way, :func:`words`, in one of three vocabularies (:class:`Style`): the rule
reference and `rules show` name facts in words and paths as code, `rules diff` uses the ruleset file's
own names, and a result's message (:func:`why_not`) says why a condition does not hold with the values
as Python writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.placeholders import is_placeholder
from compliance_checker.models.facts import UNKNOWN, Truth
from compliance_checker.models.ruleset import AllOf, AnyOf, Condition, NotCond, PathCond

FACT_WORDS: dict[str, str] = {
    "gpai_provider": "the declarant provides a GPAI model",
    "is_gpai": "the model is a general-purpose AI model",
    "systemic_risk": "the model has systemic risk",
    "open_source_exempt": "the Art 53(2) open-source exemption applies",
    "open_source_claimed": "the model is released under a free and open-source licence",
    "third_country_provider": "the provider is established outside the Union",
    "authorised_representative_required": "an authorised representative is required (Art 54)",
    "modifier_is_provider": "the modifier became the provider of the modified model",
    "modification_only": "the modifier's documentation duties cover only its modification",
    "compute_plausible": "the training compute is not far below 6 x parameters x tokens",
    "legacy_model": "the model was placed on the market before 2 August 2025",
    "notification_required": "the Art 52(1) notification is required",
    "placed_on_market": "the model is placed on the Union market",
    "designated_after_placement": "the Commission designated the model after its placement on the market",
    "sme_or_smc": "the provider is an SME or SMC",
    "fines_apply": "the Commission can fine (from 2 August 2026)",
    "signatory_transparency": "the provider signed the Transparency chapter",
    "signatory_copyright": "the provider signed the Copyright chapter",
    "signatory_safety_and_security": "the provider signed the Safety and Security chapter",
}


def literal(value: Any) -> str:
    """A value as a ruleset file writes it: ``true``, ``'text'``, ``3``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, str) else str(value)


class Style(NamedTuple):
    """How a condition names facts, paths and values."""

    fact: Callable[[str], str]
    path: Callable[[str], str]
    literal: Callable[[Any], str]


DOCS = Style(lambda name: FACT_WORDS.get(name, name.replace("_", " ")), lambda path: f"`{path}`", literal)
NAMES = Style(str, str, literal)
MESSAGE = Style(lambda name: name.replace("_", " "), str, repr)


# --- truth ----------------------------------------------------------------------------------------------


def truth(cond: Condition, ctx: Context) -> Truth:
    """True, False or UNKNOWN."""
    if isinstance(cond, str):
        return ctx.facts.truth(cond)
    if isinstance(cond, AllOf):  # false when one part is, else unknown when one part is
        found: Truth = True
        for part in cond.all:
            value = truth(part, ctx)
            if value is False:
                return False
            if value is UNKNOWN:
                found = UNKNOWN
        return found
    if isinstance(cond, AnyOf):  # true when one part is, else unknown when one part is
        found = False
        for part in cond.any:
            value = truth(part, ctx)
            if value is True:
                return True
            if value is UNKNOWN:
                found = UNKNOWN
        return found
    if isinstance(cond, NotCond):
        inner = truth(cond.not_, ctx)
        return UNKNOWN if inner is UNKNOWN else inner is False
    return _path_holds(cond, ctx)


def holds(cond: Condition, ctx: Context) -> bool:
    """Whether the condition is known to hold (an undetermined condition does not)."""
    return truth(cond, ctx) is True


def _path_holds(cond: PathCond, ctx: Context) -> bool:
    value = ctx.lookup(cond.path)
    if cond.present is not None:
        return (value is not MISSING and not is_placeholder(value)) == cond.present
    if value is MISSING:
        return False
    if cond.one_of is not None:
        return any(_same(value, v) for v in cond.one_of)
    if cond.in_set is not None:
        return value in ctx.sets.get(cond.in_set, ())
    return _same(value, cond.equals)


def _same(value: object, expected: object) -> bool:
    return value == expected and type(value) is type(expected)


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
        return list(dict.fromkeys(q for c in parts for q in questions(c, ctx)))
    if isinstance(cond, NotCond):
        return questions(cond.not_, ctx)
    return []


# --- words ----------------------------------------------------------------------------------------------


def words(cond: Condition | None, style: Style = DOCS) -> str:
    """The condition as a statement: ``the model has systemic risk and `x` is given``."""
    if cond is None:
        return "always"
    if isinstance(cond, str):
        return style.fact(cond)
    if isinstance(cond, AllOf | AnyOf):
        parts, joint = (cond.all, " and ") if isinstance(cond, AllOf) else (cond.any, " or ")
        return joint.join(
            f"({words(c, style)})" if isinstance(c, AllOf | AnyOf) else words(c, style) for c in parts
        )
    if isinstance(cond, NotCond):
        return f"not ({words(cond.not_, style)})"
    return _leaf(cond, style)


def _leaf(cond: PathCond, style: Style, *, negated: bool = False) -> str:
    path, no = style.path(cond.path), "not " if negated else ""
    if cond.present is not None:
        return f"{path} is {'' if cond.present != negated else 'not '}given"
    if cond.one_of is not None:
        return f"{path} is {no}one of {', '.join(style.literal(v) for v in cond.one_of)}"
    if cond.in_set is not None:
        return f"{path} is {no}in set {cond.in_set}"
    return f"{path} is {no}{style.literal(cond.equals)}"


def why_not(cond: Condition, ctx: Context) -> list[str]:
    """Reasons, in words, why ``cond`` is false (empty when it holds or is undetermined)."""
    if truth(cond, ctx) is not False:
        return []
    if isinstance(cond, str):
        return [f"{MESSAGE.fact(cond)}: no ({ctx.facts[cond].reason})"]
    if isinstance(cond, AllOf):
        return [reason for c in cond.all for reason in why_not(c, ctx)]
    if isinstance(cond, AnyOf):
        return ["none of: " + "; ".join(reason for c in cond.any for reason in why_not(c, ctx))]
    if isinstance(cond, NotCond):
        return [_why_true(cond.not_, ctx)]
    return [_leaf(cond, MESSAGE, negated=True)]


def _why_true(cond: Condition, ctx: Context) -> str:
    if isinstance(cond, str):
        return f"{MESSAGE.fact(cond)}: yes ({ctx.facts[cond].reason})"
    if isinstance(cond, PathCond):
        if cond.one_of is not None or cond.in_set is not None:
            return f"{cond.path} is {ctx.lookup(cond.path)!r}"  # which of them
        return _leaf(cond, MESSAGE)
    return "an excluding condition holds"
