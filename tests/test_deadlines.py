"""`compliance-checker deadlines`: dated obligations from the rules' own time limits, their statuses, stable
UIDs, the fleet view, the formats (ICS parsed by a well-kept iCalendar library) and bad input."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path
from typing import Any

import icalendar
import jsonschema
import pytest
import yaml

from compliance_checker.engine.classify import classify
from compliance_checker.engine.deadlines import deadlines, status_of
from compliance_checker.engine.evaluate import evaluate
from compliance_checker.loading import rulesets as ruleset_store
from compliance_checker.loading.declaration import load_declaration
from compliance_checker.models.deadlines import DeclarationDeadlines
from compliance_checker.models.report import RuleResult
from tests.conftest import ROOT, SAMPLES

AS_OF = dt.date(2026, 12, 4)
FRONTIER = SAMPLES / "frontier-systemic-risk.yaml"
LEGACY = SAMPLES / "legacy-model.yaml"
LATE = SAMPLES / "systemic-risk-late-reports.yaml"


def _listed(path: Path, as_of: dt.date = AS_OF) -> tuple[DeclarationDeadlines, tuple[RuleResult, ...]]:
    loaded = load_declaration(path, as_of=as_of)
    chosen = ruleset_store.selection(
        loaded.declaration.rulesets, [], loaded.document, declared_profile=loaded.declaration.profile
    )
    rulesets = [item.ruleset for item in chosen.rulesets]
    facts = classify(loaded.declaration, as_of)
    results = evaluate(loaded, facts, rulesets)
    return deadlines(loaded, facts, rulesets, results), results


def _ics(run_cli: Any, *paths: str, as_of: str = "2026-12-04") -> str:
    result = run_cli("deadlines", *paths, "--as-of", as_of, "--format", "ics")
    assert result.exit_code in (0, 1), result.stderr
    return str(result.stdout)


# --- the done-when: ICS on the frontier sample ---------------------------------------------------------


def test_frontier_ics_parses_into_events_whose_uids_are_stable(run_cli: Any) -> None:
    first, second = _ics(run_cli, str(FRONTIER)), _ics(run_cli, str(FRONTIER))
    calendar = icalendar.Calendar.from_ical(first)
    events = list(calendar.walk("VEVENT"))
    assert len(events) >= 5
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == len(uids)
    again = [str(event["UID"]) for event in icalendar.Calendar.from_ical(second).walk("VEVENT")]
    assert again == uids
    # Nothing but DTSTAMP differs between two runs.
    strip = re.compile(r"^DTSTAMP:.*\r\n", re.MULTILINE)
    assert strip.sub("", first) == strip.sub("", second)
    for event in events:
        assert isinstance(event.decoded("DTSTART"), dt.date)
        assert event.decoded("DTEND") == event.decoded("DTSTART") + dt.timedelta(days=1)
        assert str(event["SUMMARY"])


def test_ics_is_valid_rfc5545_text(run_cli: Any) -> None:
    text = _ics(run_cli, str(FRONTIER), str(LATE))
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")  # every line ends with CRLF
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    calendar = icalendar.Calendar.from_ical(text)
    assert calendar["VERSION"] == "2.0" and "PRODID" in calendar
    descriptions = [str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")]
    # Escaped commas and semicolons and folded lines come back whole.
    assert any(
        "Code of Practice, Safety and Security, Measure 9.3; AI Act Art 55(1)(c)" in d for d in descriptions
    )


def test_uids_do_not_depend_on_the_file_path_or_the_order_of_list_entries(
    run_cli: Any, tmp_path: Path
) -> None:
    data = yaml.safe_load(FRONTIER.read_text(encoding="utf-8"))
    data["safety_and_security"]["serious_incidents"]["log"].reverse()
    moved = tmp_path / "renamed.yaml"
    moved.write_text(FRONTIER.read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copytree(SAMPLES / "evidence", tmp_path / "evidence")
    reordered = tmp_path / "reordered.yaml"
    reordered.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    def uids(path: Path) -> dict[str, str]:
        found = _listed(path)[0].obligations
        return {o.uid: f"{o.date} {o.rule} {o.what}" for o in found}

    original = uids(FRONTIER)
    assert uids(moved) == original
    assert uids(reordered) == original


# --- the dates come from the rules' own time limits ------------------------------------------------------


def test_frontier_obligations_follow_the_rules_time_limits() -> None:
    listed = _listed(FRONTIER)[0]
    by_rule = {(o.rule, o.kind, o.status, o.date.isoformat()) for o in listed.obligations}
    # Art 52(1): threshold foreseen 2025-08-02 at the latest -> notification within 14 days.
    assert ("AIA-52-1", "due_by", "met", "2025-08-16") in by_rule
    # Measure 1.3: the next Framework assessment 12 months after the last (2026-09-29).
    assert ("SS-1-3-ASSESSMENT", "recurring", "upcoming", "2027-09-29") in by_rule
    # Measure 7.6: the next Model Report update 6 months after the last (2026-09-18).
    assert ("SS-7-6-UPDATES", "recurring", "upcoming", "2027-03-18") in by_rule
    # Measure 9.3: the open incident's next intermediate report 4 weeks after 2026-11-25: due soon.
    assert ("SS-9-3-INTERMEDIATE", "recurring", "due_soon", "2026-12-23") in by_rule
    # Documentation kept 10 years after placement (2025-10-15).
    assert ("TR-1-1-RETENTION", "keep_until", "met", "2035-10-15") in by_rule
    dates = [o.date for o in listed.obligations]
    assert dates == sorted(dates)


def test_late_and_overdue_obligations_are_the_rules_gaps() -> None:
    """A deadline missed is a gap the check reports: every late or overdue dated obligation belongs to a
    rule whose result is missing or partial, and every met one to a rule without that gap."""
    listed, results = _listed(LATE)
    outcome = {r.rule: r.status for r in results}
    missed = {o.rule for o in listed.obligations if o.status in ("late", "overdue")}
    assert missed == {
        "SS-1-4-NOTIFICATION",
        "SS-9-3-INITIAL",
        "SS-9-3-FINAL",
        "SS-9-3-INTERMEDIATE",
        "SRT-2-1-SPECIFIED",
    }
    assert all(outcome[rule] in ("missing", "partial") for rule in missed)
    overdue = [o for o in listed.obligations if o.status == "overdue" and o.kind == "recurring"]
    assert [(o.rule, o.date.isoformat()) for o in overdue] == [("SS-9-3-INTERMEDIATE", "2026-11-04")]
    assert overdue[0].path == "safety_and_security.serious_incidents.log[2].intermediate_reports"


def test_legacy_model_lists_the_art_111_3_deadline_and_its_deferred_gaps() -> None:
    listed, results = _listed(LEGACY)
    legacy = [o for o in listed.obligations if o.kind == "legacy_deadline"]
    assert [(o.date, o.status) for o in legacy] == [(dt.date(2027, 8, 2), "upcoming")]
    deferred = {o.rule for o in listed.obligations if o.kind == "rule_due"}
    assert deferred == {r.rule for r in results if r.status == "not_yet_due"}
    assert deferred  # the sample defers gaps: otherwise this test proves nothing
    after = _listed(LEGACY, dt.date(2027, 9, 1))[0]
    assert {o.status for o in after.obligations if o.kind in ("rule_due", "legacy_deadline")} == {"overdue"}


@pytest.mark.parametrize(
    ("due", "done", "met", "expected"),
    [
        ("2026-12-04", None, None, "due_soon"),  # due today: still open
        ("2026-12-03", None, None, "overdue"),
        ("2027-01-03", None, None, "due_soon"),  # 30 days ahead
        ("2027-01-04", None, None, "upcoming"),  # 31 days ahead
        ("2026-01-01", "2025-12-30", True, "met"),
        ("2026-01-01", "2026-01-02", False, "late"),
    ],
)
def test_status_on_the_as_of_date(due: str, done: str | None, met: bool | None, expected: str) -> None:
    day = dt.date.fromisoformat(due)
    recorded = dt.date.fromisoformat(done) if done else None
    assert status_of(day, done=recorded, met=met, as_of=AS_OF, within=30) == expected


# --- the command: fleet view, formats, exit codes, bad input ------------------------------------------


def test_table_of_one_declaration_names_it_and_sums_up(run_cli: Any) -> None:
    result = run_cli("deadlines", str(LEGACY), "--as-of", "2026-12-04")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"{LEGACY}: Nordlicht Sprachtechnologie GmbH, Nordlicht-LM 2 2.3\n")
    assert "2027-08-02" in result.stdout and "legacy deadline" in result.stdout
    assert "0 overdue" in result.stdout


def test_fleet_view_sorts_every_declaration_by_date_with_provider_and_model(run_cli: Any) -> None:
    result = run_cli("deadlines", str(FRONTIER), str(LATE), "--as-of", "2026-12-04", "--format", "csv")
    assert result.exit_code == 1  # the late-reports sample has an overdue intermediate report
    rows = result.stdout.strip("\r\n").split("\r\n")
    header = rows[0].split(",")
    assert header[:5] == ["date", "status", "kind", "provider", "model"]
    dates = [row.split(",")[0] for row in rows[1:]]
    assert dates == sorted(dates)
    providers = {row.split(",")[3] for row in rows[1:]}
    assert providers == {"Halcyon Frontier Labs SAS", "Meridian Intelligence B.V."}


def test_json_output_is_valid_against_its_schema(run_cli: Any) -> None:
    result = run_cli(
        "deadlines",
        str(FRONTIER),
        str(SAMPLES / "invalid" / "wrong-type.yaml"),
        "--as-of",
        "2026-12-04",
        "--format",
        "json",
    )
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    schema = json.loads((ROOT / "schemas" / "deadlines.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema)
    assert data["declarations"][1]["errors"][0]["line"] == 30
    assert sum(data["summary"].values()) == len(data["declarations"][0]["obligations"])


def test_a_bad_file_is_a_located_error_and_the_batch_goes_on(run_cli: Any) -> None:
    result = run_cli(
        "deadlines", str(SAMPLES / "invalid" / "broken-yaml.yaml"), str(FRONTIER), "--as-of", "2026-12-04"
    )
    assert result.exit_code == 2
    assert re.search(r"broken-yaml\.yaml:\d+:\d+: error: invalid YAML", result.stderr)
    assert "Traceback" not in result.stderr
    assert "Halcyon Frontier Labs SAS" in result.stdout and "SS-1-3-ASSESSMENT" in result.stdout


def test_a_directory_with_no_declaration_and_a_bad_option_are_usage_errors(
    run_cli: Any, tmp_path: Path
) -> None:
    assert run_cli("deadlines", str(tmp_path)).exit_code == 2
    assert run_cli("deadlines", str(FRONTIER), "--within", "-1").exit_code == 2


def test_output_file_is_written_whole(run_cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "deadlines.ics"
    result = run_cli(
        "deadlines", str(FRONTIER), "--as-of", "2026-12-04", "--format", "ics", "-o", str(target)
    )
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_bytes().count(b"BEGIN:VEVENT\r\n") >= 5
    assert run_cli("deadlines", str(FRONTIER), "-o", str(FRONTIER)).exit_code == 2  # an input is refused


def test_an_evidence_file_is_never_overwritten_by_the_output(run_cli: Any, tmp_path: Path) -> None:
    shutil.copytree(SAMPLES / "evidence", tmp_path / "evidence")
    declaration = tmp_path / "frontier.yaml"
    declaration.write_text(FRONTIER.read_text(encoding="utf-8"), encoding="utf-8")
    evidence = next(p for p in sorted((tmp_path / "evidence").rglob("*")) if p.is_file())
    before = evidence.read_bytes()
    data = yaml.safe_load(declaration.read_text(encoding="utf-8"))
    named = {e.get("path") for e in data["evidence"]}
    assert str(evidence.relative_to(tmp_path)) in named  # the file is one the declaration reads
    result = run_cli("deadlines", str(declaration), "--as-of", "2026-12-04", "-o", str(evidence))
    assert result.exit_code == 2 and "is an input file" in result.stderr
    assert evidence.read_bytes() == before


def test_ics_text_is_escaped_and_folded_without_splitting_characters() -> None:
    from compliance_checker.report.deadlines_ics import escape_text, fold

    assert escape_text("a;b,c\\d\ne\x07") == "a\\;b\\,c\\\\d\\ne\\\\x07"
    line = "DESCRIPTION:" + "Société générale 🚀 données; " * 12
    folded = fold(line)
    physical = folded.split("\r\n")[:-1]
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert "".join([physical[0], *(p[1:] for p in physical[1:])]) == line  # unfolds to the original


def test_provider_names_with_separators_survive_a_calendar_round_trip(run_cli: Any, tmp_path: Path) -> None:
    shutil.copytree(SAMPLES / "evidence", tmp_path / "evidence")
    name = "Société Générale; AI, Inc. \\ Labs"
    text = FRONTIER.read_text(encoding="utf-8").replace(
        "name: Halcyon Frontier Labs SAS", f'name: "{name.replace(chr(92), chr(92) * 2)}"'
    )
    assert name.split(";")[0] in text
    declaration = tmp_path / "frontier.yaml"
    declaration.write_text(text, encoding="utf-8")
    calendar = icalendar.Calendar.from_ical(_ics(run_cli, str(declaration)))
    descriptions = [str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")]
    assert descriptions and all(f"Provider: {name}\n" in d for d in descriptions)


def test_a_large_batch_in_worker_processes_lists_every_readable_file(run_cli: Any, tmp_path: Path) -> None:
    shutil.copytree(SAMPLES / "evidence", tmp_path / "evidence")
    for number in range(8):
        source = (FRONTIER, LEGACY)[number % 2]
        (tmp_path / f"d{number}.yaml").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(SAMPLES / "invalid" / "duplicate-key.yaml", tmp_path / "d9-broken.yaml")
    result = run_cli("deadlines", str(tmp_path), "--as-of", "2026-12-04", "--format", "json", "--jobs", "2")
    assert result.exit_code == 2
    assert "d9-broken.yaml:28:3: error: duplicate key" in result.stderr
    data = json.loads(result.stdout)
    assert [Path(d["path"]).name for d in data["declarations"]] == [f"d{n}.yaml" for n in range(8)] + [
        "d9-broken.yaml"
    ]
    assert all(d["obligations"] for d in data["declarations"][:8])
