"""The text judgements' quick roads (engine/answers.py) end where their definitions do: word counts made
on bytes, and duplicates found by grouping texts on their letters before normalising any."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from compliance_checker.engine import placeholders
from compliance_checker.engine.answers import (
    _WORD,
    DUPLICATE_MIN_WORDS,
    duplicate_texts,
    normalised,
    pasted_from,
    section,
    word_count,
)

# Texts close to one another: few words, some case and punctuation variants, and whitespace of all kinds.
_WORDS = ["risk", "Risk", "RISK", "data-set", "data set", "a", "1", "-", "—", "x_y", "Straße", "strasse", "é"]
_GAPS = [" ", "  ", "\t", "\n", "\x1f", "\u00a0", ", ", ". ", "-", ""]
texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=14).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)


@settings(max_examples=400)
@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text() | texts)
def test_word_count_as_bytes_equals_the_regular_expression(text: str) -> None:
    assert word_count(text) == len(_WORD.findall(text))


_PLACEHOLDERS = [
    "TODO",
    "tbd",
    "N/A",
    "n.a.",
    "To  be\tDetermined",
    "Lorem ipsum dolor",
    "<Describe>",
    "XxX",
    "...",
]


@settings(max_examples=400)
@given(st.sampled_from(_PLACEHOLDERS) | st.text(alphabet=st.characters(max_codepoint=127)) | texts)
def test_placeholders_in_lower_case_are_the_case_insensitive_expression(text: str) -> None:
    expected = placeholders._PLACEHOLDER_ANY_CASE.match(text) is not None
    assert placeholders.placeholder_text.__wrapped__(text) is expected


def _reference(values: Any) -> dict[tuple[str, str], tuple[str, ...]]:
    """docs/evidence.md's definition, written plainly: every text of at least 8 whitespace-separated tokens
    and 8 normalised words, grouped by its normalised form with the fields holding it; for each text and
    field, the other fields of its section in its group when the group has two or more fields."""
    fields: dict[str, set[str]] = defaultdict(set)
    found: list[tuple[str, str]] = []

    def walk(value: Any, field: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{field}.{key}" if field else key)
        elif isinstance(value, list):
            for item in value:
                walk(item, field)
        elif isinstance(value, str):
            found.append((value, field))
            words = normalised(value)
            if len(value.split()) >= DUPLICATE_MIN_WORDS and len(words.split()) >= DUPLICATE_MIN_WORDS:
                fields[words].add(field)

    walk(values, "")
    pasted = {}
    for text, field in found:
        where = fields.get(normalised(text), set()) if len(text.split()) >= DUPLICATE_MIN_WORDS else set()
        others = [f for f in where if f != field and section(f) == section(field)] if len(where) > 1 else []
        pasted[(text, field)] = tuple(sorted(others))
    return pasted


def _variants(text: str) -> list[str]:
    return [text, text.upper(), text.replace(" ", "  ,"), text.replace("-", " "), text.replace(" ", "-")]


@st.composite
def declarations(draw: st.DrawFn) -> dict[str, Any]:
    """Two sections of nested mappings and lists whose texts come from a pool of a few texts and their
    variants, so that the same text, or a variant, is often written in several fields."""
    pool = draw(st.lists(texts, min_size=1, max_size=3))
    leaves = st.sampled_from([variant for text in pool for variant in _variants(text)]) | st.just(1)
    tree = st.recursive(
        leaves,
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), inner, max_size=4)
        ),
        max_leaves=12,
    )
    return {"one": draw(tree), "two": {"x": draw(tree), "y": draw(tree)}}


@settings(max_examples=300)
@given(declarations())
def test_pasted_answers_are_what_the_definition_says(data: dict[str, Any]) -> None:
    duplicates = duplicate_texts(data)
    for (text, field), expected in _reference(data).items():
        assert pasted_from(text, field, duplicates) == expected, (text, field)


def test_one_text_in_two_fields_of_a_section_and_a_variant_in_a_third() -> None:
    text = "One long answer, written once and pasted into a second field."
    data = {"s": {"a": text, "b": text, "c": text.upper().replace(",", " ;")}, "t": {"d": text}}
    assert pasted_from(text, "s.a", duplicate_texts(data)) == ("s.b", "s.c")
    assert pasted_from(text.upper().replace(",", " ;"), "s.c", duplicate_texts(data)) == ("s.a", "s.b")
    assert pasted_from(text, "t.d", duplicate_texts(data)) == ()
