"""Values as the declaration spells them, for every message that quotes one (validation errors, rule
results): YAML's words for kinds of value and YAML's spelling of scalars, never Python's."""

from __future__ import annotations

import math
from typing import Any

from compliance_checker.errors import excerpt

_TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    type(None): "null",
    list: "a list",
    dict: "a mapping",
}


def yaml_type(value: Any) -> str:
    """What a value is, in YAML's words."""
    return _TYPE_NAMES.get(type(value), "a value of another kind")


def shown(value: Any) -> str:
    """A scalar as YAML spells it (true, null, .inf), cut short when long."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else ".inf" if value > 0 else "-.inf"
    if isinstance(value, str) and len(value) > 60:
        return f"{value[:57]!r}… ({len(value):,} characters)"
    return excerpt(repr(value), 80)
