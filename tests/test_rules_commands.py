"""`rules list --format json`, `rules coverage` and the provisions each ruleset lists."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from compliance_checker.engine.conditions import FACT_WORDS
from compliance_checker.engine.coverage import coverage
from compliance_checker.loading.rulesets import select, shipped_rulesets
from compliance_checker.models.ruleset import FACT_NAMES
from tests.test_schemas import CITATION_FORMATS

DEFAULTS = [item for item in select({}, [])]
EXPECTED_RULESETS = {"ai-act", "transparency", "copyright", "training-data-summary", "systemic-risk-taxonomy"}


def test_the_default_profile_has_every_ruleset() -> None:
    assert {item.ref.id for item in DEFAULTS} >= EXPECTED_RULESETS


def test_rules_list_json_names_document_and_exact_reference(run_cli) -> None:
    result = run_cli("rules", "list", "--format", "json")
    assert result.exit_code == 0
    rules = json.loads(result.stdout)
    assert len(rules) == sum(len(item.ruleset.rules) for item in DEFAULTS)
    for rule in rules:
        assert {"id", "ruleset", "version", "severity", "verified", "sources", "recipients"} <= set(rule)
        for source in rule["sources"]:
            assert re.match(CITATION_FORMATS[source["document"]], source["ref"]), (rule["id"], source)
    refs = {(s["document"], s["ref"]) for rule in rules for s in rule["sources"]}
    assert ("AI Act", "Art 53(1)(a)") in refs
    assert ("Code of Practice", "Transparency, Measure 1.2") in refs
    assert ("Code of Practice", "Copyright, Measure 1.3") in refs
    assert ("Training data summary template", "Template section 2.3") in refs


@pytest.mark.parametrize("item", DEFAULTS, ids=lambda i: i.ref.id)
def test_every_default_ruleset_covers_all_its_provisions(item) -> None:
    result = coverage(item.ruleset, [d.ruleset for d in DEFAULTS])
    assert result.provisions, f"{item.ref.id} lists no provisions"
    uncovered = [p.provision.render() for p in result.provisions if p.status == "uncovered"]
    assert not uncovered, f"{item.ref.id}: provisions no rule cites: {uncovered}"
    assert result.percent == 100.0


OTHER_VERSIONS = [
    item for item in shipped_rulesets() if not any(item.ref == default.ref for default in DEFAULTS)
]


@pytest.mark.parametrize("item", OTHER_VERSIONS, ids=lambda i: f"{i.ref.id}@{i.ref.version}")
def test_every_other_ruleset_version_covers_all_its_provisions(item) -> None:
    """Older versions (e.g. the third draft) are read with the profile that selects them, else with the
    default profile around them, as docs/coverage.md shows them."""
    from compliance_checker.tools.docs import context_for

    result = coverage(item.ruleset, [r.ruleset for r in context_for(item)])
    assert result.provisions, f"{item.ref.id}@{item.ref.version} lists no provisions"
    uncovered = [p.provision.render() for p in result.provisions if p.status == "uncovered"]
    assert not uncovered, f"{item.ref.id}@{item.ref.version}: provisions no rule cites: {uncovered}"


def test_rules_show_names_other_versions_and_takes_id_at_version(run_cli) -> None:
    shown = run_cli("rules", "show", "CR-1-4-AUP")
    assert shown.exit_code == 0
    assert "Ruleset: copyright@2025-07-10" in shown.stdout
    assert "Also in: copyright@2025-03-11" in shown.stdout
    draft = run_cli("rules", "show", "CR-1-4-AUP@2025-03-11")
    assert draft.exit_code == 0
    assert "Ruleset: copyright@2025-03-11" in draft.stdout and "Not in the selected" in draft.stdout
    assert "Also in: copyright@2025-07-10" in draft.stdout
    pinned = run_cli("rules", "show", "CR-1-4-AUP", "--ruleset", "copyright@2025-03-11")
    assert "Ruleset: copyright@2025-03-11" in pinned.stdout and "Not in the selected" not in pinned.stdout
    only_draft = run_cli("rules", "show", "CR-I-2-4-NON-CRAWLED", "--format", "json")
    assert only_draft.exit_code == 0
    assert json.loads(only_draft.stdout)["version"] == "2025-03-11"
    missing = run_cli("rules", "show", "CR-LEGACY@2025-03-11")
    assert missing.exit_code == 2 and "it is in copyright@2025-07-10" in missing.stderr


def test_rules_list_all_versions(run_cli) -> None:
    default = json.loads(run_cli("rules", "list", "--format", "json").stdout)
    every = json.loads(run_cli("rules", "list", "--all-versions", "--format", "json").stdout)
    assert len(every) == sum(len(item.ruleset.rules) for item in shipped_rulesets()) > len(default)
    assert {(r["id"], r["version"]) for r in every} >= {("CR-1-1", "2025-03-11"), ("CR-1-1", "2025-07-10")}
    assert "CR-I-2-4-NON-CRAWLED" not in {r["id"] for r in default}


@pytest.mark.parametrize("item", shipped_rulesets(), ids=lambda i: f"{i.ref.id}@{i.ref.version}")
def test_provisions_are_unique_and_use_the_exact_reference_formats(item) -> None:
    keys = [p.key() for p in item.ruleset.ruleset.provisions]
    assert len(keys) == len(set(keys)), f"duplicate provisions in {item.ref.id}"
    for provision in item.ruleset.ruleset.provisions:
        assert re.match(CITATION_FORMATS[provision.document], provision.ref), provision


def test_model_documentation_form_items_are_all_provisions() -> None:
    transparency = next(i for i in DEFAULTS if i.ref.id == "transparency").ruleset
    items = {p.ref for p in transparency.ruleset.provisions if "Model Documentation Form" in p.ref}
    assert items == {f"Transparency, Model Documentation Form, item {n}" for n in range(1, 46)}


def test_every_fact_has_words_for_the_docs() -> None:
    assert set(FACT_NAMES) <= set(FACT_WORDS)


def test_coverage_command_formats(run_cli) -> None:
    table = run_cli("rules", "coverage")
    assert table.exit_code == 0
    assert "transparency@2025-07-10" in table.stdout and "100.0%" in table.stdout
    data = json.loads(run_cli("rules", "coverage", "--format", "json").stdout)
    by_id = {entry["ruleset"]: entry for entry in data}
    assert set(by_id) >= EXPECTED_RULESETS
    form = [i for i in by_id["transparency"]["items"] if "Model Documentation Form" in i["ref"]]
    assert len(form) == 45 and all(i["status"] == "covered" and i["rules"] for i in form)
    markdown = run_cli("rules", "coverage", "--format", "markdown").stdout
    assert markdown.startswith("| Ruleset |") and "[TR-FORM-13](rules.md#tr-form-13)" in markdown
    assert run_cli("rules", "coverage", "--fail-under", "100").exit_code == 0


CUSTOM = """\
ruleset:
  id: custom
  version: "1"
  date: "2026-01-01"
  title: A custom ruleset with a gap
  provisions:
    - {document: AI Act, ref: "Art 53(1)(a)", title: Documentation}
    - {document: AI Act, ref: "Art 53(1)(b)", title: Downstream information}
    - {document: AI Act, ref: "Art 53(1)(d)", title: Summary, optional: "shown as optional"}
rules:
  - id: CUS-1
    title: Documentation
    obligation: Keep documentation.
    sources: [{document: AI Act, ref: "Art 53(1)(a)"}]
    severity: low
    since: "2025-08-02"
    evidence: [{check: present, path: transparency.documentation.version, label: version}]
    remediation: Write it.
"""


def test_coverage_reports_gaps_and_fails_under_a_threshold(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "custom.yaml"
    path.write_text(CUSTOM, encoding="utf-8")
    table = run_cli("rules", "coverage", "--ruleset", str(path))
    assert table.exit_code == 0
    assert re.search(r"custom@1\s+3\s+1\s+1\s+1\s+50.0%", table.stdout), table.stdout
    assert "uncovered" in table.stdout and "Art 53(1)(b)" in table.stdout
    assert "shown as optional" in table.stdout
    assert run_cli("rules", "coverage", "--ruleset", str(path), "--fail-under", "100").exit_code == 1
    assert run_cli("rules", "coverage", "--ruleset", str(path), "--fail-under", "50").exit_code == 0
