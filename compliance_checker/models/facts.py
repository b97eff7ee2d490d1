"""Classification facts: what applies to a model, each with its reason and legal source.

A fact is three-valued where the declaration may leave it open: true, false, or ``UNKNOWN`` (the
declaration does not state what the fact depends on). An unknown fact carries the questions whose answers
would decide it ("state whether the model is monetised: model.licence.monetised"), so that a rule resting
on it becomes ``manual_review`` naming them, never a silent "no" or a deferral. ``None`` is not
"unknown": it means the fact has no value because it does not arise (no deadline for a model not yet
placed, no representative question for a model that is not a GPAI model).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final, final

from compliance_checker.models.record import Record


@final
class Unknown:
    """The value of a fact the declaration leaves open. Use the one instance, ``UNKNOWN`` (compared with
    ``is``; it unpickles as itself); it is neither true nor false, so using it as a condition is a bug
    (``bool(UNKNOWN)`` raises)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __str__(self) -> str:
        return "unknown"

    def __bool__(self) -> bool:
        raise TypeError("an unknown fact is neither true nor false; compare it with `is UNKNOWN`")

    def __reduce__(self) -> str:
        return "UNKNOWN"  # pickles as the module-level singleton


UNKNOWN: Final = Unknown()

# None: the fact does not arise (see the module docstring); UNKNOWN: the declaration does not say.
FactValue = bool | dt.date | Unknown | None
Truth = bool | Unknown  # a condition's value: true, false or unknown


class Fact(Record):
    value: FactValue
    reason: str
    sources: tuple[str, ...] = ()
    # For an UNKNOWN value: what the provider must state to decide it, each naming the declaration path.
    questions: tuple[str, ...] = ()

    @property
    def unknown(self) -> bool:
        return self.value is UNKNOWN


def unknown(reason: str, questions: tuple[str, ...] | list[str], sources: tuple[str, ...] = ()) -> Fact:
    """An undecided fact; its reason ends with the questions that would decide it."""
    asked = tuple(dict.fromkeys(questions))  # once each, in order
    text = f"cannot be determined: {reason}" if reason else "cannot be determined"
    return Fact(
        value=UNKNOWN,
        reason=f"{text} ({'; '.join(asked)})" if asked else text,
        sources=sources,
        questions=asked,
    )


class Facts(Record):
    """Every classification fact of one declaration on one as-of date. The fields are the facts' names,
    in the order in which they are reported (the issue's required facts first); ``FACT_ORDER`` and the
    names rules may use (``CONDITION_FACTS``) are derived from them."""

    as_of: dt.date
    is_gpai: Fact
    systemic_risk: Fact
    open_source_exempt: Fact
    third_country_provider: Fact
    authorised_representative_required: Fact
    modifier_is_provider: Fact
    modification_only: Fact
    legacy_model: Fact
    compliance_deadline: Fact
    notification_required: Fact
    notification_deadline: Fact
    gpai_provider: Fact
    open_source_claimed: Fact
    placed_on_market: Fact
    designated_after_placement: Fact
    compute_plausible: Fact
    sme_or_smc: Fact
    fines_apply: Fact
    signatory_transparency: Fact
    signatory_copyright: Fact
    signatory_safety_and_security: Fact

    def __getitem__(self, name: str) -> Fact:
        if name not in _NAMES:
            raise KeyError(name)
        fact: Fact = getattr(self, name)
        return fact

    def __contains__(self, name: object) -> bool:
        return name in _NAMES

    def __iter__(self) -> Iterator[str]:
        """The facts' names, in report order."""
        return iter(FACT_ORDER)

    @property
    def items(self) -> dict[str, Fact]:
        """Name -> fact, in report order."""
        return {name: getattr(self, name) for name in FACT_ORDER}

    def truthy(self, name: str) -> bool:
        """True only when the fact is known to be true (an unknown fact is not)."""
        return self[name].value is True

    def truth(self, name: str) -> Truth:
        """The fact as a condition: True, False or UNKNOWN (a fact without a value counts as false)."""
        value = self[name].value
        if value is UNKNOWN:
            return UNKNOWN
        return value is True

    def date(self, name: str) -> dt.date | None:
        value = self[name].value
        return value if isinstance(value, dt.date) else None


# The order in which facts are reported, and the facts a rule's ``applies_when`` may name (the truths).
FACT_ORDER: tuple[str, ...] = tuple(name for name in Facts._fields if name != "as_of")
# Facts whose value is a date (or None, or UNKNOWN) rather than a truth: rules cannot name them as a
# condition; the engine reads them for due dates.
DATE_FACTS: frozenset[str] = frozenset({"compliance_deadline", "notification_deadline"})
CONDITION_FACTS: tuple[str, ...] = tuple(name for name in FACT_ORDER if name not in DATE_FACTS)
_NAMES = frozenset(FACT_ORDER)
