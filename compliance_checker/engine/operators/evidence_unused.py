"""`evidence_unused`: every evidence entry is named by at least one reference (the fields of a named
``set``); each unnamed entry is its own item, at its ``id``; with no entries the item is skipped."""

from __future__ import annotations

from typing import Literal

from compliance_checker.engine.context import Context
from compliance_checker.engine.operators.common import Located, Operator, evidence_entries, joined
from compliance_checker.engine.operators.evidence_references import ReferenceSet, references
from compliance_checker.models.document import Path
from compliance_checker.models.ruleset import Check


class EvidenceUnused(Check):
    """Every evidence entry is named by at least one reference (the fields of the named ``set``); each
    unreferenced entry is its own item, at its id."""

    check: Literal["evidence_unused"]
    set: ReferenceSet


def located(spec: EvidenceUnused, ctx: Context) -> Located:
    named = {ref for _, ref in references(spec.set, ctx)}
    listed = evidence_entries(ctx)
    gaps: list[tuple[Path, str]] = [
        (
            ("evidence", index, "id"),
            f"evidence entry {entry.get('id')!r} is named by no evidence reference; name it where it backs a "
            "statement, or remove it (its file and digest are still checked)",
        )
        for index, entry in listed
        if entry.get("id") not in named
    ]
    summary = (
        f"all {len(listed)} evidence {'entry is' if len(listed) == 1 else 'entries are'} named by a reference"
        if listed
        else "the declaration lists no evidence"
    )
    return Located(gaps, len(listed), summary)


def describe(spec: EvidenceUnused) -> str:
    return f"every evidence entry is named by a reference (the fields of set {spec.set})"


OPERATOR = Operator(spec=EvidenceUnused, evaluate=joined(located), describe=describe, located=located)
