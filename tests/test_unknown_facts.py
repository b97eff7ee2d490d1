"""Facts the declaration leaves open are UNKNOWN, with the question that would decide them; conditions over
them are three-valued; estimates are cross-checked with 6 x parameters x tokens (Guidelines Annex A.2.2)."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from typing import Any

import jsonschema
import pytest

from compliance_checker.engine.conditions import questions, truth
from compliance_checker.engine.context import Context
from compliance_checker.models.facts import UNKNOWN, Fact, unknown
from compliance_checker.models.ruleset import AllOf, AnyOf, NotCond
from tests.conftest import ROOT
from tests.fact_values import facts_with
from tests.test_classify import DELETE, facts, value

AS_OF = dt.date(2026, 11, 29)
PUBLIC = ROOT / "tests" / "inputs" / "public_models"


# --- the UNKNOWN value --------------------------------------------------------------------------------


def test_unknown_is_neither_true_nor_false_and_pickles_as_itself() -> None:
    with pytest.raises(TypeError):
        bool(UNKNOWN)
    assert pickle.loads(pickle.dumps(UNKNOWN)) is UNKNOWN
    assert str(UNKNOWN) == "unknown"
    fact = unknown(
        "monetisation is not stated",
        ["state it: model.licence.monetised", "state it: model.licence.monetised"],
    )
    assert fact.unknown and fact.questions == ("state it: model.licence.monetised",)
    assert (
        fact.reason == "cannot be determined: monetisation is not stated (state it: model.licence.monetised)"
    )


def _ctx(**values: Any) -> Context:
    items = {name: (v if isinstance(v, Fact) else Fact(value=v, reason=name)) for name, v in values.items()}
    return Context(values={}, facts=facts_with(AS_OF, items), sets={}, evidence={}, evidence_files={})


@pytest.mark.parametrize(
    ("cond", "expected"),
    [
        (AllOf(all=("is_gpai", "legacy_model")), UNKNOWN),
        (AllOf(all=("systemic_risk", "legacy_model")), False),  # false whatever the unknown part is
        (AnyOf(any=("systemic_risk", "legacy_model")), UNKNOWN),
        (AnyOf(any=("is_gpai", "legacy_model")), True),  # true whatever the unknown part is
        (NotCond(not_="legacy_model"), UNKNOWN),
        (NotCond(not_="systemic_risk"), True),
        (AllOf(all=("is_gpai", NotCond(not_="systemic_risk"))), True),
    ],
)
def test_conditions_are_three_valued(cond: Any, expected: Any) -> None:
    # is_gpai true, systemic_risk false, legacy_model unknown
    ctx = _ctx(is_gpai=True, systemic_risk=False, legacy_model=unknown("u is not stated", ["state u: x.u"]))
    assert truth(cond, ctx) is expected
    asked = questions(cond, ctx)
    assert asked == (["state u: x.u"] if expected is UNKNOWN else [])


# --- placement: placed, planned, or not stated --------------------------------------------------------


@pytest.mark.parametrize(
    ("placement", "date", "placed", "legacy", "deadline"),
    [
        (DELETE, DELETE, UNKNOWN, UNKNOWN, UNKNOWN),  # not stated
        ("planned", DELETE, False, False, None),  # not placed yet: due when it is
        ("planned", "2027-03-01", False, False, dt.date(2027, 3, 1)),
        ("planned", "2026-03-01", UNKNOWN, UNKNOWN, UNKNOWN),  # a planned date already past
        ("placed", "2026-03-01", True, False, dt.date(2026, 3, 1)),
        ("placed", "2027-03-01", UNKNOWN, UNKNOWN, UNKNOWN),  # placed, but dated after the as-of date
        ("placed", DELETE, True, UNKNOWN, UNKNOWN),  # placed, date not stated
        (DELETE, "2024-05-01", True, True, dt.date(2027, 8, 2)),
        (DELETE, "2027-05-01", False, False, dt.date(2027, 5, 1)),  # a later date is a planned one
    ],
)
def test_placement(placement: Any, date: Any, placed: Any, legacy: Any, deadline: Any) -> None:
    found = facts({"model.placement": placement, "model.placed_on_market": date})
    assert found["placed_on_market"].value is placed
    assert found["legacy_model"].value is legacy
    if deadline is UNKNOWN or deadline is None:
        assert found["compliance_deadline"].value is deadline
    else:
        assert found["compliance_deadline"].value == deadline
    for name in ("placed_on_market", "legacy_model", "compliance_deadline"):
        if found[name].unknown:
            assert any("model.placement" in q or "model.placed_on_market" in q for q in found[name].questions)


def test_a_release_after_2_august_2025_rules_out_a_legacy_model() -> None:
    changes = {"model.placement": DELETE, "model.release_date": "2025-09-01"}
    assert value(changes, "legacy_model") is False
    assert value({**changes, "model.release_date": "2025-08-01"}, "legacy_model") is UNKNOWN


# --- establishment, licence ------------------------------------------------------------------------


def test_no_country_leaves_the_representative_question_open() -> None:
    found = facts({"provider.country": DELETE})
    assert found["third_country_provider"].value is UNKNOWN
    assert found["authorised_representative_required"].value is UNKNOWN
    assert "provider.country" in found["authorised_representative_required"].questions[0]


def test_an_eu_provider_needs_no_representative_whatever_the_licence() -> None:
    assert value({"model.licence": DELETE}, "authorised_representative_required") is False


@pytest.mark.parametrize(
    ("licence", "expected"),
    [
        ({"spdx": "Apache-2.0"}, UNKNOWN),
        ({"spdx": "Apache-2.0", "grants": {"access": True, "use": True, "modification": True}}, UNKNOWN),
        ({"spdx": "X", "grants": {"redistribution": False}}, False),
        ({"spdx": "X", "restrictions": ["research_only"]}, False),
        ({"grants": {"access": True, "use": True, "modification": True, "redistribution": True}}, True),
    ],
)
def test_open_source_claimed_is_three_valued(licence: dict[str, Any], expected: Any) -> None:
    assert value({"model.licence": licence}, "open_source_claimed") is expected


# --- modifiers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("modification", "expected"),
    [
        (3.0e22, False),  # not above a third of either replacement threshold
        (1.0e24, UNKNOWN),  # above a third of 10^23, not of 10^25: the original's status decides
        (3.4e24, True),  # above a third of 10^25: a provider either way
        (None, UNKNOWN),  # not stated
    ],
)
def test_modifier_with_original_status_unknown(modification: float | None, expected: Any) -> None:
    based_on: dict[str, Any] = {"name": "upstream", "general_purpose": True}
    if modification is not None:
        based_on["modification_compute_flop"] = modification
    assert value({"model.based_on": based_on}, "modifier_is_provider") is expected


def test_the_modified_model_of_a_gpai_model_is_one_whatever_its_own_compute() -> None:
    changes = {
        "model.training_compute.flop": 4e22,  # the fine-tuning alone: far below 10^23
        "model.based_on": {
            "name": "upstream",
            "training_compute_flop": 9e23,
            "modification_compute_flop": 4e23,
        },
    }
    found = facts(changes)
    assert found["is_gpai"].value is True  # the original's 9e23 and text output meet the criterion
    assert found["modifier_is_provider"].value is True
    assert found["gpai_provider"].value is True
    assert found["modification_only"].value is True
    assert "Guidelines section 3.2.1" in found["modification_only"].sources


# --- compute: estimates and the 6ND cross-check -----------------------------------------------------


def test_the_guidelines_own_example_model_a() -> None:
    # Annex A.3, Model A: 3.8 billion parameters, 3.3 trillion tokens, about 7.5e22 FLOP: not GPAI by the
    # indicative criterion (more than 30% below 10^23).
    changes = {
        "model.training_compute": {"tokens": 3.3e12},
        "model.parameters": 3_800_000_000,
    }
    assert value(changes, "is_gpai") is False


@pytest.mark.parametrize(
    ("flop", "plausible"),
    [
        (4.8e23, True),  # 6 x 8e9 x 1e13 = 4.8e23
        (4.8e22, True),  # exactly a tenth: not "less than a tenth"
        (4.79e22, UNKNOWN),
    ],
)
def test_implausible_compute_is_less_than_a_tenth_of_six_n_d(flop: float, plausible: Any) -> None:
    changes = {"model.training_compute": {"flop": flop, "tokens": 1e13}, "model.parameters": 8_000_000_000}
    assert value(changes, "compute_plausible") is plausible


def test_active_parameters_count_for_a_mixture_of_experts() -> None:
    changes = {
        "model.training_compute": {"flop": 3.0e24, "tokens": 1.5e13},
        "model.parameters": 1_000_000_000_000,  # 6 x 1e12 x 1.5e13 = 9e25: flop would look implausible
        "model.active_parameters": 32_000_000_000,  # 6 x 3.2e10 x 1.5e13 = 2.9e24
    }
    assert value(changes, "compute_plausible") is True
    assert value({**changes, "model.active_parameters": DELETE}, "compute_plausible") is UNKNOWN


def test_no_compute_and_no_estimate_asks_for_the_compute() -> None:
    found = facts({"model.training_compute": DELETE})
    assert found["is_gpai"].value is UNKNOWN
    assert "model.training_compute.flop" in found["is_gpai"].questions[0]


def test_tokens_from_the_form_s_data_points_feed_the_cross_check() -> None:
    changes = {
        "model.parameters": 8_000_000_000,
        "transparency": {
            "model_documentation": {"training_data": {"data_points": {"value": 1e13, "unit": "tokens"}}}
        },
        "model.training_compute.flop": 1e21,
    }
    assert value(changes, "compute_plausible") is UNKNOWN


# --- notification --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("met", "deadline"),
    [("2024-02-01", dt.date(2027, 8, 2)), ("2027-07-25", dt.date(2027, 8, 8))],
)
def test_a_legacy_model_notifies_by_2_august_2027_or_two_weeks_after_the_threshold(
    met: str, deadline: dt.date
) -> None:
    changes = {
        "model.training_compute.flop": 3.8e25,
        "model.placement": DELETE,
        "model.placed_on_market": "2025-03-01",
        "model.systemic_risk": {"threshold_met_date": met},
    }
    found = facts(changes, as_of=dt.date(2027, 9, 1))
    assert found["notification_required"].value is True
    assert found["notification_deadline"].value == deadline
    assert "AI Act Art 111(3)" in found["notification_deadline"].sources


# --- the report ----------------------------------------------------------------------------------


def test_a_report_with_unknown_facts_is_schema_valid(run_cli) -> None:
    paths = sorted(str(p) for p in PUBLIC.glob("*.yaml"))
    data = json.loads(run_cli("check", "--format", "json", "--as-of", AS_OF.isoformat(), *paths).stdout)
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert not errors, errors[:5]
    values = [fact["value"] for decl in data["declarations"] for fact in decl["classification"].values()]
    assert "unknown" in values
