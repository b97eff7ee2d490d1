"""`check` without click: its command line recognised as click would parse it, and the check run on the
console, the same for both.

A plain check (the command a CI gate runs once per commit) spent a third of its start-up importing
click. ``recognise`` reads ``check``'s arguments, and the configuration file's defaults, into the very
parameters click would produce (``ctx.params``), or returns None for anything it does not fully handle:
help, an unknown or misspelt option, a value click would refuse (an unknown rule id among them),
``--show-config``, shell completion... ``cli.py`` then runs click, so every message, help text and exit
code stays click's. A "no" here always means "ask click", never an error.

``OPTIONS`` is the recogniser's table of ``check``'s options; ``tests/test_quickargs.py`` compares it
with the click command's own parameters (names, flags, values, multiples, defaults, types), so that an
option added to the command and not here fails a test, and compares both parsers over a corpus of
command lines.

``run_check`` is the check itself, from the parsed parameters to the exit code: the click command
(``commands/check.py``) calls it too, after its own parsing.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from compliance_checker import run as runs
from compliance_checker.cli import StdoutError, echo, resume_collection, stdout_gone
from compliance_checker.config import ConfigFile, Setting, find_config
from compliance_checker.errors import CheckerError, Diagnostic
from compliance_checker.loading.files import DEFAULT_MAX_BYTES
from compliance_checker.loading.rulesets import shipped_rulesets
from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions, Verbosity
from compliance_checker.report import FORMATTERS
from compliance_checker.run import RunConfig, parse_fail_on, today_utc

if TYPE_CHECKING:
    from pathlib import Path

COMPLETE_VAR = "_COMPLIANCE_CHECKER_COMPLETE"  # click's shell completion for the program's name
META_KEYS = ("no-config", "show-config", "help")  # options that make no sense in a configuration file
PATH_KEYS = frozenset({"waivers", "baseline", "evidence-root"})
COLORS = ("auto", "always", "never")
PROGRESS_MIN_FILES = 6
# Formats whose standard-output text already lists every located error of an invalid declaration: with
# them the errors are not repeated on standard error (a terminal would show each twice). The others
# (a table's summary line, or JSON, SARIF... meant for a file or a program) leave standard error as the
# place where a person sees why the run failed.
SHOWS_ERRORS = frozenset({"text"})


class _Decline(Exception):
    """Something the recogniser does not handle: click parses the command line instead."""


class Option(NamedTuple):
    """One of ``check``'s options, as click declares it (``commands/check.py``)."""

    name: str  # the parameter's name: its key in click's ``ctx.params``
    flags: tuple[str, ...]  # as declared, e.g. ("-o", "--output")
    takes_value: bool  # False: a flag (True when given)
    multiple: bool
    # The value click's type and callback make of what was given (the text, the list of texts of a
    # repeated option, a flag's bool) or of nothing (None: the default); raises _Decline where click
    # would refuse it, or where this module does not handle it.
    convert: Callable[[Any], Any]


def _choice(choices: Sequence[str], default: str) -> Callable[[Any], Any]:
    def convert(given: str | None) -> str:
        if given is None:
            return default
        if given not in choices:
            raise _Decline
        return given

    return convert


def _text(given: str | None) -> str | None:
    return given


def _texts(given: list[str] | None) -> tuple[str, ...]:
    return tuple(given or ())


def _flag(given: bool | None) -> bool:
    return bool(given)


def _declined_flag(given: bool | None) -> bool:
    if given:
        raise _Decline
    return False


def is_ruleset_file(spec: str) -> bool:
    """Whether a ``--ruleset`` value names a custom ruleset file (which may define any rule id)."""
    return spec.endswith((".yaml", ".yml")) or "/" in spec


class UnknownRule(Exception):
    """A rule id that no shipped ruleset has (and no custom ruleset file may define)."""

    def __init__(self, wanted: str, ids: Sequence[str]) -> None:
        super().__init__(wanted)
        self.wanted = wanted
        self.ids = ids


def shipped_rule_ids() -> list[str]:
    """Every rule id and alias of every shipped ruleset version."""
    return [
        name
        for item in shipped_rulesets()
        for rule in item.ruleset.rules
        for name in (rule.id, *rule.aliases)
    ]


def canonical_rule_ids(values: Sequence[str], *, custom: bool) -> tuple[str, ...]:
    """--fail-on-rule and --soft-fail-rule in any case, as the rule's own id; UnknownRule for an id no
    shipped ruleset has, unless a custom ruleset file (``custom``) may define it."""
    if not values:
        return tuple(values)
    ids = shipped_rule_ids()
    chosen = []
    for value in values:
        exact = [rule for rule in ids if rule.lower() == value.lower()]
        if exact:
            chosen.append(exact[0])
        elif custom:
            chosen.append(value)
        else:
            raise UnknownRule(value, ids)
    return tuple(chosen)


def _rule_ids(given: list[str] | None) -> tuple[str, ...]:
    """The ids as given; ``recognise`` matches them once it knows whether a custom ruleset file was
    chosen before them (click runs the option's callback with the options processed so far)."""
    return tuple(given or ())


def _as_path(value: str) -> Path:
    """A file option's value (``--output``, ``--waivers``, ``--baseline``) as ``RunConfig`` takes it:
    ``pathlib`` is imported only when such an option is given (a plain check imports none, issue 16)."""
    from pathlib import Path

    return Path(value)


def _outputs(given: list[str] | None) -> list[tuple[str, Path]]:
    outputs = []
    for spec in given or ():
        fmt, sep, file = spec.partition("=")
        if not sep or not file or fmt not in FORMATTERS:
            raise _Decline
        outputs.append((fmt, _as_path(file)))
    return outputs


def _as_of(given: str | None) -> dt.date:
    if given is None:
        return today_utc()
    try:
        return dt.date.fromisoformat(given)
    except ValueError:
        raise _Decline from None


def _fail_on(given: str | None) -> str:
    value = "info" if given is None else given
    try:
        parse_fail_on(value)
    except ValueError:
        raise _Decline from None
    return value


def _count(default: int | None) -> Callable[[Any], Any]:
    """click's ``IntRange(min=1)``: ``int()`` of the text, at least 1."""

    def convert(given: str | None) -> int | None:
        if given is None:
            return default
        try:
            number = int(given)
        except ValueError:
            raise _Decline from None
        if number < 1:
            raise _Decline
        return number

    return convert


def _path(*, exists: bool = False, file_okay: bool = True, dir_okay: bool = True) -> Callable[[Any], Any]:
    """click's ``Path``: the text itself, where click's checks of an existing path pass."""

    def convert(given: str | None) -> str | None:
        if given is None:
            return None
        _check_path(given, exists=exists, file_okay=file_okay, dir_okay=dir_okay)
        return given

    return convert


def _check_path(given: str, *, exists: bool, file_okay: bool, dir_okay: bool) -> None:
    try:
        found = os.stat(given)
    except OSError:
        if exists:
            raise _Decline from None
        return
    if (not file_okay and stat.S_ISREG(found.st_mode)) or (not dir_okay and stat.S_ISDIR(found.st_mode)):
        raise _Decline
    if not os.access(given, os.R_OK):
        raise _Decline


OPTIONS: tuple[Option, ...] = (
    Option("no_config", ("--no-config",), False, False, _flag),
    Option("show_config", ("--show-config",), False, False, _declined_flag),
    Option("fmt", ("--format",), True, False, _choice(list(FORMATTERS), "table")),
    Option("outputs", ("-o", "--output"), True, True, _outputs),
    Option("as_of", ("--as-of",), True, False, _as_of),
    Option("rulesets", ("--ruleset",), True, True, _texts),
    Option("profile", ("--profile",), True, False, _text),
    Option("fail_on", ("--fail-on",), True, False, _fail_on),
    Option("fail_on_rule", ("--fail-on-rule",), True, True, _rule_ids),
    Option("soft_fail_rule", ("--soft-fail-rule",), True, True, _rule_ids),
    Option("waivers", ("--waivers",), True, False, _path(dir_okay=False)),
    Option("ignore_waivers", ("--ignore-waivers",), False, False, _flag),
    Option("baseline", ("--baseline",), True, False, _path(dir_okay=False)),
    Option("jobs", ("--jobs", "-j"), True, False, _count(None)),
    Option("max_file_size", ("--max-file-size",), True, False, _count(DEFAULT_MAX_BYTES)),
    Option("evidence_root", ("--evidence-root",), True, False, _path(exists=True, file_okay=False)),
    Option("color", ("--color",), True, False, _choice(COLORS, "auto")),
    Option("quiet", ("-q", "--quiet"), False, False, _flag),
    Option("verbose", ("-v", "--verbose"), False, False, _flag),
    Option("sarif_include_passing", ("--sarif-include-passing",), False, False, _flag),
)
# click reads "-x" (one letter) as a short option, anything longer as a long one
_LONG = {flag: option for option in OPTIONS for flag in option.flags if len(flag) > 2}
_SHORT = {flag: option for option in OPTIONS for flag in option.flags if len(flag) == 2}
HIDDEN = frozenset({"no_config"})  # options click parses but does not pass to the command
RULE_OPTIONS = ("fail_on_rule", "soft_fail_rule")
EAGER = frozenset({"no_config"})  # processed by click before every other option


def long_name(flags: Sequence[str]) -> str | None:
    """An option's name in the configuration file: its first long flag without the dashes."""
    names = [flag for flag in flags if flag.startswith("--")]
    return names[0][2:] if names else None


# The options a configuration file may set, by key (``commands/settings.py`` finds the same in click's).
FILE_KEYS = {
    key: option for option in OPTIONS if (key := long_name(option.flags)) is not None and key not in META_KEYS
}


class Recognised(NamedTuple):
    """A command line the recogniser took: the parameters, as click's ``ctx.params``, and the names of
    those given on the command line (not by the configuration file or by default)."""

    params: dict[str, Any]
    on_command_line: frozenset[str]


def _given(args: Sequence[str]) -> tuple[dict[str, Any], list[str]]:
    """The options given (by parameter name: a text, the list of a repeated option's texts, True for a
    flag), in the order each was first given, and the positional arguments, read as click's parser
    reads them."""
    given: dict[str, Any] = {}
    positional: list[str] = []
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--":
            positional.extend(rest)
            break
        if arg[:1] != "-" or len(arg) == 1:
            positional.append(arg)
            continue
        if not arg.startswith("--"):  # short options, several in one word, the last with its value
            _short(arg, rest, given)
            continue
        name, equals, attached = arg.partition("=")
        option = _LONG.get(name)
        if option is None:
            raise _Decline  # unknown, misspelt or help: click says so
        value = attached if equals else None
        if not option.takes_value:
            if value is not None:
                raise _Decline  # "does not take a value"
            given[option.name] = True
            continue
        if value is None:
            if not rest:
                raise _Decline  # "requires an argument"
            value = rest.pop(0)
        _store(given, option, value)
    return given, positional


def _short(arg: str, rest: list[str], given: dict[str, Any]) -> None:
    for index, letter in enumerate(arg[1:], start=2):
        option = _SHORT.get(f"-{letter}")
        if option is None:
            raise _Decline
        if not option.takes_value:
            given[option.name] = True
            continue
        if index < len(arg):
            value = arg[index:]
        elif rest:
            value = rest.pop(0)
        else:
            raise _Decline
        _store(given, option, value)
        return


def _store(given: dict[str, Any], option: Option, value: str) -> None:
    if option.multiple:
        given.setdefault(option.name, []).append(value)
    else:
        given[option.name] = value


def _relative_to(config: ConfigFile, value: str) -> str:
    """A path written in the configuration file, resolved against the file's folder."""
    if os.path.isabs(value):
        return value
    joined = os.path.normpath(os.path.join(config.folder, value))
    try:
        return os.path.relpath(joined)
    except ValueError:  # another drive on Windows
        return joined


def as_written(config: ConfigFile, setting: Setting, *, flag: bool, multiple: bool) -> Any:
    """A configuration file's value in the form the command line would give it (a text, a list of
    texts, a flag's bool); InputError, located, for a value of the wrong shape."""
    key, value = setting.key, setting.value
    if flag:
        if not isinstance(value, bool):
            raise config.error(setting, f"{key}: expected true or false; got {value!r}", at_value=True)
        return value
    if multiple:
        items = value if isinstance(value, list) else [value]
        return [_one(config, setting, item) for item in items]
    return _one(config, setting, value)


def _one(config: ConfigFile, setting: Setting, value: Any) -> str:
    key = setting.key
    if isinstance(value, bool) or value is None or isinstance(value, list | dict):
        message = f"{key}: expected one value, as on the command line; got {value!r}"
        raise config.error(setting, message, at_value=True)
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    if key in PATH_KEYS:
        return _relative_to(config, text)
    if key == "output":
        fmt, sep, file = text.partition("=")
        return f"{fmt}={_relative_to(config, file)}" if sep and file else text
    if key == "ruleset" and (text.endswith((".yaml", ".yml")) or "/" in text):
        return _relative_to(config, text)
    return text


def _from_file() -> dict[str, Any]:
    """The configuration file's values by parameter name, each checked as click checks it."""
    try:
        config = find_config()
        if config is None:
            return {}
        defaults: dict[str, Any] = {}
        for setting in config.settings:
            option = FILE_KEYS.get(setting.key)
            if option is None:
                raise _Decline  # unknown key: click says which one was meant
            value = as_written(config, setting, flag=not option.takes_value, multiple=option.multiple)
            option.convert(value)
            if option.name in RULE_OPTIONS:  # click checks the file before any option is processed
                canonical_rule_ids(value, custom=False)
            defaults[option.name] = value
        return defaults
    except (CheckerError, UnknownRule):  # a file click would refuse, with its located error
        raise _Decline from None


def _before(given: Mapping[str, Any], first: str, then: str) -> bool:
    """Whether click processes option ``first`` before ``then``: the eager one first, then those on the
    command line in the order they were first given, then the others in the order they are declared."""
    declared = [option.name for option in OPTIONS]

    def place(name: str) -> tuple[bool, float, int]:
        given_at = list(given).index(name) if name in given else float("inf")
        return name not in EAGER, given_at, declared.index(name)

    return place(first) < place(then)


def verbosity(quiet: bool, verbose: bool, on_command_line: Collection[str]) -> Verbosity | None:
    """-q and -v together: the one given on the command line wins over the configuration file's; None
    when both or neither of them are (a usage error)."""
    if quiet and verbose:
        on_line = [name for name in ("quiet", "verbose") if name in on_command_line]
        if len(on_line) != 1:
            return None
        return "quiet" if on_line[0] == "quiet" else "verbose"
    return "quiet" if quiet else "verbose" if verbose else "normal"


def recognise(args: Sequence[str], environ: Mapping[str, str]) -> Recognised | None:
    """``check``'s parameters from its arguments (those after ``check``) and the configuration file,
    equal to click's ``ctx.params``; None where click should parse them."""
    if environ.get(COMPLETE_VAR):
        return None
    try:
        given, positional = _given(args)
        defaults = {} if given.get("no_config") else _from_file()
        params: dict[str, Any] = {"paths": tuple(positional)}
        for path in positional:
            _check_path(path, exists=False, file_okay=True, dir_okay=True)
        for option in OPTIONS:
            value = option.convert(given.get(option.name, defaults.get(option.name)))
            if option.name not in HIDDEN:
                params[option.name] = value
        for name in RULE_OPTIONS:
            custom = _before(given, "rulesets", name) and any(map(is_ruleset_file, params["rulesets"]))
            params[name] = canonical_rule_ids(params[name], custom=custom)
    except (_Decline, UnknownRule):
        return None
    if not positional:
        return None  # click says that a path is missing
    on_line = frozenset(given)
    if verbosity(params["quiet"], params["verbose"], on_line) is None:
        return None
    return Recognised(params, on_line)


def main(args: Sequence[str], environ: Mapping[str, str]) -> int | None:
    """``check`` with these arguments, when they are recognised: its exit code; else None."""
    recognised = recognise(args, environ)
    if recognised is None:
        return None
    chosen = verbosity(recognised.params["quiet"], recognised.params["verbose"], recognised.on_command_line)
    assert chosen is not None  # recognise() took only a command line with one
    return run_check(recognised.params, verbosity=chosen)


# --- The check on the console, from the parameters ----------------------------------------------------


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


def wants_color(choice: str, stream: TextIO, environ: Mapping[str, str]) -> bool:
    """auto: colour only on a terminal, never when NO_COLOR is set to anything (https://no-color.org)
    or the terminal says it is dumb."""
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR") or environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def terminal_width(stream: TextIO, environ: Mapping[str, str]) -> int:
    """COLUMNS when set to a positive number, else the terminal's width when standard output is one,
    else 100."""
    columns = environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    isatty = getattr(stream, "isatty", None)
    if isatty and isatty():
        try:
            return os.get_terminal_size(stream.fileno()).columns or DEFAULT_OPTIONS.width
        except (OSError, ValueError):  # a terminal without a size, or a stream without a descriptor
            return DEFAULT_OPTIONS.width
    return DEFAULT_OPTIONS.width


def run_config(params: Mapping[str, Any], *, verbosity: Verbosity, stdout: TextIO) -> RunConfig:
    """The typed run configuration from ``check``'s parameters."""
    return RunConfig(
        paths=tuple(params["paths"]),
        format=params["fmt"],
        outputs=tuple(params["outputs"]),
        as_of=params["as_of"],
        rulesets=tuple(params["rulesets"]),
        profile=params["profile"],
        policy=parse_fail_on(
            params["fail_on"], hard_rules=params["fail_on_rule"], soft_rules=params["soft_fail_rule"]
        ),
        waivers=_as_path(params["waivers"]) if params["waivers"] else None,
        ignore_waivers=params["ignore_waivers"],
        baseline=_as_path(params["baseline"]) if params["baseline"] else None,
        jobs=params["jobs"],
        max_file_size=params["max_file_size"],
        evidence_root=params["evidence_root"],
        render=RenderOptions(
            color=wants_color(params["color"], stdout, os.environ),
            width=terminal_width(stdout, os.environ),
            verbosity=verbosity,
            include_passing=params["sarif_include_passing"],
        ),
    )


def run_check(params: Mapping[str, Any], *, verbosity: Verbosity) -> int:
    """Check the declarations ``params`` name (``compliance_checker.run.run``) and show the outcome: the
    report on standard output, located errors and notices on standard error; return the exit code."""
    config = run_config(params, verbosity=verbosity, stdout=sys.stdout)
    progress = _Progress()
    stdout = _Stdout(progress)
    shown = config.format in SHOWS_ERRORS and config.render.verbosity != "quiet"

    def show_errors(errors: Sequence[Diagnostic]) -> None:
        progress.pause()
        for diagnostic in errors:
            echo(diagnostic.render())

    result = runs.run(
        config,
        out=stdout.write,
        flush=stdout.flush,
        progress=progress,
        before_work=resume_collection,
        on_errors=None if shown else show_errors,
    )
    for notice in result.notices:
        echo(notice.render())
    return result.exit_code
