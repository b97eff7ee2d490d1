"""The operators' deadline functions agree with their own evaluation: the date an operator yields is the
last day on which its check still passes with nothing more recorded, whatever the offset (calendar months
that clamp, business days, a `before` limit). This is what "no second encoding" means in a test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance_checker.engine import operators
from compliance_checker.engine.context import Context
from compliance_checker.loading import records
from compliance_checker.loading.rulesets import SUBTYPES
from compliance_checker.models.ruleset import Check
from tests.fact_values import facts_with

D = dt.date
ONE = dt.timedelta(days=1)


def _spec(fields: dict[str, Any]) -> Check:
    spec, problems = records.read(Check, {"label": "what is due", **fields}, subtypes=SUBTYPES)
    assert not problems, problems
    return spec


def _ctx(values: dict[str, Any], as_of: dt.date) -> Context:
    return Context(values=values, facts=facts_with(as_of, {}), sets={}, evidence={}, evidence_files={})


def _passes(spec: Check, values: dict[str, Any], as_of: dt.date) -> bool:
    return operators.evaluate(spec, _ctx(values, as_of)).ok


OFFSETS = [{"days": 10}, {"weeks": 4}, {"months": 6}, {"months": 1}, {"years": 10}, {"business_days": 5}]
DAYS = st.dates(min_value=D(2024, 1, 1), max_value=D(2030, 12, 31))


@settings(max_examples=60, deadline=None)
@given(start=DAYS, offset=st.sampled_from(OFFSETS))
def test_a_running_deadline_ends_on_the_day_the_check_starts_failing(
    start: dt.date, offset: dict[str, int]
) -> None:
    spec = _spec(
        {"check": "date", "path": "done", "on_or_before": "start", "offset": offset, "open_until_due": True}
    )
    values = {"start": start}
    (due,) = operators.deadlines(spec, _ctx(values, start))
    assert due.kind == "due_by" and due.done is None and due.met is None
    assert _passes(spec, values, due.date) and not _passes(spec, values, due.date + ONE)


@settings(max_examples=60, deadline=None)
@given(done=DAYS, months=st.integers(min_value=1, max_value=12))
def test_a_recency_window_is_renewed_by_the_last_day_it_passes(done: dt.date, months: int) -> None:
    spec = _spec(
        {"check": "date", "path": "done", "on_or_after": {"as_of": True}, "offset": {"months": -months}}
    )
    values = {"done": done}
    (due,) = operators.deadlines(spec, _ctx(values, done))
    assert due.kind == "refresh_by" and due.done == done
    assert _passes(spec, values, due.date) and not _passes(spec, values, due.date + ONE)


def test_renewal_after_a_month_end_clamps_as_the_check_does() -> None:
    spec = _spec({"check": "date", "path": "done", "on_or_after": {"as_of": True}, "offset": {"months": -6}})
    (due,) = operators.deadlines(spec, _ctx({"done": D(2026, 8, 31)}, D(2026, 9, 1)))
    assert due.date == D(2027, 2, 28)  # 2027-03-01 minus 6 months is 2026-09-01: too old


@settings(max_examples=60, deadline=None)
@given(start=DAYS, recorded=st.lists(st.integers(min_value=1, max_value=400), max_size=4))
def test_the_next_occurrence_is_due_on_the_last_day_the_cadence_passes(
    start: dt.date, recorded: list[int]
) -> None:
    spec = _spec({"check": "cadence", "path": "dates", "start": "start", "every": {"months": 12}})
    dates = sorted(start + dt.timedelta(days=n) for n in recorded)
    values = {"start": start, "dates": dates}
    as_of = dates[-1] if dates else start
    found = list(operators.deadlines(spec, _ctx(values, as_of)))
    assert [d.done for d in found[:-1]] == dates and found[-1].occurrence == "next"
    nxt = found[-1].date
    assert _passes(spec, values, nxt) == all(d.met for d in found[:-1])
    assert not _passes(spec, values, nxt + ONE)


def test_a_before_limit_is_due_the_day_before() -> None:
    spec = _spec({"check": "date", "path": "done", "before": {"date": "2025-08-02"}})
    (due,) = operators.deadlines(spec, _ctx({"done": D(2025, 8, 2)}, D(2026, 1, 1)))
    assert (due.date, due.met) == (D(2025, 8, 1), False)


def test_a_period_to_keep_and_an_ordering_check() -> None:
    keep = _spec({"check": "date", "path": "until", "on_or_after": "placed", "offset": {"years": 10}})
    (due,) = operators.deadlines(
        keep, _ctx({"placed": D(2025, 10, 15), "until": D(2036, 1, 1)}, D(2026, 1, 1))
    )
    assert (due.kind, due.date, due.met) == ("keep_until", D(2035, 10, 15), True)
    order = _spec({"check": "date", "path": "b", "on_or_after": "a"})  # only orders two dates
    assert (
        list(operators.deadlines(order, _ctx({"a": D(2025, 1, 1), "b": D(2025, 2, 1)}, D(2026, 1, 1)))) == []
    )


def test_a_cadence_that_ended_before_its_next_date_has_no_next() -> None:
    spec = _spec(
        {
            "check": "cadence",
            "path": "reports",
            "start": "opened",
            "until": {"earliest_of": ["resolved", {"as_of": True}]},
            "every": {"weeks": 4},
        }
    )
    resolved = {"opened": D(2026, 3, 1), "reports": [D(2026, 3, 20)], "resolved": D(2026, 4, 1)}
    found = list(operators.deadlines(spec, _ctx(resolved, D(2026, 12, 1))))
    assert [(d.occurrence, d.date, d.met) for d in found] == [("1", D(2026, 3, 29), True)]
    missed = {**resolved, "reports": [], "resolved": D(2026, 5, 1)}
    (due,) = operators.deadlines(spec, _ctx(missed, D(2026, 12, 1)))
    assert (due.occurrence, due.date, due.done) == ("next", D(2026, 3, 29), None)
    assert not _passes(spec, missed, D(2026, 12, 1))


def test_each_places_and_names_every_entry_and_any_follows_the_passing_alternative() -> None:
    spec = _spec(
        {
            "check": "each",
            "path": "log",
            "checks": [
                {
                    "check": "any",
                    "path": "item.access",
                    "label": "access",
                    "of": [
                        {
                            "check": "date",
                            "path": "item.access",
                            "label": "5 days",
                            "on_or_before": "item.at",
                            "offset": {"days": 5},
                            "open_until_due": True,
                        },
                        {
                            "check": "date",
                            "path": "item.access",
                            "label": "15 days",
                            "on_or_before": "item.at",
                            "offset": {"days": 15},
                        },
                    ],
                }
            ],
        }
    )
    log = [{"id": "a", "at": D(2026, 1, 1), "access": D(2026, 1, 10)}, {"id": "b", "at": D(2026, 1, 1)}]
    found = list(operators.deadlines(spec, _ctx({"log": log}, D(2026, 1, 3))))
    assert [(d.path, d.entries, d.label, d.date, d.met) for d in found] == [
        (("log", 0, "access"), ("id a",), "15 days", D(2026, 1, 16), True),
        (("log", 1, "access"), ("id b",), "5 days", D(2026, 1, 6), None),
    ]


@pytest.mark.parametrize(
    "fields",
    [
        {"check": "present", "path": "a"},
        {"check": "number", "path": "a", "op": "ge", "value": 5},
        {"check": "is_true", "path": "a"},
    ],
)
def test_an_operator_without_a_time_limit_yields_nothing(fields: dict[str, Any]) -> None:
    assert list(operators.deadlines(_spec(fields), _ctx({"a": 3}, D(2026, 1, 1)))) == []
