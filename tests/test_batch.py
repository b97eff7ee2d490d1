"""Batch mode: files, directories and globs; a process pool with a deterministic order; progress."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import shutil
import sys
from pathlib import Path

import pytest

from compliance_checker.batch import CHUNK_MAX, POOL_THRESHOLD, chunk_size, ordered_map
from compliance_checker.checking import check_file
from compliance_checker.quickargs import PROGRESS_MIN_FILES, _Progress
from tests.conftest import AS_OF, SAMPLES

VALID = sorted(p for p in SAMPLES.glob("*.yaml"))


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """Copies of every valid sample (with their evidence) in nested folders, plus one broken file."""
    folder = tmp_path / "batch"
    for round_ in range(3):
        sub = folder / f"team-{round_}" / "declarations"
        sub.mkdir(parents=True)
        for sample in VALID:
            shutil.copy(sample, sub / sample.name)
        shutil.copytree(SAMPLES / "evidence", sub / "evidence")
    (folder / "team-0" / "declarations" / "broken.yml").write_text("model: [\n", encoding="utf-8")
    (folder / "team-0" / "notes.txt").write_text("not a declaration", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "config.yaml").write_text("ignored: true\n", encoding="utf-8")
    return folder


def _check(run_cli, *args: str) -> tuple[int, dict]:
    result = run_cli("check", "--format", "json", "--as-of", AS_OF, *args)
    return result.exit_code, json.loads(result.stdout)


def test_a_directory_is_searched_recursively_in_sorted_order(run_cli, batch: Path) -> None:
    code, report = _check(run_cli, "--jobs", "1", str(batch))
    paths = [d["path"] for d in report["declarations"]]
    assert len(paths) == 3 * len(VALID) + 1
    assert paths == sorted(paths)
    assert not any("/.git/" in p or p.endswith(".txt") for p in paths)
    assert code == 2  # the broken file: one error row, the rest evaluated
    invalid = [d for d in report["declarations"] if d["status"] == "invalid"]
    assert [d["path"] for d in invalid] == [str(batch / "team-0" / "declarations" / "broken.yml")]
    assert all(d["results"] for d in report["declarations"] if d["status"] == "evaluated")


def test_the_pool_gives_the_same_report_as_one_process(run_cli, batch: Path) -> None:
    assert 3 * len(VALID) + 1 > POOL_THRESHOLD  # so that --jobs 2 really uses the pool
    _, one = _check(run_cli, "--jobs", "1", str(batch))
    _, two = _check(run_cli, "--jobs", "2", str(batch))
    assert one == two


def test_globs_and_repeated_files(run_cli, batch: Path) -> None:
    pattern = str(batch / "**" / "frontier-*.yaml")
    first = batch / "team-0" / "declarations" / "frontier-systemic-risk.yaml"
    _, report = _check(run_cli, pattern, str(first))
    paths = [d["path"] for d in report["declarations"]]
    assert len(paths) == 3 and paths[0] == str(first)  # the explicit repeat is checked once


def test_a_glob_that_matches_nothing_is_a_warning(run_cli, tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path / "*.yaml"))
    assert result.exit_code == 2
    assert "no *.yaml or *.yml file matches this pattern" in result.stderr


def test_no_progress_bar_on_a_pipe(run_cli, batch: Path) -> None:
    result = run_cli("check", "--format", "json", "--as-of", AS_OF, str(batch))
    assert "checking [" not in result.stderr


def test_progress_bar_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    total = PROGRESS_MIN_FILES + 4
    progress = _Progress()
    for done in range(1, total + 1):
        progress(done, total)
    err = capsys.readouterr().err
    assert "\rchecking [" in err and f"] {total}/{total} files" in err
    assert err.endswith("\r")  # the line is cleared at the end
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    small = _Progress()
    small(1, PROGRESS_MIN_FILES - 1)
    assert capsys.readouterr().err == ""


def test_tasks_shrink_as_a_batch_ends() -> None:
    """Workers finish together: full chunks while many files remain, single files at the end (a worker
    given a whole chunk last would keep the others waiting)."""
    sizes, remaining = [], 300
    while remaining:
        sizes.append(chunk_size(remaining, 2))
        remaining -= sizes[-1]
    assert sizes[0] == CHUNK_MAX
    assert sizes[-8:] == [1] * 8
    assert sizes == sorted(sizes, reverse=True)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the pool needs fork")
def test_the_pool_yields_every_result_in_input_order() -> None:
    paths = [f"file{number:03d}" for number in range(301)]
    assert list(ordered_map(str.upper, paths, jobs=2)) == [path.upper() for path in paths]


def test_a_report_crosses_the_process_boundary_unchanged() -> None:
    # Workers pickle each declaration's report for the parent; the report classes pickle by value.
    for sample in ("frontier-systemic-risk.yaml", "third-country-gaps.yaml", "legacy-model.yaml"):
        report = check_file(SAMPLES / sample, as_of=dt.date(2026, 12, 4))
        copy = pickle.loads(pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL))
        assert copy == report
        assert [type(item) for result in copy.results for item in result.evidence] == [
            type(item) for result in report.results for item in result.evidence
        ]
