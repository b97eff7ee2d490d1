"""Published schemas agree with the models; shipped rulesets and samples agree with the schemas."""

from __future__ import annotations

import json

import jsonschema
import pytest

from compliance_checker.loading.rulesets import shipped_rulesets
from compliance_checker.models.declaration import Declaration
from compliance_checker.models.facts import CONDITION_FACTS
from compliance_checker.models.ruleset import FACT_NAMES
from compliance_checker.tools.record_schema import ruleset_schema
from compliance_checker.tools.schemas import published, schema_url
from tests.conftest import ROOT, SAMPLES

REGENERATE = "regenerate with: python -m compliance_checker.tools.schemas"


def _published(name: str) -> dict:
    return json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))


def test_declaration_schema_matches_models() -> None:
    assert _published("declaration") == published("declaration", Declaration.model_json_schema()), REGENERATE


def test_ruleset_schema_matches_models() -> None:
    assert _published("ruleset") == published("ruleset", ruleset_schema()), REGENERATE


def test_waivers_schema_matches_models() -> None:
    from compliance_checker.models.waiver import WaiverFile

    assert _published("waivers") == published("waivers", WaiverFile.model_json_schema()), REGENERATE


@pytest.mark.parametrize("name", sorted(p.name.split(".")[0] for p in (ROOT / "schemas").glob("*.json")))
def test_every_schema_has_its_public_address_as_id(name: str) -> None:
    # Editors and `init`'s modeline name the schema by its $id, so it must be the one public address of
    # the file, the same scheme for every schema, generated or hand-written.
    assert _published(name)["$id"] == schema_url(name)
    assert schema_url(name).startswith("https://raw.githubusercontent.com/")
    assert schema_url(name).endswith(f"/main/schemas/{name}.schema.json")


@pytest.mark.parametrize("name", ["declaration", "ruleset", "report", "waivers"])
def test_published_schemas_are_valid_json_schema(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(_published(name))


def _load_plain(path):
    # Our loader keeps dates as strings and reads 2.0e24 as a number (YAML 1.2), as a JSON Schema expects;
    # PyYAML's own YAML 1.1 loader would do neither.
    from compliance_checker.loading.yaml_strict import parse_yaml

    return parse_yaml(path.read_text(encoding="utf-8"), str(path)).data


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_valid_samples_validate_against_the_published_schema(sample) -> None:
    validator = jsonschema.Draft202012Validator(
        _published("declaration"), format_checker=jsonschema.FormatChecker()
    )
    errors = list(validator.iter_errors(_load_plain(sample)))
    assert not errors, [e.message for e in errors]


def test_shipped_rulesets_are_valid_and_ids_unique() -> None:
    shipped = shipped_rulesets()
    assert shipped
    # Ids are unique within a ruleset version (the models check that); across versions of one ruleset the
    # same id is the same rule (that is how `rules diff` pairs them), so no id may appear in two rulesets.
    owner: dict[str, str] = {}
    for item in shipped:
        for rule in item.ruleset.rules:
            for rid in (rule.id, *rule.aliases):
                assert owner.setdefault(rid, item.ref.id) == item.ref.id, (
                    f"{rid} is used by both {owner[rid]} and {item.ref.id}"
                )
            assert rule.sources and all(s.ref for s in rule.sources)
            assert rule.remediation.strip() and rule.obligation.strip()
            assert len(rule.remediation) <= 220, f"{rule.id}: keep the remediation to one line"


def test_shipped_rulesets_validate_against_the_published_schema() -> None:
    # At run time shipped rulesets are read from the file compiled when the package was built; this keeps
    # the YAML honest against the published schema file itself.
    validator = jsonschema.Draft202012Validator(_published("ruleset"))
    for path in sorted((ROOT / "rulesets").glob("*/*.yaml")):
        errors = list(validator.iter_errors(_load_plain(path)))
        assert not errors, (path.name, [e.message for e in errors])


CITATION_FORMATS = {
    "AI Act": r"^(Art \d+(\(\d+\))?(\([a-z]\))?"
    r"|Annex XI, Section [12](, point \d+(\([a-z]\))?)?|Annex XII(, point \d+(\([a-z]\))?)?|Annex XIII"
    r"|Regulation \(EU\) 2024/1689.*)$",
    # The final Code: "Copyright, Measure 1.3"; the third draft (March 2025), numbered I.x for all providers
    # and II.x for systemic risk, with its unnumbered Form cited by section and field label:
    # "Copyright (third draft), Measure I.2.4", "Transparency (third draft), Model Documentation Form,
    # Use: Technical documentation".
    "Code of Practice": r"^((Transparency|Copyright|Safety and Security), "
    r"(Commitment \d+|Measure \d+\.\d+|Appendix \d+(\.\d+)*|Model Documentation Form, item \d+)"
    r"|(Transparency|Copyright|Safety and Security) \(third draft\), "
    r"(Commitment I{1,2}\.\d+|Measure I{1,2}\.\d+\.\d+|Appendix \d+(\.\d+)*"
    r"|Model Documentation Form, [A-Z][^:]*: [A-Z][^:]*))$",
    "Guidelines": r"^(section \d+(\.\d+)*|C\(2025\) 5045.*)$",
    "Training data summary template": r"^(C\(2025\) 5235.*|Template (header|section \d+(\.\d+)*))$",
}


def test_rule_citations_use_the_exact_reference_formats() -> None:
    import re

    for item in shipped_rulesets():
        for rule in item.ruleset.rules:
            for source in rule.sources:
                pattern = CITATION_FORMATS[source.document]
                assert re.match(pattern, source.ref), f"{rule.id}: {source.document} {source.ref!r}"


def test_the_facts_a_rule_can_name_are_the_classified_truths() -> None:
    assert set(FACT_NAMES) == set(CONDITION_FACTS)
