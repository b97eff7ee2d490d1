"""Validation messages are in the declaration's words: every kind of constraint in the published schemas,
broken on purpose, gives a located message that says what is expected, with no pydantic wording, regular
expression or internal name (issue 13)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from compliance_checker.errors import InputError
from compliance_checker.loading.profiles import read_profiles
from compliance_checker.loading.rulesets import read_ruleset
from compliance_checker.loading.validation import diagnostics
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.declaration import Declaration
from compliance_checker.models.document import LoadedDocument, dotted
from compliance_checker.models.waiver import WaiverFile
from compliance_checker.models.words import PATTERNS, closest
from tests.conftest import ROOT, SAMPLES

AS_OF = dt.date(2026, 11, 29)
# What must never reach a user: pydantic's phrases, regular-expression syntax, Python and schema names.
ARTEFACTS = (
    "^", "$", "\\", "NoneType", "__", "Input should", "String should", "List should", "after validation",
    "Value error", "Field required", "Extra inputs", "literal[", "constrained-", "function-", "[key]",
    "pydantic", "dictionary", "instance of", "compliance_checker", "a string", "an integer", "a boolean",
    "'None'", "'True'", "'False'",
)  # fmt: skip


def _schema(name: str) -> dict[str, Any]:
    return json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))


def _branches(node: dict[str, Any]) -> list[dict[str, Any]]:
    """The alternatives a node allows: a union's branches, or the types a discriminated union picks
    (``allOf`` of ``if``/``then``, as the ruleset schema's checks)."""
    if "allOf" in node and all("then" in b for b in node["allOf"]):
        return [b["then"] for b in node["allOf"]]
    return [b for b in node.get("anyOf", [node]) if b.get("type") != "null"]


def _fields(schema: dict[str, Any]) -> Iterator[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    """(kind of node, a data path to it, the node) for every model and every field of every model the root
    reaches: lists are entered at index 0, mappings at a key of their own."""
    defs = schema.get("$defs", {})
    queue: deque[tuple[tuple[Any, ...], dict[str, Any], str]] = deque([((), schema, "")])
    seen: set[str] = set()
    while queue:
        path, model, name = queue.popleft()
        if name in seen:
            continue
        seen.add(name)
        yield "model", path, model
        for prop, sub in model.get("properties", {}).items():
            yield "field", (*path, prop), sub
            pending = [((*path, prop), branch) for branch in _branches(sub)]
            while pending:
                where, node = pending.pop()
                if "$ref" in node:
                    ref = node["$ref"].removeprefix("#/$defs/")
                    queue.append((where, defs[ref], ref))
                elif node.get("type") == "array" and isinstance(node.get("items"), dict):
                    yield "field", (*where, 0), node["items"]
                    pending += [((*where, 0), b) for b in _branches(node["items"])]
                elif node.get("type") == "object" and isinstance(node.get("additionalProperties"), dict):
                    yield "mapping", where, node
                    pending += [((*where, "k"), b) for b in _branches(node["additionalProperties"])]


# A value of each JSON type, and the types that take it.
SAMPLE_VALUES: list[tuple[Any, set[str]]] = [
    ("text", {"string"}),
    (5, {"integer", "number"}),
    (1.5, {"number"}),
    (True, {"boolean"}),
    (["text"], {"array"}),
    ({"a": 1}, {"object"}),
]


def _wrong_type(node: dict[str, Any]) -> Any:
    """A value that no branch of ``node`` takes by its type."""
    accepted = {"object" if "$ref" in b else b.get("type", "string") for b in _branches(node)}
    return next(value for value, types in SAMPLE_VALUES if not types & accepted)


def _cases(kind: str, node: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(constraint kind, a value or edit that breaks it) for one node."""
    if kind == "model":
        if node.get("additionalProperties") is False:
            yield "additionalProperties", ("add", "unknwon_key")
        for key in node.get("required", []):
            yield "required", ("drop", key)
        return
    if kind == "mapping":
        if "propertyNames" in node:
            yield "propertyNames", {"Bad Key": "1M"}
        return
    yield "type", _wrong_type(node)
    for branch in _branches(node):
        types = branch.get("type")
        if "enum" in branch or "const" in branch:
            yield "enum", "not-a-choice"
        if "pattern" in branch:
            yield "pattern", "Not Valid !"
        if "minLength" in branch:
            yield "minLength", ""
        if "minItems" in branch:
            yield "minItems", []
        for bound in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
            if bound in branch:
                yield bound, branch[bound] + (1 if "max" in bound.lower() else -1)
        if types == "number":
            yield "finite", float("inf")
        if branch.get("format") == "date":
            yield "format", "2025-02-30"
        if branch.get("x-past-date"):
            yield "x-past-date", "2999-01-01"


def _edit(data: Any, path: tuple[Any, ...], change: Any) -> Any:
    """``data`` with ``change`` applied at ``path``, creating what is missing on the way."""
    data = copy.deepcopy(data)
    node = data
    for index, part in enumerate(path):
        last = index == len(path) - 1
        if isinstance(part, int):
            if not isinstance(node, list):
                return None  # the path passes through a value of another type in the base
            while len(node) <= part:
                node.append({})
        elif not isinstance(node, dict):
            return None
        if last and not (isinstance(change, tuple) and change[0] in ("add", "drop")):
            node[part] = change
            return data
        if isinstance(node, dict) and not isinstance(node.get(part), dict | list):
            node[part] = [] if index + 1 < len(path) and isinstance(path[index + 1], int) else {}
        node = node[part]
    if not isinstance(node, dict):
        return None
    action, key = change
    if action == "drop" and key not in node:
        return None  # nothing to drop here (another kind of check than the schema's branch): no case
    if action == "add":
        node[key] = 1
    else:
        node.pop(key, None)
    return data


def _messages(model: type[BaseModel], data: Any, context: dict[str, Any] | None = None) -> list[str]:
    doc = LoadedDocument(data=data, file="file.yaml")
    try:
        model.model_validate(data, context=context)
    except ValidationError as exc:
        return [f"{d.path}|{d.message}" for d in diagnostics(model, exc, doc)]
    return []


def _read_messages(read: Callable[[LoadedDocument], object], data: Any) -> list[str]:
    """The messages of a file read by the checker's own reader (rulesets and profiles)."""
    try:
        read(LoadedDocument(data=data, file="file.yaml"))
    except InputError as exc:
        return [f"{d.path}|{d.message}" for d in exc.diagnostics]
    return []


def _walk(
    model: type[BaseModel] | Callable[[LoadedDocument], object],
    schema: dict[str, Any],
    base: Any,
    context: dict[str, Any] | None = None,
):
    """Every kind of constraint in ``schema`` broken once per distinct constraint; yields (kind, where,
    messages). ``model`` is a pydantic model, or the reader of a file that has none."""
    done: set[str] = set()
    for node_kind, path, node in _fields(schema):
        for kind, change in _cases(node_kind, node):
            key = f"{kind}:{json.dumps(node, sort_keys=True, default=str)[:2000]}:{change!r}"
            if key in done:
                continue
            data = _edit(base, path, change)
            if data is None:
                continue
            done.add(key)
            if isinstance(model, type) and issubclass(model, BaseModel):
                yield kind, path, _messages(model, data, context)
            else:
                yield kind, path, _read_messages(model, data)


def _read(path: Path) -> Any:
    return parse_yaml(path.read_text(encoding="utf-8"), str(path)).data


def _assert_words(kind: str, path: tuple[Any, ...], messages: list[str]) -> None:
    assert messages, f"{kind} at {dotted(path)}: nothing reported"
    for message in messages:
        for artefact in ARTEFACTS:
            assert artefact not in message, f"{kind} at {dotted(path)}: {artefact!r} in {message!r}"


def test_every_constraint_of_the_declaration_schema_is_worded() -> None:
    schema = _schema("declaration")
    base = _read(SAMPLES / "frontier-systemic-risk.yaml")
    kinds: set[str] = set()
    located = 0
    for kind, path, messages in _walk(Declaration, schema, base, {"as_of": AS_OF}):
        _assert_words(kind, path, messages)
        kinds.add(kind)
        where = dotted(path)
        located += any(m.split("|", 1)[0].startswith(where) for m in messages)
        if kind in ("pattern", "format", "minimum", "exclusiveMinimum", "finite"):
            assert any("such as" in m for m in messages), (kind, path, messages)
        if kind in ("type", "enum", "pattern", "minimum", "exclusiveMinimum", "finite", "format"):
            assert any("expected" in m for m in messages), (kind, path, messages)
    expected = {
        "type", "enum", "pattern", "minItems", "minimum", "exclusiveMinimum", "finite", "format",
        "x-past-date", "additionalProperties", "required", "propertyNames",
    }  # fmt: skip
    assert expected <= kinds, expected - kinds
    assert located > 200


@pytest.mark.parametrize(
    ("name", "model", "base"),
    [
        ("waivers", WaiverFile, ROOT / "tests" / "fixtures" / "report" / "waivers.yaml"),
        ("profiles", read_profiles, ROOT / "rulesets" / "profiles.yaml"),
        ("ruleset", read_ruleset, ROOT / "rulesets" / "copyright" / "2025-07-10.yaml"),
    ],
)
def test_every_constraint_of_the_other_files_is_worded(name: str, model: Any, base: Path) -> None:
    if not base.exists():
        pytest.fail(f"{base} is gone: point this test at another file of that kind")
    count = 0
    for kind, path, messages in _walk(model, _schema(name), _read(base)):
        _assert_words(kind, path, messages)
        count += 1
    assert count > 5


def test_every_pattern_in_the_published_schemas_has_words() -> None:
    found: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                found.add(node["pattern"])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for name in ("declaration", "ruleset", "profiles", "waivers"):
        visit(_schema(name))
    assert found <= set(PATTERNS), sorted(found - set(PATTERNS))


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            ("provider", "country"),
            "United States",
            "provider.country: 'United States' is not a country code; expected a two-letter country code "
            "such as US or DE",
        ),
        (
            ("training_data_summary", "general", "latest_collection"),
            "2025-06",
            "training_data_summary.general.latest_collection: expected a month written MM/YYYY, such as "
            "06/2025; got text '2025-06'",
        ),
        (
            ("model", "modalities", "input"),
            [],
            "model.modalities.input: at least one entry is expected (such as text); the list is empty",
        ),
        (
            ("transparency", "model_documentation", "energy", "training_mwh"),
            "lots",
            "transparency.model_documentation.energy.training_mwh: expected a number or N/A, such as 1500; "
            "got text 'lots'",
        ),
        (
            ("safety_and_security", "risk_register", "risks", 0, "sources", "capabilities"),
            ["cbrn"],
            "(did you mean cbrn_weapons?)",
        ),
        (
            ("model", "placement"),
            "place",
            "expected one of: placed or planned; got text 'place' (did you mean placed?)",
        ),
        (("model", "paramters"), 7, "unknown key 'paramters' in model (did you mean 'parameters'?)"),
        (("provider", "sme"), "yes", "provider.sme: expected true or false; got text 'yes'"),
        (
            ("evidence", 0, "url"),
            "ftp://example.org/x",
            "evidence[0].url: expected a web address starting with http:// or https://, without spaces, such "
            "as https://example.org/model-card; got text 'ftp://example.org/x'",
        ),
        (
            ("model", "placed_on_market"),
            "next year",
            "model.placed_on_market: expected a date written as YYYY-MM-DD, such as 2025-08-02; got text "
            "'next year'",
        ),
    ],
)
def test_real_messages(path: tuple[Any, ...], value: Any, expected: str) -> None:
    data = _edit(_read(SAMPLES / "frontier-systemic-risk.yaml"), path, value)
    messages = [m.split("|", 1)[1] for m in _messages(Declaration, data, {"as_of": AS_OF})]
    assert any(expected in m for m in messages), messages
    _assert_words("real", path, messages)


@pytest.mark.parametrize(
    ("word", "choices", "meant"),
    [
        ("cbrn", ["cbrn_weapons", "offensive_cyber"], "cbrn_weapons"),
        ("Text", ["text", "code"], "text"),
        ("paramters", ["parameters", "active_parameters"], "parameters"),
        ("zzz", ["text", "code"], None),
    ],
)
def test_did_you_mean(word: str, choices: list[str], meant: str | None) -> None:
    assert closest(word, choices) == meant


@pytest.mark.parametrize(("open_source", "systemic_risk"), [(False, False), (False, True), (True, False)])
def test_the_skeleton_s_hints_are_in_the_declaration_s_words(open_source: bool, systemic_risk: bool) -> None:
    from compliance_checker.loading.rulesets import shipped_rulesets
    from compliance_checker.skeleton import ModelKind, render

    rulesets = [item.ruleset for item in shipped_rulesets()]
    text = render(rulesets, ModelKind(open_source=open_source, systemic_risk=systemic_risk))
    comments = [line for line in text.splitlines() if "#" in line]
    assert comments
    for line in comments:
        for artefact in ("NoneType", "__", "Literal[", "typing.", "<class"):
            assert artefact not in line, line


def test_values_are_spelt_as_yaml_spells_them() -> None:
    from compliance_checker.models.words import shown, yaml_type

    assert [shown(v) for v in (True, False, None, float("nan"), float("-inf"), 2.5, "x")] == [
        "true", "false", "null", ".nan", "-.inf", "2.5", "'x'",
    ]  # fmt: skip
    assert shown("a" * 5000).endswith("… (5,000 characters)") and len(shown("a" * 5000)) < 90
    assert [yaml_type(v) for v in ("x", 1, 1.0, True, None, [], {})] == [
        "text", "a whole number", "a number", "true or false", "null", "a list", "a mapping",
    ]  # fmt: skip
