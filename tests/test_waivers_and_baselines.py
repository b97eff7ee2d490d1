"""Waivers (visible, justified, expiring), baselines (only new findings fail) and fail policies."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from compliance_checker.models.report import OUTCOME_THRESHOLDS, FailPolicy, RuleResult
from tests.conftest import AS_OF, SAMPLES

GAPS = SAMPLES / "third-country-gaps.yaml"


def _waivers(tmp_path: Path, *entries: str) -> Path:
    path = tmp_path / "waivers.yaml"
    path.write_text('format_version: "1.0"\nwaivers:\n' + "".join(entries), encoding="utf-8")
    return path


def _entry(
    rule: str,
    pattern: str,
    expires: str = "2027-06-30",
    justification: str = "Mandate signed 2026-12-01; registration with the AI Office pending.",
) -> str:
    return (
        f"  - rule: {rule}\n"
        f"    declarations: ['{pattern}']\n"
        f"    justification: {justification}\n"
        "    approved_by: Head of Compliance\n"
        '    approved_on: "2026-11-01"\n'
        f'    expires: "{expires}"\n'
    )


def _json(run_cli, *args: str) -> tuple[int, dict, str]:
    result = run_cli("check", "--format", "json", "--as-of", AS_OF, *args)
    return result.exit_code, json.loads(result.stdout), result.stderr


def _result(report: dict, rule: str, index: int = 0) -> dict:
    return next(r for r in report["declarations"][index]["results"] if r["rule"] == rule)


@pytest.fixture
def gaps(tmp_path: Path) -> Path:
    target = tmp_path / "decls" / "gaps.yaml"
    target.parent.mkdir()
    shutil.copy(GAPS, target)
    evidence = SAMPLES / "evidence" / "third-country-gaps"
    if evidence.is_dir():
        shutil.copytree(evidence, target.parent / "evidence" / "third-country-gaps")
    return target


def test_a_waived_finding_stays_visible_with_its_justification(run_cli, tmp_path: Path, gaps: Path) -> None:
    waivers = _waivers(tmp_path, _entry("AIA-54", "decls/gaps.yaml"))
    code, report, stderr = _json(run_cli, "--waivers", str(waivers), str(gaps))
    result = _result(report, "AIA-54")
    assert result["status"] == "waived"
    assert result["waived_status"] in ("missing", "partial")
    assert result["waiver"]["justification"].startswith("Mandate signed")
    assert result["waiver"]["approved_by"] == "Head of Compliance"
    assert result["waiver"]["expires"] == "2027-06-30"
    assert report["summary"]["waived"] == 1
    assert code == 1  # other findings remain
    assert "matches no finding" not in stderr


def test_a_waiver_names_its_rule_in_any_case(run_cli, tmp_path: Path, gaps: Path) -> None:
    waivers = _waivers(tmp_path, _entry("aia-54", "decls/gaps.yaml"))
    code, report, stderr = _json(run_cli, "--waivers", str(waivers), str(gaps))
    assert _result(report, "AIA-54")["status"] == "waived"
    assert code == 1  # other findings remain
    assert "matches no finding" not in stderr


def test_waiver_patterns_match_relative_to_the_waivers_file(run_cli, tmp_path: Path, gaps: Path) -> None:
    waivers = _waivers(tmp_path, _entry("AIA-54", "decls/*.yaml"))
    _, report, _ = _json(run_cli, "--waivers", str(waivers), str(gaps))
    assert _result(report, "AIA-54")["status"] == "waived"


def test_expiry_is_inclusive_and_an_expired_waiver_is_reported(run_cli, tmp_path: Path, gaps: Path) -> None:
    on_the_day = _waivers(tmp_path, _entry("AIA-54", "decls/gaps.yaml", expires=AS_OF))
    _, report, _ = _json(run_cli, "--waivers", str(on_the_day), str(gaps))
    assert _result(report, "AIA-54")["status"] == "waived"
    expired = _waivers(tmp_path, _entry("AIA-54", "decls/gaps.yaml", expires="2026-11-28"))
    _, report, stderr = _json(run_cli, "--waivers", str(expired), str(gaps))
    assert _result(report, "AIA-54")["status"] in ("missing", "partial")
    assert f"{expired}:3:1: warning: waiver for AIA-54 expired on 2026-11-28" in stderr


def test_an_unused_waiver_is_reported(run_cli, tmp_path: Path, gaps: Path) -> None:
    waivers = _waivers(tmp_path, _entry("AIA-52-1", "decls/gaps.yaml"), _entry("AIA-54", "other/*.yaml"))
    _, report, stderr = _json(run_cli, "--waivers", str(waivers), str(gaps))
    assert "warning: waiver for AIA-52-1 (decls/gaps.yaml) matches no finding" in stderr
    assert "warning: waiver for AIA-54 (other/*.yaml) matches no finding" in stderr
    assert _result(report, "AIA-54")["status"] in ("missing", "partial")


def test_ignore_waivers_shows_the_unwaived_truth(run_cli, tmp_path: Path, gaps: Path) -> None:
    waivers = _waivers(tmp_path, _entry("AIA-54", "decls/gaps.yaml"))
    _, report, _ = _json(run_cli, "--waivers", str(waivers), "--ignore-waivers", str(gaps))
    assert _result(report, "AIA-54")["status"] in ("missing", "partial")
    assert report["summary"]["waived"] == 0


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (_entry("AIA-54", "x.yaml", justification="TODO"), "waivers[0].justification: a placeholder"),
        (_entry("AIA-54", "x.yaml").replace('    expires: "2027-06-30"\n', ""), "expires"),
        (_entry("AIA-54", "x.yaml", expires="2026-10-01"), "'expires' is before 'approved_on'"),
        (_entry("AIA 54", "x.yaml"), "rule"),
    ],
)
def test_a_bad_waiver_file_is_a_located_error(run_cli, tmp_path: Path, entry: str, message: str) -> None:
    waivers = _waivers(tmp_path, entry)
    result = run_cli("check", "--waivers", str(waivers), str(GAPS))
    assert result.exit_code == 2
    assert f"{waivers}:" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr and not result.stdout


# --- baselines ------------------------------------------------------------------------------------------


def _baseline(run_cli, tmp_path: Path, *paths: Path) -> Path:
    out = tmp_path / "baseline.json"
    result = run_cli("check", "--as-of", AS_OF, "-o", f"json={out}", *map(str, paths))
    assert result.exit_code == 1
    return out


def test_unchanged_findings_do_not_fail_against_their_baseline(run_cli, tmp_path: Path, gaps: Path) -> None:
    baseline = _baseline(run_cli, tmp_path, gaps)
    code, report, _ = _json(run_cli, "--baseline", str(baseline), str(gaps))
    assert code == 0
    findings = [r for r in report["declarations"][0]["results"] if r["status"] in ("missing", "partial")]
    assert findings and all(r["baseline"] == "unchanged" for r in findings)


def test_a_new_failure_fails_and_a_fixed_one_is_listed(run_cli, tmp_path: Path, gaps: Path) -> None:
    baseline = _baseline(run_cli, tmp_path, gaps)
    text = gaps.read_text(encoding="utf-8")
    assert "  name: " in text
    # A new gap: the provider's contact disappears; a fixed gap: notification no longer needed is hard to
    # fake, so fix AIA-54 by adding the representative instead.
    changed = text.replace(
        "provider:\n",
        "provider:\n  authorised_representative:\n    name: EU Rep SRL\n"
        '    country: BE\n    mandate_date: "2025-06-01"\n    mandate_evidence: [eu-rep]\n',
        1,
    )
    changed = changed.replace(
        "evidence:\n", 'evidence:\n  - {id: eu-rep, url: "https://example.com/mandate"}\n', 1
    )
    gaps.write_text(changed, encoding="utf-8")
    code, report, _ = _json(run_cli, "--baseline", str(baseline), str(gaps))
    assert _result(report, "AIA-54")["status"] == "evidenced"
    assert {"rule": "AIA-54"}.items() <= next(f for f in report["fixed"] if f["rule"] == "AIA-54").items()
    assert code == 0


def test_a_failure_in_another_file_is_never_absorbed(run_cli, tmp_path: Path, gaps: Path) -> None:
    baseline = _baseline(run_cli, tmp_path, gaps)
    twin = gaps.with_name("twin.yaml")
    shutil.copy(gaps, twin)
    code, report, _ = _json(run_cli, "--baseline", str(baseline), str(gaps), str(twin))
    assert code == 1
    assert all(r["baseline"] == "unchanged" for r in report["declarations"][0]["results"] if "baseline" in r)
    assert {
        r.get("baseline")
        for r in report["declarations"][1]["results"]
        if r["status"] in ("missing", "partial")
    } == {"new"}


def test_a_bad_baseline_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    bad = tmp_path / "baseline.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run_cli("check", "--baseline", str(bad), str(GAPS))
    assert result.exit_code == 2 and f"{bad}:1:2: error: not a JSON report" in result.stderr


# --- fail policies --------------------------------------------------------------------------------------


def _result_of(status: str, severity: str, rule: str = "R-1", baseline: str | None = None) -> RuleResult:
    return RuleResult(
        rule=rule,
        title="t",
        ruleset="r",
        status=status,
        severity=severity,
        sources=(),
        message="",
        remediation="",
        verified=True,
        due=None,
        evidence=(),
        line=1,
        column=1,
        baseline=baseline,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("policy", "result", "fails"),
    [
        (FailPolicy(), _result_of("partial", "info"), True),
        (FailPolicy(severity="high"), _result_of("missing", "medium"), False),
        (FailPolicy(severity="high"), _result_of("missing", "high"), True),
        (FailPolicy(severity="never"), _result_of("missing", "critical"), False),
        (FailPolicy(outcomes=OUTCOME_THRESHOLDS["missing"]), _result_of("partial", "critical"), False),
        (FailPolicy(outcomes=OUTCOME_THRESHOLDS["manual_review"]), _result_of("manual_review", "low"), True),
        (FailPolicy(outcomes=OUTCOME_THRESHOLDS["not_yet_due"]), _result_of("not_yet_due", "low"), True),
        (FailPolicy(), _result_of("not_yet_due", "critical"), False),
        (FailPolicy(), _result_of("waived", "critical"), False),
        (FailPolicy(severity="never", hard_rules=frozenset({"R-1"})), _result_of("missing", "info"), True),
        (FailPolicy(soft_rules=frozenset({"R-1"})), _result_of("missing", "critical"), False),
        (FailPolicy(), _result_of("missing", "critical", baseline="unchanged"), False),
        (FailPolicy(), _result_of("missing", "critical", baseline="new"), True),
    ],
)
def test_fail_policy(policy: FailPolicy, result: RuleResult, fails: bool) -> None:
    assert policy.fails(result) is fails


def test_fail_on_options_from_the_command_line(run_cli, gaps: Path) -> None:
    assert run_cli("check", "--as-of", AS_OF, str(gaps)).exit_code == 1
    assert run_cli("check", "--as-of", AS_OF, "--fail-on", "never", str(gaps)).exit_code == 0
    forced = run_cli("check", "--as-of", AS_OF, "--fail-on", "never", "--fail-on-rule", "AIA-54", str(gaps))
    assert forced.exit_code == 1
    bad = run_cli("check", "--fail-on", "sometimes", str(gaps))
    assert bad.exit_code == 2 and "expected a severity" in bad.stderr
    _, report, _ = _json(run_cli, "--fail-on", "high,missing", str(gaps))
    assert report["fail_on"] == "high,missing"
