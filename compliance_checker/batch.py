"""Checking many declarations: in this process for a few files, in a pool of processes for many.

Results come back in the order of the input files whatever the scheduling. Workers are forked after the
rulesets are loaded, so each worker starts with them parsed and validated; work is sent in chunks, and
only file names go to the workers.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from compliance_checker import api
from compliance_checker.api import Override
from compliance_checker.loading import rulesets as ruleset_store
from compliance_checker.models.report import DeclarationReport

# Below this many files a pool costs more than it saves.
POOL_THRESHOLD = 8
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Settings:
    as_of: dt.date
    overrides: tuple[Override, ...]
    max_bytes: int
    evidence_root: str | None = None


_SETTINGS: Settings | None = None  # inherited by forked workers


def _check_one(path: str) -> DeclarationReport:
    assert _SETTINGS is not None
    return api.check_file(
        path,
        as_of=_SETTINGS.as_of,
        overrides=_SETTINGS.overrides,
        max_bytes=_SETTINGS.max_bytes,
        evidence_root=_SETTINGS.evidence_root,
    )


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def check_many(
    paths: Sequence[str], settings: Settings, *, jobs: int, progress: Progress | None = None
) -> list[DeclarationReport]:
    global _SETTINGS
    _SETTINGS = settings
    total = len(paths)
    results: list[DeclarationReport] = []
    if jobs <= 1 or total < POOL_THRESHOLD or "fork" not in multiprocessing.get_all_start_methods():
        for path in paths:
            results.append(_check_one(path))
            if progress:
                progress(len(results), total)
        return results
    ruleset_store.shipped_rulesets()  # parse once here; forked workers inherit the cache
    workers = min(jobs, total)
    chunk = max(1, min(64, total // (workers * 4)))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            for report in pool.map(_check_one, paths, chunksize=chunk):
                results.append(report)
                if progress:
                    progress(len(results), total)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return results
