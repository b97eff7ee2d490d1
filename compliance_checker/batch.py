"""Checking many declarations: in this process for a few files, in a pool of processes for many.

Results come back in the order of the input files whatever the scheduling. Workers are forked after the
rulesets are loaded, so each worker starts with them parsed and validated; work is sent in chunks, and
only file names go to the workers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from compliance_checker import api
from compliance_checker.api import Override
from compliance_checker.engine.evaluate import rule_result
from compliance_checker.loading import rulesets as ruleset_store
from compliance_checker.loading.rulesets import LoadedRuleset
from compliance_checker.models.report import DeclarationReport, EvidenceItem
from compliance_checker.models.ruleset import Rule

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


# What a worker sends back: the report without its results, and per result only what this declaration
# decided (status, message, evidence items, due date, location). The rule's fixed facts (title, sources,
# remediation, obligation) are re-attached in the parent from its own copy of the rulesets: pickling
# them once per result made the pool slower than one process.
Compact = tuple[DeclarationReport, tuple[tuple[Any, ...], ...]]


def _check_compact(path: str) -> Compact:
    report = _check_one(path)
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
    versions = {ref.id: ref.version for ref in report.rulesets}
    expanded = []
    for ruleset_id, rule_id, status, message, due, items, line, column in results:
        rule = index[(ruleset_id, versions[ruleset_id])][rule_id]
        evidence = tuple(EvidenceItem(*item) for item in items)
        expanded.append(rule_result(rule, ruleset_id, status, message, evidence, due, line, column))
    return dataclasses.replace(report, results=tuple(expanded))


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
    index = _rule_index(settings)  # parses the rulesets once here; forked workers inherit the cache
    workers = min(jobs, total)
    chunk = max(1, min(64, total // (workers * 4)))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            for compact in pool.map(_check_compact, paths, chunksize=chunk):
                results.append(_expand(compact, index))
                if progress:
                    progress(len(results), total)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return results
