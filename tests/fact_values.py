"""Facts for tests that exercise a few facts: the ones given, every other fact without a value."""

from __future__ import annotations

import datetime as dt

from compliance_checker.models.facts import FACT_ORDER, Fact, Facts


def facts_with(as_of: dt.date, given: dict[str, Fact]) -> Facts:
    unknown = set(given) - set(FACT_ORDER)
    assert not unknown, f"not facts: {sorted(unknown)}"
    absent = Fact(value=None, reason="not set by this test")
    return Facts(as_of=as_of, **{name: given.get(name, absent) for name in FACT_ORDER})
