"""Rulesets: versioned, dated collections of rules. Data only: no code and no ``eval``.

A rule states an obligation in our own words, cites its legal sources, says when it applies (a condition
over the classification facts and the declaration), and lists the evidence it requires as typed checks
over declaration paths. ``schemas/ruleset.schema.json`` is generated from these models.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from compliance_checker.models.isodate import parse_iso_date

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
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)


# --- conditions ---------------------------------------------------------------------------------------


class AllOf(Strict):
    all: list[Condition] = Field(min_length=1)


class AnyOf(Strict):
    any: list[Condition] = Field(min_length=1)


class NotCond(Strict):
    not_: Condition = Field(alias="not")
    model_config = ConfigDict(
        extra="forbid", strict=True, frozen=True, populate_by_name=True, defer_build=True
    )


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
    accept_none: bool = Field(
        False,
        description="Count an explicit N/A or 'none' as an answer, where the legal form allows one.",
    )


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


class SignificantFigures(CheckBase):
    """The number at the path is written with at least ``min`` significant figures."""

    check: Literal["significant_figures"]
    min: int = Field(ge=1)


class OrderOfMagnitude(CheckBase):
    """The number at the path is a power of ten; with ``of``, the order of magnitude of that number."""

    check: Literal["order_of_magnitude"]
    of: DeclPath | None = None


class InBin(CheckBase):
    """The bin label at the path is one whose range holds the number at ``of`` (bins of a ruleset)."""

    check: Literal["in_bin"]
    of: DeclPath
    bins: str = Field(
        pattern=r"^[a-z][a-z0-9-]*/[a-z_][a-z0-9_]*$",
        description="A bin list of a loaded ruleset, as `<ruleset id>/<name>`.",
    )


class EvidenceCheck(CheckBase):
    """Evidence ids resolve; files exist inside the declaration's folder; declared SHA-256 digests match."""

    check: Literal["evidence"]


class FileExists(CheckBase):
    check: Literal["file_exists"]


class Sha256Matches(CheckBase):
    check: Literal["sha256_matches"]


class AnyCheck(CheckBase):
    """Passes when at least one of its checks passes (alternative ways to meet one requirement)."""

    check: Literal["any"]
    of: list[Check] = Field(min_length=2)


Check = Annotated[
    Union[  # noqa: UP007
        AnyCheck,
        Present,
        IsTrue,
        Equals,
        OneOf,
        DateCheck,
        NumberCheck,
        Covers,
        SignificantFigures,
        OrderOfMagnitude,
        InBin,
        EvidenceCheck,
        FileExists,
        Sha256Matches,
    ],
    Field(discriminator="check"),
]


# --- rules and rulesets -------------------------------------------------------------------------------


class Source(Strict):
    document: Document
    ref: str = Field(
        min_length=1,
        description="Exact reference within the document: 'Art 53(1)(a)', 'Annex XI, Section 1, point 2(d)', "
        "'Transparency, Measure 1.2', 'Transparency, Model Documentation Form, item 13', 'section 5.3', "
        "'Template section 2.3'.",
    )

    def render(self) -> str:
        if self.document == "Code of Practice":
            return f"Code of Practice, {self.ref}"
        if self.document == "Training data summary template":
            return f"Training data summary template, {self.ref.removeprefix('Template ')}"
        return f"{self.document} {self.ref}"

    def key(self) -> tuple[str, str]:
        return (self.document, self.ref)


class Provision(Source):
    """One provision of a ruleset's sources that its rules must cover (for `rules coverage`)."""

    title: str = Field(min_length=1)
    optional: str | None = Field(
        None, description="Why no obligation follows from this provision (e.g. an optional template section)."
    )


class Bin(Strict):
    """A named range, inclusive at both ends (a value on a shared boundary fits either neighbour)."""

    label: str
    min: float | None = None
    max: float | None = None


Recipient = Literal["ai_office", "national_competent_authorities", "downstream_providers", "public"]


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
    recipients: list[Recipient] = Field(
        [], description="Who is owed the information (Model Documentation Form tick-boxes, publication)."
    )
    notes: str | None = None


class RulesetInfo(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: str = Field(min_length=1)
    date: RulesetDate
    title: str
    description: str | None = None
    sources: list[Source] = []
    provisions: list[Provision] = Field(
        [], description="Every provision the rules should cover; `rules coverage` maps them to rules."
    )


class Ruleset(Strict):
    ruleset: RulesetInfo
    sets: dict[str, list[str]] = {}
    bins: dict[str, list[Bin]] = {}
    rules: list[Rule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Ruleset:
        seen: set[str] = set()
        for rule in self.rules:
            for rid in (rule.id, *rule.aliases):
                if rid in seen:
                    raise ValueError(f"rule id {rid!r} is used more than once")
                seen.add(rid)
        for rule in self.rules:
            for check in _all_checks(rule.evidence):
                owner, _, name = check.bins.partition("/") if isinstance(check, InBin) else ("", "", "")
                if isinstance(check, InBin) and owner == self.ruleset.id and name not in self.bins:
                    known = ", ".join(sorted(self.bins)) or "none"
                    raise ValueError(f"rule {rule.id}: unknown bins {name!r} (defined here: {known})")
        return self


def _all_checks(checks: list[Any]) -> list[Any]:
    """Every check, including those nested in `any` checks."""
    found: list[Any] = []
    for check in checks:
        found.append(check)
        if isinstance(check, AnyCheck):
            found.extend(_all_checks(check.of))
    return found


def ruleset_json_schema() -> dict[str, Any]:
    schema = Ruleset.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "compliance-checker ruleset",
        **schema,
    }
