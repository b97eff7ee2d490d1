"""The process pool's own transport (``batch``): results of any size cross intact and in order, workers
never repeat text the parent had not yet written, and a pool needs no ``multiprocessing``."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from compliance_checker import batch
from compliance_checker.batch import INBOX_BYTES, PIPE_BYTES, ordered_map
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the pool needs fork")


def _sized(path: str) -> str:
    """A result whose size depends on the file number: from a few bytes to beyond the reused buffer."""
    number = int(path)
    if number == 3:
        return "x" * (INBOX_BYTES + 12345)  # larger than the parent's reused buffer: its own
    if number % 4 == 1:
        return f"{number}:" + "é" * (PIPE_BYTES + number)  # more than a pipe holds, not ASCII
    return f"{number}:" + "a" * number


def test_results_of_every_size_cross_intact_and_in_order() -> None:
    paths = [str(number) for number in range(40)]
    assert list(ordered_map(_sized, paths, jobs=3)) == [_sized(path) for path in paths]


def test_the_reused_buffer_stays_bounded() -> None:
    pool = batch._Pool(2, None)
    paths = [str(number) for number in range(12)]
    batch._TASK, batch._PATHS = _sized, paths
    try:
        results = list(pool.run(len(paths), 2))
    finally:
        pool.close()
        batch._TASK, batch._PATHS = None, ()
    assert results == [_sized(path) for path in paths]
    assert PIPE_BYTES < len(pool.inbox) <= INBOX_BYTES  # the 8 MiB result did not stay in it
    assert pool.workers == [] and pool.buffered == 0


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONUNBUFFERED", None)  # standard output buffered, as on a pipe by default
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_workers_never_repeat_what_the_parent_had_not_written_yet() -> None:
    # The parent's text is still in its buffer when the workers are forked; a worker that prints
    # flushes its own copy of that buffer at its end unless it was emptied before the fork.
    done = _run(
        """
        from compliance_checker.batch import ordered_map

        def task(path):
            print("w", end="")
            return path

        print("head", end="")
        results = list(ordered_map(task, [str(n) for n in range(10)], jobs=2))
        print("|" + ",".join(results))
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("head") == 1
    assert done.stdout.startswith("head")
    assert done.stdout.endswith("|0,1,2,3,4,5,6,7,8,9\n")
    assert done.stdout.count("w") == 10  # each worker's own output is written when it ends


def test_a_pool_does_not_import_multiprocessing() -> None:
    done = _run(
        """
        import sys
        from compliance_checker.batch import ordered_map

        assert list(ordered_map(str.upper, ["a", "b"] * 10, jobs=2)) == ["A", "B"] * 10
        print(sorted(name for name in sys.modules if name.startswith("multiprocessing")))
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"


def _unpicklable(path: str) -> object:
    return (lambda: path) if path == "5" else path


def test_a_result_that_cannot_be_pickled_is_an_error_that_names_its_file() -> None:
    with pytest.raises(RuntimeError, match=r"while checking 5: .*(pickle|Pickl)"):
        list(ordered_map(_unpicklable, [str(number) for number in range(10)], jobs=2))


def test_files_are_measured_as_they_are_dispatched(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Sparse files: their size counts, not their blocks. The bytes in flight stay within AHEAD_BYTES
    # (beyond one file per worker), and only the files up to a chunk's end are looked at.
    paths = []
    for number in range(10):
        path = tmp_path / f"{number}.yaml"
        with open(path, "wb") as handle:
            handle.truncate(batch.AHEAD_BYTES // 2 + 1)
        paths.append(str(path))
    pool = batch._Pool(2, None)
    batch._PATHS = paths
    try:
        assert pool._affordable(0, 2)  # one file per worker, whatever its size
        assert len(pool.before) == 1  # nothing looked at for that
        assert not pool._affordable(0, 3)  # three halves of AHEAD_BYTES
        assert pool.before == [0, *(n * (batch.AHEAD_BYTES // 2 + 1) for n in (1, 2, 3))]
        assert pool._affordable(2, 4)  # two files, two workers
        assert not pool._affordable(2, 5)
        assert len(pool.before) == 6
    finally:
        batch._PATHS = ()
