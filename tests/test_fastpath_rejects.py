"""The generated validator (``loading/_declaration_schema.py`` and the module of its ``safety_and_security``
section, imported only for a declaration that has that section) against fastjsonschema's own code for the
same schema: the generator rewrites that code (``tools/fastpath.py``: raises without messages, functions
without name prefixes, enums of strings as set lookups, an object's keys tested once, a type tested
once), and these tests show that the rewrite accepts exactly what fastjsonschema's code accepts, on every
single change of every valid sample (each value replaced by a value of another type, by a string that
no enum, pattern or format allows, by a negative number, or by null; each key removed; an unknown key
added to each object; an item of another type appended to each list), and that those changes reach a
``raise`` of every kind, in both modules. ``tests/test_fastpath.py`` holds the rest: the generated
validator is current, and the fast path vouches only for what pydantic accepts.
"""

from __future__ import annotations

import collections
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from compliance_checker.loading import _declaration_schema as generated
from compliance_checker.loading import _declaration_schema_safety as generated_section
from compliance_checker.loading.files import read_text
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.declaration import Declaration
from compliance_checker.tools.fastpath import SECTION, SECTION_MODULE, fastjsonschema_code
from tests.conftest import SAMPLES

VALID_SAMPLES = sorted(SAMPLES.glob("*.yaml"))
NOT_ALLOWED = "~ not a value of any enum, pattern or format ~"
UNKNOWN_KEY = "not_a_field_of_any_model"
_MISSING = object()


def _fastjsonschema() -> Callable[[Any], Any]:
    namespace: dict[str, Any] = {}
    exec(
        fastjsonschema_code(Declaration.model_json_schema()), namespace
    )  # the generator's code, as it compiles it
    validate: Callable[[Any], Any] = namespace["validate"]
    return validate


REFERENCE = _fastjsonschema()


def _accepts(validate: Callable[[Any], Any], data: Any) -> bool:
    try:
        validate(data)
    except ValueError:  # both exception classes are ValueErrors
        return False
    return True


def _read(path: Path) -> Any:
    text, _ = read_text(path)
    return parse_yaml(text, str(path)).data


def _containers(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, (dict, list)):
        yield path, value
        for key, sub in value.items() if isinstance(value, dict) else enumerate(value):
            yield from _containers(sub, f"{path}/{key}")


def _changes(data: Any) -> Iterator[str]:
    """Every single change of ``data``, made in place: each is undone when the next one is asked for.
    Yields what was changed."""
    for where, node in list(_containers(data)):
        keys = list(node) if isinstance(node, dict) else range(len(node))
        for key in keys:
            value = node[key]
            others: list[Any] = [1.5, None, NOT_ALLOWED] if isinstance(value, str) else ["text", None]
            if isinstance(value, (int, float)):
                others.append(1 if isinstance(value, bool) else -1)
            for other in others:
                node[key] = other
                yield f"{where}/{key} = {other!r}"
            node[key] = value
            if isinstance(node, dict):
                del node[key]
                yield f"{where}/{key} removed"
                node[key] = value  # at the end: the order of keys does not matter to a schema
        if isinstance(node, dict):
            node[UNKNOWN_KEY] = "text"
            yield f"{where} + {UNKNOWN_KEY}"
            del node[UNKNOWN_KEY]
        else:
            node.append(1.5)
            yield f"{where} + [1.5]"
            node.pop()


@pytest.mark.parametrize("path", VALID_SAMPLES, ids=lambda p: p.name)
def test_every_single_change_of_a_sample_is_judged_as_fastjsonschema_judges_it(path: Path) -> None:
    data = _read(path)
    assert _accepts(generated.validate, data) and _accepts(REFERENCE, data)
    for what in _changes(data):
        expected = _accepts(REFERENCE, data)
        assert _accepts(generated.validate, data) == expected, (
            f"{path.name}: {what}: fastjsonschema says {expected}"
        )
    assert data == _read(path)  # every change was undone


def _raise_kinds() -> dict[tuple[str, int], str]:
    """(file, line) of each ``raise`` of the generated code -> the kind of test that raises it."""
    kinds = {
        " in {": "enum",
        ".keys() - {": "unknown keys",
        "_missing_keys": "required keys",
        "REGEX_PATTERNS": "pattern or format",
        "_any_of_count": "any of",
        "_property_names": "property names",
        "isinstance(": "type",
        " < ": "bound",
        " <= ": "bound",
    }
    found = {}
    for module in (generated, generated_section):
        path = Path(module.__file__ or "")
        source = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(source, 1):
            if line.strip() == "raise JsonSchemaValueException":
                test = source[number - 2]
                found[(str(path), number)] = next(
                    (kind for text, kind in kinds.items() if text in test), test
                )
    return found


def _raised_at(data: Any) -> tuple[str, int] | None:
    """The file and line of the generated code whose ``raise`` rejected ``data``; None when accepted."""
    try:
        generated.validate(data)
    except generated.JsonSchemaValueException as exc:
        traceback = exc.__traceback__
        while traceback is not None and traceback.tb_next is not None:
            traceback = traceback.tb_next
        assert traceback is not None
        return traceback.tb_frame.f_code.co_filename, traceback.tb_lineno
    return None


def test_the_changes_reach_a_raise_of_every_kind() -> None:
    """Of the two samples with the most fields."""
    raises = _raise_kinds()
    assert set(raises.values()) >= {"enum", "unknown keys", "required keys", "type", "bound", "any of"}
    reached: set[tuple[str, int] | None] = set()
    for path in (SAMPLES / "frontier-systemic-risk.yaml", SAMPLES / "systemic-risk-late-reports.yaml"):
        data = _read(path)
        reached.update(_raised_at(data) for _ in _changes(data))
    by_kind = collections.Counter(kind for place, kind in raises.items() if place in reached)
    assert set(by_kind) == set(raises.values()), f"kinds reached: {by_kind}"
    assert {place[0] for place in raises} == {place[0] for place in reached if place}  # both modules


SECTION_PROBE = """
import sys
from compliance_checker.loading._declaration_schema import matches_schema
from compliance_checker.loading.files import read_text
from compliance_checker.loading.yaml_strict import parse_yaml
text, _ = read_text(sys.argv[1])
matches_schema(parse_yaml(text, sys.argv[1]).data)
print("compliance_checker.loading.{module}" in sys.modules)
"""


@pytest.mark.parametrize(
    ("sample", "imported"), [("open-source-exempt.yaml", "False"), ("frontier-systemic-risk.yaml", "True")]
)
def test_the_section_s_validation_is_imported_where_a_declaration_has_the_section(
    sample: str, imported: str
) -> None:
    assert SECTION not in _read(SAMPLES / "open-source-exempt.yaml")
    code = SECTION_PROBE.format(module=SECTION_MODULE)
    done = subprocess.run(
        [sys.executable, "-c", code, str(SAMPLES / sample)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == imported, done.stderr
