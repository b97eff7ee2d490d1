"""Empty files, binary files and files not in UTF-8 are refused with a located line; a BOM is fine."""

from __future__ import annotations

import pytest

from tests.conftest import AS_OF
from tests.refusal import INPUTS, assert_refused

CASES = [
    ("empty.yaml", 1, 1, "the file is empty; expected a YAML mapping"),
    ("comments-only.yaml", 1, 1, "the file is empty; expected a YAML mapping"),
    ("nul-bytes.yaml", 3, 1, "the file contains NUL bytes: it is binary, not YAML text"),
    (
        "control-character.yaml",
        3,
        14,
        "the character U+001B is not allowed in YAML (control characters are not allowed); remove it",
    ),
    ("latin-1.yaml", 3, 13, "the file is not valid UTF-8 (byte 0xe9); save it as UTF-8"),
    (
        "utf-16.yaml",
        1,
        1,
        "the file is encoded as UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8",
    ),
]


@pytest.mark.parametrize(("name", "line", "column", "fragment"), CASES)
def test_refused(run_cli, name: str, line: int, column: int, fragment: str) -> None:
    path = INPUTS / "encoding" / name
    assert_refused(run_cli("check", str(path)), path, fragment, line=line, column=column)


def test_a_utf8_byte_order_mark_is_accepted(run_cli) -> None:
    path = INPUTS / "encoding" / "bom.yaml"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = run_cli("check", "--as-of", AS_OF, str(path))
    assert result.exit_code in (0, 1), result.stderr
    assert result.stderr == ""
