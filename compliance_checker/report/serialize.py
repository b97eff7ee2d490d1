"""Plain-data (JSON-ready) views of facts, results and reports, shared by the JSON-based formats.

Called once per declaration of a batch, so it avoids needless work: the parts that every declaration
shares (a rule's legal sources, a ruleset's provenance) are built once per object and reused; the
dicts it returns are read-only views for ``json.dumps``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from compliance_checker.errors import Diagnostic
from compliance_checker.models.facts import FACT_ORDER, Fact, Facts, Unknown
from compliance_checker.models.report import (
    AppliedWaiver,
    DeclarationReport,
    EvidenceItem,
    RuleResult,
    RulesetRef,
)
from compliance_checker.models.ruleset import Source

TOOL_NAME = "compliance-checker"


def _value(value: Any) -> Any:
    if isinstance(value, Unknown):
        return str(value)  # "unknown": a fact the declaration leaves open
    return value.isoformat() if isinstance(value, dt.date) else value


def fact_dict(fact: Fact) -> dict[str, Any]:
    return {"value": _value(fact.value), "reason": fact.reason, "sources": list(fact.sources)}


def facts_dict(facts: Facts) -> dict[str, Any]:
    items = facts.items  # a property that builds the dict: once, not twice per fact
    return {name: fact_dict(items[name]) for name in FACT_ORDER if name in items}


def source_dict(source: Source) -> dict[str, Any]:
    return {
        "document": source.document,
        "ref": source.ref,
        "citation": source.render(),
    }


_T = TypeVar("_T")
_SHARED_LIMIT = 4096  # cached views of shared objects; cleared when full, so a long run stays bounded


class _Shared:
    """Views of objects that many results share (the same ``Source`` or ``RulesetRef`` instance),
    cached by identity: the object is kept with its view, so an id is never mistaken after reuse."""

    def __init__(self) -> None:
        self.views: dict[int, tuple[object, Any]] = {}

    def get(self, obj: _T, build: Callable[[_T], Any]) -> Any:
        entry = self.views.get(id(obj))
        if entry is not None and entry[0] is obj:
            return entry[1]
        if len(self.views) >= _SHARED_LIMIT:
            self.views.clear()
        view = build(obj)
        self.views[id(obj)] = (obj, view)
        return view


_SOURCES = _Shared()
_RULESETS = _Shared()


def ruleset_dict(ref: RulesetRef) -> dict[str, Any]:
    return {
        "id": ref.id,
        "version": ref.version,
        "date": ref.date.isoformat(),
        "title": ref.title,
        "sha256": ref.sha256,
        "files": list(ref.files),
    }


def diagnostic_dict(diag: Diagnostic) -> dict[str, Any]:
    return {
        "file": diag.file,
        "line": diag.line,
        "column": diag.column,
        "path": diag.path,
        "message": diag.message,
        "level": diag.level,
    }


def waiver_dict(waiver: AppliedWaiver) -> dict[str, Any]:
    return {
        "justification": waiver.justification,
        "approved_by": waiver.approved_by,
        "approved_on": waiver.approved_on.isoformat(),
        "expires": waiver.expires.isoformat(),
        "file": waiver.file,
        "line": waiver.line,
    }


def evidence_dict(item: EvidenceItem) -> dict[str, Any]:
    return {
        "path": item.path,
        "label": item.label,
        "check": item.check,
        "status": item.status,
        "message": item.message,
        "line": item.line,
        "column": item.column,
    }


def result_dict(result: RuleResult, file: str, *, evidence: Any = None) -> dict[str, Any]:
    """The result as JSON data; ``evidence`` stands in for its evidence list when given (a streaming
    writer puts a mark there and writes the items one at a time)."""
    data: dict[str, Any] = {
        "rule": result.rule,
        "title": result.title,
        "ruleset": result.ruleset,
        "status": result.status,
        "severity": result.severity,
        "verified": result.verified,
        "sources": [_SOURCES.get(s, source_dict) for s in result.sources],
        "message": result.message,
        "remediation": result.remediation,
        "due": _value(result.due),
        "location": {"file": file, "line": result.line, "column": result.column},
        "evidence": [evidence_dict(item) for item in result.evidence] if evidence is None else evidence,
    }
    # Set only when they apply, so a report without waivers or baseline reads as before.
    if result.waiver is not None:
        data["waiver"] = waiver_dict(result.waiver)
    if result.waived_status is not None:
        data["waived_status"] = result.waived_status
    if result.baseline is not None:
        data["baseline"] = result.baseline
    return data


def declaration_dict(decl: DeclarationReport) -> dict[str, Any]:
    return {
        "path": decl.path,
        "sha256": decl.sha256,
        "model": decl.model,
        "provider": {"name": decl.provider, "country": decl.country} if decl.provider else None,
        "status": "invalid" if decl.invalid else "evaluated",
        "tool": {"name": TOOL_NAME, "version": decl.tool_version},
        "as_of": decl.as_of.isoformat(),
        "rulesets": [_RULESETS.get(ref, ruleset_dict) for ref in decl.rulesets],
        "profile": decl.profile,
        "classification": facts_dict(decl.facts) if decl.facts else None,
        "summary": decl.counts(),
        "results": [result_dict(r, decl.path) for r in decl.results],
        "errors": [diagnostic_dict(d) for d in decl.errors],
    }
