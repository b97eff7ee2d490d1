"""The ``designated_after_placement`` fact (Guidelines C(2025) 5045, section 2.3.4, para 45).

A model the Commission designates under Art 52(4) has the systemic-risk obligations from when its provider
is informed of the designation; when that comes after the model was placed on the market, the limits the
Code counts from placement (a Framework two weeks before placement, a full assessment before placement,
AI Office access to the Model Report by placement) cannot be met. A model designated because it met the
Art 51(1)(a) condition without notifying had the obligations from when it met it (para 45, second case).
The rules that use the fact are tested in tests/rule_cases (SS-1-1-TIMING, SS-1-2-IMPLEMENTATION,
SS-1-3-ASSESSMENT, SS-7-7-NOTIFICATION, final and third-draft versions).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from compliance_checker.engine.classify import classify
from compliance_checker.models.facts import UNKNOWN
from tests.test_classify import AS_OF, DELETE, make

# The audit's example: placed 2025-09-01 at 5e24 FLOP (below the Art 51(2) presumption), designated
# 2026-03-02.
PLACED = {"model.placement": "placed", "model.placed_on_market": "2025-09-01"}
DESIGNATED = {"model.systemic_risk": {"designated": True, "designation_date": "2026-03-02"}}


def fact(changes: dict[str, Any], as_of: dt.date = AS_OF) -> Any:
    return classify(make(changes), as_of).designated_after_placement


def test_designated_after_placement_is_true() -> None:
    found = fact({**PLACED, **DESIGNATED})
    assert found.value is True
    assert "2026-03-02" in found.reason and "2025-09-01" in found.reason
    assert "Guidelines section 2.3.4" in found.sources


def test_not_designated_is_false() -> None:
    assert fact(PLACED).value is False


@pytest.mark.parametrize(
    ("designated", "expected"), [("2025-08-31", False), ("2025-09-01", False), ("2025-09-02", True)]
)
def test_boundary_is_strictly_after_placement(designated: str, expected: bool) -> None:
    changes = {**PLACED, "model.systemic_risk": {"designated": True, "designation_date": designated}}
    assert fact(changes).value is expected


def test_designation_date_not_stated_is_unknown_with_the_question() -> None:
    found = fact({**PLACED, "model.systemic_risk": {"designated": True}})
    assert found.value is UNKNOWN
    assert any("model.systemic_risk.designation_date" in q for q in found.questions)


def test_placement_date_not_stated_is_unknown() -> None:
    found = fact({**PLACED, **DESIGNATED, "model.placed_on_market": DELETE})
    assert found.value is UNKNOWN
    assert any("model.placed_on_market" in q for q in found.questions)


def test_placement_not_stated_at_all_is_unknown() -> None:
    found = fact({**DESIGNATED, "model.placement": DELETE})
    assert found.value is UNKNOWN
    assert found.questions


def test_designated_before_a_planned_placement_is_false() -> None:
    assert fact({**DESIGNATED, "model.placed_on_market": "2027-03-01"}).value is False
    assert fact(DESIGNATED).value is False  # planned, no date


def test_above_the_presumption_the_designation_does_not_move_the_start() -> None:
    # Para 45, second case: designated for want of an Art 52(1) notification, the obligations applied from
    # when the model met the condition.
    found = fact({**PLACED, **DESIGNATED, "model.training_compute.flop": 4e25})
    assert found.value is False
    assert "para 45" in found.reason


def test_accepted_rebuttal_leaves_the_designation_as_the_start() -> None:
    status = {
        "designated": True,
        "designation_date": "2026-03-02",
        "rebuttal": {"submitted": "2025-08-01", "accepted": True, "decision_date": "2025-10-01"},
    }
    changes = {**PLACED, "model.training_compute.flop": 4e25, "model.systemic_risk": status}
    assert fact(changes).value is True


def test_presumption_unknown_makes_it_unknown() -> None:
    found = fact({**PLACED, **DESIGNATED, "model.training_compute.flop": DELETE})
    assert found.value is UNKNOWN
    assert any("model.training_compute.flop" in q for q in found.questions)


def test_not_a_gpai_provider_is_false() -> None:
    changes = {
        **PLACED,
        **DESIGNATED,
        "model.modalities": {"input": ["text"], "output": ["tabular"]},
        "model.training_compute.flop": 1e22,
    }
    facts = classify(make(changes), AS_OF)
    assert facts.gpai_provider.value is False
    assert facts.designated_after_placement.value is False
