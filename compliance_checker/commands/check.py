"""`check`: files, directories and globs in; reports to the terminal and to files; the exit code out.

The stages run one way: find the files, check them (in a process pool for many), apply waivers, compare
with a baseline, then render. Output files are written whole or not at all, after every file is checked.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from compliance_checker.commands.options import (
    EXIT_INTERNAL,
    StdoutError,
    as_of_option,
    overrides,
    parse_outputs,
    profile_of,
    profile_option,
    resume_collection,
    ruleset_option,
    stdout_gone,
)

SEVERITIES = ("info", "low", "medium", "high", "critical", "never")
OUTCOME_THRESHOLDS = ("missing", "partial", "manual_review", "not_yet_due")
PROGRESS_MIN_FILES = 6


def _format_names() -> list[str]:
    from compliance_checker.report import FORMATTERS

    return list(FORMATTERS)


def _parse_fail_on(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, str]:
    severity, outcome = "info", "partial"
    for part in (p.strip() for p in value.split(",") if p.strip()):
        if part in SEVERITIES:
            severity = part
        elif part in OUTCOME_THRESHOLDS:
            outcome = part
        else:
            raise click.BadParameter(
                f"{part!r}: expected a severity ({', '.join(SEVERITIES)}), an outcome "
                f"({', '.join(OUTCOME_THRESHOLDS)}), or both separated by a comma"
            )
    return severity, outcome


class _Progress:
    """A one-line progress bar on stderr; only when stderr is a terminal and the batch is not tiny."""

    def __init__(self, total: int) -> None:
        self.enabled = total >= PROGRESS_MIN_FILES and sys.stderr.isatty()
        self.last = -1
        self.shown = False

    def pause(self) -> None:
        """Clear the bar before something else is printed on the terminal; the next update redraws it."""
        if self.shown:
            sys.stderr.write("\r" + " " * 72 + "\r")
            sys.stderr.flush()
            self.shown = False
            self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        percent = done * 100 // total
        if percent == self.last and done != total:
            return
        self.last = percent
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\rchecking [{'#' * filled}{'.' * (width - filled)}] {done}/{total} files")
        self.shown = True
        if done == total:
            sys.stderr.write("\r" + " " * 72 + "\r")
            self.shown = False
        sys.stderr.flush()


class _Stdout:
    """The report on standard output. A reader that went away (``| head``) is not an error: the rest of
    the report is dropped and the run goes on (output files are still written, the exit code is the
    run's own). Any other failure (``> /dev/full``) ends the run: exit 2, no output file written."""

    def __init__(self, progress: _Progress) -> None:
        if sys.stdout is None:
            raise StdoutError("it is closed")
        self.progress = progress
        self.gone = False

    def write(self, text: str) -> None:
        if self.gone:
            return
        self.progress.pause()
        self._guard(sys.stdout.write, text)

    def flush(self) -> None:
        if not self.gone:
            self._guard(sys.stdout.flush)

    def _guard(self, action: Callable[..., object], *args: str) -> None:
        try:
            action(*args)
        except BrokenPipeError:
            self.gone = True
            stdout_gone()
        except OSError as exc:
            raise StdoutError(exc.strerror or str(exc)) from None


def _waiver_names(paths: list[str], waivers_file: Path) -> dict[str, tuple[str, ...]]:
    """Each declaration as given, normalised, and relative to the waivers file's folder."""
    base = waivers_file.resolve().parent
    names: dict[str, tuple[str, ...]] = {}
    for path in paths:
        given = path.replace(os.sep, "/")
        normal = os.path.normpath(path).replace(os.sep, "/")
        try:
            relative = os.path.relpath(Path(path).resolve(), base).replace(os.sep, "/")
        except ValueError:  # another drive on Windows
            relative = normal
        names[path] = tuple(dict.fromkeys((given, normal, relative)))
    return names


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_format_names()),
    default="table",
    show_default=True,
    help="Report format on standard output.",
)
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    callback=parse_outputs,
    metavar="FORMAT=FILE",
    help="Also write the report in FORMAT to FILE, whole or not at all (a temporary file in the same "
    "folder, renamed into place once every declaration is checked). Repeatable.",
)
@as_of_option
@ruleset_option
@profile_option
@click.option(
    "--fail-on",
    "fail_on",
    callback=_parse_fail_on,
    default="info",
    show_default=True,
    metavar="SEVERITY[,OUTCOME]",
    help="What makes the exit code 1: results at or above a severity (info ... critical, or 'never'), "
    "with an outcome threshold: missing, partial (default: missing and partial), manual_review, "
    "not_yet_due (each includes the worse ones). E.g. 'high' or 'medium,manual_review'.",
)
@click.option("--fail-on-rule", multiple=True, metavar="RULE", help="Always fail on this rule's findings.")
@click.option("--soft-fail-rule", multiple=True, metavar="RULE", help="Report, but never fail on, this rule.")
@click.option(
    "--waivers",
    type=click.Path(dir_okay=False),
    default=None,
    help="YAML file of waivers (schemas/waivers.schema.json): rule, declarations, justification, "
    "approved_by, approved_on, expires.",
)
@click.option("--ignore-waivers", is_flag=True, help="Show the unwaived truth: apply no waiver.")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    default=None,
    help="A JSON report of an earlier run: only findings new relative to it fail the run.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes to check files in (default: the number of cores; small batches run in-process).",
)
@click.option(
    "--max-file-size",
    type=click.IntRange(min=1),
    default=10 * 1024 * 1024,
    show_default=True,
    help="Refuse declarations larger than this many bytes, before parsing them.",
)
@click.option(
    "--evidence-root",
    type=click.Path(exists=True, file_okay=False, dir_okay=True),
    default=None,
    help="Evidence paths must stay inside this folder (default: each declaration's own folder); "
    "a path leading outside is a finding and the file is never read.",
)
def check(
    paths: tuple[str, ...],
    fmt: str,
    outputs: list[tuple[str, Path]],
    as_of: dt.date,
    rulesets: tuple[str, ...],
    profile: str | None,
    fail_on: tuple[str, str],
    fail_on_rule: tuple[str, ...],
    soft_fail_rule: tuple[str, ...],
    waivers: str | None,
    ignore_waivers: bool,
    baseline: str | None,
    jobs: int | None,
    max_file_size: int,
    evidence_root: str | None,
) -> int:
    """Check declarations (files, directories searched for *.yaml/*.yml, or globs) rule by rule.

    Exit codes: 0 no finding under --fail-on; 1 findings; 2 an invalid file or bad usage; 130 Ctrl-C.
    """
    from compliance_checker import __version__, pipeline
    from compliance_checker.batch import Settings, default_jobs
    from compliance_checker.errors import UsageError
    from compliance_checker.loading.discover import expand
    from compliance_checker.loading.rulesets import select
    from compliance_checker.models.report import OUTCOME_THRESHOLDS as THRESHOLDS
    from compliance_checker.models.report import FailPolicy, exit_code_for
    from compliance_checker.output import AtomicTextFile, check_destinations, protected
    from compliance_checker.pipeline import Job
    from compliance_checker.report import writer as writer_class
    from compliance_checker.report.stream import RunEnd, RunStart, Writer
    from compliance_checker.report.summary import SummaryBuilder

    files, unmatched = expand(paths)
    if unmatched or not files:  # a directory or a glob that matches nothing is refused, like a typo
        raise UsageError(
            unmatched + ([] if files else UsageError.plain("no declaration to check").diagnostics)
        )
    if outputs:
        inputs = [(Path(p), "declaration") for p in files]
        inputs += [(Path(spec), "--ruleset file") for spec in rulesets if Path(spec).is_file()]
        inputs += [
            (Path(p), f"--{name} file") for name, p in (("waivers", waivers), ("baseline", baseline)) if p
        ]
        check_destinations([file for _, file in outputs], inputs=inputs)
    applier = None
    if waivers and not ignore_waivers:
        from compliance_checker.engine.waivers import WaiverApplier
        from compliance_checker.loading.waivers import load_waivers

        applier = WaiverApplier(load_waivers(waivers), as_of=as_of)
    comparer = None
    if baseline:
        from compliance_checker.engine.baseline import BaselineComparer
        from compliance_checker.loading.baseline import load_baseline

        comparer = BaselineComparer(load_baseline(baseline))

    severity, outcome = fail_on
    policy = FailPolicy(
        severity=severity,
        outcomes=THRESHOLDS[outcome],
        hard_rules=frozenset(fail_on_rule),
        soft_rules=frozenset(soft_fail_rule),
    )
    chosen = overrides(rulesets)
    base_profile = profile_of(profile)
    defaults = select({}, chosen, profile=base_profile)
    start = RunStart(
        as_of=as_of,
        tool_version=__version__,
        policy=policy,
        total=len(files),
        rulesets=tuple(item.ref for item in defaults),
        rule_ids=tuple(rule.id for item in defaults for rule in item.ruleset.rules),
    )
    # Every output file streams into a temporary file, renamed into place only after the last
    # declaration: an interrupted or failed run leaves no partial report.
    files_out = [(fmt_name, AtomicTextFile(path)) for fmt_name, path in outputs]
    try:
        writers: list[Writer] = [writer_class(name)(handle.write) for name, handle in files_out]
        progress = _Progress(len(files))

        stdout = _Stdout(progress)
        writers.append(writer_class(fmt)(stdout.write))
        for w in writers:
            w.start(start)
        settings = Settings(
            as_of=as_of,
            overrides=tuple(chosen),
            max_bytes=max_file_size,
            evidence_root=evidence_root,
            profile=base_profile,
        )
        job = Job(
            settings=settings,
            formats=tuple([name for name, _ in files_out] + [fmt]),
            policy=policy,
            applier=applier,
            names=_waiver_names(files, Path(waivers)) if applier is not None and waivers else {},
            comparer=comparer,
        )
        summary = SummaryBuilder(keep_rows=any(type(w).needs_rows for w in writers))
        invalid = failing = internal = False
        resume_collection()
        with protected([file for _, file in outputs]):  # an evidence file that is an output stops the run
            for item in pipeline.run(job, files, jobs=jobs or default_jobs(), progress=progress):
                if item.errors:
                    progress.pause()
                    for diag in item.errors:
                        click.echo(diag.render(), err=True)
                if applier is not None and item.waiver_use is not None:
                    applier.record(item.waiver_use)
                if comparer is not None and item.baseline_use is not None:
                    comparer.record(item.baseline_use)
                summary.add_digest(item.digest)
                invalid = invalid or item.invalid
                failing = failing or item.fails
                internal = internal or item.internal
                for w, payload in zip(writers, item.payloads, strict=True):
                    w.accept(payload)
                del item, payload  # not alive while the next declaration is checked
        code = EXIT_INTERNAL if internal else exit_code_for(invalid=invalid, failing=failing)
        notices = tuple(applier.notices()) if applier is not None else ()
        fixed = tuple(comparer.fixed()) if comparer is not None else ()
        end = RunEnd(summary=summary.build(), notices=notices, fixed=fixed, exit_code=code)
        for w in writers:
            w.finish(end)
        stdout.flush()
        for _, handle in files_out:
            handle.commit()
    except BaseException:
        for _, handle in files_out:
            handle.abort()
        raise
    for notice in notices:
        click.echo(notice.render(), err=True)
    return code
