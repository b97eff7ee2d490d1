"""Checking many declarations: in this process for a few files, in a pool of processes for many.

``ordered_map`` runs a function over the input files and yields its results in input order whatever the
scheduling. Workers are forked after the rulesets are loaded, so each starts with them parsed and
validated; only file names go to the workers, in chunks, and the pool never runs more than a few chunks
ahead of the consumer, so a batch of any size holds a bounded number of results at a time.

The command line drives it through ``compliance_checker.pipeline``, whose workers also render each
declaration, so that the parent process only writes text.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from compliance_checker import api
from compliance_checker.api import Override
from compliance_checker.loading import rulesets as ruleset_store
from compliance_checker.models.report import DeclarationReport

if TYPE_CHECKING:
    from concurrent.futures import Future

    from compliance_checker.models.profile import Profile

# Below this many files a pool costs more than it saves.
POOL_THRESHOLD = 8
CHUNK_MAX = 32  # files per task sent to a worker
AHEAD = 3  # tasks in flight per worker: enough to keep it busy, few enough to bound memory
Progress = Callable[[int, int], None]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Settings:
    as_of: dt.date
    overrides: tuple[Override, ...]
    max_bytes: int
    evidence_root: str | None = None
    profile: Profile | None = None  # --profile

    def check(self, path: str) -> DeclarationReport:
        return api.check_file(
            path,
            as_of=self.as_of,
            overrides=self.overrides,
            max_bytes=self.max_bytes,
            evidence_root=self.evidence_root,
            profile=self.profile,
        )


_TASK: Callable[[str], Any] | None = None  # the function of the current ordered_map, inherited by forks


def _run_chunk(paths: list[str]) -> list[Any]:
    assert _TASK is not None
    return [_TASK(path) for path in paths]


def _can_fork() -> bool:
    return hasattr(os, "fork")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def ordered_map(
    task: Callable[[str], T], paths: Sequence[str], *, jobs: int, progress: Progress | None = None
) -> Iterator[T]:
    """``task(path)`` for every path, in input order; in a pool of ``jobs`` forked processes when the
    batch is large enough to gain from it. ``task`` is inherited by the workers, never pickled."""
    global _TASK
    total = len(paths)
    done = 0
    if jobs <= 1 or total < POOL_THRESHOLD or not _can_fork():
        for path in paths:
            result = task(path)
            done += 1
            if progress:
                progress(done, total)
            yield result
        return
    import multiprocessing  # only for a pool: a one-file check does not pay for these imports
    from concurrent.futures import ProcessPoolExecutor

    ruleset_store.shipped_rulesets()  # parse once here; forked workers inherit the cache
    _TASK = task
    workers = min(jobs, total)
    size = max(1, min(CHUNK_MAX, total // (workers * 4)))
    chunks = [list(paths[i : i + size]) for i in range(0, total, size)]
    window = workers * AHEAD
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    pending: deque[Future[list[Any]]] = deque()
    finished = False
    try:
        next_chunk = 0
        while next_chunk < len(chunks) or pending:
            while next_chunk < len(chunks) and len(pending) < window:
                pending.append(pool.submit(_run_chunk, chunks[next_chunk]))
                next_chunk += 1
            for result in pending.popleft().result():
                done += 1
                if progress:
                    progress(done, total)
                yield result
        finished = True
    finally:
        # Interrupted (Ctrl-C, an error, the consumer stopped): drop the queued work and do not wait.
        pool.shutdown(wait=finished, cancel_futures=not finished)
