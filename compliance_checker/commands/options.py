"""Exit codes and options shared by several commands."""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from compliance_checker.loading.files import DEFAULT_MAX_BYTES
from compliance_checker.report import FORMATTERS  # the registry: names only, no format imported

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C


class Terminated(BaseException):
    """SIGTERM or SIGHUP: unwinds like Ctrl-C, so that workers are stopped and no temporary file stays;
    the exit code is 128 + the signal's number, as a shell reports for a command the signal killed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def stdout_gone() -> None:
    """The reader of standard output went away (``| head``): send whatever is still buffered, and all
    later output, to the null device, so that neither a later write nor the flush at exit fails."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:  # pragma: no cover - no null device
        return
    try:
        os.dup2(null, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):  # pragma: no cover - stdout is not a file
        pass
    finally:
        os.close(null)


class StdoutError(Exception):
    """Standard output cannot be written (a full disk, a closed descriptor): exit 2 with the reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def render(self) -> str:
        return f"compliance-checker: error: cannot write to standard output: {self.reason}"


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


def resume_collection() -> None:
    """Per-file work begins. Where the console script turned the garbage collector off for start-up
    (``cli.main``), freeze what start-up built, so that no collection walks it again (nor copies it into
    forked workers' memory by touching it), and turn the collector back on, so that a long batch stays
    flat in memory. Does nothing where the collector is on (the Python API, the tests)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
