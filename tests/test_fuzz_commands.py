"""Property tests: every command that reads a declaration (check in every format and width, render,
deadlines, compare, classify, rules diff --declaration), given an odd declaration that the schema
accepts, exits 0, 1 or 2 with something to read, never 3, never a traceback, and writes whole outputs
or none.

The declarations are the shipped samples mutated by ``tests/odd_declarations.py``. Deterministic
(``derandomize=True``, no example database) and few examples, so the module adds a few seconds to the
suite; ``python -m tests.fuzz_search`` runs the same properties over thousands of random examples.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.odd_declarations import (
    AS_OF_DATES,
    Odd,
    Outcome,
    Workspace,
    check_plan,
    classify_plan,
    compare_plan,
    deadlines_plan,
    is_valid,
    odd_declarations,
    render_plan,
    rules_diff_plan,
    samples,
    starting_points,
    write_waivers,
)

FEW = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("odd")
    write_waivers(folder)
    yield Workspace.create(folder)


def _fine(outcome: Outcome) -> None:
    assert outcome.problem is None, f"compliance-checker {' '.join(outcome.args)}: {outcome.problem}"


@pytest.mark.parametrize("as_of", sorted(set(AS_OF_DATES)))
def test_every_starting_point_is_valid(as_of: str) -> None:
    day = dt.date.fromisoformat(as_of)
    assert len(starting_points()) == 3 * len(samples())
    assert all(is_valid(data, day) for data in starting_points().values())
    assert not is_valid({"format_version": "1.0"}, day)


@FEW
@given(odd_declarations(), st.data())
def test_check_in_every_format(workspace: Workspace, odd: Odd, data: st.DataObject) -> None:
    path = workspace.write("declaration.yaml", odd.data)
    _fine(check_plan(data.draw, workspace.folder, path, odd))


@FEW
@given(odd_declarations(), st.data())
def test_render_every_document(workspace: Workspace, odd: Odd, data: st.DataObject) -> None:
    path = workspace.write("declaration.yaml", odd.data)
    _fine(render_plan(data.draw, workspace.folder, path, odd))


@FEW
@given(odd_declarations(), st.data())
def test_deadlines_in_every_format(workspace: Workspace, odd: Odd, data: st.DataObject) -> None:
    path = workspace.write("declaration.yaml", odd.data)
    _fine(deadlines_plan(data.draw, workspace.folder, path, odd))


@FEW
@given(odd_declarations(), st.data())
def test_compare_with_the_sample(workspace: Workspace, odd: Odd, data: st.DataObject) -> None:
    path = workspace.write("declaration.yaml", odd.data)
    _fine(compare_plan(data.draw, workspace.folder, path, odd))


@FEW
@given(odd_declarations(), st.data())
def test_classify(workspace: Workspace, odd: Odd, data: st.DataObject) -> None:
    path = workspace.write("declaration.yaml", odd.data)
    _fine(classify_plan(data.draw, workspace.folder, path, odd))


@FEW
@given(odd_declarations(), st.data())
def test_rules_diff_with_a_declaration(workspace: Workspace, odd: Odd, data: st.DataObject) -> None:
    path = workspace.write("declaration.yaml", odd.data)
    _fine(rules_diff_plan(data.draw, workspace.folder, path, odd))
