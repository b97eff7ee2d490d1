"""A document built from a declaration: a header and sections of labelled fields, each with its value as
the declaration gives it and the gaps the rules found in it. Frozen values; the formats only lay them out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Union

from compliance_checker.models.report import AppliedWaiver


@dataclass(frozen=True, slots=True)
class Text:
    """Words as the declaration writes them (a URL is a Text too; HTML links it)."""

    text: str


@dataclass(frozen=True, slots=True)
class Number:
    """A number as the declaration writes it: ``digits`` (with the decimal point), times ten to
    ``exponent`` when it was written in scientific notation; its precision is never changed."""

    digits: str
    exponent: int | None = None


@dataclass(frozen=True, slots=True)
class Bullets:
    """A list: one value per entry."""

    items: tuple[Value, ...]


@dataclass(frozen=True, slots=True)
class Pairs:
    """A mapping or a list entry: labelled values."""

    pairs: tuple[tuple[str, Value], ...]


@dataclass(frozen=True, slots=True)
class Absent:
    """Nothing is given (the gap, if it is one, says why)."""


Value = Union[Text, Number, Bullets, Pairs, Absent]  # noqa: UP007 - recursive alias


@dataclass(frozen=True, slots=True)
class Gap:
    """An evidence item a document needs that the evaluation found missing or thin, where it belongs;
    ``waiver``: the rule's finding is waived (``check --waivers``), so the gap is accepted, not open."""

    rule: str
    label: str  # what is missing, in the rule's words
    message: str  # the rule's finding
    path: str
    file: str
    line: int
    column: int
    waiver: AppliedWaiver | None = None

    def location(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Field:
    """One labelled piece of content; ``note`` says why it is not required yet, where that applies."""

    label: str
    value: Value
    path: str
    gaps: tuple[Gap, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    """The fields one rule contributes, under its own heading when the layout gives one (a Form item)."""

    heading: str
    fields: tuple[Field, ...]


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    groups: tuple[Group, ...]
    intro: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """What a format writes: the title block, the header fields, the sections, and every gap."""

    kind: str  # the --document name
    title: str
    subject: str  # "Halcyon Frontier Labs SAS: Halcyon-4 4.0"
    audience: str  # who the document is for
    as_of: dt.date
    header: tuple[Field, ...]
    sections: tuple[Section, ...]
    draft: bool
    source: str  # the declaration's path
    sha256: str
    tool: str  # "compliance-checker 0.1.0"
    rulesets: tuple[str, ...]  # "transparency@2025-07-10", the versions the content was judged against
    omitted: tuple[str, ...] = ()  # parts that do not apply to this model, with the rule's reason

    def _all_gaps(self) -> list[Gap]:
        found: list[Gap] = [gap for item in self.header for gap in item.gaps]
        for section in self.sections:
            for group in section.groups:
                for item in group.fields:
                    found.extend(item.gaps)
        return found

    @property
    def gaps(self) -> tuple[Gap, ...]:
        """The open gaps: those that refuse the document (unless it is a draft)."""
        return tuple(gap for gap in self._all_gaps() if gap.waiver is None)

    @property
    def waived(self) -> tuple[Gap, ...]:
        """The gaps a waiver covers: shown where they belong, marked waived; they refuse nothing."""
        return tuple(gap for gap in self._all_gaps() if gap.waiver is not None)
