"""`check`, as click parses it: its options (the command line over the configuration file), declared once
here. The parsed parameters go to ``quickargs.run_check``, the same function a plain check's fast path
calls (``cli.py``), which runs ``compliance_checker.run.run`` and shows what comes back.
"""

from __future__ import annotations

from typing import Any

import click

from compliance_checker.commands import settings
from compliance_checker.commands.options import (
    as_of_option,
    jobs_option,
    max_file_size_option,
    parse_outputs,
    profile_option,
    ruleset_option,
)
from compliance_checker.quickargs import run_check
from compliance_checker.report import FORMATTERS
from compliance_checker.run import parse_fail_on


def _parse_fail_on(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        parse_fail_on(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


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
    return run_check(values, verbosity=settings.verbosity(ctx, values["quiet"], values["verbose"]))
