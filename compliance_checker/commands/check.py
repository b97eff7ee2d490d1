"""`check`: parses its options (the command line over the configuration file) into a ``RunConfig``, hands it
to ``compliance_checker.run.run`` and shows what comes back: the report on standard output, located
errors and notices on standard error, the exit code.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from compliance_checker.commands import settings
from compliance_checker.commands.options import (
    StdoutError,
    as_of_option,
    jobs_option,
    max_file_size_option,
    parse_outputs,
    profile_option,
    resume_collection,
    ruleset_option,
    stdout_gone,
)
from compliance_checker.errors import Diagnostic
from compliance_checker.report import FORMATTERS
from compliance_checker.run import RunConfig, parse_fail_on, run

PROGRESS_MIN_FILES = 6
# Formats whose standard-output text already lists every located error of an invalid declaration: with
# them the errors are not repeated on standard error (a terminal would show each twice). The others
# (a table's summary line, or JSON, SARIF... meant for a file or a program) leave standard error as the
# place where a person sees why the run failed.
SHOWS_ERRORS = frozenset({"text"})


def _parse_fail_on(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        parse_fail_on(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


class _Progress:
    """A one-line progress bar on stderr; only when stderr is a terminal and the batch is not tiny."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
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
        if not self.enabled or total < PROGRESS_MIN_FILES:
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


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=False))
@click.option(
    "--no-config",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=settings.read_config_file,
    help="Ignore configuration files (.compliance-checker.yaml, [tool.compliance-checker] in "
    "pyproject.toml).",
)
@click.option(
    "--show-config",
    is_flag=True,
    help="Print the options in effect and where each comes from (command line, configuration file, "
    "default), then exit.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATTERS)),
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
@click.option(
    "--fail-on-rule",
    multiple=True,
    callback=settings.rule_ids,
    metavar="RULE",
    help="Always fail on this rule's findings.",
)
@click.option(
    "--soft-fail-rule",
    multiple=True,
    callback=settings.rule_ids,
    metavar="RULE",
    help="Report, but never fail on, this rule.",
)
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
@jobs_option("check")
@max_file_size_option
@click.option(
    "--evidence-root",
    type=click.Path(exists=True, file_okay=False, dir_okay=True),
    default=None,
    help="Evidence paths must stay inside this folder (default: each declaration's own folder); "
    "a path leading outside is a finding and the file is never read.",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour on standard output; auto: only on a terminal, and never when NO_COLOR is set.",
)
@click.option("-q", "--quiet", is_flag=True, help="Show only the summary (and the exit code).")
@click.option("-v", "--verbose", is_flag=True, help="Show every rule's result, not only the findings.")
@click.option(
    "--sarif-include-passing",
    is_flag=True,
    help="SARIF: also report passing and not-applicable results (default: findings only, as code "
    "scanning expects).",
)
@click.pass_context
def check(ctx: click.Context, /, **values: Any) -> int:
    """Check declarations (files, directories searched for *.yaml/*.yml, or globs) rule by rule.

    Options may also come from .compliance-checker.yaml or [tool.compliance-checker] in pyproject.toml,
    found from the working directory upwards; the command line wins (see --show-config).

    Exit codes: 0 no finding under --fail-on; 1 findings; 2 an invalid file or bad usage; 130 Ctrl-C.
    """
    if values["show_config"]:
        click.echo(settings.show_config(ctx), nl=False)
        return 0
    if not values["paths"]:
        raise click.UsageError("Missing argument 'PATHS...'.", ctx)
    config = _run_config(ctx, values)
    progress = _Progress()
    stdout = _Stdout(progress)
    shown = config.format in SHOWS_ERRORS and config.render.verbosity != "quiet"

    def show_errors(errors: Sequence[Diagnostic]) -> None:
        progress.pause()
        for diagnostic in errors:
            click.echo(diagnostic.render(), err=True)

    result = run(
        config,
        out=stdout.write,
        flush=stdout.flush,
        progress=progress,
        before_work=resume_collection,
        on_errors=None if shown else show_errors,
    )
    for notice in result.notices:
        click.echo(notice.render(), err=True)
    return result.exit_code


def _run_config(ctx: click.Context, values: dict[str, Any]) -> RunConfig:
    """The typed run configuration from the parsed options."""
    as_of: dt.date = values["as_of"]
    return RunConfig(
        paths=tuple(values["paths"]),
        format=values["fmt"],
        outputs=tuple(values["outputs"]),
        as_of=as_of,
        rulesets=tuple(values["rulesets"]),
        profile=values["profile"],
        policy=parse_fail_on(
            values["fail_on"], hard_rules=values["fail_on_rule"], soft_rules=values["soft_fail_rule"]
        ),
        waivers=Path(values["waivers"]) if values["waivers"] else None,
        ignore_waivers=values["ignore_waivers"],
        baseline=Path(values["baseline"]) if values["baseline"] else None,
        jobs=values["jobs"],
        max_file_size=values["max_file_size"],
        evidence_root=values["evidence_root"],
        render=settings.render_options(ctx, values, stdout=sys.stdout),
    )
