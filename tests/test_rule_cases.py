"""Data-driven rule cases: one file per rule of every shipped ruleset version.

Rules of the versions the default profile selects have their cases in tests/rule_cases/<RULE-ID>.yaml.
Rules of any other shipped version (e.g. the third draft of the Code, copyright@2025-03-11) have theirs in
tests/rule_cases/<ruleset-id>@<version>/<RULE-ID>.yaml, and those cases are checked with that version
selected (as ``--ruleset <ruleset-id>@<version>`` would), the other rulesets staying at their defaults.
The same rule id in two versions is the same rule (``rules diff`` pairs them by id), so each version's
file shows how that version treats the same declaration.

Each case file names a base declaration in tests/rule_cases/bases/ and lists cases::

    rule: AIA-54
    base: third_country
    cases:
      - name: representative outside the Union
        as_of: "2026-11-29"          # optional, default DEFAULT_AS_OF
        set: {provider.authorised_representative.country: US}   # optional; creates mappings
        unset: [provider.authorised_representative.mandate_date] # optional; the key must exist
        files: {evidence/policy.md: "text"}  # optional; written next to the declaration
        expect: partial

The case is applied to a deep copy of the base and checked in memory, the way the loader checks a file
once it is parsed: the data is validated (``loading.declaration.declaration_from_document``, the
loader's own validation), classified, the ruleset versions are selected as for a file (the folder's
version as an override, the declaration's pins and profile), and only the rule under test is evaluated
(``engine.evaluate.evaluate_rule``); its status must equal ``expect``. No YAML is written and no file
is read. What a file would add is reproduced: numbers carry the text the case dumper writes for them
(``significant_figures`` reads it), and evidence paths are relative to the base's folder,
tests/rule_cases/bases/, which is also the evidence root. Positions are absent (every result sits at
1:1): rule cases assert outcomes, not locations.

That this is the same as checking a file is tested here too: every base and every case's values are
dumped and parsed back by the loader (same data, same number texts), and a fixed sample of cases
(``E2E_CASES``) also goes through the whole pipeline from a temporary YAML file
(``checking.check_file``), which must give the in-memory result apart from positions. The
bases themselves are checked from files.
Case and base files are read with the checker's own strict YAML 1.2 loader, so ``NO`` stays a string
and a duplicated key in a case file is an error rather than a silently lost case.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import pickle
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from compliance_checker.api import check_file
from compliance_checker.engine.classify import classify
from compliance_checker.engine.evaluate import build_context, evaluate_rule
from compliance_checker.errors import InputError
from compliance_checker.loading.declaration import declaration_from_document
from compliance_checker.loading.profiles import default_profile
from compliance_checker.loading.rulesets import LoadedRuleset, selection, shipped_rulesets
from compliance_checker.loading.yaml_strict import _Core12Resolver, parse_yaml
from compliance_checker.models.document import LoadedDocument
from compliance_checker.models.document import Path as DocPath
from compliance_checker.models.record import replace
from compliance_checker.models.report import OUTCOMES, RuleResult
from compliance_checker.models.ruleset import Rule

CASES_DIR = Path(__file__).resolve().parent / "rule_cases"
BASES_DIR = CASES_DIR / "bases"
DEFAULT_AS_OF = dt.date(2026, 11, 29)
FAILING = {"missing", "partial"}
RulesetVersion = tuple[str, str]  # (ruleset id, version)


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
    ruleset: RulesetVersion | None = None  # a version other than the default, from the case's folder
    files: dict[str, str] = field(default_factory=dict)  # evidence files next to the declaration

    @property
    def id(self) -> str:
        prefix = f"{self.ruleset[0]}@{self.ruleset[1]}/" if self.ruleset else ""
        return f"{prefix}{self.rule}::{self.name}"


def _read(path: Path) -> Any:
    return parse_yaml(path.read_text(encoding="utf-8"), str(path)).data


@cache
def base(name: str) -> dict[str, Any]:
    data = _read(BASES_DIR / f"{name}.yaml")
    assert isinstance(data, dict), f"base {name} is not a mapping"
    return data


def default_versions() -> dict[str, str]:
    """Ruleset id -> the version the default profile selects; its rules have the flat case files."""
    return dict(default_profile().rulesets)


def version_dir(ruleset: RulesetVersion) -> Path:
    return CASES_DIR / f"{ruleset[0]}@{ruleset[1]}"


def case_path(item: LoadedRuleset, rule_id: str) -> Path:
    """Where the cases of a rule of this ruleset version live."""
    if default_versions().get(item.ref.id) == item.ref.version:
        return CASES_DIR / f"{rule_id}.yaml"
    return version_dir((item.ref.id, item.ref.version)) / f"{rule_id}.yaml"


def _case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("*.yaml")) + sorted(CASES_DIR.glob("*@*/*.yaml"))


def _folder_version(path: Path) -> RulesetVersion | None:
    """The ruleset version a case file's folder names, or None for a flat file (default versions)."""
    if path.parent == CASES_DIR:
        return None
    rid, sep, version = path.parent.name.partition("@")
    assert sep and rid and version, f"{path.parent.name}: a case folder is named <ruleset-id>@<version>"
    return rid, version


def _display(path: Path) -> str:
    return str(path.relative_to(CASES_DIR))


def _parse_case_file(path: Path) -> list[Case]:
    data = _read(path)
    name = _display(path)
    assert isinstance(data, dict) and set(data) == {"rule", "base", "cases"}, f"{name}: bad top level"
    assert data["rule"] == path.stem, f"{name}: rule {data['rule']!r} does not match the file name"
    assert (BASES_DIR / f"{data['base']}.yaml").is_file(), f"{name}: no base {data['base']!r}"
    assert isinstance(data["cases"], list) and data["cases"], f"{name}: no cases"
    ruleset = _folder_version(path)
    cases: list[Case] = []
    for raw in data["cases"]:
        assert isinstance(raw, dict), f"{name}: a case must be a mapping"
        unknown = set(raw) - {"name", "as_of", "set", "unset", "files", "expect"}
        assert not unknown, f"{name}: unknown case keys {sorted(unknown)}"
        assert raw.get("expect") in OUTCOMES, f"{name}: {raw.get('name')}: bad expect {raw.get('expect')!r}"
        as_of = raw.get("as_of")
        cases.append(
            Case(
                file=name,
                rule=data["rule"],
                base=data["base"],
                name=raw["name"],
                expect=raw["expect"],
                as_of=dt.date.fromisoformat(as_of) if as_of is not None else DEFAULT_AS_OF,
                set=dict(raw.get("set") or {}),
                unset=tuple(raw.get("unset") or ()),
                ruleset=ruleset,
                files=dict(raw.get("files") or {}),
            )
        )
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), f"{name}: case names must be unique"
    return cases


def all_cases() -> list[Case]:
    return [case for path in _case_files() for case in _parse_case_file(path)]


def apply(data: dict[str, Any], case: Case) -> dict[str, Any]:
    """The case's changes applied to a deep copy of ``data``; ``data`` itself is left as it is."""
    return _change(copy.deepcopy(data), case)


@cache
def _pickled_base(name: str) -> bytes:
    return pickle.dumps(base(name), protocol=pickle.HIGHEST_PROTOCOL)


def case_declaration(case: Case) -> dict[str, Any]:
    """``apply(base(case.base), case)``, faster: a fresh deep copy of the base comes from its pickle
    (like ``copy.deepcopy``, it keeps parts shared through YAML aliases shared)."""
    return _change(pickle.loads(_pickled_base(case.base)), case)


def _change(result: dict[str, Any], case: Case) -> dict[str, Any]:
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


def number_text(value: int | float) -> str:
    """A number as the case dumper writes it, and so as the loader records it "as written": an integer
    in decimal, a float as Python's shortest repr ('4e+25', valid YAML 1.2) or YAML's .inf and .nan."""
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else (".inf" if value > 0 else "-.inf")
    return repr(value) if isinstance(value, float) else str(value)


def written_numbers(data: Any) -> dict[DocPath, str]:
    """Each number's text by its path, as ``parse_yaml`` records it for the dumped document."""
    found: dict[DocPath, str] = {}
    pending: list[tuple[DocPath, Any]] = [((), data)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, dict):
            pending.extend(((*path, key), child) for key, child in value.items())
        elif isinstance(value, list):
            pending.extend(((*path, index), child) for index, child in enumerate(value))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            found[path] = number_text(value)
    return found


try:  # libyaml's emitter when present (the same text, several times faster); the pure-Python one otherwise
    from yaml import CSafeDumper as _BaseDumper
except ImportError:  # pragma: no cover - depends on the platform's PyYAML build
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]


class _Dumper(_BaseDumper):
    """Writes floats as Python's shortest repr ('4e+25', valid YAML 1.2), not PyYAML's '4.0e+25'."""


def _float(dumper: _BaseDumper, value: float) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:float", number_text(value))


_Dumper.add_representer(float, _float)
# Plain scalars are quoted or not as the checker's YAML 1.2 loader reads them.
_Dumper.yaml_implicit_resolvers = _Core12Resolver.yaml_implicit_resolvers


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True)


def run_rule(
    tmp_path: Path,
    data: dict[str, Any],
    rule: str,
    as_of: dt.date,
    ruleset: RulesetVersion | None = None,
    files: dict[str, str] | None = None,
) -> RuleResult:
    """The rule's result for ``data`` written to a YAML file (with ``files`` beside it) and checked by
    the whole pipeline."""
    for name, content in (files or {}).items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    path = tmp_path / "declaration.yaml"
    path.write_text(dump(data), encoding="utf-8")
    report = check_file(path, as_of=as_of, overrides=[ruleset] if ruleset else [])
    assert not report.errors, "the case's declaration is invalid:\n" + "\n".join(
        d.render() for d in report.errors
    )
    found = [r for r in report.results if r.rule == rule]
    assert len(found) == 1, f"rule {rule} is evaluated {len(found)} times"
    return found[0]


def evaluate_in_memory(
    data: dict[str, Any],
    rule: str,
    as_of: dt.date,
    ruleset: RulesetVersion | None = None,
    *,
    name: str = "declaration.yaml",
    folder: Path = BASES_DIR,
) -> RuleResult:
    """The rule's result for ``data`` as if it were a parsed file in ``folder``, without YAML or files:
    the loader's validation and evidence examination, the file's ruleset selection, classification, and
    the one rule evaluated with the context of every selected ruleset."""
    doc = LoadedDocument(data=data, file=name, number_texts=written_numbers(data))
    try:
        loaded = declaration_from_document(doc, file=folder / "declaration.yaml", sha256="", as_of=as_of)
        chosen = selection(
            loaded.declaration.rulesets,
            [ruleset] if ruleset else [],
            doc,
            declared_profile=loaded.declaration.profile,
        )
    except InputError as exc:
        pytest.fail("the case's declaration is invalid:\n" + "\n".join(d.render() for d in exc.diagnostics))
    rulesets = [item.ruleset for item in chosen.rulesets]
    found = [(r, s.ruleset.id) for s in rulesets for r in s.rules if r.id == rule]
    assert len(found) == 1, f"rule {rule} is evaluated {len(found)} times"
    target, ruleset_id = found[0]
    facts = classify(loaded.declaration, as_of)
    return evaluate_rule(target, ruleset_id, loaded, build_context(loaded, facts, rulesets))


def without_positions(result: RuleResult) -> RuleResult:
    """The result with every line and column zeroed (an in-memory check has no positions)."""
    items = tuple(replace(item, line=0, column=0) for item in result.evidence)
    return replace(result, line=0, column=0, evidence=items)


def describe(result: RuleResult) -> str:
    lines = [f"{result.rule}: {result.status}: {result.message}"]
    lines += [f"  - [{item.status}] {item.label}: {item.message}" for item in result.evidence]
    return "\n".join(lines)


CASES = all_cases()


def _check_case(case: Case) -> RuleResult:
    name = f"rule_cases/{case.file} [{case.name}]"
    return evaluate_in_memory(case_declaration(case), case.rule, case.as_of, case.ruleset, name=name)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(tmp_path: Path, case: Case) -> None:
    if case.files:  # evidence files written next to the declaration: only a real file can have them
        data = apply(base(case.base), case)
        result = run_rule(tmp_path, data, case.rule, case.as_of, case.ruleset, case.files)
    else:
        result = _check_case(case)
    assert result.status == case.expect, f"{case.file}: {case.name}\n{describe(result)}"


# --- the in-memory check is the file check --------------------------------------------------------------


def _loader_sample(cases: list[Case]) -> list[Case]:
    """About one case in 40, chosen by a hash of its id so that the sample stays the same when cases are
    added, and the first case of each outcome and of each base and ruleset version that it misses."""
    sample = [case for case in cases if zlib.crc32(case.id.encode()) % 40 == 0]
    for kind in (lambda c: c.expect, lambda c: (c.base, c.ruleset)):
        covered = {kind(case) for case in sample}
        for case in cases:
            if kind(case) not in covered:
                covered.add(kind(case))
                sample.append(case)
    return sample


E2E_CASES = _loader_sample(CASES)


@pytest.mark.parametrize("case", E2E_CASES, ids=[c.id for c in E2E_CASES])
def test_rule_case_through_the_loader(tmp_path: Path, case: Case) -> None:
    """Written to a YAML file and checked by the whole pipeline, the case gives the in-memory result."""
    from_file = run_rule(tmp_path, apply(base(case.base), case), case.rule, case.as_of, case.ruleset)
    assert from_file.status == case.expect, f"{case.file}: {case.name}\n{describe(from_file)}"
    name = f"rule_cases/{case.file} [{case.name}]"
    data = case_declaration(case)
    assert data == apply(base(case.base), case)
    in_memory = evaluate_in_memory(data, case.rule, case.as_of, case.ruleset, name=name, folder=tmp_path)
    assert without_positions(from_file) == without_positions(in_memory)


def _strict(value: Any) -> str:
    """Equal values with equal types (1, 1.0 and True differ), in key order."""
    return repr(value)


def test_in_memory_documents_read_like_the_dumped_files() -> None:
    """Each base and each case's values, dumped as a case file would be and parsed by the loader, give
    back the same data and exactly the number texts the in-memory check gives them."""
    seen: set[str] = set()
    for data in [base(p.stem) for p in sorted(BASES_DIR.glob("*.yaml"))] + [c.set for c in CASES if c.set]:
        key = _strict(data)
        if key in seen:
            continue
        seen.add(key)
        doc = parse_yaml(dump(data), "dumped.yaml")
        assert _strict(doc.data) == key
        assert doc.number_texts == written_numbers(data), key


# --- the case files themselves --------------------------------------------------------------------------


def shipped_rules() -> list[tuple[LoadedRuleset, Rule]]:
    """Every rule of every shipped ruleset version, with its version."""
    return [(item, rule) for item in shipped_rulesets() for rule in item.ruleset.rules]


def _rule_id(entry: tuple[LoadedRuleset, Rule]) -> str:
    item, rule = entry
    if default_versions().get(item.ref.id) == item.ref.version:
        return rule.id
    return f"{item.ref.id}@{item.ref.version}/{rule.id}"


def test_case_files_exist_and_parse() -> None:
    assert _case_files(), "no rule case files"
    assert len(CASES) >= len(shipped_rules())


def test_every_case_file_names_a_shipped_rule() -> None:
    """A flat file names a rule of a default version; a folder names a shipped version that is not the
    default (its cases would otherwise duplicate the flat files) and each file in it one of its rules."""
    defaults = default_versions()
    versions = {(item.ref.id, item.ref.version): item for item in shipped_rulesets()}
    default_rules = {
        rule.id
        for (rid, version), item in versions.items()
        if defaults.get(rid) == version
        for rule in item.ruleset.rules
    }
    stray: list[str] = []
    for path in _case_files():
        ruleset = _folder_version(path)
        if ruleset is None:
            if path.stem not in default_rules:
                stray.append(f"{_display(path)} (no rule of a default ruleset version)")
        elif ruleset not in versions:
            stray.append(f"{_display(path)} (no shipped ruleset {ruleset[0]}@{ruleset[1]})")
        elif defaults.get(ruleset[0]) == ruleset[1]:
            stray.append(f"{_display(path)} (the default version's cases are flat files)")
        elif path.stem not in {rule.id for rule in versions[ruleset].ruleset.rules}:
            stray.append(f"{_display(path)} (no such rule in {ruleset[0]}@{ruleset[1]})")
    assert not stray, f"case files for unknown rules: {stray}"


@pytest.mark.parametrize("entry", shipped_rules(), ids=_rule_id)
def test_every_rule_reaches_every_outcome(entry: tuple[LoadedRuleset, Rule]) -> None:
    item, rule = entry
    path = case_path(item, rule.id)
    assert path.is_file(), f"missing case file tests/rule_cases/{_display(path)}"
    expected = {case.expect for case in _parse_case_file(path)}
    satisfied = "manual_review" if rule.manual_review else "evidenced"
    assert satisfied in expected, f"{rule.id}: no case reaches {satisfied}"
    if rule.on_gap == "manual_review":  # its gaps are warnings: manual_review, never missing or partial
        assert "manual_review" in expected, f"{rule.id}: no case reaches manual_review (on_gap)"
    else:
        assert expected & FAILING, f"{rule.id}: no case reaches missing or partial"
    assert "not_applicable" in expected, f"{rule.id}: no case reaches not_applicable"
    if rule.legacy_grace:
        assert "not_yet_due" in expected, f"{rule.id}: no case reaches not_yet_due (legacy_grace)"


def _base_selections() -> list[tuple[str, RulesetVersion | None]]:
    """Each base with the default versions, and again with every other version whose cases use it."""
    found: list[tuple[str, RulesetVersion | None]] = [
        (p.stem, None) for p in sorted(BASES_DIR.glob("*.yaml"))
    ]
    for case in CASES:
        if case.ruleset is not None and (case.base, case.ruleset) not in found:
            found.append((case.base, case.ruleset))
    return found


@pytest.mark.parametrize(
    ("name", "ruleset"),
    _base_selections(),
    ids=lambda v: v if isinstance(v, str) else (f"{v[0]}@{v[1]}" if v else "default"),
)
def test_base_declarations_are_complete(tmp_path: Path, name: str, ruleset: RulesetVersion | None) -> None:
    """A base evidences everything that applies to it, so that each case isolates its own change; also
    with each older ruleset version whose cases start from it."""
    path = tmp_path / "declaration.yaml"
    path.write_text(dump(base(name)), encoding="utf-8")
    report = check_file(path, as_of=DEFAULT_AS_OF, overrides=[ruleset] if ruleset else [])
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


def test_a_declaration_pin_selects_the_older_version(tmp_path: Path) -> None:
    """``rulesets: {copyright: "2025-03-11"}`` checks the copyright section against the third draft: its
    Measure I.2.4 rule is evaluated and the final-only CR-LEGACY is not; other rulesets stay at default."""
    data = copy.deepcopy(base("systemic"))
    data["rulesets"] = {"copyright": "2025-03-11"}
    path = tmp_path / "declaration.yaml"
    path.write_text(dump(data), encoding="utf-8")
    report = check_file(path, as_of=DEFAULT_AS_OF)
    assert not report.errors, [d.render() for d in report.errors]
    versions = {ref.id: ref.version for ref in report.rulesets}
    assert versions["copyright"] == "2025-03-11"
    assert versions["transparency"] == default_versions()["transparency"]
    rules = {r.rule: r.status for r in report.results}
    assert rules["CR-I-2-4-NON-CRAWLED"] == "evidenced"
    assert "CR-LEGACY" not in rules
