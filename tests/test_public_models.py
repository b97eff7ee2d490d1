"""The findings of issue 12 on eleven real open-weights models, each declared from its public model card
(tests/inputs/public_models/, every fact cited in the file's header; what is not public is left out).

Before this, a model downloadable worldwide since 2024 got its gaps as not_yet_due and exit 0 (its
placement could only be written as "null", read as "not placed yet"), an Apache-2.0 model whose card says
nothing about monetisation was "not exempt", a fine-tune was "not a general-purpose AI model", a bare
compute figure counted as Form item 40 evidence, and any audio output counted as language.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from compliance_checker.api import check_file
from compliance_checker.engine.classify import Q_MONETISED, classify
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.declaration import Declaration
from compliance_checker.models.facts import UNKNOWN, Facts
from compliance_checker.models.report import DeclarationReport

PUBLIC = Path(__file__).resolve().parent / "inputs" / "public_models"
AS_OF = dt.date(2026, 11, 29)
MODELS = sorted(PUBLIC.glob("*.yaml"))


def _data(name: str) -> dict[str, Any]:
    data = parse_yaml((PUBLIC / name).read_text(encoding="utf-8"), name).data
    assert isinstance(data, dict)
    return data


def _facts(data: dict[str, Any]) -> Facts:
    return classify(Declaration.model_validate(data), AS_OF)


def _check(tmp_path: Path, data: dict[str, Any]) -> DeclarationReport:
    path = tmp_path / "declaration.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return check_file(path, as_of=AS_OF)


def _results(report: DeclarationReport) -> dict[str, Any]:
    assert not report.errors, [d.render() for d in report.errors]
    return {r.rule: r for r in report.results}


def test_eleven_public_declarations_each_citing_its_sources() -> None:
    assert len(MODELS) == 11
    for path in MODELS:
        header = path.read_text(encoding="utf-8").split("format_version", 1)[0]
        assert "https://" in header, f"{path.name} cites no source"
        assert "Left out" in header, f"{path.name} does not say what it leaves out"


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.stem)
def test_a_public_declaration_is_valid_and_never_deferred(tmp_path: Path, path: Path) -> None:
    """Placement is not stated in any card: nothing is deferred as not_yet_due, gaps become questions."""
    report = check_file(path, as_of=AS_OF)
    results = _results(report)
    assert not [r for r in results.values() if r.status == "not_yet_due"]
    assert _facts(_data(path.name))["placed_on_market"].value is UNKNOWN


def test_placement_not_stated_makes_gaps_questions_not_deferrals(tmp_path: Path) -> None:
    results = _results(check_file(PUBLIC / "llama-3.1-8b.yaml", as_of=AS_OF))
    summary = results["AIA-53-1-D"]  # no public training-content summary is declared
    assert summary.status == "manual_review"
    assert "model.placement" in summary.message
    # Form item 4, the release date, is a past fact the card gives: evidenced, not deferred.
    assert results["TR-FORM-04"].status == "evidenced"
    # On the day placement is stated, the same gap is a finding.
    data = _data("llama-3.1-8b.yaml")
    data["model"]["placed_on_market"] = "2024-07-23"
    placed = _results(_check(tmp_path, data))
    assert placed["AIA-53-1-D"].status == "not_yet_due"  # a legacy model: due 2 August 2027
    assert placed["AIA-53-1-D"].due == dt.date(2027, 8, 2)


@pytest.mark.parametrize("name", ["mistral-7b-v0.1.yaml", "olmo-2-1124-7b.yaml", "qwen2.5-7b.yaml"])
def test_an_apache_model_silent_on_monetisation_asks_about_it(name: str, tmp_path: Path) -> None:
    facts = _facts(_data(name))
    exempt = facts["open_source_exempt"]
    assert exempt.value is UNKNOWN
    assert Q_MONETISED in exempt.questions
    assert "not exempt" not in exempt.reason
    results = _results(check_file(PUBLIC / name, as_of=AS_OF))
    if facts["gpai_provider"].value is True:
        assert results["AIA-53-2"].status == "manual_review"
        assert "model.licence.monetised" in results["AIA-53-2"].message


def test_licence_grants_not_listed_read_not_stated() -> None:
    facts = _facts(_data("gemma-2-9b.yaml"))
    claimed = facts["open_source_claimed"]
    assert claimed.value is UNKNOWN
    assert "not stated" in claimed.reason and "not grant" not in claimed.reason


def test_a_known_disqualifier_decides_whatever_is_not_stated() -> None:
    # Llama 3.1's licence needs a separate licence above 700 million monthly users: not exempt, although
    # its monetisation is not stated.
    exempt = _facts(_data("llama-3.1-8b.yaml"))["open_source_exempt"]
    assert exempt.value is False
    assert "user_threshold" in exempt.reason


def test_a_fine_tune_of_a_general_purpose_model_is_one(tmp_path: Path) -> None:
    data = _data("llama-3.1-tulu-3-8b.yaml")
    facts = _facts(data)
    assert facts["is_gpai"].value is True
    assert "Guidelines section 3.2" in facts["is_gpai"].sources
    # Its fine-tuning compute is not public: whether AI2 became the provider is the question.
    assert facts["modifier_is_provider"].value is UNKNOWN
    assert "model.based_on.modification_compute_flop" in facts["gpai_provider"].reason
    # With a modification over one third of 7.2e23, the modifier is the provider of a GPAI model and the
    # rules apply (before: modifier_is_provider true, gpai_provider false, every rule not applicable).
    data["model"]["based_on"]["training_compute_flop"] = 7.2e23
    data["model"]["based_on"]["modification_compute_flop"] = 2.5e23
    data["model"]["training_compute"] = {"flop": 2.5e23, "method": "hardware"}
    data["model"]["placed_on_market"] = "2024-11-21"
    facts = _facts(data)
    assert facts["modifier_is_provider"].value is True
    assert facts["gpai_provider"].value is True
    assert facts["modification_only"].value is True
    results = _results(_check(tmp_path, data))
    # Placed in 2024, so a legacy model: the gaps are due on 2 August 2027 (Art 111(3)).
    assert results["AIA-53-1-D"].status == "not_yet_due"
    assert results["AIA-53-MODIFIER"].status == "not_yet_due"  # described, but its documentation not cited
    assert results["AIA-53-MODIFIER"].due == dt.date(2027, 8, 2)


def test_a_placeholder_compute_without_a_method_is_not_form_item_40_evidence(tmp_path: Path) -> None:
    data = _data("llama-3.1-8b.yaml")
    data["model"]["training_compute"]["flop"] = 1.0e24
    results = _results(_check(tmp_path, data))
    assert results["TR-FORM-40"].status != "evidenced"
    assert "model.training_compute.method" in results["TR-FORM-40"].message
    data["model"]["training_compute"]["method"] = "architecture"
    assert _results(_check(tmp_path, data))["TR-FORM-40"].status == "evidenced"


def test_a_compute_far_below_six_n_d_raises_the_question(tmp_path: Path) -> None:
    # BLOOM: 176B parameters x 366B tokens x 6 = 3.9e23 FLOP; a declared 2.0e21 is a wrong figure.
    data = _data("bloom.yaml")
    data["model"]["training_compute"]["flop"] = 2.0e21
    data["model"]["training_compute"]["method"] = "hardware"
    facts = _facts(data)
    assert facts["compute_plausible"].value is UNKNOWN
    assert "3.9e+23" in facts["compute_plausible"].questions[0]
    # The figure decides nothing while it contradicts 6ND across the 10^23 threshold.
    assert facts["is_gpai"].value is UNKNOWN
    results = _results(_check(tmp_path, data))
    assert results["TR-FORM-40"].status == "manual_review"


def test_the_issue_s_two_point_four_trillion_parameter_model() -> None:
    data = _data("bloom.yaml")
    data["model"]["parameters"] = 2_400_000_000_000
    data["model"]["training_compute"] = {"flop": 2e23, "tokens": 1.0e13, "method": "other"}
    facts = _facts(data)
    assert facts["compute_plausible"].value is UNKNOWN
    # 6ND = 1.4e26 is above 10^25: whether the model is presumed to have systemic risk is the question.
    assert facts["systemic_risk"].value is UNKNOWN


def test_a_music_model_is_not_general_purpose_through_its_audio() -> None:
    data = _data("musicgen-large.yaml")
    is_gpai = _facts(data)["is_gpai"]
    assert is_gpai.value is False
    assert "music" in is_gpai.reason and "not language" in is_gpai.reason
    # Whatever its compute (Guidelines section 2.1: music or sound effects are not language).
    data["model"]["training_compute"] = {"flop": 1.0e24, "method": "hardware"}
    assert _facts(data)["is_gpai"].value is False
    # Audio of a kind not stated leaves the question open; sung lyrics are speech.
    data["model"]["modalities"]["output"] = ["audio"]
    assert _facts(data)["is_gpai"].value is UNKNOWN
    data["model"]["modalities"]["output"] = ["music", "speech"]
    assert _facts(data)["is_gpai"].value is True


@pytest.mark.parametrize("code", ["ZZ", "UK", "XX", "de"])
def test_an_unassigned_country_code_is_refused(tmp_path: Path, code: str) -> None:
    data = copy.deepcopy(_data("mistral-7b-v0.1.yaml"))
    data["provider"]["country"] = code
    report = _check(tmp_path, data)
    assert report.errors
    message = report.errors[0].render()
    assert "provider.country" in message
    assert "a two-letter country code such as US or DE" in message
    assert "Literal" not in message and "pattern" not in message
    if code == "UK":
        assert "GB" in message


@pytest.mark.parametrize("code", ["FR", "EL", "GR", "XK", "CH", "US"])
def test_assigned_codes_and_the_eu_s_own_are_accepted(tmp_path: Path, code: str) -> None:
    data = copy.deepcopy(_data("mistral-7b-v0.1.yaml"))
    data["provider"]["country"] = code
    assert not _check(tmp_path, data).errors
