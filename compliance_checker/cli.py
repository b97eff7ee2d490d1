"""The command line: wires the pipeline stages, picks formats and maps reports to exit codes.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings; 2 bad input or usage; 3 internal error;
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import signal
import sys

import click

from compliance_checker import __version__
from compliance_checker.commands.check import check
from compliance_checker.commands.compare import compare
from compliance_checker.commands.deadlines import deadlines
from compliance_checker.commands.init import init
from compliance_checker.commands.options import (
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    StdoutError,
    Terminated,
    as_of_option,
    stdout_gone,
)
from compliance_checker.commands.profiles import profiles
from compliance_checker.commands.render import render
from compliance_checker.commands.rules import rules
from compliance_checker.errors import CheckerError

# pydantic looks for plugins in every installed package's metadata on first use (about 13 ms); the
# command line runs no third-party code through pydantic, so skip that. The Python API is unaffected.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def _version_text() -> str:
    from compliance_checker.loading.yaml_strict import LIBYAML

    parser = "libyaml C parser" if LIBYAML else "pure-Python YAML parser (libyaml not available)"
    return f"compliance-checker {__version__} ({parser})"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, message=_version_text())
def cli() -> None:
    """Check a GPAI model provider's declaration against the EU AI Act and the GPAI Code of Practice.

    A self-assessment aid, not legal advice.
    """


@cli.command()
@click.argument("path", type=click.Path(dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@as_of_option
def classify(path: str, fmt: str, as_of: dt.date) -> int:
    """Say what applies to this model and why, with the legal sources."""
    from tabulate import tabulate

    from compliance_checker.api import classify_file
    from compliance_checker.models.facts import FACT_ORDER
    from compliance_checker.report.serialize import facts_dict

    _, facts = classify_file(path, as_of=as_of)
    data = facts_dict(facts)
    if fmt == "json":
        click.echo(
            json.dumps({"path": path, "as_of": as_of.isoformat(), **data}, indent=2, ensure_ascii=False)
        )
        return EXIT_OK
    rows = []
    for name in FACT_ORDER:
        fact = data[name]
        value = fact["value"]
        shown = "yes" if value is True else "no" if value is False else "n/a" if value is None else value
        rows.append([name, shown, fact["reason"], "; ".join(fact["sources"])])
    click.echo(f"{path} (as of {as_of.isoformat()})")
    click.echo(
        tabulate(
            rows,
            headers=["Fact", "Value", "Reason", "Sources"],
            tablefmt="simple",
            maxcolwidths=[None, None, 70, 30],
        )
    )
    return EXIT_OK


cli.add_command(check)
cli.add_command(rules)
cli.add_command(init)
cli.add_command(profiles)
cli.add_command(compare)
cli.add_command(render)
cli.add_command(deadlines)


@cli.command("rulesets")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def rulesets_command(fmt: str) -> int:
    """The ruleset versions available, with dates and SHA-256 hashes; Default marks the default
    profile's versions (`compliance-checker profiles`)."""
    from tabulate import tabulate

    from compliance_checker.loading.profiles import default_profile
    from compliance_checker.loading.rulesets import shipped_rulesets

    shipped = shipped_rulesets()
    defaults = default_profile().rulesets
    items = [
        {
            "id": item.ref.id,
            "version": item.ref.version,
            "date": item.ref.date.isoformat(),
            "title": item.ref.title,
            "rules": len(item.ruleset.rules),
            "default": defaults.get(item.ref.id) == item.ref.version,
            "sha256": item.ref.sha256,
            "files": list(item.ref.files),
        }
        for item in shipped
    ]
    if fmt == "json":
        click.echo(json.dumps(items, indent=2))
        return EXIT_OK
    rows = [
        [i["id"], i["version"], i["date"], i["rules"], "yes" if i["default"] else "", i["sha256"], i["title"]]
        for i in items
    ]
    click.echo(
        tabulate(
            rows,
            headers=["Ruleset", "Version", "Date", "Rules", "Default", "SHA-256", "Title"],
            tablefmt="simple",
        )
    )
    return EXIT_OK


@cli.command()
@click.argument(
    "kind", type=click.Choice(["declaration", "ruleset", "report", "waivers"]), default="declaration"
)
def schema(kind: str) -> int:
    """Print a JSON Schema: the declaration's (default), a ruleset's, the JSON report's, or waivers'."""
    from compliance_checker.loading.resources import data_dir

    click.echo((data_dir("schemas") / f"{kind}.schema.json").read_text(encoding="utf-8"), nl=False)
    return EXIT_OK


def _interrupted() -> int:
    """Ctrl-C: a clean message and 130. Output files are written whole or not at all, so none is partial."""
    click.echo("compliance-checker: interrupted; no output file was written or changed", err=True)
    return EXIT_INTERRUPTED


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
        return _internal(exc)
    return int(code or 0)


def _internal(exc: Exception) -> int:
    click.echo(
        f"compliance-checker: internal error: {type(exc).__name__}: {exc}\n"
        "This is a bug in compliance-checker; please report it with the command and the input that "
        "caused it.",
        err=True,
    )
    return EXIT_INTERNAL
