"""The systemic-risk samples: the late-reports sample fails on exactly its five gaps, each located.

``sample_declarations/systemic-risk-late-reports.yaml`` is complete except for a missing specified
systemic risk and four late reports (a Framework update notified on the 7th business day, a death reported
on day 12, an overdue intermediate report, a final report 67 days after resolution). Every lateness must be
a finding of the right rule, printed at the line and column of the late date in the declaration.
"""

from __future__ import annotations

import copy
import json
import re

import pytest

from tests.conftest import AS_OF, SAMPLES

LATE = SAMPLES / "systemic-risk-late-reports.yaml"

# rule -> (expected outcome, the YAML text the finding must point at, which occurrence of it)
FINDINGS: dict[str, tuple[str, str, int]] = {
    "SRT-2-1-SPECIFIED": ("missing", "risks:", 1),
    "SS-1-4-NOTIFICATION": ("partial", 'ai_office_access: "2026-04-23"', 1),
    "SS-9-3-INITIAL": ("partial", 'initial_report: "2026-05-20"', 1),
    "SS-9-3-INTERMEDIATE": ("partial", 'intermediate_reports: ["2026-10-07"]', 1),
    "SS-9-3-FINAL": ("partial", 'final_report: "2026-06-02"', 1),
}


def _position(text: str, occurrence: int) -> tuple[int, int]:
    """1-based line and column of the n-th line of the sample that starts (after indentation) with text."""
    seen = 0
    for number, line in enumerate(LATE.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip().startswith(text):
            seen += 1
            if seen == occurrence:
                return number, len(line) - len(line.lstrip()) + 1
    raise AssertionError(f"{text!r} not found {occurrence} times in {LATE.name}")


def test_late_sample_exits_1(run_cli) -> None:
    result = run_cli("check", str(LATE), "--as-of", AS_OF)
    assert result.exit_code == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_late_sample_fails_only_on_its_gaps(run_cli) -> None:
    result = run_cli("check", "--format", "json", "--as-of", AS_OF, str(LATE))
    data = json.loads(result.stdout)
    statuses = {r["rule"]: r["status"] for r in data["declarations"][0]["results"]}
    failing = {rule: status for rule, status in statuses.items() if status in {"missing", "partial"}}
    assert failing == {rule: outcome for rule, (outcome, _, _) in FINDINGS.items()}
    assert set(statuses.values()) - {"missing", "partial"} <= {"evidenced", "not_applicable"}


@pytest.mark.parametrize("rule", sorted(FINDINGS))
def test_each_lateness_is_located(run_cli, rule: str) -> None:
    outcome, text, occurrence = FINDINGS[rule]
    line, column = _position(text, occurrence)
    result = run_cli("check", "--format", "text", "--as-of", AS_OF, str(LATE))
    pattern = re.compile(
        rf"^{re.escape(str(LATE))}:{line}:{column}: error: .*\({outcome}\).* \[{re.escape(rule)}\]$",
        re.MULTILINE,
    )
    assert pattern.search(result.stdout), f"{rule} not reported at {line}:{column}:\n{result.stdout}"


def test_frontier_sample_evidences_commitments_7_to_10(run_cli) -> None:
    result = run_cli(
        "check", "--format", "json", "--as-of", AS_OF, str(SAMPLES / "frontier-systemic-risk.yaml")
    )
    results = json.loads(result.stdout)["declarations"][0]["results"]
    ours = {r["rule"]: r["status"] for r in results if re.match(r"^SS-(7|8|9|10)-", r["rule"])}
    assert len(ours) == 19
    assert {rule for rule, status in ours.items() if status != "evidenced"} == {"SS-7-6-EXCEPTION"}
    assert ours["SS-7-6-EXCEPTION"] == "not_applicable"


def test_two_late_reports_under_one_rule_are_both_located(run_cli, tmp_path) -> None:
    """One rule, two late incidents: the finding sits at the first, a note line at the second."""
    from tests.test_rule_cases import base, dump

    data = copy.deepcopy(base("systemic"))  # base() is cached: never change it in place
    data["safety_and_security"]["serious_incidents"]["log"] = [
        {"id": "first", "category": "death", "aware": "2026-05-01", "initial_report": "2026-05-12"},
        {
            "id": "second",
            "category": "critical_infrastructure",
            "aware": "2026-06-01",
            "initial_report": "2026-06-04",
        },
    ]
    path = tmp_path / "two-late.yaml"
    path.write_text(dump(data), encoding="utf-8")
    lines = run_cli("check", "--format", "text", "--as-of", AS_OF, str(path)).stdout.splitlines()
    mine = [line for line in lines if line.endswith("[SS-9-3-INITIAL]")]
    text = path.read_text(encoding="utf-8").splitlines()
    first, second = (
        next(n for n, line in enumerate(text, start=1) if line.strip() == f"initial_report: {day}")
        for day in ("2026-05-12", "2026-06-04")
    )
    assert len(mine) == 2, lines
    assert re.match(rf"^{re.escape(str(path))}:{first}:\d+: error: .*\(missing\)", mine[0])
    assert re.match(rf"^{re.escape(str(path))}:{second}:\d+: note: .*id second.*2026-06-04", mine[1])
