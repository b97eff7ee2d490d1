"""The click command line: the command group, whose commands are imported on first use, click's own
errors as exit codes, and the options several commands share.

``cli.py`` imports this module only for a command line that ``quickargs`` (a plain ``check``) does not
take; the exit codes and the standard-stream helpers live in ``cli.py`` and are named here as well."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any, TypeVar

import click

from compliance_checker import __version__
from compliance_checker.cli import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    StdoutError,
    Terminated,
    interrupted,
    resume_collection,
    stdout_gone,
)
from compliance_checker.loading.files import DEFAULT_MAX_BYTES
from compliance_checker.loading.yaml_strict import LIBYAML
from compliance_checker.report import FORMATTERS  # the registry: names only, no format imported


def today_utc() -> dt.date:
    return dt.datetime.now(dt.timezone.utc).date()


def _parse_as_of(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date:
    if value is None:
        return today_utc()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; expected YYYY-MM-DD") from None


as_of_option = click.option(
    "--as-of",
    callback=_parse_as_of,
    metavar="YYYY-MM-DD",
    help="Judge what is due on this date (default: today, UTC).",
)


def parse_outputs(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> list[tuple[str, Path]]:
    outputs: list[tuple[str, Path]] = []
    for spec in values:
        fmt, sep, file = spec.partition("=")
        if not sep or not file or fmt not in FORMATTERS:
            raise click.BadParameter(
                f"{spec!r}: expected FORMAT=FILE with FORMAT one of {', '.join(FORMATTERS)}"
            )
        outputs.append((fmt, Path(file)))
    return outputs


ruleset_option = click.option(
    "--ruleset",
    "rulesets",
    multiple=True,
    metavar="ID[@VERSION]|FILE",
    help="Use this ruleset version (or a custom ruleset file); overrides the declaration's pin. Repeatable.",
)


F = TypeVar("F", bound=Callable[..., Any])


def jobs_option(doing: str) -> Callable[[F], F]:
    """``--jobs/-j``: the worker processes a batch command ``doing`` files runs in."""
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=None,
        help=f"Processes to {doing} files in (default: the number of cores; small batches run in-process).",
    )


max_file_size_option = click.option(
    "--max-file-size",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse declarations larger than this many bytes, before parsing them.",
)

profile_option = click.option(
    "--profile",
    "profile",
    default=None,
    metavar="NAME[@VERSION]",
    help="Start from this profile's ruleset versions (e.g. code-of-practice@2025-07-10; "
    "`compliance-checker profiles` lists them) instead of the declaration's `profile` or the default "
    "profile. The declaration's `rulesets` pins and --ruleset still win.",
)


__all__ = [
    "EXIT_FINDINGS",
    "EXIT_INPUT",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "StdoutError",
    "Terminated",
    "as_of_option",
    "cli",
    "jobs_option",
    "max_file_size_option",
    "parse_outputs",
    "profile_option",
    "resume_collection",
    "ruleset_option",
    "run_click",
    "stdout_gone",
    "today_utc",
]


def _version_text() -> str:
    parser = "libyaml C parser" if LIBYAML else "pure-Python YAML parser (libyaml not available)"
    return f"compliance-checker {__version__} ({parser})"


# The one place where the command line is lazy: a command's module, and everything it imports, is loaded
# only when that command runs (inside ``run_click``, so Ctrl-C during start-up is handled like any other).
# Each command module imports what it needs at its top.
COMMANDS: dict[str, str] = {
    "check": "compliance_checker.commands.check:check",
    "rules": "compliance_checker.commands.rules:rules",
    "init": "compliance_checker.commands.init:init",
    "profiles": "compliance_checker.commands.profiles:profiles",
    "compare": "compliance_checker.commands.compare:compare",
    "classify": "compliance_checker.commands.classify:classify",
    "rulesets": "compliance_checker.commands.rulesets:rulesets_command",
    "schema": "compliance_checker.commands.schema:schema",
    "render": "compliance_checker.commands.render:render",
    "deadlines": "compliance_checker.commands.deadlines:deadlines",
}


class _Commands(click.Group):
    """A click group whose listed commands (``COMMANDS``) are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return super().get_command(ctx, cmd_name)
        module, _, name = COMMANDS[cmd_name].partition(":")
        command = getattr(import_module(module), name)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, message=_version_text())
def cli() -> None:
    """Check a GPAI model provider's declaration against the EU AI Act and the GPAI Code of Practice.

    A self-assessment aid, not legal advice.
    """


def run_click(argv: list[str] | None) -> int:
    """Run the command line through click; click's own errors (usage, abort, exit) become exit codes, and
    every other error goes to ``cli.py``, which maps it."""
    try:
        code = cli.main(args=argv, prog_name="compliance-checker", standalone_mode=False)
    except click.exceptions.UsageError as exc:
        exc.show()
        return EXIT_INPUT
    except click.exceptions.Abort as exc:
        if isinstance(exc.__cause__, KeyboardInterrupt):  # click turns Ctrl-C into Abort
            return interrupted()
        click.echo("Aborted.", err=True)
        return EXIT_INPUT
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    return int(code or 0)
