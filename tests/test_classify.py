"""Classification boundaries (engine/classify.py), one fact at a time, from small declaration dicts.

Every legal threshold is tested on both sides: exactly at the boundary and just past it. The reference is
the AI Act (Arts 3(63), 51, 52, 53(2), 54, 111(3), 113) and the Commission Guidelines C(2025) 5045
(sections 2.1, 3.2, 4, 5.3) as summarised in /work/shared/reference/legal-reference.md sections 5, 6, 9.1.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from compliance_checker.engine.classify import classify
from compliance_checker.models.declaration import Declaration
from compliance_checker.models.facts import Facts

AS_OF = dt.date(2026, 11, 29)
DELETE = object()

# A GPAI model (text out, 5e24 FLOP) without systemic risk, from an EU provider, not yet placed, under
# a proprietary licence that does not allow redistribution.
BASE: dict[str, Any] = {
    "format_version": "1.0",
    "provider": {"name": "Acme AI", "country": "DE"},
    "model": {
        "name": "acme-lm",
        "version": "1.0",
        "placement": "planned",
        "modalities": {"input": ["text"], "output": ["text"]},
        "training_compute": {"flop": 5e24},
        "licence": {"name": "Acme model licence", "grants": {"redistribution": False}, "monetised": True},
    },
}

OPEN_LICENCE: dict[str, Any] = {
    "spdx": "Apache-2.0",
    "grants": {"access": True, "use": True, "modification": True, "redistribution": True},
    "restrictions": [],
    "monetised": False,
    "public": {"weights": True, "architecture": True, "usage_information": True},
}


def make(changes: dict[str, Any] | None = None) -> Declaration:
    """BASE with ``{"dotted.path": value}`` applied (``DELETE`` removes the key), validated."""
    data = copy.deepcopy(BASE)
    for dotted, value in (changes or {}).items():
        *parents, last = dotted.split(".")
        node = data
        for part in parents:
            node = node.setdefault(part, {})
        if value is DELETE:
            node.pop(last, None)
        else:
            node[last] = copy.deepcopy(value)
    return Declaration.model_validate(data)


def facts(changes: dict[str, Any] | None = None, as_of: dt.date = AS_OF) -> Facts:
    return classify(make(changes), as_of)


def value(changes: dict[str, Any] | None, name: str, as_of: dt.date = AS_OF) -> Any:
    return facts(changes, as_of)[name].value


# --- is_gpai: Guidelines section 2.1 indicative criterion -----------------------------------------------


@pytest.mark.parametrize(
    ("flop", "expected"),
    [
        (1e23, False),  # exactly 10^23 is not "greater than"
        (9.99e22, False),
        (1.0000001e23, True),
        (1.01e23, True),
        (1e25, True),
    ],
)
def test_gpai_compute_boundary(flop: float, expected: bool) -> None:
    fact = facts({"model.training_compute.flop": flop})["is_gpai"]
    assert fact.value is expected
    assert ("not greater than" in fact.reason) is (not expected)


@pytest.mark.parametrize(
    ("inputs", "outputs", "expected"),
    [
        (["text"], ["text"], True),
        (["text"], ["code"], True),
        (["audio"], ["music"], False),  # music without words is not language (Guidelines 2.1)
        (["text"], ["sound"], False),  # nor are sound effects
        (["text"], ["music", "speech"], True),  # sung lyrics are speech
        (["audio"], ["speech"], True),
        (["image"], ["text"], True),  # language output counts whatever the input
        (["text"], ["image"], True),  # text-to-image
        (["text"], ["video"], True),  # text-to-video
        (["image", "text"], ["video"], True),
        (["image"], ["image"], False),  # image-to-image is not text-to-image
        (["video"], ["video"], False),
        (["audio"], ["image"], False),
        (["text"], ["time_series"], False),
        (["time_series"], ["time_series"], False),
        (["text"], ["embeddings"], False),
        (["text"], ["tabular", "actions", "3d"], False),
        (["text"], ["biological_sequences"], False),
        (["text"], ["time_series", "speech"], True),
    ],
)
def test_gpai_output_modalities(inputs: list[str], outputs: list[str], expected: bool) -> None:
    changes = {"model.training_compute.flop": 1e24, "model.modalities": {"input": inputs, "output": outputs}}
    assert value(changes, "is_gpai") is expected


def test_gpai_declared_true_overrides_low_compute_and_modality() -> None:
    changes = {
        "model.training_compute.flop": 1e20,
        "model.modalities": {"input": ["tabular"], "output": ["time_series"]},
        "model.general_purpose": {"declared": True},
    }
    fact = facts(changes)["is_gpai"]
    assert fact.value is True
    assert "declared" in fact.reason


def test_gpai_declared_false_without_rebuttal_does_not_displace_the_criterion() -> None:
    fact = facts({"model.general_purpose": {"declared": False}})["is_gpai"]
    assert fact.value is True
    assert "rebuttal" in fact.reason


@pytest.mark.parametrize("declared", [None, False])
def test_gpai_real_rebuttal_displaces_a_met_criterion(declared: bool | None) -> None:
    justification = "A speech transcription model: it performs a single narrow task (Guidelines 2.1 example)."
    fact = facts({"model.general_purpose": {"declared": declared, "rebuttal": justification}})["is_gpai"]
    assert fact.value is False
    assert justification in fact.reason


def test_gpai_real_rebuttal_makes_a_model_below_the_criterion_general() -> None:
    justification = "Exceptionally general: performs a wide range of distinct tasks despite small compute."
    changes = {"model.training_compute.flop": 5e22, "model.general_purpose": {"rebuttal": justification}}
    fact = facts(changes)["is_gpai"]
    assert fact.value is True
    assert justification in fact.reason


def test_gpai_declared_false_with_justification_below_criterion_stays_not_gpai() -> None:
    changes = {
        "model.training_compute.flop": 5e22,
        "model.general_purpose": {
            "declared": False,
            "rebuttal": "A narrow weather-forecasting model that performs a single task.",
        },
    }
    assert value(changes, "is_gpai") is False


@pytest.mark.parametrize("placeholder", ["TODO", "", "   ", "TBD", "N/A", "<justification>", "todo: write"])
def test_gpai_placeholder_rebuttal_does_not_flip(placeholder: str) -> None:
    above = {"model.general_purpose": {"rebuttal": placeholder}}
    assert value(above, "is_gpai") is True
    declared_false = {"model.general_purpose": {"declared": False, "rebuttal": placeholder}}
    assert value(declared_false, "is_gpai") is True
    below = {"model.training_compute.flop": 5e22, "model.general_purpose": {"rebuttal": placeholder}}
    assert value(below, "is_gpai") is False


def test_not_gpai_means_no_provider_obligations() -> None:
    found = facts({"model.training_compute.flop": 1e26, "model.modalities.output": ["time_series"]})
    assert found["is_gpai"].value is False
    assert found["gpai_provider"].value is False
    assert found["systemic_risk"].value is False
    assert found["open_source_exempt"].value is None
    assert found["authorised_representative_required"].value is None
    assert found["notification_required"].value is None
    assert found["compliance_deadline"].value is None


# --- systemic risk: Art 51(2) presumption, designation, Art 52(2) rebuttal -----------------------------


@pytest.mark.parametrize(
    ("flop", "expected"),
    [(1e25, False), (9.9e24, False), (1.0000001e25, True), (3.8e25, True)],
)
def test_systemic_risk_compute_boundary(flop: float, expected: bool) -> None:
    found = facts({"model.training_compute.flop": flop})
    assert found["systemic_risk"].value is expected
    assert found["notification_required"].value is expected


@pytest.mark.parametrize(
    ("cumulative", "expected"),
    [(1e25, False), (1.0000001e25, True), (1.2e25, True)],
)
def test_systemic_risk_uses_cumulative_compute_over_flop(cumulative: float, expected: bool) -> None:
    changes = {"model.training_compute.flop": 9e24, "model.training_compute.cumulative_flop": cumulative}
    fact = facts(changes)["systemic_risk"]
    assert fact.value is expected
    assert "cumulative training compute" in fact.reason


def test_cumulative_compute_below_training_compute_is_refused_or_not_trusted() -> None:
    changes = {"model.training_compute.flop": 2e25, "model.training_compute.cumulative_flop": 5e24}
    try:
        declaration = make(changes)
    except ValidationError:
        return  # refusing the contradiction is fine
    assert classify(declaration, AS_OF)["systemic_risk"].value is True


def test_commission_designation_makes_systemic_even_below_threshold() -> None:
    changes = {
        "model.training_compute.flop": 5e24,
        "model.systemic_risk": {"designated": True, "designation_date": "2026-01-15"},
    }
    found = facts(changes)
    assert found["systemic_risk"].value is True
    assert "2026-01-15" in found["systemic_risk"].reason
    # Designation needs no Art 52(1) notification: the threshold is not met.
    assert found["notification_required"].value is False


def test_accepted_rebuttal_lifts_systemic_risk() -> None:
    changes = {
        "model.training_compute.flop": 3.8e25,
        "model.systemic_risk": {
            "rebuttal": {"submitted": "2025-08-10", "accepted": True, "decision_date": "2025-11-01"}
        },
    }
    found = facts(changes)
    assert found["systemic_risk"].value is False
    assert "accepted" in found["systemic_risk"].reason
    # The notification was still owed: the threshold is met.
    assert found["notification_required"].value is True


@pytest.mark.parametrize("accepted", [None, False])
def test_pending_or_rejected_rebuttal_keeps_systemic_risk(accepted: bool | None) -> None:
    changes = {
        "model.training_compute.flop": 3.8e25,
        "model.systemic_risk": {"rebuttal": {"submitted": "2025-08-10", "accepted": accepted}},
    }
    fact = facts(changes)["systemic_risk"]
    assert fact.value is True
    assert "not accepted" in fact.reason


def test_accepted_rebuttal_does_not_override_designation() -> None:
    changes = {
        "model.training_compute.flop": 3.8e25,
        "model.systemic_risk": {
            "designated": True,
            "rebuttal": {"submitted": "2025-08-10", "accepted": True},
        },
    }
    assert value(changes, "systemic_risk") is True


# --- downstream modifiers: Guidelines section 3.2 ------------------------------------------------------


def based_on(modification: float, *, original: float | None, systemic: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "name": "upstream-model",
        "systemic_risk": systemic,
        "modification_compute_flop": modification,
    }
    if original is not None:
        entry["training_compute_flop"] = original
    return {"model.based_on": entry}


@pytest.mark.parametrize(
    ("modification", "original", "expected"),
    [
        (1e24, 3e24, False),  # exactly one third
        (1.0000001e24, 3e24, True),
        (9.9e23, 3e24, False),
        (1.06e24, 3.18e24, False),  # exactly one third; 1.06e24 * 3 > 3.18e24 in binary floating point
        (1.0600001e24, 3.18e24, True),
    ],
)
def test_modifier_one_third_of_known_original(modification: float, original: float, expected: bool) -> None:
    found = facts(based_on(modification, original=original, systemic=False))
    assert found["modifier_is_provider"].value is expected
    assert found["gpai_provider"].value is expected


@pytest.mark.parametrize(
    ("modification", "systemic", "expected"),
    [
        (3.3333e24, True, False),  # 3 x 3.3333e24 < 1e25
        (3.3333333e24, True, False),
        (3.34e24, True, True),
        (3.3333e22, False, False),  # 3 x 3.3333e22 < 1e23
        (3.34e22, False, True),
        (3.34e24, False, True),
    ],
)
def test_modifier_unknown_original_uses_fixed_thirds(
    modification: float, systemic: bool, expected: bool
) -> None:
    found = facts(based_on(modification, original=None, systemic=systemic))
    assert found["modifier_is_provider"].value is expected
    assert found["gpai_provider"].value is expected
    assert "original compute unknown" in found["modifier_is_provider"].reason


def test_modifier_not_provider_means_no_obligations() -> None:
    found = facts(based_on(1e24, original=3e24, systemic=False))
    assert found["gpai_provider"].value is False
    assert found["systemic_risk"].value is False
    assert found["compliance_deadline"].value is None
    assert found["notification_required"].value is None


def test_modifier_provider_of_systemic_original_has_systemic_risk_and_must_notify() -> None:
    changes = {
        "model.training_compute.flop": 5e24,  # the modified model's own compute is below 1e25
        "model.systemic_risk": {"threshold_met_date": "2025-10-01"},
        **based_on(1.1e25, original=3e25, systemic=True),
    }
    found = facts(changes)
    assert found["modifier_is_provider"].value is True
    assert found["gpai_provider"].value is True
    assert found["systemic_risk"].value is True
    assert found["notification_required"].value is True
    assert found["notification_deadline"].value == dt.date(2025, 10, 15)


def test_modifier_provider_of_unknown_systemic_original_has_systemic_risk() -> None:
    changes = {"model.training_compute.flop": 5e24, **based_on(3.34e24, original=None, systemic=True)}
    found = facts(changes)
    assert found["systemic_risk"].value is True
    assert found["notification_required"].value is True


def test_modifier_at_exactly_one_third_of_systemic_original_is_not_provider() -> None:
    changes = {"model.training_compute.flop": 5e24, **based_on(1e25, original=3e25, systemic=True)}
    found = facts(changes)
    assert found["modifier_is_provider"].value is False
    assert found["systemic_risk"].value is False
    assert found["notification_required"].value is None


def test_modifier_provider_of_non_systemic_original_is_not_systemic() -> None:
    changes = {"model.training_compute.flop": 5e24, **based_on(2e24, original=3e24, systemic=False)}
    found = facts(changes)
    assert found["gpai_provider"].value is True
    assert found["systemic_risk"].value is False


def test_no_based_on_means_modifier_fact_does_not_apply() -> None:
    found = facts()
    assert found["modifier_is_provider"].value is None
    assert found["gpai_provider"].value is True


# --- open-source exemption: Art 53(2), 54(6), Guidelines section 4 -------------------------------------


def test_open_source_exempt_when_every_condition_holds() -> None:
    found = facts({"model.licence": OPEN_LICENCE})
    assert found["open_source_claimed"].value is True
    assert found["open_source_exempt"].value is True


@pytest.mark.parametrize(
    ("path", "new", "named"),
    [
        ("grants.access", False, "access"),
        ("grants.use", False, "use"),
        ("grants.modification", False, "modification"),
        ("grants.redistribution", False, "redistribution"),
        ("restrictions", ["non_commercial"], "non_commercial"),
        ("restrictions", ["research_only"], "research_only"),
        ("restrictions", ["no_redistribution"], "no_redistribution"),
        ("restrictions", ["user_threshold"], "user_threshold"),
        ("restrictions", ["separate_commercial_licence"], "separate_commercial_licence"),
        ("monetised", True, "monetised"),
        ("public.weights", False, "weights"),
        ("public.architecture", False, "architecture"),
        ("public.usage_information", False, "usage_information"),
    ],
)
def test_open_source_single_missing_condition(path: str, new: Any, named: str) -> None:
    licence = copy.deepcopy(OPEN_LICENCE)
    *parents, last = path.split(".")
    node = licence
    for part in parents:
        node = node[part]
    if new is DELETE:
        del node[last]
    else:
        node[last] = new
    fact = facts({"model.licence": licence})["open_source_exempt"]
    assert fact.value is False
    assert named in fact.reason


def test_open_source_without_licence_cannot_be_determined() -> None:
    fact = facts({"model.licence": DELETE})["open_source_exempt"]
    assert fact.unknown
    assert "no licence" in fact.reason
    assert "model.licence" in fact.questions[0]


def test_open_source_never_exempts_a_systemic_risk_model() -> None:
    found = facts({"model.licence": OPEN_LICENCE, "model.training_compute.flop": 3.8e25})
    assert found["open_source_claimed"].value is True
    assert found["open_source_exempt"].value is False
    assert "systemic risk" in found["open_source_exempt"].reason


def test_open_source_never_exempts_a_designated_model() -> None:
    changes = {"model.licence": OPEN_LICENCE, "model.systemic_risk": {"designated": True}}
    assert value(changes, "open_source_exempt") is False


# --- third country and the authorised representative: Art 54 -------------------------------------------


@pytest.mark.parametrize(
    ("country", "third"),
    [
        ("US", True),
        ("CN", True),
        ("GB", True),
        ("CH", True),
        ("NO", True),
        ("DE", False),
        ("FR", False),
        ("GR", False),
        ("EL", False),
        ("IE", False),
        ("CY", False),
    ],
)
def test_third_country(country: str, third: bool) -> None:
    assert value({"provider.country": country}, "third_country_provider") is third


def test_representative_required_for_third_country_provider() -> None:
    assert value({"provider.country": "US"}, "authorised_representative_required") is True


def test_representative_not_required_for_exempt_third_country_provider() -> None:
    changes = {"provider.country": "US", "model.licence": OPEN_LICENCE}
    found = facts(changes)
    assert found["open_source_exempt"].value is True
    assert found["authorised_representative_required"].value is False


def test_representative_required_for_open_source_systemic_third_country_provider() -> None:
    changes = {"provider.country": "US", "model.licence": OPEN_LICENCE, "model.training_compute.flop": 2e25}
    assert value(changes, "authorised_representative_required") is True


@pytest.mark.parametrize("country", ["DE", "GR", "EL"])
def test_representative_not_required_in_the_union(country: str) -> None:
    assert value({"provider.country": country}, "authorised_representative_required") is False


# --- legacy models and the compliance deadline: Art 111(3), 113(b) -------------------------------------


@pytest.mark.parametrize(
    ("placed", "legacy", "deadline"),
    [
        ("2024-01-10", True, dt.date(2027, 8, 2)),
        ("2025-08-01", True, dt.date(2027, 8, 2)),
        ("2025-08-02", False, dt.date(2025, 8, 2)),  # placed exactly on the application date
        ("2025-08-03", False, dt.date(2025, 8, 3)),
        ("2026-03-01", False, dt.date(2026, 3, 1)),
    ],
)
def test_legacy_boundary(placed: str, legacy: bool, deadline: dt.date) -> None:
    found = facts({"model.placed_on_market": placed, "model.placement": DELETE})
    assert found["legacy_model"].value is legacy
    assert found["compliance_deadline"].value == deadline


def test_not_placed_is_not_legacy_and_has_no_deadline() -> None:
    found = facts()
    assert found["legacy_model"].value is False
    assert found["placed_on_market"].value is False
    assert found["compliance_deadline"].value is None


@pytest.mark.parametrize(
    ("as_of", "placed"),
    [(dt.date(2025, 8, 31), False), (dt.date(2025, 9, 1), True), (dt.date(2026, 1, 1), True)],
)
def test_placed_on_market_depends_on_as_of(as_of: dt.date, placed: bool) -> None:
    changes = {"model.placed_on_market": "2025-09-01", "model.placement": DELETE}
    assert value(changes, "placed_on_market", as_of) is placed


# --- notification deadline: Art 52(1), Guidelines section 5.3 ------------------------------------------


@pytest.mark.parametrize(
    ("met", "deadline"),
    [
        ("2025-09-01", dt.date(2025, 9, 15)),
        ("2025-12-25", dt.date(2026, 1, 8)),
        ("2025-08-02", dt.date(2025, 8, 16)),
        ("2025-08-01", dt.date(2025, 8, 16)),  # met before the obligations applied
        ("2025-05-01", dt.date(2025, 8, 16)),
        ("2024-02-01", dt.date(2025, 8, 16)),
    ],
)
def test_notification_deadline(met: str, deadline: dt.date) -> None:
    found = facts({"model.training_compute.flop": 3.8e25, "model.systemic_risk": {"threshold_met_date": met}})
    assert found["notification_required"].value is True
    assert found["notification_deadline"].value == deadline


def test_notification_deadline_unknown_without_threshold_date() -> None:
    found = facts({"model.training_compute.flop": 3.8e25})
    assert found["notification_required"].value is True
    assert found["notification_deadline"].value is None
    assert "threshold_met_date" in found["notification_deadline"].reason


def test_notification_not_required_below_threshold() -> None:
    found = facts({"model.systemic_risk": {"threshold_met_date": "2025-09-01"}})
    assert found["notification_required"].value is False
    assert found["notification_deadline"].value is None


# --- fines and other facts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "fines"),
    [
        (dt.date(2025, 8, 2), False),
        (dt.date(2026, 8, 1), False),
        (dt.date(2026, 8, 2), True),
        (dt.date(2027, 1, 1), True),
    ],
)
def test_fines_apply(as_of: dt.date, fines: bool) -> None:
    assert value(None, "fines_apply", as_of) is fines


@pytest.mark.parametrize(
    ("sme", "smc", "expected"), [(False, False, False), (True, False, True), (False, True, True)]
)
def test_sme_or_smc(sme: bool, smc: bool, expected: bool) -> None:
    assert value({"provider.sme": sme, "provider.smc": smc}, "sme_or_smc") is expected


def test_signatory_chapters() -> None:
    changes = {"provider.code_of_practice": {"signatory": True, "chapters": ["transparency", "copyright"]}}
    found = facts(changes)
    assert found["signatory_transparency"].value is True
    assert found["signatory_copyright"].value is True
    assert found["signatory_safety_and_security"].value is False
    not_signed = facts({"provider.code_of_practice": {"signatory": False, "chapters": ["copyright"]}})
    assert not_signed["signatory_copyright"].value is False


def test_every_fact_has_a_reason_and_a_source() -> None:
    found = facts({"model.licence": OPEN_LICENCE, "model.placed_on_market": "2025-09-01"})
    for name, fact in found.items.items():
        assert fact.reason, name
        assert fact.sources, name
