"""``--format junit``: JUnit XML for Jenkins, GitLab and other CI test views.

Valid against the Apache Ant JUnit schema (shared/reference/junit.xsd). One ``<testsuite>`` per
declaration (name = its path), whose ``<properties>`` record the tool version, as-of date, ruleset
versions and hashes and the declaration's SHA-256; one ``<testcase>`` per rule (classname = ruleset,
name = "RULE-ID: title"):

- missing / partial → ``<failure type="SEVERITY">`` with the evidence items, the sources and the fix;
- not_applicable, not_yet_due and waived → ``<skipped message="...">`` with the reason (a waiver's
  justification, approver and expiry);
- manual_review → ``<skipped message="manual review: ...">``: the tool did not reach a verdict, so it
  must not count as a pass, and it is no failure either (the schema allows no output per test case,
  so the suite's ``<system-out>`` lists the manual-review notes too);
- evidenced → an empty test case (a pass).

An invalid declaration is one test case with an ``<error>`` that lists every located error. The schema
requires a timestamp and a host name: they are the as-of date at midnight and "localhost", so the output
is deterministic; times are 0.

Streamed: each declaration's ``<testsuite>`` is written as soon as it is checked (the root
``<testsuites>`` carries no totals: the XSD gives it no attributes), and nothing is kept. Run notices
(expired or unused waivers) and findings fixed since the baseline are only known at the end: they go to
the ``<system-err>`` of one last suite, "compliance-checker run", without test cases, written only when
there is something to say.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import DeclarationReport, Report, RuleResult
from compliance_checker.report import stream
from compliance_checker.report.common import OUTCOME_LABELS, TOOL_NAME, citations, one_line

# XML 1.0 forbids most control characters; a hostile declaration must not make the file unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: _clean(v) for k, v in attrs.items()})
    if text is not None:
        element.text = _clean(text)
    return element


def _failure_body(decl: DeclarationReport, result: RuleResult) -> str:
    return "\n".join(_failure_lines(decl, result))


def _failure_lines(decl: DeclarationReport, result: RuleResult) -> list[str]:
    lines = [f"{decl.path}:{result.line}:{result.column}: {one_line(result.message)}", ""]
    if result.evidence:
        lines.append("Evidence:")
        for item in result.evidence:
            lines.append(
                f"  [{item.status}] {item.label} ({item.path}, line {item.line}): {one_line(item.message)}"
            )
        lines.append("")
    lines.append("Sources: " + "; ".join(citations(result)))
    lines.append("How to fix: " + one_line(result.remediation))
    if result.baseline is not None:
        lines.append(f"Baseline: {result.baseline}")
    return lines


def _skip_reason(result: RuleResult) -> str:
    if result.status == "waived" and result.waiver is not None:
        waiver = result.waiver
        return (
            f"waived ({OUTCOME_LABELS[result.effective_status]}) until {waiver.expires.isoformat()}: "
            f"{one_line(waiver.justification)} (approved by {waiver.approved_by} on "
            f"{waiver.approved_on.isoformat()})"
        )
    if result.status == "not_yet_due":
        due = result.due.isoformat() if result.due else "placement on the Union market"
        return f"not yet due (due {due}): {one_line(result.message)}"
    return f"{OUTCOME_LABELS[result.status]}: {one_line(result.message)}"


def _outcome_class(result: RuleResult) -> str:
    if result.status in ("missing", "partial"):
        return "failure"
    return "pass" if result.status == "evidenced" else "skipped"


def _testcase(suite: ET.Element, decl: DeclarationReport, result: RuleResult) -> str:
    """Add the test case; return its outcome class: pass, failure or skipped."""
    case = _sub(
        suite,
        "testcase",
        classname=result.ruleset,
        name=one_line(f"{result.rule}: {result.title}"),
        time="0",
    )
    if result.status in ("missing", "partial"):
        _sub(
            case,
            "failure",
            _FAILURE_BODY if len(result.evidence) > _LONG else _failure_body(decl, result),
            message=one_line(f"{result.status}: {result.message}"),
            type=result.severity,
        )
        return "failure"
    if result.status == "evidenced":
        return "pass"
    _sub(case, "skipped", message=_skip_reason(result))
    return "skipped"


def _properties(suite: ET.Element, fail_on: str, decl: DeclarationReport) -> None:
    props = _sub(suite, "properties")
    _sub(props, "property", name="tool", value=f"{TOOL_NAME} {decl.tool_version}")
    _sub(props, "property", name="as_of", value=decl.as_of.isoformat())
    _sub(props, "property", name="fail_on", value=fail_on)
    if decl.sha256:
        _sub(props, "property", name="declaration.sha256", value=decl.sha256)
    if decl.profile:
        _sub(props, "property", name="profile", value=decl.profile)
    for ref in decl.rulesets:
        _sub(props, "property", name=f"ruleset.{ref.id}.version", value=ref.version)
        _sub(props, "property", name=f"ruleset.{ref.id}.sha256", value=ref.sha256)


def _suite(fail_on: str, decl: DeclarationReport, number: int) -> ET.Element:
    """The suite with its counts and properties; the results' test cases are written one at a time
    (``JUnitWriter.declaration``), never held as one tree."""
    suite = ET.Element(
        "testsuite",
        name=decl.path or "(unnamed)",
        package=TOOL_NAME,
        id=str(number),
        timestamp=f"{decl.as_of.isoformat()}T00:00:00",
        hostname="localhost",
        tests="0",
        failures="0",
        errors="0",
        skipped="0",
        time="0",
    )
    _properties(suite, fail_on, decl)
    counts = {"pass": 0, "failure": 0, "skipped": 0, "error": 0}
    if decl.invalid:
        case = _sub(suite, "testcase", classname=TOOL_NAME, name="declaration is valid", time="0")
        first = decl.errors[0]
        _sub(
            case,
            "error",
            "\n".join(one_line(d.render()) for d in decl.errors),
            message=one_line(first.message),
            type="invalid-declaration",
        )
        counts["error"] += 1
    for result in decl.results:
        counts[_outcome_class(result)] += 1
    suite.set("tests", str(sum(counts.values())))
    suite.set("failures", str(counts["failure"]))
    suite.set("errors", str(counts["error"]))
    suite.set("skipped", str(counts["skipped"]))
    return suite


_CASES = "compliance-checker:results"
_FAILURE_BODY = "compliance-checker:failure-body"  # stands for a long failure body until it is written
_LONG = 64  # evidence items from which a failure body is written a line at a time


def _xml_text(text: str) -> str:
    """What ElementTree writes for character data."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_CASE_TAIL = "\n    "  # a test case's place: level 2 of the two-space indentation


def _text(suite: ET.Element) -> str:
    """One suite as the whole document's indentation would place it: two spaces in, then a newline."""
    ET.indent(suite, space="  ", level=1)
    return "  " + ET.tostring(suite, encoding="unicode", short_empty_elements=True) + "\n"


class JUnitWriter(stream.Writer):
    """One suite per declaration, written whole; keeps only the suite number."""

    def __init__(self, out: stream.Out, options: RenderOptions = DEFAULT_OPTIONS) -> None:
        super().__init__(out, options)
        self.number = 0
        self.fail_on = ""
        self.as_of = ""

    def start(self, run: stream.RunStart) -> None:
        self.fail_on = run.policy.describe()
        self.as_of = run.as_of.isoformat()
        self.out('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n')

    def declaration(self, decl: DeclarationReport) -> None:
        suite = _suite(self.fail_on, decl, self.number)
        self.number += 1
        ET.SubElement(suite, "testcase", name=_CASES)  # where the results' test cases go
        out = [
            one_line(f"{r.rule} ({r.status}): {r.message}")
            for r in decl.results
            if r.status == "manual_review"
        ]
        _sub(suite, "system-out", "\n".join(out) if out else None)
        _sub(suite, "system-err")
        # Each element's tail indents the next one: the placeholder's tail follows the last test case.
        before, after = _text(suite).split(f'<testcase name="{_CASES}" />' + _CASE_TAIL, 1)
        self.out(before)
        for result in decl.results:
            holder = ET.Element("testsuite")
            _testcase(holder, decl, result)
            case = holder[0]
            ET.indent(case, space="  ", level=2)
            case.tail = _CASE_TAIL
            text = ET.tostring(case, encoding="unicode", short_empty_elements=True)
            if _FAILURE_BODY not in text:
                self.out(text)
                continue
            # A failure over many evidence items: its body is written a line at a time.
            head, tail = text.split(_FAILURE_BODY, 1)
            self.out(head)
            for number, line in enumerate(_failure_lines(decl, result)):
                self.out(("\n" if number else "") + _xml_text(_clean(line)))
            self.out(tail)
        self.out(after)

    def finish(self, end: stream.RunEnd) -> None:
        err = [one_line(d.render()) for d in end.notices]
        err += [f"fixed since the baseline: {f.path} {f.rule} (now {f.status})" for f in end.fixed]
        if err:
            suite = ET.Element(
                "testsuite",
                name=f"{TOOL_NAME} run",
                package=TOOL_NAME,
                id=str(self.number),
                timestamp=f"{self.as_of}T00:00:00",
                hostname="localhost",
                tests="0",
                failures="0",
                errors="0",
                skipped="0",
                time="0",
            )
            _sub(suite, "properties")
            _sub(suite, "system-out")
            _sub(suite, "system-err", "\n".join(err))
            self.out(_text(suite))
        self.out("</testsuites>\n")


WRITER = JUnitWriter


def render(report: Report) -> str:
    return stream.render(WRITER, report)
