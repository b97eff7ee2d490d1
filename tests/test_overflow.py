"""Values at the edges of what a date, a number or an offset can hold (issue 14, items 1 and 7).

Odd but valid input (a placement planned for 9999-12-31) is checked without error: date arithmetic
saturates at the calendar's ends. Values nothing can hold (an integer of thousands of digits, an offset of
a billion days, NaN) are located input errors, exit 2. Nothing a user writes reaches exit 3.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import compliance_checker
from compliance_checker.engine.dates import add_business_days, add_days, add_months, shift
from tests.conftest import AS_OF, SAMPLES, CliResult

D = dt.date
FRONTIER = SAMPLES / "frontier-systemic-risk.yaml"
_DATE = re.compile(r'"\d{4}-\d{2}-\d{2}"')


# --- date arithmetic saturates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (lambda: add_months(D(9999, 12, 31), 1), D.max),
        (lambda: add_months(D(9999, 6, 30), 120), D.max),
        (lambda: add_months(D(1, 1, 31), -1), D.min),
        (lambda: add_months(D(2025, 1, 31), -100_000_000), D.min),
        (lambda: add_days(D(9999, 12, 25), 14), D.max),
        (lambda: add_days(D(1, 1, 5), -10), D.min),
        (lambda: add_business_days(D(9999, 12, 30), 5), D.max),
        (lambda: add_business_days(D(1, 1, 2), -5), D.min),
        (lambda: shift(D(9999, 12, 31), years=1_000_000), D.max),
        (lambda: shift(D(2025, 8, 2), days=10**12), D.max),
        (lambda: shift(D(2025, 8, 2), weeks=-(10**12)), D.min),
        (lambda: shift(D(2025, 8, 2), months=-100_000), D.min),
    ],
)
def test_date_arithmetic_saturates_at_the_calendar_ends(
    result: Callable[[], dt.date], expected: dt.date
) -> None:
    assert result() == expected


def test_a_billion_business_days_take_no_time() -> None:
    start = time.perf_counter()
    assert add_business_days(D(2025, 8, 6), 1_000_000_000) == D.max
    assert add_business_days(D(2025, 8, 6), -1_000_000_000) == D.min
    assert time.perf_counter() - start < 0.1


@pytest.mark.parametrize("start", [D(2025, 8, 2) + dt.timedelta(days=n) for n in range(7)])
@pytest.mark.parametrize("count", [-23, -11, -6, -5, -1, 1, 4, 5, 6, 10, 12, 31])
def test_business_days_in_closed_form_agree_with_stepping(start: dt.date, count: int) -> None:
    step = 1 if count > 0 else -1
    current, remaining = start, abs(count)
    while remaining:
        current += dt.timedelta(days=step)
        remaining -= current.weekday() < 5
    assert add_business_days(start, count) == current


# --- item 1: a placement on 9999-12-31 is a valid declaration -----------------------------------------


def _with_placement(tmp_path: Path, sample: Path, day: str) -> Path:
    text = re.sub(r'(?m)^(  placed_on_market: )"[^"]*"', rf'\1"{day}"', sample.read_text(encoding="utf-8"))
    target = tmp_path / sample.name
    target.write_text(text, encoding="utf-8")
    (tmp_path / "evidence").symlink_to(SAMPLES / "evidence")
    return target


@pytest.mark.parametrize(
    "sample", ["frontier-systemic-risk", "legacy-model", "third-country-gaps", "systemic-risk-late-reports"]
)
def test_placement_on_the_last_day_of_the_calendar_is_checked(
    tmp_path: Path, sample: str, run_cli: Callable[..., CliResult]
) -> None:
    path = _with_placement(tmp_path, SAMPLES / f"{sample}.yaml", "9999-12-31")
    result = run_cli("check", "--as-of", AS_OF, "--format", "text", str(path))
    assert result.exit_code in (0, 1), result.stderr
    assert "internal error" not in result.stderr


def test_every_date_on_the_last_day_with_the_last_as_of_date(tmp_path: Path) -> None:
    """Each date field of the frontier sample in turn set to 9999-12-31, checked as of 9999-12-31."""
    text = FRONTIER.read_text(encoding="utf-8")
    (tmp_path / "evidence").symlink_to(SAMPLES / "evidence")
    target = tmp_path / "d.yaml"
    matches = list(_DATE.finditer(text))
    assert len(matches) > 60
    for match in matches:
        target.write_text(text[: match.start()] + '"9999-12-31"' + text[match.end() :], encoding="utf-8")
        for as_of in (D(9999, 12, 31), D(2026, 11, 29)):
            report = compliance_checker.check_file(target, as_of=as_of)
            assert report.results or report.errors


def test_notification_deadline_at_the_end_of_the_calendar(tmp_path: Path) -> None:
    """Art 52(1): two weeks after a threshold met on 9999-12-30 is beyond the calendar: its last day."""
    from compliance_checker.engine.classify import classify
    from compliance_checker.loading.declaration import load_declaration

    text = re.sub(
        r'(?m)^(\s+threshold_met_date: )"[^"]*"', r'\1"9999-12-30"', FRONTIER.read_text(encoding="utf-8")
    )
    path = tmp_path / "d.yaml"
    path.write_text(text, encoding="utf-8")
    declaration = load_declaration(path, as_of=D.max).declaration
    assert classify(declaration, D.max).date("notification_deadline") == D.max


# --- item 1: integers beyond what can be written out ----------------------------------------------------

HUGE_HEX = "0x" + "f" * 3600  # 4,335 decimal digits: over Python's int-to-text limit
HUGE_DECIMAL = "9" * 5000  # over the text-to-int limit


@pytest.mark.parametrize("number", [HUGE_HEX, HUGE_DECIMAL, "1" * 101, "0o" + "7" * 101])
def test_an_integer_of_too_many_digits_in_a_declaration_is_located(
    tmp_path: Path, number: str, run_cli: Callable[..., CliResult]
) -> None:
    text = FRONTIER.read_text(encoding="utf-8").replace("parameters: 420000000000", f"parameters: {number}")
    path = tmp_path / "d.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", "--as-of", AS_OF, "--format", "sarif", str(path))
    assert result.exit_code == 2, result.stderr
    line = text[: text.index(f"parameters: {number}")].count("\n") + 1
    assert result.stderr.startswith(f"{path}:{line}:15: error: an integer of "), result.stderr
    assert "integers may have at most 100 digits" in result.stderr
    assert len(result.stderr) < 500  # the digits are not echoed


def test_an_integer_of_a_hundred_digits_is_still_a_number(tmp_path: Path) -> None:
    text = FRONTIER.read_text(encoding="utf-8").replace(
        "parameters: 420000000000", "parameters: " + "9" * 100
    )
    path = tmp_path / "d.yaml"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "evidence").symlink_to(SAMPLES / "evidence")
    report = compliance_checker.check_file(path, as_of=D(2026, 11, 29))
    assert not report.errors


def test_an_integer_of_too_many_digits_in_waivers_is_located(
    tmp_path: Path, run_cli: Callable[..., CliResult]
) -> None:
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(f'format_version: "1.0"\nwaivers: {HUGE_HEX}\n', encoding="utf-8")
    result = run_cli("check", "--as-of", AS_OF, "--waivers", str(waivers), str(FRONTIER))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{waivers}:2:10: error: an integer of 3,600 digits"), result.stderr


# --- item 7: a custom ruleset's offsets and numbers ------------------------------------------------------

RULESETS = SAMPLES.parent / "rulesets"


# A ruleset of its own, so that the line numbers below do not move when a shipped rule is edited.
CUSTOM_RULESET = """\
ruleset:
  id: custom-bounds
  version: "2026-01-01"
  date: "2026-01-01"
  title: Bounds of offsets and numbers
  sources:
    - {document: AI Act, ref: "Art 55(1)(c)"}
rules:
  - id: CB-1
    title: Incident reports are timely and records kept
    obligation: Report serious incidents in time and keep the records.
    sources:
      - {document: AI Act, ref: "Art 55(1)(c)"}
    severity: high
    since: "2025-08-02"
    evidence:
      - check: date
        path: model.release_date
        label: released in time
        on_or_before: model.placed_on_market
        offset: {weeks: 4}
      - check: number
        path: safety_and_security.serious_incidents.records_retention_years
        label: records kept
        op: ge
        value: 5
    remediation: Report in time.
"""
OFFSET_LINE = CUSTOM_RULESET.splitlines().index("        offset: {weeks: 4}") + 1
VALUE_LINE = CUSTOM_RULESET.splitlines().index("        value: 5") + 1


def _custom_ruleset(tmp_path: Path, old: str, new: str) -> Path:
    assert CUSTOM_RULESET.count(old) == 1
    path = tmp_path / "custom.yaml"
    path.write_text(CUSTOM_RULESET.replace(old, new), encoding="utf-8")
    return path


def test_the_custom_ruleset_is_valid(run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    lines = CUSTOM_RULESET.splitlines()
    assert lines[OFFSET_LINE - 1].strip() == "offset: {weeks: 4}"
    assert lines[VALUE_LINE - 1].strip() == "value: 5"
    path = tmp_path / "custom.yaml"
    path.write_text(CUSTOM_RULESET, encoding="utf-8")
    result = run_cli("check", "--ruleset", str(path), "--as-of", AS_OF, str(FRONTIER))
    assert result.exit_code in (0, 1), result.stderr


@pytest.mark.parametrize(
    ("offset", "message"),
    [
        (
            "{days: 1000000000000}",
            "expected a whole number of at most 365,242; got a whole number 1000000000000",
        ),
        ("{years: 1000000}", "expected a whole number of at most 1,000; got a whole number 1000000"),
        ("{months: -100000}", "expected a whole number of at least -12,000; got a whole number -100000"),
        (
            "{business_days: 1000000000}",
            "expected a whole number of at most 260,887; got a whole number 1000000000",
        ),
        ("{weeks: " + HUGE_HEX + "}", "an integer of 3,600 digits is too large"),
    ],
)
def test_a_ruleset_offset_longer_than_the_calendar_is_located(
    tmp_path: Path, offset: str, message: str, run_cli: Callable[..., CliResult]
) -> None:
    path = _custom_ruleset(tmp_path, "offset: {weeks: 4}", f"offset: {offset}")
    result = run_cli("check", "--ruleset", str(path), "--as-of", AS_OF, str(FRONTIER))
    assert result.exit_code == 2, result.stdout[-2000:] + result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{path}:{OFFSET_LINE}:"), first
    assert message in first, first


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "1e400"])
@pytest.mark.parametrize("key", ["value", "factor"])
def test_a_ruleset_number_that_is_not_finite_is_located(
    tmp_path: Path, value: str, key: str, run_cli: Callable[..., CliResult]
) -> None:
    if key == "factor":  # a factor goes with 'other', not 'value'
        replacement = (
            f"other: safety_and_security.serious_incidents.records_retention_years\n        factor: {value}"
        )
    else:
        replacement = f"value: {value}"
    path = _custom_ruleset(tmp_path, "value: 5", replacement)
    result = run_cli("check", "--ruleset", str(path), "--as-of", AS_OF, str(FRONTIER))
    assert result.exit_code == 2, result.stdout[-2000:] + result.stderr
    first = result.stderr.splitlines()[0]
    assert re.match(rf"{re.escape(str(path))}:({VALUE_LINE}|{VALUE_LINE + 1}):\d+: error: ", first), first
    assert "finite number" in first, first


def test_a_file_size_limit_beyond_any_file(run_cli: Callable[..., CliResult]) -> None:
    """--max-file-size far beyond memory: a file is read as far as it goes, never a buffer of the limit."""
    for limit in (str(2**40), "1" + "0" * 24):
        result = run_cli(
            "check", "--as-of", AS_OF, "--max-file-size", limit, str(SAMPLES / "below-threshold.yaml")
        )
        assert result.exit_code == 0, result.stderr
