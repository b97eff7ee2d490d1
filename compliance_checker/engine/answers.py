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
from collections import Counter, defaultdict
from typing import Any

THIN_SHARE = 0.25  # a quarter, exact in binary: the comparison below is exact (no fractions import)
DUPLICATE_MIN_WORDS = 8

# A whitespace-separated token with a letter or digit, matched whole from its start.
_WORD = re.compile(r"(?<!\S)\S*?[^\W_]\S*")
_NORMAL_WORD = re.compile(r"[^\W_]+")


def word_count(text: str) -> int:
    """The words of a text: whitespace-separated tokens with at least one letter or digit. ASCII text is
    counted as bytes, without making a string per word: each byte that is neither a letter, a digit nor
    whitespace is dropped (a token of only such bytes vanishes) and the rest made ``a`` or a space, so
    that a word is a run of ``a`` that starts the text or follows a space."""
    if text.isascii():
        letters = text.encode("ascii").translate(_WORD_BYTES, _NEITHER)
        return letters.count(b" a") + letters.startswith(b"a")
    return len(_WORD.findall(text))


_NEITHER = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c).isspace()))
_WORD_BYTES = bytes(32 if chr(c).isspace() else 97 for c in range(256))


def is_thin(words: int, recommended: int) -> bool:
    """Fewer than a quarter of the recommended words (strictly)."""
    return words < recommended * THIN_SHARE


# ASCII text is normalised as bytes, about four times faster than the regular expression it equals there:
# every byte that is not a letter or digit becomes a space.
_ASCII_WORDS = bytes(c if chr(c).isalnum() else 32 for c in range(256))


def normalised(text: str) -> str:
    """The text for comparison: case folded, only its letters and digits, single spaces."""
    if text.isascii():
        return b" ".join(text.encode("ascii").lower().translate(_ASCII_WORDS).split()).decode("ascii")
    return " ".join(_NORMAL_WORD.findall(text.casefold()))


def section(field: str) -> str:
    """The top-level section a field belongs to (``transparency``, ``copyright``...)."""
    return field.split(".", 1)[0]


def duplicate_texts(values: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Every long text (at least DUPLICATE_MIN_WORDS whitespace-separated tokens and as many normalised
    words) whose normalised form is written in two or more different fields of the declaration, as
    written, with those fields (dotted paths without list positions, sorted): the same field in two list
    entries is one field. Keyed by the text as written, so that an answer is looked up as it is.

    Most texts are written once: every text is reduced to its letters and digits, lower case
    (``_all_letters``: for ASCII text, one pass over all of them together), and only texts that share
    that reduction with another are normalised and counted (equal normalised forms have equal
    reductions)."""
    # Every text long enough, with its place: field prefix and key (None for a list entry). A field's path
    # is made only for a mapping or a list below it (most values are neither).
    # Values come from the YAML loader: exact types, told apart by ``type`` (an isinstance with a tuple of
    # types costs several times more, and this loop meets every value of the declaration).
    texts: list[tuple[str, str, Any]] = []
    stack: list[tuple[Any, str]] = [(values, "")]
    while stack:
        value, field = stack.pop()
        if type(value) is dict:
            prefix = f"{field}." if field else ""
            for key, item in value.items():
                kind = type(item)
                if kind is str:
                    if len(item) >= _SHORTEST:
                        texts.append((item, prefix, key))
                elif kind is dict or kind is list or kind is tuple:
                    stack.append((item, prefix + key))
        else:  # a list or tuple: its entries are the same field
            for item in value:
                kind = type(item)
                if kind is str:
                    if len(item) >= _SHORTEST:
                        texts.append((item, field, None))
                elif kind is dict or kind is list or kind is tuple:
                    stack.append((item, field))
    reductions = _all_letters([text for text, _, _ in texts])
    counts = Counter(reductions)
    if len(counts) == len(reductions):  # every reduction written once: no duplicate
        return {}
    repeated = {letters for letters, count in counts.items() if count > 1}
    # normalised text -> the texts written with it -> their fields
    fields: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for (text, prefix, key), letters in zip(texts, reductions, strict=True):
        if letters in repeated:
            found = _long_text(text)
            if found:
                fields[found][text].add(prefix if key is None else prefix + key)
    duplicates: dict[str, tuple[str, ...]] = {}
    for same in fields.values():
        where = set().union(*same.values())
        if len(where) > 1:
            ordered = tuple(sorted(where))
            duplicates.update(dict.fromkeys(same, ordered))
    return duplicates


# Fewer characters than this cannot hold DUPLICATE_MIN_WORDS words (each a character, a space between).
_SHORTEST = 2 * DUPLICATE_MIN_WORDS - 1

# ASCII letters and digits kept (upper case made lower), every other byte dropped.
_LOWER = bytes(range(256)).lower()
_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())


# The same, keeping NUL: it separates the texts reduced together.
_NOT_ALNUM_BUT_NUL = _NOT_ALNUM.replace(b"\0", b"")


def _all_letters(texts: list[str]) -> list[bytes]:
    """``[_letters(text) for text in texts]``; for ASCII texts without NUL in one pass over them all,
    joined by NUL (which no text then holds, and which the reduction keeps)."""
    joined = "\0".join(texts)
    if joined.isascii() and joined.count("\0") == len(texts) - 1:
        return joined.encode("ascii").translate(_LOWER, _NOT_ALNUM_BUT_NUL).split(b"\0")
    return [_letters(text) for text in texts]


def _letters(text: str) -> bytes:
    """The letters and digits of a text, case folded, nothing between them: its normalised form without
    the spaces (UTF-8), made in one pass for ASCII text."""
    if text.isascii():
        return text.encode("ascii").translate(_LOWER, _NOT_ALNUM)
    return "".join(_NORMAL_WORD.findall(text.casefold())).encode("utf-8")


def _long_text(text: str) -> str | None:
    """The normalised text when it has at least DUPLICATE_MIN_WORDS words, else None. Fewer
    whitespace-separated tokens cannot make enough words, so most short texts cost one split."""
    if len(text) < _SHORTEST or len(text.split(None, DUPLICATE_MIN_WORDS - 1)) < DUPLICATE_MIN_WORDS:
        return None
    key = normalised(text)
    return key if key.count(" ") + 1 >= DUPLICATE_MIN_WORDS else None


def pasted_from(text: str, field: str, duplicates: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The other fields of the same section that hold the same long text as ``field``: answers to other
    questions of the same document. Across sections the same text may be a legitimate restatement (the
    public training-content summary may repeat the Form), so it is not counted."""
    where = duplicates.get(text, ())
    if not where:  # most answers: not a text written twice
        return ()
    own = section(field)
    return tuple(f for f in where if f != field and section(f) == own)
