"""How much a free-text answer says: its words, and whether the same text was pasted into another field.

Pure functions over the validated declaration; the evaluation computes the duplicates once per
declaration and keeps them in the context.

- A word is a whitespace-separated token with at least one letter or digit ("GPU-hours" is one word,
  "-" is none).
- An answer is thin when it has fewer than a quarter of the words the form recommends for it
  (``THIN_SHARE``): the Form's recommendations are "about N words", so a quarter is far below what was
  asked for, yet leaves room for a terse answer that says what is needed.
- Two texts are the same when their normalised forms are equal: case folded, only letters and digits
  kept, runs of anything else made one space ("term-frequencies" and "term frequencies" are the same).
  Only texts whose normalised form has at least ``DUPLICATE_MIN_WORDS`` words count: shorter phrases
  (a name, "Not applicable to this model.") recur naturally; an identical passage of eight or more words
  in answers to two different questions is pasted, and answers neither.
"""

from __future__ import annotations

import re
from collections import defaultdict
from fractions import Fraction
from functools import lru_cache
from typing import Any

# Type tuples for isinstance, made once: ``list | dict`` in a call makes a new union object every time.
_CONTAINERS = (dict, list, tuple)

THIN_SHARE = Fraction(1, 4)
DUPLICATE_MIN_WORDS = 8

# A whitespace-separated token with a letter or digit, matched whole from its start.
_WORD = re.compile(r"(?<!\S)\S*?[^\W_]\S*")
_NORMAL_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """The words of a text: whitespace-separated tokens with at least one letter or digit. Cached: the
    same answer is read by several rules."""
    return len(_WORD.findall(text))


def is_thin(words: int, recommended: int) -> bool:
    """Fewer than a quarter of the recommended words (strictly)."""
    return words < recommended * THIN_SHARE


# ASCII text is normalised as bytes, about four times faster than the regular expression it equals there:
# every byte that is not a letter or digit becomes a space.
_ASCII_WORDS = bytes(c if chr(c).isalnum() else 32 for c in range(256))


@lru_cache(maxsize=4096)
def normalised(text: str) -> str:
    """The text for comparison: case folded, only its letters and digits, single spaces."""
    if text.isascii():
        return b" ".join(text.encode("ascii").lower().translate(_ASCII_WORDS).split()).decode("ascii")
    return " ".join(_NORMAL_WORD.findall(text.casefold()))


def section(field: str) -> str:
    """The top-level section a field belongs to (``transparency``, ``copyright``...)."""
    return field.split(".", 1)[0]


def duplicate_texts(values: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Every long text (at least DUPLICATE_MIN_WORDS normalised words) written in two or more different
    fields of the declaration, normalised, with those fields (dotted paths without list positions,
    sorted): the same field in two list entries is one field."""
    fields: dict[str, set[str]] = defaultdict(set)
    # Mappings and lists still to walk, with their field; a field's path is made only for a mapping or a
    # list below it, or for a text long enough to count (most values are neither).
    stack: list[tuple[Any, str]] = [(values, "")]
    while stack:
        value, field = stack.pop()
        if isinstance(value, dict):
            prefix = f"{field}." if field else ""
            for key, item in value.items():
                if isinstance(item, str):
                    if len(item) >= _SHORTEST:
                        found = _long_text(item)
                        if found:
                            fields[found].add(prefix + key)
                elif isinstance(item, _CONTAINERS):
                    stack.append((item, prefix + key))
        else:  # a list or tuple: its entries are the same field
            for item in value:
                if isinstance(item, str):
                    if len(item) >= _SHORTEST:
                        found = _long_text(item)
                        if found:
                            fields[found].add(field)
                elif isinstance(item, _CONTAINERS):
                    stack.append((item, field))
    return {text: tuple(sorted(where)) for text, where in fields.items() if len(where) > 1}


# Fewer characters than this cannot hold DUPLICATE_MIN_WORDS words (each a character, a space between).
_SHORTEST = 2 * DUPLICATE_MIN_WORDS - 1


@lru_cache(maxsize=4096)
def _long_text(text: str) -> str | None:
    """The normalised text when it has at least DUPLICATE_MIN_WORDS words, else None. Fewer
    whitespace-separated tokens cannot make enough words, so most short texts cost one split. Cached:
    every text an answer is checked for was met when the declaration's duplicates were found."""
    if len(text) < _SHORTEST or len(text.split(None, DUPLICATE_MIN_WORDS - 1)) < DUPLICATE_MIN_WORDS:
        return None
    key = normalised(text)
    return key if key.count(" ") + 1 >= DUPLICATE_MIN_WORDS else None


def pasted_from(text: str, field: str, duplicates: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The other fields of the same section that hold the same long text as ``field``: answers to other
    questions of the same document. Across sections the same text may be a legitimate restatement (the
    public training-content summary may repeat the Form), so it is not counted."""
    key = _long_text(text) if duplicates else None
    where = duplicates.get(key, ()) if key is not None else ()
    if not where:  # most answers: not a text written twice
        return ()
    own = section(field)
    return tuple(f for f in where if f != field and section(f) == own)
