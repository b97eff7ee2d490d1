"""Property-based tests: whatever the text or the shape of the mapping, the loader either returns a
document or raises InputError, and the CLI exits 0, 1 or 2 with something to read, never 3 and never a
traceback.

Deterministic (``derandomize=True``, no example database) so that CI runs the same examples every time;
the example counts keep the module to a few seconds.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
import typing
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from compliance_checker.cli import run
from compliance_checker.errors import InputError
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.declaration import Declaration
from tests.conftest import AS_OF

FUZZ = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# --- YAML-ish text ------------------------------------------------------------------------------------

TOKENS = [
    "format_version: ",
    '"1.0"',
    "provider:",
    "model:",
    "evidence:",
    "\n",
    "\n  ",
    "\n    ",
    "\t",
    "- ",
    ": ",
    ":",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "&b ",
    "*b",
    "!!python/object/apply:os.system ",
    "!!str ",
    "!tag ",
    "<<: ",
    "---\n",
    "...\n",
    "'",
    '"',
    "#",
    "|\n",
    ">-\n",
    "? ",
    "%YAML 1.2\n",
    "2025-02-30",
    "1e25",
    ".nan",
    "-.inf",
    "0x1F",
    "NO",
    "~",
    "null",
    "\ufeff",
    "\x85",
    "\u2028",
]

yaml_ish = st.one_of(
    st.lists(st.sampled_from(TOKENS) | st.text(max_size=4), max_size=40).map("".join),
    st.text(max_size=200),
    st.text(st.characters(codec="utf-8", exclude_categories=()), max_size=50),
)


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(list(args))
    return code, out.getvalue(), err.getvalue()


def assert_handled(code: int, stdout: str, stderr: str) -> None:
    assert code in (0, 1, 2), stderr
    assert "Traceback" not in stdout + stderr
    if code == 2:
        assert ": error: " in stderr, stderr
    else:
        assert stdout.strip(), "a report was expected"


@FUZZ
@given(yaml_ish | st.text(st.characters(), max_size=30))  # lone surrogates too, for the Python API
def test_loader_returns_a_document_or_an_input_error(text: str) -> None:
    try:
        doc = parse_yaml(text, "fuzz.yaml")
    except InputError as exc:
        assert exc.diagnostics
        for diag in exc.diagnostics:
            assert "\n" not in diag.render()
    else:
        assert doc.file == "fuzz.yaml"


@FUZZ
@given(yaml_ish)
def test_cli_on_yaml_ish_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "declaration.yaml"
        path.write_text(text, encoding="utf-8")
        assert_handled(*cli("check", "--as-of", AS_OF, str(path)))


# --- declaration-shaped mappings ----------------------------------------------------------------------


def _field_names(model: type[BaseModel], seen: set[str]) -> None:
    for name, field in model.model_fields.items():
        seen.add(name)
        stack: list[Any] = [field.annotation]
        while stack:
            annotation = stack.pop()
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                if annotation.__name__ not in seen:
                    seen.add(annotation.__name__)
                    _field_names(annotation, seen)
            else:
                stack.extend(typing.get_args(annotation))


def field_names() -> list[str]:
    seen: set[str] = set()
    _field_names(Declaration, seen)
    return sorted(name for name in seen if name[0].islower())


KEYS = st.sampled_from([*field_names(), "unknown_key", "evidance", ""])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["1.0", "DE", "US", "text", "TODO", "2025-08-02", "2025-02-30", "2999-01-01", "../x"]),
    st.text(max_size=20),
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=25,
)

BASE: dict[str, Any] = {
    "format_version": "1.0",
    "provider": {"name": "Acme AI GmbH", "country": "DE"},
    "model": {
        "name": "acme-lm",
        "version": "1.0",
        "placed_on_market": "2025-09-01",
        "modalities": {"input": ["text"], "output": ["text"]},
        "training_compute": {"flop": 3.8e25},
    },
    "evidence": [{"id": "doc", "path": "doc.md"}],
}


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, (*prefix, index)))
    return found


@st.composite
def declarations(draw: st.DrawFn) -> Any:
    """The base declaration with a few parts replaced, deleted or added; or a random mapping."""
    if draw(st.booleans()):
        return draw(st.dictionaries(KEYS, VALUES, max_size=8))
    data: Any = yaml.safe_load(yaml.safe_dump(BASE))  # a deep copy
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(VALUES)
        elif action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent[path[-1]], dict):
            parent[path[-1]][draw(KEYS)] = draw(VALUES)
    return data


@FUZZ
@given(declarations())
def test_cli_on_declaration_shaped_mappings(data: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "declaration.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        (Path(folder) / "doc.md").write_text("evidence\n", encoding="utf-8")
        assert_handled(*cli("check", "--as-of", AS_OF, str(path)))
        assert_handled(*cli("check", "--format", "json", "--as-of", AS_OF, str(path)))
