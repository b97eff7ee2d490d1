"""Waivers that would hide gaps without anyone seeing (issue 14, item 10): one approved after the as-of
date is not applied (and reported), an invisible justification is refused, one lasting more than three
years is refused, and one that covers every declaration is reported loudly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import AS_OF, SAMPLES

GAPS = SAMPLES / "third-country-gaps.yaml"


def _waivers(
    tmp_path: Path,
    *,
    pattern: str = "*/gaps.yaml",
    justification: str = "Mandate signed.",
    approved_on: str = "2026-11-01",
    expires: str = "2027-06-30",
    rule: str = "AIA-54",
) -> Path:
    path = tmp_path / "waivers.yaml"
    path.write_text(
        'format_version: "1.0"\n'
        "waivers:\n"
        f"  - rule: {rule}\n"
        f"    declarations: ['{pattern}']\n"
        f"    justification: {json.dumps(justification)}\n"
        "    approved_by: Head of Compliance\n"
        f'    approved_on: "{approved_on}"\n'
        f'    expires: "{expires}"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def gaps(tmp_path: Path) -> Path:
    target = tmp_path / "decls" / "gaps.yaml"
    target.parent.mkdir()
    target.write_bytes(GAPS.read_bytes())
    return target


def _status(run_cli, waivers: Path, declaration: Path) -> tuple[int, str, str]:
    result = run_cli(
        "check", "--format", "json", "--as-of", AS_OF, "--waivers", str(waivers), str(declaration)
    )
    report = json.loads(result.stdout)
    (rule,) = [r for r in report["declarations"][0]["results"] if r["rule"] == "AIA-54"]
    return result.exit_code, rule["status"], result.stderr


def test_a_waiver_approved_after_the_as_of_date_is_not_applied(run_cli, tmp_path: Path, gaps: Path) -> None:
    waivers = _waivers(tmp_path, approved_on="2099-01-01", expires="2099-06-30")
    code, status, stderr = _status(run_cli, waivers, gaps)
    assert (code, status) == (1, "missing")
    assert (
        f"{waivers}:3:1: warning: waiver for AIA-54 is approved on 2099-01-01, after the as-of date "
        f"{AS_OF}; it is not applied"
    ) in stderr
    assert "matches no finding" not in stderr


@pytest.mark.parametrize("text", ["\u200b", " \u200d\u2060 ", "\u3164", "\u202e\u202c", "T\u200bODO"])
def test_an_invisible_justification_is_refused(run_cli, tmp_path: Path, gaps: Path, text: str) -> None:
    waivers = _waivers(tmp_path, justification=text)
    result = run_cli("check", "--as-of", AS_OF, "--waivers", str(waivers), str(gaps))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{waivers}:5:5: error: waivers[0].justification: "), result.stderr
    assert "no visible text" in result.stderr or "a placeholder is not accepted" in result.stderr
    assert result.stdout == ""


def test_a_waiver_until_9999_is_refused(run_cli, tmp_path: Path, gaps: Path) -> None:
    waivers = _waivers(tmp_path, pattern="**", expires="9999-12-31")
    result = run_cli("check", "--as-of", AS_OF, "--waivers", str(waivers), str(gaps))
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{waivers}:3:5: error: waivers[0]: 'expires' (9999-12-31) is more than 3 "
        "years after 'approved_on' (2026-11-01)"
    ), result.stderr


def test_three_years_to_the_day_is_accepted(run_cli, tmp_path: Path, gaps: Path) -> None:
    code, status, _ = _status(run_cli, _waivers(tmp_path, expires="2029-11-01"), gaps)
    assert (code, status) == (1, "waived")  # other gaps remain


@pytest.mark.parametrize("pattern", ["**", "*", "**/*.yaml", "*.y*ml"])
def test_a_waiver_for_every_declaration_is_reported(
    run_cli, tmp_path: Path, gaps: Path, pattern: str
) -> None:
    waivers = _waivers(tmp_path, pattern=pattern)
    _, status, stderr = _status(run_cli, waivers, gaps)
    assert status == "waived"
    assert (
        f"{waivers}:3:1: warning: waiver for AIA-54 covers every declaration ({pattern}); a waiver should "
        "name the declarations whose gap was accepted"
    ) in stderr


def test_a_waiver_naming_its_declarations_is_not_reported(run_cli, tmp_path: Path, gaps: Path) -> None:
    _, status, stderr = _status(run_cli, _waivers(tmp_path, pattern="decls/gaps.yaml"), gaps)
    assert status == "waived"
    assert stderr == ""
