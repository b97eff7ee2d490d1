"""Unknown keys get a "did you mean" suggestion; missing required sections are named."""

from __future__ import annotations

import pytest

from tests.refusal import INPUTS, assert_refused

CASES = [
    (
        "unknown-top-level.yaml",
        13,
        1,
        "unknown key 'transparancy' in the top level (did you mean 'transparency'?)",
    ),
    ("unknown-nested.yaml", 13, 5, "unknown key 'metod' in model.training_compute (did you mean 'method'?)"),
    ("misspelt-required.yaml", 2, 1, "unknown key 'provder' in the top level (did you mean 'provider'?)"),
    ("missing-provider.yaml", 1, 1, "missing required key 'provider' in the top level"),
    ("missing-nested.yaml", 5, 1, "missing required key 'modalities' in model"),
]


@pytest.mark.parametrize(("name", "line", "column", "fragment"), CASES)
def test_refused(run_cli, name: str, line: int, column: int, fragment: str) -> None:
    path = INPUTS / "keys" / name
    assert_refused(run_cli("check", str(path)), path, fragment, line=line, column=column)
