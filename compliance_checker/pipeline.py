"""The command line's batch pipeline: each declaration is checked, waived, compared with the baseline and
rendered for every requested format in one step, in a worker process when the batch is large; the process
that writes the reports receives only the rendered text and a small digest per declaration.

Waivers and baselines keep their run-wide bookkeeping (which waiver was used, which findings are fixed) in
the writing process: a worker reports what one declaration used (``WaiverUse``, ``BaselineUse``) and the
writer records it, so the notices come out the same with one process or many.

What a worker sends back is ``pack``-ed: the rendered payloads and plain values, and a summary digest
that names no rule when the declaration was checked against the run's own rules (``Job.rules``): its
outcomes are then one byte per rule (``report.summary.Digest``). Naming every rule's id, title, ruleset
and severity again for each file cost the parent about 0.3 million instructions per file, a fifth of its
work.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from compliance_checker import __version__
from compliance_checker.batch import Progress, Settings, Wire, ordered_map
from compliance_checker.engine.baseline import BaselineComparer, BaselineUse
from compliance_checker.engine.waivers import WaiverApplier, WaiverUse
from compliance_checker.errors import CheckerError, Diagnostic, visible
from compliance_checker.models.record import Record, replace
from compliance_checker.models.report import DeclarationReport, FailPolicy
from compliance_checker.report import writer as writer_class
from compliance_checker.report.summary import Digest, RuleKey, SummaryBuilder


class Job(Record):
    """Everything a worker needs; inherited by forked workers, never pickled."""

    settings: Settings
    formats: tuple[str, ...]  # one payload per format, in this order
    policy: FailPolicy
    applier: WaiverApplier | None = None
    names: Mapping[str, tuple[str, ...]] = {}
    comparer: BaselineComparer | None = None
    keep: bool = False  # send each declaration's report back whole (the Python API)
    rules: tuple[RuleKey, ...] = ()  # the run's rules, in order: a declaration that has them sends none


class Processed(Record):
    path: str
    errors: tuple[Diagnostic, ...]
    payloads: tuple[object, ...]
    digest: Digest
    invalid: bool  # type: ignore[assignment]  # the field shadows Record.invalid(), which only rulesets use
    fails: bool
    waiver_use: WaiverUse | None
    baseline_use: BaselineUse | None
    internal: bool = False  # the file met a bug in the checker: the run ends with exit code 3
    report: DeclarationReport | None = None  # with ``Job.keep``


def process(job: Job, path: str) -> Processed:
    """One declaration, checked and rendered. A bug met on one file is that file's error row (and the
    run's exit code 3), never the end of the batch: the other files are checked and every report is
    written."""
    try:
        return _process(job, path)
    except CheckerError:
        raise  # the run itself is refused (an output file that is an input): nothing to report per file
    except Exception as exc:
        detail = f"{type(exc).__name__}: {exc}"
        return _failed(
            job,
            path,
            f"internal error while checking this file: {detail}; this is a bug in compliance-checker, "
            "please report it with this file",
            internal=True,
        )


def lost(job: Job, path: str, reason: str) -> Processed:
    """The file whose worker process died (killed, out of memory): its error row; the others go on."""
    return _failed(
        job,
        path,
        f"not checked: the worker process checking this file was {reason}; the other files were checked",
    )


def _failed(job: Job, path: str, message: str, *, internal: bool = False) -> Processed:
    decl = DeclarationReport(
        path=visible(path),
        sha256=None,
        as_of=job.settings.as_of,
        tool_version=__version__,
        rulesets=(),
        facts=None,
        results=(),
        errors=(Diagnostic(visible(path), message),),
    )
    return Processed(
        path=path,
        errors=decl.errors,
        payloads=tuple(writer_class(name).encode(decl) for name in job.formats),
        digest=SummaryBuilder.digest(decl, job.rules),
        invalid=True,
        fails=False,
        waiver_use=None,
        baseline_use=None,
        internal=internal,
        report=decl if job.keep else None,
    )


def _named(decl: DeclarationReport, path: str) -> DeclarationReport:
    """The report under the file's display name (``errors.visible``), the same in every message and
    format: a control character or an undecodable byte of a file name never reaches a terminal or a
    report raw. Waivers still match the name as given (``Job.names``)."""
    name = visible(path)
    if name == path:
        return decl
    errors = tuple(d.with_file(name) if d.file == path else d for d in decl.errors)
    return replace(decl, path=name, errors=errors)


def _process(job: Job, path: str) -> Processed:
    decl = _named(job.settings.check(path), path)
    waiver_use = baseline_use = None
    if job.applier is not None:
        decl, waiver_use = job.applier.apply_one(decl, job.names.get(path, (path,)))
    if job.comparer is not None:
        decl, baseline_use = job.comparer.compare_one(decl)
    return Processed(
        path=path,
        errors=decl.errors,
        payloads=tuple(writer_class(name).encode(decl) for name in job.formats),
        digest=SummaryBuilder.digest(decl, job.rules),
        invalid=decl.invalid,
        fails=not decl.invalid and any(job.policy.fails(r) for r in decl.results),
        waiver_use=waiver_use,
        baseline_use=baseline_use,
        report=decl if job.keep else None,
    )


def pack(job: Job, item: Processed) -> tuple[object, ...]:
    """What a worker process sends of a processed declaration: plain values, which unpickle without
    looking up a class, and its digest without the run's rules (``Digest.pack``)."""
    return (
        item.errors,
        item.payloads,
        item.digest.pack(job.rules),
        item.invalid,
        item.fails,
        item.waiver_use,
        item.baseline_use,
        item.internal,
        item.report,
    )


def unpack(job: Job, path: str, data: tuple[Any, ...]) -> Processed:
    """The processed declaration a worker ``pack``-ed, in the process that writes the reports."""
    errors, payloads, digest, invalid, fails, waiver_use, baseline_use, internal, report = data
    return Processed(
        path=path,
        errors=errors,
        payloads=payloads,
        digest=Digest.unpack(digest, job.rules),
        invalid=invalid,
        fails=fails,
        waiver_use=waiver_use,
        baseline_use=baseline_use,
        internal=internal,
        report=report,
    )


def run(
    job: Job, paths: Sequence[str], *, jobs: int, progress: Progress | None = None
) -> Iterator[Processed]:
    def task(path: str) -> Processed:
        return process(job, path)

    def on_lost(path: str, reason: str) -> Processed:
        return lost(job, path, reason)

    def send(item: Processed) -> tuple[object, ...]:
        return pack(job, item)

    def receive(path: str, data: Any) -> Processed:
        return unpack(job, path, data)

    yield from ordered_map(
        task, paths, jobs=jobs, progress=progress, on_lost=on_lost, wire=Wire(pack=send, unpack=receive)
    )
