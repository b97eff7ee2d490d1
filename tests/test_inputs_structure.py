"""The top level must be one mapping: a list, a scalar, null or several documents are refused."""

from __future__ import annotations

import pytest

from tests.refusal import INPUTS, assert_refused

CASES = [
    ("root-list.yaml", 1, 1, "the top level must be a mapping of keys to values, got a list"),
    ("root-scalar.yaml", 1, 1, "the top level must be a mapping of keys to values, got text"),
    ("root-null.yaml", 1, 1, "the top level must be a mapping of keys to values, got null"),
    ("two-documents.yaml", 14, 1, "the file holds more than one YAML document; expected exactly one"),
]


@pytest.mark.parametrize(("name", "line", "column", "fragment"), CASES)
def test_refused(run_cli, name: str, line: int, column: int, fragment: str) -> None:
    path = INPUTS / "structure" / name
    assert_refused(run_cli("check", str(path)), path, fragment, line=line, column=column)
