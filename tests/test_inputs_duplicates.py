"""Duplicate keys at any depth: the key is named with both lines."""

from __future__ import annotations

import pytest

from tests.refusal import INPUTS, assert_refused

CASES = [
    ("top-level.yaml", "format_version", 1, 5, 1),
    ("nested.yaml", "flop", 12, 14, 5),
    ("in-a-list-item.yaml", "url", 15, 16, 5),
]


@pytest.mark.parametrize(("name", "key", "first", "again", "column"), CASES)
def test_refused(run_cli, name: str, key: str, first: int, again: int, column: int) -> None:
    path = INPUTS / "duplicates" / name
    assert_refused(
        run_cli("check", str(path)),
        path,
        f"duplicate key {key!r} (first defined at line {first}, again at line {again})",
        line=again,
        column=column,
    )
