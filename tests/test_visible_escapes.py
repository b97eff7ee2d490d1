"""``errors.visible`` escapes exactly the characters it always did, now with one compiled pattern (the one
that keeps tabs and newlines) plus two replacements: every character of the ranges at stake, alone and
between others, gives the escape that one character class over all of them gives."""

from __future__ import annotations

import re

import pytest

from compliance_checker.errors import _escape, visible

_RANGES = "\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_REFERENCE = {
    False: re.compile(f"[{_RANGES}]"),
    True: re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"),
}
_CHARACTERS = [
    chr(code)
    for code in (*range(0x00, 0x250), *range(0x2020, 0x2070), *range(0xD7F0, 0xE010), 0xFEFF, 0x1F600)
]


@pytest.mark.parametrize("lines", [False, True])
def test_each_character_is_escaped_as_before(lines: bool) -> None:
    for char in _CHARACTERS:
        text = f"a{char}b\t{char}\n"
        assert visible(text, lines=lines) == _REFERENCE[lines].sub(_escape, text), repr(char)


def test_tabs_and_newlines_stay_only_with_lines() -> None:
    assert visible("a\tb\nc\r\x1b") == "a\\tb\\nc\\r\\x1b"
    assert visible("a\tb\nc\r\x1b", lines=True) == "a\tb\nc\\r\\x1b"
    assert visible("\udcff\u202e") == "\\xff\\u202e"
