"""Wrong types, impossible dates, quoted numbers, NaN/infinite/negative compute, and dates of past events
after the as-of date: one located line each, saying what was expected."""

from __future__ import annotations

import pytest

from tests.conftest import AS_OF
from tests.refusal import INPUTS, assert_refused

FUTURE = f"2999-01-01 is after the as-of date {AS_OF}; this date records something that has already happened"

CASES = [
    ("wrong-type.yaml", 9, 5, "model.modalities.input: expected a list; got text 'text'"),
    ("boolean-as-string.yaml", 5, 3, "provider.sme: expected true or false; got text 'yes'"),
    ("impossible-date.yaml", 8, 3, "model.release_date: '2025-02-30' is not a real calendar date"),
    (
        "number-as-string.yaml",
        12,
        5,
        "model.training_compute.flop: expected a number, such as 3.8e+25; got text '2.0e+23' "
        "(write the number without quotes)",
    ),
    (
        "nan-compute.yaml",
        12,
        5,
        "model.training_compute.flop: expected a finite number (not .nan or .inf), such as 3.8e+25; "
        "got a number .nan",
    ),
    (
        "infinite-compute.yaml",
        12,
        5,
        "model.training_compute.flop: expected a finite number (not .nan or .inf), such as 3.8e+25; "
        "got a number .inf",
    ),
    (
        "negative-compute.yaml",
        12,
        5,
        "model.training_compute.flop: expected a number greater than 0, such as 3.8e+25; got a number -2e+23",
    ),
    ("future-notification.yaml", 15, 5, f"model.systemic_risk.notification_date: {FUTURE}"),
    ("future-mandate.yaml", 8, 5, f"provider.authorised_representative.mandate_date: {FUTURE}"),
    ("future-evidence-date.yaml", 16, 5, f"evidence[0].date: {FUTURE}"),
]


@pytest.mark.parametrize(("name", "line", "column", "fragment"), CASES)
def test_refused(run_cli, name: str, line: int, column: int, fragment: str) -> None:
    path = INPUTS / "values" / name
    result = run_cli("check", "--as-of", AS_OF, str(path))
    assert_refused(result, path, fragment, line=line, column=column)


def test_a_past_event_date_is_fine_once_the_as_of_date_reaches_it(run_cli) -> None:
    result = run_cli("check", "--as-of", "2999-01-01", str(INPUTS / "values" / "future-notification.yaml"))
    assert result.exit_code in (0, 1), result.stderr
    assert ": error: " not in result.stderr


def test_a_planned_placement_is_not_an_error(run_cli) -> None:
    """Placement may be planned: classification reports it as 'placement planned for ...'."""
    result = run_cli("classify", "--as-of", AS_OF, str(INPUTS / "values" / "planned-placement.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "placement planned for 2999-01-01" in result.stdout
