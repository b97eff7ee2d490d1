"""`compare OLD NEW`: what changed between two versions of a declaration, and which verdicts changed.

The real pair: the frontier sample and the same declaration six months later
(tests/inputs/compare/frontier-systemic-risk-2027-05.yaml: a new Model Report update, a new incident with
a late initial report, an incident resolved, an evidence entry moved, a dataset renamed, a Form answer
rewritten)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import types
import typing
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from pydantic import BaseModel

from compliance_checker.api import check_file
from compliance_checker.engine.compare import LIST_KEYS, OUTCOME_RANK, compare, field_changes
from compliance_checker.loading.declaration import load_declaration
from compliance_checker.models.declaration import Declaration
from compliance_checker.models.report import OUTCOMES
from compliance_checker.report.compare import short
from tests.conftest import ROOT, SAMPLES

OLD = SAMPLES / "frontier-systemic-risk.yaml"
NEW = ROOT / "tests" / "inputs" / "compare" / "frontier-systemic-risk-2027-05.yaml"
AS_OF = "2027-05-31"
INCIDENTS = "safety_and_security.serious_incidents.log"
DATASETS = "training_data_summary.sources.public_datasets.large_datasets"

EXPECTED_FIELDS = [
    ("changed", "transparency.documentation.version"),
    ("changed", "transparency.documentation.last_updated"),
    ("changed", "transparency.model_documentation.use.intended_uses"),
    ("removed", f"{DATASETS}[name=The Stack v2]"),
    ("added", f"{DATASETS}[name=The Stack v2 (deduplicated)]"),
    ("added", "safety_and_security.framework.implementation.lighter_touch_evaluations"),
    ("added", f"{INCIDENTS}[id=HAL-2026-003].intermediate_reports"),
    ("added", f"{INCIDENTS}[id=HAL-2026-003].resolved"),
    ("added", f"{INCIDENTS}[id=HAL-2026-003].final_report"),
    ("changed", f"{INCIDENTS}[id=HAL-2026-003].information.root_cause"),
    ("changed", f"{INCIDENTS}[id=HAL-2026-003].information.monitoring_patterns"),
    ("added", f"{INCIDENTS}[id=HAL-2027-001]"),
    ("added", "safety_and_security.model_report.updates[version=1.3]"),
    ("changed", "safety_and_security.responsibilities.workers_informed"),
    ("changed", "evidence[id=technical-documentation].description"),
    ("changed", "evidence[id=technical-documentation].sha256"),
    ("changed", "evidence[id=technical-documentation].date"),
]


def _json(run_cli, *args: str) -> tuple[int, dict[str, Any]]:
    result = run_cli("compare", *args, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, json.loads(result.stdout)


def _schema() -> dict[str, Any]:
    return json.loads((ROOT / "schemas" / "compare.schema.json").read_text(encoding="utf-8"))


def test_six_months_of_changes_matched_by_identity(run_cli) -> None:
    code, data = _json(run_cli, str(OLD), str(NEW), "--as-of", AS_OF)
    assert code == 0
    assert [(f["kind"], f["path"]) for f in data["fields"]] == EXPECTED_FIELDS
    # The acceptable-use-policy entry moved from the middle of the evidence list to its end: no change.
    assert not any("acceptable-use-policy" in f["path"] for f in data["fields"])
    assert data["matched_by_position"] == []
    incident = next(f for f in data["fields"] if f["path"].endswith("[id=HAL-2027-001]"))
    assert incident["old"] is None
    assert incident["new"]["value"]["initial_report"] == "2027-01-24"


def test_each_change_is_located_in_both_files(run_cli) -> None:
    _, data = _json(run_cli, str(OLD), str(NEW), "--as-of", AS_OF)
    old_lines = OLD.read_text(encoding="utf-8").splitlines()
    new_lines = NEW.read_text(encoding="utf-8").splitlines()
    by_path = {f["path"]: f for f in data["fields"]}
    uses = by_path["transparency.model_documentation.use.intended_uses"]
    assert uses["old"]["at"]["file"] == str(OLD) and uses["new"]["at"]["file"] == str(NEW)
    assert old_lines[uses["old"]["at"]["line"] - 1].strip() == "intended_uses: >-"
    assert new_lines[uses["new"]["at"]["line"] - 1].strip() == "intended_uses: >-"
    incident = by_path[f"{INCIDENTS}[id=HAL-2027-001]"]
    assert new_lines[incident["new"]["at"]["line"] - 1].strip() == "- id: HAL-2027-001"
    removed = by_path[f"{DATASETS}[name=The Stack v2]"]
    assert old_lines[removed["old"]["at"]["line"] - 1].strip() == "- name: The Stack v2"
    assert removed["new"] is None
    added_date = by_path["safety_and_security.framework.implementation.lighter_touch_evaluations"]
    line, column = added_date["new"]["at"]["line"], added_date["new"]["at"]["column"]
    assert new_lines[line - 1][column - 1 :].startswith('"2027-03-04"')


def test_verdicts_checked_on_the_same_date_and_rulesets(run_cli) -> None:
    _, data = _json(run_cli, str(OLD), str(NEW), "--as-of", AS_OF)
    changes = {v["rule"]: (v["direction"], v["old"]["status"], v["new"]["status"]) for v in data["verdicts"]}
    assert changes == {
        # The Model Report was due again six months after update 1.2 (by 2027-03-18): update 1.3 came.
        "SS-7-6-UPDATES": ("improved", "partial", "evidenced"),
        # HAL-2027-001, a cybersecurity breach, was reported on day 6 of 5.
        "SS-9-3-INITIAL": ("regressed", "evidenced", "partial"),
        # HAL-2026-003 was still open, its intermediate report overdue since 2026-12-23; now resolved.
        "SS-9-3-INTERMEDIATE": ("improved", "partial", "evidenced"),
    }
    initial = next(v for v in data["verdicts"] if v["rule"] == "SS-9-3-INITIAL")
    assert "HAL-2027-001" in initial["new"]["message"] and initial["old"]["message"]
    assert data["summary"]["text"] == "17 fields changed, 2 verdicts improved, 1 regressed"
    assert data["as_of"] == AS_OF and data["profile"] == "code-of-practice@2025-07-10"
    # Both versions were checked against exactly these versions (NEW's selection), every rule once.
    for path in (OLD, NEW):
        report = check_file(path, as_of=dt.date.fromisoformat(AS_OF))
        assert [f"{r.id}@{r.version}" for r in report.rulesets] == [
            f"{r['id']}@{r['version']}" for r in data["rulesets"]
        ]
        assert data["summary"]["verdicts_unchanged"] + len(data["verdicts"]) == len(report.results)


def test_fail_on_regression(run_cli) -> None:
    assert run_cli("compare", str(OLD), str(NEW), "--as-of", AS_OF).exit_code == 0
    assert run_cli("compare", str(OLD), str(NEW), "--as-of", AS_OF, "--fail-on-regression").exit_code == 1
    # The other way round, the two improvements are regressions and the regression an improvement.
    code, data = _json(run_cli, str(NEW), str(OLD), "--as-of", AS_OF, "--fail-on-regression")
    assert code == 1
    assert (data["summary"]["improved"], data["summary"]["regressed"]) == (1, 2)
    assert {(f["kind"], f["path"]) for f in data["fields"]} == {
        ({"added": "removed", "removed": "added"}.get(kind, kind), path) for kind, path in EXPECTED_FIELDS
    }


def test_json_is_valid_against_the_published_schema(run_cli) -> None:
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for args in ((OLD, NEW), (NEW, OLD), (OLD, OLD), (SAMPLES / "third-country-gaps.yaml", OLD)):
        _, data = _json(run_cli, *map(str, args), "--as-of", AS_OF)
        jsonschema.validate(data, schema)


def test_schema_outcomes_match_the_models() -> None:
    outcome = _schema()["$defs"]["side_verdict"]["oneOf"][1]["properties"]["status"]["enum"]
    assert outcome == list(OUTCOMES)
    assert set(OUTCOME_RANK) == set(OUTCOMES)


def test_the_second_version_is_derived_from_the_current_sample() -> None:
    from tests.compare_fixture import expected_files

    stale = [path for path, text in expected_files().items() if path.read_text(encoding="utf-8") != text]
    assert not stale, f"{stale} stale; run python -m tests.compare_fixture"


def test_a_declaration_against_itself_has_no_change(run_cli) -> None:
    result = run_cli("compare", str(OLD), str(OLD), "--as-of", "2026-11-29", "--fail-on-regression")
    assert result.exit_code == 0
    assert "Fields: 0 changed" in result.stdout
    assert "Summary: 0 fields changed, 0 verdicts improved, 0 regressed" in result.stdout


def test_table_lists_changes_with_locations_and_the_summary_last(run_cli) -> None:
    result = run_cli("compare", str(OLD), str(NEW), "--as-of", AS_OF)
    lines = result.stdout.splitlines()
    digests = [hashlib.sha256(path.read_bytes()).hexdigest()[:12] for path in (OLD, NEW)]
    assert lines[:3] == [
        "compare OLD -> NEW",
        f"  old: {OLD} (Halcyon-4 4.0, sha256 {digests[0]})",
        f"  new: {NEW} (Halcyon-4 4.0, sha256 {digests[1]})",
    ]
    where = [
        next(
            i + 1
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines())
            if "intended_uses:" in line
        )
        for path in (OLD, NEW)
    ]
    at = lines.index("  ~ transparency.model_documentation.use.intended_uses")
    assert lines[at + 1].startswith(f'      old {where[0]}:7: "General-purpose assistant for writing')
    assert lines[at + 2].startswith(f'      new {where[1]}:7: "General-purpose assistant for writing')
    assert lines[at + 2].endswith("… (386 characters)")
    assert f"  + {INCIDENTS}[id=HAL-2027-001]" in lines
    assert any(line.startswith("Verdicts: 3 changed (2 improved, 1 regressed), ") for line in lines)
    assert "  SS-9-3-INITIAL  regressed: evidenced -> partial" in lines
    assert lines[-1] == "Summary: 17 fields changed, 2 verdicts improved, 1 regressed"
    assert max(len(line) for line in lines[3:]) <= 100  # past the header, which names the files


def test_markdown(run_cli) -> None:
    result = run_cli("compare", str(OLD), str(NEW), "--as-of", AS_OF, "--format", "markdown")
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("# Declaration compared:")
    assert "**17 fields changed, 2 verdicts improved, 1 regressed.**" in text
    assert "| added | `safety_and_security.model_report.updates[version=1.3]` |" in text
    assert "| `SS-9-3-INITIAL` | regressed | evidenced | partial |" in text


def test_invalid_input_exits_2_with_the_located_errors_of_both_files(run_cli) -> None:
    broken = SAMPLES / "invalid" / "unknown-key.yaml"
    wrong = SAMPLES / "invalid" / "wrong-type.yaml"
    result = run_cli("compare", str(broken), str(wrong))
    assert result.exit_code == 2
    assert f"{broken}:" in result.stderr and f"{wrong}:" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert run_cli("compare", str(OLD), str(SAMPLES / "nope.yaml")).exit_code == 2


def test_profile_option_selects_the_rulesets_of_both(run_cli) -> None:
    _, data = _json(run_cli, str(OLD), str(NEW), "--as-of", AS_OF, "--profile", "code-of-practice@2025-03-11")
    assert data["profile"] == "code-of-practice@2025-03-11"
    versions = {r["id"]: r["version"] for r in data["rulesets"]}
    # NEW's own pins still win over the profile (as in check), the rest comes from the profile.
    assert versions["safety-and-security"] == "2025-03-11"
    assert versions["copyright"] == "2025-07-10"


# --- the diff on its own ------------------------------------------------------------------------------------


def _loaded(tmp_path: Path, name: str, data: dict[str, Any]) -> Any:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return load_declaration(path, as_of=dt.date(2026, 11, 29))


def _base() -> dict[str, Any]:
    return {
        "format_version": "1.0",
        "provider": {"name": "Example AI GmbH", "country": "DE"},
        "model": {"name": "Ex", "version": "1", "modalities": {"input": ["text"], "output": ["text"]}},
    }


def test_entries_with_repeated_keys_fall_back_to_position_and_say_so(tmp_path: Path) -> None:
    old, new = _base(), _base()
    old["copyright"] = {
        "rights_reservation": {"crawlers": [{"name": "Bot"}, {"name": "Bot", "purpose": "x"}]}
    }
    new["copyright"] = {
        "rights_reservation": {"crawlers": [{"name": "Bot"}, {"name": "Bot", "purpose": "y"}]}
    }
    changes, positional = field_changes(_loaded(tmp_path, "a.yaml", old), _loaded(tmp_path, "b.yaml", new))
    assert [(c.kind, c.path) for c in changes] == [
        ("changed", "copyright.rights_reservation.crawlers[1].purpose")
    ]
    assert [(p.path, p.reason) for p in positional] == [
        ("copyright.rights_reservation.crawlers", "two entries share name 'Bot'")
    ]


def test_plain_lists_compare_as_sets_and_blocks_as_one_change(tmp_path: Path) -> None:
    old, new = _base(), _base()
    old["model"]["modalities"]["output"] = ["text", "code"]
    new["model"]["modalities"]["output"] = ["code", "text", "image"]
    new["model"]["licence"] = {"spdx": "MIT", "grants": {"use": True}}
    changes, _ = field_changes(_loaded(tmp_path, "a.yaml", old), _loaded(tmp_path, "b.yaml", new))
    assert [(c.kind, c.path, c.new) for c in changes] == [
        ("added", "model.modalities.output", "image"),
        ("added", "model.licence", {"spdx": "MIT", "grants": {"use": True}}),  # what it gives, no defaults
    ]


def test_defaults_written_out_are_no_change(tmp_path: Path) -> None:
    old, new = _base(), _base()
    new["provider"]["sme"] = False  # the default
    new["model"]["training_compute"] = {"evidence": []}
    changes, _ = field_changes(_loaded(tmp_path, "a.yaml", old), _loaded(tmp_path, "b.yaml", new))
    assert changes == ()


def test_comparison_is_pure_and_repeatable(tmp_path: Path) -> None:
    day = dt.date.fromisoformat(AS_OF)
    old, new = load_declaration(OLD, as_of=day), load_declaration(NEW, as_of=day)
    reports = [check_file(p, as_of=day) for p in (OLD, NEW)]
    assert compare(old, new, *reports) == compare(old, new, *reports)


def _list_models(model: type[BaseModel], prefix: str = "") -> dict[str, type[BaseModel]]:
    """Every list of entries in the declaration model, by path without indexes."""
    found: dict[str, type[BaseModel]] = {}
    for name, info in model.model_fields.items():
        kind: Any = info.annotation
        while typing.get_origin(kind) in (typing.Union, types.UnionType, typing.Annotated):
            kind = next(a for a in typing.get_args(kind) if a is not type(None))
        path = f"{prefix}{name}"
        if typing.get_origin(kind) is list:
            (item,) = typing.get_args(kind)
            if isinstance(item, type) and issubclass(item, BaseModel):
                found[path] = item
                found.update(_list_models(item, path + "."))
        elif isinstance(kind, type) and issubclass(kind, BaseModel):
            found.update(_list_models(kind, path + "."))
    return found


def test_every_list_of_entries_has_a_key_that_is_a_required_field() -> None:
    lists = _list_models(Declaration)
    assert set(LIST_KEYS) == set(lists), "add the new list to engine/compare.py LIST_KEYS"
    for path, key in LIST_KEYS.items():
        assert lists[path].model_fields[key].is_required(), f"{path}: {key} must be required"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, "(not given)"),
        (True, "true"),
        (3.8e25, "3.8e+25"),
        ("two\n  lines", '"two lines"'),
        ("x" * 200, '"' + "x" * 61 + "… (202 characters)"),  # 80 characters in all
        ("bell\x07", '"bell\\u0007"'),
    ],
)
def test_values_are_shortened_to_one_safe_line(value: Any, shown: str) -> None:
    assert short(value) == shown
