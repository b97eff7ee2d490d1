"""Every report format: golden files, the official schemas, waivers and baselines, HTML safety.

The reports rendered here come from a small fixture (tests/report_fixture.py): the ruleset in
tests/fixtures/report/ has one rule per outcome (evidenced, partial, missing, not applicable, not yet due,
waived, manual review), with evidence items of every status and their sources, and is checked against
the fixture declaration beside it, an invalid declaration with two located errors, waivers (applied,
expired, unused) and a baseline. The golden files in tests/golden/ are one per format and case:
``canonical`` (the declaration), ``invalid`` and ``batch`` (both, with waivers and the baseline, so with
the auditor summary and the run notices). They are small and do not depend on the shipped rulesets;
rewording a shipped rule touches none of them. The shipped rules are covered by the rule cases
(tests/test_rule_cases.py) and by the sample tests, including ``test_every_format_renders_the_samples``
below, which renders every sample in every format and validates the SARIF, JUnit and JSON outputs.

After an intended change to a format or to the fixture, regenerate the golden files and review the diff
(this is the one command; it rewrites only files whose content changed):

    UPDATE_GOLDEN=1 python -m pytest tests/test_report_formats.py -k golden

SARIF is validated against the official OASIS schema and JUnit against the Ant JUnit XSD, both vendored
in tests/vendor/ (see its README for where they come from); ``xmlschema`` is in the ``test`` extra.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import hashlib
import io
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema

from compliance_checker.api import check
from compliance_checker.errors import Diagnostic
from compliance_checker.models.record import replace
from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import OUTCOMES, AppliedWaiver, Report
from compliance_checker.report import FORMATTERS, formatter, writer
from compliance_checker.report.common import SARIF_LEVELS
from compliance_checker.report.markdown import declaration_lines, truncate
from compliance_checker.report.stream import render
from compliance_checker.report.summary import summarise
from tests.conftest import AS_OF, ROOT, SAMPLES
from tests.report_fixture import (
    DECLARATION,
    FOLDER,
    INVALID,
    VERSION,
    WAIVERS,
    check_fixture,
    fixture_reports,
    in_repository,
    report,
)

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
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
VENDOR = Path(__file__).resolve().parent / "vendor"
SARIF_SCHEMA = VENDOR / "sarif-schema-2.1.0.json"
JUNIT_XSD = VENDOR / "junit.xsd"
# The vendored files exactly as published (tests/vendor/README.md says where).
VENDORED_SHA256 = {
    SARIF_SCHEMA: "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e",
    JUNIT_XSD: "147ff89ef34a82f9a1b2951e7cad251b98c9a7a48a0e0c8e44937141791f57a8",
}


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return fixture_reports()


@pytest.fixture(scope="module")
def waived(reports: dict[str, Report]) -> Report:
    """The fixture declaration with a waived gap, a new and an unchanged finding, notices and a fix."""
    return reports["waived"]


# --- golden files --------------------------------------------------------------------------------------

GOLDEN_CASES = [(fmt, case) for fmt in EXTENSIONS for case in ("canonical", "invalid", "batch")]


@pytest.mark.parametrize(("fmt", "case"), GOLDEN_CASES, ids=[f"{f}-{c}" for f, c in GOLDEN_CASES])
def test_golden(fmt: str, case: str, reports: dict[str, Report]) -> None:
    path = GOLDEN / f"{case}-{fmt}.{EXTENSIONS[fmt]}"
    actual = formatter(fmt)(reports[case])
    if UPDATE and (not path.exists() or path.read_bytes() != actual.encode("utf-8")):
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


def test_every_golden_file_belongs_to_a_case() -> None:
    expected = {f"{case}-{fmt}.{EXTENSIONS[fmt]}" for fmt, case in GOLDEN_CASES}
    assert {p.name for p in GOLDEN.iterdir()} == expected, "stray or missing golden files"


def test_the_fixture_reaches_every_outcome(reports: dict[str, Report]) -> None:
    """Each outcome once, evidence items of every status, and the invalid file's two located errors."""
    decl = reports["batch"].declarations[0]
    assert sorted(r.status for r in decl.results) == sorted(OUTCOMES)
    assert {i.status for r in decl.results for i in r.evidence} == {"ok", "partial", "failed", "skipped"}
    assert any(not r.verified for r in decl.results) and any(len(r.sources) > 1 for r in decl.results)
    assert [(d.line, d.column) for d in reports["invalid"].declarations[0].errors] == [(18, 5), (21, 5)]
    assert len(reports["batch"].notices) == 2 and len(reports["batch"].fixed) == 1


def test_every_format_is_registered() -> None:
    assert set(FORMATTERS) == set(EXTENSIONS)
    for name in FORMATTERS:
        assert callable(formatter(name))


@pytest.mark.parametrize("fmt", sorted(EXTENSIONS))
def test_formats_render_waivers_baselines_and_notices(fmt: str, waived: Report) -> None:
    out = formatter(fmt)(waived)
    assert out.endswith("\n")
    if fmt not in ("table", "csv-matrix"):
        assert "FX-DOWNSTREAM" in out and "waived" in out.lower()


# --- SARIF ---------------------------------------------------------------------------------------------


def test_the_vendored_schemas_are_the_published_files() -> None:
    for path, digest in VENDORED_SHA256.items():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{path.name} was changed"


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def _sarif_errors(validator: jsonschema.Draft4Validator, out: str) -> list[str]:
    errors = sorted(validator.iter_errors(json.loads(out)), key=lambda e: list(e.absolute_path))
    return [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


@pytest.mark.parametrize("case", ["canonical", "invalid", "batch", "waived"])
def test_sarif_is_valid_against_the_official_schema(
    case: str, reports: dict[str, Report], sarif_validator: jsonschema.Draft4Validator
) -> None:
    assert not _sarif_errors(sarif_validator, formatter("sarif")(reports[case]))


# SARIF §3.27.9 kinds, as sarif.py's docstring maps our outcomes.
KINDS = {
    "evidenced": "pass",
    "missing": "fail",
    "partial": "fail",
    "not_applicable": "notApplicable",
    "manual_review": "fail",
    "not_yet_due": "informational",
}
PASSING = RenderOptions(include_passing=True)


def _sarif(report: Report, options: RenderOptions = DEFAULT_OPTIONS) -> dict[str, Any]:
    run: dict[str, Any] = json.loads(render(writer("sarif"), report, options))["runs"][0]
    return run


def test_sarif_carries_only_findings_by_default(reports: dict[str, Report]) -> None:
    """Code scanning raises an alert per result whatever its kind: only what must be acted on is there."""
    run = _sarif(reports["canonical"])
    decl = reports["canonical"].declarations[0]
    wanted = [r for r in decl.results if r.effective_status in ("missing", "partial", "manual_review")]
    assert [r["ruleId"] for r in run["results"]] == [r.rule for r in wanted]
    assert {r.status for r in wanted} == {"missing", "partial", "manual_review"}
    assert {d["id"] for d in run["tool"]["driver"]["rules"]} == {r.rule for r in wanted}
    for result, sarif in zip(wanted, run["results"], strict=True):
        assert sarif["kind"] == "fail"
        expected = "note" if result.status == "manual_review" else SARIF_LEVELS[result.severity]
        assert sarif["level"] == expected
        assert len(sarif["partialFingerprints"]["complianceChecker/v1"]) == 32


def test_sarif_with_passing_results_maps_every_outcome(reports: dict[str, Report]) -> None:
    run = _sarif(reports["canonical"], PASSING)
    decl = reports["canonical"].declarations[0]
    assert len(run["results"]) == len(decl.results)
    assert set(KINDS) <= {r.status for r in decl.results}
    for result, sarif in zip(decl.results, run["results"], strict=True):
        assert sarif["ruleId"] == result.rule
        assert run["tool"]["driver"]["rules"][sarif["ruleIndex"]]["id"] == result.rule
        assert sarif["kind"] == KINDS[result.status]
        assert ("level" in sarif) == (sarif["kind"] == "fail")  # §3.27.10
        assert "complianceChecker/v1" in sarif["partialFingerprints"]
        region = sarif["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (result.line, result.column)
    levels = {r["ruleId"]: r.get("level") for r in run["results"]}
    assert (levels["FX-COPYRIGHT"], levels["FX-REQUESTS"]) == ("error", "warning")  # critical, medium
    copyright_ = next(r for r in run["results"] if r["ruleId"] == "FX-COPYRIGHT")
    assert copyright_["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == DECLARATION
    rule = run["tool"]["driver"]["rules"][copyright_["ruleIndex"]]
    assert rule["helpUri"].endswith("docs/rules.md#fx-copyright")
    assert rule["fullDescription"]["text"] != rule["shortDescription"]["text"]  # the obligation
    assert "AI Act Art 53(1)(c)" in rule["help"]["markdown"]
    assert run["invocations"][0]["executionSuccessful"] is True
    assert run["artifacts"][0]["hashes"]["sha-256"] == decl.sha256
    assert run["properties"]["asOf"] == AS_OF
    assert {r["id"] for r in run["properties"]["rulesets"]} == {r.id for r in decl.rulesets}
    assert all(len(r["sha256"]) == 64 for r in run["properties"]["rulesets"])


def test_sarif_fingerprints_follow_the_finding_not_its_line(tmp_path: Path) -> None:
    """Lines added above a finding move it, but its alert stays the same alert; another file's finding
    under the same rule is another alert."""
    text = (ROOT / DECLARATION).read_text(encoding="utf-8")
    shutil.copytree(ROOT / FOLDER / "evidence", tmp_path / "evidence")
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "moved.yaml").write_text("# a comment\n# another\n" + text, encoding="utf-8")

    def findings(name: str) -> dict[str, tuple[int, str, str]]:
        with in_repository():
            decl = check_fixture(str(tmp_path / name))
        run = _sarif(report(replace(decl, path="declaration.yaml")))
        return {
            r["ruleId"]: (
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
                r["partialFingerprints"]["complianceChecker/v1"],
                r["locations"][0].get("logicalLocations", [{}])[0].get("fullyQualifiedName", ""),
            )
            for r in run["results"]
        }

    before, after = findings("a.yaml"), findings("moved.yaml")
    assert before.keys() == after.keys() and before
    for rule, (line, mark, logical) in before.items():
        assert after[rule] == (line + 2, mark, logical), rule
    assert any(logical for _, _, logical in before.values())
    assert len({mark for _, mark, _ in before.values()}) == len(before)
    with in_repository():
        other = check_fixture(str(tmp_path / "a.yaml"))
    marks = {r["partialFingerprints"]["complianceChecker/v1"] for r in _sarif(report(other))["results"]}
    assert not marks & {mark for _, mark, _ in before.values()}


def test_sarif_reports_invalid_input_as_located_errors(reports: dict[str, Report]) -> None:
    run = json.loads(formatter("sarif")(reports["batch"]))["runs"][0]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["exitCode"] == 2
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error", "error"]
    assert [n["locations"][0]["physicalLocation"]["region"]["startLine"] for n in notes] == [18, 21]
    errors = [r for r in run["results"] if r["ruleId"] == "input-error"]
    assert len(errors) == 2 and all(e["kind"] == "fail" and e["level"] == "error" for e in errors)


def test_sarif_suppresses_waived_results_and_marks_baseline_state(waived: Report) -> None:
    run = _sarif(waived)
    by_rule = {r["ruleId"]: r for r in run["results"]}
    suppressed = by_rule["FX-DOWNSTREAM"]
    assert suppressed["kind"] == "fail" and suppressed["level"] == "error"
    (suppression,) = suppressed["suppressions"]
    assert suppression["kind"] == "external" and suppression["status"] == "accepted"
    assert suppression["justification"].startswith("Developer guide written")
    assert suppression["properties"] == {
        "approvedBy": "Jane Auditor",
        "approvedOn": "2026-11-21",
        "expires": "2026-12-31",
    }
    assert by_rule["FX-REQUESTS"]["baselineState"] == "new"
    assert by_rule["FX-COPYRIGHT"]["baselineState"] == "unchanged"
    assert "FX-DOCUMENTATION" not in by_rule  # evidenced: only with passing results
    every = {r["ruleId"]: r for r in _sarif(waived, PASSING)["results"]}
    assert "baselineState" not in every["FX-DOCUMENTATION"]
    config = run["invocations"][0]["toolConfigurationNotifications"]
    assert [c["level"] for c in config] == ["warning", "warning"]
    assert config[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == WAIVERS
    assert run["properties"]["fixed"][0]["rule"] == "FX-CONTACT"


# --- JUnit ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def junit_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(JUNIT_XSD))


@pytest.mark.parametrize("case", ["canonical", "invalid", "batch", "waived"])
def test_junit_is_valid_against_the_xsd(
    case: str, reports: dict[str, Report], junit_schema: xmlschema.XMLSchema
) -> None:
    errors = list(junit_schema.iter_errors(formatter("junit")(reports[case])))
    assert not errors, [str(e)[:300] for e in errors[:3]]


def _suites(xml: str) -> list[object]:
    import xml.etree.ElementTree as ET

    return list(ET.fromstring(xml).iter("testsuite"))


def test_junit_counts_failures_skips_and_errors(reports: dict[str, Report], waived: Report) -> None:
    import xml.etree.ElementTree as ET

    plain = report(*reports["canonical"].declarations, *reports["invalid"].declarations)
    canonical, invalid = _suites(formatter("junit")(plain))
    assert isinstance(canonical, ET.Element) and isinstance(invalid, ET.Element)
    counts = reports["canonical"].declarations[0].counts()
    assert canonical.get("name") == DECLARATION
    assert int(canonical.get("tests", "")) == sum(counts.values())
    assert int(canonical.get("failures", "")) == counts["missing"] + counts["partial"]
    skipped = counts["not_applicable"] + counts["not_yet_due"] + counts["manual_review"]
    assert int(canonical.get("skipped", "")) == skipped
    props = {p.get("name"): p.get("value") for p in canonical.iter("property")}
    assert props["declaration.sha256"] == reports["canonical"].declarations[0].sha256
    assert props["as_of"] == AS_OF and props["ruleset.report-fixture.sha256"]
    case = next(c for c in canonical.iter("testcase") if c.get("name", "").startswith("FX-COPYRIGHT:"))
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "critical"
    assert "How to fix:" in (failure.text or "")
    review = next(c for c in canonical.iter("testcase") if c.get("name", "").startswith("FX-CONTACT:"))
    note = review.find("skipped")
    assert note is not None and "manual review" in note.get("message", "")
    assert invalid.get("errors") == "1" and invalid.find("testcase/error") is not None

    suite, run = _suites(formatter("junit")(waived))
    assert isinstance(suite, ET.Element) and isinstance(run, ET.Element)
    case = next(c for c in suite.iter("testcase") if c.get("name", "").startswith("FX-DOWNSTREAM:"))
    skipped_waiver = case.find("skipped")
    assert skipped_waiver is not None
    assert "until 2026-12-31" in skipped_waiver.get("message", "")
    assert "Jane Auditor" in skipped_waiver.get("message", "")
    # Run notices and fixed findings are known at the end: one last suite without test cases says them.
    assert (run.get("name"), run.get("tests")) == ("compliance-checker run", "0")
    assert suite.findtext("system-err") in (None, "")
    err = run.findtext("system-err") or ""
    assert "waiver for FX-COPYRIGHT expired" in err and "fixed since the baseline:" in err
    assert "FX-CONTACT" in err


# --- text ----------------------------------------------------------------------------------------------

TEXT_LINE = re.compile(r"^[^:\n]+:\d+:\d+: (error|warning|note): .+$")


def test_text_is_one_located_finding_per_line(reports: dict[str, Report], waived: Report) -> None:
    plain = report(*reports["canonical"].declarations, *reports["invalid"].declarations)
    lines = formatter("text")(plain).splitlines()
    assert lines and all(TEXT_LINE.match(line) for line in lines), lines[:3]
    decl = reports["canonical"].declarations[0]
    gaps = [r for r in decl.results if r.status in ("missing", "partial")]
    findings = [line for line in lines if ": note: " not in line]
    assert len(findings) == len(gaps) + 2  # + the invalid file's two errors; notes locate further items
    assert lines[0].startswith(f"{DECLARATION}:") and lines[0].endswith(f"[{gaps[0].rule}]")
    assert lines[-2].startswith(f"{INVALID}:18:5: error: ")
    assert lines[-1].startswith(f"{INVALID}:21:5: error: ")
    waived_text = formatter("text")(waived).splitlines()
    waived_lines = [line for line in waived_text if line.endswith("[FX-DOWNSTREAM]")]
    assert len(waived_lines) == 1 and ": note: " in waived_lines[0]
    assert "(waived until 2026-12-31: Developer guide written" in waived_lines[0]
    notices = [line for line in waived_text if line.startswith(f"{WAIVERS}:")]
    assert len(notices) == 2 and all(": warning: " in line for line in notices)


def test_text_shows_every_status_but_evidenced_and_not_applicable_with_its_level(
    reports: dict[str, Report],
) -> None:
    decl = reports["canonical"].declarations[0]
    lines = formatter("text")(reports["canonical"]).splitlines()
    shown = {r.rule for r in decl.results if r.status not in ("evidenced", "not_applicable")}
    assert {"manual_review", "not_yet_due"} <= {r.status for r in decl.results}
    assert {line.rsplit("[", 1)[1].rstrip("]") for line in lines} == shown
    for result in decl.results:
        if result.status in ("manual_review", "not_yet_due"):
            (line,) = [line for line in lines if line.endswith(f"[{result.rule}]")]
            label = result.status.replace("_", " ")
            assert line.startswith(f"{DECLARATION}:{result.line}:{result.column}: note: ")
            assert f"({label})" in line


def test_text_prints_each_error_once_and_colours_levels_only_when_asked(reports: dict[str, Report]) -> None:
    invalid = reports["invalid"].declarations[0]
    out = formatter("text")(reports["invalid"])
    for diag in invalid.errors:
        assert out.count(f"{diag.file}:{diag.line}:{diag.column}: ") == 1
    assert "\x1b" not in out
    coloured = render(writer("text"), reports["canonical"], RenderOptions(color=True))
    assert ": \x1b[31merror\x1b[0m: " in coloured and ": \x1b[36mnote\x1b[0m: " in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == formatter("text")(reports["canonical"])


# --- Markdown ------------------------------------------------------------------------------------------


def test_markdown_lists_waived_gaps_separately(waived: Report) -> None:
    out = formatter("markdown")(waived)
    gaps, _, rest = out.partition("Waived (1)")
    assert "FX-DOWNSTREAM" not in gaps.split("| Rule |", 1)[1]  # not among the open gaps
    assert "Developer guide written" in rest and "Jane Auditor" in rest and "2026-12-31" in rest
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
        replace(r, remediation="use a | pipe and <b>tags</b>") if r.rule == "FX-COPYRIGHT" else r
        for r in decl.results
    )
    changed = replace(reports["canonical"], declarations=(replace(decl, results=results),))
    out = formatter("markdown")(changed)
    assert "use a \\| pipe and &lt;b&gt;tags&lt;/b&gt;" in out


# --- HTML ----------------------------------------------------------------------------------------------


def test_html_is_self_contained(reports: dict[str, Report], waived: Report) -> None:
    for each in (reports["batch"], waived):
        out = formatter("html")(each)
        assert not re.search(r"""\bsrc\s*=\s*["']?(https?:)?//""", out)
        assert "<link" not in out and "@import" not in out and "url(" not in out
        for url in re.findall(r"""href\s*=\s*["']([^"']+)""", out):
            assert url.startswith("#") or re.match(
                r"^https://github\.com/compliance-checker/compliance-checker/blob/main/docs/"
                r"(rules\.md#[a-z0-9-]+|report-formats\.md#[a-z-]+)$",
                url,
            ), url
        assert "Content-Security-Policy" in out and "default-src 'none'" in out


def _hostile_waiver(waiver: AppliedWaiver, text: str) -> AppliedWaiver:
    values = {name: getattr(waiver, name) for name in AppliedWaiver._fields}
    return AppliedWaiver(**{**values, "justification": text, "approved_by": text})


def test_html_escapes_every_dynamic_string(waived: Report) -> None:
    decl = waived.declarations[0]
    hostile = "<script>alert(1)</script>"
    results = tuple(
        replace(
            r,
            message=f'{r.message} "{hostile}"',
            waiver=_hostile_waiver(r.waiver, hostile) if r.waiver else None,
        )
        for r in decl.results
    )
    changed = replace(
        waived,
        declarations=(
            replace(decl, path=f"decls/{hostile}.yaml", results=results),
            replace(
                decl,
                path=f"{hostile}-invalid.yaml",
                results=(),
                facts=None,
                errors=(Diagnostic(f"{hostile}.yaml", f"bad {hostile}", 1, 1),),
            ),
        ),
        notices=(Diagnostic(hostile, hostile),),
    )
    out = formatter("html")(changed)
    assert hostile not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert out.count("<script>") == 1  # only our own inline script


def test_html_shows_classification_chapters_findings_and_waivers(
    reports: dict[str, Report], waived: Report
) -> None:
    out = formatter("html")(reports["batch"])
    assert "Auditor summary" in out and "Most-missed obligations" in out
    assert "Summary by chapter" in out and "report-fixture 2026-01-01" in out
    assert 'data-status="missing"' in out and 'data-status="evidenced"' not in out  # evidenced: by id
    decl = reports["canonical"].declarations[0]
    evidenced = " ".join(r.rule for r in decl.results if r.status == "evidenced")
    assert f'Evidenced (1)</summary><p class="ids"><code>{evidenced}</code>' in out
    assert "Not applicable (1)</summary>" in out
    assert '<section id="rules"' in out and all(f">{r.rule}</a></td>" in out for r in decl.results)
    assert "Classification facts and their reasons" in out
    assert "model.training_compute.flop: expected a number" in out  # the invalid file's located error
    decl = reports["canonical"].declarations[0]
    assert decl.sha256 and decl.sha256 in out
    assert (
        'href="https://github.com/compliance-checker/compliance-checker/blob/main/docs/rules.md#fx-copyright"'
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
    assert len(rows) == len(decl.results) + 1  # an invalid declaration is one row
    first = rows[0]
    assert first["path"] == DECLARATION and first["sha256"] == decl.sha256 and first["as_of"] == AS_OF
    assert first["ruleset_version"] and len(first["ruleset_sha256"]) == 64
    assert first["model"] == (decl.model or "")
    invalid = rows[-1]
    assert invalid["status"] == "invalid" and invalid["line"] == "18"
    assert invalid["message"].startswith("model.training_compute.flop")
    assert invalid["message"].endswith("(and 1 more error(s))")
    row = next(r for r in _rows(formatter("csv")(waived)) if r["rule"] == "FX-DOWNSTREAM")
    assert (row["status"], row["waived_status"], row["waiver_expires"]) == ("waived", "missing", "2026-12-31")
    assert next(r for r in _rows(formatter("csv")(waived)) if r["rule"] == "FX-COPYRIGHT")["baseline"] == (
        "unchanged"
    )


def test_csv_defuses_formulas(reports: dict[str, Report]) -> None:
    decl = reports["canonical"].declarations[0]
    results = tuple(replace(r, message="=HYPERLINK(1)") for r in decl.results)
    changed = replace(reports["canonical"], declarations=(replace(decl, results=results),))
    assert {row["message"] for row in _rows(formatter("csv")(changed))} == {"'=HYPERLINK(1)"}


def test_csv_matrix_is_declarations_by_rules(reports: dict[str, Report]) -> None:
    rows = _rows(formatter("csv-matrix")(reports["batch"]))
    decl = reports["batch"].declarations[0]
    assert [r["path"] for r in rows] == [DECLARATION, INVALID]
    assert rows[0]["status"] == "evaluated" and rows[1]["status"] == "invalid"
    for result in decl.results:
        assert rows[0][result.rule] == result.status
        assert rows[1][result.rule] == ""
    assert "sha256:" in rows[0]["rulesets"]


# --- auditor summary and table -------------------------------------------------------------------------


def test_auditor_summary_puts_the_most_missed_first(reports: dict[str, Report]) -> None:
    # The fixture declaration twice (the API does not deduplicate), once with its request process given.
    decl = reports["canonical"].declarations[0]
    fixed = tuple(replace(r, status="evidenced") if r.rule == "FX-REQUESTS" else r for r in decl.results)
    other = replace(decl, path="other/declaration.yaml", results=fixed)
    batch = report(decl, other, *reports["invalid"].declarations)
    summary = summarise(batch)
    assert (summary.evaluated, summary.invalid) == (2, 1)
    assert [d.path for d in summary.declarations][-1] == INVALID and summary.declarations[-1].invalid
    missed = [r.missed for r in summary.rules]
    assert missed == sorted(missed, reverse=True) and missed[:3] == [2, 2, 1]
    assert {r.rule for r in summary.rules[:2]} == {"FX-COPYRIGHT", "FX-DOWNSTREAM"}
    assert summary.rules[2].rule == "FX-REQUESTS"
    assert next(r for r in summary.rules if r.rule == "FX-COPYRIGHT").paths == (DECLARATION, other.path)
    assert next(r for r in summary.rules if r.rule == "FX-REQUESTS").paths == (DECLARATION,)


def test_table_appends_the_auditor_summary_only_for_several(reports: dict[str, Report]) -> None:
    assert "Auditor summary" not in formatter("table")(reports["canonical"])
    batch = formatter("table")(reports["batch"])
    assert "Auditor summary: 2 declaration(s): 1 evaluated, 1 invalid" in batch
    assert "Most-missed obligations" in batch


# --- JSON ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_json_carries_waivers_baselines_notices_and_fixed(
    waived: Report, report_validator: jsonschema.Draft202012Validator
) -> None:
    data = json.loads(formatter("json")(waived))
    report_validator.validate(data)
    results = {r["rule"]: r for r in data["declarations"][0]["results"]}
    assert results["FX-DOWNSTREAM"]["waiver"] == {
        "justification": "Developer guide written; publication scheduled with the next release",
        "approved_by": "Jane Auditor",
        "approved_on": "2026-11-21",
        "expires": "2026-12-31",
        "file": WAIVERS,
        "line": 5,
    }
    assert results["FX-DOWNSTREAM"]["waived_status"] == "missing"
    assert results["FX-REQUESTS"]["baseline"] == "new"
    assert "waiver" not in results["FX-DOCUMENTATION"] and "baseline" not in results["FX-DOCUMENTATION"]
    assert [n["level"] for n in data["notices"]] == ["warning", "warning"]
    assert data["fixed"] == [
        {
            "path": DECLARATION,
            "model": waived.declarations[0].model,
            "rule": "FX-CONTACT",
            "status": "manual_review",
        }
    ]


# --- the shipped samples in every format ---------------------------------------------------------------


@pytest.fixture(scope="module")
def samples() -> Report:
    """Every sample and invalid sample, checked with the shipped rulesets (paths relative to the root)."""
    paths = sorted(SAMPLES.glob("*.yaml")) + sorted((SAMPLES / "invalid").glob("*.yaml"))
    with in_repository():
        checked = check([p.relative_to(ROOT).as_posix() for p in paths], as_of=dt.date.fromisoformat(AS_OF))
    return replace(checked, tool_version=VERSION)


@pytest.mark.parametrize("fmt", sorted(EXTENSIONS))
def test_every_format_renders_the_samples(
    fmt: str,
    samples: Report,
    sarif_validator: jsonschema.Draft4Validator,
    junit_schema: xmlschema.XMLSchema,
) -> None:
    """Real rules in every format: each sample named, SARIF and JUnit valid against their schemas."""
    out = formatter(fmt)(samples)
    assert out.endswith("\n")
    if fmt != "text":  # text lists findings only
        assert all(d.path in out for d in samples.declarations)
    if fmt == "sarif":
        assert not _sarif_errors(sarif_validator, out)
    elif fmt == "junit":
        errors = list(junit_schema.iter_errors(out))
        assert not errors, [str(e)[:300] for e in errors[:3]]
    elif fmt == "json":  # validated against the report schema in test_report_json.py
        assert json.loads(out)["summary"]["declarations"] == len(samples.declarations)
    elif fmt == "html":
        assert "Code of Practice: Copyright" in out and "Code of Practice: Safety and Security" in out


# --- who fails: provider and model in every format's rows ---------------------------------------------

PROVIDER, COUNTRY, MODEL = "Fixture Models B.V.", "NL", "Fixture-1 1.0"


def test_every_row_names_the_model_and_the_provider(reports: dict[str, Report]) -> None:
    import csv

    batch = reports["batch"]
    rows = list(csv.DictReader(io.StringIO(formatter("csv")(batch))))
    evaluated = [row for row in rows if row["status"] != "invalid"]
    assert evaluated and all(
        (row["model"], row["provider"], row["provider_country"]) == (MODEL, PROVIDER, COUNTRY)
        for row in evaluated
    )
    matrix = list(csv.DictReader(io.StringIO(formatter("csv-matrix")(batch))))
    assert (matrix[0]["model"], matrix[0]["provider"], matrix[0]["provider_country"]) == (
        MODEL,
        PROVIDER,
        COUNTRY,
    )
    assert matrix[1]["provider"] == ""  # the invalid file could not be read
    data = json.loads(formatter("json")(batch))
    assert data["declarations"][0]["provider"] == {"name": PROVIDER, "country": COUNTRY}
    assert data["declarations"][1]["provider"] is None
    for fmt in ("markdown", "html"):
        out = formatter(fmt)(batch)
        assert PROVIDER in out and MODEL in out, fmt


def test_most_missed_is_ranked_by_severity_then_share_and_names_the_declarations(
    reports: dict[str, Report],
) -> None:
    decl = reports["canonical"].declarations[0]
    clean = replace(
        decl,
        path="clean.yaml",
        results=tuple(replace(r, status="evidenced") if r.rule == "FX-REQUESTS" else r for r in decl.results),
    )
    summary = summarise(report(decl, clean))
    ranked = [(r.rule, r.severity, r.missed, r.applicable) for r in summary.rules]
    order = {"critical": 4, "high": 3, "medium": 2, "low": 1, "info": 0}
    assert [order[s] for _, s, _, _ in ranked] == sorted((order[s] for _, s, _, _ in ranked), reverse=True)
    by_rule = {r.rule: r for r in summary.rules}
    assert by_rule["FX-COPYRIGHT"].paths == (decl.path, "clean.yaml")
    assert by_rule["FX-REQUESTS"].paths == (decl.path,)
    data = json.loads(formatter("json")(report(decl, clean)))
    assert [m["rule"] for m in data["summary"]["most_missed"]] == [r for r, _, _, _ in ranked]
    assert data["summary"]["most_missed"][0]["declarations"] == [decl.path, "clean.yaml"]


def test_a_cut_markdown_report_never_ends_on_an_empty_table() -> None:
    lines = [
        "x" * 60_000,
        "",
        "Most-missed obligations:",
        "",
        "| Rule | Title |",
        "|---|---|",
        "| " + "y" * 9_000 + " |",
    ]
    out = truncate(lines)
    body = out.split("\n_Truncated", 1)[0].rstrip()
    assert len(out) <= 65_536 and body.endswith("x")
    rows = [
        "## Summary",
        "",
        "| Rule | Title |",
        "|---|---|",
        *(f"| R{n} | {'t' * 80} |" for n in range(1000)),
    ]
    body = truncate(rows).split("\n_Truncated", 1)[0].rstrip()
    assert body.splitlines()[-1].startswith("| R")


def test_a_cut_markdown_report_leaves_out_a_declaration_it_cannot_show_whole(
    reports: dict[str, Report],
) -> None:
    decl = reports["canonical"].declarations[0]
    many = report(*(replace(decl, path=f"d{n:04d}.yaml") for n in range(400)))
    out = formatter("markdown")(many)
    body = out.split("\n_Truncated", 1)[0].rstrip()
    assert len(out) <= 65_536 and body != out.rstrip()
    last = "### `" + body.rsplit("\n### `", 1)[1]
    path = last.split("`")[1]
    whole = "\n".join(declaration_lines(replace(decl, path=path))).rstrip()
    lines = out.splitlines()
    for size in range(60_000, 65_000, 7):  # wherever the cap falls, the last section shown is whole
        cut = truncate(lines, size).split("\n_Truncated", 1)[0].rstrip()
        tail = "### `" + cut.rsplit("\n### `", 1)[1]
        assert tail == "\n".join(declaration_lines(replace(decl, path=tail.split("`")[1]))).rstrip()
    assert last == whole


def test_every_shipped_ruleset_has_a_chapter_name_in_the_html_report() -> None:
    from compliance_checker.loading.rulesets import shipped_rulesets
    from compliance_checker.report.html_report import CHAPTER_NAMES

    assert {item.ref.id for item in shipped_rulesets()} <= set(CHAPTER_NAMES)
