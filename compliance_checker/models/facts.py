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
from dataclasses import dataclass, field
from typing import Final, final


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

# The order in which facts are reported (the required keys first).
FACT_ORDER: tuple[str, ...] = (
    "is_gpai",
    "systemic_risk",
    "open_source_exempt",
    "third_country_provider",
    "authorised_representative_required",
    "modifier_is_provider",
    "modification_only",
    "legacy_model",
    "compliance_deadline",
    "notification_required",
    "notification_deadline",
    "gpai_provider",
    "open_source_claimed",
    "placed_on_market",
    "compute_plausible",
    "sme_or_smc",
    "fines_apply",
    "signatory_transparency",
    "signatory_copyright",
    "signatory_safety_and_security",
)


@dataclass(frozen=True, slots=True)
class Fact:
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
    return Fact(UNKNOWN, f"{text} ({'; '.join(asked)})" if asked else text, sources, asked)


@dataclass(frozen=True, slots=True)
class Facts:
    as_of: dt.date
    items: dict[str, Fact] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Fact:
        return self.items[name]

    def truthy(self, name: str) -> bool:
        """True only when the fact is known to be true (an unknown fact is not)."""
        return self.items[name].value is True

    def truth(self, name: str) -> Truth:
        """The fact as a condition: True, False or UNKNOWN (a fact without a value counts as false)."""
        value = self.items[name].value
        if value is UNKNOWN:
            return UNKNOWN
        return value is True

    def date(self, name: str) -> dt.date | None:
        value = self.items[name].value
        return value if isinstance(value, dt.date) else None
