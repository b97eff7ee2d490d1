"""Ruleset files: the pydantic models that validate a ruleset file, word its errors and generate
``schemas/ruleset.schema.json``, and the conversion of a validated file into the runtime objects of
``models.ruleset`` (plain dataclasses of the same names), which is all the engine ever sees.

Only the ruleset-file loader (on a cache miss, or for a custom ``--ruleset FILE``), the schema generator
and the tests import this module: a check that reads the shipped rulesets from the cache never imports
pydantic for them.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from compliance_checker.models import ruleset as runtime
from compliance_checker.models.isodate import parse_iso_date
from compliance_checker.models.ruleset import Document, FactName, PrimaryText, Recipient, Severity

RulesetDate = Annotated[dt.date, BeforeValidator(parse_iso_date)]
DeclPath = Annotated[
    str,
    Field(
        pattern=r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$",
        description="Dotted path into the declaration, e.g. model.placed_on_market.",
    ),
]


# A number in a check must be finite: NaN compares with nothing and an infinity has no decimal form.
Finite = Annotated[float, Field(allow_inf_nan=False)]

# The longest offset in each unit: 1,000 years (of 365.2425 days). The longest time limit in the Code
# is 10 years; a longer offset is a mistake, and date arithmetic saturates at 9999-12-31 anyway.
_MAX_OFFSET_DAYS = 365_242
OFFSET_LIMITS = {
    "days": _MAX_OFFSET_DAYS,
    "weeks": _MAX_OFFSET_DAYS // 7,
    "months": 12_000,
    "years": 1_000,
    "business_days": _MAX_OFFSET_DAYS * 5 // 7,
}


def _bounded(unit: str) -> Any:
    limit = OFFSET_LIMITS[unit]
    words = unit.replace("_", " ")
    return Field(None, ge=-limit, le=limit, description=f"At most {limit:,} {words} either way.")


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
    """True when the declaration path is present (not a placeholder), equals a value, is one of some
    values, or is a member of a named set (``<ruleset id>/<set>``)."""

    path: DeclPath
    present: bool | None = None
    equals: str | int | float | bool | None = None
    one_of: list[str | int | float | bool] | None = None
    in_set: str | None = Field(None, description="A set of a loaded ruleset, as `<ruleset id>/<name>`.")

    @model_validator(mode="after")
    def _one_test(self) -> PathCond:
        tests = self.model_fields_set & {"present", "equals", "one_of", "in_set"}
        if len(tests) != 1 or (self.present is None and "present" in tests):
            raise ValueError(
                "a path condition needs exactly one of 'present', 'equals', 'one_of' or 'in_set'"
            )
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

    days: int | None = _bounded("days")
    weeks: int | None = _bounded("weeks")
    months: int | None = _bounded("months")
    years: int | None = _bounded("years")
    business_days: int | None = _bounded("business_days")

    @model_validator(mode="after")
    def _one_unit(self) -> Offset:
        if len(self.model_fields_set) != 1:
            raise ValueError("an offset takes exactly one of days, weeks, months, years, business_days")
        return self


class CheckBase(Strict):
    path: DeclPath
    label: str = Field(min_length=1, description="What this evidence item is, in words, for messages.")
    when: Condition | None = Field(None, description="Check only when this condition holds.")


class WordCount(Strict):
    """The length a form recommends for a free-text answer (an answer under a quarter of it is thin)."""

    recommended: int = Field(ge=1, description="The recommended number of words, as the form states it.")
    up_to: bool = Field(False, description="The form recommends at most this many words ('up to').")


class Present(CheckBase):
    """The path holds an answer: not given (absent, null, blank) fails; a placeholder, an answer far
    shorter than ``words`` or the same text as another answer of its section is partial. ``also`` lists
    alternative paths (any one); ``accept_none`` counts an explicit N/A, 'none' or empty list."""

    check: Literal["present"]
    also: list[DeclPath] = []
    accept_none: bool = Field(
        False,
        description="Count an explicit N/A, 'none' or empty list as an answer, where the legal form allows "
        "one.",
    )
    words: WordCount | None = Field(
        None,
        description="The length the source form recommends for this free-text answer; an answer with fewer "
        "than a quarter of these words is partial. Only where the source states a length.",
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
    open_until_due: bool = Field(
        False,
        description="An absent date passes while its limit (reference + offset) has not passed at the as-of "
        "date: a deadline that is still running.",
    )

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
    value: Finite | int | None = None
    other: DeclPath | None = None
    factor: Finite | int = 1

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


_REFERENCE_SET = Field(
    pattern=r"^[a-z][a-z0-9-]*/[a-z_][a-z0-9_]*$",
    description="A set of a loaded ruleset, as `<ruleset id>/<name>`, listing the declaration's evidence "
    "reference fields as dotted paths (lists are crossed: `a.items.evidence`).",
)


class EvidenceReferences(CheckBase):
    """Every evidence reference in the declaration (the fields listed in the named ``set``, lists crossed)
    names an entry of the evidence list; each dangling one is its own item, at the reference."""

    check: Literal["evidence_references"]
    set: str = _REFERENCE_SET


class EvidenceFiles(CheckBase):
    """Every evidence entry with a ``path`` is a readable regular file inside the evidence root; each
    problem is its own item, at the entry's path."""

    check: Literal["evidence_files"]


class EvidenceHashes(CheckBase):
    """Every declared ``sha256`` matches its file; each mismatch is its own item, at the digest."""

    check: Literal["evidence_hashes"]


class EvidenceUnused(CheckBase):
    """Every evidence entry is named by at least one reference (the fields of the named ``set``); each
    unreferenced entry is its own item, at its id."""

    check: Literal["evidence_unused"]
    set: str = _REFERENCE_SET


class AnyCheck(CheckBase):
    """Passes when at least one of its checks passes (alternative ways to meet one requirement)."""

    check: Literal["any"]
    of: list[Check] = Field(min_length=2)


class AllCheck(CheckBase):
    """Passes when every one of its checks passes (one requirement with several parts, e.g. inside `any`)."""

    check: Literal["all"]
    of: list[Check] = Field(min_length=2)


class EachCheck(CheckBase):
    """Every entry of the list at ``path`` (that matches ``where``) meets ``checks``; inside, the entry is
    ``item`` (``item.initial_report``). Each entry's result is its own evidence item, located at the entry.
    An explicit empty list declares none; a list that is not given reads as none too, unless ``absent`` is
    ``not_given`` (a record the provider must keep)."""

    check: Literal["each"]
    checks: list[Check] = Field(min_length=1)
    where: Condition | None = Field(None, description="Only entries for which this holds are checked.")
    min_items: int = Field(0, ge=0, description="Fewest entries (matching `where`) the list must have.")
    absent: Literal["none", "not_given"] = Field(
        "none",
        description="What a list that is not given means: `none` (entries are written only when something "
        "happened, so nothing to check) or `not_given` (a record the provider must keep: an absent list "
        "fails, and only an explicit `[]` declares that there is nothing in it).",
    )


class SomeCheck(CheckBase):
    """At least ``min`` entries of the list at ``path`` satisfy ``where`` (over ``item``)."""

    check: Literal["some"]
    where: Condition
    min: int = Field(1, ge=1)


class CadenceCheck(CheckBase):
    """Something recurs at least every ``every``: from ``start`` through the dates at ``path`` (or each
    entry's ``key``) to ``until`` (default the as-of date), no gap is longer than ``every``."""

    check: Literal["cadence"]
    key: str | None = Field(None, description="Read this field of each list entry instead of the entry.")
    start: DateOperand
    until: DateOperand | None = None
    every: Offset


Check = Annotated[
    Union[  # noqa: UP007
        AnyCheck,
        AllCheck,
        EachCheck,
        SomeCheck,
        CadenceCheck,
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
        EvidenceReferences,
        EvidenceFiles,
        EvidenceHashes,
        EvidenceUnused,
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


class CheckedAgainst(Strict):
    """A passage of a primary text that the rule was read against."""

    document: PrimaryText = Field(
        description="The primary text, by its file name in the project's folder of primary texts."
    )
    passage: str = Field(
        min_length=1, description="Where in it, e.g. 'Art 55(1)(c)', 'Measure 9.4', 'section 5.3'."
    )


class Provision(Source):
    """One provision of a ruleset's sources that its rules must cover (for `rules coverage`)."""

    title: str = Field(min_length=1)
    optional: str | None = Field(
        None, description="Why no obligation follows from this provision (e.g. an optional template section)."
    )
    covered_by: str | None = Field(
        None,
        pattern=r"^[a-z][a-z0-9-]*$",
        description="Another ruleset (by id) whose rules cover this provision, e.g. the systemic-risk "
        "taxonomy's risk-register rules for the Safety and Security chapter's Measure 2.2.",
    )


class Bin(Strict):
    """A named range, inclusive at both ends (a value on a shared boundary fits either neighbour)."""

    label: str
    min: Finite | None = None
    max: Finite | None = None


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
    due: Literal["placement", "since", "notification_deadline", "always"] = Field(
        "placement",
        description="When a gap becomes a finding: at Union market placement (never before `since`), "
        "from `since`, at the Art 52(1) notification deadline, or `always`: on every run, whatever the "
        "as-of date, the placement and the legacy grace (for the declaration's own integrity).",
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
    on_gap: Literal["fail", "manual_review"] = Field(
        "fail",
        description="What a gap is: `fail` (missing or partial), or `manual_review` for a warning that a "
        "person should look at, which fails the run only under `--fail-on ...,manual_review`.",
    )
    remediation: str = Field(min_length=1)
    example: str | None = None
    verified: bool = Field(True, description="false when the rule rests on a secondary source.")
    checked_against: list[CheckedAgainst] = Field(
        [], description="The passages of primary texts the rule was read against."
    )
    unverified_reason: str | None = Field(
        None,
        min_length=1,
        description="With verified: false, why: which part rests on a secondary source, and which text "
        "would settle it.",
    )
    recipients: list[Recipient] = Field(
        [], description="Who is owed the information (Model Documentation Form tick-boxes, publication)."
    )
    notes: str | None = None

    @model_validator(mode="after")
    def _reason_only_when_unverified(self) -> Rule:
        if self.verified and self.unverified_reason is not None:
            raise ValueError("unverified_reason is for rules with verified: false")
        return self


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


class TaxonomyEntry(Strict):
    """One entry of a classification the declaration refers to by id (e.g. a specified systemic risk)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str = Field(min_length=1)
    ref: str = Field(
        min_length=1, description="Where the entry is defined, e.g. 'Safety and Security, Appendix 1.4'."
    )
    description: str | None = None


class Ruleset(Strict):
    ruleset: RulesetInfo
    taxonomy: dict[str, list[TaxonomyEntry]] = Field(
        {},
        description="Named groups of entries; each group is also a set of its ids, `<ruleset id>/<group>`.",
    )
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
        clash = sorted(set(self.taxonomy) & set(self.sets))
        if clash:
            raise ValueError(f"names used both as a taxonomy group and a set: {', '.join(clash)}")
        for group, entries in self.taxonomy.items():
            ids = [e.id for e in entries]
            if len(ids) != len(set(ids)):
                raise ValueError(f"taxonomy group {group!r} lists an id more than once")
        for rule in self.rules:
            for check in _all_checks(rule.evidence):
                owner, _, name = check.bins.partition("/") if isinstance(check, InBin) else ("", "", "")
                if isinstance(check, InBin) and owner == self.ruleset.id and name not in self.bins:
                    known = ", ".join(sorted(self.bins)) or "none"
                    raise ValueError(f"rule {rule.id}: unknown bins {name!r} (defined here: {known})")
                if isinstance(check, EvidenceReferences | EvidenceUnused):
                    owner, _, name = check.set.partition("/")
                    if owner == self.ruleset.id and name not in self.sets:
                        known = ", ".join(sorted(self.sets)) or "none"
                        raise ValueError(f"rule {rule.id}: unknown set {name!r} (defined here: {known})")
        return self


def _all_checks(checks: list[Any]) -> list[Any]:
    """Every check, including those nested in `any` checks."""
    found: list[Any] = []
    for check in checks:
        found.append(check)
        if isinstance(check, AnyCheck | AllCheck):
            found.extend(_all_checks(check.of))
        elif isinstance(check, EachCheck):
            found.extend(_all_checks(check.checks))
    return found


def ruleset_json_schema() -> dict[str, Any]:
    schema = Ruleset.model_json_schema(by_alias=True)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "compliance-checker ruleset",
        **schema,
    }


def to_runtime(model: Ruleset) -> runtime.Ruleset:
    """A validated ruleset as the engine's frozen dataclasses (``models.ruleset``)."""
    converted = convert(model)
    assert isinstance(converted, runtime.Ruleset)
    return converted


def convert(value: Any) -> Any:
    """Any validated value (a ruleset, a rule, a check, a condition) as its runtime object: each model
    becomes the runtime class of the same name with the same attributes; lists become tuples; scalars,
    dates and mappings' keys stay as they are."""
    if isinstance(value, BaseModel):
        cls = getattr(runtime, type(value).__name__)
        return cls(**{name: convert(getattr(value, name)) for name in type(value).model_fields})
    if isinstance(value, list):
        return tuple(convert(item) for item in value)
    if isinstance(value, dict):
        return {key: convert(item) for key, item in value.items()}
    return value
