"""The command line end to end: samples, exit codes, bad input, every command."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import AS_OF, ROOT, SAMPLES

SAMPLE_EXIT_CODES = [
    ("frontier-systemic-risk.yaml", AS_OF, 0),
    ("third-country-gaps.yaml", AS_OF, 1),
    ("systemic-risk-late-reports.yaml", AS_OF, 1),
    ("open-source-exempt.yaml", AS_OF, 0),
    ("legacy-model.yaml", AS_OF, 0),
    ("legacy-model.yaml", "2027-09-01", 1),
    ("below-threshold.yaml", AS_OF, 0),
]


@pytest.mark.parametrize(("sample", "as_of", "expected"), SAMPLE_EXIT_CODES)
def test_sample_exit_codes(run_cli, sample: str, as_of: str, expected: int) -> None:
    result = run_cli("check", str(SAMPLES / sample), "--as-of", as_of)
    assert result.exit_code == expected, result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def _statuses(run_cli, sample: str, as_of: str = AS_OF) -> dict[str, str]:
    result = run_cli("check", "--format", "json", "--as-of", as_of, str(SAMPLES / sample))
    data = json.loads(result.stdout)
    return {r["rule"]: r["status"] for r in data["declarations"][0]["results"]}


def test_frontier_sample_evidences_every_applicable_rule(run_cli) -> None:
    statuses = _statuses(run_cli, "frontier-systemic-risk.yaml")
    assert set(statuses.values()) <= {"evidenced", "not_applicable"}
    assert statuses["AIA-52-1"] == "evidenced"
    assert statuses["AIA-55-1-C"] == "evidenced"
    assert statuses["AIA-54"] == "not_applicable"


def test_third_country_sample_lacks_representative_and_summary(run_cli) -> None:
    statuses = _statuses(run_cli, "third-country-gaps.yaml")
    assert statuses["AIA-54"] == "missing"
    assert statuses["AIA-53-1-D"] == "missing"
    assert statuses["AIA-55-1-A"] == "not_applicable"


def test_open_source_sample_lifts_53_1_a_b_and_54_only(run_cli) -> None:
    statuses = _statuses(run_cli, "open-source-exempt.yaml")
    for rule in ("AIA-53-1-A", "AIA-53-1-B", "AIA-54"):
        assert statuses[rule] == "not_applicable"
    for rule in ("AIA-53-1-C", "AIA-53-1-D"):
        assert statuses[rule] == "evidenced"


def test_legacy_sample_gaps_are_not_yet_due_before_2027_08_02(run_cli) -> None:
    before = _statuses(run_cli, "legacy-model.yaml", "2027-08-01")
    assert "not_yet_due" in before.values()
    assert not {"missing", "partial"} & set(before.values())
    after = _statuses(run_cli, "legacy-model.yaml", "2027-08-02")
    assert {"missing", "partial"} & set(after.values())


def test_below_threshold_sample_has_nothing_applicable(run_cli) -> None:
    statuses = _statuses(run_cli, "below-threshold.yaml")
    assert set(statuses.values()) == {"not_applicable"}


def test_table_shows_findings_with_locations_and_a_summary(run_cli) -> None:
    result = run_cli("check", str(SAMPLES / "third-country-gaps.yaml"), "--as-of", AS_OF)
    lines = result.stdout.splitlines()
    row = next(line for line in lines if line.endswith(" missing AIA-54"))
    assert row.startswith(f"{SAMPLES / 'third-country-gaps.yaml'}:")
    assert " high " in row
    message = lines[lines.index(row) + 1]
    assert "authorised representative" in message.lower()
    assert "finding(s)" in lines[-1] and "missing" in lines[-1]
    assert "Cobalt Ridge" in lines[0]


def test_python_dash_m_works_the_same() -> None:
    sample = str(SAMPLES / "third-country-gaps.yaml")
    completed = subprocess.run(
        [sys.executable, "-m", "compliance_checker", "check", sample, "--as-of", AS_OF],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert completed.returncode == 1
    assert "AIA-54" in completed.stdout


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("broken-yaml.yaml", "invalid YAML"),
        ("duplicate-key.yaml", "duplicate key"),
        ("wrong-type.yaml", "expected a number"),
        ("unknown-key.yaml", "did you mean"),
    ],
)
def test_invalid_samples_exit_2_with_a_located_message(run_cli, name: str, fragment: str) -> None:
    path = SAMPLES / "invalid" / name
    result = run_cli("check", str(path), "--as-of", AS_OF)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{path}:")
    line, column = first[len(str(path)) + 1 :].split(":")[:2]
    assert int(line) >= 1 and int(column) >= 1
    assert fragment in first


def test_missing_file_and_directory(run_cli, tmp_path: Path) -> None:
    missing = run_cli("check", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 2
    assert "no such file" in missing.stderr
    empty = run_cli("check", str(tmp_path))  # a directory is searched for *.yaml / *.yml
    assert empty.exit_code == 2
    assert "no *.yaml or *.yml files in this directory" in empty.stderr
    assert "no declaration to check" in empty.stderr


def test_one_bad_file_does_not_lose_the_others(run_cli) -> None:
    good = str(SAMPLES / "frontier-systemic-risk.yaml")
    bad = str(SAMPLES / "invalid" / "duplicate-key.yaml")
    result = run_cli("check", "--format", "json", "--as-of", AS_OF, bad, good)
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [d["status"] for d in data["declarations"]] == ["invalid", "evaluated"]
    assert data["declarations"][1]["results"]


def test_unknown_ruleset_lists_known_versions(run_cli) -> None:
    result = run_cli("check", "--ruleset", "ai-act@1999-01-01", str(SAMPLES / "frontier-systemic-risk.yaml"))
    assert result.exit_code == 2
    assert "unknown ruleset" in result.stderr
    assert "ai-act@2024-08-01" in result.stderr
    unknown_id = run_cli(
        "check", "--ruleset", "no-such-ruleset", str(SAMPLES / "frontier-systemic-risk.yaml")
    )
    assert unknown_id.exit_code == 2


def test_declaration_pin_to_unknown_version_is_located(run_cli, tmp_path: Path) -> None:
    text = (SAMPLES / "below-threshold.yaml").read_text(encoding="utf-8")
    assert "\nrulesets:" not in text
    pinned = tmp_path / "pinned.yaml"
    pinned.write_text('rulesets:\n  ai-act: "1999-01-01"\n' + text, encoding="utf-8")
    result = run_cli("check", str(pinned))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{pinned}:2:3: error: unknown ruleset version ai-act@1999-01-01")


def test_explicit_ruleset_version_and_custom_file(run_cli, tmp_path: Path) -> None:
    sample = str(SAMPLES / "frontier-systemic-risk.yaml")
    assert run_cli("check", "--ruleset", "ai-act@2024-08-01", "--as-of", AS_OF, sample).exit_code == 0
    custom = tmp_path / "custom.yaml"
    custom.write_text(
        "ruleset: {id: house-rules, version: '1', date: '2025-01-01', title: House rules}\n"
        "rules:\n"
        "  - id: HOUSE-1\n"
        "    title: Parameter count is declared\n"
        "    obligation: State the parameter count.\n"
        "    sources: [{document: AI Act, ref: Annex XI}]\n"
        "    severity: low\n"
        "    since: '2025-08-02'\n"
        "    evidence: [{check: present, path: model.retired, label: a field the sample leaves out}]\n"
        "    remediation: Add it.\n",
        encoding="utf-8",
    )
    result = run_cli("check", "--format", "json", "--ruleset", str(custom), "--as-of", AS_OF, sample)
    data = json.loads(result.stdout)
    rules = {r["rule"]: r for r in data["declarations"][0]["results"]}
    assert rules["HOUSE-1"]["status"] == "missing"
    assert result.exit_code == 1
    assert (
        run_cli("check", "--ruleset", str(custom), "--fail-on", "medium", "--as-of", AS_OF, sample).exit_code
        == 0
    )


def test_custom_ruleset_that_fails_its_schema_is_located(run_cli, tmp_path: Path) -> None:
    custom = tmp_path / "broken-rules.yaml"
    custom.write_text(
        "ruleset: {id: house, version: '1', date: '2025-01-01', title: T}\n"
        "rules:\n"
        "  - id: HOUSE-1\n"
        "    title: T\n"
        "    severity: urgent\n",
        encoding="utf-8",
    )
    result = run_cli("check", "--ruleset", str(custom), str(SAMPLES / "frontier-systemic-risk.yaml"))
    assert result.exit_code == 2
    assert f"{custom}:3:5" in result.stderr or f"{custom}:5:" in result.stderr
    assert "Traceback" not in result.stderr


def test_fail_on_threshold(run_cli) -> None:
    sample = str(SAMPLES / "third-country-gaps.yaml")
    assert run_cli("check", "--as-of", AS_OF, "--fail-on", "high", sample).exit_code == 1
    assert run_cli("check", "--as-of", AS_OF, "--fail-on", "critical", sample).exit_code == 0
    assert run_cli("check", "--as-of", AS_OF, "--fail-on", "never", sample).exit_code == 0


def test_bad_as_of_is_a_usage_error(run_cli) -> None:
    result = run_cli("check", "--as-of", "2025-02-30", str(SAMPLES / "frontier-systemic-risk.yaml"))
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_as_of_changes_what_is_due(run_cli, tmp_path: Path) -> None:
    # The sample records updates made in autumn 2025; an as-of date before them would make those dates
    # lie in the future (an input error), so this copy drops them.
    text = (SAMPLES / "third-country-gaps.yaml").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not re.match(r"^\s+(last_updated|date): ", line)]
    (tmp_path / "third-country-gaps.yaml").write_text("\n".join(kept) + "\n", encoding="utf-8")
    # its evidence files too: a missing file is reported on every run, whatever is due (EV-FILES)
    shutil.copytree(SAMPLES / "evidence" / "third-country-gaps", tmp_path / "evidence" / "third-country-gaps")
    result = run_cli(
        "check", "--format", "json", "--as-of", "2025-06-01", str(tmp_path / "third-country-gaps.yaml")
    )
    before_rules_apply = {
        r["rule"]: r["status"] for r in json.loads(result.stdout)["declarations"][0]["results"]
    }
    assert "missing" not in before_rules_apply.values()
    assert before_rules_apply["AIA-54"] == "not_yet_due"
    assert _statuses(run_cli, "third-country-gaps.yaml")["AIA-54"] == "missing"


def test_classify_json_has_every_required_fact(run_cli) -> None:
    result = run_cli(
        "classify", "--format", "json", "--as-of", AS_OF, str(SAMPLES / "frontier-systemic-risk.yaml")
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    for key in (
        "is_gpai",
        "systemic_risk",
        "open_source_exempt",
        "third_country_provider",
        "authorised_representative_required",
        "modifier_is_provider",
        "legacy_model",
        "compliance_deadline",
        "notification_required",
    ):
        assert set(data[key]) >= {"value", "reason"}, key
        assert data[key]["reason"]
        assert data[key]["sources"], key
    assert data["systemic_risk"]["value"] is True
    assert data["modifier_is_provider"]["value"] is None
    assert data["compliance_deadline"]["value"] >= "2025-08-02"


def test_classify_table_and_bad_input(run_cli) -> None:
    result = run_cli("classify", str(SAMPLES / "open-source-exempt.yaml"))
    assert result.exit_code == 0
    assert "open_source_exempt" in result.stdout
    bad = run_cli("classify", str(SAMPLES / "invalid" / "unknown-key.yaml"))
    assert bad.exit_code == 2
    assert "did you mean" in bad.stderr


def test_rules_list_show_rulesets_schema(run_cli) -> None:
    listing = run_cli("rules", "list", "--format", "json")
    assert listing.exit_code == 0
    rules = json.loads(listing.stdout)
    assert {"AIA-52-1", "AIA-53-1-A", "AIA-54", "AIA-55-1-D", "AIA-111-3"} <= {r["id"] for r in rules}
    assert all(r["sources"] and r["sources"][0]["ref"] for r in rules)
    table = run_cli("rules", "list")
    assert "AIA-53-1-C" in table.stdout
    shown = run_cli("rules", "show", "AIA-54")
    assert shown.exit_code == 0
    assert "AI Act Art 54(1)" in shown.stdout
    assert "Remediation:" in shown.stdout
    unknown = run_cli("rules", "show", "AIA-999")
    assert unknown.exit_code == 2
    assert "unknown rule" in unknown.stderr
    rulesets = run_cli("rulesets", "--format", "json")
    entries = json.loads(rulesets.stdout)
    assert entries[0]["id"] == "ai-act" and len(entries[0]["sha256"]) == 64
    schema = run_cli("schema")
    assert json.loads(schema.stdout)["title"] == "compliance-checker declaration"


def test_version_names_the_yaml_parser(run_cli) -> None:
    result = run_cli("--version")
    assert result.exit_code == 0
    assert "compliance-checker 0.1.0" in result.stdout
    assert "parser" in result.stdout


def test_usage_errors_exit_2(run_cli) -> None:
    assert run_cli("check").exit_code == 2
    assert run_cli("no-such-command").exit_code == 2
    assert run_cli("check", "--format", "xml", str(SAMPLES / "frontier-systemic-risk.yaml")).exit_code == 2


def test_internal_error_exits_3_without_traceback(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import compliance_checker.checking as api  # where the batch finds check_file

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "check_file", explode)
    result = run_cli("check", str(SAMPLES / "frontier-systemic-risk.yaml"))
    assert result.exit_code == 3
    assert "internal error" in result.stderr
    assert "Traceback" not in result.stderr


def test_inputs_are_never_modified(run_cli) -> None:
    paths = sorted(SAMPLES.rglob("*.yaml"))
    before = {p: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in paths}
    for path in paths:
        run_cli("check", "--as-of", AS_OF, str(path))
    assert before == {p: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in paths}


def test_not_applicable_reason_follows_the_condition_that_failed(run_cli, tmp_path: Path) -> None:
    # A rule for non-providers, checked on a provider: the reason must not claim "not the provider".
    custom = tmp_path / "non-providers.yaml"
    custom.write_text(
        "ruleset: {id: house-rules, version: '1', date: '2025-01-01', title: House rules}\n"
        "rules:\n"
        "  - id: HOUSE-2\n"
        "    title: Downstream notice\n"
        "    obligation: Say who the provider is.\n"
        "    sources: [{document: Guidelines, ref: section 3}]\n"
        "    applies_when: {not: gpai_provider}\n"
        "    severity: low\n"
        "    since: '2025-08-02'\n"
        "    evidence: [{check: present, path: provider.name, label: provider}]\n"
        "    remediation: Name the provider.\n",
        encoding="utf-8",
    )
    sample = str(SAMPLES / "frontier-systemic-risk.yaml")
    result = run_cli("check", "--format", "json", "--ruleset", str(custom), "--as-of", AS_OF, sample)
    rules = {r["rule"]: r for r in json.loads(result.stdout)["declarations"][0]["results"]}
    assert rules["HOUSE-2"]["status"] == "not_applicable"
    assert rules["HOUSE-2"]["message"].startswith("gpai provider: yes")
    below = run_cli("check", "--format", "json", "--as-of", AS_OF, str(SAMPLES / "below-threshold.yaml"))
    results = json.loads(below.stdout)["declarations"][0]["results"]
    message = next(r["message"] for r in results if r["rule"] == "AIA-53-1-A")
    assert message.startswith("not the provider of a GPAI model: the model is not a general-purpose AI model")


def test_per_file_work_runs_with_the_garbage_collector_on() -> None:
    """The console script turns the collector off for start-up; `check` turns it back on before the
    files (so a long batch stays flat in memory), and leaves it alone where it was on."""
    import gc

    from compliance_checker.commands.options import resume_collection

    gc.disable()
    try:
        resume_collection()
        assert gc.isenabled()
        resume_collection()
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_console_script_exits_with_the_commands_code(tmp_path: Path) -> None:
    sample = str(SAMPLES / "third-country-gaps.yaml")
    script = "import sys; from compliance_checker.cli import main; main(sys.argv[1:])"
    done = subprocess.run(
        [sys.executable, "-c", script, "check", sample, "--as-of", AS_OF, "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["declarations"]
