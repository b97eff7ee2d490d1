"""engine/construct.py: the quick constructors give the same objects as the dataclasses' own."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from compliance_checker.engine.construct import constructor
from compliance_checker.models.report import EvidenceItem, RuleResult


def test_an_evidence_item_equals_the_dataclass_one() -> None:
    args: tuple[Any, ...] = ("a.b", "Label", "present", "ok", "a.b = 'x'", 3, 5)
    made = constructor(EvidenceItem)(*args)
    assert type(made) is EvidenceItem and made == EvidenceItem(*args)
    assert dataclasses.astuple(made) == args
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.line = 4  # type: ignore[misc]


def test_a_result_takes_keywords_and_the_defaults() -> None:
    values = {
        "rule": "AIA-53-1-A",
        "title": "t",
        "ruleset": "r",
        "status": "missing",
        "severity": "high",
        "sources": (),
        "message": "m",
        "remediation": "do",
        "verified": True,
        "due": dt.date(2026, 8, 2),
        "evidence": (),
        "line": 1,
        "column": 2,
    }
    made = constructor(RuleResult)(**values)
    assert made == RuleResult(**values)  # type: ignore[arg-type]
    assert made.waiver is None and made.obligation == ""
    # every field of the class is a parameter, in order: a field added to the class is not forgotten
    names = [f.name for f in dataclasses.fields(RuleResult)]
    assert constructor(RuleResult).__code__.co_varnames[: len(names)] == tuple(names)


def test_a_class_it_cannot_make_is_refused() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Later:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass(frozen=True, slots=True)
    class Factory:
        a: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class Plain:
        a: int

    for cls in (Later, Factory, Plain):
        with pytest.raises(TypeError):
            constructor(cls)
