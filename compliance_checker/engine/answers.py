"""How much a free-text answer says: its words, and whether the same text was pasted into another field.

Pure functions over the validated declaration; the evaluation computes the duplicates once per
declaration and keeps them in the context.

- A word is a whitespace-separated token with at least one letter or digit ("GPU-hours" is one word,
  "-" is none).
- An answer is thin when it has fewer than a quarter of the words the form recommends for it
  (``THIN_SHARE``): the Form's recommendations are "about N words", so a quarter is far below what was
  asked for, yet leaves room for a terse answer that says what is needed.
- Two texts are the same when their normalised forms are equal: case folded, punctuation dropped,
  whitespace collapsed. Only texts of at least ``DUPLICATE_MIN_WORDS`` words count: shorter phrases
  (a name, "Not applicable to this model.") recur naturally; an identical passage of eight or more words
  in answers to two different questions is pasted, and answers neither.
"""

from __future__ import annotations

import re
from collections import defaultdict
from fractions import Fraction
from typing import Any

THIN_SHARE = Fraction(1, 4)
DUPLICATE_MIN_WORDS = 8

_TOKEN = re.compile(r"\S+")
_WORD_CHAR = re.compile(r"[^\W_]")
_NORMAL_WORD = re.compile(r"[^\W_]+")


def word_count(text: str) -> int:
    """The words of a text: whitespace-separated tokens with at least one letter or digit."""
    return sum(1 for token in _TOKEN.findall(text) if _WORD_CHAR.search(token))


def is_thin(words: int, recommended: int) -> bool:
    """Fewer than a quarter of the recommended words (strictly)."""
    return words < recommended * THIN_SHARE


def normalised(text: str) -> str:
    """The text for comparison: case folded, only its letters and digits, single spaces."""
    return " ".join(_NORMAL_WORD.findall(text.casefold()))


def section(field: str) -> str:
    """The top-level section a field belongs to (``transparency``, ``copyright``...)."""
    return field.split(".", 1)[0]


def duplicate_texts(values: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Every long text (at least DUPLICATE_MIN_WORDS words) written in two or more different fields of
    the declaration, normalised, with those fields (dotted paths without list positions, sorted): the
    same field in two list entries is one field."""
    fields: dict[str, set[str]] = defaultdict(set)
    for field, text in _texts(values, ()):
        if word_count(text) >= DUPLICATE_MIN_WORDS:
            fields[normalised(text)].add(field)
    return {text: tuple(sorted(where)) for text, where in fields.items() if len(where) > 1}


def _texts(value: Any, path: tuple[str, ...]) -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(".".join(path), value)]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _texts(item, (*path, str(key)))]
    if isinstance(value, list | tuple):
        return [found for item in value for found in _texts(item, path)]
    return []


def pasted_from(text: str, field: str, duplicates: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The other fields of the same section that hold the same long text as ``field``: answers to other
    questions of the same document. Across sections the same text may be a legitimate restatement (the
    public training-content summary may repeat the Form), so it is not counted."""
    if word_count(text) < DUPLICATE_MIN_WORDS:
        return ()
    where = duplicates.get(normalised(text), ())
    return tuple(f for f in where if f != field and section(f) == section(field))
