"""`evidence_files`: every evidence entry with a ``path`` is a readable regular file inside the evidence
root; each problem is its own item, at the entry's ``path``; with no files the item is skipped."""

from __future__ import annotations

from typing import Literal

from compliance_checker.engine.context import Context
from compliance_checker.engine.operators.common import Located, Operator, evidence_entries, joined, plural
from compliance_checker.engine.operators.evidence import file_problem
from compliance_checker.models.document import Path
from compliance_checker.models.ruleset import Check


class EvidenceFiles(Check):
    """Every evidence entry with a ``path`` is a readable regular file inside the evidence root; each
    problem is its own item, at the entry's path."""

    check: Literal["evidence_files"]


def located(spec: EvidenceFiles, ctx: Context) -> Located:
    gaps: list[tuple[Path, str]] = []
    checked = urls = 0
    root = "the declaration's folder"
    for index, entry in evidence_entries(ctx):
        ident = str(entry.get("id"))
        file = ctx.evidence_files.get(ident)
        if entry.get("path") is None or file is None:
            urls += entry.get("url") is not None
            continue
        checked += 1
        root = file.root
        problem = file_problem(ident, file)
        if problem is not None:
            gaps.append((("evidence", index, "path"), problem))
    also = f"; {plural(urls, 'URL')} not fetched" if urls else ""
    summary = (
        f"all {plural(checked, 'evidence file')} exist inside {root}{also}"
        if checked
        else f"no evidence entry names a file{also}"
    )
    return Located(gaps, checked, summary)


def describe(spec: EvidenceFiles) -> str:
    return "every evidence entry with a path is a readable file inside the evidence root"


OPERATOR = Operator(spec=EvidenceFiles, evaluate=joined(located), describe=describe, located=located)
