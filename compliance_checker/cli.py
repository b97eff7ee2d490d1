"""The command line: wires the pipeline stages, picks formats and maps reports to exit codes.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings; 2 bad input or usage; 3 internal error;
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import _thread
import gc
import os
import signal
import sys
from importlib import import_module

import click

from compliance_checker import __version__
from compliance_checker.commands.options import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    StdoutError,
    Terminated,
    stdout_gone,
)
from compliance_checker.errors import CheckerError
from compliance_checker.loading.yaml_strict import LIBYAML

# pydantic looks for plugins in every installed package's metadata on first use (about 13 ms); the
# command line runs no third-party code through pydantic, so skip that. The Python API is unaffected.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def _version_text() -> str:
    parser = "libyaml C parser" if LIBYAML else "pure-Python YAML parser (libyaml not available)"
    return f"compliance-checker {__version__} ({parser})"


# The one place where the command line is lazy: a command's module, and everything it imports, is loaded
# only when that command runs (inside ``_run``, so Ctrl-C during start-up is handled like any other).
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


def _interrupted() -> int:
    """Ctrl-C: a clean message and 130. Output files are written whole or not at all, so none is partial."""
    click.echo("compliance-checker: interrupted; no output file was written or changed", err=True)
    return EXIT_INTERRUPTED


def _unraisable(info: sys.UnraisableHookArgs) -> None:
    """Ctrl-C that lands in a callback Python cannot raise from (an import lock's clean-up while a command
    is being loaded) would be printed as "Exception ignored" with a traceback, and lost. Deliver it again
    to the main thread, so that it ends the command like any other Ctrl-C."""
    if isinstance(info.exc_value, KeyboardInterrupt):
        _thread.interrupt_main()
        return
    sys.__unraisablehook__(info)


def _terminate(signum: int, frame: object) -> None:
    raise Terminated(signum)


def main(argv: list[str] | None = None) -> None:
    """The console script: one command, then exit.

    Start-up builds long-lived objects (modules, rulesets, validators) and no garbage worth collecting,
    so the garbage collector is off until a command starts its per-file work (``resume_collection``). At
    exit everything is frozen, so that the interpreter's last collections do not walk it all again:
    together about 15 ms of a one-file check.

    SIGTERM and SIGHUP unwind the command like Ctrl-C does, so that workers are stopped and temporary
    files removed; the exit code is then 128 + the signal's number.
    """
    gc.disable()
    sys.unraisablehook = _unraisable
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)
    code = run(argv)
    gc.freeze()
    sys.exit(code)


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code; never lets a traceback reach the user.

    Standard output: a reader that goes away (``| head``) is not an error: what is left to print is
    dropped and the exit code is the command's own. One that cannot be written (``> /dev/full``, a closed
    descriptor) is: exit 2 with the reason.
    """
    if sys.stdout is None:
        click.echo(StdoutError("it is closed").render(), err=True)
        return EXIT_INPUT
    code = _run(argv)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        stdout_gone()
    except OSError as exc:
        click.echo(StdoutError(exc.strerror or str(exc)).render(), err=True)
        return EXIT_INPUT
    return code


def _stdout_failing(exc: OSError) -> bool:
    """Whether the error came from printing (``click.echo``), not from a file the command worked on."""
    frame = exc.__traceback__
    while frame is not None:
        code = frame.tb_frame.f_code
        if code.co_name == "echo" and code.co_filename.endswith(os.path.join("click", "utils.py")):
            return True
        frame = frame.tb_next
    return False


def _run(argv: list[str] | None) -> int:
    try:
        code = cli.main(args=argv, prog_name="compliance-checker", standalone_mode=False)
    except click.exceptions.UsageError as exc:
        exc.show()
        return EXIT_INPUT
    except KeyboardInterrupt:
        return _interrupted()
    except Terminated as exc:
        name = signal.Signals(exc.signum).name
        click.echo(
            f"compliance-checker: terminated ({name}); no output file was written or changed", err=True
        )
        return 128 + exc.signum
    except click.exceptions.Abort as exc:
        if isinstance(exc.__cause__, KeyboardInterrupt):  # click turns Ctrl-C into Abort
            return _interrupted()
        click.echo("Aborted.", err=True)
        return EXIT_INPUT
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except CheckerError as exc:
        for diag in exc.diagnostics:
            click.echo(diag.render(), err=True)
        return EXIT_INPUT
    except StdoutError as exc:
        click.echo(exc.render(), err=True)
        return EXIT_INPUT
    except BrokenPipeError:
        stdout_gone()
        return EXIT_OK
    except OSError as exc:
        if _stdout_failing(exc):
            click.echo(StdoutError(exc.strerror or str(exc)).render(), err=True)
            return EXIT_INPUT
        return _internal(exc)
    except Exception as exc:
        if _caused_by_ctrl_c(exc):
            return _interrupted()
        return _internal(exc)
    return int(code or 0)


def _caused_by_ctrl_c(exc: BaseException) -> bool:
    """Ctrl-C that Python wrapped in another error (Python 3.11 turns one met while a class is being made,
    in ``__set_name__``, into a RuntimeError): an interruption, not a bug."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _internal(exc: Exception) -> int:
    click.echo(
        f"compliance-checker: internal error: {type(exc).__name__}: {exc}\n"
        "This is a bug in compliance-checker; please report it with the command and the input that "
        "caused it.",
        err=True,
    )
    return EXIT_INTERNAL
