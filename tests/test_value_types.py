"""The result, report and engine value types are made without ``dataclasses``: importing them costs no
``dataclasses`` (nor the ``inspect`` it imports, 26 ms of a start), and they keep what the dataclasses
gave: keyword construction, equality and hashing by value, a readable repr, immutability, pickling."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from compliance_checker.api import check
from compliance_checker.batch import POOL_THRESHOLD
from compliance_checker.engine.context import Context
from compliance_checker.errors import Diagnostic
from compliance_checker.models.record import replace
from compliance_checker.models.report import (
    DeclarationReport,
    EvidenceItem,
    Report,
    RuleResult,
    new_evidence_item,
    new_rule_result,
)
from tests.fact_values import facts_with

ROOT = Path(__file__).resolve().parent.parent

# The modules a plain check imports that used dataclasses (pipeline imports batch, converted apart).
CONVERTED = (
    "compliance_checker.errors",
    "compliance_checker.models.report",
    "compliance_checker.engine.baseline",
    "compliance_checker.engine.waivers",
    "compliance_checker.engine.classify",
    "compliance_checker.engine.context",
    "compliance_checker.engine.evaluate",
    "compliance_checker.checking",
    "compliance_checker.pipeline",
    "compliance_checker.batch",
)


def test_the_converted_modules_import_no_dataclasses() -> None:
    probe = (
        "import importlib, sys\n"
        f"for name in {CONVERTED!r}:\n"
        "    importlib.import_module(name)\n"
        "print('@@', *sorted({'dataclasses', 'inspect'} & set(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "@@", done.stdout


ITEM = {
    "path": "a.b",
    "label": "Label",
    "check": "present",
    "status": "ok",
    "message": "a.b = 'x'",
    "line": 3,
    "column": 5,
}
RESULT = {
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


def test_the_quick_constructors_make_the_same_records() -> None:
    item = new_evidence_item(*ITEM.values())  # type: ignore[arg-type]
    assert type(item) is EvidenceItem and item == EvidenceItem(**ITEM)  # type: ignore[arg-type]
    result = new_rule_result(**RESULT)  # type: ignore[arg-type]
    assert type(result) is RuleResult and result == RuleResult(**RESULT)  # type: ignore[arg-type]
    assert result.waiver is None and result.baseline is None and result.obligation == ""
    # every field of the class is a parameter, in order: a field added to the class is not forgotten
    for made, cls in ((new_evidence_item, EvidenceItem), (new_rule_result, RuleResult)):
        code = made.__code__
        assert code.co_varnames[: code.co_argcount] == cls._fields


def test_records_are_frozen_compared_by_value_and_pickled_whole() -> None:
    item = EvidenceItem(**ITEM)  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        item.line = 4  # type: ignore[misc]
    assert repr(item).startswith("EvidenceItem(path='a.b', label='Label', ")
    changed = replace(item, line=4)
    assert (changed.line, changed.path, item.line) == (4, "a.b", 3)
    assert (
        changed != item and replace(changed, line=3) == item and hash(replace(changed, line=3)) == hash(item)
    )
    with pytest.raises(TypeError, match="no field 'colour'"):
        replace(item, colour="red")
    decl = DeclarationReport(
        path="d.yaml",
        sha256=None,
        as_of=dt.date(2026, 1, 1),
        tool_version="0",
        rulesets=(),
        facts=None,
        results=(RuleResult(**{**RESULT, "evidence": (item,)}),),  # type: ignore[arg-type]
        errors=(Diagnostic("d.yaml", "bad", 1, 2),),
    )
    report = Report(as_of=decl.as_of, tool_version="0", declarations=(decl,))
    assert pickle.loads(pickle.dumps(report)) == report
    assert decl.invalid and decl.counts()["missing"] == 1


def test_a_diagnostic_is_a_frozen_value_made_positionally_or_by_keyword() -> None:
    made = Diagnostic("f.yaml", "wrong", 3, 4, level="warning")
    same = Diagnostic(file="f.yaml", message="wrong", line=3, column=4, path=None, level="warning")
    assert made == same and hash(made) == hash(same) and {made, same} == {made}
    assert made != Diagnostic("f.yaml", "wrong", 3, 4) and made != ("f.yaml", "wrong", 3, 4, None, "warning")
    assert repr(made) == (
        "Diagnostic(file='f.yaml', message='wrong', line=3, column=4, path=None, level='warning')"
    )
    with pytest.raises(AttributeError):
        made.line = 5  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del made.line
    assert pickle.loads(pickle.dumps(made)) == made
    moved = made.with_file("g.yaml")
    assert (moved.file, moved.message, moved.line, moved.column, moved.level) == (
        "g.yaml",
        "wrong",
        3,
        4,
        "warning",
    )


def test_contexts_do_not_share_their_lookup_tables() -> None:
    facts = facts_with(dt.date(2026, 1, 1), {})
    first = Context(values={}, facts=facts, sets={}, evidence={}, evidence_files={})
    second = Context(values={}, facts=facts, sets={}, evidence={}, evidence_files={})
    assert first.looked_up is not second.looked_up and first.memo is not second.memo
    entry = first.with_item({"x": 1}, {"x": 1}, "a.list")
    assert entry.looked_up is first.looked_up and entry.item == {"x": 1} and entry.item_field == "a.list"
    assert entry.field_of("item.x") == "a.list.x"


def test_reports_cross_the_worker_pipe_whole() -> None:
    """The Python API with ``jobs=2`` sends each declaration's report from a worker process, pickled."""
    samples = ROOT / "sample_declarations"
    paths = sorted(samples.glob("*.yaml")) + sorted((samples / "invalid").glob("*.yaml"))
    assert len(paths) >= POOL_THRESHOLD  # so that jobs=2 really uses the pool
    as_of = dt.date(2026, 11, 29)
    alone, pooled = (check(paths, as_of=as_of, jobs=jobs) for jobs in (1, 2))
    assert pooled == alone and pooled.declarations[0].results == alone.declarations[0].results
    assert any(d.errors for d in pooled.declarations) and all(d.results for d in pooled.declarations[:3])
