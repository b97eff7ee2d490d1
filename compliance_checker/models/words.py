"""Values as the declaration spells them, for every message that quotes one (validation errors, rule
results): YAML's words for kinds of value and YAML's spelling of scalars, never Python's; the forms the
schemas' patterns ask for, in words; the allowed word a misspelt one probably meant; and the one wording
of a value a schema refuses. Shared by the declaration's validation messages (loading/validation.py) and
the ruleset and profiles files' (loading/records.py)."""

from __future__ import annotations

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
    import difflib  # only to suggest a name: not imported by a check (issue 16, start-up)

    near = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return near[0] if near else None


# --- the one wording of a value that a schema refuses: declarations (loading/validation.py, from pydantic's
# errors) and ruleset and profiles files (loading/records.py, from jsonschema's) ----------------------------


# What each JSON type is, in the words of a message's "expected ...".
KINDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of keys to values",
    "null": "null",
}


def one_of(choices: Iterable[Any], lead: str = "one of:") -> str:
    """``a``, or ``one of: a, b or c`` (text as written, other values as YAML spells them)."""
    words = [c if isinstance(c, str) else shown(c) for c in choices]
    return words[0] if len(words) == 1 else f"{lead} " + ", ".join(words[:-1]) + " or " + words[-1]


def number(bound: Any) -> str:
    """A bound as a message writes it: ``10,000``, ``0.5``."""
    if isinstance(bound, float) and bound.is_integer() and abs(bound) < 1e15:
        bound = int(bound)
    return f"{bound:,}" if isinstance(bound, int) else shown(bound)


def at_least(count: int, one: str, many: str) -> str:
    """``at least one entry``, ``at least 3 entries``."""
    return f"at least one {one}" if count == 1 else f"at least {count} {many}"


def characters(least: int) -> str:
    return "some text" if least == 1 else f"at least {least} characters"


def got(value: Any) -> str:
    """What was found instead: ``got text 'x'``; a mapping or a list by its kind only."""
    scalar = not isinstance(value, dict | list) and value is not None
    return f"got {yaml_type(value)}" + (f" {shown(value)}" if scalar else "")


def missing_key(key: Any, parent: str) -> str:
    return f"missing required key {key!r} in {parent or 'the top level'}"


def unknown_key(key: Any, parent: str, allowed: list[str]) -> str:
    """An unknown key, with the allowed one it probably misspells and the allowed ones."""
    near = closest(str(key), allowed)
    hint = f" (did you mean {near!r}?)" if near else ""
    listing = f"; allowed keys: {', '.join(allowed)}" if allowed else ""
    return f"unknown key {key!r} in {parent or 'the top level'}{hint}{listing}"


def empty_list(expected: str, such: str = "") -> str:
    return f"{expected} is expected{such}; the list is empty"


def refused(expected: str, value: Any, *, example: Any = None, hint: str = "") -> str:
    """``expected X, such as EXAMPLE; got Y`` and a hint."""
    such = "" if example is None else f", such as {example if isinstance(example, str) else shown(example)}"
    return f"expected {expected}{such}; {got(value)}{hint}"


def choice_hint(value: Any, choices: Iterable[Any]) -> str:
    """`` (did you mean X?)`` for text close to one of the allowed values."""
    near = closest(value, [c for c in choices if isinstance(c, str)]) if isinstance(value, str) else None
    return f" (did you mean {near}?)" if near else ""


def text_hint(value: Any) -> str:
    """For a number where text is expected: how to write it as text."""
    return (
        " (quote it to write it as text)"
        if isinstance(value, int | float) and not isinstance(value, bool)
        else ""
    )
