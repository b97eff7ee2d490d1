"""Duplicate keys are looked for in the mapping being built: only a repeat within one mapping counts."""

from __future__ import annotations

import pytest

from compliance_checker.errors import InputError
from compliance_checker.loading.yaml_strict import parse_yaml


def test_same_key_in_different_mappings_is_not_a_duplicate() -> None:
    text = "a:\n  a: 1\n  b:\n    a: 2\nc:\n  - a: 3\n    b: 4\n  - a: 5\n    b: 6\nb: 7\n"
    doc = parse_yaml(text, "f.yaml")
    assert doc.data == {"a": {"a": 1, "b": {"a": 2}}, "c": [{"a": 3, "b": 4}, {"a": 5, "b": 6}], "b": 7}
    assert (doc.key_positions[("c", 1, "b")].line, doc.key_positions[("a", "b", "a")].line) == (9, 4)


@pytest.mark.parametrize(
    ("text", "key", "first", "again"),
    [
        ("a: 1\nb:\n  c: 2\na: 3\n", "a", 1, 4),  # after a nested mapping closed
        ("x:\n  - k: 1\n    j:\n      m: 1\n    k: 2\n", "k", 2, 5),  # in a list entry, after a nested value
        ("a: {b: 1, b: 2}\n", "b", 1, 1),  # flow style
    ],
)
def test_repeat_within_one_mapping_is_refused(text: str, key: str, first: int, again: int) -> None:
    with pytest.raises(InputError) as raised:
        parse_yaml(text, "f.yaml")
    message = raised.value.diagnostics[0].message
    assert message.startswith(f"duplicate key {key!r} (first defined at line {first}, again at line {again})")
