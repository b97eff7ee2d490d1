"""Data-driven rule cases: tests/rule_cases/<RULE-ID>.yaml, one file per rule of every shipped ruleset.

Each case file names a base declaration in tests/rule_cases/bases/ and lists cases::

    rule: AIA-54
    base: third_country
    cases:
      - name: representative outside the Union
        as_of: "2026-11-29"          # optional, default DEFAULT_AS_OF
        set: {provider.authorised_representative.country: US}   # optional; creates mappings
        unset: [provider.authorised_representative.mandate_date] # optional; the key must exist
        expect: partial

The case is applied to a deep copy of the base, written to a temporary YAML file, checked with the real
pipeline (compliance_checker.api.check_file), and the named rule's status must equal ``expect``.
Case and base files are read with the checker's own strict YAML 1.2 loader, so ``NO`` stays a string
and a duplicated key in a case file is an error rather than a silently lost case.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from compliance_checker.api import check_file
from compliance_checker.loading.rulesets import shipped_rulesets
from compliance_checker.loading.yaml_strict import _Core12Resolver, parse_yaml
from compliance_checker.models.report import OUTCOMES, RuleResult
from compliance_checker.models.ruleset import Rule

CASES_DIR = Path(__file__).resolve().parent / "rule_cases"
BASES_DIR = CASES_DIR / "bases"
DEFAULT_AS_OF = dt.date(2026, 11, 29)
FAILING = {"missing", "partial"}


@dataclass(frozen=True)
class Case:
    file: str
    rule: str
    base: str
    name: str
    expect: str
    as_of: dt.date = DEFAULT_AS_OF
    set: dict[str, Any] = field(default_factory=dict)
    unset: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.rule}::{self.name}"


def _read(path: Path) -> Any:
    return parse_yaml(path.read_text(encoding="utf-8"), str(path)).data


@cache
def base(name: str) -> dict[str, Any]:
    data = _read(BASES_DIR / f"{name}.yaml")
    assert isinstance(data, dict), f"base {name} is not a mapping"
    return data


def _case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("*.yaml"))


def _parse_case_file(path: Path) -> list[Case]:
    data = _read(path)
    assert isinstance(data, dict) and set(data) == {"rule", "base", "cases"}, f"{path.name}: bad top level"
    assert data["rule"] == path.stem, f"{path.name}: rule {data['rule']!r} does not match the file name"
    assert (BASES_DIR / f"{data['base']}.yaml").is_file(), f"{path.name}: no base {data['base']!r}"
    assert isinstance(data["cases"], list) and data["cases"], f"{path.name}: no cases"
    cases: list[Case] = []
    for raw in data["cases"]:
        assert isinstance(raw, dict), f"{path.name}: a case must be a mapping"
        unknown = set(raw) - {"name", "as_of", "set", "unset", "expect"}
        assert not unknown, f"{path.name}: unknown case keys {sorted(unknown)}"
        assert raw.get("expect") in OUTCOMES, (
            f"{path.name}: {raw.get('name')}: bad expect {raw.get('expect')!r}"
        )
        as_of = raw.get("as_of")
        cases.append(
            Case(
                file=path.name,
                rule=data["rule"],
                base=data["base"],
                name=raw["name"],
                expect=raw["expect"],
                as_of=dt.date.fromisoformat(as_of) if as_of is not None else DEFAULT_AS_OF,
                set=dict(raw.get("set") or {}),
                unset=tuple(raw.get("unset") or ()),
            )
        )
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), f"{path.name}: case names must be unique"
    return cases


def all_cases() -> list[Case]:
    return [case for path in _case_files() for case in _parse_case_file(path)]


def apply(data: dict[str, Any], case: Case) -> dict[str, Any]:
    result = copy.deepcopy(data)
    for dotted in case.unset:
        *parents, last = dotted.split(".")
        node: Any = result
        for part in parents:
            assert isinstance(node, dict) and part in node, (
                f"{case.id}: cannot unset {dotted}: {part} is absent"
            )
            node = node[part]
        assert isinstance(node, dict) and last in node, f"{case.id}: cannot unset {dotted}: it is absent"
        del node[last]
    for dotted, value in case.set.items():
        *parents, last = dotted.split(".")
        node = result
        for part in parents:
            child = node.get(part)
            if child is None:
                child = node[part] = {}
            assert isinstance(child, dict), f"{case.id}: cannot set {dotted}: {part} is not a mapping"
            node = child
        node[last] = copy.deepcopy(value)
    return result


class _Dumper(yaml.SafeDumper):
    """Writes floats as Python's shortest repr ('4e+25', valid YAML 1.2), not PyYAML's '4.0e+25', so a
    case's number keeps the significant figures it was written with."""


def _float(dumper: yaml.SafeDumper, value: float) -> yaml.ScalarNode:
    text = repr(value)
    if text in {"inf", "-inf", "nan"}:
        return dumper.represent_float(value)
    return dumper.represent_scalar("tag:yaml.org,2002:float", text)


_Dumper.add_representer(float, _float)
# Plain scalars are quoted or not as the checker's YAML 1.2 loader reads them.
_Dumper.yaml_implicit_resolvers = _Core12Resolver.yaml_implicit_resolvers


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True)


def run_rule(tmp_path: Path, data: dict[str, Any], rule: str, as_of: dt.date) -> RuleResult:
    path = tmp_path / "declaration.yaml"
    path.write_text(dump(data), encoding="utf-8")
    report = check_file(path, as_of=as_of)
    assert not report.errors, "the case's declaration is invalid:\n" + "\n".join(
        d.render() for d in report.errors
    )
    found = [r for r in report.results if r.rule == rule]
    assert len(found) == 1, f"rule {rule} is evaluated {len(found)} times"
    return found[0]


def describe(result: RuleResult) -> str:
    lines = [f"{result.rule}: {result.status}: {result.message}"]
    lines += [f"  - [{item.status}] {item.label}: {item.message}" for item in result.evidence]
    return "\n".join(lines)


CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(tmp_path: Path, case: Case) -> None:
    result = run_rule(tmp_path, apply(base(case.base), case), case.rule, case.as_of)
    assert result.status == case.expect, f"{case.file}: {case.name}\n{describe(result)}"


# --- the case files themselves --------------------------------------------------------------------------


def shipped_rules() -> list[Rule]:
    return [rule for item in shipped_rulesets() for rule in item.ruleset.rules]


def test_case_files_exist_and_parse() -> None:
    assert _case_files(), "no rule case files"
    assert len(CASES) >= len(shipped_rules())


def test_every_case_file_names_a_shipped_rule() -> None:
    known = {rule.id for rule in shipped_rules()}
    stray = [path.name for path in _case_files() if path.stem not in known]
    assert not stray, f"case files for unknown rules: {stray}"


@pytest.mark.parametrize("rule", shipped_rules(), ids=lambda r: r.id)
def test_every_rule_reaches_every_outcome(rule: Rule) -> None:
    path = CASES_DIR / f"{rule.id}.yaml"
    assert path.is_file(), f"missing case file tests/rule_cases/{rule.id}.yaml"
    expected = {case.expect for case in _parse_case_file(path)}
    satisfied = "manual_review" if rule.manual_review else "evidenced"
    assert satisfied in expected, f"{rule.id}: no case reaches {satisfied}"
    assert expected & FAILING, f"{rule.id}: no case reaches missing or partial"
    assert "not_applicable" in expected, f"{rule.id}: no case reaches not_applicable"
    if rule.legacy_grace:
        assert "not_yet_due" in expected, f"{rule.id}: no case reaches not_yet_due (legacy_grace)"


@pytest.mark.parametrize("name", sorted(p.stem for p in BASES_DIR.glob("*.yaml")))
def test_base_declarations_are_complete(tmp_path: Path, name: str) -> None:
    """A base evidences everything that applies to it, so that each case isolates its own change."""
    path = tmp_path / "declaration.yaml"
    path.write_text(dump(base(name)), encoding="utf-8")
    report = check_file(path, as_of=DEFAULT_AS_OF)
    assert not report.errors, [d.render() for d in report.errors]
    bad = [
        describe(r)
        for r in report.results
        if r.status not in {"evidenced", "manual_review", "not_applicable"}
    ]
    assert not bad, "\n".join(bad)
    assert any(r.status in {"evidenced", "manual_review"} for r in report.results)


def test_apply_sets_and_unsets_without_touching_the_base() -> None:
    original = {"a": {"b": 1, "c": [1]}, "d": None}
    case = Case(
        file="x",
        rule="X-1",
        base="x",
        name="n",
        expect="evidenced",
        set={"a.c": [2], "d.e.f": "NO", "g": 0},
        unset=("a.b",),
    )
    changed = apply(original, case)
    assert changed == {"a": {"c": [2]}, "d": {"e": {"f": "NO"}}, "g": 0}
    assert original == {"a": {"b": 1, "c": [1]}, "d": None}
    with pytest.raises(AssertionError):
        apply(original, Case(file="x", rule="X-1", base="x", name="n", expect="evidenced", unset=("a.zz",)))
