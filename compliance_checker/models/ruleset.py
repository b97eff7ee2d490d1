"""Rulesets: versioned, dated collections of rules. Data only: no code and no ``eval``.

A rule states an obligation in our own words, cites its legal sources, says when it applies (a condition
over the classification facts and the declaration), and lists the evidence it requires as typed checks
over declaration paths. Each kind of check is one operator module of ``engine/operators``, whose spec
class derives from :class:`Check`.

These classes are the one form of a ruleset: ``tools/record_schema.py`` generates
``schemas/ruleset.schema.json`` from them; ``loading.records`` reads a file that schema accepts into them
(located errors); the engine evaluates them; the shipped rulesets are compiled into them when the package
is built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, ClassVar, Literal, Union

from compliance_checker.models.record import Meta, Record

FactName = Literal[
    "gpai_provider",
    "is_gpai",
    "systemic_risk",
    "open_source_exempt",
    "open_source_claimed",
    "third_country_provider",
    "authorised_representative_required",
    "modifier_is_provider",
    "modification_only",
    "compute_plausible",
    "legacy_model",
    "notification_required",
    "placed_on_market",
    "designated_after_placement",
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
Recipient = Literal["ai_office", "national_competent_authorities", "downstream_providers", "public"]
RECIPIENT_WORDS: dict[str, str] = {
    "ai_office": "AI Office",
    "national_competent_authorities": "national competent authorities",
    "downstream_providers": "downstream providers",
    "public": "the public",
}
# The primary texts a rule can be checked against: the files of the project's folder of primary texts
# (reference/primary/, whose INDEX.md says where each was read), by file name.
PrimaryText = Literal[
    "ai-act-arts-51-56-101-111-113.txt",
    "ai-act-annex-XI.txt",
    "ai-act-annex-XII.txt",
    "ai-act-annex-XIII.txt",
    "guidelines-gpai-C2025-5045-excerpts.txt",
    "cop-final-2025-07-10-safety-and-security-excerpts.txt",
    "cop-third-draft-2025-03-full.txt",
    "model-documentation-form-recipients.md",
]
PRIMARY_TEXTS: dict[str, str] = {
    "ai-act-arts-51-56-101-111-113.txt": "AI Act (Regulation (EU) 2024/1689), Arts 51-56, 101, 111 and 113, "
    "OJ text",
    "ai-act-annex-XI.txt": "AI Act, Annex XI (technical documentation), OJ text",
    "ai-act-annex-XII.txt": "AI Act, Annex XII (information for downstream providers), OJ text",
    "ai-act-annex-XIII.txt": "AI Act, Annex XIII (designation criteria), OJ text",
    "guidelines-gpai-C2025-5045-excerpts.txt": "Commission Guidelines on the scope of the obligations "
    "for GPAI models, C(2025) 5045 final of 18 July 2025 (read in full; excerpts kept)",
    "cop-final-2025-07-10-safety-and-security-excerpts.txt": "Code of Practice, Safety and Security "
    "chapter, final of 10 July 2025 (read in full; the passages with numbers, time limits and exceptions "
    "kept verbatim)",
    "cop-third-draft-2025-03-full.txt": "Code of Practice, third draft of March 2025, whole text (its "
    "Model Documentation Form is published as page images of the same site)",
    "model-documentation-form-recipients.md": "Model Documentation Form of the final Code (10 July 2025): "
    "its 45 items, recipients and precision, from an automated parse of the official DOCX",
}
Scalar = Union[str, int, float, bool]  # noqa: UP007 - evaluated at run time on Python 3.10

DeclPath = Annotated[
    str,
    Meta(
        pattern=r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$",
        description="Dotted path into the declaration, e.g. model.placed_on_market; inside `each` and "
        "`some`, `item.` starts at the list entry.",
    ),
]
# A set, taxonomy group or bin list of a loaded ruleset: ``<ruleset id>/<name>``.
NAMED = r"^[a-z][a-z0-9-]*/[a-z_][a-z0-9_]*$"
Text = Annotated[str, Meta(minLength=1)]


# --- conditions ---------------------------------------------------------------------------------------


class AllOf(Record):
    """Holds when every one of its conditions holds."""

    all: Annotated[tuple[Condition, ...], Meta(minItems=1)]


class AnyOf(Record):
    """Holds when at least one of its conditions holds."""

    any: Annotated[tuple[Condition, ...], Meta(minItems=1)]


class NotCond(Record):
    """Holds when its condition does not (``not`` in a ruleset file)."""

    _aliases: ClassVar[dict[str, str]] = {"not_": "not"}
    not_: Condition


class PathCond(Record):
    """True when the declaration path is present (not a placeholder), equals a value, is one of some
    values, or is a member of a named set (``<ruleset id>/<set>``); exactly one test is given."""

    path: DeclPath
    present: bool | None = None
    equals: Scalar | None = None
    one_of: tuple[Scalar, ...] | None = None
    in_set: (
        Annotated[str, Meta(description="A set of a loaded ruleset, as `<ruleset id>/<name>`.")] | None
    ) = None

    def invalid(self) -> str | None:
        tests = [self.present, self.equals, self.one_of, self.in_set]
        if sum(test is not None for test in tests) != 1:
            return "a path condition needs exactly one of 'present', 'equals', 'one_of' or 'in_set'"
        return None


Condition = Union[FactName, AllOf, AnyOf, NotCond, PathCond]  # noqa: UP007 - recursive alias


def leaves(
    cond: Condition, where: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], str | PathCond, bool]]:
    """Each fact name and path condition in a condition, where it is written (``("all", 1)``), and whether
    it must hold for the condition to (False under an odd number of ``not``)."""
    stack: list[tuple[Condition, tuple[str | int, ...], bool]] = [(cond, where, True)]
    while stack:
        item, at, positive = stack.pop()
        if isinstance(item, AllOf | AnyOf):
            key, parts = ("all", item.all) if isinstance(item, AllOf) else ("any", item.any)
            stack.extend((part, (*at, key, i), positive) for i, part in reversed(list(enumerate(parts))))
        elif isinstance(item, NotCond):
            stack.append((item.not_, (*at, "not"), not positive))
        else:
            yield at, item, positive


# --- what checks share --------------------------------------------------------------------------------


class DateLiteral(Record):
    """A fixed date."""

    date: dt.date


class AsOf(Record):
    """The as-of date of the run."""

    as_of: Literal[True]


class LatestOf(Record):
    """The latest of some dates (those that are given)."""

    latest_of: Annotated[tuple[DateOperand, ...], Meta(minItems=1)]


class EarliestOf(Record):
    """The earliest of some dates (those that are given)."""

    earliest_of: Annotated[tuple[DateOperand, ...], Meta(minItems=1)]


DateOperand = Union[DeclPath, DateLiteral, AsOf, LatestOf, EarliestOf]  # noqa: UP007

# The longest offset in each unit: 1,000 years (of 365.2425 days). The longest time limit in the Code is
# 10 years; a longer offset is a mistake, and date arithmetic saturates at 9999-12-31 anyway.
_DAYS = 365_242


class Offset(Record):
    """A period added to the reference date; exactly one unit."""

    days: Annotated[int, Meta(minimum=-_DAYS, maximum=_DAYS)] | None = None
    weeks: Annotated[int, Meta(minimum=-(_DAYS // 7), maximum=_DAYS // 7)] | None = None
    months: Annotated[int, Meta(minimum=-12_000, maximum=12_000)] | None = None
    years: Annotated[int, Meta(minimum=-1_000, maximum=1_000)] | None = None
    business_days: Annotated[int, Meta(minimum=-(_DAYS * 5 // 7), maximum=_DAYS * 5 // 7)] | None = None

    def invalid(self) -> str | None:
        if sum(amount is not None for amount in self._values()) != 1:
            return "an offset takes exactly one of days, weeks, months, years, business_days"
        return None

    def unit(self) -> tuple[str, int]:
        """The offset's one unit and amount, e.g. ``("days", 2)``."""
        return next(
            (name, amount)
            for name, amount in zip(self._fields, self._values(), strict=True)
            if amount is not None
        )

    def words(self) -> str:
        """``2 weeks``, ``1 year``."""
        unit, amount = self.unit()
        words = unit.replace("_", " ")
        return f"{amount} {words.removesuffix('s') if abs(amount) == 1 else words}"


class Check(Record):
    """What every evidence check has: the path it reads, a label for messages, when it applies, and its
    kind (an operator of ``engine/operators``, whose spec class narrows ``check`` to its name)."""

    path: DeclPath
    label: Annotated[
        str, Meta(minLength=1, description="What this evidence item is, in words, for messages.")
    ]
    when: Annotated[Condition, Meta(description="Check only when this condition holds.")] | None = None
    check: str


# --- rules and rulesets -------------------------------------------------------------------------------


class Source(Record):
    """A legal source a rule cites: a document and the exact reference within it."""

    document: Document
    ref: Annotated[
        str,
        Meta(
            minLength=1,
            description="Exact reference within the document: 'Art 53(1)(a)', 'Annex XI, Section 1, point "
            "2(d)', 'Transparency, Measure 1.2', 'Transparency, Model Documentation Form, item 13', "
            "'section 5.3', 'Template section 2.3'.",
        ),
    ]

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

    title: Text
    optional: (
        Annotated[
            str,
            Meta(
                description="Why no obligation follows from this provision (e.g. an optional "
                "template section)."
            ),
        ]
        | None
    ) = None
    covered_by: (
        Annotated[
            str,
            Meta(
                pattern=r"^[a-z][a-z0-9-]*$",
                description="Another ruleset (by id) whose rules cover this provision, e.g. the "
                "systemic-risk taxonomy's risk-register rules for the Safety and Security chapter's "
                "Measure 2.2.",
            ),
        ]
        | None
    ) = None


class Bin(Record):
    """A named range, inclusive at both ends (a value on a shared boundary fits either neighbour)."""

    label: str
    min: float | None = None
    max: float | None = None


class CheckedAgainst(Record):
    """A passage of a primary text that the rule was read against."""

    document: Annotated[
        PrimaryText,
        Meta(description="The primary text, by its file name in the project's folder of primary texts."),
    ]
    passage: Annotated[str, Meta(minLength=1, description="Where in it, e.g. 'Art 55(1)(c)', 'Measure 9.4'.")]


class Rule(Record):
    """One obligation: its sources, when it applies, the evidence it requires and how to remedy a gap."""

    id: Annotated[str, Meta(pattern=r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")]
    aliases: Annotated[
        tuple[str, ...], Meta(description="Former ids of this rule; ids are never reused.")
    ] = ()
    title: Text
    obligation: Annotated[str, Meta(minLength=1, description="The obligation in our own words.")]
    sources: Annotated[tuple[Source, ...], Meta(minItems=1)]
    applies_when: Condition = "gpai_provider"
    not_applicable_reason: str | None = None
    severity: Severity
    since: Annotated[dt.date, Meta(description="Date from which the obligation applies.")]
    due: Annotated[
        Literal["placement", "since", "notification_deadline", "always"],
        Meta(
            description="When a gap becomes a finding: at Union market placement (never before `since`), "
            "from `since`, at the Art 52(1) notification deadline, or `always`: on every run, whatever the "
            "as-of date, the placement and the legacy grace (for the declaration's own integrity)."
        ),
    ] = "placement"
    legacy_grace: Annotated[
        bool,
        Meta(description="Models placed on the market before 2025-08-02 have until 2027-08-02 (Art 111(3))."),
    ] = True
    evidence: Annotated[tuple[Check, ...], Meta(minItems=1)]
    manual_review: (
        Annotated[
            str,
            Meta(
                description="What a person must still judge when every check passes; the outcome is then "
                "manual_review instead of evidenced."
            ),
        ]
        | None
    ) = None
    on_gap: Annotated[
        Literal["fail", "manual_review"],
        Meta(
            description="What a gap is: `fail` (missing or partial), or `manual_review` for a warning that a "
            "person should look at, which fails the run only under `--fail-on ...,manual_review`."
        ),
    ] = "fail"
    remediation: Text
    example: str | None = None
    verified: Annotated[bool, Meta(description="false when the rule rests on a secondary source.")] = True
    checked_against: Annotated[
        tuple[CheckedAgainst, ...],
        Meta(description="The passages of primary texts the rule was read against."),
    ] = ()
    unverified_reason: (
        Annotated[
            str,
            Meta(
                minLength=1,
                description="With verified: false, why: which part rests on a secondary source, and which "
                "text would settle it.",
            ),
        ]
        | None
    ) = None
    recipients: Annotated[
        tuple[Recipient, ...],
        Meta(description="Who is owed the information (Model Documentation Form tick-boxes, publication)."),
    ] = ()
    notes: str | None = None

    def invalid(self) -> str | None:
        if self.verified and self.unverified_reason is not None:
            return "unverified_reason is for rules with verified: false"
        return None


class RulesetInfo(Record):
    """A ruleset's identity (id, version, date) and the sources and provisions it covers."""

    id: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9-]*$")]
    version: Text
    date: dt.date
    title: str
    description: str | None = None
    sources: tuple[Source, ...] = ()
    provisions: Annotated[
        tuple[Provision, ...],
        Meta(description="Every provision the rules should cover; `rules coverage` maps them to rules."),
    ] = ()


class TaxonomyEntry(Record):
    """One entry of a classification the declaration refers to by id (e.g. a specified systemic risk)."""

    id: Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]*$")]
    title: Text
    ref: Annotated[
        str,
        Meta(
            minLength=1, description="Where the entry is defined, e.g. 'Safety and Security, Appendix 1.4'."
        ),
    ]
    description: str | None = None


class Ruleset(Record):
    """A ruleset file: its info, taxonomy groups, named sets and bins, and its rules."""

    ruleset: RulesetInfo
    taxonomy: Annotated[
        dict[str, tuple[TaxonomyEntry, ...]],
        Meta(
            description="Named groups of entries; each group is also a set of its ids, "
            "`<ruleset id>/<group>`."
        ),
    ] = {}
    sets: dict[str, tuple[str, ...]] = {}
    bins: dict[str, tuple[Bin, ...]] = {}
    rules: Annotated[tuple[Rule, ...], Meta(minItems=1)]
