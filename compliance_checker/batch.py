"""Checking many declarations: in this process for a few files, in a pool of processes for many.

``ordered_map`` runs a function over the input files and yields its results in input order whatever the
scheduling. Workers are forked after the rulesets are loaded, so each starts with them parsed and
validated; only file names go to the workers, in chunks, and the pool never runs more than a few chunks
ahead of the consumer, so a batch of any size holds a bounded number of results at a time.

``iter_checks`` / ``check_many`` give whole ``DeclarationReport``s (the Python API); the command line uses
``compliance_checker.pipeline``, whose workers also render each declaration so that the parent process
only writes text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from compliance_checker import api
from compliance_checker.api import Override
from compliance_checker.engine.evaluate import rule_result
from compliance_checker.loading import rulesets as ruleset_store
from compliance_checker.loading.rulesets import LoadedRuleset
from compliance_checker.models.report import DeclarationReport, EvidenceItem
from compliance_checker.models.ruleset import Rule

if TYPE_CHECKING:
    from concurrent.futures import Future

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

    def check(self, path: str) -> DeclarationReport:
        return api.check_file(
            path,
            as_of=self.as_of,
            overrides=self.overrides,
            max_bytes=self.max_bytes,
            evidence_root=self.evidence_root,
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


# --- whole reports for the Python API -----------------------------------------------------------------

# What a worker sends back: the report without its results, and per result only what this declaration
# decided (status, message, evidence items, due date, location). The rule's fixed facts (title, sources,
# remediation, obligation) are re-attached in the parent from its own copy of the rulesets: pickling
# them once per result made the pool slower than one process.
Compact = tuple[DeclarationReport, tuple[tuple[Any, ...], ...]]


def _compact(report: DeclarationReport) -> Compact:
    results = tuple(
        (
            r.ruleset,
            r.rule,
            r.status,
            r.message,
            r.due,
            tuple((i.path, i.label, i.check, i.status, i.message, i.line, i.column) for i in r.evidence),
            r.line,
            r.column,
        )
        for r in report.results
    )
    return dataclasses.replace(report, results=()), results


def _rule_index(settings: Settings) -> dict[tuple[str, str], dict[str, Rule]]:
    index: dict[tuple[str, str], dict[str, Rule]] = {}
    loaded = [
        *ruleset_store.shipped_rulesets(),
        *(o for o in settings.overrides if isinstance(o, LoadedRuleset)),
    ]
    for item in loaded:
        index[(item.ref.id, item.ref.version)] = {rule.id: rule for rule in item.ruleset.rules}
    return index


def _expand(compact: Compact, index: dict[tuple[str, str], dict[str, Rule]]) -> DeclarationReport:
    report, results = compact
    if not results:
        return report
    versions = {ref.id: ref.version for ref in report.rulesets}
    expanded = []
    for ruleset_id, rule_id, status, message, due, items, line, column in results:
        rule = index[(ruleset_id, versions[ruleset_id])][rule_id]
        evidence = tuple(EvidenceItem(*item) for item in items)
        expanded.append(rule_result(rule, ruleset_id, status, message, evidence, due, line, column))
    return dataclasses.replace(report, results=tuple(expanded))


def iter_checks(
    paths: Sequence[str], settings: Settings, *, jobs: int, progress: Progress | None = None
) -> Iterator[DeclarationReport]:
    """Each declaration's whole report, in input order."""
    if jobs <= 1 or len(paths) < POOL_THRESHOLD:
        yield from ordered_map(settings.check, paths, jobs=1, progress=progress)
        return
    index = _rule_index(settings)

    def task(path: str) -> Compact:
        return _compact(settings.check(path))

    for compact in ordered_map(task, paths, jobs=jobs, progress=progress):
        yield _expand(compact, index)


def check_many(
    paths: Sequence[str], settings: Settings, *, jobs: int, progress: Progress | None = None
) -> list[DeclarationReport]:
    """All reports at once (for the Python API and small batches)."""
    return list(iter_checks(paths, settings, jobs=jobs, progress=progress))
