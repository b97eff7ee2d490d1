"""What never counts as evidence: empty values and placeholders such as TODO or TBD."""

from __future__ import annotations

import re
from typing import Any

_PLACEHOLDER = re.compile(
    r"^\s*(?:|todo|tbd|tba|tbc|n/?a|not applicable|none|null|unknown|fixme|xxx+|\?+|-+|\.\.\.|…|placeholder"
    r"|lorem ipsum.*|<[^>]*>|(?:todo|tbd|fixme)\b.*)\s*$",
    re.IGNORECASE | re.DOTALL,
)


def is_placeholder(value: Any) -> bool:
    """True for values that say nothing: None, empty or placeholder text, empty lists and mappings."""
    if value is None:
        return True
    if isinstance(value, str):
        return bool(_PLACEHOLDER.match(value))
    if isinstance(value, list | tuple | dict):
        return len(value) == 0 or (isinstance(value, list | tuple) and all(is_placeholder(v) for v in value))
    return False
