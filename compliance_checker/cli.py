"""The command line's entry point: runs one command, maps what went wrong to an exit code, and never lets
a traceback reach the user.

A plain ``check`` (the command a CI gate runs) starts without click: ``quickargs`` recognises its command
line, with the configuration file, exactly as click would parse it, or declines, and only then is click
imported (``commands.options.run_click``) to parse it, show help or say what is wrong. Either way the check
itself is ``quickargs.run_check``. Every other command is click's.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings; 2 bad input or usage; 3 internal error;
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import _thread
import codecs
import errno
import gc
import io
import os
import re
import signal
import sys
from collections.abc import Callable
from typing import TextIO, cast

from compliance_checker.errors import CheckerError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C

# pydantic looks for plugins in every installed package's metadata on first use (about 13 ms); the
# command line runs no third-party code through pydantic, so skip that. The Python API is unaffected.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

_ANSI = re.compile(r"\033\[[0-?]*[ -/]*[@-~]")  # click's pattern: what click.echo strips off a non-terminal


class Terminated(BaseException):
    """SIGTERM or SIGHUP: unwinds like Ctrl-C, so that workers are stopped and no temporary file stays;
    the exit code is 128 + the signal's number, as a shell reports for a command the signal killed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class StdoutError(Exception):
    """Standard output cannot be written (a full disk, a closed descriptor): exit 2 with the reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def render(self) -> str:
        return f"compliance-checker: error: cannot write to standard output: {self.reason}"


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


def resume_collection() -> None:
    """Per-file work begins. Where the console script turned the garbage collector off for start-up
    (``main``), freeze what start-up built, so that no collection walks it again (nor copies it into
    forked workers' memory by touching it), and turn the collector back on, so that a long batch stays
    flat in memory. Does nothing where the collector is on (the Python API, the tests)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _plain(stream: TextIO) -> bool:
    """Whether click would write to this standard error as it is: a text file in an encoding other than
    ASCII (click re-opens an ASCII one as UTF-8), off Windows (whose console click writes itself)."""
    if os.name == "nt" or not isinstance(stream, io.TextIOWrapper) or stream.errors is None:
        return False
    if hasattr(stream, "color") or type(stream).__module__.startswith("ipykernel."):
        return False
    try:
        return codecs.lookup(stream.encoding).name != "ascii"
    except LookupError:
        return False


def echo(message: str) -> None:
    """One line on standard error, as ``click.echo(message, err=True)`` writes it (ANSI codes removed
    when standard error is not a terminal, then flushed), without importing click; where click would
    write differently (see ``_plain``), click writes it."""
    stream = sys.stderr
    if stream is None:  # no standard error (pythonw): nothing to write to, as click does
        return
    if not _plain(stream):
        import click  # the full implementation, for the streams only it handles

        click.echo(message, err=True)
        return
    out = message + "\n"
    try:
        terminal = stream.isatty()
    except Exception:  # click counts a stream that cannot tell as no terminal
        terminal = False
    if not terminal:
        out = _ANSI.sub("", out)
    stream.write(out)
    stream.flush()


def interrupted() -> int:
    """Ctrl-C: a clean message and 130. Output files are written whole or not at all, so none is partial."""
    echo("compliance-checker: interrupted; no output file was written or changed")
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
        echo(StdoutError("it is closed").render())
        return EXIT_INPUT
    code = _run(argv)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        stdout_gone()
    except OSError as exc:
        echo(StdoutError(exc.strerror or str(exc)).render())
        return EXIT_INPUT
    return code


def _stdout_failing(exc: OSError) -> bool:
    """Whether the error came from printing (``click.echo``, or ``echo`` here), not from a file the
    command worked on."""
    frame = exc.__traceback__
    while frame is not None:
        code = frame.tb_frame.f_code
        if code is echo.__code__ or (
            code.co_name == "echo" and code.co_filename.endswith(os.path.join("click", "utils.py"))
        ):
            return True
        frame = frame.tb_next
    return False


def _run(argv: list[str] | None) -> int:
    try:
        return _dispatch(argv)
    except KeyboardInterrupt:
        return interrupted()
    except Terminated as exc:
        name = signal.Signals(exc.signum).name
        echo(f"compliance-checker: terminated ({name}); no output file was written or changed")
        return 128 + exc.signum
    except CheckerError as exc:
        for diag in exc.diagnostics:
            echo(diag.render())
        return EXIT_INPUT
    except StdoutError as exc:
        echo(exc.render())
        return EXIT_INPUT
    except BrokenPipeError:
        stdout_gone()
        return EXIT_OK
    except OSError as exc:
        if _stdout_failing(exc):
            echo(StdoutError(exc.strerror or str(exc)).render())
            return EXIT_INPUT
        return _internal(exc)
    except Exception as exc:
        if _caused_by_ctrl_c(exc):
            return interrupted()
        return _internal(exc)


def _dispatch(argv: list[str] | None) -> int:
    """The fast path for a ``check`` it recognises; click for everything else.

    The command line is read as click reads it: ``sys.argv`` when none is given (on Windows click also
    expands globs in it, so there the fast path is not taken)."""
    args = list(argv) if argv is not None else sys.argv[1:]
    if args[:1] == ["check"] and (argv is not None or os.name != "nt"):
        from compliance_checker import quickargs  # only for `check`: it imports the configuration reader

        code = _as_click_would(lambda: quickargs.main(args[1:], os.environ))
        if code is not None:
            return code
    from compliance_checker.commands.options import run_click  # click, and the lazy command group

    return run_click(argv)


class _IgnoreBrokenPipe:
    """A standard stream whose flush ignores a reader that went away, as click's main wraps them."""

    def __init__(self, wrapped: TextIO) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> object:
        return getattr(self.wrapped, name)


def _as_click_would(command: Callable[[], int | None]) -> int | None:
    """The fast path's command, with what click's ``main`` does around a command it runs: Ctrl-C or the
    end of input ends the terminal's line and aborts the command; an error writing to a reader that went
    away makes both standard streams ignore it, and exits 1."""
    try:
        return command()
    except (EOFError, KeyboardInterrupt) as exc:
        stream = sys.stderr if sys.stderr is not None else sys.stdout  # click: echo(file=sys.stderr)
        if stream is not None:
            stream.write("\n")
            stream.flush()
        if isinstance(exc, KeyboardInterrupt):
            return interrupted()
        echo("Aborted.")
        return EXIT_INPUT
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        sys.stdout = cast(TextIO, _IgnoreBrokenPipe(sys.stdout))
        sys.stderr = cast(TextIO, _IgnoreBrokenPipe(sys.stderr))
        sys.exit(1)


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
    echo(
        f"compliance-checker: internal error: {type(exc).__name__}: {exc}\n"
        "This is a bug in compliance-checker; please report it with the command and the input that "
        "caused it."
    )
    return EXIT_INTERNAL
