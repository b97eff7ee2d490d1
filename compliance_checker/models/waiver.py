"""Waivers: an accepted, justified, expiring exception for one rule on some declarations.

A waived finding is never hidden: it stays in every report format and in the counts, with who accepted it,
why and until when. An expired waiver no longer applies and is itself reported; so is one that matches
nothing. ``schemas/waivers.schema.json`` is generated from these models.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from compliance_checker.models.common import Base, IsoDate

MAX_YEARS = 3  # a waiver is reviewed at least this often: it may not last longer

# Characters that show nothing: controls, format characters (zero-width space, joiners, direction marks),
# separators, combining marks on nothing, and the blank "fillers" of Hangul and Braille.
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Mn", "Me"}
_FILLERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800", "\u180e"}


def visible(text: str) -> str:
    """The characters of ``text`` that show something."""
    return "".join(
        ch
        for ch in text
        if not ch.isspace() and ch not in _FILLERS and unicodedata.category(ch) not in _INVISIBLE_CATEGORIES
    )


def latest_expiry(approved_on: dt.date) -> dt.date:
    """``MAX_YEARS`` after the approval (28 February for an approval on 29 February)."""
    year = approved_on.year + MAX_YEARS
    if year > dt.MAXYEAR:
        return dt.date.max
    leap_day = (approved_on.month, approved_on.day) == (2, 29)
    return dt.date(year, approved_on.month, 28 if leap_day else approved_on.day)


class Waiver(Base):
    rule: str = Field(pattern=r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", description="The rule id, e.g. TR-FORM-42.")
    declarations: list[str] = Field(
        min_length=1,
        description="Declaration paths or glob patterns (`*`, `**`, `?`), relative to the waivers file's "
        "folder or as given on the command line.",
    )
    justification: str = Field(
        min_length=1, description="Why the gap is accepted; placeholders and invisible text are refused."
    )
    approved_by: str = Field(min_length=1, description="Who accepted it (a person or a role).")
    approved_on: IsoDate = Field(
        description="When it was accepted; a waiver approved after the as-of date does not apply yet."
    )
    expires: IsoDate = Field(
        description=f"Last day the waiver applies (inclusive, UTC), at most {MAX_YEARS} years after "
        "approved_on."
    )

    @field_validator("rule", mode="before")
    @classmethod
    def _any_case(cls, value: object) -> object:
        # Rule ids are accepted in any case, as on the command line (aia-54 is AIA-54).
        return value.upper() if isinstance(value, str) else value

    @field_validator("justification", "approved_by")
    @classmethod
    def _shows_something(cls, value: str) -> str:
        if not visible(value):
            raise ValueError(
                "has no visible text (only spaces, zero-width or other invisible characters); write it out"
            )
        return value

    @model_validator(mode="after")
    def _dates_in_order(self) -> Waiver:
        if self.expires < self.approved_on:
            raise ValueError("'expires' is before 'approved_on'")
        if self.expires > latest_expiry(self.approved_on):
            raise ValueError(
                f"'expires' ({self.expires.isoformat()}) is more than {MAX_YEARS} years after 'approved_on' "
                f"({self.approved_on.isoformat()}); a waiver must be reviewed and renewed at least every "
                f"{MAX_YEARS} years"
            )
        return self


class WaiverFile(Base):
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        defer_build=True,
        title="compliance-checker waivers",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    format_version: Literal["1.0"]
    waivers: list[Waiver]
