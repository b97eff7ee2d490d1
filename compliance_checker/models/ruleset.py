"""Rulesets as the engine uses them: versioned, dated collections of rules. Data only: no code and no
``eval``.

A rule states an obligation in our own words, cites its legal sources, says when it applies (a condition
over the classification facts and the declaration), and lists the evidence it requires as typed checks
over declaration paths.

These are plain frozen dataclasses, not pydantic models: a check reads the shipped rulesets from a
per-user cache (``loading.cache``), and unpickling them must not import pydantic or build its model
classes, which cost more than the rest of a check's start-up. A ruleset file is validated by the pydantic
models of ``models.ruleset_file`` (which ``schemas/ruleset.schema.json`` is generated from) and converted
into these classes, with the same class and attribute names; lists become tuples.

The dataclasses generate no methods of their own (``init=False, repr=False, eq=False``): ``Frozen``
supplies one keyword-only ``__init__``, value equality and hashing, ``repr``, immutability and a compact
pickle form for all of them. Generating and compiling those methods for each of ~35 classes took longer
(about 10 ms) than importing pydantic had saved, on every start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Literal, Union

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
Scalar = str | int | float | bool

# Attribute names that a ruleset file spells differently (a Python keyword).
ALIASES: dict[str, str] = {"not_": "not"}


class Frozen:
    """The base of the rule classes: frozen, keyword-only, compared and hashed by value, field by field
    (the dataclass fields, in order)."""

    __slots__ = ()
    __dataclass_fields__: Any

    def __init__(self, **values: Any) -> None:
        for name, spec in self.__dataclass_fields__.items():
            if name in values:
                value = values.pop(name)
            elif spec.default is not MISSING:
                value = spec.default
            elif spec.default_factory is not MISSING:
                value = spec.default_factory()
            else:
                raise TypeError(f"{type(self).__name__}() needs the keyword argument {name!r}")
            object.__setattr__(self, name, value)
        if values:
            raise TypeError(
                f"{type(self).__name__}() got an unexpected keyword argument {next(iter(values))!r}"
            )

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a frozen {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a frozen {type(self).__name__}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__dataclass_fields__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Frozen)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={value!r}" for name, value in zip(self.__dataclass_fields__, self._values(), strict=True)
        )
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self._values()))


def _restore(cls: type[Frozen], values: tuple[Any, ...]) -> Frozen:
    """Unpickling: the fields' values in order, set without calling ``__init__``."""
    record = object.__new__(cls)
    for name, value in zip(cls.__dataclass_fields__, values, strict=True):
        object.__setattr__(record, name, value)
    return record


# --- conditions ---------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class AllOf(Frozen):
    """Holds when every one of its conditions holds."""

    all: tuple[Condition, ...]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class AnyOf(Frozen):
    """Holds when at least one of its conditions holds."""

    any: tuple[Condition, ...]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class NotCond(Frozen):
    """Holds when its condition does not (``not`` in a ruleset file)."""

    not_: Condition


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class PathCond(Frozen):
    """True when the declaration path is present (not a placeholder), equals a value, is one of some
    values, or is a member of a named set (``<ruleset id>/<set>``); exactly one test is given."""

    path: str
    present: bool | None = None
    equals: Scalar | None = None
    one_of: tuple[Scalar, ...] | None = None
    in_set: str | None = None


Condition = Union[FactName, AllOf, AnyOf, NotCond, PathCond]  # noqa: UP007 - recursive alias


# --- checks -------------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DateLiteral(Frozen):
    """A fixed date."""

    date: dt.date


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class AsOf(Frozen):
    """The as-of date of the run."""

    as_of: Literal[True]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class LatestOf(Frozen):
    """The latest of some dates (those that are given)."""

    latest_of: tuple[DateOperand, ...]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class EarliestOf(Frozen):
    """The earliest of some dates (those that are given)."""

    earliest_of: tuple[DateOperand, ...]


DateOperand = Union[str, DateLiteral, AsOf, LatestOf, EarliestOf]  # noqa: UP007


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Offset(Frozen):
    """A period added to the reference date; exactly one unit."""

    days: int | None = None
    weeks: int | None = None
    months: int | None = None
    years: int | None = None
    business_days: int | None = None

    def unit(self) -> tuple[str, int]:
        """The offset's one unit and amount, e.g. ``("days", 2)``."""
        return next(
            (name, amount)
            for name in ("days", "weeks", "months", "years", "business_days")
            if (amount := getattr(self, name)) is not None
        )


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CheckBase(Frozen):
    """What every evidence check has: the path it reads, a label for messages, and when it applies."""

    path: str
    label: str
    when: Condition | None = None


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class WordCount(Frozen):
    """The length a form recommends for a free-text answer: about ``recommended`` words, or with
    ``up_to`` at most that many. An answer under a quarter of it is thin (engine/checks.py)."""

    recommended: int
    up_to: bool = False


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Present(CheckBase):
    """The path holds an answer: not given (absent, null, blank) fails; a placeholder, an answer far
    shorter than ``words`` or the same text as another answer of its section is partial. ``also`` lists
    alternative paths (any one); ``accept_none`` counts an explicit N/A, 'none' or empty list."""

    check: Literal["present"]
    also: tuple[str, ...] = ()
    accept_none: bool = False
    words: WordCount | None = None


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class IsTrue(CheckBase):
    """The value at the path is true."""

    check: Literal["is_true"]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Equals(CheckBase):
    """The value at the path equals ``value`` (and has its type)."""

    check: Literal["equals"]
    value: Scalar


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class OneOf(CheckBase):
    """The value at the path is one of ``values``, or a member of the named ``set``."""

    check: Literal["one_of"]
    values: tuple[Scalar, ...] | None = None
    set: str | None = None


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class DateCheck(CheckBase):
    """The date at the path is before / on or before / after / on or after a date operand, plus an
    optional offset."""

    check: Literal["date"]
    before: DateOperand | None = None
    on_or_before: DateOperand | None = None
    after: DateOperand | None = None
    on_or_after: DateOperand | None = None
    offset: Offset | None = None
    open_until_due: bool = False


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class NumberCheck(CheckBase):
    """The number at the path compares (``op``) with ``value``, or with ``factor`` times the number at
    ``other``."""

    check: Literal["number"]
    op: Literal["gt", "ge", "lt", "le", "eq"]
    value: float | int | None = None
    other: str | None = None
    factor: float | int = 1


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Covers(CheckBase):
    """The list at the path includes every one of ``values`` (or of the named ``set``)."""

    check: Literal["covers"]
    key: str | None = None
    values: tuple[str, ...] | None = None
    set: str | None = None


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class SignificantFigures(CheckBase):
    """The number at the path is written with at least ``min`` significant figures."""

    check: Literal["significant_figures"]
    min: int


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class OrderOfMagnitude(CheckBase):
    """The number at the path is a power of ten; with ``of``, the order of magnitude of that number."""

    check: Literal["order_of_magnitude"]
    of: str | None = None


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class InBin(CheckBase):
    """The bin label at the path is one whose range holds the number at ``of`` (bins of a ruleset)."""

    check: Literal["in_bin"]
    of: str
    bins: str


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class EvidenceCheck(CheckBase):
    """Evidence ids resolve; files exist inside the declaration's folder; declared SHA-256 digests match."""

    check: Literal["evidence"]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class FileExists(CheckBase):
    """The evidence named at the path is a file that exists inside the declaration's folder."""

    check: Literal["file_exists"]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Sha256Matches(CheckBase):
    """The evidence files named at the path have the SHA-256 digests that the declaration states."""

    check: Literal["sha256_matches"]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class EvidenceReferences(CheckBase):
    """Every evidence reference in the declaration (the fields listed in the named ``set``, lists crossed)
    names an entry of the evidence list; each dangling one is its own item, at the reference."""

    check: Literal["evidence_references"]
    set: str


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class EvidenceFiles(CheckBase):
    """Every evidence entry with a ``path`` is a readable regular file inside the evidence root; each
    problem is its own item, at the entry's path."""

    check: Literal["evidence_files"]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class EvidenceHashes(CheckBase):
    """Every declared ``sha256`` matches its file; each mismatch is its own item, at the digest."""

    check: Literal["evidence_hashes"]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class EvidenceUnused(CheckBase):
    """Every evidence entry is named by at least one reference (the fields of the named ``set``); each
    unreferenced entry is its own item, at its id."""

    check: Literal["evidence_unused"]
    set: str


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class AnyCheck(CheckBase):
    """Passes when at least one of its checks passes (alternative ways to meet one requirement)."""

    check: Literal["any"]
    of: tuple[Check, ...]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class AllCheck(CheckBase):
    """Passes when every one of its checks passes (one requirement with several parts, e.g. inside `any`)."""

    check: Literal["all"]
    of: tuple[Check, ...]


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class EachCheck(CheckBase):
    """Every entry of the list at ``path`` (that matches ``where``) meets ``checks``; inside, the entry is
    ``item`` (``item.initial_report``). Each entry's result is its own evidence item, located at the entry.
    An explicit empty list declares none; a list that is not given reads as none too (nothing happened
    that needs an entry), unless ``absent`` is ``not_given``: a record the provider must keep, where only
    ``[]`` says that there is nothing in it."""

    check: Literal["each"]
    checks: tuple[Check, ...]
    where: Condition | None = None
    min_items: int = 0
    absent: Literal["none", "not_given"] = "none"


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class SomeCheck(CheckBase):
    """At least ``min`` entries of the list at ``path`` satisfy ``where`` (over ``item``)."""

    check: Literal["some"]
    where: Condition
    min: int = 1


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CadenceCheck(CheckBase):
    """Something recurs at least every ``every``: from ``start`` through the dates at ``path`` (or each
    entry's ``key``) to ``until`` (default the as-of date), no gap is longer than ``every``."""

    check: Literal["cadence"]
    key: str | None = None
    start: DateOperand
    until: DateOperand | None = None
    every: Offset


Check = Union[  # noqa: UP007
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
]


# --- rules and rulesets -------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Source(Frozen):
    """A legal source a rule cites: a document and the exact reference within it."""

    document: Document
    ref: str

    def render(self) -> str:
        if self.document == "Code of Practice":
            return f"Code of Practice, {self.ref}"
        if self.document == "Training data summary template":
            return f"Training data summary template, {self.ref.removeprefix('Template ')}"
        return f"{self.document} {self.ref}"

    def key(self) -> tuple[str, str]:
        return (self.document, self.ref)


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Provision(Source):
    """One provision of a ruleset's sources that its rules must cover (for `rules coverage`)."""

    title: str
    optional: str | None = None
    covered_by: str | None = None


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Bin(Frozen):
    """A named range, inclusive at both ends (a value on a shared boundary fits either neighbour)."""

    label: str
    min: float | None = None
    max: float | None = None


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class CheckedAgainst(Frozen):
    """A passage of a primary text that a rule was read against (``document`` names the file)."""

    document: PrimaryText
    passage: str


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Rule(Frozen):
    """One obligation: its sources, when it applies, the evidence it requires and how to remedy a gap."""

    id: str
    aliases: tuple[str, ...] = ()
    title: str
    obligation: str
    sources: tuple[Source, ...]
    applies_when: Condition = "gpai_provider"
    not_applicable_reason: str | None = None
    severity: Severity
    since: dt.date
    due: Literal["placement", "since", "notification_deadline", "always"] = "placement"
    legacy_grace: bool = True
    evidence: tuple[Check, ...]
    manual_review: str | None = None
    on_gap: Literal["fail", "manual_review"] = "fail"
    remediation: str
    example: str | None = None
    verified: bool = True
    checked_against: tuple[CheckedAgainst, ...] = ()
    unverified_reason: str | None = None
    recipients: tuple[Recipient, ...] = ()
    notes: str | None = None


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class RulesetInfo(Frozen):
    """A ruleset's identity (id, version, date) and the sources and provisions it covers."""

    id: str
    version: str
    date: dt.date
    title: str
    description: str | None = None
    sources: tuple[Source, ...] = ()
    provisions: tuple[Provision, ...] = ()


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class TaxonomyEntry(Frozen):
    """One entry of a classification the declaration refers to by id (e.g. a specified systemic risk)."""

    id: str
    title: str
    ref: str
    description: str | None = None


@dataclass(slots=True, kw_only=True, init=False, repr=False, eq=False)
class Ruleset(Frozen):
    """A ruleset file: its info, taxonomy groups, named sets and bins, and its rules."""

    ruleset: RulesetInfo
    taxonomy: dict[str, tuple[TaxonomyEntry, ...]] = field(default_factory=dict)
    sets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    bins: dict[str, tuple[Bin, ...]] = field(default_factory=dict)
    rules: tuple[Rule, ...]


def nested_checks(checks: tuple[Check, ...] | list[Check]) -> list[Check]:
    """Every check of a rule's evidence, including those inside `any`, `all` and `each`."""
    found: list[Check] = []
    for check in checks:
        found.append(check)
        if isinstance(check, AnyCheck | AllCheck):
            found.extend(nested_checks(check.of))
        elif isinstance(check, EachCheck):
            found.extend(nested_checks(check.checks))
    return found


def as_data(value: Any, *, exclude_none: bool = False, exclude_defaults: bool = False) -> Any:
    """A rule object as the JSON data of a ruleset file: keys as written there (``not`` for ``not_``),
    dates as ISO text, tuples as lists; optionally without the fields that are None or at their
    default."""
    if isinstance(value, tuple | list):
        return [as_data(v, exclude_none=exclude_none, exclude_defaults=exclude_defaults) for v in value]
    if isinstance(value, dict):
        return {
            k: as_data(v, exclude_none=exclude_none, exclude_defaults=exclude_defaults)
            for k, v in value.items()
        }
    if isinstance(value, dt.date):
        return value.isoformat()
    if not hasattr(value, "__dataclass_fields__"):
        return value
    data: dict[str, Any] = {}
    for spec in fields(value):
        item = getattr(value, spec.name)
        if exclude_none and item is None:
            continue
        if exclude_defaults and item == spec.default:
            continue
        data[ALIASES.get(spec.name, spec.name)] = as_data(
            item, exclude_none=exclude_none, exclude_defaults=exclude_defaults
        )
    return data
