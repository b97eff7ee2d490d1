"""YAML syntax errors: one located line with what was expected."""

from __future__ import annotations

import pytest

from tests.refusal import INPUTS, assert_refused

CASES = [
    ("unterminated-quote.yaml", 3, 9, "unterminated quoted string; expected a closing quote"),
    ("tab-indentation.yaml", 3, 1, "a tab character cannot be used for indentation; indent with spaces"),
    ("bad-indentation.yaml", 4, 11, "check this line's indentation against the lines above"),
    ("unclosed-flow.yaml", 5, 11, "did not find expected ',' or ']'"),
]


@pytest.mark.parametrize(("name", "line", "column", "fragment"), CASES)
def test_refused(run_cli, name: str, line: int, column: int, fragment: str) -> None:
    path = INPUTS / "syntax" / name
    message = assert_refused(run_cli("check", str(path)), path, fragment, line=line, column=column)
    assert "invalid YAML: " in message
