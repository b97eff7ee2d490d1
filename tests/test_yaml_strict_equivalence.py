"""The fast strict loader against the event builder it replaced (a frozen copy: tests/legacy_yaml_strict.py).

For every input both must agree exactly: the same data (types, values and key order), the same key and
value positions, the same numbers as written, or the same located error. The inputs are every YAML
file in the repository (samples, rulesets, rule cases, tests/inputs), the hostile files of
test_inputs_bombs, and a few hundred generated documents: YAML-ish text, data dumped in every style
PyYAML writes (with anchors and aliases where values are shared), and samples with one line broken.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance_checker.errors import InputError
from compliance_checker.loading import yaml_strict
from compliance_checker.loading.files import read_text
from compliance_checker.loading.yaml_strict import parse_yaml
from tests import legacy_yaml_strict as legacy
from tests.conftest import ROOT, SAMPLES
from tests.test_fuzz import yaml_ish
from tests.test_inputs_bombs import BOMBS

GENERATED = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def canonical(value: Any) -> Any:
    """A form that == compares strictly: types kept (1, 1.0 and True differ), key order kept, NaN equal."""
    if isinstance(value, dict):
        return ("map", [(key, canonical(item)) for key, item in value.items()])
    if isinstance(value, list):
        return ("seq", [canonical(item) for item in value])
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    return (type(value).__name__, value)


def outcome(parse: Any, text: str) -> Any:
    try:
        doc = parse(text, "decl.yaml")
    except InputError as error:
        return ("error", [(d.file, d.message, d.line, d.column, d.path) for d in error.diagnostics])
    return (
        "document",
        doc.file,
        canonical(doc.data),
        list(doc.key_positions.items()),
        list(doc.value_positions.items()),
        list(doc.number_texts.items()),
    )


def assert_same(text: str) -> Any:
    expected = outcome(legacy.parse_yaml, text)
    assert outcome(parse_yaml, text) == expected
    return expected


def _text_of(path: Path) -> str:
    try:
        return read_text(path, max_bytes=10_000_000)[0]
    except InputError:  # refused before parsing (encoding, NUL bytes): parse what is there anyway
        return path.read_bytes().decode("utf-8", "replace")


REPOSITORY_YAML = sorted(
    path.relative_to(ROOT)
    for folder in ("sample_declarations", "rulesets", "tests/inputs", "tests/rule_cases")
    for path in (ROOT / folder).rglob("*.y*ml")
)


def test_the_repository_has_yaml_to_compare() -> None:
    assert len(REPOSITORY_YAML) > 250
    assert Path("sample_declarations/frontier-systemic-risk.yaml") in REPOSITORY_YAML


@pytest.mark.parametrize("relative", REPOSITORY_YAML, ids=str)
def test_repository_yaml(relative: Path) -> None:
    assert_same(_text_of(ROOT / relative))


def test_samples_are_documents_with_positions() -> None:
    """The comparison above is not vacuous: the samples load, with thousands of positions."""
    kinds = [assert_same(path.read_text(encoding="utf-8")) for path in sorted(SAMPLES.glob("*.yaml"))]
    assert all(kind[0] == "document" for kind in kinds)
    assert sum(len(kind[3]) + len(kind[4]) for kind in kinds) > 3_000


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_hostile_files(name: str) -> None:
    kind = assert_same(BOMBS[name][0]())
    assert kind[0] == "error"


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1, 2]\nb: *x\nc: &x {d: 3}\ne: *x\n",  # an anchor defined again: the latest counts
        "a: &x [1, *x]\n",  # an alias inside its own anchor
        "a: &s 1.50\nb: *s\nc: [*s, *s]\n",
        "? !!str 1\n: ! 2\n!!int 3: !!float 4\n",
        "!!map {a: !!seq [1, 2]}\n",
        "a: !!bool yes\nb: !!null x\nc: !!int 0x1_F\nd: !!float .5_0\n",
        "[a, b, {c: d}]\n",
        "--- 7\n...\n",
        "a: 1\n---\nb: [\n",
        "a: 1\na: [\n",  # the duplicate comes first, then the syntax error
        "- &a x\n- *a\n- [*a, {k: *a}]\n",
        "a:\n  b:\n    - c: 1\n      d: [1, 2.0, -.inf, 0o7]\n    - e\n",
        "x: |\n  one\n  two\ny: >-\n  three\n  four\n",
        "'<<': 1\n\"<<\": 2\n",
    ],
)
def test_edge_cases(text: str) -> None:
    assert_same(text)


def _at_the_budget(extra: int, tail: str) -> str:
    """MAX_NODES nodes plus ``extra``, most of them from aliases to an anchored mapping of lists, then
    ``tail``."""
    # a: its key, then the mapping and 9 x (key + list + 110 items): 1,009 nodes, which an alias counts.
    anchored = "a: &a {" + ", ".join(f"k{i}: [" + ", ".join(["0"] * 110) + "]" for i in range(9)) + "}\n"
    uses = 197  # b: its key, its list and 197 aliases
    filler = yaml_strict.MAX_NODES - 1 - 1_010 - 2 - 1_009 * uses - 2 + extra  # the root; c: key, list
    return anchored + "b: [" + ", ".join(["*a"] * uses) + "]\nc: [" + ", ".join(["1"] * filler) + "]\n" + tail


@pytest.mark.parametrize(
    ("extra", "tail", "kind"),
    [(0, "", "document"), (1, "", "error"), (0, "d: x\n", "error"), (-1, "d: [x]\n", "error")],
    ids=["at", "one-over-on-a-value", "one-over-on-a-key", "one-over-on-a-list"],
)
def test_node_budget_boundary(extra: int, tail: str, kind: str) -> None:
    """Exactly MAX_NODES nodes load; one more is refused, located where it was counted."""
    assert assert_same(_at_the_budget(extra, tail))[0] == kind


@GENERATED
@given(yaml_ish)
def test_yaml_ish_text(text: str) -> None:
    assert_same(text)


KEYS = st.text(min_size=0, max_size=8) | st.sampled_from(["NO", "yes", "1", "1e3", "<<", "~", "null", "a b"])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        ["NO", "yes", "on", "3.8e25", "2025-02-30", "0x1F", "0o17", "012", ".5", "1_000", "-.inf"]
    ),
    st.text(max_size=30),
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(KEYS, children, max_size=5),
    max_leaves=40,
)
DUMP_STYLES = st.fixed_dictionaries(
    {
        "default_flow_style": st.sampled_from([None, True, False]),
        "width": st.sampled_from([20, 80, 1000]),
        "indent": st.sampled_from([2, 4]),
        "allow_unicode": st.booleans(),
        "explicit_start": st.booleans(),
        "sort_keys": st.booleans(),
    }
)


@st.composite
def documents(draw: st.DrawFn) -> str:
    """Data dumped by PyYAML; some values are shared, which PyYAML writes as anchors and aliases."""
    data = draw(st.dictionaries(KEYS, VALUES, min_size=1, max_size=6))
    shared = draw(st.lists(VALUES, max_size=3))
    for value in shared:
        for key in draw(st.lists(KEYS, max_size=3)):
            data[key] = value
    return yaml.safe_dump(data, **draw(DUMP_STYLES))


@GENERATED
@given(documents())
def test_dumped_documents(text: str) -> None:
    assert_same(text)


SAMPLE_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.yaml"))]
BREAKS = ["  ", "- ", ": ", "&a ", "*a", "!!str ", "!x ", "<<: *a\n", "[", "{", "'", "\t", "---\n", "? "]


@st.composite
def broken_samples(draw: st.DrawFn) -> str:
    """A sample with one of its lines repeated, deleted or given a fragment of YAML syntax."""
    lines = draw(st.sampled_from(SAMPLE_TEXTS)).splitlines(keepends=True)
    index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
    action = draw(st.sampled_from(["repeat", "delete", "insert"]))
    if action == "repeat":
        lines.insert(index, lines[index])
    elif action == "delete":
        del lines[index]
    else:
        line = lines[index]
        column = draw(st.integers(min_value=0, max_value=len(line)))
        lines[index] = line[:column] + draw(st.sampled_from(BREAKS)) + line[column:]
    return "".join(lines)


@GENERATED
@given(broken_samples())
def test_broken_samples(text: str) -> None:
    assert_same(text)


def test_pure_python_parser_gives_the_same_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without libyaml the same code runs on PyYAML's own parser: the same data and positions."""
    with_libyaml = [outcome(parse_yaml, text) for text in SAMPLE_TEXTS]
    monkeypatch.setattr(yaml_strict, "_Parser", yaml_strict.PurePythonParser)
    assert [outcome(parse_yaml, text) for text in SAMPLE_TEXTS] == with_libyaml


def test_position_lookups_match_the_old_index() -> None:
    """``LoadedDocument.position`` (a key's position first, else its value's, else the nearest written
    ancestor's) gives what the old eager index gave, for every written path and for absent ones."""
    from compliance_checker.models.document import Position

    def old_position(doc: legacy.LegacyDocument, path: tuple[str | int, ...]) -> Position:
        while True:
            found = doc.key_positions.get(path) or doc.value_positions.get(path)
            if found is not None:
                return found
            if not path:
                return Position(1, 1)
            path = path[:-1]

    for text in [*SAMPLE_TEXTS, "- a\n- {b: 1}\n", "x: &a [1, {y: 2}]\nz: *a\n"]:
        new, old = parse_yaml(text, "f.yaml"), legacy.parse_yaml(text, "f.yaml")
        paths = {*old.key_positions, *old.value_positions}
        probes = [*paths, *((*path, "absent", 0) for path in paths), ("absent",), ("z", 1, "y")]
        assert len(probes) > 3
        for path in probes:
            assert new.position(path) == old_position(old, path), path
