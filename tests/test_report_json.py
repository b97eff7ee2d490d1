"""The JSON report: valid against the published schema, reproducible, complete."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import AS_OF, ROOT, SAMPLES


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _all_samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.yaml")) + sorted((SAMPLES / "invalid").glob("*.yaml"))


def test_report_over_every_sample_is_schema_valid(run_cli, validator) -> None:
    result = run_cli("check", "--format", "json", "--as-of", AS_OF, *map(str, _all_samples()))
    data = json.loads(result.stdout)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    assert data["exit_code"] == result.exit_code == 2


def test_report_records_what_an_auditor_needs(run_cli) -> None:
    sample = SAMPLES / "frontier-systemic-risk.yaml"
    result = run_cli("check", "--format", "json", "--as-of", AS_OF, str(sample))
    decl = json.loads(result.stdout)["declarations"][0]
    assert decl["sha256"] == hashlib.sha256(sample.read_bytes()).hexdigest()
    assert decl["as_of"] == AS_OF
    assert decl["tool"]["version"] == "0.1.0"
    ruleset = decl["rulesets"][0]
    shipped = ROOT / ruleset["files"][0]
    assert ruleset["sha256"] == hashlib.sha256(shipped.read_bytes()).hexdigest()
    result_54 = next(r for r in decl["results"] if r["rule"] == "AIA-53-1-A")
    assert {"rule", "status", "severity", "sources", "message", "evidence"} <= set(result_54)
    item = result_54["evidence"][0]
    assert item["path"].startswith("transparency.")
    assert item["line"] > 1 and item["column"] >= 1
    text = sample.read_text(encoding="utf-8").splitlines()
    assert text[item["line"] - 1].strip().startswith(item["path"].split(".")[-1])


def test_report_is_deterministic(run_cli) -> None:
    args = ("check", "--format", "json", "--as-of", AS_OF, str(SAMPLES / "third-country-gaps.yaml"))
    assert run_cli(*args).stdout == run_cli(*args).stdout


def test_invalid_declaration_lists_every_located_error(run_cli, validator) -> None:
    result = run_cli("check", "--format", "json", str(SAMPLES / "invalid" / "unknown-key.yaml"))
    data = json.loads(result.stdout)
    validator.validate(data)
    decl = data["declarations"][0]
    assert decl["status"] == "invalid"
    assert decl["errors"][0]["line"] >= 1
    assert "did you mean" in decl["errors"][0]["message"]
