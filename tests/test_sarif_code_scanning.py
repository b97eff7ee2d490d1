"""SARIF for GitHub code scanning (issue 13): findings only by default, fingerprints on every result, valid
against the SARIF schema and Microsoft's SARIF Multitool, on the shipped samples."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from compliance_checker.api import check
from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import Report
from compliance_checker.report import writer
from compliance_checker.report.stream import render
from tests.conftest import AS_OF
from tests.node_tools import multitool_problems
from tests.report_fixture import in_repository

SCHEMA = Path(__file__).resolve().parent / "vendor" / "sarif-schema-2.1.0.json"
FRONTIER = "sample_declarations/frontier-systemic-risk.yaml"
THIRD = "sample_declarations/third-country-gaps.yaml"
INVALID = "sample_declarations/invalid/broken-yaml.yaml"


@pytest.fixture(scope="module")
def samples() -> dict[str, Report]:
    day = dt.date.fromisoformat(AS_OF)
    with in_repository():
        return {path: check([path], as_of=day) for path in (FRONTIER, THIRD, INVALID)}


def sarif(report: Report, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    return render(writer("sarif"), report, options)


def run_of(text: str) -> dict[str, Any]:
    run: dict[str, Any] = json.loads(text)["runs"][0]
    return run


def test_a_declaration_without_findings_has_no_results(samples: dict[str, Report]) -> None:
    run = run_of(sarif(samples[FRONTIER]))
    assert run["results"] == []
    assert run["tool"]["driver"]["rules"] == []
    every = run_of(sarif(samples[FRONTIER], RenderOptions(include_passing=True)))
    assert len(every["results"]) == len(samples[FRONTIER].declarations[0].results)
    assert {r["kind"] for r in every["results"]} == {"pass", "notApplicable"}


def test_one_result_per_finding_each_fingerprinted(samples: dict[str, Report]) -> None:
    decl = samples[THIRD].declarations[0]
    findings = [r for r in decl.results if r.status in ("missing", "partial", "manual_review")]
    assert findings
    run = run_of(sarif(samples[THIRD]))
    assert [r["ruleId"] for r in run["results"]] == [r.rule for r in findings]
    marks = [r["partialFingerprints"]["complianceChecker/v1"] for r in run["results"]]
    assert len(set(marks)) == len(marks)
    assert all(r["kind"] == "fail" and r["level"] in ("error", "warning", "note") for r in run["results"])
    again = run_of(sarif(samples[THIRD]))  # stable across runs
    assert [r["partialFingerprints"] for r in again["results"]] == [
        r["partialFingerprints"] for r in run["results"]
    ]


def test_an_invalid_declaration_is_an_error_result_at_its_place(samples: dict[str, Report]) -> None:
    decl = samples[INVALID].declarations[0]
    run = run_of(sarif(samples[INVALID]))
    assert len(run["results"]) == len(decl.errors)
    for result, diag in zip(run["results"], decl.errors, strict=True):
        assert result["level"] == "error" and result["ruleId"] == "input-error"
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] == diag.line
        assert "complianceChecker/v1" in result["partialFingerprints"]


def test_samples_pass_the_schema_and_the_multitool(samples: dict[str, Report], tmp_path: Path) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    logs = []
    for number, (path, report) in enumerate(samples.items()):
        for passing in (False, True):
            text = sarif(report, RenderOptions(include_passing=passing))
            errors = [e.message for e in jsonschema.Draft4Validator(schema).iter_errors(json.loads(text))]
            assert not errors, (path, errors[:3])
            log = tmp_path / f"{number}-{'all' if passing else 'findings'}.sarif"
            log.write_text(text, encoding="utf-8")
            logs.append(log)
    with in_repository():  # the logs name the samples relative to the repository
        assert multitool_problems(*logs) == []


def test_the_multitool_finds_problems_when_there_are_some(tmp_path: Path) -> None:
    """The check above can fail: a log without a tool version and with a passing error is flagged."""
    log = tmp_path / "bad.sarif"
    result = {"ruleId": "a", "message": {"text": "m"}, "kind": "pass", "level": "error"}
    log.write_text(
        json.dumps({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [result]}]})
    )
    assert multitool_problems(log)
