"""``--format sarif``: SARIF 2.1.0 for code scanning, valid against the official OASIS schema.

GitHub code scanning raises an alert for every result whatever its ``kind`` (the same bug was reported to
PSRule and complyctl), so by default a run carries only what someone must act on (``RenderOptions
.include_passing`` adds the rest for other consumers):

- missing / partial → ``kind: fail`` with a ``level`` from the rule's severity (critical and high →
  error, medium → warning, low and info → note);
- manual_review → ``kind: fail``, ``level: note``: a person must judge something the tool cannot; code
  scanning tracks it like a finding and it can be dismissed there once judged (its fingerprint keeps the
  dismissal). SARIF §3.27.10 allows a level other than "none" only on a failure, hence not ``review``;
- a waived gap → its failure, with an ``external``/``accepted`` suppression that carries the
  justification, approver and expiry: code scanning closes it but keeps it on record;
- with ``include_passing``: evidenced → ``pass``, not_applicable → ``notApplicable``, not_yet_due →
  ``informational`` (no level: §3.27.10).

Every result has ``partialFingerprints["complianceChecker/v1"]``: a hash of the rule id, the
declaration's path and the finding's logical location (the declaration path of its first failed
evidence item, also given as ``logicalLocations``), never of line numbers, so an alert stays the same
alert when lines move and is not raised again on the next run.

``tool.driver.rules`` holds one reporting descriptor per rule that appears (obligation, legal sources,
remediation, a link to the rule's section of docs/rules.md).

An invalid declaration cannot be evaluated: each located error becomes an error result of the
pseudo-rule ``input-error`` at its place (so code scanning annotates the broken YAML line) and a tool
execution notification, and ``invocations[0].executionSuccessful`` is false. Run notices (expired or
unused waivers) are tool configuration notifications. The as-of date, fail policy, ruleset versions and
hashes are in ``run.properties``; each declaration's SHA-256 is in ``run.artifacts[].hashes``.

Streamed and compact: ``results`` comes first in the run object (member order is free in JSON), one
result per line, written as soon as its declaration is checked. What is only complete at the end is
kept small and written in ``finish``: the rule descriptors seen (one per rule, not per declaration),
each declaration's artifact and each invalid declaration's notifications, kept as short JSON text
(about 200 bytes per declaration), and the rulesets used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from compliance_checker.errors import Diagnostic
from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import DeclarationReport, Report, RuleResult, RulesetRef
from compliance_checker.report import stream
from compliance_checker.report.common import (
    FORMAT_DOCS,
    INFORMATION_URI,
    INPUT_ERROR_RULE,
    OUTCOME_LABELS,
    SARIF_LEVELS,
    TOOL_NAME,
    citations,
    file_uri,
    one_line,
    rule_uri,
)
from compliance_checker.report.json_report import dumps
from compliance_checker.report.serialize import ruleset_dict

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

KINDS: dict[str, str] = {
    "evidenced": "pass",
    "missing": "fail",
    "partial": "fail",
    "not_applicable": "notApplicable",
    "manual_review": "fail",  # level "note": see the module docstring
    "not_yet_due": "informational",
}
FINDINGS: frozenset[str] = frozenset({"missing", "partial", "manual_review"})  # reported by default
FINGERPRINT = "complianceChecker/v1"


def is_reported(result: RuleResult, options: RenderOptions) -> bool:
    """Whether the result is a SARIF result under these options (waived gaps are: suppressed)."""
    return options.include_passing or result.effective_status in FINDINGS


def logical_location(result: RuleResult) -> str:
    """The declaration path the finding is about: its first failed or thin evidence item's ("" when it
    has none, as for a rule that only applies)."""
    item = next((item for item in result.evidence if item.is_gap), None)
    return item.path if item is not None else ""


def fingerprint(rule: str, path: str, logical: str) -> str:
    """Stable across runs and line moves: rule id, declaration path (with forward slashes) and the
    logical location, hashed."""
    import hashlib

    key = "\x1f".join((rule, path.replace("\\", "/"), logical))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _level(result: RuleResult) -> str | None:
    status = result.effective_status
    if status == "manual_review":
        return "note"
    if status in ("missing", "partial"):
        return SARIF_LEVELS.get(result.severity, "warning")
    return None


def _camel(title: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", title)
    return "".join(w[:1].upper() + w[1:] for w in words)[:80] or "Rule"


def _help(result: RuleResult) -> dict[str, str]:
    sources = citations(result)
    text = [result.obligation or result.title, "", "Legal sources: " + "; ".join(sources) + "."]
    markdown = [
        f"**{result.rule}: {result.title}**",
        "",
        result.obligation or result.title,
        "",
        "Legal sources:",
        *(f"- {source}" for source in sources),
    ]
    if not result.verified:
        note = "This rule rests on a secondary source (verified: false); check it against the primary text."
        text += ["", note]
        markdown += ["", f"_{note}_"]
    text += ["", "How to fix: " + result.remediation]
    markdown += ["", "**How to fix:** " + result.remediation]
    return {"text": "\n".join(text), "markdown": "\n".join(markdown)}


def rule_descriptor(result: RuleResult) -> dict[str, Any]:
    return {
        "id": result.rule,
        "name": _camel(result.title),
        "shortDescription": {"text": result.title},
        "fullDescription": {"text": result.obligation or result.title},
        "help": _help(result),
        "helpUri": rule_uri(result.rule),
        "defaultConfiguration": {"level": SARIF_LEVELS.get(result.severity, "warning")},
        "properties": {
            "ruleset": result.ruleset,
            "severity": result.severity,
            "verified": result.verified,
            "sources": citations(result),
            "tags": ["compliance", "eu-ai-act", result.ruleset],
        },
    }


INPUT_ERROR_DESCRIPTOR: dict[str, Any] = {
    "id": INPUT_ERROR_RULE,
    "name": "InvalidDeclaration",
    "shortDescription": {"text": "The declaration cannot be read, parsed or validated"},
    "fullDescription": {
        "text": "The declaration must be well-formed YAML, without duplicate keys, valid against "
        "schemas/declaration.schema.json; no rule is evaluated until it is."
    },
    "help": {
        "text": "Fix the located error; the message says what was expected.",
        "markdown": "Fix the located error; the message says what was expected.",
    },
    "helpUri": FORMAT_DOCS + "#input-errors",
    "defaultConfiguration": {"level": "error"},
    "properties": {"tags": ["compliance", "input"]},
}


def _region(line: int | None, column: int | None) -> dict[str, int] | None:
    if line is None:
        return None
    region = {"startLine": line}
    if column is not None:
        region["startColumn"] = column
    return region


def _location(path: str, line: int | None, column: int | None, index: int | None = None) -> dict[str, Any]:
    artifact: dict[str, Any] = {"uri": file_uri(path)}
    if index is not None:
        artifact["index"] = index
    physical: dict[str, Any] = {"artifactLocation": artifact}
    region = _region(line, column)
    if region is not None:
        physical["region"] = region
    return {"physicalLocation": physical}


def _notification(diag: Diagnostic, index: int | None = None) -> dict[str, Any]:
    return {
        "level": diag.level if diag.level in ("error", "warning", "note") else "error",
        "message": {"text": diag.message},
        "locations": [_location(diag.file, diag.line, diag.column, index)],
        **({"properties": {"path": diag.path}} if diag.path else {}),
    }


def _message(result: RuleResult) -> str:
    status = OUTCOME_LABELS[result.effective_status]
    text = f"{result.title} ({status}): {one_line(result.message)}"
    if result.effective_status in ("missing", "partial"):
        text += f" How to fix: {one_line(result.remediation)}"
    return text


def result_object(
    result: RuleResult, decl: DeclarationReport, rule_index: int, artifact: int
) -> dict[str, Any]:
    kind = KINDS.get(result.effective_status, "fail")
    out: dict[str, Any] = {"ruleId": result.rule, "ruleIndex": rule_index, "kind": kind}
    level = _level(result)
    if level is not None:
        out["level"] = level
    out["message"] = {"text": _message(result)}
    logical = logical_location(result)
    location = _location(decl.path, result.line, result.column, artifact)
    if logical:
        location["logicalLocations"] = [{"fullyQualifiedName": logical, "kind": "property"}]
    out["locations"] = [location]
    out["partialFingerprints"] = {FINGERPRINT: fingerprint(result.rule, decl.path, logical)}
    failed = [item for item in result.evidence if item.is_gap]
    if failed and result.effective_status in ("missing", "partial"):
        # Filled in by result_text one location at a time (there may be a hundred thousand).
        out["relatedLocations"] = stream.LIST_MARK
    if result.waiver is not None:
        waiver = result.waiver
        out["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": waiver.justification,
                "location": _location(waiver.file, waiver.line, None),
                "properties": {
                    "approvedBy": waiver.approved_by,
                    "approvedOn": waiver.approved_on.isoformat(),
                    "expires": waiver.expires.isoformat(),
                },
            }
        ]
    if result.baseline is not None:
        out["baselineState"] = result.baseline
    properties: dict[str, Any] = {
        "status": result.status,
        "severity": result.severity,
        "ruleset": result.ruleset,
        "verified": result.verified,
    }
    if result.waived_status is not None:
        properties["waivedStatus"] = result.waived_status
    if result.due is not None:
        properties["due"] = result.due.isoformat()
    out["properties"] = properties
    return out


def result_pieces(
    result: RuleResult, decl: DeclarationReport, rule_index: int, artifact: int
) -> Iterator[str]:
    """The SARIF result as pieces of JSON text, its related locations (each failed evidence item) one
    at a time: a declaration may have a hundred thousand."""
    text = dumps(result_object(result, decl, rule_index, artifact))
    if stream.LIST_MARK_JSON not in text:
        yield text
        return
    failed = [item for item in result.evidence if item.is_gap]
    related = (
        dumps(
            {
                "id": number,
                **_location(decl.path, item.line, item.column, artifact),
                "message": {"text": f"{item.label}: {one_line(item.message)}"},
            }
        )
        for number, item in enumerate(failed, start=1)
    )
    yield from stream.splice_list(text, related)


class SarifWriter(stream.Writer):
    """Results streamed; rules, artifacts, notifications and rulesets kept small until the end."""

    @staticmethod
    def escape(text: str) -> str:
        return stream.json_escape(text)

    def __init__(self, out: stream.Out, options: RenderOptions = DEFAULT_OPTIONS) -> None:
        super().__init__(out, options)
        self.rules: list[dict[str, Any]] = []  # one per rule id seen
        self.rule_index: dict[str, int] = {}
        self.artifacts: list[str] = []  # compact JSON, one per declaration
        self.execution: list[str] = []  # compact JSON, one per located error of an invalid declaration
        self.rulesets: dict[tuple[str, str, str], RulesetRef] = {}
        self.profiles: dict[str, None] = {}  # the profiles the declarations' selections started from
        self.invalid = False
        self.written = 0
        self.run: stream.RunStart | None = None

    def start(self, run: stream.RunStart) -> None:
        self.run = run
        self.out(f'{{"$schema":{dumps(SCHEMA_URI)},"version":"2.1.0","runs":[{{"results":[')

    def _results(self, results: list[dict[str, Any]]) -> None:
        for result in results:
            self._result(iter([dumps(result)]))

    def _result(self, pieces: Iterator[str]) -> None:
        self.out("\n" if not self.written else ",\n")
        for piece in pieces:
            self.out(piece)
        self.written += 1

    def _index(self, rule: str, descriptor: Callable[[], dict[str, Any]]) -> int:
        index = self.rule_index.get(rule)
        if index is None:
            index = self.rule_index[rule] = len(self.rules)
            self.rules.append(descriptor())
        return index

    def declaration(self, decl: DeclarationReport) -> None:
        artifact_index = len(self.artifacts)
        artifact: dict[str, Any] = {
            "location": {"uri": file_uri(decl.path)},
            "roles": ["analysisTarget"],
            "mimeType": "application/yaml",
        }
        if decl.sha256:
            artifact["hashes"] = {"sha-256": decl.sha256}
        self.artifacts.append(dumps(artifact))
        for ref in decl.rulesets:
            self.rulesets.setdefault((ref.id, ref.version, ref.sha256), ref)
        if decl.profile:
            self.profiles.setdefault(decl.profile)
        results: list[dict[str, Any]] = []
        if decl.invalid:
            self.invalid = True
            index = self._index(INPUT_ERROR_RULE, INPUT_ERROR_DESCRIPTOR.copy)
            for diag in decl.errors:
                artifact_ref = artifact_index if diag.file == decl.path else None
                logical = diag.path or f"{diag.line}:{diag.column}"  # a YAML error has no path yet
                results.append(
                    {
                        "ruleId": INPUT_ERROR_RULE,
                        "ruleIndex": index,
                        "kind": "fail",
                        "level": "error",
                        "message": {"text": diag.message},
                        "locations": [_location(diag.file, diag.line, diag.column, artifact_ref)],
                        "partialFingerprints": {
                            FINGERPRINT: fingerprint(INPUT_ERROR_RULE, diag.file, f"{logical} {diag.message}")
                        },
                        "properties": {"status": "invalid"},
                    }
                )
                self.execution.append(
                    dumps({**_notification(diag, artifact_ref), "descriptor": {"id": INPUT_ERROR_RULE}})
                )
            self._results(results)
        else:  # one result at a time: a declaration may hold a hundred thousand evidence items
            for result in decl.results:
                if not is_reported(result, self.options):
                    continue
                index = self._index(result.rule, partial(rule_descriptor, result))
                self._result(result_pieces(result, decl, index, artifact_index))

    def finish(self, end: stream.RunEnd) -> None:
        run = self.run
        assert run is not None, "start() comes first"
        invocation: dict[str, Any] = {"executionSuccessful": not self.invalid, "exitCode": end.exit_code}
        if end.notices:
            invocation["toolConfigurationNotifications"] = [_notification(d) for d in end.notices]
        invocation_text = dumps(invocation)
        if self.execution:
            invocation_text = (
                invocation_text[:-1] + ',"toolExecutionNotifications":[' + ",".join(self.execution) + "]}"
            )
        properties: dict[str, Any] = {
            "asOf": run.as_of.isoformat(),
            "failOn": run.policy.describe(),
            "rulesets": [ruleset_dict(ref) for ref in self.rulesets.values()],
            "profiles": list(self.profiles),
        }
        if end.fixed:
            properties["fixed"] = [
                {"path": f.path, "model": f.model, "rule": f.rule, "status": f.status} for f in end.fixed
            ]
        tool = {
            "driver": {
                "name": TOOL_NAME,
                "version": run.tool_version,
                "semanticVersion": run.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": self.rules,
            }
        }
        self.out(
            ("\n" if self.written else "")
            + f'],"tool":{dumps(tool)},\n"invocations":[{invocation_text}],\n'
            + '"artifacts":['
            + ",\n".join(self.artifacts)
            + f'],\n"columnKind":"unicodeCodePoints","properties":{dumps(properties)}}}]}}\n'
        )


WRITER = SarifWriter


def render(report: Report, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    return stream.render(WRITER, report, options)
