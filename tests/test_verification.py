"""How each rule was verified: the passages of primary texts it was read against (`checked_against`), and
for a rule that rests on a secondary source, why (`unverified_reason`)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from compliance_checker.models.ruleset_file import Rule as RuleFile

RULE = {
    "id": "X-1",
    "title": "A rule",
    "obligation": "Do something.",
    "sources": [{"document": "AI Act", "ref": "Art 55(1)(c)"}],
    "severity": "high",
    "since": "2025-08-02",
    "evidence": [{"check": "present", "path": "a.b", "label": "b"}],
    "remediation": "Do it.",
}


def test_a_rule_names_the_primary_passages_it_was_checked_against() -> None:
    rule = RuleFile.model_validate(
        {
            **RULE,
            "checked_against": [{"document": "ai-act-arts-51-56-101-111-113.txt", "passage": "Art 55(1)(c)"}],
        }
    )
    assert rule.checked_against[0].passage == "Art 55(1)(c)"


def test_checked_against_names_a_file_of_the_primary_texts() -> None:
    with pytest.raises(ValidationError, match=r"checked_against\.0\.document"):
        RuleFile.model_validate({**RULE, "checked_against": [{"document": "a blog post", "passage": "x"}]})


def test_a_reason_for_not_being_verified_needs_verified_false() -> None:
    with pytest.raises(ValidationError, match="unverified_reason is for rules with verified: false"):
        RuleFile.model_validate({**RULE, "unverified_reason": "read in a summary"})
    rule = RuleFile.model_validate({**RULE, "verified": False, "unverified_reason": "read in a summary"})
    assert rule.unverified_reason == "read in a summary"
