"""What never counts as an answer: empty values and placeholders such as TODO, TBD, x or lorem ipsum.

A placeholder is text that stands in for an answer not written yet. The list below is the vocabulary
such stand-ins use in practice: the to-do markers of editors and issue trackers (TODO, FIXME, TBD, TBA,
TBC, WIP), "to be ..." phrases, filler (lorem ipsum, asdf, foo, test, dummy text), pointers that are
not an answer by themselves ("see above", "same as above", "ditto"), angle-bracket slots
(``<describe here>``), a single character or one character repeated (``x``, ``xxx``, ``-``, ``...``,
``???``), and text with no letter or digit at all. Digits are not placeholders: ``1`` is a version.
"N/A", "none" and "not applicable" are placeholders too, unless a check accepts them as the legal form's
way of saying that nothing applies (``accept_none``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_TO_BE = (
    r"to\s+be\s+(?:added|announced|completed|confirmed|decided|defined|determined|done|filled(?:\s+in)?"
    r"|provided|specified|updated|written)"
)
_PATTERN = (
    r"^\s*(?:"
    r"|todo|tbd|tba|tbc|tbu|wip|fixme|xxx+|placeholder|n/?a|n\.a\.?|not\s+applicable|none|null|nil"
    r"|unknown|" + _TO_BE + r"|coming\s+soon|later|pending|see\s+above|see\s+below|as\s+above"
    r"|same\s+as\s+(?:above|before|below)|ditto|idem|etc\.?|test(?:ing)?|asdf\w*|qwerty|foo|foobar"
    r"|dummy(?:\s+text)?|sample\s+text|some\s+text|text\s+here|insert\s+\w+(?:\s+\w+)?\s+here"
    r"|lorem\s+ipsum.*|blah(?:[\s,]+blah)*\.?|<[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}"
    r"|(?:todo|tbd|fixme|xxx)\b.*"
    # one character, alone or repeated ("x", "xx", "-", "...", "?"), except a digit: "1" can be an answer
    r"|([^\d\s])\1*"
    # no letter or digit at all (in any script)
    r"|[\W_]*"
    r")\s*$"
)
# ASCII text is matched lower-cased, without IGNORECASE: the expression then skips an alternative on its
# first letter instead of entering each (on the frontier sample's texts, 40% fewer instructions); other
# text as the case-insensitive expression reads it (where a letter such as the Kelvin sign matches ``k``).
_PLACEHOLDER = re.compile(_PATTERN, re.DOTALL)
_PLACEHOLDER_ANY_CASE = re.compile(_PATTERN, re.IGNORECASE | re.DOTALL)

# Type tuples for isinstance, made once: ``list | dict`` in a call makes a new union object every time.
_CONTAINERS = (list, tuple, dict)
_SEQUENCES = (list, tuple)


def is_placeholder(value: Any) -> bool:
    """True for values that say nothing: None, empty or placeholder text, empty lists and mappings, and
    lists of placeholders."""
    if value is None:
        return True
    if isinstance(value, str):
        return placeholder_text(value)
    if isinstance(value, _CONTAINERS):
        return len(value) == 0 or (isinstance(value, _SEQUENCES) and all(is_placeholder(v) for v in value))
    return False


@lru_cache(maxsize=4096)
def placeholder_text(text: str) -> bool:
    """True for text that stands in for an answer: blank, a placeholder word or phrase, one character
    repeated, or no letter or digit at all. Cached: the same answer is read by several rules, and a match
    costs a few thousand instructions even when it fails at once."""
    if text.isascii():
        return _PLACEHOLDER.match(text.lower()) is not None
    return _PLACEHOLDER_ANY_CASE.match(text) is not None
