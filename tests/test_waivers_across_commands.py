"""`check`, `deadlines` and `render` judge a declaration by one sequence (``checking.evaluated``) with the
same waivers: what `check` waives, `deadlines` lists as waived (and does not exit 1 for) and `render`
marks WAIVED where the gap is, in every format; an expired waiver waives nothing in any of them.

Real inputs: the shipped samples with the waivers files in tests/inputs/waivers/.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path
from typing import Any

import icalendar
import jsonschema
import pytest

from compliance_checker import api
from compliance_checker.checking import Waivers, evaluated
from compliance_checker.engine.deadlines import deadlines
from tests.conftest import ROOT, SAMPLES

WAIVERS = ROOT / "tests" / "inputs" / "waivers"
THIRD_COUNTRY = SAMPLES / "third-country-gaps.yaml"
THIRD_COUNTRY_WAIVERS = WAIVERS / "third-country-gaps.waivers.yaml"
LATE = SAMPLES / "systemic-risk-late-reports.yaml"
LATE_WAIVERS = WAIVERS / "systemic-risk-late-reports.waivers.yaml"
LEGACY = SAMPLES / "legacy-model.yaml"
AS_OF = "2026-11-29"
DAY = dt.date.fromisoformat(AS_OF)
SCHEMA = json.loads((ROOT / "schemas" / "deadlines.schema.json").read_text(encoding="utf-8"))


def _check_waivers(
    path: Path, waivers: Path, as_of: dt.date, *, ignore: bool = False
) -> dict[str, dict[str, Any]]:
    """The waived rules of `check` (the Python API, as the command line runs it): rule -> waiver, in
    `check --format json`'s words."""
    report = api.check([path], as_of=as_of, waivers=waivers, ignore_waivers=ignore)
    found = {}
    for result in report.declarations[0].results:
        if result.status == "waived":
            assert result.waiver is not None
            found[result.rule] = {
                "justification": result.waiver.justification,
                "approved_by": result.waiver.approved_by,
                "approved_on": result.waiver.approved_on.isoformat(),
                "expires": result.waiver.expires.isoformat(),
                "file": result.waiver.file,
                "line": result.waiver.line,
            }
    return found


def _deadlines_json(
    run_cli: Any, path: Path, *options: str, as_of: str = AS_OF
) -> tuple[int, dict[str, Any], str]:
    result = run_cli("deadlines", str(path), "--as-of", as_of, "--format", "json", *options)
    data = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    return result.exit_code, data, result.stderr


def _obligations(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for decl in data["declarations"] for item in decl["obligations"]]


# --- the three commands agree --------------------------------------------------------------------------


def test_check_deadlines_and_render_waive_the_same_gaps(run_cli: Any) -> None:
    waived = _check_waivers(THIRD_COUNTRY, THIRD_COUNTRY_WAIVERS, DAY)
    assert set(waived) == {"TDS-HEADER", "TDS-1-1", "TDS-2-3-DOMAINS"}  # TDS-PUBLISHED's has expired

    _, data, _ = _deadlines_json(run_cli, THIRD_COUNTRY, "--waivers", str(THIRD_COUNTRY_WAIVERS))
    listed = {item["rule"]: item for item in _obligations(data) if item["status"] == "waived"}
    assert set(listed) == set(waived)
    for rule, item in listed.items():
        assert item["waiver"] == waived[rule]  # the waiver as check reports it
        assert item["waived_status"] == "overdue"
    assert data["summary"]["waived"] == len(listed)
    published = [item for item in _obligations(data) if item["rule"] == "TDS-PUBLISHED"]
    assert published and all(item["status"] == "overdue" for item in published)

    rendered = run_cli(
        "render", str(THIRD_COUNTRY), "--document", "training-data-summary", "--as-of", AS_OF,
        "--waivers", str(THIRD_COUNTRY_WAIVERS),
    )  # fmt: skip
    assert rendered.exit_code == 0, rendered.stderr  # every gap it needs is waived: not refused
    marks = [line for line in rendered.stdout.splitlines() if "**WAIVED**" in line]
    assert {rule for rule in waived if any(f", {rule});" in line for line in marks)} == set(waived)
    assert len(marks) == 4 and "**GAP**" not in rendered.stdout
    assert "waived until 2027-01-31, approved by Head of Compliance on 2026-11-02" in marks[0]
    assert "Not complete: 4 waived gaps marked WAIVED" in rendered.stdout
    noted = [line for line in rendered.stderr.splitlines() if ": waived: " in line]
    assert len(noted) == 4 and {line.rsplit("(", 1)[1].rstrip(")") for line in noted} == set(waived)


def test_without_waivers_the_same_gaps_are_open_in_all_three(run_cli: Any) -> None:
    assert not _check_waivers(THIRD_COUNTRY, THIRD_COUNTRY_WAIVERS, DAY, ignore=True)
    code, data, _ = _deadlines_json(
        run_cli, THIRD_COUNTRY, "--waivers", str(THIRD_COUNTRY_WAIVERS), "--ignore-waivers"
    )
    assert code == 1 and data["summary"]["waived"] == 0
    rendered = run_cli(
        "render", str(THIRD_COUNTRY), "--document", "training-data-summary", "--as-of", AS_OF,
        "--waivers", str(THIRD_COUNTRY_WAIVERS), "--ignore-waivers",
    )  # fmt: skip
    assert rendered.exit_code == 1 and "refused: 4 gaps" in rendered.stderr


def test_a_waived_overdue_obligation_does_not_make_deadlines_fail(run_cli: Any) -> None:
    day = dt.date(2026, 12, 4)
    waived = _check_waivers(LATE, LATE_WAIVERS, day)
    assert set(waived) == {"SS-9-3-INTERMEDIATE", "SRT-2-1-SPECIFIED"}
    code, data, _ = _deadlines_json(run_cli, LATE, as_of="2026-12-04")
    assert code == 1 and {i["rule"] for i in _obligations(data) if i["status"] == "overdue"} == set(waived)

    code, data, stderr = _deadlines_json(run_cli, LATE, "--waivers", str(LATE_WAIVERS), as_of="2026-12-04")
    assert code == 0, stderr
    assert data["summary"]["overdue"] == 0 and data["summary"]["waived"] == 2
    assert {i["rule"] for i in _obligations(data) if i["status"] == "waived"} == set(waived)


def test_an_expired_waiver_waives_nothing_and_is_reported_as_check_reports_it(run_cli: Any) -> None:
    as_of = "2027-02-01"  # the day after both waivers' last day
    assert not _check_waivers(LATE, LATE_WAIVERS, dt.date.fromisoformat(as_of))
    check = run_cli("check", str(LATE), "--as-of", as_of, "--waivers", str(LATE_WAIVERS), "--format", "json")
    notices = [line for line in check.stderr.splitlines() if "expired on 2027-01-31" in line]
    assert len(notices) == 2
    code, data, stderr = _deadlines_json(run_cli, LATE, "--waivers", str(LATE_WAIVERS), as_of=as_of)
    assert code == 1 and data["summary"]["waived"] == 0
    assert [line for line in stderr.splitlines() if "expired" in line] == notices
    rendered = run_cli(
        "render", str(LATE), "--document", "incident-report", "--incident", "MER-2026-03", "--stage",
        "intermediate", "--as-of", as_of, "--waivers", str(LATE_WAIVERS), "--draft",
    )  # fmt: skip
    assert "WAIVED" not in rendered.stdout
    expired = [line for line in rendered.stderr.splitlines() if "expired" in line]
    assert expired == notices  # the waivers that matched this declaration's findings, in check's words


# --- every deadlines format shows the waiver ---------------------------------------------------------------


def test_every_deadlines_format_shows_a_waived_obligation(
    run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    common = (str(LATE), "--as-of", "2026-12-04", "--waivers", str(LATE_WAIVERS))
    monkeypatch.setenv("COLUMNS", "400")  # one line per obligation
    table = run_cli("deadlines", *common)
    assert table.exit_code == 0
    waived_rows = [line for line in table.stdout.splitlines() if "  waived  " in line]
    assert {line.split()[2] for line in waived_rows} == {"SS-9-3-INTERMEDIATE", "SRT-2-1-SPECIFIED"}
    assert all("(waived until 2027-01-31: " in line for line in waived_rows)
    assert ", 2 waived (as of" in table.stdout

    rows = list(csv.DictReader(io.StringIO(run_cli("deadlines", *common, "--format", "csv").stdout)))
    waived = [row for row in rows if row["status"] == "waived"]
    assert {row["rule"] for row in waived} == {"SS-9-3-INTERMEDIATE", "SRT-2-1-SPECIFIED"}
    assert all(row["waived_status"] == "overdue" and row["waiver_expires"] == "2027-01-31" for row in waived)
    assert all(row["waiver_approved_by"] == "Head of Compliance" for row in waived)
    assert all(row["waiver_justification"] == "" for row in rows if row["status"] != "waived")

    calendar = icalendar.Calendar.from_ical(run_cli("deadlines", *common, "--format", "ics").stdout)
    events = [e for e in calendar.walk("VEVENT") if "[waived]" in str(e.get("SUMMARY"))]
    assert len(events) == 2
    for event in events:
        description = str(event.get("DESCRIPTION"))
        assert "Without the waiver: OVERDUE" in description
        assert "Waived until 2027-01-31 (approved by Head of Compliance on 2026-11-20" in description


def test_render_marks_waived_gaps_in_html(run_cli: Any) -> None:
    rendered = run_cli(
        "render", str(THIRD_COUNTRY), "--document", "training-data-summary", "--as-of", AS_OF,
        "--waivers", str(THIRD_COUNTRY_WAIVERS), "--format", "html",
    )  # fmt: skip
    assert rendered.exit_code == 0
    assert rendered.stdout.count('<dd class="waived">WAIVED: ') == 4
    assert 'class="gap"' not in rendered.stdout


def test_render_marks_waived_gaps_in_docx(run_cli: Any, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    target = tmp_path / "summary.docx"
    rendered = run_cli(
        "render", str(THIRD_COUNTRY), "--document", "training-data-summary", "--as-of", AS_OF,
        "--waivers", str(THIRD_COUNTRY_WAIVERS), "--format", "docx", "-o", str(target),
    )  # fmt: skip
    assert rendered.exit_code == 0
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert sum(text.startswith("WAIVED: ") for text in texts) == 4
    assert not any(text.startswith("GAP: ") for text in texts)


def test_a_draft_counts_open_and_waived_gaps_apart(run_cli: Any, tmp_path: Path) -> None:
    partial = tmp_path / "waivers.yaml"
    text = THIRD_COUNTRY_WAIVERS.read_text(encoding="utf-8").replace("rule: TDS-1-1", "rule: TDS-1-2")
    partial.write_text(
        text.replace("../../../sample_declarations/", f"{SAMPLES.as_posix()}/"), encoding="utf-8"
    )
    rendered = run_cli(
        "render", str(THIRD_COUNTRY), "--document", "training-data-summary", "--as-of", AS_OF,
        "--waivers", str(partial), "--draft",
    )  # fmt: skip
    assert rendered.exit_code == 0
    assert "DRAFT: not ready to send. 1 gap marked GAP. 3 waived gaps marked WAIVED" in rendered.stdout
    assert rendered.stdout.count("**GAP**") == 1 and rendered.stdout.count("**WAIVED**") == 3


# --- the legacy deadline ---------------------------------------------------------------------------------


def test_the_legacy_deadline_is_waived_only_when_every_gap_it_counts_is(tmp_path: Path) -> None:
    as_of = dt.date(2027, 8, 3)  # the day after the Art 111(3) deadline: the deferred gaps are findings
    waivers = tmp_path / "waivers.yaml"

    def legacy(rules: list[str]) -> dict[str, Any]:
        entries = "".join(
            f"  - rule: {rule}\n    declarations: ['{LEGACY.as_posix()}']\n"
            "    justification: closing this gap is scheduled with the data team\n"
            "    approved_by: Head of Compliance\n    approved_on: '2027-07-01'\n    expires: '2027-12-31'\n"
            for rule in rules
        )
        waivers.write_text(f'format_version: "1.0"\nwaivers:\n{entries}', encoding="utf-8")
        judged = evaluated(LEGACY, as_of=as_of, waivers=Waivers(waivers, as_of=as_of))
        found = deadlines(judged.loaded, judged.facts, judged.rulesets, judged.report.results)
        item = next(o for o in found.obligations if o.kind == "legacy_deadline")
        return {"status": item.status, "waived_status": item.waived_status, "waiver": item.waiver}

    assert legacy(["CR-1-2-INFRINGING"]) == {"status": "overdue", "waived_status": None, "waiver": None}
    both = legacy(["CR-1-2-INFRINGING", "TDS-2-3-DOMAINS"])
    assert both == {"status": "waived", "waived_status": "overdue", "waiver": None}


# --- the configuration file ------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["yaml", "pyproject"])
def test_waivers_from_the_configuration_file_apply_to_all_three(
    run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(LATE_WAIVERS, project / "waivers.yaml")
    text = (project / "waivers.yaml").read_text(encoding="utf-8")
    (project / "waivers.yaml").write_text(
        text.replace("../../../sample_declarations/", f"{SAMPLES.as_posix()}/"), encoding="utf-8"
    )
    if form == "yaml":  # check's keys that deadlines and render do not share are left to check
        (project / ".compliance-checker.yaml").write_text(
            "waivers: waivers.yaml\nfail-on: never\nformat: json\n", encoding="utf-8"
        )
    else:
        (project / "pyproject.toml").write_text(
            '[tool.compliance-checker]\nwaivers = "waivers.yaml"\nfail-on = "never"\n', encoding="utf-8"
        )
    monkeypatch.chdir(project)
    code, data, stderr = _deadlines_json(run_cli, LATE, as_of="2026-12-04")
    assert code == 0, stderr
    assert data["summary"]["waived"] == 2
    code, data, _ = _deadlines_json(run_cli, LATE, "--no-config", as_of="2026-12-04")
    assert code == 1 and data["summary"]["waived"] == 0
    check = run_cli("check", str(LATE), "--as-of", "2026-12-04", "--format", "json")
    statuses = {r["rule"]: r["status"] for r in json.loads(check.stdout)["declarations"][0]["results"]}
    assert statuses["SS-9-3-INTERMEDIATE"] == statuses["SRT-2-1-SPECIFIED"] == "waived"


def test_a_bad_waivers_file_is_a_located_usage_error(run_cli: Any, tmp_path: Path) -> None:
    bad = tmp_path / "waivers.yaml"
    bad.write_text('format_version: "1.0"\nwaivers:\n  - rule: TDS-HEADER\n', encoding="utf-8")
    for command in (
        ("deadlines", str(LATE)),
        ("render", str(THIRD_COUNTRY), "--document", "training-data-summary"),
    ):
        result = run_cli(*command, "--as-of", AS_OF, "--waivers", str(bad))
        assert result.exit_code == 2
        assert result.stderr.startswith(f"{bad}:3:"), result.stderr
        assert "Traceback" not in result.stderr


def test_an_output_file_may_not_be_the_waivers_file(run_cli: Any, tmp_path: Path) -> None:
    waivers = tmp_path / "waivers.yaml"
    shutil.copy(LATE_WAIVERS, waivers)
    before = waivers.read_bytes()
    result = run_cli("deadlines", str(LATE), "--waivers", str(waivers), "-o", str(waivers))
    assert result.exit_code == 2 and "is an input file" in result.stderr
    assert waivers.read_bytes() == before


# --- one sequence for the three commands -----------------------------------------------------------------


def test_check_render_and_deadlines_judge_through_one_function(
    run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from compliance_checker import checking

    real = checking.evaluated
    seen: list[tuple[str, bool]] = []

    def spy(path: Any, **options: Any) -> checking.Evaluated:
        seen.append((str(path), options.get("waivers") is not None))
        return real(path, **options)

    monkeypatch.setattr(checking, "evaluated", spy)
    waivers = ("--waivers", str(LATE_WAIVERS))
    run_cli("check", str(LATE), "--as-of", "2026-12-04", *waivers, "--jobs", "1")
    run_cli("deadlines", str(LATE), "--as-of", "2026-12-04", *waivers, "--jobs", "1")
    run_cli(
        "render", str(LATE), "--document", "incident-report", "--incident", "MER-2026-03", "--stage",
        "intermediate", "--as-of", "2026-12-04", *waivers,
    )  # fmt: skip
    # check applies waivers in its pipeline, after the report (where it records their use for notices)
    assert seen == [(str(LATE), False), (str(LATE), True), (str(LATE), True)]


def test_the_schema_lists_every_status() -> None:
    from compliance_checker.models.deadlines import STATUSES, WAIVABLE

    obligation = SCHEMA["$defs"]["obligation"]["properties"]
    assert set(obligation["status"]["enum"]) == set(STATUSES)
    assert set(SCHEMA["properties"]["summary"]["required"]) == set(STATUSES)
    assert set(obligation["waived_status"]["enum"]) == WAIVABLE
