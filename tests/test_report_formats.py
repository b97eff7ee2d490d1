"""Every report format: golden files, the official schemas, waivers and baselines, HTML safety.

Golden files live in tests/golden/, one per format and case: ``canonical`` (the sample
third-country-gaps.yaml), ``invalid`` (invalid/wrong-type.yaml) and, for the formats that add the auditor
summary, ``batch`` (both). All are checked as of ``AS_OF`` with paths relative to the repository root;
the tool version is normalised to ``0.0.0-golden`` so that a release does not touch them. After an
intended change to a format, a ruleset or a sample, regenerate them and review the diff:

    UPDATE_GOLDEN=1 python -m pytest tests/test_report_formats.py -k golden

SARIF is validated against the official OASIS schema and JUnit against the Ant JUnit XSD, both in
``../shared/reference/``; those tests are skipped (saying why) where that folder is absent, and the XSD
test also where the ``xmlschema`` package (in the ``test`` and ``dev`` extras) is not installed.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import difflib
import io
import json
import os
import re
from pathlib import Path

import jsonschema
import pytest

from compliance_checker.api import check
from compliance_checker.errors import Diagnostic
from compliance_checker.models.report import AppliedWaiver, FixedFinding, Report, RuleResult
from compliance_checker.report import FORMATTERS, formatter
from compliance_checker.report.markdown import truncate
from compliance_checker.report.summary import summarise
from tests.conftest import AS_OF, ROOT, SHARED

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
VERSION = "0.0.0-golden"
CANONICAL = "sample_declarations/third-country-gaps.yaml"
INVALID = "sample_declarations/invalid/wrong-type.yaml"
EXTENSIONS = {
    "table": "txt",
    "text": "txt",
    "json": "json",
    "sarif": "sarif",
    "junit": "xml",
    "markdown": "md",
    "html": "html",
    "csv": "csv",
    "csv-matrix": "csv",
}
SARIF_SCHEMA = SHARED / "reference" / "sarif-schema-2.1.0.json"
JUNIT_XSD = SHARED / "reference" / "junit.xsd"
NO_SHARED = f"the shared reference folder {SHARED / 'reference'} is absent (it sits beside the repository)"


def _check(*paths: str) -> Report:
    """Check with repository-relative paths (as a user in the repository would) and a fixed version."""
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        report = check(list(paths), as_of=dt.date.fromisoformat(AS_OF))
    finally:
        os.chdir(here)
    decls = tuple(dataclasses.replace(d, tool_version=VERSION) for d in report.declarations)
    return dataclasses.replace(report, tool_version=VERSION, declarations=decls)


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {
        "canonical": _check(CANONICAL),
        "invalid": _check(INVALID),
        "batch": _check(CANONICAL, INVALID),
    }


def _result(report: Report, rule: str) -> RuleResult:
    return next(r for r in report.declarations[0].results if r.rule == rule)


@pytest.fixture(scope="module")
def waived(reports: dict[str, Report]) -> Report:
    """The canonical report with one waived gap, a new and an unchanged finding, notices and a fix."""
    report = reports["canonical"]
    decl = report.declarations[0]
    waiver = AppliedWaiver(
        justification="Mandate signed on 2026-11-20; registration with the AI Office pending",
        approved_by="Jane Auditor",
        approved_on=dt.date(2026, 11, 21),
        expires=dt.date(2026, 12, 31),
        file="waivers.yaml",
        line=4,
    )
    results = []
    for result in decl.results:
        if result.rule == "AIA-54":
            result = dataclasses.replace(result, status="waived", waived_status=result.status, waiver=waiver)
        elif result.rule == "AIA-53-1-D":
            result = dataclasses.replace(result, baseline="new")
        elif result.rule == "CR-1-2-TPM":
            result = dataclasses.replace(result, baseline="unchanged")
        results.append(result)
    return dataclasses.replace(
        report,
        declarations=(dataclasses.replace(decl, results=tuple(results)),),
        notices=(
            Diagnostic("waivers.yaml", "waiver for TR-1-3 expired on 2026-10-01", 9, 3, level="warning"),
        ),
        fixed=(FixedFinding(CANONICAL, decl.model, "TR-FORM-01", "evidenced"),),
    )


# --- golden files --------------------------------------------------------------------------------------

GOLDEN_CASES = [(fmt, case) for fmt in EXTENSIONS for case in ("canonical", "invalid")] + [
    ("table", "batch"),
    ("markdown", "batch"),
]


@pytest.mark.parametrize(("fmt", "case"), GOLDEN_CASES, ids=[f"{f}-{c}" for f, c in GOLDEN_CASES])
def test_golden(fmt: str, case: str, reports: dict[str, Report]) -> None:
    path = GOLDEN / f"{case}-{fmt}.{EXTENSIONS[fmt]}"
    actual = formatter(fmt)(reports[case])
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.exists(), f"{path.name} missing; run: UPDATE_GOLDEN=1 python -m pytest {__file__} -k golden"
    with path.open(encoding="utf-8", newline="") as handle:
        expected = handle.read()
    if actual != expected:
        diff = "".join(
            list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "golden", "now"))[
                :60
            ]
        )
        pytest.fail(f"{path.name} differs (UPDATE_GOLDEN=1 regenerates it after review):\n{diff}")


def test_every_format_is_registered() -> None:
    assert set(FORMATTERS) == set(EXTENSIONS)
    for name in FORMATTERS:
        assert callable(formatter(name))


@pytest.mark.parametrize("fmt", sorted(EXTENSIONS))
def test_formats_render_waivers_baselines_and_notices(fmt: str, waived: Report) -> None:
    out = formatter(fmt)(waived)
    assert out.endswith("\n")
    if fmt not in ("table", "csv-matrix"):
        assert "AIA-54" in out and "waived" in out.lower()


# --- SARIF ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    if not SARIF_SCHEMA.exists():
        pytest.skip(NO_SHARED)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


@pytest.mark.parametrize("case", ["canonical", "invalid", "batch", "waived"])
def test_sarif_is_valid_against_the_official_schema(
    case: str, reports: dict[str, Report], waived: Report, sarif_validator: jsonschema.Draft4Validator
) -> None:
    report = waived if case == "waived" else reports[case]
    document = json.loads(formatter("sarif")(report))
    errors = sorted(sarif_validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def test_sarif_maps_outcomes_to_kinds_and_levels(reports: dict[str, Report]) -> None:
    run = json.loads(formatter("sarif")(reports["canonical"]))["runs"][0]
    decl = reports["canonical"].declarations[0]
    assert len(run["results"]) == len(decl.results)
    kinds = {"evidenced": "pass", "missing": "fail", "partial": "fail", "not_applicable": "notApplicable"}
    for result, sarif in zip(decl.results, run["results"], strict=True):
        assert sarif["ruleId"] == result.rule
        assert run["tool"]["driver"]["rules"][sarif["ruleIndex"]]["id"] == result.rule
        assert sarif["kind"] == kinds[result.status]
        assert ("level" in sarif) == (sarif["kind"] == "fail")
        region = sarif["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (result.line, result.column)
    aia54 = next(r for r in run["results"] if r["ruleId"] == "AIA-54")
    assert aia54["level"] == "error"  # severity high
    assert aia54["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == CANONICAL
    rule = run["tool"]["driver"]["rules"][aia54["ruleIndex"]]
    assert rule["helpUri"].endswith("docs/rules.md#aia-54")
    assert rule["fullDescription"]["text"] != rule["shortDescription"]["text"]  # the obligation
    assert "AI Act Art 54(1)" in rule["help"]["markdown"]
    assert run["invocations"][0]["executionSuccessful"] is True
    assert run["artifacts"][0]["hashes"]["sha-256"] == decl.sha256
    assert run["properties"]["asOf"] == AS_OF
    assert {r["id"] for r in run["properties"]["rulesets"]} == {r.id for r in decl.rulesets}
    assert all(len(r["sha256"]) == 64 for r in run["properties"]["rulesets"])


def test_sarif_reports_invalid_input_as_located_errors(reports: dict[str, Report]) -> None:
    run = json.loads(formatter("sarif")(reports["batch"]))["runs"][0]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["exitCode"] == 2
    note = invocation["toolExecutionNotifications"][0]
    assert note["level"] == "error"
    assert note["locations"][0]["physicalLocation"]["region"]["startLine"] == 30
    errors = [r for r in run["results"] if r["ruleId"] == "input-error"]
    assert len(errors) == 1 and errors[0]["kind"] == "fail" and errors[0]["level"] == "error"


def test_sarif_suppresses_waived_results_and_marks_baseline_state(waived: Report) -> None:
    run = json.loads(formatter("sarif")(waived))["runs"][0]
    by_rule = {r["ruleId"]: r for r in run["results"]}
    suppressed = by_rule["AIA-54"]
    assert suppressed["kind"] == "fail" and suppressed["level"] == "error"
    (suppression,) = suppressed["suppressions"]
    assert suppression["kind"] == "external" and suppression["status"] == "accepted"
    assert suppression["justification"].startswith("Mandate signed")
    assert suppression["properties"] == {
        "approvedBy": "Jane Auditor",
        "approvedOn": "2026-11-21",
        "expires": "2026-12-31",
    }
    assert by_rule["AIA-53-1-D"]["baselineState"] == "new"
    assert by_rule["CR-1-2-TPM"]["baselineState"] == "unchanged"
    assert "baselineState" not in by_rule["AIA-53-1-A"]
    config = run["invocations"][0]["toolConfigurationNotifications"]
    assert config[0]["level"] == "warning"
    assert run["properties"]["fixed"][0]["rule"] == "TR-FORM-01"


# --- JUnit ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def junit_schema() -> object:
    if not JUNIT_XSD.exists():
        pytest.skip(NO_SHARED)
    xmlschema = pytest.importorskip(
        "xmlschema", reason="xmlschema (test extra) is needed to validate JUnit XML against the XSD"
    )
    return xmlschema.XMLSchema(str(JUNIT_XSD))


@pytest.mark.parametrize("case", ["canonical", "invalid", "batch", "waived"])
def test_junit_is_valid_against_the_xsd(
    case: str, reports: dict[str, Report], waived: Report, junit_schema: object
) -> None:
    report = waived if case == "waived" else reports[case]
    errors = list(junit_schema.iter_errors(formatter("junit")(report)))  # type: ignore[attr-defined]
    assert not errors, [str(e)[:300] for e in errors[:3]]


def _suites(xml: str) -> list[object]:
    import xml.etree.ElementTree as ET

    return list(ET.fromstring(xml).iter("testsuite"))


def test_junit_counts_failures_skips_and_errors(reports: dict[str, Report], waived: Report) -> None:
    import xml.etree.ElementTree as ET

    canonical, invalid = _suites(formatter("junit")(reports["batch"]))
    assert isinstance(canonical, ET.Element) and isinstance(invalid, ET.Element)
    counts = reports["canonical"].declarations[0].counts()
    assert canonical.get("name") == CANONICAL
    assert int(canonical.get("tests", "")) == sum(counts.values())
    assert int(canonical.get("failures", "")) == counts["missing"] + counts["partial"]
    assert int(canonical.get("skipped", "")) == counts["not_applicable"] + counts["not_yet_due"]
    props = {p.get("name"): p.get("value") for p in canonical.iter("property")}
    assert props["declaration.sha256"] == reports["canonical"].declarations[0].sha256
    assert props["as_of"] == AS_OF and props["ruleset.ai-act.sha256"]
    case = next(c for c in canonical.iter("testcase") if c.get("name", "").startswith("AIA-54:"))
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "high"
    assert "How to fix:" in (failure.text or "")
    assert invalid.get("errors") == "1" and invalid.find("testcase/error") is not None

    suite, run = _suites(formatter("junit")(waived))
    assert isinstance(suite, ET.Element) and isinstance(run, ET.Element)
    case = next(c for c in suite.iter("testcase") if c.get("name", "").startswith("AIA-54:"))
    skipped = case.find("skipped")
    assert skipped is not None
    assert "until 2026-12-31" in skipped.get("message", "")
    assert "Jane Auditor" in skipped.get("message", "")
    # Run notices and fixed findings are known at the end: one last suite without test cases says them.
    assert (run.get("name"), run.get("tests")) == ("compliance-checker run", "0")
    assert suite.findtext("system-err") in (None, "")
    err = run.findtext("system-err") or ""
    assert "waiver for TR-1-3 expired" in err and "fixed since the baseline:" in err and "TR-FORM-01" in err


# --- text ----------------------------------------------------------------------------------------------

TEXT_LINE = re.compile(r"^[^:\n]+:\d+:\d+: (error|warning|note): .+$")


def test_text_is_one_located_finding_per_line(reports: dict[str, Report], waived: Report) -> None:
    lines = formatter("text")(reports["batch"]).splitlines()
    assert lines and all(TEXT_LINE.match(line) for line in lines), lines[:3]
    decl = reports["canonical"].declarations[0]
    gaps = [r for r in decl.results if r.status in ("missing", "partial")]
    findings = [line for line in lines if ": note: " not in line]
    assert len(findings) == len(gaps) + 1  # + the invalid file's one error; notes locate further items
    assert lines[0].startswith(f"{CANONICAL}:") and lines[0].endswith(f"[{gaps[0].rule}]")
    assert lines[-1].startswith(f"{INVALID}:30:5: error: ")
    waived_lines = [line for line in formatter("text")(waived).splitlines() if line.endswith("[AIA-54]")]
    assert len(waived_lines) == 1 and ": note: " in waived_lines[0]
    assert "(waived until 2026-12-31: Mandate signed" in waived_lines[0]


# --- Markdown ------------------------------------------------------------------------------------------


def test_markdown_lists_waived_gaps_separately(waived: Report) -> None:
    out = formatter("markdown")(waived)
    gaps, _, rest = out.partition("Waived (1)")
    assert "[AIA-54]" not in gaps.split("| Rule |", 1)[1]  # not among the open gaps (AIA-54-3-* are)
    assert "Mandate signed" in rest and "Jane Auditor" in rest and "2026-12-31" in rest
    assert "Fixed since the baseline (1)" in out and "expired" in out


def test_markdown_is_truncated_for_a_github_comment() -> None:
    lines = [f"| row {n} | {'x' * 90} |" for n in range(2000)]
    out = truncate(lines)
    assert len(out) <= 65_536
    assert out.rstrip().endswith("has everything._")
    assert truncate(["short"]) == "short\n"


def test_markdown_escapes_table_cells(reports: dict[str, Report]) -> None:
    decl = reports["canonical"].declarations[0]
    results = tuple(
        dataclasses.replace(r, remediation="use a | pipe and <b>tags</b>") if r.rule == "AIA-54" else r
        for r in decl.results
    )
    report = dataclasses.replace(
        reports["canonical"], declarations=(dataclasses.replace(decl, results=results),)
    )
    out = formatter("markdown")(report)
    assert "use a \\| pipe and &lt;b&gt;tags&lt;/b&gt;" in out


# --- HTML ----------------------------------------------------------------------------------------------


def test_html_is_self_contained(reports: dict[str, Report], waived: Report) -> None:
    for report in (reports["batch"], waived):
        out = formatter("html")(report)
        assert not re.search(r"""\bsrc\s*=\s*["']?(https?:)?//""", out)
        assert "<link" not in out and "@import" not in out and "url(" not in out
        for url in re.findall(r"""href\s*=\s*["']([^"']+)""", out):
            assert url.startswith("#") or re.match(
                r"^https://github\.com/compliance-checker/compliance-checker/blob/main/docs/"
                r"(rules\.md#[a-z0-9-]+|report-formats\.md#[a-z-]+)$",
                url,
            ), url
        assert "Content-Security-Policy" in out and "default-src 'none'" in out


def test_html_escapes_every_dynamic_string(waived: Report) -> None:
    decl = waived.declarations[0]
    hostile = "<script>alert(1)</script>"
    results = tuple(
        dataclasses.replace(
            r,
            message=f'{r.message} "{hostile}"',
            waiver=dataclasses.replace(r.waiver, justification=hostile, approved_by=hostile)
            if r.waiver
            else None,
        )
        for r in decl.results
    )
    report = dataclasses.replace(
        waived,
        declarations=(
            dataclasses.replace(decl, path=f"decls/{hostile}.yaml", results=results),
            dataclasses.replace(
                decl,
                path=f"{hostile}-invalid.yaml",
                results=(),
                facts=None,
                errors=(Diagnostic(f"{hostile}.yaml", f"bad {hostile}", 1, 1),),
            ),
        ),
        notices=(Diagnostic(hostile, hostile),),
    )
    out = formatter("html")(report)
    assert hostile not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert out.count("<script>") == 1  # only our own inline script


def test_html_shows_classification_chapters_filters_and_waivers(
    reports: dict[str, Report], waived: Report
) -> None:
    out = formatter("html")(reports["batch"])
    assert "Auditor summary" in out and "Most-missed obligations" in out
    assert "Summary by chapter" in out and "Code of Practice: Copyright" in out
    assert 'data-filter="findings"' in out and 'data-status="missing"' in out
    assert "Classification facts and their reasons" in out
    assert "model.training_compute.flop: expected a number" in out  # the invalid file's located error
    decl = reports["canonical"].declarations[0]
    assert decl.sha256 and decl.sha256 in out
    assert (
        'href="https://github.com/compliance-checker/compliance-checker/blob/main/docs/rules.md#aia-54"'
        in out
    )
    waived_html = formatter("html")(waived)
    assert "Waived until 2026-12-31" in waived_html and "Jane Auditor" in waived_html


# --- CSV -----------------------------------------------------------------------------------------------


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_a_row_per_declaration_and_rule(reports: dict[str, Report], waived: Report) -> None:
    rows = _rows(formatter("csv")(reports["batch"]))
    decl = reports["canonical"].declarations[0]
    assert len(rows) == len(decl.results) + 1
    first = rows[0]
    assert first["path"] == CANONICAL and first["sha256"] == decl.sha256 and first["as_of"] == AS_OF
    assert first["ruleset_version"] and len(first["ruleset_sha256"]) == 64
    assert first["model"] == (decl.model or "")
    invalid = rows[-1]
    assert invalid["status"] == "invalid" and invalid["line"] == "30"
    assert invalid["message"].startswith("model.training_compute.flop")
    row = next(r for r in _rows(formatter("csv")(waived)) if r["rule"] == "AIA-54")
    assert (row["status"], row["waived_status"], row["waiver_expires"]) == ("waived", "missing", "2026-12-31")
    assert (
        next(r for r in _rows(formatter("csv")(waived)) if r["rule"] == "CR-1-2-TPM")["baseline"]
        == "unchanged"
    )


def test_csv_defuses_formulas(reports: dict[str, Report]) -> None:
    decl = reports["canonical"].declarations[0]
    results = tuple(dataclasses.replace(r, message="=HYPERLINK(1)") for r in decl.results)
    report = dataclasses.replace(
        reports["canonical"], declarations=(dataclasses.replace(decl, results=results),)
    )
    assert {row["message"] for row in _rows(formatter("csv")(report))} == {"'=HYPERLINK(1)"}


def test_csv_matrix_is_declarations_by_rules(reports: dict[str, Report]) -> None:
    rows = _rows(formatter("csv-matrix")(reports["batch"]))
    decl = reports["canonical"].declarations[0]
    assert [r["path"] for r in rows] == [CANONICAL, INVALID]
    assert rows[0]["status"] == "evaluated" and rows[1]["status"] == "invalid"
    for result in decl.results:
        assert rows[0][result.rule] == result.status
        assert rows[1][result.rule] == ""
    assert "sha256:" in rows[0]["rulesets"]


# --- auditor summary and table -------------------------------------------------------------------------


def test_auditor_summary_puts_the_most_missed_first(reports: dict[str, Report]) -> None:
    # The gaps sample twice (the API does not deduplicate): both declarations miss the same rules.
    report = _check(CANONICAL, CANONICAL, INVALID)
    summary = summarise(report)
    assert (summary.evaluated, summary.invalid) == (2, 1)
    assert [d.path for d in summary.declarations][-1] == INVALID and summary.declarations[-1].invalid
    missed = [r.missed for r in summary.rules]
    assert missed == sorted(missed, reverse=True) and missed[0] == 2
    both = {r.rule for r in summary.rules if r.missed == 2}
    for decl in report.declarations[:2]:
        statuses = {r.rule: r.status for r in decl.results}
        assert all(statuses[rule] in ("missing", "partial") for rule in both)
    aia54 = next(r for r in summary.rules if r.rule == "AIA-54")
    assert aia54.paths == tuple(
        d.path
        for d in report.declarations[:2]
        if any(r.rule == "AIA-54" and r.status == "missing" for r in d.results)
    )


def test_table_appends_the_auditor_summary_only_for_several(reports: dict[str, Report]) -> None:
    assert "Auditor summary" not in formatter("table")(reports["canonical"])
    batch = formatter("table")(reports["batch"])
    assert "Auditor summary: 2 declaration(s): 1 evaluated, 1 invalid" in batch
    assert "Most-missed obligations" in batch


# --- JSON ----------------------------------------------------------------------------------------------


def test_json_carries_waivers_baselines_notices_and_fixed(waived: Report) -> None:
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    data = json.loads(formatter("json")(waived))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    results = {r["rule"]: r for r in data["declarations"][0]["results"]}
    assert results["AIA-54"]["waiver"] == {
        "justification": "Mandate signed on 2026-11-20; registration with the AI Office pending",
        "approved_by": "Jane Auditor",
        "approved_on": "2026-11-21",
        "expires": "2026-12-31",
        "file": "waivers.yaml",
        "line": 4,
    }
    assert results["AIA-54"]["waived_status"] == "missing"
    assert results["AIA-53-1-D"]["baseline"] == "new"
    assert "waiver" not in results["AIA-53-1-A"] and "baseline" not in results["AIA-53-1-A"]
    assert data["notices"][0]["level"] == "warning"
    assert data["fixed"] == [
        {
            "path": CANONICAL,
            "model": waived.declarations[0].model,
            "rule": "TR-FORM-01",
            "status": "evidenced",
        }
    ]
