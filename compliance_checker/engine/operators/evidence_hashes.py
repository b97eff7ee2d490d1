"""`evidence_hashes`: every declared ``sha256`` matches its file (a digest whose file is missing is left
to `evidence_files`); each mismatch is its own item, at the digest; with no digests the item is
skipped."""

from __future__ import annotations

from typing import Literal

from compliance_checker.engine.context import Context
from compliance_checker.engine.operators.common import Located, Operator, evidence_entries, joined, plural
from compliance_checker.engine.operators.evidence import file_problem, hash_problem
from compliance_checker.models.document import Path
from compliance_checker.models.ruleset import Check


class EvidenceHashes(Check):
    """Every declared ``sha256`` matches its file; each mismatch is its own item, at the digest."""

    check: Literal["evidence_hashes"]


def located(spec: EvidenceHashes, ctx: Context) -> Located:
    gaps: list[tuple[Path, str]] = []
    checked = unreadable = 0
    for index, entry in evidence_entries(ctx):
        ident, declared = str(entry.get("id")), entry.get("sha256")
        file = ctx.evidence_files.get(ident)
        if declared is None or file is None:
            continue
        if file_problem(ident, file) is not None:
            unreadable += 1  # reported once, by the file check
            continue
        checked += 1
        if file.sha256 != declared:
            gaps.append(
                (("evidence", index, "sha256"), hash_problem(ident, file.path, file.sha256, declared))
            )
    also = (
        f"; {plural(unreadable, 'declared digest')} not verified until the file is there"
        if unreadable
        else ""
    )
    summary = (
        f"all {plural(checked, 'declared SHA-256 digest')} match their files{also}"
        if checked
        else f"no evidence entry with a readable file declares a sha256{also}"
    )
    return Located(gaps, checked, summary)


def describe(spec: EvidenceHashes) -> str:
    return "every declared sha256 matches its file"


OPERATOR = Operator(spec=EvidenceHashes, evaluate=joined(located), describe=describe, located=located)
