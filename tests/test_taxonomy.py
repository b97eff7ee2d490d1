"""The systemic-risk taxonomy: the ruleset data, the ids a declaration accepts and the published schema agree.

The ids live twice: as data in ``rulesets/systemic-risk-taxonomy/<version>.yaml`` (titles, references) and
as ``Literal`` types in ``compliance_checker.models.taxonomy``, from which the declaration schema is
generated. The Literals are the union over every shipped taxonomy version (an older draft may group or
name risks differently); the final Code's groups must match them exactly, except for ids only a draft
uses.
"""

from __future__ import annotations

import json
import re
from typing import Any, get_args

import pytest

from compliance_checker.loading.rulesets import LoadedRuleset, shipped_rulesets
from compliance_checker.models import taxonomy
from tests.conftest import ROOT

RULESET = "systemic-risk-taxonomy"
FINAL = "2025-07-10"

# Each group of the final Code's Appendix 1, the Literal holding its ids, its appendix section and size.
GROUPS: dict[str, tuple[Any, str, int]] = {
    "types": (taxonomy.RiskType, "1.1", 5),
    "nature_essential": (taxonomy.EssentialCharacteristic, "1.2.1", 3),
    "nature_contributing": (taxonomy.ContributingCharacteristic, "1.2.2", 6),
    "capabilities": (taxonomy.Capability, "1.3.1", 14),
    "propensities": (taxonomy.Propensity, "1.3.2", 10),
    "affordances": (taxonomy.Affordance, "1.3.3", 13),
    "specified": (taxonomy.SpecifiedRisk, "1.4", 4),
}
# Ids that only an earlier draft uses (third draft, Appendix 1.2: one type for public health, safety and
# public security); the final Code must not list them. Other ids that a shipped draft version defines and
# the final does not are draft-only too (see draft_only()).
DRAFT_ONLY = {"public_health_safety_security"}


def versions() -> list[LoadedRuleset]:
    return [item for item in shipped_rulesets() if item.ref.id == RULESET]


def final() -> LoadedRuleset:
    found = [item for item in versions() if item.ref.version == FINAL]
    assert len(found) == 1, f"{RULESET}@{FINAL} is not shipped"
    return found[0]


def literal_ids(literal: Any) -> list[str]:
    return list(get_args(literal))


def taxonomy_ids(item: LoadedRuleset) -> set[str]:
    return {entry.id for entries in item.ruleset.taxonomy.values() for entry in entries}


def draft_only() -> set[str]:
    """DRAFT_ONLY, and every id a shipped earlier version defines that the final one does not."""
    drafts = {i for item in versions() if item.ref.version != FINAL for i in taxonomy_ids(item)}
    return DRAFT_ONLY | (drafts - taxonomy_ids(final()))


def test_every_taxonomy_version_has_a_taxonomy() -> None:
    assert versions(), f"no {RULESET} ruleset is shipped"
    for item in versions():
        assert item.ruleset.taxonomy, f"{RULESET}@{item.ref.version} has no taxonomy"


def test_final_groups_are_complete_with_the_appendix_counts() -> None:
    groups = final().ruleset.taxonomy
    assert set(groups) == set(GROUPS)
    counts = {name: len(entries) for name, entries in groups.items()}
    assert counts == {name: size for name, (_, _, size) in GROUPS.items()}


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_final_group_matches_its_literal_in_order(group: str) -> None:
    literal, _, _ = GROUPS[group]
    expected = [i for i in literal_ids(literal) if i not in draft_only()]
    assert [entry.id for entry in final().ruleset.taxonomy[group]] == expected


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_final_group_refs_name_the_appendix_point_in_order(group: str) -> None:
    _, section, _ = GROUPS[group]
    for number, entry in enumerate(final().ruleset.taxonomy[group], start=1):
        assert entry.ref == f"Safety and Security, Appendix {section}, point ({number})", entry.id
        assert entry.title.strip() and entry.description, entry.id


def test_draft_only_ids_are_not_in_the_final_taxonomy() -> None:
    assert not taxonomy_ids(final()) & DRAFT_ONLY
    declared = {i for literal, _, _ in GROUPS.values() for i in literal_ids(literal)}
    assert declared >= DRAFT_ONLY, "a draft-only id is in no Literal of compliance_checker.models.taxonomy"


def test_literals_are_the_union_over_shipped_versions() -> None:
    declared = {i for literal, _, _ in GROUPS.values() for i in literal_ids(literal)}
    if all(item.ref.version == FINAL for item in versions()):
        declared -= DRAFT_ONLY  # no draft version shipped (yet) to define them
    defined: dict[str, set[str]] = {}
    for item in versions():
        for entries in item.ruleset.taxonomy.values():
            for entry in entries:
                defined.setdefault(entry.id, set()).add(item.ref.version)
    assert declared == set(defined), (
        f"in the Literals only: {sorted(declared - set(defined))}; "
        f"in a taxonomy only: {sorted(set(defined) - declared)}"
    )


def test_ids_are_unique_across_groups_of_a_version() -> None:
    for item in versions():
        ids = [entry.id for entries in item.ruleset.taxonomy.values() for entry in entries]
        assert len(ids) == len(set(ids)), f"{RULESET}@{item.ref.version}: an id is in two groups"
        assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids)


# Where the declaration schema lists each Literal's ids: ($defs model, property, Literal).
SCHEMA_ENUMS = [
    ("IdentifiedRisk", "specified", taxonomy.SpecifiedRisk),
    ("IdentifiedRisk", "types", taxonomy.RiskType),
    ("IdentificationProcess", "types_considered", taxonomy.RiskType),
    ("RiskNature", "essential", taxonomy.EssentialCharacteristic),
    ("RiskNature", "contributing", taxonomy.ContributingCharacteristic),
    ("RiskSources", "capabilities", taxonomy.Capability),
    ("RiskSources", "propensities", taxonomy.Propensity),
    ("RiskSources", "affordances", taxonomy.Affordance),
]


def _enum(node: dict[str, Any]) -> list[str]:
    """The enum of a property: directly, of its array items, or of its non-null ``anyOf`` branch."""
    if "enum" in node:
        return list(node["enum"])
    if "items" in node:
        return _enum(node["items"])
    branches = [_enum(b) for b in node.get("anyOf", []) if b.get("type") != "null"]
    assert len(branches) == 1, f"no single enum in {node}"
    return branches[0]


@pytest.mark.parametrize(
    ("model", "field", "literal"), SCHEMA_ENUMS, ids=[f"{m}.{f}" for m, f, _ in SCHEMA_ENUMS]
)
def test_declaration_schema_enums_match_the_taxonomy(model: str, field: str, literal: Any) -> None:
    schema = json.loads((ROOT / "schemas" / "declaration.schema.json").read_text(encoding="utf-8"))
    assert _enum(schema["$defs"][model]["properties"][field]) == literal_ids(literal)
