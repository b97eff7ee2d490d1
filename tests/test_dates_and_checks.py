"""Calendar arithmetic (engine/dates.py), placeholders (engine/placeholders.py), exact numbers
(engine/numbers.py) and the evidence check operators (engine/operators/) in isolation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from compliance_checker.engine import operators
from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.dates import add_business_days, add_months, shift
from compliance_checker.engine.numbers import exact, sci
from compliance_checker.engine.placeholders import is_placeholder
from compliance_checker.loading import records
from compliance_checker.loading.rulesets import SUBTYPES
from compliance_checker.models.loaded import EvidenceFile
from compliance_checker.models.ruleset import Check
from tests.fact_values import facts_with

D = dt.date

# --- dates --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # leap year
        (D(2025, 3, 31), 1, D(2025, 4, 30)),
        (D(2025, 1, 15), 1, D(2025, 2, 15)),
        (D(2025, 11, 30), 3, D(2026, 2, 28)),  # across a year end
        (D(2025, 12, 31), 12, D(2026, 12, 31)),
        (D(2025, 8, 2), 24, D(2027, 8, 2)),
        (D(2025, 3, 31), -1, D(2025, 2, 28)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
    ],
)
def test_add_months_clamps_to_month_end(start: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (D(2025, 8, 1), 1, D(2025, 8, 4)),  # Friday + 1 = Monday
        (D(2025, 8, 6), 5, D(2025, 8, 13)),  # Wednesday + 5 = next Wednesday
        (D(2025, 8, 6), 2, D(2025, 8, 8)),  # Wednesday + 2 = Friday
        (D(2025, 8, 6), 3, D(2025, 8, 11)),  # Wednesday + 3 = Monday
        (D(2025, 8, 2), 1, D(2025, 8, 4)),  # Saturday + 1 = Monday
        (D(2025, 8, 3), 1, D(2025, 8, 4)),  # Sunday + 1 = Monday
        (D(2025, 8, 4), -1, D(2025, 8, 1)),  # Monday - 1 = Friday
        (D(2025, 8, 6), 10, D(2025, 8, 20)),
        (D(2025, 8, 6), 0, D(2025, 8, 6)),
    ],
)
def test_add_business_days_skips_weekends(start: dt.date, count: int, expected: dt.date) -> None:
    result = add_business_days(start, count)
    assert result == expected
    if count:
        assert result.weekday() < 5


def test_shift_combines_units() -> None:
    assert shift(D(2025, 9, 1), days=14) == D(2025, 9, 15)
    assert shift(D(2025, 9, 1), weeks=2) == D(2025, 9, 15)
    assert shift(D(2025, 1, 31), months=1) == D(2025, 2, 28)
    assert shift(D(2024, 2, 29), years=1) == D(2025, 2, 28)
    assert shift(D(2025, 8, 1), business_days=1) == D(2025, 8, 4)


# --- placeholders -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "TODO",
        "todo",
        "TBD",
        "tbd",
        "N/A",
        "n/a",
        "NA",
        "",
        "  ",
        "\n",
        "<fill in>",
        "<owner>",
        "???",
        "...",
        "-",
        "TODO: write the policy",
        "FIXME",
        "xxx",
        "Lorem ipsum dolor",
        "unknown",
        "none",
        None,
        [],
        ["TODO"],
        ["", "TBD"],
        {},
        (),
    ],
)
def test_placeholders(value: Any) -> None:
    assert is_placeholder(value) is True


@pytest.mark.parametrize(
    "value",
    [
        "Legal and Data Governance",
        "Head of Model Safety",
        "todolist manager",
        "N/A-compliant encoder",
        "Tba Corp",
        "Annotated dataset",
        "0",
        0,
        0.0,
        False,
        True,
        5,
        ["TODO", "real entry"],
        ["copyright-policy"],
        {"a": 1},
    ],
)
def test_not_placeholders(value: Any) -> None:
    assert is_placeholder(value) is False


# --- numbers ------------------------------------------------------------------------------------------


def test_exact_compares_as_written() -> None:
    assert exact(1e24) * 3 == exact(3e24)
    assert exact(1.06e24) * 3 == exact(3.18e24)
    assert 1.06e24 * 3 != 3.18e24  # binary floating point would get this boundary wrong
    assert exact(0.1) * 3 == exact(0.3)
    assert exact(10**25) == Decimal("1e25")
    assert exact(1.0000001e25) > Decimal("1e25")


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1e25, "1.0e+25"),
        (3.8e25, "3.8e+25"),
        (38000000000000000000000000, "3.8e+25"),
        (1.23456789e24, "1.234568e+24"),
        (0, "0"),
        (Decimal("1e23"), "1.0e+23"),
    ],
)
def test_sci(number: Any, text: str) -> None:
    assert sci(number) == text


# --- check operators ----------------------------------------------------------------------------------

AS_OF = D(2026, 11, 29)


def context(
    values: dict[str, Any],
    *,
    evidence: list[dict[str, Any]] | None = None,
    files: dict[str, EvidenceFile] | None = None,
) -> Context:
    return Context(
        values=values,
        facts=facts_with(AS_OF, {}),
        sets={"ai-act/eu": ("DE", "FR", "EL")},
        evidence={item["id"]: item for item in evidence or []},
        evidence_files=files or {},
    )


def spec(check: dict[str, Any]) -> Any:
    """Read one check spec as a ruleset file's check is read (the operator picked by ``check``)."""
    made, problems = records.read(Check, {"label": "item", **check}, subtypes=SUBTYPES)
    assert not problems, problems
    return made


def run(check: dict[str, Any], ctx: Context) -> tuple[bool, str]:
    item = spec(check)
    verdict = operators.evaluate(item, ctx)
    return verdict.ok, verdict.message


def test_lookup_treats_null_as_missing() -> None:
    ctx = context({"a": {"b": None, "c": 0}})
    assert ctx.lookup("a.b") is MISSING
    assert ctx.lookup("a.x.y") is MISSING
    assert ctx.lookup("a.c") == 0


@pytest.mark.parametrize(
    ("values", "ok"),
    [
        ({"x": {"y": "Legal"}}, True),
        ({"x": {"y": "TODO"}}, False),
        ({"x": {}}, False),
        ({"x": {"y": None, "z": "https://a.example"}}, True),
        ({"x": {"y": "", "z": "TBD"}}, False),
    ],
)
def test_present_with_alternative(values: dict[str, Any], ok: bool) -> None:
    assert run({"check": "present", "path": "x.y", "also": ["x.z"]}, context(values))[0] is ok


def test_present_explains_a_placeholder() -> None:
    ok, message = run({"check": "present", "path": "x.y"}, context({"x": {"y": "TBD"}}))
    assert not ok and "placeholder" in message


@pytest.mark.parametrize(
    ("value", "ok"), [(True, True), (False, False), ("true", False), (1, False), (None, False)]
)
def test_is_true(value: Any, ok: bool) -> None:
    assert run({"check": "is_true", "path": "a"}, context({"a": value}))[0] is ok


@pytest.mark.parametrize(("value", "ok"), [(False, True), (0, False), (None, False), (True, False)])
def test_equals_is_type_strict(value: Any, ok: bool) -> None:
    assert run({"check": "equals", "path": "a", "value": False}, context({"a": value}))[0] is ok


@pytest.mark.parametrize(("value", "ok"), [("DE", True), ("EL", True), ("US", False), (None, False)])
def test_one_of_a_named_set(value: Any, ok: bool) -> None:
    assert run({"check": "one_of", "path": "c", "set": "ai-act/eu"}, context({"c": value}))[0] is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [(D(2025, 8, 16), True), (D(2025, 8, 17), False), (D(2025, 8, 1), True)],
)
def test_date_with_latest_of_and_offset(value: dt.date, ok: bool) -> None:
    check = {
        "check": "date",
        "path": "n",
        "on_or_before": {"latest_of": ["m", {"date": "2025-08-02"}]},
        "offset": {"days": 14},
    }
    assert run(check, context({"n": value, "m": D(2025, 5, 1)}))[0] is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [(D(2025, 2, 28), True), (D(2025, 3, 1), False)],
)
def test_date_with_month_offset(value: dt.date, ok: bool) -> None:
    check = {"check": "date", "path": "n", "on_or_before": "m", "offset": {"months": 1}}
    assert run(check, context({"n": value, "m": D(2025, 1, 31)}))[0] is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [(D(2025, 8, 8), True), (D(2025, 8, 11), False)],
)
def test_date_with_business_day_offset(value: dt.date, ok: bool) -> None:
    check = {"check": "date", "path": "n", "on_or_before": "m", "offset": {"business_days": 2}}
    assert run(check, context({"n": value, "m": D(2025, 8, 6)}))[0] is ok


@pytest.mark.parametrize(("value", "ok"), [(AS_OF, True), (AS_OF + dt.timedelta(days=1), False)])
def test_date_against_as_of(value: dt.date, ok: bool) -> None:
    assert (
        run({"check": "date", "path": "n", "on_or_before": {"as_of": True}}, context({"n": value}))[0] is ok
    )


def test_date_with_missing_reference_fails_with_reason() -> None:
    ok, message = run({"check": "date", "path": "n", "after": "m"}, context({"n": D(2025, 1, 1)}))
    assert not ok and "m is not given" in message


@pytest.mark.parametrize(("value", "ok"), [(5, True), (4, False), (5.0, True), (True, False), ("5", False)])
def test_number_ge(value: Any, ok: bool) -> None:
    assert run({"check": "number", "path": "n", "op": "ge", "value": 5}, context({"n": value}))[0] is ok


@pytest.mark.parametrize(("modification", "ok"), [(1e24, False), (1.0000001e24, True)])
def test_number_against_other_with_factor_is_exact(modification: float, ok: bool) -> None:
    check = {"check": "number", "path": "m", "op": "gt", "other": "o", "factor": 0.5}
    assert run(check, context({"m": modification, "o": 2e24}))[0] is ok
    thirds = {"check": "number", "path": "t", "op": "eq", "other": "m", "factor": 3}
    assert run(thirds, context({"t": 3.18e24, "m": 1.06e24}))[0] is True


@pytest.mark.parametrize(
    ("value", "ok"),
    [(["DE", "FR", "EL"], True), (["DE", "FR"], False), ([], False), (None, False)],
)
def test_covers(value: Any, ok: bool) -> None:
    assert run({"check": "covers", "path": "l", "set": "ai-act/eu"}, context({"l": value}))[0] is ok


def test_covers_by_key() -> None:
    check = {"check": "covers", "path": "l", "key": "name", "values": ["a", "b"]}
    assert run(check, context({"l": [{"name": "a"}, {"name": "b"}]}))[0] is True
    assert run(check, context({"l": [{"name": "a"}]}))[0] is False


def test_evidence_resolves_ids() -> None:
    evidence = [{"id": "doc", "url": "https://a.example/doc", "path": None, "sha256": None}]
    ok, _ = run({"check": "evidence", "path": "e"}, context({"e": ["doc"]}, evidence=evidence))
    assert ok
    ok, message = run({"check": "evidence", "path": "e"}, context({"e": ["nope"]}, evidence=evidence))
    assert not ok and "'nope'" in message and "doc" in message
    ok, message = run({"check": "evidence", "path": "e"}, context({"e": ["TODO"]}, evidence=evidence))
    assert not ok and "names no evidence" in message
    ok, _ = run({"check": "evidence", "path": "e"}, context({"e": []}, evidence=evidence))
    assert not ok


def test_the_evidence_check_accepts_urls_and_verifies_files() -> None:
    digest = "ab" * 32
    evidence = [
        {"id": "web", "url": "https://a.example/doc", "path": None, "sha256": None},
        {"id": "file", "url": None, "path": "doc.pdf", "sha256": digest},
        {"id": "gone", "url": None, "path": "gone.pdf", "sha256": None},
        {"id": "out", "url": None, "path": "../x.pdf", "sha256": None},
    ]
    files = {
        "file": EvidenceFile(path="doc.pdf", inside_folder=True, exists=True, sha256=digest),
        "gone": EvidenceFile(path="gone.pdf", inside_folder=True, exists=False, sha256=None),
        "out": EvidenceFile(path="../x.pdf", inside_folder=False, exists=False, sha256=None),
    }

    def check(ref: str, actual: dict[str, EvidenceFile] = files) -> bool:
        return run(
            {"check": "evidence", "path": "e"}, context({"e": [ref]}, evidence=evidence, files=actual)
        )[0]

    assert check("web") and check("file")
    assert not check("gone") and not check("out") and not check("unknown")
    tampered = {
        **files,
        "file": EvidenceFile(path="doc.pdf", inside_folder=True, exists=True, sha256="cd" * 32),
    }
    assert not check("file", tampered)
