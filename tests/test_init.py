"""`init`: a commented skeleton with every field the selected rules read; never overwrites a file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from compliance_checker.api import check_file
from compliance_checker.loading.rulesets import select
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.skeleton import ModelKind, referenced_paths, rule_in_profile
from tests.conftest import AS_OF

PROFILES = {
    "plain": ([], ModelKind()),
    "open-source": (["--open-source"], ModelKind(open_source=True)),
    "systemic-risk": (["--systemic-risk"], ModelKind(systemic_risk=True)),
    "open-source-systemic-risk": (["--open-source", "--systemic-risk"], ModelKind(True, True)),
}


def uncomment(text: str) -> str:
    """Remove the '# ' in front of the conditional blocks, as their comment tells the user to."""
    return re.sub(r"^(\s*)# (?=\s*(?:#|[a-z_0-9]+:))", r"\1", text, flags=re.MULTILINE)


def _has_path(data: Any, dotted: str) -> bool:
    node = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


@pytest.mark.parametrize("name", PROFILES)
def test_skeleton_has_every_field_the_profile_rules_read(run_cli, tmp_path: Path, name: str) -> None:
    flags, profile = PROFILES[name]
    target = tmp_path / "declaration.yaml"
    result = run_cli("init", str(target), *flags)
    assert result.exit_code == 0, result.stderr
    assert f"wrote {target}" in result.stderr
    text = target.read_text(encoding="utf-8")
    parse_yaml(text, str(target))  # the checker's own strict loader accepts it as written
    data = parse_yaml(uncomment(text), str(target)).data  # and with the conditional blocks filled in
    rulesets = [item.ruleset for item in select({}, [])]
    wanted = referenced_paths(rulesets, profile)
    missing = [p for p in wanted if p != "evidence" and not _has_path(data, p)]
    assert not missing, f"paths read by the rules but absent from the skeleton: {missing}"
    for path, rules in wanted.items():
        if path != "evidence" and rules:
            assert rules[0].id in text, f"{path}: the comment should name {rules[0].id}"


def test_profiles_select_the_right_sections(run_cli) -> None:
    plain = run_cli("init", "-").stdout
    open_source = run_cli("init", "-", "--open-source").stdout
    systemic = run_cli("init", "-", "--systemic-risk").stdout
    assert "safety_and_security:" not in plain and "safety_and_security:" in systemic
    assert "model_documentation:" in plain and "model_documentation:" in systemic
    # The open-source exemption lifts the Transparency chapter, unless the model has systemic risk.
    assert "model_documentation:" not in open_source
    assert "licence:" in open_source and "grants:" in open_source
    assert "model_documentation:" in run_cli("init", "-", "--open-source", "--systemic-risk").stdout
    assert "Owed to AI Office" in plain and "Model Documentation Form items 13, 14" in plain


def test_rule_profile_filter() -> None:
    rules = {r.id: r for item in select({}, []) for r in item.ruleset.rules}
    assert rule_in_profile(rules["AIA-55-1-A"], ModelKind(systemic_risk=True))
    assert not rule_in_profile(rules["AIA-55-1-A"], ModelKind())
    assert rule_in_profile(rules["AIA-53-2"], ModelKind(open_source=True))
    assert not rule_in_profile(rules["AIA-53-2"], ModelKind())
    assert not rule_in_profile(rules["AIA-53-1-A"], ModelKind(open_source=True))
    assert rule_in_profile(rules["AIA-53-1-A"], ModelKind(open_source=True, systemic_risk=True))


def test_init_never_overwrites(run_cli, tmp_path: Path) -> None:
    target = tmp_path / "declaration.yaml"
    target.write_text("precious: true\n", encoding="utf-8")
    result = run_cli("init", str(target))
    assert result.exit_code == 2
    assert "already exists" in result.stderr and "Traceback" not in result.stderr
    assert target.read_text(encoding="utf-8") == "precious: true\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["declaration.yaml"]  # no temporary left


def test_init_into_a_missing_folder_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path / "nowhere" / "declaration.yaml"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def _fill_required(data: dict[str, Any]) -> None:
    data["provider"].update(name="Example AI GmbH", country="DE")
    assert "authorised_representative" not in data["provider"]  # written commented out
    model = data["model"]
    model.update(name="Example-1", version="1.0", placed_on_market="2025-10-01")
    model["modalities"] = {"input": ["text"], "output": ["text"]}
    model["training_compute"]["flop"] = 2.4e24
    assert "legacy_gaps" not in data["copyright"]


def test_a_filled_skeleton_validates_and_lists_what_is_missing(run_cli, tmp_path: Path) -> None:
    import yaml

    text = run_cli("init", "-").stdout
    data = parse_yaml(text, "skeleton").data
    _fill_required(data)
    path = tmp_path / "declaration.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    report = check_file(path, as_of=dt.date.fromisoformat(AS_OF))
    assert not report.errors, [d.render() for d in report.errors]
    missing = {r.rule for r in report.results if r.status == "missing"}
    assert {"AIA-53-1-C", "AIA-53-1-D"} <= missing
    # The skeleton leaves the licence open, so whether the open-source exemption lifts Art 53(1)(a) is a
    # question, not a "missing" (or "not applicable") verdict.
    documentation = next(r for r in report.results if r.rule == "AIA-53-1-A")
    assert documentation.status == "manual_review"
    assert "model.licence.monetised" in documentation.message
    assert run_cli("check", str(path), "--as-of", AS_OF).exit_code == 1
