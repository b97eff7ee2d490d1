"""Values as the declaration spells them, for every message that quotes one (validation errors, rule
results): YAML's words for kinds of value and YAML's spelling of scalars, never Python's; the forms the
schemas' patterns ask for, in words; and the allowed word a misspelt one probably meant. Shared by the
declaration's validation messages (loading/validation.py) and the ruleset and profiles files'
(loading/records.py)."""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable
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


# What a string with each pattern of the published schemas is, in words, with an example for fields whose
# model gives none. A test fails when a schema uses a pattern that is not here.
PATTERNS: dict[str, tuple[str, str]] = {
    r"^https?://\S+$": (
        "a web address starting with http:// or https://, without spaces",
        "https://example.org/model-card",
    ),
    r"^[0-9a-f]{64}$": (
        "a SHA-256 digest: 64 hexadecimal digits in lower case, as sha256sum prints it",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ),
    r"^[A-Za-z0-9][A-Za-z0-9._-]*$": (
        "an id of letters, digits, '.', '_' and '-' that starts with a letter or digit",
        "model-card-v2",
    ),
    r"^(0[1-9]|1[0-2])/\d{4}$": ("a month written MM/YYYY", "06/2025"),
    r"^\d{4}-\d{2}-\d{2}$": ("a date written YYYY-MM-DD", "2025-08-02"),
    r"^[a-z][a-z0-9-]*(@[^@\s]+)?$": (
        "a profile name, optionally with @VERSION",
        "code-of-practice@2025-07-10",
    ),
    r"^[a-z][a-z0-9-]*@[^@\s]+$": ("a profile written NAME@VERSION", "code-of-practice@2025-07-10"),
    r"^[a-z][a-z0-9-]*$": (
        "a name of lower-case letters, digits and '-' that starts with a letter",
        "code-of-practice",
    ),
    r"^[a-z][a-z0-9_]*$": (
        "a name of lower-case letters, digits and '_' that starts with a letter",
        "cbrn_misuse",
    ),
    r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$": (
        "a rule id: capital letters and digits in parts joined by '-'",
        "TR-FORM-42",
    ),
    r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$": (
        "a declaration path: lower-case names joined by '.'",
        "model.training_compute.flop",
    ),
    r"^[a-z][a-z0-9-]*/[a-z_][a-z0-9_]*$": ("a ruleset's list written RULESET/NAME", "ai-act/member_states"),
}


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The allowed value or key the user probably meant: the same but for case, the one that starts with
    or contains it, or the nearest spelling."""
    options = sorted(set(choices))
    lower = word.lower()
    for test in (
        lambda c: c.lower() == lower,
        lambda c: c.lower().startswith(lower),
        lambda c: lower in c.lower(),
    ):
        found = [c for c in options if test(c)]
        if len(found) == 1 and len(word) >= 2:
            return found[0]
    near = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return near[0] if near else None
