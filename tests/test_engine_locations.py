"""The evaluation's fast paths agree with the plain definitions they stand for: positions as (line, column)
pairs, item-relative paths in messages, the duplicate-text walk, evidence references."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance_checker.engine.answers import _all_letters, _letters, duplicate_texts
from compliance_checker.engine.operators.common import ITEM_PATH
from compliance_checker.loading.declaration import load_declaration
from compliance_checker.models.document import LoadedDocument, Position, PositionIndex

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_declarations" / "frontier-systemic-risk.yaml"


@pytest.fixture(scope="module")
def frontier() -> LoadedDocument:
    return load_declaration(SAMPLE, as_of=dt.date(2026, 12, 1)).document


class _Mark:
    def __init__(self, line: int, column: int) -> None:
        self.line, self.column = line, column


def test_line_column_is_the_position_of_every_written_path(frontier: LoadedDocument) -> None:
    paths = [*frontier.key_positions, *frontier.value_positions]
    assert len(paths) > 1000
    for path in paths:
        line, column = frontier.line_column(path)
        assert Position(line, column) == frontier.position(path)


def test_line_column_of_an_absent_path_is_its_nearest_written_ancestor() -> None:
    doc = LoadedDocument(
        {"a": {"b": 1}},
        "f.yaml",
        key_positions=PositionIndex({("a",): _Mark(0, 0), ("a", "b"): _Mark(1, 2)}),
        value_positions=PositionIndex({("a", "b"): _Mark(1, 5)}),
    )
    assert doc.line_column(("a", "b")) == (2, 3)  # the key, not the value
    assert doc.line_column(("a", "b", "c", 4)) == (2, 3)
    assert doc.line_column(("a", "x")) == (1, 1)
    assert doc.line_column(("z",)) == (1, 1)  # nothing written: the document's start
    assert doc.line_column(["a", "b"]) == (2, 3)  # any sequence of parts
    assert doc.position(("a", "b", "c")) == Position(2, 3)


# The item-path pattern as first written: the look-behind first.
_ITEM_PATH_PLAIN = re.compile(r"(?<![\w.])item\.(?=[a-z_])")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="item.Ia_x1 -'\"é", max_size=40))
def test_item_paths_are_found_as_the_plain_pattern_finds_them(text: str) -> None:
    assert ITEM_PATH.sub("<>", text) == _ITEM_PATH_PLAIN.sub("<>", text)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("item.initial_report is not given", "initial_report is not given"),
        ("x.item.a and 'item.' and item.b", "x.item.a and 'item.' and b"),
        ("problem.item.x, myitem.y, item._z, item.Q", "problem.item.x, myitem.y, _z, item.Q"),
    ],
)
def test_item_paths_are_removed_where_they_start_a_path(message: str, expected: str) -> None:
    assert ITEM_PATH.sub("", message) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aZ9 .-_\0\té", max_size=12), max_size=6))
def test_texts_are_reduced_together_as_each_alone(texts: list[str]) -> None:
    assert _all_letters(texts) == [_letters(text) for text in texts]


def test_a_text_written_in_two_fields_is_a_duplicate_of_both() -> None:
    long = "The same eight words or more, written in two places."
    values = {
        "a": {"b": long, "c": ["short", long.upper().replace(",", " ;")]},
        "d": "Another answer of at least eight words, written only once.",
        "e": "x\0y " * 5,
    }
    found = duplicate_texts(values)
    assert found == dict.fromkeys([long, long.upper().replace(",", " ;")], ("a.b", "a.c"))
