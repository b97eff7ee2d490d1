"""The check operators (engine/operators/): each registered once under its module's name, documented by its
module, published in the ruleset schema and docs/operators.md, and with cases here that it passes and
fails. Adding an operator means one module, its line in the registry, and its entry in ``CASES``
(docs/rulesets.md, "Adding an operator"); these tests fail until all agree."""

from __future__ import annotations

import datetime as dt
import json
import sys
import typing
from typing import Any

import pytest

from compliance_checker.engine import operators
from compliance_checker.engine.context import Context
from compliance_checker.engine.operators import OPERATORS
from compliance_checker.loading import records
from compliance_checker.loading.rulesets import SUBTYPES
from compliance_checker.models.loaded import EvidenceFile
from compliance_checker.models.ruleset import Bin, Check
from tests.conftest import ROOT
from tests.fact_values import facts_with

D = dt.date
DIGEST = "ab" * 32
EVIDENCE = [
    {"id": "doc", "url": "https://example.com/doc"},
    {"id": "file", "path": "f.pdf", "sha256": DIGEST},
]
THERE = EvidenceFile(path="f.pdf", inside_folder=True, exists=True, sha256=DIGEST)

# operator -> (its spec, without `check` and `label`; [(declaration values, the verdict's status)]).
# A value ``{"$evidence": ..., "$files": ...}`` replaces the declaration's evidence list or the files found.
CASES: dict[str, tuple[dict[str, Any], list[tuple[dict[str, Any], str]]]] = {
    "present": ({"path": "a"}, [({"a": "An answer."}, "ok"), ({}, "failed"), ({"a": "TODO"}, "partial")]),
    "is_true": ({"path": "a"}, [({"a": True}, "ok"), ({"a": False}, "failed"), ({}, "failed")]),
    "equals": ({"path": "a", "value": 3}, [({"a": 3}, "ok"), ({"a": "3"}, "failed")]),
    "one_of": ({"path": "a", "values": ["x", "y"]}, [({"a": "x"}, "ok"), ({"a": "z"}, "failed")]),
    "date": (
        {"path": "a", "before": {"date": "2025-08-02"}},
        [({"a": D(2025, 8, 1)}, "ok"), ({"a": D(2025, 8, 2)}, "failed"), ({}, "failed")],
    ),
    "number": ({"path": "a", "op": "ge", "value": 10}, [({"a": 10}, "ok"), ({"a": 9.5}, "failed")]),
    "covers": ({"path": "a", "values": ["x", "y"]}, [({"a": ["y", "x"]}, "ok"), ({"a": ["x"]}, "failed")]),
    "significant_figures": ({"path": "n", "min": 2}, [({"n": 2.4e25}, "ok"), ({"n": 2e25}, "failed")]),
    "order_of_magnitude": ({"path": "n"}, [({"n": 1e24}, "ok"), ({"n": 2e24}, "failed")]),
    "in_bin": (
        {"path": "a", "of": "n", "bins": "x/sizes"},
        [({"a": "small", "n": 5}, "ok"), ({"a": "big", "n": 5}, "failed")],
    ),
    "any": (
        {
            "path": "a",
            "of": [
                {"check": "present", "path": "a", "label": "a"},
                {"check": "is_true", "path": "b", "label": "b"},
            ],
        },
        [({"b": True}, "ok"), ({"a": "TODO"}, "partial"), ({}, "failed")],
    ),
    "all": (
        {
            "path": "a",
            "of": [
                {"check": "present", "path": "a", "label": "a"},
                {"check": "is_true", "path": "b", "label": "b"},
            ],
        },
        [({"a": "An answer.", "b": True}, "ok"), ({"a": "An answer."}, "failed")],
    ),
    "each": (
        {"path": "l", "checks": [{"check": "present", "path": "item.x", "label": "x"}]},
        [
            ({"l": [{"x": "An answer."}]}, "ok"),
            ({"l": []}, "ok"),
            ({"l": [{"x": "An answer."}, {}]}, "failed"),
        ],
    ),
    "some": (
        {"path": "l", "where": {"path": "item.k", "equals": "x"}},
        [({"l": [{"k": "y"}, {"k": "x"}]}, "ok"), ({"l": [{"k": "y"}]}, "failed"), ({}, "failed")],
    ),
    "cadence": (
        {"path": "l", "start": {"date": "2025-01-01"}, "every": {"months": 6}},
        [({"l": [D(2025, 6, 1), D(2025, 12, 1)]}, "ok"), ({"l": [D(2025, 12, 1)]}, "failed")],
    ),
    "evidence": (
        {"path": "e"},
        [({"e": ["doc", "file"]}, "ok"), ({"e": ["nope"]}, "failed"), ({}, "failed")],
    ),
    "evidence_references": (
        {"path": "evidence", "set": "x/refs"},
        [({"e": ["doc"]}, "ok"), ({"e": ["dco"]}, "failed")],
    ),
    "evidence_files": (
        {"path": "evidence"},
        [
            ({}, "ok"),
            (
                {
                    "$files": {
                        "file": EvidenceFile(path="f.pdf", inside_folder=True, exists=False, sha256=None)
                    }
                },
                "failed",
            ),
        ],
    ),
    "evidence_hashes": (
        {"path": "evidence"},
        [
            ({}, "ok"),
            (
                {
                    "$files": {
                        "file": EvidenceFile(path="f.pdf", inside_folder=True, exists=True, sha256="cd" * 32)
                    }
                },
                "failed",
            ),
        ],
    ),
    "evidence_unused": (
        {"path": "evidence", "set": "x/refs"},
        [({"e": ["doc", "file"]}, "ok"), ({"e": ["doc"]}, "failed")],
    ),
}


def _context(values: dict[str, Any]) -> Context:
    declared = {k: v for k, v in values.items() if not k.startswith("$")}
    return Context(
        values={"evidence": EVIDENCE, **declared},
        facts=facts_with(D(2026, 1, 1), {}),
        sets={"x/refs": ("e",)},
        evidence={item["id"]: item for item in EVIDENCE},
        evidence_files=values.get("$files", {"file": THERE}),
        number_texts={"n": repr(values["n"])} if "n" in values else {},
        bins={"x/sizes": (Bin(label="small", max=10), Bin(label="big", min=10))},
    )


def _spec(name: str, fields: dict[str, Any]) -> Check:
    spec, problems = records.read(Check, {"check": name, "label": name, **fields}, subtypes=SUBTYPES)
    assert not problems, problems
    assert isinstance(spec, OPERATORS[name].spec)
    return spec


CASE_IDS = [(name, index) for name, (_, cases) in CASES.items() for index in range(len(cases))]


@pytest.mark.parametrize(("name", "index"), CASE_IDS, ids=[f"{n}-{i}" for n, i in CASE_IDS])
def test_each_case_gives_its_verdict(name: str, index: int) -> None:
    fields, cases = CASES[name]
    values, status = cases[index]
    verdict = operators.evaluate(_spec(name, fields), _context(values))
    assert verdict.status == status, verdict.message
    assert verdict.message


def test_every_operator_has_cases_it_passes_and_fails() -> None:
    assert set(CASES) == set(OPERATORS), "add the operator's cases to CASES"
    for name, (_, cases) in CASES.items():
        statuses = {status for _, status in cases}
        assert "ok" in statuses and statuses - {"ok"}, f"{name}: a passing and a failing case"


# --- one registry, one module each, one schema, one reference ---------------------------------------------


def test_each_operator_is_registered_under_its_module_and_its_spec_name() -> None:
    folder = ROOT / "compliance_checker" / "engine" / "operators"
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__", "common"}
    assert modules == set(OPERATORS), "register every operator module, and only those, in OPERATORS"
    for name, operator in OPERATORS.items():
        assert operator.spec.__module__ == f"compliance_checker.engine.operators.{name}"
        assert typing.get_args(records.fields(operator.spec)["check"]) == (name,)
        assert issubclass(operator.spec, Check)
        doc = sys.modules[operator.spec.__module__].__doc__ or ""
        assert doc.startswith(f"`{name}`: "), f"{name}: the module docstring documents the operator"


def test_the_published_schema_and_the_reference_list_every_operator() -> None:
    schema = json.loads((ROOT / "schemas" / "ruleset.schema.json").read_text(encoding="utf-8"))
    union = schema["$defs"]["Rule"]["properties"]["evidence"]["items"]
    assert union["properties"]["check"]["enum"] == list(OPERATORS)
    reference = (ROOT / "docs" / "operators.md").read_text(encoding="utf-8")
    summary = (
        (ROOT / "docs" / "rulesets.md").read_text(encoding="utf-8").split("## Checks")[1].split("\n## ")[0]
    )
    for name in OPERATORS:
        assert f"\n## `{name}`\n" in reference, f"docs/operators.md: {name}"
        assert f"`{name}`" in summary, f"docs/rulesets.md, Checks: {name}"


@pytest.mark.parametrize("name", list(OPERATORS))
def test_each_operator_words_itself_and_names_what_it_reads(name: str) -> None:
    spec = _spec(name, CASES[name][0])
    assert operators.describe(spec)
    reads = list(OPERATORS[name].reads(spec))
    assert reads[0].path == spec.path or OPERATORS[name].children is not None


def test_a_removed_operator_is_refused_with_the_known_ones() -> None:
    from compliance_checker.errors import InputError
    from compliance_checker.loading.rulesets import read_ruleset
    from compliance_checker.models.document import LoadedDocument

    rule = {
        "id": "X-1",
        "title": "t",
        "obligation": "o",
        "sources": [{"document": "AI Act", "ref": "Art 53(1)(a)"}],
        "severity": "low",
        "since": "2025-08-02",
        "remediation": "r",
        "evidence": [{"check": "file_exists", "path": "model.name", "label": "x"}],
    }
    data = {"ruleset": {"id": "x", "version": "1", "date": "2025-01-01", "title": "X"}, "rules": [rule]}
    with pytest.raises(
        InputError,
        match=r"evidence\[0\]\.check: expected one of: present, is_true, .*; got text 'file_exists'",
    ):
        read_ruleset(LoadedDocument(data, "x.yaml"))
