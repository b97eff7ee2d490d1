"""Rulesets: versioned, dated collections of rules. Data only: no code and no ``eval``.

A rule states an obligation in our own words, cites its legal sources, says when it applies (a condition
over the classification facts and the declaration), and lists the evidence it requires as typed checks
over declaration paths. ``schemas/ruleset.schema.json`` is generated from these models.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from compliance_checker.models.declaration import parse_iso_date

RulesetDate = Annotated[dt.date, BeforeValidator(parse_iso_date)]
DeclPath = Annotated[
    str,
    Field(
        pattern=r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$",
        description="Dotted path into the declaration, e.g. model.placed_on_market.",
    ),
]

FactName = Literal[
    "gpai_provider",
    "is_gpai",
    "systemic_risk",
    "open_source_exempt",
    "open_source_claimed",
    "third_country_provider",
    "authorised_representative_required",
    "modifier_is_provider",
    "legacy_model",
    "notification_required",
    "placed_on_market",
    "sme_or_smc",
    "fines_apply",
    "signatory_transparency",
    "signatory_copyright",
    "signatory_safety_and_security",
]
FACT_NAMES: tuple[str, ...] = FactName.__args__  # type: ignore[attr-defined]

Severity = Literal["info", "low", "medium", "high", "critical"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
Document = Literal["AI Act", "Code of Practice", "Guidelines", "Training data summary template"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- conditions ---------------------------------------------------------------------------------------


class AllOf(Strict):
    all: list[Condition] = Field(min_length=1)


class AnyOf(Strict):
    any: list[Condition] = Field(min_length=1)


class NotCond(Strict):
    not_: Condition = Field(alias="not")
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)


class PathCond(Strict):
    """True when the declaration path is present (not a placeholder) or equals a value."""

    path: DeclPath
    present: bool | None = None
    equals: str | int | float | bool | None = None

    @model_validator(mode="after")
    def _one_test(self) -> PathCond:
        if (self.present is None) == ("equals" not in self.model_fields_set):
            raise ValueError("a path condition needs exactly one of 'present' or 'equals'")
        return self


Condition = Union[FactName, AllOf, AnyOf, NotCond, PathCond]  # noqa: UP007 - recursive alias


# --- checks -------------------------------------------------------------------------------------------


class DateLiteral(Strict):
    date: RulesetDate


class AsOf(Strict):
    as_of: Literal[True]


class LatestOf(Strict):
    latest_of: list[DateOperand] = Field(min_length=1)


class EarliestOf(Strict):
    earliest_of: list[DateOperand] = Field(min_length=1)


DateOperand = Union[DeclPath, DateLiteral, AsOf, LatestOf, EarliestOf]  # noqa: UP007


class Offset(Strict):
    """A period added to the reference date; exactly one unit."""

    days: int | None = None
    weeks: int | None = None
    months: int | None = None
    years: int | None = None
    business_days: int | None = None

    @model_validator(mode="after")
    def _one_unit(self) -> Offset:
        if len(self.model_fields_set) != 1:
            raise ValueError("an offset takes exactly one of days, weeks, months, years, business_days")
        return self


class CheckBase(Strict):
    path: DeclPath
    label: str = Field(min_length=1, description="What this evidence item is, in words, for messages.")
    when: Condition | None = Field(None, description="Check only when this condition holds.")


class Present(CheckBase):
    """The path holds a value that is not a placeholder; ``also`` lists alternative paths (any one)."""

    check: Literal["present"]
    also: list[DeclPath] = []


class IsTrue(CheckBase):
    check: Literal["is_true"]


class Equals(CheckBase):
    check: Literal["equals"]
    value: str | int | float | bool


class OneOf(CheckBase):
    check: Literal["one_of"]
    values: list[str | int | float | bool] | None = None
    set: str | None = Field(None, description="Name of a set defined in a loaded ruleset's `sets`.")


class DateCheck(CheckBase):
    check: Literal["date"]
    before: DateOperand | None = None
    on_or_before: DateOperand | None = None
    after: DateOperand | None = None
    on_or_after: DateOperand | None = None
    offset: Offset | None = None

    @model_validator(mode="after")
    def _one_comparison(self) -> DateCheck:
        given = [
            n for n in ("before", "on_or_before", "after", "on_or_after") if getattr(self, n) is not None
        ]
        if len(given) != 1:
            raise ValueError("a date check takes exactly one of before, on_or_before, after, on_or_after")
        return self


class NumberCheck(CheckBase):
    check: Literal["number"]
    op: Literal["gt", "ge", "lt", "le", "eq"]
    value: float | int | None = None
    other: DeclPath | None = None
    factor: float | int = 1

    @model_validator(mode="after")
    def _one_operand(self) -> NumberCheck:
        if (self.value is None) == (self.other is None):
            raise ValueError("a number check takes exactly one of 'value' or 'other'")
        return self


class Covers(CheckBase):
    check: Literal["covers"]
    key: str | None = Field(None, description="Compare this field of each list item instead of the item.")
    values: list[str] | None = None
    set: str | None = None


class EvidenceCheck(CheckBase):
    """Evidence ids resolve; files exist inside the declaration's folder; declared SHA-256 digests match."""

    check: Literal["evidence"]


class FileExists(CheckBase):
    check: Literal["file_exists"]


class Sha256Matches(CheckBase):
    check: Literal["sha256_matches"]


Check = Annotated[
    Union[  # noqa: UP007
        Present,
        IsTrue,
        Equals,
        OneOf,
        DateCheck,
        NumberCheck,
        Covers,
        EvidenceCheck,
        FileExists,
        Sha256Matches,
    ],
    Field(discriminator="check"),
]


# --- rules and rulesets -------------------------------------------------------------------------------


class Source(Strict):
    document: Document
    chapter: str | None = Field(None, description="Code of Practice chapter, e.g. Safety and Security.")
    ref: str = Field(min_length=1, description="Exact reference, e.g. Art 53(1)(a) or Measure 9.3.")

    def render(self) -> str:
        if self.chapter:
            return f"{self.document}, {self.chapter}, {self.ref}"
        return f"{self.document} {self.ref}"


class Rule(Strict):
    id: str = Field(pattern=r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")
    aliases: list[str] = Field([], description="Former ids of this rule; ids are never reused.")
    title: str = Field(min_length=1)
    obligation: str = Field(min_length=1, description="The obligation in our own words.")
    sources: list[Source] = Field(min_length=1)
    applies_when: Condition = "gpai_provider"
    not_applicable_reason: str | None = None
    severity: Severity
    since: RulesetDate = Field(description="Date from which the obligation applies.")
    due: Literal["placement", "since", "notification_deadline"] = Field(
        "placement",
        description="When a gap becomes a finding: at Union market placement (never before `since`), "
        "from `since`, or at the Art 52(1) notification deadline.",
    )
    legacy_grace: bool = Field(
        True,
        description="Models placed on the market before 2025-08-02 have until 2027-08-02 (Art 111(3)).",
    )
    evidence: list[Check] = Field(min_length=1)
    manual_review: str | None = Field(
        None,
        description="What a person must still judge when every check passes; the outcome is then "
        "manual_review instead of evidenced.",
    )
    remediation: str = Field(min_length=1)
    example: str | None = None
    verified: bool = Field(True, description="false when the rule rests on a secondary source.")
    notes: str | None = None


class RulesetInfo(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: str = Field(min_length=1)
    date: RulesetDate
    title: str
    description: str | None = None
    sources: list[Source] = []


class Ruleset(Strict):
    ruleset: RulesetInfo
    sets: dict[str, list[str]] = {}
    rules: list[Rule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Ruleset:
        seen: set[str] = set()
        for rule in self.rules:
            for rid in (rule.id, *rule.aliases):
                if rid in seen:
                    raise ValueError(f"rule id {rid!r} is used more than once")
                seen.add(rid)
        return self


def _rebuild() -> None:
    for model in (AllOf, AnyOf, NotCond, LatestOf, EarliestOf, CheckBase, Rule, Ruleset):
        model.model_rebuild()


_rebuild()


def ruleset_json_schema() -> dict[str, Any]:
    schema = Ruleset.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "compliance-checker ruleset",
        **schema,
    }
