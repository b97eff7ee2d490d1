"""`evidence`: the evidence the path names resolves: every id is an entry of the evidence list; an entry
with a ``path`` is a regular file inside the evidence root (the declaration's folder or
``--evidence-root``); a declared SHA-256 matches it (an entry with a ``url`` is not fetched). Not given
and an empty list both name no evidence, which fails, with the message saying which."""

from __future__ import annotations

from typing import Any, Literal

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.operators.common import Operator, Verdict, failed, passed, show
from compliance_checker.engine.placeholders import is_placeholder
from compliance_checker.errors import excerpt
from compliance_checker.models.loaded import EvidenceFile
from compliance_checker.models.ruleset import Check


class EvidenceCheck(Check):
    """Evidence ids resolve; files exist inside the declaration's folder; declared SHA-256 digests match."""

    check: Literal["evidence"]


def _path(path: str) -> str:
    """An evidence path in a message: whole, as a user looks for it, unless it is absurdly long (a
    path of thousands of characters is cut, saying how long it was)."""
    return excerpt(repr(path), PATH_SHOWN)


PATH_SHOWN = 200  # characters of an evidence path a message quotes


def file_problem(ref: str, file: EvidenceFile) -> str | None:
    """What is wrong with an evidence entry's file, phrased for messages; None when it is there."""
    if file.problem is not None:
        return f"evidence {ref!r} path {_path(file.path)} {file.problem}"
    if not file.inside_folder:
        return f"evidence {ref!r} path {_path(file.path)} points outside {file.root}; not read"
    if not file.exists:
        return f"evidence {ref!r} file {_path(file.path)} does not exist"
    return None


def hash_problem(ref: str, path: str, actual: str | None, declared: str) -> str:
    return f"evidence {ref!r} file {_path(path)} has SHA-256 {actual}, not the declared {declared}"


def _problem(ref: str, ctx: Context) -> str | None:
    entry: dict[str, Any] | None = ctx.evidence.get(ref)
    if entry is None:
        known = ", ".join(sorted(ctx.evidence)) or "none"
        return f"evidence id {ref!r} is not in the evidence list (known: {known})"
    if entry.get("url") is not None:
        return None
    file = ctx.evidence_files.get(ref)
    if file is None:  # pragma: no cover - the loader records every path entry
        return f"evidence {ref!r} was not examined"
    declared = entry.get("sha256")
    problem = file_problem(ref, file)
    if problem is None and declared is not None and file.sha256 != declared:
        return hash_problem(ref, file.path, file.sha256, declared)
    return problem


def evaluate(spec: EvidenceCheck, ctx: Context) -> Verdict:
    value = ctx.lookup(spec.path)
    if ctx.written(spec.path) is MISSING or value is MISSING:
        return failed(f"{spec.path} is not given: it names no evidence")
    if isinstance(value, list) and not value:
        return failed(f"{spec.path} is an empty list: it names no evidence")
    if is_placeholder(value):
        return failed(f"{spec.path} names no evidence ({show(value)})")
    refs = [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)]
    problems = [p for p in (_problem(ref, ctx) for ref in refs) if p is not None]
    if problems:
        return failed("; ".join(problems))
    return passed(f"{spec.path}: {', '.join(refs)}")


def describe(spec: EvidenceCheck) -> str:
    return f"`{spec.path}` names evidence entries"


OPERATOR = Operator(spec=EvidenceCheck, evaluate=evaluate, describe=describe)
