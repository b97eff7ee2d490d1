"""The evaluation's fast paths agree with the plain definitions they stand for: positions as (line, column)
pairs, item-relative paths in messages, the duplicate-text walk, evidence references."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

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
