"""Types shared by every section of the declaration: strict base model, dates, compute, contacts.

Validation is strict on purpose: unknown keys are errors, numbers must be numbers (``"1e25"`` in quotes is
refused), dates must be real ``YYYY-MM-DD`` dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo

from compliance_checker.models.crossfield import date_after_as_of
from compliance_checker.models.isodate import parse_iso_date

FORMAT_VERSION = "1.0"


def not_after_as_of(value: dt.date, info: ValidationInfo) -> dt.date:
    """A date that records something already done cannot lie after the as-of date.

    The as-of date is a run parameter, not part of the file, so it arrives as validation context
    (``{"as_of": date}``); without it (validating a file on its own) the check is skipped.
    """
    as_of = (info.context or {}).get("as_of")
    problem = date_after_as_of(value, as_of if isinstance(as_of, dt.date) else None)
    if problem is not None:
        raise ValueError(problem)
    return value


IsoDate = Annotated[dt.date, BeforeValidator(parse_iso_date)]
# A date of an event that must already have happened: a signed mandate, a notification, a decision, a
# publication, an update. Planned dates (placement, release) and limits (retained_until) stay IsoDate.
# The published schema marks such dates with "x-past-date" (JSON Schema cannot compare with a run
# parameter), so that the fast path (loading/fastpath.py) knows to check them.
PastDate = Annotated[
    dt.date,
    BeforeValidator(parse_iso_date),
    AfterValidator(not_after_as_of),
    Field(json_schema_extra={"x-past-date": True}),
]
Flop = Annotated[
    float,
    Field(gt=0, allow_inf_nan=False, description="Floating-point operations (FLOP).", examples=[3.8e25]),
]
# ISO 3166-1 alpha-2: the 249 officially assigned codes (ISO 3166 Maintenance Agency; as in Debian's
# iso-codes 4.15). Besides them, two codes the EU itself uses: EL for Greece (the EU's code, beside GR)
# and XK for Kosovo (a user-assigned code, used by the European Commission and in EU statistics for
# Kosovo, which has no assigned code; a provider established there is a third-country provider and must
# be able to say so). "UK" is refused with a hint: the United Kingdom's code is GB.
ISO_3166_ALPHA_2 = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
    BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
    ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
    IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
    MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU
    NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
    SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE
    VG VI VN VU WF WS YE YT ZA ZM ZW
    """.split()  # noqa: SIM905 - compact
)
COUNTRY_CODES = ISO_3166_ALPHA_2 | {"EL", "XK"}
_COUNTRY_HINTS = {"UK": " (the United Kingdom is GB)"}


def assigned_country(value: str) -> str:
    if value not in COUNTRY_CODES:
        hint = _COUNTRY_HINTS.get(value, "")
        raise ValueError(
            f"{value!r} is not a country code{hint}; expected a two-letter country code such as US or DE "
            "(ISO 3166-1 alpha-2; EL for Greece and XK for Kosovo are accepted too)"
        )
    return value


CountryCode = Annotated[
    str,
    AfterValidator(assigned_country),
    Field(
        description="ISO 3166-1 alpha-2 country code, e.g. DE, FR, US (EL for Greece and XK for Kosovo are "
        "accepted too).",
        json_schema_extra={"enum": sorted(COUNTRY_CODES)},
    ),
]
Amount = Annotated[
    float, Field(gt=0, allow_inf_nan=False, description="A finite number greater than 0.", examples=[1500])
]
MonthYear = Annotated[
    str,
    Field(pattern=r"^(0[1-9]|1[0-2])/\d{4}$", description="A month written MM/YYYY.", examples=["06/2025"]),
]
EvidenceRefs = Annotated[
    list[str],
    Field(
        description="Ids of entries in the top-level `evidence` list that back this item.",
        examples=[["model-card"]],
    ),
]
# Audio comes in four words, because only speech is language (Guidelines section 2.1, para 17-21: a model
# generates language "via text or speech (as a type of audio)"; a music model generates speech only in the
# form of sung lyrics). "speech": spoken or sung words; "music": music without words; "sound": sound
# effects and other sound that is not speech; "audio": audio of a kind not stated, which leaves open
# whether the model generates language.
Modality = Literal[
    "text",
    "code",
    "speech",
    "music",
    "sound",
    "audio",
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
