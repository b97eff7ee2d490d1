"""Waivers: an accepted, justified, expiring exception for one rule on some declarations.

A waived finding is never hidden: it stays in every report format and in the counts, with who accepted it,
why and until when. An expired waiver no longer applies and is itself reported; so is one that matches
nothing. ``schemas/waivers.schema.json`` is generated from these models.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field, model_validator

from compliance_checker.models.common import Base, IsoDate


class Waiver(Base):
    rule: str = Field(pattern=r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", description="The rule id, e.g. TR-FORM-42.")
    declarations: list[str] = Field(
        min_length=1,
        description="Declaration paths or glob patterns (`*`, `**`, `?`), relative to the waivers file's "
        "folder or as given on the command line.",
    )
    justification: str = Field(min_length=1, description="Why the gap is accepted; placeholders are refused.")
    approved_by: str = Field(min_length=1, description="Who accepted it (a person or a role).")
    approved_on: IsoDate
    expires: IsoDate = Field(description="Last day the waiver applies (inclusive, UTC).")

    @model_validator(mode="after")
    def _dates_in_order(self) -> Waiver:
        if self.expires < self.approved_on:
            raise ValueError("'expires' is before 'approved_on'")
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
