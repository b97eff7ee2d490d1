"""Generated documentation stays current with the rulesets."""

from __future__ import annotations

from compliance_checker.tools.docs import expected_docs


def test_rule_docs_are_current() -> None:
    for path, text in expected_docs().items():
        assert path.exists(), f"{path} is missing; run python -m compliance_checker.tools.docs"
        assert path.read_text(encoding="utf-8") == text, (
            f"{path} is stale; run python -m compliance_checker.tools.docs"
        )
