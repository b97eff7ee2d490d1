"""Generated documentation stays current with the rulesets."""

from __future__ import annotations

from compliance_checker.tools.docs import expected_docs


def test_rule_docs_are_current() -> None:
    for path, text in expected_docs().items():
        assert path.exists(), f"{path} is missing; run python -m compliance_checker.tools.docs"
        assert path.read_text(encoding="utf-8") == text, (
            f"{path} is stale; run python -m compliance_checker.tools.docs"
        )


def test_taxonomy_doc_lists_every_group_and_entry() -> None:
    from compliance_checker.loading.rulesets import shipped_rulesets

    docs = {path.name: text for path, text in expected_docs().items()}
    assert "taxonomy.md" in docs, "docs/taxonomy.md is not generated"
    text = docs["taxonomy.md"]
    for item in shipped_rulesets():
        for group, entries in item.ruleset.taxonomy.items():
            assert f"`{item.ref.id}/{group}`" in text, group
            for entry in entries:
                assert f"| `{entry.id}` | " in text and entry.ref in text, entry.id
