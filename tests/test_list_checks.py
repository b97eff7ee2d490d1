"""The list and timing checks: `each`, `some`, `all`, `cadence`, `open_until_due`, and the `one_of` /
`in_set` conditions; `each` results located entry by entry; `covered_by` in coverage; taxonomy sets."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from typing import Any

import pytest

from compliance_checker.api import check_file
from compliance_checker.engine.conditions import holds
from compliance_checker.engine.coverage import coverage
from compliance_checker.engine.evaluate import build_context, evaluate_rule
from compliance_checker.errors import InputError
from compliance_checker.loading.rulesets import load_ruleset_file, read_ruleset
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.document import LoadedDocument, Position
from compliance_checker.models.facts import Fact
from compliance_checker.models.loaded import LoadedDeclaration
from compliance_checker.models.ruleset import PathCond, Ruleset
from tests.fact_values import facts_with
from tests.test_dates_and_checks import context, run

D = dt.date

INCIDENT_CHECK: dict[str, Any] = {
    "check": "date",
    "path": "item.initial_report",
    "label": "initial report within 2 days",
    "on_or_before": "item.aware",
    "offset": {"days": 2},
    "open_until_due": True,
}


# --- cadence -----------------------------------------------------------------------------------------


def cadence(dates: list[str | dt.date], *, start: str = "2025-09-01", until: Any = None) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "check": "cadence",
        "path": "fw.assessments",
        "key": "date",
        "start": {"date": start},
        "every": {"months": 12},
    }
    if until is not None:
        spec["until"] = until
    return spec


@pytest.mark.parametrize(
    ("dates", "ok"),
    [
        ([D(2026, 9, 1)], True),  # on the anniversary: allowed; next due 2027-09-01
        ([D(2026, 9, 2)], False),  # one day late
        ([D(2026, 3, 1), D(2026, 11, 1)], True),
        ([], False),  # nothing since 2025-09-01, due 2026-09-01, as-of 2026-11-29
        ([D(2025, 1, 1)], False),  # before the start: ignored
    ],
)
def test_cadence_gaps(dates: list[dt.date], ok: bool) -> None:
    ctx = context({"fw": {"assessments": [{"date": d} for d in dates]}})
    result, message = run(cadence([]), ctx)
    assert result is ok, message


def test_cadence_names_the_gap_and_the_due_date() -> None:
    ctx = context({"fw": {"assessments": [{"date": D(2026, 9, 2)}]}})
    ok, message = run(cadence([]), ctx)
    assert not ok
    assert "2026-09-02 came more than 12 months after" in message and "due by 2026-09-01" in message


def test_cadence_until_a_date_in_the_declaration() -> None:
    spec = cadence([], until={"earliest_of": ["fw.closed", {"as_of": True}]})
    closed = context({"fw": {"closed": D(2026, 8, 31), "assessments": []}})
    assert run(spec, closed)[0] is True  # closed before the first was due
    still_open = context({"fw": {"assessments": []}})
    assert run(spec, still_open)[0] is False


def test_cadence_without_start_cannot_be_checked() -> None:
    spec = {**cadence([]), "start": "fw.placed"}
    ok, message = run(spec, context({"fw": {"assessments": []}}))
    assert not ok and "fw.placed is not given" in message


# --- open_until_due -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("aware", "ok"),
    [
        (D(2026, 11, 27), True),  # due 2026-11-29 = the as-of date: still open
        (D(2026, 11, 26), False),  # due 2026-11-28: passed
    ],
)
def test_open_until_due(aware: dt.date, ok: bool) -> None:
    spec = {**INCIDENT_CHECK, "path": "i.initial_report", "on_or_before": "i.aware"}
    result, message = run(spec, context({"i": {"aware": aware}}))
    assert result is ok, message
    assert ("not given yet" in message) is ok


def test_open_until_due_still_judges_a_given_date() -> None:
    spec = {**INCIDENT_CHECK, "path": "i.initial_report", "on_or_before": "i.aware"}
    assert run(spec, context({"i": {"aware": D(2026, 6, 1), "initial_report": D(2026, 6, 3)}}))[0]
    assert not run(spec, context({"i": {"aware": D(2026, 6, 1), "initial_report": D(2026, 6, 4)}}))[0]


def test_business_days_across_a_weekend() -> None:
    spec = {
        "check": "date",
        "path": "f.access",
        "on_or_before": "f.confirmed",
        "offset": {"business_days": 5},
    }
    thursday = D(2026, 3, 5)
    assert run(spec, context({"f": {"confirmed": thursday, "access": D(2026, 3, 12)}}))[0]  # next Thursday
    assert not run(spec, context({"f": {"confirmed": thursday, "access": D(2026, 3, 13)}}))[0]


# --- each, some, all ------------------------------------------------------------------------------------


def test_each_aggregate_form_and_empty_list() -> None:
    spec = {"check": "each", "path": "log", "checks": [INCIDENT_CHECK]}
    assert run(spec, context({}))[0] is True  # an absent list is empty
    late = context({"log": [{"aware": D(2026, 6, 1), "initial_report": D(2026, 6, 4)}]})
    ok, message = run(spec, late)
    assert not ok and "log[0].initial_report 2026-06-04" in message
    assert not run({**spec, "min_items": 1}, context({"log": []}))[0]


def test_each_where_and_sub_check_when() -> None:
    spec = {
        "check": "each",
        "path": "log",
        "where": {"path": "item.kind", "one_of": ["a", "b"]},
        "checks": [{**INCIDENT_CHECK, "when": {"path": "item.kind", "equals": "a"}}],
    }
    values = {
        "log": [
            {"kind": "c", "aware": D(2026, 1, 1)},  # filtered out by where
            {"kind": "b", "aware": D(2026, 1, 1)},  # sub-check skipped by when
            {"kind": "a", "aware": D(2026, 1, 1), "initial_report": D(2026, 1, 3)},
        ]
    }
    assert run(spec, context(values))[0] is True
    values["log"][2]["initial_report"] = D(2026, 1, 4)
    assert run(spec, context(values))[0] is False


def test_some_and_in_set() -> None:
    spec = {"check": "some", "path": "risks", "where": {"path": "item.country", "in_set": "ai-act/eu"}}
    assert run(spec, context({"risks": [{"country": "US"}, {"country": "FR"}]}))[0]
    ok, message = run(spec, context({"risks": [{"country": "US"}]}))
    assert not ok and "0 matching entries" in message
    assert not run({**spec, "min": 2}, context({"risks": [{"country": "DE"}, {"country": "US"}]}))[0]


def test_all_needs_every_part() -> None:
    spec = {
        "check": "all",
        "path": "m.interim",
        "of": [
            {"check": "present", "path": "m.interim", "label": "interim"},
            {"check": "is_true", "path": "m.ok", "label": "ok"},
        ],
    }
    assert run(spec, context({"m": {"interim": "sent", "ok": True}}))[0]
    ok, message = run(spec, context({"m": {"interim": "sent", "ok": False}}))
    assert not ok and "m.ok" in message


def test_path_condition_forms() -> None:
    ctx = context({"a": "FR", "n": 1})
    assert holds(PathCond(path="a", one_of=("FR", "DE")), ctx)
    assert not holds(PathCond(path="n", one_of=(True,)), ctx)  # 1 is not true
    assert holds(PathCond(path="a", in_set="ai-act/eu"), ctx)
    assert not holds(PathCond(path="missing", in_set="ai-act/eu"), ctx)
    assert PathCond(path="a", equals="x", in_set="y/z").invalid() == (
        "a path condition needs exactly one of 'present', 'equals', 'one_of' or 'in_set'"
    )


# --- through the pipeline: located entry by entry -------------------------------------------------------

RULESET = """\
ruleset: {id: test-lists, version: "1", date: "2025-01-01", title: Test}
taxonomy:
  kinds:
    - {id: cbrn, title: CBRN, ref: "Safety and Security, Appendix 1.4"}
rules:
  - id: T-INCIDENTS
    title: incidents reported on time
    obligation: report each incident on time
    sources: [{document: Code of Practice, ref: "Safety and Security, Measure 9.3"}]
    severity: high
    since: "2025-08-02"
    due: since
    legacy_grace: false
    evidence:
      - check: each
        path: safety_and_security.serious_incidents.log
        label: incidents
        checks:
          - check: date
            path: item.initial_report
            label: initial report within 2 days
            on_or_before: item.aware
            offset: {days: 2}
            open_until_due: true
      - check: some
        path: safety_and_security.risk_register.risks
        label: a CBRN entry
        where: {path: item.specified, in_set: test-lists/kinds}
    remediation: report on time
"""

DECLARATION = """\
format_version: "1.0"
provider: {name: P, country: DE}
model:
  name: M
  version: "1"
  modalities: {input: [text], output: [text]}
  training_compute: {flop: 1.0e+24, method: hardware}
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    ruleset = tmp_path / "rs.yaml"
    ruleset.write_text(RULESET, encoding="utf-8")
    return ruleset, tmp_path


def test_each_is_located_entry_by_entry(files: tuple[Path, Path]) -> None:

    ruleset_path, _ = files
    loaded_ruleset = load_ruleset_file(ruleset_path).ruleset
    text = textwrap.dedent(
        """\
        safety_and_security:
          serious_incidents:
            log:
              - {aware: 2026-06-01, initial_report: 2026-06-03}
              - {aware: 2026-06-01, initial_report: 2026-06-09}
          risk_register:
            risks:
              - {specified: cbrn}
        """
    )
    doc: LoadedDocument = parse_yaml(text, "d.yaml")
    written = doc.data["safety_and_security"]
    log = [{k: dt.date.fromisoformat(v) for k, v in e.items()} for e in written["serious_incidents"]["log"]]
    values = {
        "safety_and_security": {"serious_incidents": {"log": log}, "risk_register": written["risk_register"]}
    }
    loaded = LoadedDeclaration(
        file="d.yaml", sha256="0" * 64, document=doc, declaration=None, values=values, evidence_files={}
    )
    facts = facts_with(D(2026, 11, 29), {"gpai_provider": Fact(value=True, reason="test", sources=())})
    ctx = build_context(loaded, facts, [loaded_ruleset])
    result = evaluate_rule(loaded_ruleset.rules[0], "test-lists", loaded, ctx)
    assert result.status == "partial"
    late = [item for item in result.evidence if item.status == "failed"]
    assert [(i.path, i.line) for i in late] == [
        ("safety_and_security.serious_incidents.log[1].initial_report", 5)
    ]
    assert Position(result.line, result.column) == Position(5, 29)
    assert "(entry 2): initial_report 2026-06-09 is not on or before aware + 2 days" in result.message


# --- coverage and taxonomy ------------------------------------------------------------------------------


def _ruleset(data: dict[str, Any]) -> Ruleset:
    base = {
        "ruleset": {"id": "a", "version": "1", "date": "2025-01-01", "title": "A"},
        "rules": [
            {
                "id": "A-1",
                "title": "t",
                "obligation": "o",
                "sources": [{"document": "AI Act", "ref": "Art 53"}],
                "severity": "low",
                "since": "2025-08-02",
                "remediation": "r",
                "evidence": [{"check": "present", "path": "model.name", "label": "x"}],
            }
        ],
    }
    return read_ruleset(LoadedDocument(base | data, "a.yaml"))


def test_covered_by_counts_the_other_rulesets_rules() -> None:
    other = _ruleset({})
    info = {
        "id": "b",
        "version": "1",
        "date": "2025-01-01",
        "title": "B",
        "provisions": [{"document": "AI Act", "ref": "Art 53", "title": "t", "covered_by": "a"}],
    }
    this = _ruleset({"ruleset": info, "rules": [_rule("B-1", "Art 99")]})
    assert coverage(this, [other]).provisions[0].rules == ("A-1",)
    assert coverage(this, []).provisions[0].status == "uncovered"


def _rule(rid: str, ref: str) -> dict[str, Any]:
    return {
        "id": rid,
        "title": "t",
        "obligation": "o",
        "sources": [{"document": "AI Act", "ref": ref}],
        "severity": "low",
        "since": "2025-08-02",
        "remediation": "r",
        "evidence": [{"check": "present", "path": "model.name", "label": "x"}],
    }


def test_taxonomy_groups_are_validated() -> None:
    entry = {"id": "cbrn", "title": "CBRN", "ref": "Appendix 1.4"}
    with pytest.raises(InputError, match="taxonomy group 'specified' lists the id 'cbrn' twice"):
        _ruleset({"taxonomy": {"specified": [entry, entry]}})
    with pytest.raises(InputError, match="'specified' is both a taxonomy group and a set"):
        _ruleset({"taxonomy": {"specified": [entry]}, "sets": {"specified": ["x"]}})


def test_check_file_runs_with_a_custom_ruleset(files: tuple[Path, Path]) -> None:
    ruleset_path, folder = files
    declaration = folder / "d.yaml"
    declaration.write_text(DECLARATION, encoding="utf-8")
    report = check_file(declaration, as_of=D(2026, 11, 29), overrides=[load_ruleset_file(ruleset_path)])
    (result,) = [r for r in report.results if r.rule == "T-INCIDENTS"]
    # No incidents (empty list passes) but no CBRN entry either.
    assert result.status == "partial", result.message
