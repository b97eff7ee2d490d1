"""Types shared by every section of the declaration: strict base model, dates, compute, contacts.

Validation is strict on purpose: unknown keys are errors, numbers must be numbers (``"1e25"`` in quotes is
refused), dates must be real ``YYYY-MM-DD`` dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo

from compliance_checker.models.isodate import parse_iso_date

FORMAT_VERSION = "1.0"


def not_after_as_of(value: dt.date, info: ValidationInfo) -> dt.date:
    """A date that records something already done cannot lie after the as-of date.

    The as-of date is a run parameter, not part of the file, so it arrives as validation context
    (``{"as_of": date}``); without it (validating a file on its own) the check is skipped.
    """
    as_of = (info.context or {}).get("as_of")
    if isinstance(as_of, dt.date) and value > as_of:
        raise ValueError(
            f"{value.isoformat()} is after the as-of date {as_of.isoformat()}; this date records something "
            "that has already happened, so it cannot be in the future (correct it, or check with a later "
            "--as-of)"
        )
    return value


IsoDate = Annotated[dt.date, BeforeValidator(parse_iso_date)]
# A date of an event that must already have happened: a signed mandate, a notification, a decision, a
# publication, an update. Planned dates (placement, release) and limits (retained_until) stay IsoDate.
# The published schema marks such dates with "x-past-date" (JSON Schema cannot compare with a run
# parameter), so that the schema-driven fast validator (loading/fastvalidate.py) knows to check them.
PastDate = Annotated[
    dt.date,
    BeforeValidator(parse_iso_date),
    AfterValidator(not_after_as_of),
    Field(json_schema_extra={"x-past-date": True}),
]
Flop = Annotated[float, Field(gt=0, allow_inf_nan=False, description="Floating-point operations (FLOP).")]
CountryCode = Annotated[
    str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 country code, e.g. DE, FR, US.")
]
Amount = Annotated[float, Field(gt=0, allow_inf_nan=False, description="A finite number greater than 0.")]
MonthYear = Annotated[str, Field(pattern=r"^(0[1-9]|1[0-2])/\d{4}$", description="A month written MM/YYYY.")]
EvidenceRefs = Annotated[
    list[str], Field(description="Ids of entries in the top-level `evidence` list that back this item.")
]
Modality = Literal[
    "text",
    "code",
    "audio",
    "speech",
    "image",
    "video",
    "3d",
    "time_series",
    "tabular",
    "embeddings",
    "actions",
    "biological_sequences",
    "other",
]


class Base(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)


class Contact(Base):
    """An electronic contact point; at least one of email or url is expected."""

    email: str | None = None
    url: str | None = None
    public: bool | None = Field(
        None, description="true when the contact details are published (website, or other means if none)."
    )


class LegacyGaps(Base):
    """Guidelines section 5.3: what a model placed before 2 August 2025 could not retrofit, and why."""

    declared: bool
    justification: str | None = None
