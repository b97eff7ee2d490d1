"""A plain `check` starts without click (``quickargs``): its table of options is click's, it recognises a
command line only as click parses it, and a whole run ends the same with or without it."""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.core import ParameterSource

from compliance_checker import cli as entry
from compliance_checker import quickargs
from compliance_checker.commands import check as check_command
from compliance_checker.commands import options, settings
from compliance_checker.errors import CheckerError
from tests.conftest import AS_OF, SAMPLES

COMMAND = check_command.check
SAMPLE = "sample.yaml"  # copied into each test's folder, with its evidence


def _click_option(name: str) -> click.Option:
    found = [p for p in COMMAND.params if p.name == name]
    assert len(found) == 1 and isinstance(found[0], click.Option), name
    return found[0]


def test_the_table_names_every_option_of_the_click_command() -> None:
    declared = [p.name for p in COMMAND.params if isinstance(p, click.Option)]
    assert declared == [option.name for option in quickargs.OPTIONS]
    (argument,) = [p for p in COMMAND.params if isinstance(p, click.Argument)]
    assert argument.name == "paths" and argument.nargs == -1 and not argument.required
    assert isinstance(argument.type, click.Path) and not argument.type.allow_dash


@pytest.mark.parametrize("option", quickargs.OPTIONS, ids=lambda o: o.name)
def test_each_option_is_declared_as_click_declares_it(option: quickargs.Option) -> None:
    param = _click_option(option.name)
    assert tuple(param.opts) == option.flags and not param.secondary_opts
    assert param.is_flag is (not option.takes_value)
    assert param.multiple is option.multiple
    assert param.nargs == 1 and param.envvar is None and not param.required
    assert param.expose_value is (option.name not in quickargs.HIDDEN)
    assert param.is_eager is (option.name in quickargs.EAGER)


# What each option's type and callback are in click; the recogniser's converters are written for these.
TYPES: dict[str, tuple[str, Any]] = {
    "no_config": ("BOOL", settings.read_config_file),
    "show_config": ("BOOL", None),
    "fmt": ("Choice", None),
    "outputs": ("STRING", options.parse_outputs),
    "as_of": ("STRING", "_parse_as_of"),
    "rulesets": ("STRING", None),
    "profile": ("STRING", None),
    "fail_on": ("STRING", "_parse_fail_on"),
    "fail_on_rule": ("STRING", settings.rule_ids),
    "soft_fail_rule": ("STRING", settings.rule_ids),
    "waivers": ("Path", None),
    "ignore_waivers": ("BOOL", None),
    "baseline": ("Path", None),
    "jobs": ("IntRange", None),
    "max_file_size": ("IntRange", None),
    "evidence_root": ("Path", None),
    "color": ("Choice", None),
    "quiet": ("BOOL", None),
    "verbose": ("BOOL", None),
    "sarif_include_passing": ("BOOL", None),
}


@pytest.mark.parametrize("option", quickargs.OPTIONS, ids=lambda o: o.name)
def test_each_option_has_the_type_and_callback_the_recogniser_was_written_for(
    option: quickargs.Option,
) -> None:
    param = _click_option(option.name)
    kind, callback = TYPES[option.name]
    type_name = type(param.type).__name__ if kind in {"Choice", "Path", "IntRange"} else repr(param.type)
    assert type_name == kind
    if isinstance(callback, str):
        assert param.callback is not None and param.callback.__name__ == callback
    else:
        assert param.callback is callback
    if isinstance(param.type, click.Choice):
        assert [option.convert(c) for c in param.type.choices] == list(param.type.choices)
        assert option.convert(None) == param.default and param.type.case_sensitive
    if isinstance(param.type, click.IntRange):
        bounds = (param.type.min, param.type.max, param.type.min_open, param.type.clamp)
        assert bounds == (1, None, False, False)
        assert option.convert(None) == param.default
    if isinstance(param.type, click.Path):
        kept = (param.type.resolve_path, param.type.allow_dash, param.type.type, param.type.readable)
        assert kept == (False, False, None, True) and not param.type.writable and not param.type.executable


def test_the_configuration_file_keys_are_the_click_commands() -> None:
    assert {k: o.name for k, o in quickargs.FILE_KEYS.items()} == {
        k: p.name for k, p in settings._options(COMMAND).items()
    }


def test_no_context_setting_changes_how_click_parses_check() -> None:
    assert COMMAND.context_settings == {} and not COMMAND.allow_extra_args
    assert COMMAND.allow_interspersed_args and not COMMAND.ignore_unknown_options
    assert options.cli.context_settings == {"help_option_names": ["-h", "--help"]}


# --- Both parsers over a corpus of command lines ------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A project folder, the working directory: the sample, a folder, a waivers file, an evidence root."""
    (tmp_path / SAMPLE).write_text((SAMPLES / "frontier-systemic-risk.yaml").read_text("utf-8"), "utf-8")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "b.yaml").write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "waivers.yaml").write_text("waivers: []\n", encoding="utf-8")
    (tmp_path / "evidence").mkdir()
    (tmp_path / "-dash.yaml").write_text("x: 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    yield tmp_path


def click_params(args: list[str]) -> tuple[dict[str, Any], frozenset[str]] | None:
    """What click makes of ``check ARGS`` (as ``Group.invoke`` does), or None where it does something
    else than run a check: an error, help, --show-config, a missing path, -q with -v."""
    try:
        with options.cli.make_context("compliance-checker", ["check"]) as parent:
            ctx = COMMAND.make_context("check", list(args), parent=parent)
            params = dict(ctx.params)
            if params["show_config"] or not params["paths"]:
                return None
            settings.verbosity(ctx, params["quiet"], params["verbose"])
            on_line = {n for n in params if ctx.get_parameter_source(n) == ParameterSource.COMMANDLINE}
            return params, frozenset(on_line - {"paths"})
    except (click.exceptions.ClickException, click.exceptions.Exit, CheckerError):
        return None


P = SAMPLE
# (arguments, whether the fast path must take them)
CORPUS: list[tuple[list[str], bool]] = [
    ([P], True),
    (["--as-of", AS_OF, P], True),
    ([f"--as-of={AS_OF}", P], True),
    ([P, "--as-of", AS_OF], True),
    (["--as-of", "2026-02-30", P], False),
    (["--as-of", "tomorrow", P], False),
    (["--as-of"], False),
    ([P, "--as-of"], False),
    (["--format", "json", P], True),
    (["--format=sarif", P], True),
    (["--format", "json", "--format", "text", P], True),
    (["--format", "JSON", P], False),
    (["--format=", P], False),
    (["-o", "json=out.json", P], True),
    (["-ojson=out.json", P], True),
    (["--output", "junit=a.xml", "--output=sarif=b.sarif", P], True),
    (["-o=json=out.json", P], False),
    (["-o", "bogus=x", P], False),
    (["-o", "json=", P], False),
    (["-o", "json", P], False),
    (["--ruleset", "transparency@2025-07-10", "--ruleset", "copyright", P], True),
    (["--ruleset=rules.yaml", P], True),
    (["--profile", "code-of-practice@2025-07-10", P], True),
    (["--profile="], False),
    (["--fail-on", "high", P], True),
    (["--fail-on=medium,manual_review", P], True),
    (["--fail-on", "never", P], True),
    (["--fail-on", "bogus", P], False),
    (["--fail-on-rule", "AIA-53-2", P], True),
    (["--fail-on-rule", "aia-53-2", "--fail-on-rule", "EV-FILES", P], True),
    (["--soft-fail-rule=AIA-53-2", P], True),
    (["--fail-on-rule", "AIA-99", P], False),
    (["--fail-on-rule", "AIA", P], False),
    (["--ruleset", "rules/custom.yaml", "--fail-on-rule", "MY-1", P], True),
    (["--fail-on-rule", "MY-1", "--ruleset", "rules/custom.yaml", P], False),  # checked before --ruleset
    (["--soft-fail-rule", "MY-1", "--ruleset", "custom.yml", "--fail-on-rule", "MY-2", P], False),
    (["--ruleset", "custom.yml", "--soft-fail-rule", "MY-1", "--fail-on-rule", "AIA-53-2", P], True),
    (["--waivers", "waivers.yaml", P], True),
    (["--waivers", "missing.yaml", P], True),
    (["--waivers", "evidence", P], False),
    (["--waivers", "--quiet", P], True),
    (["--ignore-waivers", P], True),
    (["--ignore-waivers=yes", P], False),
    (["--baseline", "old.json", P], True),
    (["--baseline=more", P], False),
    (["--jobs", "2", P], True),
    (["-j", "2", P], True),
    (["-j2", P], True),
    (["-j", " 3 ", P], True),
    (["-j", "1_0", P], True),
    (["-j", "0", P], False),
    (["-j", "two", P], False),
    (["-j=2", P], False),
    (["--jobs=-1", P], False),
    (["--max-file-size", "4096", P], True),
    (["--max-file-size", "0", P], False),
    (["--evidence-root", "evidence", P], True),
    (["--evidence-root", SAMPLE, P], False),
    (["--evidence-root", "nowhere", P], False),
    (["--color", "always", P], True),
    (["--color=never", P], True),
    (["--color", "sometimes", P], False),
    (["-q", P], True),
    (["--quiet", "--quiet", P], True),
    (["-v", P], True),
    (["--verbose", P], True),
    (["-q", "-v", P], False),
    (["-qv", P], False),
    (["-vq", P], False),
    (["-qj2", P], True),
    (["-qo", "json=x.json", P], True),
    (["--sarif-include-passing", P], True),
    (["--no-config", P], True),
    (["--no-config=1", P], False),
    (["--show-config"], False),
    (["--show-config", P], False),
    (["--", "-dash.yaml"], True),
    ([P, "--", "--format", "json"], True),
    (["-dash.yaml"], False),
    (["-", P], True),
    (["more"], True),
    (["more/*.yaml", P], True),
    (["missing.yaml"], True),
    ([], False),
    (["--help"], False),
    (["-h", P], False),
    (["--version"], False),
    (["--formt", "json", P], False),
    (["--form", "json", P], False),
    (["-x", P], False),
    (["--", "--help"], True),
]


@pytest.mark.parametrize(("args", "fast"), CORPUS, ids=[" ".join(a) or "(none)" for a, _ in CORPUS])
def test_the_recogniser_takes_a_command_line_only_as_click_parses_it(
    folder: Path, args: list[str], fast: bool
) -> None:
    recognised = quickargs.recognise(args, {})
    clicked = click_params(args)
    if recognised is None:
        assert not fast, "the fast path declined a command line it should take"
        return
    assert clicked is not None, "the fast path took a command line click refuses"
    params, on_line = clicked
    assert recognised.params == params
    assert recognised.on_command_line & set(params) == on_line
    assert fast


CONFIGS: list[tuple[str, str, list[str], bool]] = [
    (".compliance-checker.yaml", "fail-on: high\nformat: json\n", [P], True),
    (".compliance-checker.yaml", "fail-on: high\n", ["--fail-on", "never", P], True),
    (".compliance-checker.yaml", "output: json=reports/out.json\nquiet: true\n", [P], True),
    (".compliance-checker.yaml", "output: [json=a.json, sarif=b.sarif]\n", ["-o", "csv=c.csv", P], True),
    (".compliance-checker.yaml", "quiet: true\n", ["-v", P], True),
    (".compliance-checker.yaml", "quiet: true\nverbose: true\n", [P], False),
    (".compliance-checker.yaml", "verbose: false\nignore-waivers: false\n", [P], True),
    (".compliance-checker.yaml", "as-of: 2026-11-29\njobs: 2\nmax-file-size: 9999\n", [P], True),
    (".compliance-checker.yaml", "waivers: waivers.yaml\nevidence-root: evidence\n", [P], True),
    (".compliance-checker.yaml", "ruleset: [transparency, rules/custom.yaml]\n", [P], True),
    (".compliance-checker.yaml", "color: always\nsarif-include-passing: true\n", [P], True),
    (".compliance-checker.yaml", "fail-on: nevr\n", [P], False),
    (".compliance-checker.yaml", "fail-on: nevr\n", ["--no-config", P], True),
    (".compliance-checker.yaml", "fail-on: nevr\n", ["--fail-on", "high", P], False),
    (".compliance-checker.yaml", "fial-on: high\n", [P], False),
    (".compliance-checker.yaml", "show-config: true\n", [P], False),
    (".compliance-checker.yaml", "quiet: yes please\n", [P], False),
    (".compliance-checker.yaml", "format: [json]\n", [P], False),
    (".compliance-checker.yaml", "jobs: 0\n", [P], False),
    (".compliance-checker.yaml", "fail-on-rule: aia-53-2\n", [P], True),
    (".compliance-checker.yaml", "fail-on-rule: [AIA-53-2, EV-FILES]\n", ["--fail-on-rule=AIA-54", P], True),
    (".compliance-checker.yaml", "fail-on-rule: MY-1\n", ["--ruleset", "custom.yaml", P], False),
    (".compliance-checker.yaml", "ruleset: custom.yaml\n", ["--fail-on-rule", "MY-1", P], False),
    (".compliance-checker.yaml", "ruleset: custom.yaml\nsoft-fail-rule: AIA-53-2\n", [P], True),
    (".compliance-checker.yaml", "ruleset: custom.yaml\n", ["--soft-fail-rule", "AIA-53-2", P], True),
    (".compliance-checker.yaml", "- a list\n", [P], False),
    (".compliance-checker.yaml", "a: [\n", [P], False),
    (".compliance-checker.yaml", "", [P], False),  # empty: an error
    (".compliance-checker.yaml", "# only a comment\n", [P], False),
    ("pyproject.toml", '[tool.compliance-checker]\nfail-on = "high"\noutput = ["json=o.json"]\n', [P], True),
    ("pyproject.toml", "[tool.compliance-checker]\nquiet = true\njobs = 2\n", [P], True),
    ("pyproject.toml", "[tool.compliance-checker]\nquiet = 1\n", [P], False),
    ("pyproject.toml", '[project]\nname = "x"\n', ["--format", "json", P], True),
    ("pyproject.toml", "[tool.compliance-checker\n", [P], False),
]


@pytest.mark.parametrize(("name", "text", "args", "fast"), CONFIGS)
def test_the_configuration_file_gives_the_defaults_it_gives_click(
    folder: Path, name: str, text: str, args: list[str], fast: bool
) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    recognised = quickargs.recognise(args, {})
    clicked = click_params(args)
    if recognised is None:
        assert not fast, "the fast path declined a command line it should take"
        return
    assert clicked is not None, "the fast path took a command line click refuses"
    assert recognised.params == clicked[0]
    assert recognised.on_command_line & set(clicked[0]) == clicked[1]
    assert fast


def test_a_configuration_file_in_a_folder_above_counts(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / ".compliance-checker.yaml").write_text("format: csv\n", encoding="utf-8")
    monkeypatch.chdir(folder / "more")
    recognised = quickargs.recognise(["b.yaml"], {})
    assert recognised is not None and recognised.params["fmt"] == "csv"
    assert recognised.params == (click_params(["b.yaml"]) or ({}, None))[0]


def test_shell_completion_is_left_to_click(folder: Path) -> None:
    assert quickargs.recognise([P], {"_COMPLIANCE_CHECKER_COMPLETE": "bash_complete"}) is None
    assert quickargs.recognise([P], {"_COMPLIANCE_CHECKER_COMPLETE": ""}) is not None


def test_an_unreadable_path_is_left_to_click(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: path != P and real(path, mode))
    assert quickargs.recognise([P], {}) is None
    assert click_params([P]) is None


def test_the_default_date_is_today_as_click_makes_it(folder: Path) -> None:
    recognised = quickargs.recognise([P], {})
    assert recognised is not None
    assert recognised.params["as_of"] == dt.datetime.now(dt.timezone.utc).date()


# --- Whole runs: the same output and exit code with and without the fast path ---------------------------


RUNS: list[list[str]] = [
    ["--as-of", AS_OF, P],
    ["--as-of", AS_OF, "--format", "json", P],
    ["--as-of", AS_OF, "--format", "text", "-v", P],
    ["--as-of", AS_OF, "-q", P],
    ["--as-of", AS_OF, "--fail-on", "never", "--format", "csv", P],
    ["--as-of", AS_OF, "--fail-on", "critical", "-o", "json=out.json", "-o", "sarif=out.sarif", P],
    ["--as-of", AS_OF, "--color", "always", P, "more"],
    ["--as-of", AS_OF, "--format", "text", str(SAMPLES / "invalid" / "wrong-type.yaml")],
    ["--as-of", AS_OF, "--format", "json", str(SAMPLES / "invalid" / "wrong-type.yaml")],
    ["--as-of", AS_OF, "missing.yaml"],
    ["--as-of", AS_OF, "--ruleset", "nonexistent", P],
    ["--as-of", AS_OF, "--profile", "nothing@1", P],
    ["--as-of", AS_OF, "-o", "json=sample.yaml", P],
    ["--as-of", AS_OF, "--waivers", "waivers.yaml", P],
    ["--as-of", AS_OF, "--waivers", "missing.yaml", P],
    ["--as-of", AS_OF, "--baseline", "missing.json", P],
    ["--as-of", AS_OF, "--jobs", "1", "--max-file-size", "100", P],
    ["--as-of", AS_OF, "--fail-on", "never", "--fail-on-rule", "ev-unused", "--format", "text", P],
    ["--as-of", AS_OF, "--soft-fail-rule", "SS-1-1-CONTENTS", "--format", "json", P],
    ["--as-of", AS_OF, "--evidence-root", "evidence", P],
    ["--as-of", AS_OF, "--sarif-include-passing", "--format", "sarif", "--", P],
]


def _whole_run(
    args: list[str], folder: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str, dict[str, bytes]]:
    code = entry.run(["check", *args])
    out, err = capsys.readouterr()
    written = {p.name: p.read_bytes() for p in sorted(folder.glob("out.*"))}
    for p in folder.glob("out.*"):
        p.unlink()
    return code, out, err, written


@pytest.mark.parametrize("args", RUNS, ids=[" ".join(a[2:]) for a in RUNS])
def test_a_run_ends_the_same_with_and_without_the_fast_path(
    folder: Path, args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if any("invalid" in a for a in args) and not (SAMPLES / "invalid" / "wrong-type.yaml").is_file():
        pytest.fail("the invalid sample this test uses is gone")
    taken: list[bool] = []
    real = quickargs.recognise

    def watched(*a: Any) -> quickargs.Recognised | None:
        found = real(*a)
        taken.append(found is not None)
        return found

    monkeypatch.setattr(quickargs, "recognise", watched)
    fast = _whole_run(args, folder, capsys)
    assert taken == [True]
    monkeypatch.setattr(quickargs, "recognise", lambda *a: None)
    slow = _whole_run(args, folder, capsys)
    assert fast == slow


@pytest.mark.parametrize(
    "error",
    [KeyboardInterrupt(), EOFError(), BrokenPipeError(32, "gone"), OSError(28, "full"), ValueError("x")],
    ids=lambda e: type(e).__name__,
)
def test_an_error_in_the_check_ends_the_run_as_under_click(
    folder: Path, error: BaseException, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What click's main does around the command (Ctrl-C, end of input, a reader gone) is done around
    the fast path's check too."""

    def failing(*args: Any, **kwargs: Any) -> None:
        raise error

    monkeypatch.setattr(quickargs.runs, "run", failing)
    ended = []
    for recognise in (quickargs.recognise, lambda *a: None):
        monkeypatch.setattr(quickargs, "recognise", recognise)
        streams = sys.stdout, sys.stderr
        try:
            code: object = entry.run(["check", P])
        except SystemExit as exc:
            code = ("exit", exc.code)
        finally:
            sys.stdout, sys.stderr = streams  # click's main wraps them on a broken pipe
        ended.append((code, *capsys.readouterr()))
    assert ended[0] == ended[1]


@pytest.mark.parametrize(
    ("environ", "args"),
    [
        ({"NO_COLOR": "1"}, ["--color", "auto", P]),
        ({"NO_COLOR": "1"}, ["--color", "always", "--format", "text", P]),
        ({"COLUMNS": "60"}, ["-v", P]),
        ({"COLUMNS": "wide", "TERM": "dumb"}, [P]),
    ],
)
def test_the_environment_shapes_the_output_the_same_with_and_without_the_fast_path(
    folder: Path,
    environ: dict[str, str],
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    fast = _whole_run(["--as-of", AS_OF, *args], folder, capsys)
    monkeypatch.setattr(quickargs, "recognise", lambda *a: None)
    assert _whole_run(["--as-of", AS_OF, *args], folder, capsys) == fast


def test_a_declined_command_line_is_clicks(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = entry.run(["check", "--formt", "json", P])
    _, err = capsys.readouterr()
    assert code == 2 and "No such option '--formt'. Did you mean '--format'?" in err


# --- Standard error as click writes it ----------------------------------------------------------------


@pytest.mark.parametrize("terminal", [False, True])
def test_echo_writes_what_click_echo_writes(monkeypatch: pytest.MonkeyPatch, terminal: bool) -> None:
    message = "file.yaml:1:1: \x1b[31merror\x1b[0m: caf\u00e9"

    class Stream(io.TextIOWrapper):
        def isatty(self) -> bool:
            return terminal

    written = []
    for writer in (entry.echo, lambda m: click.echo(m, err=True)):
        buffer = io.BytesIO()
        stream = Stream(buffer, encoding="utf-8", errors="strict")
        monkeypatch.setattr(sys, "stderr", stream)
        writer(message)
        written.append(buffer.getvalue())
    assert written[0] == written[1]
    assert (b"\x1b[31m" in written[0]) is terminal


def test_echo_leaves_an_ascii_standard_error_to_click(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.BytesIO()
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(buffer, encoding="ascii", errors="strict"))
    entry.echo("caf\u00e9")  # click writes UTF-8 where the stream says ASCII
    assert buffer.getvalue() == "caf\u00e9\n".encode()
