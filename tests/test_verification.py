"""How each rule was verified: the passages of primary texts it was read against (`checked_against`), and
for a rule that rests on a secondary source, why (`unverified_reason`)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from compliance_checker.errors import InputError
from compliance_checker.loading.rulesets import LoadedRuleset, read_ruleset, shipped_rulesets
from compliance_checker.models.document import LoadedDocument
from compliance_checker.models.ruleset import PRIMARY_TEXTS, PrimaryText, Rule
from tests.test_rule_cases import FAILING, base, dump

RULE = {
    "id": "X-1",
    "title": "A rule",
    "obligation": "Do something.",
    "sources": [{"document": "AI Act", "ref": "Art 55(1)(c)"}],
    "severity": "high",
    "since": "2025-08-02",
    "evidence": [{"check": "present", "path": "model.name", "label": "b"}],
    "remediation": "Do it.",
}


def read_rule(data: dict[str, object]) -> Rule:
    """One rule read as a ruleset file's rule is (schema, then the rule's own checks)."""
    info = {"id": "x", "version": "1", "date": "2025-01-01", "title": "X"}
    return read_ruleset(LoadedDocument({"ruleset": info, "rules": [data]}, "x.yaml")).rules[0]


def test_a_rule_names_the_primary_passages_it_was_checked_against() -> None:
    rule = read_rule(
        {
            **RULE,
            "checked_against": [{"document": "ai-act-arts-51-56-101-111-113.txt", "passage": "Art 55(1)(c)"}],
        }
    )
    assert rule.checked_against[0].passage == "Art 55(1)(c)"


def test_checked_against_names_a_file_of_the_primary_texts() -> None:
    with pytest.raises(
        InputError,
        match=r"checked_against\[0\]\.document: expected one of: ai-act-arts-51-56-101-111-113\.txt",
    ):
        read_rule({**RULE, "checked_against": [{"document": "a blog post", "passage": "x"}]})


def test_a_reason_for_not_being_verified_needs_verified_false() -> None:
    with pytest.raises(InputError, match=r"rules\[0\]: unverified_reason is for rules with verified: false"):
        read_rule({**RULE, "unverified_reason": "read in a summary"})
    rule = read_rule({**RULE, "verified": False, "unverified_reason": "read in a summary"})
    assert rule.unverified_reason == "read in a summary"


# --- every shipped rule -----------------------------------------------------------------------------------

ACT = "ai-act-arts-51-56-101-111-113.txt"
DRAFT = "cop-third-draft-2025-03-full.txt"


def readable_in(document: str, ref: str) -> set[str]:
    """The primary texts in which a cited source can be read; empty when none of them holds it (the final
    Transparency and Copyright chapters and the training-content template were not found in full)."""
    if document == "AI Act":
        if ref.startswith("Annex XIII"):
            return {"ai-act-annex-XIII.txt"}
        if ref.startswith("Annex XII"):
            return {"ai-act-annex-XII.txt"}
        if ref.startswith("Annex XI"):
            return {"ai-act-annex-XI.txt"}
        return {ACT} if ref.startswith("Art ") else set()
    if document == "Guidelines":
        return {"guidelines-gpai-C2025-5045-excerpts.txt"}
    if document == "Code of Practice":
        if "(third draft)" in ref:
            return {DRAFT}
        if ref.startswith("Safety and Security, "):
            return {"cop-final-2025-07-10-safety-and-security-excerpts.txt"}
        if ref.startswith("Transparency, Model Documentation Form, item "):
            return {"model-documentation-form-recipients.md"}
    return set()


SHIPPED = [(item, rule) for item in shipped_rulesets() for rule in item.ruleset.rules]


def _id(entry: tuple[LoadedRuleset, Rule]) -> str:
    item, rule = entry
    return f"{item.ref.id}@{item.ref.version}/{rule.id}"


@pytest.mark.parametrize("entry", SHIPPED, ids=_id)
def test_a_verified_rule_read_every_source_in_a_primary_text(
    entry: tuple[LoadedRuleset, Rule],
) -> None:
    _, rule = entry
    if not rule.verified:
        return
    assert rule.checked_against, f"{rule.id} is verified but names no primary passage it was checked against"
    assert rule.unverified_reason is None
    read = {e.document for e in rule.checked_against}
    assert read <= set(PRIMARY_TEXTS)
    for source in rule.sources:
        where = readable_in(source.document, source.ref)
        assert where, f"{rule.id} is verified but cites {source.render()}, which no primary text holds"
        assert where & read, f"{rule.id}: {source.render()} was not checked against {sorted(where)}"


@pytest.mark.parametrize("entry", SHIPPED, ids=_id)
def test_an_unverified_rule_says_why(entry: tuple[LoadedRuleset, Rule]) -> None:
    _, rule = entry
    if rule.verified:
        return
    reason = rule.unverified_reason or ""
    assert len(reason.split()) >= 12, f"{rule.id} is verified: false without a reason"
    # Either the rule rests on a secondary source, or the texts leave the point open and the rule applies
    # our reading of them; the reason must say which.
    grounds = ("secondary", "news", "our reading")
    assert any(g in reason for g in grounds), f"{rule.id}: the reason says neither source nor reading"


def test_the_primary_texts_are_the_files_of_the_primary_folder() -> None:
    """The names a rule may cite are the file names of the folder of primary texts (its INDEX.md lists
    them); all but Annex XIII (which no rule cites) are used."""
    assert set(PRIMARY_TEXTS) == set(PrimaryText.__args__)  # type: ignore[attr-defined]
    used = {e.document for _, rule in SHIPPED for e in rule.checked_against}
    assert used <= set(PRIMARY_TEXTS)
    assert len(used) >= 7


def test_rules_that_rest_on_the_final_transparency_copyright_or_template_texts_are_unverified() -> None:
    for item, rule in SHIPPED:
        if any(not readable_in(s.document, s.ref) for s in rule.sources):
            assert not rule.verified, f"{item.ref.id}@{item.ref.version}/{rule.id}"


def test_rules_show_names_the_passages_checked_and_why_a_rule_is_unverified(run_cli) -> None:
    result = run_cli("rules", "show", "SS-9-4-RETENTION")
    assert result.exit_code == 0, result.stderr
    assert "Checked against (primary texts):" in result.stdout
    assert "[cop-final-2025-07-10-safety-and-security-excerpts.txt]: Measure 9.4" in result.stdout
    assert "Not verified" not in result.stdout
    result = run_cli("rules", "show", "TR-1-2-DOWNSTREAM")
    assert "Not verified: The final Transparency chapter was not found in full" in result.stdout
    assert "14-day limit" in result.stdout


def test_the_rule_reference_shows_the_passages_checked() -> None:
    from compliance_checker.tools.docs import render_rules

    text = render_rules()
    assert "- **Checked against:** Art 55(1)(c) (`ai-act-arts-51-56-101-111-113.txt`)" in text
    assert "- **Not verified:** The training-content template was not found in full" in text


# --- the third draft's 36 months and the final Code's five years (issue 12, point 1) ----------------------


def _failing(run_cli, path: Path, profile: str) -> list[str]:
    result = run_cli("check", "--as-of", "2026-11-29", "--profile", profile, "--format", "json", str(path))
    report = json.loads(result.stdout)
    return [r["rule"] for d in report["declarations"] for r in d["results"] if r["status"] in FAILING]


def test_records_kept_36_months_fail_no_rule_of_the_draft_and_one_of_the_final(run_cli, tmp_path) -> None:
    data = copy.deepcopy(base("systemic"))
    data["safety_and_security"]["serious_incidents"]["records_retention_years"] = 3
    path = tmp_path / "declaration.yaml"
    path.write_text(dump(data), encoding="utf-8")
    assert _failing(run_cli, path, "code-of-practice@2025-03-11") == []
    assert _failing(run_cli, path, "code-of-practice@2025-07-10") == ["SS-9-4-RETENTION"]
    data["safety_and_security"]["serious_incidents"]["records_retention_years"] = 2
    path.write_text(dump(data), encoding="utf-8")
    assert _failing(run_cli, path, "code-of-practice@2025-03-11") == ["SS-9-4-RETENTION"]


def test_the_primary_texts_named_are_in_the_shared_primary_folder() -> None:
    """Where the project's shared reference folder sits beside the repository, every primary text a rule
    may name is a file of its primary folder."""
    from tests.conftest import SHARED

    folder = SHARED / "reference" / "primary"
    if not folder.is_dir():
        pytest.skip(f"the shared folder of primary texts {folder} is absent (it sits beside the repository)")
    for name in PRIMARY_TEXTS:
        assert (folder / name).is_file(), name


def test_the_template_re_adoption_is_recorded_and_its_differences_not_reviewed() -> None:
    (summary,) = [i for i in shipped_rulesets() if i.ref.id == "training-data-summary"]
    refs = [s.ref for s in summary.ruleset.ruleset.sources]
    assert any(r.startswith("C(2025) 8311 final of 5 December 2025") and "not reviewed" in r for r in refs)
    for rule in summary.ruleset.rules:
        if not rule.verified:
            assert rule.unverified_reason and "C(2025) 8311" in rule.unverified_reason
