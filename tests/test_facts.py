"""Facts: one typed value whose fields are the facts' names, defined once."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from compliance_checker.engine.classify import classify
from compliance_checker.loading.declaration import load_declaration
from compliance_checker.models.facts import CONDITION_FACTS, FACT_ORDER, UNKNOWN, Fact, Facts
from tests.conftest import SAMPLES

AS_OF = dt.date(2026, 11, 29)


def _frontier() -> Facts:
    loaded = load_declaration(SAMPLES / "frontier-systemic-risk.yaml", as_of=AS_OF)
    return classify(loaded.declaration, AS_OF)


def test_the_names_are_the_fields_in_report_order() -> None:
    assert Facts._fields[1:] == FACT_ORDER
    assert FACT_ORDER[:3] == ("is_gpai", "systemic_risk", "open_source_exempt")
    facts = _frontier()
    assert list(facts) == list(FACT_ORDER) == list(facts.items)
    assert all(facts.items[name] is getattr(facts, name) is facts[name] for name in FACT_ORDER)


def test_rules_may_name_every_fact_but_the_dates() -> None:
    assert set(FACT_ORDER) - set(CONDITION_FACTS) == {"compliance_deadline", "notification_deadline"}
    facts = _frontier()
    assert all(not isinstance(facts[name].value, dt.date) for name in CONDITION_FACTS)


def test_the_accessors() -> None:
    facts = _frontier()
    assert facts.truthy("systemic_risk") and facts.truth("systemic_risk") is True
    assert isinstance(facts.date("compliance_deadline"), dt.date)
    assert facts.date("systemic_risk") is None
    assert "is_gpai" in facts and "no_such_fact" not in facts and "as_of" not in facts
    with pytest.raises(KeyError):
        facts["as_of"]
    with pytest.raises(KeyError):
        facts.truth("no_such_fact")
    assert pickle.loads(pickle.dumps(facts)) == facts


def test_unknown_is_a_truth_of_its_own() -> None:
    frontier = _frontier()
    values = {name: getattr(frontier, name) for name in Facts._fields}
    facts = Facts(**{**values, "legacy_model": Fact(value=UNKNOWN, reason="not stated")})
    assert facts.truth("legacy_model") is UNKNOWN and not facts.truthy("legacy_model")


def test_constructors_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Fact(True, "reason")  # type: ignore[misc]
    with pytest.raises(TypeError):
        Facts(AS_OF)  # type: ignore[misc]
