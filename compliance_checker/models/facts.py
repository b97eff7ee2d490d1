"""Classification facts: what applies to a model, each with its reason and legal source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

FactValue = bool | dt.date | None

# The order in which facts are reported (the required keys first).
FACT_ORDER: tuple[str, ...] = (
    "is_gpai",
    "systemic_risk",
    "open_source_exempt",
    "third_country_provider",
    "authorised_representative_required",
    "modifier_is_provider",
    "legacy_model",
    "compliance_deadline",
    "notification_required",
    "notification_deadline",
    "gpai_provider",
    "open_source_claimed",
    "placed_on_market",
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


@dataclass(frozen=True, slots=True)
class Facts:
    as_of: dt.date
    items: dict[str, Fact] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Fact:
        return self.items[name]

    def truthy(self, name: str) -> bool:
        return self.items[name].value is True

    def date(self, name: str) -> dt.date | None:
        value = self.items[name].value
        return value if isinstance(value, dt.date) else None
