"""One run of the checker, the same for the command line and the Python API: ``run(config) -> RunResult``.

A run finds the declarations, checks them (in a process pool for many, ``pipeline``), applies waivers,
compares with a baseline, streams every requested format to its destination and decides the exit code.
It prints nothing: the report for standard output goes to the ``out`` callable its caller hands it, and
the located errors and notices come back in the result, for the caller to show.

Output files are written whole or not at all, after every declaration is checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from compliance_checker import __version__, pipeline
from compliance_checker.batch import Progress, Settings, default_jobs
from compliance_checker.checking import Override, waiver_names
from compliance_checker.engine.baseline import BaselineComparer
from compliance_checker.engine.waivers import WaiverApplier
from compliance_checker.errors import Diagnostic, UsageError
from compliance_checker.loading.discover import expand
from compliance_checker.loading.files import DEFAULT_MAX_BYTES
from compliance_checker.loading.profiles import parse_profile
from compliance_checker.loading.rulesets import parse_override, select
from compliance_checker.models.profile import Profile
from compliance_checker.models.record import Record
from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions, Verbosity
from compliance_checker.models.report import (
    OUTCOME_THRESHOLDS,
    DeclarationReport,
    FailPolicy,
    FixedFinding,
    exit_code_for,
)
from compliance_checker.output import AtomicTextFile, check_destinations, protected
from compliance_checker.report import writer as writer_class
from compliance_checker.report.stream import Out, RunEnd, RunStart, Writer
from compliance_checker.report.summary import AuditorSummary, SummaryBuilder

if TYPE_CHECKING:
    from pathlib import Path

EXIT_INTERNAL = 3
DEFAULT_POLICY = FailPolicy()  # fail on missing and partial results of any severity
SEVERITIES = ("info", "low", "medium", "high", "critical", "never")


def parse_fail_on(
    value: str, *, hard_rules: Sequence[str] = (), soft_rules: Sequence[str] = ()
) -> FailPolicy:
    """``SEVERITY[,OUTCOME]`` (``--fail-on``, the ``fail-on`` key) as a fail policy; ValueError says why
    a value is refused."""
    severity, outcome = "info", "partial"
    for part in (p.strip() for p in value.split(",") if p.strip()):
        if part in SEVERITIES:
            severity = part
        elif part in OUTCOME_THRESHOLDS:
            outcome = part
        else:
            raise ValueError(
                f"{part!r}: expected a severity ({', '.join(SEVERITIES)}), an outcome "
                f"({', '.join(OUTCOME_THRESHOLDS)}), or both separated by a comma"
            )
    return FailPolicy(
        severity=severity,
        outcomes=OUTCOME_THRESHOLDS[outcome],
        hard_rules=frozenset(hard_rules),
        soft_rules=frozenset(soft_rules),
    )


class RunConfig(Record):
    """Everything a run needs, as the command line, a configuration file or a program gives it."""

    paths: tuple[str, ...]  # files, directories (searched for *.yaml/*.yml) or globs
    format: str | None = None  # the format sent to ``run``'s ``out`` (standard output); None: none
    outputs: tuple[tuple[str, Path], ...] = ()  # (format, file), each written whole or not at all
    as_of: dt.date | None = None  # default: today (UTC)
    rulesets: tuple[str, ...] = ()  # --ruleset specs: ID, ID@VERSION or a ruleset file
    overrides: tuple[Override, ...] = ()  # rulesets already loaded or parsed (Python API); after ``rulesets``
    profile: str | Profile | None = None  # --profile: NAME[@VERSION] or a profile
    policy: FailPolicy = DEFAULT_POLICY
    waivers: Path | None = None
    ignore_waivers: bool = False
    baseline: Path | None = None
    jobs: int | None = None  # processes; default: the number of cores (small batches run in-process)
    max_file_size: int = DEFAULT_MAX_BYTES
    evidence_root: str | None = None
    render: RenderOptions = DEFAULT_OPTIONS  # how standard output's format shows the report
    keep_reports: bool = False  # return every declaration's report (the Python API); memory grows


class RunResult(Record):
    """What a run found, for its caller to show: nothing here has been printed."""

    exit_code: int
    as_of: dt.date
    policy: FailPolicy
    errors: tuple[Diagnostic, ...]  # every located error of the declarations, in input order
    notices: tuple[Diagnostic, ...]  # about the run: expired or unused waivers...
    fixed: tuple[FixedFinding, ...]  # findings of the baseline that are gone
    summary: AuditorSummary
    reports: tuple[DeclarationReport, ...] = ()  # only with ``keep_reports``


def today_utc() -> dt.date:
    return dt.datetime.now(dt.timezone.utc).date()


def file_options(options: RenderOptions) -> RenderOptions:
    """What an output file's format gets: never colour, the default width; the rest as chosen."""
    verbosity: Verbosity = "verbose" if options.verbosity == "verbose" else "normal"
    return RenderOptions(
        color=False,
        width=DEFAULT_OPTIONS.width,
        verbosity=verbosity,
        include_passing=options.include_passing,
    )


def _waiver_names(paths: list[str], waivers_file: Path) -> dict[str, tuple[str, ...]]:
    """Each declaration as given, normalised, and relative to the waivers file's folder."""
    base = waivers_file.resolve().parent
    return {path: waiver_names(path, base) for path in paths}


def _files(config: RunConfig) -> list[str]:
    files, unmatched = expand(config.paths)
    if unmatched or not files:  # a directory or a glob that matches nothing is refused, like a typo
        raise UsageError(
            unmatched + ([] if files else UsageError.plain("no declaration to check").diagnostics)
        )
    if config.outputs:
        from pathlib import Path  # only with output files: a plain check imports no pathlib (issue 16)

        inputs = [(Path(p), "declaration") for p in files]
        inputs += [(Path(spec), "--ruleset file") for spec in config.rulesets if Path(spec).is_file()]
        inputs += [
            (p, f"--{name} file")
            for name, p in (("waivers", config.waivers), ("baseline", config.baseline))
            if p is not None
        ]
        check_destinations([file for _, file in config.outputs], inputs=inputs)
    return files


def _profile(config: RunConfig) -> Profile | None:
    if config.profile is None or isinstance(config.profile, Profile):
        return config.profile
    return parse_profile(config.profile)


class _Run:
    """One run's state: the writers, the waiver and baseline bookkeeping, the totals."""

    def __init__(self, config: RunConfig, files: list[str], out: Out | None) -> None:
        self.config = config
        self.as_of = config.as_of or today_utc()
        self.applier = None
        if config.waivers is not None and not config.ignore_waivers:
            # Waivers are read with pydantic, which a run without them never imports (about 60 ms); the
            # baseline reader likewise costs only the runs that use it.
            from compliance_checker.loading.waivers import load_waivers

            self.applier = WaiverApplier(load_waivers(config.waivers), as_of=self.as_of)
        self.comparer = None
        if config.baseline is not None:
            from compliance_checker.loading.baseline import load_baseline  # as waivers: only when given

            self.comparer = BaselineComparer(load_baseline(config.baseline))
        chosen = [parse_override(spec) for spec in config.rulesets] + list(config.overrides)
        profile = _profile(config)
        self.settings = Settings(
            as_of=self.as_of,
            overrides=tuple(chosen),
            max_bytes=config.max_file_size,
            evidence_root=config.evidence_root,
            profile=profile,
        )
        defaults = select({}, chosen, profile=profile)
        self.start = RunStart(
            as_of=self.as_of,
            tool_version=__version__,
            policy=config.policy,
            total=len(files),
            rulesets=tuple(item.ref for item in defaults),
            rule_ids=tuple(rule.id for item in defaults for rule in item.ruleset.rules),
        )
        formats = [name for name, _ in config.outputs]
        if out is not None and config.format is not None:
            formats.append(config.format)
        self.job = pipeline.Job(
            settings=self.settings,
            formats=tuple(formats),
            policy=config.policy,
            applier=self.applier,
            names=_waiver_names(files, config.waivers) if self.applier and config.waivers else {},
            comparer=self.comparer,
            keep=config.keep_reports,
            # What each result of a declaration checked against the run's rulesets names (evaluate).
            rules=tuple(
                (rule.id, rule.title, item.ruleset.ruleset.id, rule.severity)
                for item in defaults
                for rule in item.ruleset.rules
            ),
        )

    def writers(self, files_out: list[tuple[str, AtomicTextFile]], out: Out | None) -> list[Writer]:
        options = file_options(self.config.render)
        made: list[Writer] = [writer_class(name)(handle.write, options) for name, handle in files_out]
        if out is not None and self.config.format is not None:
            made.append(writer_class(self.config.format)(out, self.config.render))
        return made


def _deliver(writers: Sequence[Writer], payloads: Sequence[object]) -> None:
    for w, payload in zip(writers, payloads, strict=True):
        w.accept(payload)


def run(
    config: RunConfig,
    *,
    out: Out | None = None,
    flush: Callable[[], None] | None = None,
    progress: Progress | None = None,
    before_work: Callable[[], None] | None = None,
    on_errors: Callable[[Sequence[Diagnostic]], None] | None = None,
) -> RunResult:
    """Check ``config.paths`` and write every report; return what was found.

    ``out`` receives the report in ``config.format`` as it is written (standard output, for the command
    line); ``flush`` is called once it is all written, before any output file is put in place, so that
    a standard output that cannot be written fails the run with no file written. ``progress(done,
    total)`` is called as files are checked. ``before_work`` is called once the rulesets are loaded
    and the per-file work begins (the command line resumes garbage collection there). ``on_errors``
    receives each invalid declaration's located errors as soon as it is checked (the command line shows
    them then, above the report's summary); they are in the result as well.

    Raises ``CheckerError`` (exit 2) for a run that cannot start: no declaration, an unknown ruleset, a
    bad waivers or baseline file, an output file that is an input.
    """
    files = _files(config)
    state = _Run(config, files, out)
    errors: list[Diagnostic] = []
    reports: list[DeclarationReport] = []
    # Every output file streams into a temporary file, renamed into place only after the last
    # declaration: an interrupted or failed run leaves no partial report.
    files_out = [(name, AtomicTextFile(path)) for name, path in config.outputs]
    try:
        writers = state.writers(files_out, out)
        for w in writers:
            w.start(state.start)
        summary = SummaryBuilder(keep_rows=any(type(w).needs_rows for w in writers))
        invalid = failing = internal = False
        if before_work is not None:
            before_work()
        jobs = config.jobs or default_jobs()
        with protected([file for _, file in config.outputs]):  # an evidence file that is an output stops
            for item in pipeline.run(state.job, files, jobs=jobs, progress=progress):
                errors.extend(item.errors)
                if item.errors and on_errors is not None:
                    on_errors(item.errors)
                if state.applier is not None and item.waiver_use is not None:
                    state.applier.record(item.waiver_use)
                if state.comparer is not None and item.baseline_use is not None:
                    state.comparer.record(item.baseline_use)
                if item.report is not None:
                    reports.append(item.report)
                summary.add_digest(item.digest)
                invalid = invalid or item.invalid
                failing = failing or item.fails
                internal = internal or item.internal
                _deliver(writers, item.payloads)
                del item  # not alive while the next declaration is checked
        code = EXIT_INTERNAL if internal else exit_code_for(invalid=invalid, failing=failing)
        notices = tuple(state.applier.notices()) if state.applier is not None else ()
        fixed = tuple(state.comparer.fixed()) if state.comparer is not None else ()
        built = summary.build()
        end = RunEnd(summary=built, notices=notices, fixed=fixed, exit_code=code)
        for w in writers:
            w.finish(end)
        if flush is not None:
            flush()
        for _, handle in files_out:
            handle.commit()
    except BaseException:
        for _, handle in files_out:
            handle.abort()
        raise
    return RunResult(
        exit_code=code,
        as_of=state.as_of,
        policy=config.policy,
        errors=tuple(errors),
        notices=notices,
        fixed=fixed,
        summary=built,
        reports=tuple(reports),
    )
