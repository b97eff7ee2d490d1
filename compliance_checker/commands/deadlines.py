"""`deadlines`: every dated obligation of the selected rulesets for each declaration, from the time limits
the rules evaluate: overdue, due soon, upcoming, met or late, with the rule, its source and the date.

The stages run one way, as for `check`: find the files, judge each exactly as `check` does (in a process
pool for many; ``checking.evaluated``: load, select, classify, evaluate, waive), compute its obligations
(``engine/deadlines.py``), render them all at the end (``report/deadlines*.py``). A file that cannot be
read is its own located error; the others go on. An overdue or late obligation of a rule whose finding a
waiver covers is listed as waived.

Exit codes: 0 nothing overdue (waived is not overdue); 1 at least one obligation overdue; 2 a file could
not be read, or bad usage; 3 a bug met on some file (the others are still listed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import click

from compliance_checker import __version__
from compliance_checker.batch import default_jobs, ordered_map
from compliance_checker.commands.judging import Judging, judging_options, waiver_inputs, waivers_in_force
from compliance_checker.commands.options import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    as_of_option,
    jobs_option,
    max_file_size_option,
    profile_option,
    resume_collection,
    ruleset_option,
)
from compliance_checker.commands.selection import overrides, profile_of
from compliance_checker.engine.deadlines import deadlines as dated_obligations
from compliance_checker.engine.waivers import WaiverUse
from compliance_checker.errors import CheckerError, Diagnostic, InputError, UsageError, visible
from compliance_checker.loading.discover import expand
from compliance_checker.models.deadlines import DeadlineRun, DeclarationDeadlines
from compliance_checker.output import AtomicTextFile, check_destinations, protected
from compliance_checker.report import deadlines as text_formats
from compliance_checker.report.deadlines_ics import render_ics

FORMATS = ("table", "json", "csv", "ics")


@dataclass(frozen=True, slots=True)
class Settings:
    judging: Judging
    within: int

    @property
    def as_of(self) -> dt.date:
        return self.judging.as_of


@dataclass(frozen=True, slots=True)
class Listed:
    """One declaration's obligations (or errors), whether a bug was met (then the error says so and the
    run ends with exit code 3), and which waivers it used (recorded where the notices are made)."""

    deadlines: DeclarationDeadlines
    internal: bool = False
    waiver_use: WaiverUse | None = None


def declaration_deadlines(settings: Settings, path: str) -> Listed:
    """One declaration's obligations, or its located errors."""
    try:
        return _deadlines(settings, path)
    except InputError as exc:
        errors = tuple(exc.diagnostics)
        internal = False
    except CheckerError:
        raise  # the run itself is refused (the output file is an evidence file): nothing to list per file
    except Exception as exc:  # a bug: this file's error row, never the end of the batch
        message = (
            f"internal error while reading this file's deadlines: {type(exc).__name__}: {exc}; this is a "
            "bug in compliance-checker, please report it with this file"
        )
        errors, internal = (Diagnostic(visible(path), message),), True
    failed = DeclarationDeadlines(
        path=visible(path), provider=None, model=None, as_of=settings.as_of, errors=errors
    )
    return Listed(failed, internal)


def _deadlines(settings: Settings, path: str) -> Listed:

    judged = settings.judging.evaluate(path)
    found = dated_obligations(
        judged.loaded, judged.facts, judged.rulesets, judged.report.results, within=settings.within
    )
    found = found if found.path == visible(path) else _renamed(found, visible(path))
    return Listed(found, waiver_use=judged.waiver_use)


def _renamed(found: DeclarationDeadlines, name: str) -> DeclarationDeadlines:

    return dataclasses.replace(found, path=name)


def render(run: DeadlineRun, fmt: str, *, width: int) -> str:

    if fmt == "ics":
        return render_ics(run, stamp=dt.datetime.now(dt.timezone.utc))
    if fmt == "json":
        return text_formats.render_json(run)
    if fmt == "csv":
        return text_formats.render_csv(run)
    return text_formats.render_table(run, width=width)


@click.command("deadlines")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=False))
@as_of_option
@click.option(
    "--within",
    type=click.IntRange(min=0),
    default=30,
    show_default=True,
    metavar="DAYS",
    help="An obligation not yet done and due within this many days of the as-of date is 'due soon'.",
)
@profile_option
@ruleset_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="Write the listing to FILE (whole or not at all) instead of standard output.",
)
@jobs_option("read")
@max_file_size_option
@judging_options
def deadlines(
    paths: tuple[str, ...],
    as_of: dt.date,
    within: int,
    profile: str | None,
    rulesets: tuple[str, ...],
    fmt: str,
    output: str | None,
    jobs: int | None,
    max_file_size: int,
    waivers: str | None,
    ignore_waivers: bool,
    evidence_root: str | None,
) -> int:
    """Every dated obligation of each declaration (files, directories searched for *.yaml/*.yml, or
    globs): overdue, due soon, upcoming, met or late, with the rule, its source and the date, computed
    from the same time limits the rules check. Several declarations make one list sorted by date, with
    the provider and model on each row (table, CSV, ICS). Each declaration is judged as check judges
    it, with the same waivers: an overdue or late obligation whose rule's finding is waived is listed
    as waived, and is not overdue. Options may come from check's configuration file (see --no-config).

    Exit codes: 0 nothing overdue; 1 something overdue; 2 a file could not be read, or bad usage; 3 a bug.
    """
    files, unmatched = expand(paths)
    if unmatched or not files:
        raise UsageError(
            unmatched + ([] if files else UsageError.plain("no declaration to list").diagnostics)
        )
    destination = Path(output) if output else None
    waived = waivers_in_force(waivers, ignore=ignore_waivers, as_of=as_of)
    if destination is not None:
        inputs = [(Path(p), "declaration") for p in files]
        inputs += [(Path(spec), "--ruleset file") for spec in rulesets if Path(spec).is_file()]
        check_destinations([destination], inputs=inputs + waiver_inputs(waived))
    judging = Judging(
        as_of=as_of,
        overrides=tuple(overrides(rulesets)),
        profile=profile_of(profile),
        max_bytes=max_file_size,
        evidence_root=evidence_root,
        waivers=waived,
    )
    settings = Settings(judging=judging, within=within)

    def task(path: str) -> Listed:
        return declaration_deadlines(settings, path)

    resume_collection()
    found: list[DeclarationDeadlines] = []
    internal = False
    with protected([destination] if destination is not None else []):  # an evidence file is never written
        for listed in ordered_map(task, files, jobs=jobs or default_jobs()):
            for diag in listed.deadlines.errors:
                click.echo(diag.render(), err=True)
            found.append(listed.deadlines)
            internal = internal or listed.internal
            if waived is not None and listed.waiver_use is not None:
                waived.applier.record(listed.waiver_use)
    run = DeadlineRun(as_of=as_of, within=within, tool_version=__version__, declarations=tuple(found))
    text = render(run, fmt, width=shutil.get_terminal_size((100, 24)).columns)
    if destination is not None:
        with AtomicTextFile(destination) as handle:
            handle.write(text)
            handle.commit()
    else:
        click.echo(text, nl=False)
    for notice in waived.applier.notices() if waived is not None else ():  # as check shows them
        click.echo(notice.render(), err=True)
    if internal:
        return EXIT_INTERNAL
    if any(decl.invalid for decl in found):
        return EXIT_INPUT
    return EXIT_FINDINGS if run.counts()["overdue"] else EXIT_OK
