"""How evidence is judged (docs/evidence.md): not given, none and an answer; thin answers (placeholders,
answers far below the Form's recommended length, one text pasted into several answers) are partial."""

from __future__ import annotations

import copy
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance_checker.api import check_file
from compliance_checker.engine import evaluate as evaluate_module
from compliance_checker.engine.answers import (
    _NORMAL_WORD,
    DUPLICATE_MIN_WORDS,
    duplicate_texts,
    is_thin,
    normalised,
    pasted_from,
    word_count,
)
from compliance_checker.engine.operators import OPERATORS, walk
from compliance_checker.engine.placeholders import is_placeholder, placeholder_text
from compliance_checker.loading.profiles import default_profile
from compliance_checker.loading.rulesets import shipped_rulesets
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.report import RuleResult
from tests.conftest import SAMPLES
from tests.test_dates_and_checks import context, run
from tests.test_rule_cases import base, dump

AS_OF = dt.date(2026, 12, 4)
FORM = "transparency.model_documentation"


def check(
    tmp_path: Path, data: dict[str, Any], *, evidence_from: Path | None = None
) -> dict[str, RuleResult]:
    if evidence_from is not None:
        shutil.copytree(evidence_from / "evidence", tmp_path / "evidence")
    path = tmp_path / "declaration.yaml"
    path.write_text(dump(data), encoding="utf-8")
    report = check_file(path, as_of=AS_OF)
    assert not report.errors, [d.render() for d in report.errors]
    return {r.rule: r for r in report.results}


def systemic() -> dict[str, Any]:
    """A fresh copy of the rule cases' systemic base (the cached base must never change)."""
    return copy.deepcopy(base("systemic"))


def put(data: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    node = data
    for part in parents:
        node = node[part]
    node[last] = value


# --- placeholders -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "x",
        "X",
        "xx",
        "-",
        "--",
        "...",
        "…",
        "?",
        "???",
        "*",
        "_",
        ".",
        "TODO",
        "todo: write this",
        "TBD",
        "TBA",
        "tbc",
        "WIP",
        "FIXME later",
        "n/a",
        "N.A.",
        "none",
        "lorem ipsum dolor sit amet",
        "to be completed",
        "To be provided",
        "coming soon",
        "see above",
        "same as above",
        "ditto",
        "etc.",
        "test",
        "asdf",
        "dummy text",
        "<describe the architecture>",
        "[TBD]",
        "{{ intended_uses }}",
        "- - -",
        "",
        "   ",
    ],
)
def test_placeholders(text: str) -> None:
    assert placeholder_text(text), text
    assert is_placeholder(text)


@pytest.mark.parametrize(
    "text",
    [
        "1",
        "2.0",
        "Transformer",
        "Decoder-only transformer.",
        "NA-7 cluster",
        "Testing on held-out data",
        "ok",
    ],
)
def test_answers_that_are_not_placeholders(text: str) -> None:
    assert not placeholder_text(text), text


# --- words and duplicates (engine/answers.py) ---------------------------------------------------------


def test_word_count_counts_tokens_with_a_letter_or_digit() -> None:
    assert word_count("Decoder-only MoE — 64 experts, 4 active.") == 6
    assert word_count(" - ... ") == 0


@pytest.mark.parametrize(
    ("words", "recommended", "thin"),
    [(4, 20, True), (5, 20, False), (49, 200, True), (50, 200, False), (74, 300, True), (75, 300, False)],
)
def test_thin_is_strictly_fewer_than_a_quarter(words: int, recommended: int, thin: bool) -> None:
    assert is_thin(words, recommended) is thin


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_normalising_ascii_as_bytes_equals_the_regular_expression(text: str) -> None:
    """Two texts are the same when their letters and digits are, case folded (docs/evidence.md); ASCII
    takes a faster road there, which must end at the same place."""
    assert normalised(text) == " ".join(_NORMAL_WORD.findall(text.casefold()))


def test_duplicates_are_long_texts_in_two_fields_normalised() -> None:
    text = "Audits of demographic term frequencies per language and region."
    values = {
        "transparency": {
            "a": text,
            "b": "  AUDITS of demographic term-frequencies per language, and region ",
            "short": "Not applicable here.",
            "other": "Not applicable here.",
        },
        "copyright": {"c": text},
        "safety_and_security": {"risks": [{"analysis": text + " More."}, {"analysis": text + " More."}]},
    }
    found = duplicate_texts(values)
    fields = ("copyright.c", "transparency.a", "transparency.b")
    assert found == {text: fields, values["transparency"]["b"]: fields}  # each text as written
    # the same field of two list entries is one field: not a duplicate
    assert not any("safety_and_security" in f for fields in found.values() for f in fields)
    # only other fields of the same section count as pasted
    assert pasted_from(text, "transparency.a", found) == ("transparency.b",)
    assert pasted_from(text, "copyright.c", found) == ()
    assert word_count(text) >= DUPLICATE_MIN_WORDS


def test_duplicates_are_computed_once_per_declaration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    original = evaluate_module.duplicate_texts

    def counting(values: dict[str, Any]) -> dict[str, tuple[str, ...]]:
        calls.append(1)
        return original(values)

    monkeypatch.setattr(evaluate_module, "duplicate_texts", counting)
    results = check(tmp_path, systemic())
    assert len(results) > 100 and calls == [1]


# --- thin answers on the frontier sample ----------------------------------------------------------------


def _sample(name: str) -> dict[str, Any]:
    path = SAMPLES / name
    return parse_yaml(path.read_text(encoding="utf-8"), str(path)).data


def _long_texts(node: Any, path: str, found: list[str]) -> None:
    """Replace every string of 10 or more words with x, recording the path that holds it."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in list(items):
        where = f"{path}.{key}" if isinstance(node, dict) else path
        if isinstance(value, str) and len(value.split()) >= 10:
            node[key] = "x"
            found.append(where)
        else:
            _long_texts(value, where, found)


def test_all_x_form_answers_leave_no_rule_reading_them_evidenced(tmp_path: Path) -> None:
    """The issue's experiment: the frontier sample's long Form answers replaced with x. Before, the 20
    rules reading them stayed evidenced; now none is."""
    data = _sample("frontier-systemic-risk.yaml")
    replaced: list[str] = []
    _long_texts(data["transparency"]["model_documentation"], FORM, replaced)
    assert len(replaced) >= 18
    defaults = dict(default_profile().rulesets)
    readers = {
        rule.id
        for item in shipped_rulesets()
        if defaults.get(item.ref.id) == item.ref.version
        for rule in item.ruleset.rules
        if {r.path for v in walk(rule.evidence) for r in OPERATORS[v.check.check].reads(v.check)}
        & set(replaced)
    }
    assert len(readers) >= 18
    results = check(tmp_path, data, evidence_from=SAMPLES)
    evidenced = sorted(r for r in readers if results[r].status == "evidenced")
    assert not evidenced
    assert {results[r].status for r in readers} == {"partial"}
    assert "is a placeholder ('x'), which says nothing" in results["TR-FORM-26"].message


def test_the_frontier_sample_itself_is_evidenced(tmp_path: Path) -> None:
    results = check(tmp_path, _sample("frontier-systemic-risk.yaml"), evidence_from=SAMPLES)
    assert {r.status for r in results.values()} <= {"evidenced", "not_applicable"}
    assert "the Form recommends about 400" in results["TR-FORM-26"].evidence[0].message


def test_a_short_answer_is_partial_and_says_what_was_found(tmp_path: Path) -> None:
    data = systemic()
    put(data, f"{FORM}.use.intended_uses", "Assistant for business writing.")
    result = check(tmp_path, data)["TR-FORM-21"]
    assert result.status == "partial"
    item = result.evidence[0]
    assert item.status == "partial"
    assert item.message == (
        f"{FORM}.use.intended_uses has 4 words; the Form recommends about 200 "
        "(fewer than a quarter of that is thin)"
    )
    assert result.message.startswith("0 of 1 evidence items given, 1 thin; ")


def test_an_up_to_recommendation_is_worded_as_such(tmp_path: Path) -> None:
    data = systemic()
    put(data, f"{FORM}.use.integration_types", "Chat assistants and search.")
    item = check(tmp_path, data)["TR-FORM-22"].evidence[0]
    assert item.status == "partial" and "4 words; the Form recommends up to 300" in item.message


def test_an_answer_of_a_quarter_of_the_words_is_enough(tmp_path: Path) -> None:
    data = systemic()
    put(data, f"{FORM}.use.intended_uses", " ".join(["word"] * 50))
    assert check(tmp_path, data)["TR-FORM-21"].status == "evidenced"
    put(data, f"{FORM}.use.intended_uses", " ".join(["word"] * 49))
    (tmp_path / "again").mkdir()
    assert check(tmp_path / "again", data)["TR-FORM-21"].status == "partial"


def test_one_text_pasted_into_two_answers_is_partial_in_both(tmp_path: Path) -> None:
    data = systemic()
    pasted = data["transparency"]["model_documentation"]["training_data"]["curation"]
    put(data, f"{FORM}.training_data.scope_and_characteristics", pasted.upper())
    results = check(tmp_path, data)
    for rule, field in (("TR-FORM-34", "curation"), ("TR-FORM-33", "scope_and_characteristics")):
        item = results[rule].evidence[0]
        assert results[rule].status == "partial", results[rule].message
        other = "scope_and_characteristics" if field == "curation" else "curation"
        assert f"has the same text as {FORM}.training_data.{other}" in item.message
    assert word_count(pasted) >= DUPLICATE_MIN_WORDS


def test_the_same_text_in_another_section_is_not_pasted(tmp_path: Path) -> None:
    """The public training-content summary may restate the Form."""
    data = systemic()
    text = data["transparency"]["model_documentation"]["training_data"]["acquisition_and_selection"]
    data["training_data_summary"]["sources"]["crawled"]["purposes"] = text
    assert check(tmp_path, data)["TR-FORM-30"].status == "evidenced"


def test_na_where_the_form_allows_none_and_where_it_does_not() -> None:
    allowed = {"check": "present", "path": "a", "accept_none": True}
    assert run(allowed, context({"a": "N/A"})) == (
        True,
        "a = 'N/A' (the form allows stating that none applies)",
    )
    ok, message = run({"check": "present", "path": "a"}, context({"a": "N/A"}))
    assert not ok and "not an answer here" in message


# --- not given, none, an answer ---------------------------------------------------------------------------


def test_ss_9_3_initial_without_a_log_is_not_given(tmp_path: Path) -> None:
    """Before, an absent log read as an empty one: the critical rule was evidenced."""
    data = systemic()
    del data["safety_and_security"]["serious_incidents"]["log"]
    result = check(tmp_path, data)["SS-9-3-INITIAL"]
    assert result.status == "missing"
    assert result.evidence[0].status == "failed"
    assert result.evidence[0].message == (
        "safety_and_security.serious_incidents.log is not given (write [] to declare no serious incidents)"
    )


def test_ss_9_3_initial_with_an_empty_log_says_none_were_declared(tmp_path: Path) -> None:
    data = systemic()
    data["safety_and_security"]["serious_incidents"]["log"] = []
    result = check(tmp_path, data)["SS-9-3-INITIAL"]
    assert result.status == "evidenced"
    said = "safety_and_security.serious_incidents.log is an empty list: no serious incidents declared"
    assert result.evidence[0].message == said
    assert result.message == f"all 1 evidence items given; {said}"


def test_an_optional_list_not_given_reads_as_none_and_says_so(tmp_path: Path) -> None:
    """A Framework never updated has no updates to list: not writing the list is not a gap."""
    data = systemic()
    del data["safety_and_security"]["framework"]["updates"]
    result = check(tmp_path, data)["SS-1-3-UPDATES"]
    assert result.status == "evidenced"
    messages = [i.message for i in result.evidence]
    assert messages == ["safety_and_security.framework.updates is not given: no updates to check"]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"x": {}}, (False, "x.updates is not given")),
        ({"x": {"updates": []}}, (True, "x.updates is an empty list: no updates declared")),
        ({"x": {"updates": [{"a": 1}]}}, (True, "x.updates: 1 entries checked")),
    ],
)
def test_each_absent_none_and_an_answer(values: dict[str, Any], expected: tuple[bool, str]) -> None:
    spec = {
        "check": "each",
        "path": "x.updates",
        "absent": "not_given",
        "checks": [{"check": "present", "path": "item.a", "label": "a"}],
    }
    ok, message = run(spec, context(values))
    assert ok is expected[0] and message.startswith(expected[1]), message


def test_some_and_covers_tell_not_given_from_empty() -> None:
    some = {"check": "some", "path": "x.l", "where": {"path": "item.k", "equals": 1}}
    assert run(some, context({"x": {}})) == (False, "x.l is not given")
    assert run(some, context({"x": {"l": []}})) == (
        False,
        "x.l is an empty list: no l declared; at least 1 expected",
    )
    covers = {"check": "covers", "path": "x.l", "values": ["a"]}
    assert run(covers, context({"x": {}})) == (False, "x.l is not given")
    assert run(covers, context({"x": {"l": []}})) == (False, "x.l is an empty list: no l declared; lacks a")


def test_present_tells_not_given_empty_list_and_blank_apart() -> None:
    spec = {"check": "present", "path": "x.l"}
    assert run(spec, context({"x": {}})) == (False, "x.l is not given")
    assert run(spec, context({"x": {"l": []}})) == (
        False,
        "x.l is an empty list: no l declared; an answer is expected",
    )
    assert run(spec, context({"x": {"l": "  "}})) == (False, "x.l is blank, which is not an answer")
    accept = {**spec, "accept_none": True}
    ok, message = run(accept, context({"x": {"l": []}}))
    assert ok and "no l declared" in message
    ok, message = run(spec, context({"x": {"l": ["real entry", "x"]}}))
    assert not ok and "placeholders ([1] = 'x')" in message


def test_evidence_references_tell_not_given_from_empty() -> None:
    spec = {"check": "evidence", "path": "x.evidence"}
    assert run(spec, context({"x": {}})) == (False, "x.evidence is not given: it names no evidence")
    assert run(spec, context({"x": {"evidence": []}})) == (
        False,
        "x.evidence is an empty list: it names no evidence",
    )


def test_cadence_not_given_passes_only_until_the_first_is_due() -> None:
    spec = {"check": "cadence", "path": "f.dates", "start": {"date": "2026-06-01"}, "every": {"months": 12}}
    ok, message = run(spec, context({"f": {}}))
    assert ok and message == "f.dates is not given yet; the first is due by 2027-06-01"
    late = {**spec, "start": {"date": "2025-06-01"}}
    ok, message = run(late, context({"f": {}}))
    assert not ok and message.startswith("f.dates is not given after 2025-06-01")


def test_a_rule_with_only_ok_and_thin_items_is_partial(tmp_path: Path) -> None:
    data = systemic()
    put(data, "model.name", "x")
    result = check(tmp_path, data)["TR-FORM-02"]
    assert result.status == "partial"
    assert [i.status for i in result.evidence] == ["partial", "ok"]
    assert result.message.startswith("1 of 2 evidence items given, 1 thin; ")
