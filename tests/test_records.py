"""Records (models/record.py), the one form of rules, checks, conditions and profiles: frozen, keyword-only,
slotted, compared by value, pickled compactly; their JSON Schema and the reading of file data into them
(loading/records.py)."""

from __future__ import annotations

import datetime as dt
import pickle

import jsonschema
import pytest

from compliance_checker.engine.operators import OPERATORS
from compliance_checker.engine.operators.date import DateCheck
from compliance_checker.engine.operators.number import NumberCheck
from compliance_checker.errors import InputError
from compliance_checker.loading import records
from compliance_checker.loading.rulesets import SUBTYPES, read_ruleset, shipped_rulesets
from compliance_checker.models.document import LoadedDocument
from compliance_checker.models.facts import FACT_ORDER, Fact, Facts
from compliance_checker.models.record import Record, as_data
from compliance_checker.models.ruleset import Check, NotCond, Offset, PathCond, Rule
from compliance_checker.tools.record_schema import ruleset_schema


def test_records_are_frozen_keyword_only_and_compare_by_value() -> None:
    cond = PathCond(path="a", one_of=("x", "y"))
    assert cond == PathCond(path="a", one_of=("x", "y"))
    assert hash(cond) == hash(PathCond(path="a", one_of=("x", "y")))
    assert cond != PathCond(path="a", one_of=("x",))
    assert cond != NotCond(not_=cond)
    with pytest.raises(AttributeError, match="frozen"):
        cond.path = "b"  # type: ignore[misc]
    with pytest.raises(TypeError, match="needs the keyword argument 'path'"):
        PathCond(present=True)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'nope'"):
        PathCond(path="a", nope=1)  # type: ignore[call-arg]
    assert repr(Offset(weeks=2)) == "Offset(days=None, weeks=2, months=None, years=None, business_days=None)"
    assert Offset(weeks=2).unit() == ("weeks", 2) and Offset(years=1).words() == "1 year"


def test_records_have_slots_only_and_inherited_fields_first() -> None:
    spec = DateCheck(path="a", label="l", check="date", before="b")
    assert not hasattr(spec, "__dict__")
    assert DateCheck._fields[:4] == ("path", "label", "when", "check")  # Check's, then its own
    assert DateCheck._fields.count("check") == 1  # narrowed in the subclass, not added again


def test_records_pickle_as_themselves() -> None:
    rule = shipped_rulesets()[0].ruleset.rules[0]
    again = pickle.loads(pickle.dumps(rule))
    assert again == rule and again is not rule
    assert b"not_applicable_reason" not in pickle.dumps(rule)  # the fields' values in order, not their names


def test_records_unpickle_without_python_code_per_record() -> None:
    # tuple.__new__(cls, values): no function of this package runs per record (restoring the ~1,450 records
    # of a check's rulesets field by field cost ~15 M instructions of its start-up).
    rule = shipped_rulesets()[0].ruleset.rules[0]
    assert b"compliance_checker.models.record" not in pickle.dumps(rule)
    facts = Facts(as_of=dt.date(2026, 1, 1), **dict.fromkeys(FACT_ORDER, Fact(value=True, reason="r")))
    again = pickle.loads(pickle.dumps(facts))  # Facts iterates its names: the values are not read that way
    assert again == facts and again.is_gpai == Fact(value=True, reason="r")
    assert list(again) == list(FACT_ORDER)


def test_a_record_is_neither_ordered_nor_empty_nor_equal_to_its_values() -> None:
    # Records hold their values in a tuple at run time; none of the tuple's meanings leak.
    cond, other = PathCond(path="a"), PathCond(path="b")
    with pytest.raises(TypeError):
        _ = cond < other
    values = ("a", None, None, None, None)
    assert (cond == values) is False and (values == cond) is False and cond != values and values != cond
    assert cond._values() == values
    assert type(cond._values()) is tuple
    assert Offset(weeks=None, days=None) and as_data(Offset(weeks=1))["weeks"] == 1
    assert NotCond(not_=cond) != PathCond(path=cond)  # type: ignore[arg-type]  # same values, other class


def test_as_data_writes_file_keys_and_can_leave_out_defaults() -> None:
    cond = NotCond(not_=PathCond(path="a", equals=True))
    assert as_data(cond) == {
        "not": {"path": "a", "present": None, "equals": True, "one_of": None, "in_set": None}
    }
    assert as_data(cond, exclude_none=True) == {"not": {"path": "a", "equals": True}}
    spec = NumberCheck(path="a", label="l", check="number", op="ge", value=3)
    assert as_data(spec, exclude_defaults=True) == {
        "path": "a",
        "label": "l",
        "check": "number",
        "op": "ge",
        "value": 3,
    }


# --- the schema and reading -----------------------------------------------------------------------------


def test_every_operator_has_a_branch_of_the_schema_picked_by_its_name() -> None:
    """The check union is discriminated by `check`: one branch per registered operator, in order."""
    schema = ruleset_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    union = schema["$defs"]["Rule"]["properties"]["evidence"]["items"]
    assert union["properties"]["check"]["enum"] == list(OPERATORS)
    assert [b["if"]["properties"]["check"]["const"] for b in union["allOf"]] == list(OPERATORS)


def test_reading_keeps_integers_and_picks_branches_by_shape() -> None:
    spec, problems = records.read(
        Check,
        {
            "check": "number",
            "path": "a",
            "label": "l",
            "op": "ge",
            "value": 5,
            "when": {"not": "legacy_model"},
        },
        subtypes=SUBTYPES,
    )
    assert not problems
    assert isinstance(spec, NumberCheck) and type(spec.value) is int and spec.factor == 1
    assert spec.when == NotCond(not_="legacy_model")


@pytest.mark.parametrize(
    ("check", "message"),
    [
        ({"check": "date", "path": "model.release_date"}, "exactly one of before, on_or_before"),
        ({"check": "number", "path": "model.parameters", "op": "ge"}, "exactly one of 'value' or 'other'"),
        ({"check": "one_of", "path": "model.placement"}, "exactly one of 'values' or 'set'"),
        (
            {"check": "date", "path": "model.release_date", "before": {"date": "2025-08-02"}, "offset": {}},
            "an offset takes exactly one of days",
        ),
        (
            {
                "check": "is_true",
                "path": "model.x",
                "when": {"path": "model.name", "present": True, "equals": 1},
            },
            "a path condition needs exactly one of",
        ),
    ],
)
def test_a_record_that_breaks_its_own_rules_is_refused_at_its_place(
    check: dict[str, object], message: str
) -> None:
    data = _ruleset([{**RULE, "evidence": [{"label": "x", **check}]}])
    with pytest.raises(InputError, match=message) as caught:
        read_ruleset(LoadedDocument(data, "r.yaml"))
    assert caught.value.diagnostics[0].path is not None
    assert caught.value.diagnostics[0].path.startswith("rules[0].evidence[0]")


def test_a_wrong_branch_reports_the_error_of_the_named_operator() -> None:
    """A check names its operator; only that operator's schema applies, so the error is about it."""
    data = _ruleset(
        [{**RULE, "evidence": [{"check": "number", "path": "model.parameters", "label": "x", "op": "big"}]}]
    )
    with pytest.raises(InputError) as caught:
        read_ruleset(LoadedDocument(data, "r.yaml"))
    (diagnostic,) = caught.value.diagnostics
    assert (
        diagnostic.message == "rules[0].evidence[0].op: expected one of: gt, ge, lt, le or eq; got text 'big'"
    )


def test_unknown_and_missing_keys_are_worded_as_such() -> None:
    rule = {k: v for k, v in RULE.items() if k != "title"}
    data = _ruleset([{**rule, "titel": "x"}])
    with pytest.raises(InputError) as caught:
        read_ruleset(LoadedDocument(data, "r.yaml"))
    messages = [d.message for d in caught.value.diagnostics]
    assert "missing required key 'title' in rules[0]" in messages
    assert any(m.startswith("unknown key 'titel' in rules[0] (did you mean 'title'?)") for m in messages)


def test_a_number_that_is_not_finite_is_worded_as_in_a_declaration() -> None:
    """One wording for a refused value (models/words.py): what was expected, then what was found, by kind."""
    check = {"check": "number", "path": "model.parameters", "label": "x", "op": "ge", "value": float("inf")}
    with pytest.raises(InputError) as caught:
        read_ruleset(LoadedDocument(_ruleset([{**RULE, "evidence": [check]}]), "r.yaml"))
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.message == (
        "rules[0].evidence[0].value: expected a finite number (not .nan or .inf); got a number .inf"
    )


def test_ids_are_unique_and_references_resolve() -> None:
    twice = _ruleset([RULE, {**RULE, "aliases": ["X-1"], "id": "X-2"}])
    with pytest.raises(InputError, match=r"rules\[1\]\.aliases\[0\]: rule id 'X-1' is used more than once"):
        read_ruleset(LoadedDocument(twice, "r.yaml"))
    unknown = _ruleset(
        [
            {
                **RULE,
                "evidence": [{"check": "one_of", "path": "model.placement", "label": "x", "set": "x/nope"}],
            }
        ]
    )
    with pytest.raises(InputError, match=r"evidence\[0\]\.set: unknown set or taxonomy group 'x/nope'"):
        read_ruleset(LoadedDocument(unknown, "r.yaml"))


RULE: dict[str, object] = {
    "id": "X-1",
    "title": "t",
    "obligation": "o",
    "sources": [{"document": "AI Act", "ref": "Art 53(1)(a)"}],
    "severity": "low",
    "since": "2025-08-02",
    "remediation": "r",
    "evidence": [{"check": "present", "path": "model.name", "label": "name"}],
}


def _ruleset(rules: list[dict[str, object]]) -> dict[str, object]:
    return {"ruleset": {"id": "x", "version": "1", "date": "2025-01-01", "title": "X"}, "rules": rules}


def test_each_record_class_documents_itself() -> None:
    """The schema's descriptions come from the docstrings: every record a file can hold has one."""
    for name, definition in ruleset_schema()["$defs"].items():
        assert definition["description"], name
    assert issubclass(Rule, Record)
