"""The command line's batch pipeline: each declaration is checked, waived, compared with the baseline and
rendered for every requested format in one step, in a worker process when the batch is large; the process
that writes the reports receives only the rendered text and a small digest per declaration.

Waivers and baselines keep their run-wide bookkeeping (which waiver was used, which findings are fixed) in
the writing process: a worker reports what one declaration used (``WaiverUse``, ``BaselineUse``) and the
writer records it, so the notices come out the same with one process or many.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from compliance_checker.batch import Progress, Settings, ordered_map
from compliance_checker.engine.baseline import BaselineComparer, BaselineUse
from compliance_checker.engine.waivers import WaiverApplier, WaiverUse
from compliance_checker.errors import Diagnostic
from compliance_checker.models.report import FailPolicy
from compliance_checker.report import writer as writer_class
from compliance_checker.report.summary import Digest, SummaryBuilder


@dataclass(frozen=True, slots=True)
class Job:
    """Everything a worker needs; inherited by forked workers, never pickled."""

    settings: Settings
    formats: tuple[str, ...]  # one payload per format, in this order
    policy: FailPolicy
    applier: WaiverApplier | None = None
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    comparer: BaselineComparer | None = None


@dataclass(frozen=True, slots=True)
class Processed:
    path: str
    errors: tuple[Diagnostic, ...]
    payloads: tuple[object, ...]
    digest: Digest
    invalid: bool
    fails: bool
    waiver_use: WaiverUse | None
    baseline_use: BaselineUse | None


def process(job: Job, path: str) -> Processed:
    decl = job.settings.check(path)
    waiver_use = baseline_use = None
    if job.applier is not None:
        decl, waiver_use = job.applier.apply_one(decl, job.names.get(path, (path,)))
    if job.comparer is not None:
        decl, baseline_use = job.comparer.compare_one(decl)
    return Processed(
        path=path,
        errors=decl.errors,
        payloads=tuple(writer_class(name).encode(decl) for name in job.formats),
        digest=SummaryBuilder.digest(decl),
        invalid=decl.invalid,
        fails=not decl.invalid and any(job.policy.fails(r) for r in decl.results),
        waiver_use=waiver_use,
        baseline_use=baseline_use,
    )


def run(
    job: Job, paths: Sequence[str], *, jobs: int, progress: Progress | None = None
) -> Iterator[Processed]:
    def task(path: str) -> Processed:
        return process(job, path)

    yield from ordered_map(task, paths, jobs=jobs, progress=progress)
