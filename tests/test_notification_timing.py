"""Art 52(1) notification timing through the real rule AIA-52-1 (ruleset ai-act), end to end.

"Without delay and in any event within two weeks" after the threshold is met: a notification on day 14
is in time, on day 15 it is late. Thresholds met before 2 August 2025 count from that date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from compliance_checker.api import check_file
from compliance_checker.models.report import RuleResult

LATE_AS_OF = dt.date(2026, 11, 29)


def declaration(threshold_met: str | None, notified: str | None) -> dict[str, Any]:
    status: dict[str, Any] = {"notification_evidence": ["art52-notification"]}
    if threshold_met is not None:
        status["threshold_met_date"] = threshold_met
    if notified is not None:
        status["notification_date"] = notified
    return {
        "format_version": "1.0",
        "provider": {"name": "Frontier Labs SE", "country": "FR"},
        "model": {
            "name": "frontier",
            "version": "1.0",
            "placed_on_market": "2025-10-01",
            "modalities": {"input": ["text"], "output": ["text"]},
            "training_compute": {"flop": 3.8e25},
            "systemic_risk": status,
        },
        "evidence": [{"id": "art52-notification", "url": "https://frontier.example/art52-notification"}],
    }


def aia_52_1(tmp_path: Path, data: dict[str, Any], as_of: dt.date) -> RuleResult:
    path = tmp_path / "declaration.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    report = check_file(path, as_of=as_of)
    assert not report.errors, [d.render() for d in report.errors]
    assert report.facts is not None and report.facts.truthy("notification_required")
    (result,) = [r for r in report.results if r.rule == "AIA-52-1"]
    return result


def _item(result: RuleResult, label: str) -> str:
    (item,) = [i for i in result.evidence if i.label == label]
    return item.status


@pytest.mark.parametrize("notified", ["2025-09-01", "2025-09-08", "2025-09-15"])
def test_notification_up_to_day_14_is_evidenced(tmp_path: Path, notified: str) -> None:
    result = aia_52_1(tmp_path, declaration("2025-09-01", notified), LATE_AS_OF)
    assert result.status == "evidenced", result.message
    assert _item(result, "notification within two weeks") == "ok"


def test_notification_on_day_15_is_late(tmp_path: Path) -> None:
    result = aia_52_1(tmp_path, declaration("2025-09-01", "2025-09-16"), LATE_AS_OF)
    assert result.status == "partial", result.message
    assert _item(result, "notification within two weeks") == "failed"
    # The other three items (threshold date, notification date, record) are present.
    assert sum(i.status == "ok" for i in result.evidence) == 3
    assert "2025-09-15" in result.message
    assert result.due == dt.date(2025, 9, 15)


@pytest.mark.parametrize(
    ("notified", "status"),
    [("2025-08-16", "evidenced"), ("2025-08-17", "partial")],
)
def test_threshold_met_before_obligations_applied_counts_from_2_august_2025(
    tmp_path: Path, notified: str, status: str
) -> None:
    result = aia_52_1(tmp_path, declaration("2025-05-01", notified), LATE_AS_OF)
    assert result.status == status, result.message


@pytest.mark.parametrize("as_of", [dt.date(2025, 9, 1), dt.date(2025, 9, 10), dt.date(2025, 9, 14)])
def test_without_notification_before_the_deadline_is_not_yet_due(tmp_path: Path, as_of: dt.date) -> None:
    result = aia_52_1(tmp_path, declaration("2025-09-01", None), as_of)
    assert result.status == "not_yet_due", result.message
    assert result.due == dt.date(2025, 9, 15)
    assert "2025-09-15" in result.message


def test_without_notification_on_the_deadline_day_is_not_yet_due(tmp_path: Path) -> None:
    result = aia_52_1(tmp_path, declaration("2025-09-01", None), dt.date(2025, 9, 15))
    assert result.status == "not_yet_due", result.message


@pytest.mark.parametrize("as_of", [dt.date(2025, 9, 16), LATE_AS_OF])
def test_without_notification_after_the_deadline_is_a_finding(tmp_path: Path, as_of: dt.date) -> None:
    result = aia_52_1(tmp_path, declaration("2025-09-01", None), as_of)
    assert result.status == "partial", result.message
    assert result.due == dt.date(2025, 9, 15)


def test_without_threshold_date_the_obligation_counts_from_2_august_2025(tmp_path: Path) -> None:
    result = aia_52_1(tmp_path, declaration(None, None), LATE_AS_OF)
    assert result.status == "partial", result.message  # only the notification record is given
    assert result.due == dt.date(2025, 8, 2)
