"""The evidence check operators, one module each, registered in one literal table (as yamllint registers
its rules).

Each module holds one operator: its spec (a :class:`~compliance_checker.models.ruleset.Check` subclass
whose ``check`` is the operator's name), how it is evaluated, how it is worded (`rules show`,
docs/rules.md, `rules diff`), which declaration paths it reads, and its documentation (the module
docstring). Adding an operator is one module, its line below and its test (docs/rulesets.md, "Adding an
operator").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from compliance_checker.engine.conditions import words as condition_words
from compliance_checker.engine.context import Context
from compliance_checker.engine.operators import all as all_check
from compliance_checker.engine.operators import any as any_check
from compliance_checker.engine.operators import (
    cadence,
    covers,
    date,
    each,
    equals,
    evidence,
    evidence_files,
    evidence_hashes,
    evidence_references,
    evidence_unused,
    in_bin,
    is_true,
    number,
    one_of,
    order_of_magnitude,
    present,
    significant_figures,
    some,
)
from compliance_checker.engine.operators.common import Due, Operator, Verdict
from compliance_checker.models.ruleset import Check

OPERATORS: dict[str, Operator[Any]] = {
    "present": present.OPERATOR,
    "is_true": is_true.OPERATOR,
    "equals": equals.OPERATOR,
    "one_of": one_of.OPERATOR,
    "date": date.OPERATOR,
    "number": number.OPERATOR,
    "covers": covers.OPERATOR,
    "significant_figures": significant_figures.OPERATOR,
    "order_of_magnitude": order_of_magnitude.OPERATOR,
    "in_bin": in_bin.OPERATOR,
    "any": any_check.OPERATOR,
    "all": all_check.OPERATOR,
    "each": each.OPERATOR,
    "some": some.OPERATOR,
    "cadence": cadence.OPERATOR,
    "evidence": evidence.OPERATOR,
    "evidence_references": evidence_references.OPERATOR,
    "evidence_files": evidence_files.OPERATOR,
    "evidence_hashes": evidence_hashes.OPERATOR,
    "evidence_unused": evidence_unused.OPERATOR,
}

# The operators that evaluate a time limit, and how each yields the dated obligations it evaluates
# (`compliance-checker deadlines`, engine/deadlines.py): the same spec and calendar arithmetic as its
# evaluate, so a deadline and a verdict cannot disagree.
DEADLINES: dict[str, Callable[[Any, Context], Iterator[Due]]] = {
    "date": date.deadlines,
    "cadence": cadence.deadlines,
    "each": each.deadlines,
    "any": any_check.deadlines,
    "all": all_check.deadlines,
}


def evaluate(spec: Check, ctx: Context) -> Verdict:
    """One check's verdict (its ``when`` is the caller's business)."""
    return OPERATORS[spec.check].evaluate(spec, ctx)


def deadlines(spec: Check, ctx: Context) -> Iterator[Due]:
    """The dated obligations one check evaluates (its own ``when`` is the caller's business); none for
    an operator without a time limit."""
    found = DEADLINES.get(spec.check)
    return iter(()) if found is None else found(spec, ctx)


def describe(spec: Check) -> str:
    """One check as a short sentence: what must hold at which path, and when."""
    text = OPERATORS[spec.check].describe(spec)
    return text if spec.when is None else f"{text}, when {condition_words(spec.when)}"


class Visit(NamedTuple):
    """A check met by :func:`walk`: where it is in its rule (``("evidence", 0, "of", 1)``) and, inside
    `each` and `some`, the path of the list whose entry ``item`` is (innermost last)."""

    check: Check
    where: tuple[str | int, ...]
    lists: tuple[str, ...]


def walk(checks: tuple[Check, ...], where: tuple[str | int, ...] = ("evidence",)) -> Iterator[Visit]:
    """Every check of a rule's evidence, depth first, including those inside `any`, `all` and `each`."""
    stack = [Visit(check, (*where, index), ()) for index, check in reversed(list(enumerate(checks)))]
    while stack:
        visit = stack.pop()
        yield visit
        operator = OPERATORS[visit.check.check]
        lists = (*visit.lists, visit.check.path) if operator.item_scope else visit.lists
        if operator.children is not None:
            children: tuple[Check, ...] = getattr(visit.check, operator.children)
            stack.extend(
                Visit(child, (*visit.where, operator.children, index), lists)
                for index, child in reversed(list(enumerate(children)))
            )
