"""Integrity is always due: dangling evidence ids, missing files, wrong digests and unreferenced entries are
reported on every run, located, whatever the rules' due dates (rulesets/evidence-integrity)."""

from __future__ import annotations

import json
import shutil
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from compliance_checker.loading.profiles import shipped_profiles
from compliance_checker.loading.rulesets import find
from compliance_checker.models.common import EvidenceRefs
from compliance_checker.models.declaration import Declaration
from tests.conftest import SAMPLES

LEGACY = "legacy-model.yaml"
AS_OF = "2026-12-04"


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if typing.get_origin(annotation) is None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield annotation
        return
    for arg in typing.get_args(annotation):
        yield from _models_in(arg)


def _reference_fields(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    """Every field of the declaration model typed as evidence references, as a dotted path."""
    description = typing.get_args(EvidenceRefs)[1].description
    for name, info in model.model_fields.items():
        if info.description == description and typing.get_origin(info.annotation) is list:
            yield f"{prefix}{name}"
            continue
        for sub in _models_in(info.annotation):
            yield from _reference_fields(sub, f"{prefix}{name}.")


def test_the_reference_fields_are_exactly_the_models_evidence_references() -> None:
    """The ruleset lists the fields as data; this keeps the list equal to the declaration model, so that a
    new evidence field is never left unchecked."""
    item = find("evidence-integrity", "2025-08-02")
    assert item is not None
    listed = item.ruleset.sets["reference_fields"]
    assert len(listed) == len(set(listed))
    assert set(listed) == set(_reference_fields(Declaration))


def test_every_profile_checks_evidence_integrity() -> None:
    profiles = shipped_profiles().profiles
    assert profiles
    for profile in profiles:
        assert dict(profile.rulesets).get("evidence-integrity") == "2025-08-02", profile.name


def test_every_integrity_rule_is_always_due() -> None:
    item = find("evidence-integrity", "2025-08-02")
    assert item is not None
    assert {rule.id for rule in item.ruleset.rules} == {"EV-REFERENCES", "EV-FILES", "EV-HASHES", "EV-UNUSED"}
    assert all(rule.due == "always" and not rule.legacy_grace for rule in item.ruleset.rules)


# --- the legacy sample: everything else is not yet due until 2 August 2027 ----------------------------


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    """A copy of the legacy sample with its evidence folder, to break."""
    shutil.copytree(SAMPLES / "evidence" / "legacy-model", tmp_path / "evidence" / "legacy-model")
    target = tmp_path / LEGACY
    shutil.copy(SAMPLES / LEGACY, target)
    return target


def _edit(path: Path, old: str, new: str, count: int = 1) -> int:
    """Replace the first ``count`` occurrences; the line where the first one was."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return line


def _json(run_cli: Callable[..., Any], path: Path, *extra: str) -> tuple[int, dict[str, dict[str, Any]]]:
    result = run_cli("check", "--format", "json", "--as-of", AS_OF, *extra, str(path))
    results = json.loads(result.stdout)["declarations"][0]["results"]
    return result.exit_code, {r["rule"]: r for r in results}


def test_the_legacy_sample_is_clean_and_its_evidence_checked(run_cli, legacy: Path) -> None:
    code, results = _json(run_cli, legacy)
    assert code == 0
    assert {results[r]["status"] for r in ("EV-REFERENCES", "EV-FILES", "EV-HASHES", "EV-UNUSED")} == {
        "evidenced"
    }
    message = results["EV-FILES"]["message"]
    assert message.startswith("all 2 evidence files exist inside the declaration's folder")


def test_a_mistyped_id_fails_a_legacy_model_today(run_cli, legacy: Path) -> None:
    """Before, the run exited 0: the rule naming the id was not due until 2027-08-02."""
    line = _edit(legacy, "document: [copyright-policy]", "document: [copyrigth-policy]")
    result = run_cli("check", "--format", "text", "--as-of", AS_OF, str(legacy))
    assert result.exit_code == 1, result.stdout
    column = legacy.read_text(encoding="utf-8").splitlines()[line - 1].index("copyrigth") + 1
    expected = (
        f"{legacy}:{line}:{column}: error: Every evidence reference names an entry of the evidence list "
        "(missing): 1 problem found; evidence reference: copyright.policy.document[0] names evidence id "
        "'copyrigth-policy', which is not in the evidence list; did you mean 'copyright-policy'? "
        "[EV-REFERENCES]"
    )
    assert expected in result.stdout.splitlines()
    _, results = _json(run_cli, legacy)
    assert results["CR-1-1"]["status"] == "not_yet_due"  # the obligation itself is still not due


def test_a_missing_file_fails_a_legacy_model_today(run_cli, legacy: Path) -> None:
    line = _edit(
        legacy,
        "path: evidence/legacy-model/copyright-policy.md",
        "path: evidence/legacy-model/copyright-policy-2026.md",
    )
    code, results = _json(run_cli, legacy)
    assert code == 1
    result = results["EV-FILES"]
    assert result["status"] == "missing"
    assert result["location"]["line"] == line
    assert "file 'evidence/legacy-model/copyright-policy-2026.md' does not exist" in result["message"]
    # the digest of a missing file is left to EV-FILES: one problem, reported once
    assert results["EV-HASHES"]["status"] == "evidenced"
    assert "1 declared digest not verified until the file is there" in results["EV-HASHES"]["message"]


def test_a_wrong_digest_fails_a_legacy_model_today(run_cli, legacy: Path) -> None:
    policy = legacy.parent / "evidence" / "legacy-model" / "copyright-policy.md"
    policy.write_text("edited\n", encoding="utf-8")
    code, results = _json(run_cli, legacy)
    assert code == 1
    result = results["EV-HASHES"]
    assert result["status"] == "missing"
    assert "not the declared" in result["message"]
    entry_line = legacy.read_text(encoding="utf-8").splitlines()[result["location"]["line"] - 1]
    assert entry_line.strip().startswith("sha256:")


def test_an_unreferenced_entry_is_a_visible_warning(run_cli, legacy: Path) -> None:
    text = legacy.read_text(encoding="utf-8")
    extra = "  - id: board-minutes\n    url: https://nordlicht-sprach.example/board-minutes\n"
    legacy.write_text(text + extra, encoding="utf-8")
    code, results = _json(run_cli, legacy)
    assert code == 0  # a warning does not fail the run under the default --fail-on
    result = results["EV-UNUSED"]
    assert result["status"] == "manual_review"
    assert "evidence entry 'board-minutes' is named by no evidence reference" in result["message"]
    code, _ = _json(run_cli, legacy, "--fail-on", "info,manual_review")
    assert code == 1


def test_integrity_findings_are_not_deferred_after_2027(run_cli, legacy: Path) -> None:
    _edit(legacy, "document: [copyright-policy]", "document: [copyrigth-policy]")
    for as_of in ("2026-12-04", "2027-08-01", "2027-09-01"):
        result = run_cli("check", "--format", "json", "--as-of", as_of, str(legacy))
        rules = {r["rule"]: r for r in json.loads(result.stdout)["declarations"][0]["results"]}
        assert rules["EV-REFERENCES"]["status"] == "missing", as_of
        assert rules["EV-REFERENCES"]["due"] is None
