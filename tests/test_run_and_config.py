"""One run for the command line and the Python API; the configuration file; presentation options; rule ids
in any case; errors shown once; shell completion."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from compliance_checker import api, quickargs
from compliance_checker.engine.operators.common import show
from compliance_checker.models.render import RenderOptions
from compliance_checker.run import RunConfig, parse_fail_on, run
from tests.conftest import AS_OF, SAMPLES, CliResult

THIRD_COUNTRY = SAMPLES / "third-country-gaps.yaml"
FRONTIER = SAMPLES / "frontier-systemic-risk.yaml"
BROKEN = SAMPLES / "invalid" / "broken-yaml.yaml"
DAY = dt.date.fromisoformat(AS_OF)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder as the working directory, with no configuration above it that counts."""
    folder = tmp_path / "project"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


# --- the library-level run --------------------------------------------------------------------------


def test_run_config_is_frozen_and_keyword_only() -> None:
    config = RunConfig(paths=(str(FRONTIER),))
    with pytest.raises(AttributeError):  # frozen
        config.jobs = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        RunConfig((str(FRONTIER),))  # type: ignore[misc]


def test_run_prints_nothing_and_returns_errors(capsys: pytest.CaptureFixture[str]) -> None:
    written: list[str] = []
    result = run(
        RunConfig(paths=(str(BROKEN), str(FRONTIER)), format="json", as_of=DAY, jobs=1), out=written.append
    )
    assert capsys.readouterr() == ("", "")
    assert result.exit_code == 2
    assert [d.line for d in result.errors] == [27]
    assert json.loads("".join(written))["exit_code"] == 2


def test_api_check_takes_the_command_lines_fail_policy() -> None:
    assert api.check([THIRD_COUNTRY], as_of=DAY).exit_code() == 1
    assert api.check([THIRD_COUNTRY], as_of=DAY, fail_on="never").exit_code() == 0
    never = api.check([THIRD_COUNTRY], as_of=DAY, fail_on="never", fail_on_rule=["AIA-54"])
    failing = [r.rule for d in never.declarations for r in d.results if never.policy.fails(r)]
    assert failing and set(failing) == {"AIA-54"}


def test_api_check_applies_waivers_like_the_command_line(tmp_path: Path, run_cli: Any) -> None:
    report = api.check([THIRD_COUNTRY], as_of=DAY)
    finding = next(r for r in report.declarations[0].results if report.policy.fails(r))
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(
        'format_version: "1.0"\nwaivers:\n'
        f"  - rule: {finding.rule}\n"
        f"    declarations: ['{THIRD_COUNTRY.as_posix()}']\n"
        "    justification: accepted for this release by the compliance board\n"
        "    approved_by: Jane Doe\n"
        '    approved_on: "2026-11-01"\n'
        '    expires: "2027-06-30"\n',
        encoding="utf-8",
    )
    waived = api.check([THIRD_COUNTRY], as_of=DAY, waivers=waivers)
    result = next(r for r in waived.declarations[0].results if r.rule == finding.rule)
    assert result.status == "waived"
    cli = run_cli(
        "check", str(THIRD_COUNTRY), "--as-of", AS_OF, "--waivers", str(waivers), "--format", "json"
    )
    assert json.loads(cli.stdout)["exit_code"] == waived.exit_code()


def test_api_check_refuses_a_bad_fail_on() -> None:
    from compliance_checker.errors import UsageError

    with pytest.raises(UsageError, match="fail_on"):
        api.check([FRONTIER], as_of=DAY, fail_on="sometimes")


def test_parse_fail_on() -> None:
    policy = parse_fail_on("medium,manual_review", hard_rules=["AIA-54"])
    assert policy.severity == "medium" and "manual_review" in policy.outcomes
    assert policy.hard_rules == frozenset({"AIA-54"})
    with pytest.raises(ValueError, match="expected a severity"):
        parse_fail_on("loud")


# --- presentation options ---------------------------------------------------------------------------


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty

    def fileno(self) -> int:
        raise OSError("no descriptor")


@pytest.mark.parametrize(
    ("choice", "tty", "env", "expected"),
    [
        ("auto", True, {}, True),
        ("auto", False, {}, False),
        ("auto", True, {"NO_COLOR": "1"}, False),
        ("auto", True, {"NO_COLOR": ""}, True),  # set but empty: as unset (no-color.org)
        ("auto", True, {"TERM": "dumb"}, False),
        ("always", False, {"NO_COLOR": "1"}, True),
        ("never", True, {}, False),
    ],
)
def test_colour_choice(choice: str, tty: bool, env: dict[str, str], expected: bool) -> None:
    assert quickargs.wants_color(choice, _Stream(tty), env) is expected  # type: ignore[arg-type]


def test_width_from_columns_else_100() -> None:
    assert quickargs.terminal_width(_Stream(False), {"COLUMNS": "72"}) == 72  # type: ignore[arg-type]
    assert quickargs.terminal_width(_Stream(False), {}) == 100  # type: ignore[arg-type]
    assert quickargs.terminal_width(_Stream(False), {"COLUMNS": "wide"}) == 100  # type: ignore[arg-type]


def _captured_options(monkeypatch: pytest.MonkeyPatch) -> list[RenderOptions]:
    """The options each writer of the next run is made with."""
    from compliance_checker import run as run_module

    seen: list[RenderOptions] = []
    real = run_module.writer_class

    def spy(name: str) -> Callable[..., Any]:
        cls = real(name)

        def make(out: Any, options: RenderOptions) -> Any:
            seen.append(options)
            return cls(out, options)

        return make

    monkeypatch.setattr(run_module, "writer_class", spy)
    return seen


def test_presentation_options_reach_the_writers(
    monkeypatch: pytest.MonkeyPatch, run_cli: Any, tmp_path: Path
) -> None:
    seen = _captured_options(monkeypatch)
    monkeypatch.setenv("COLUMNS", "80")
    out = tmp_path / "report.sarif"
    result = run_cli(
        "check", str(FRONTIER), "--as-of", AS_OF, "--no-config", "--color", "always", "-v",
        "--sarif-include-passing", "-o", f"sarif={out}",
    )  # fmt: skip
    assert result.exit_code == 0
    to_file, to_stdout = seen
    assert to_stdout == RenderOptions(color=True, width=80, verbosity="verbose", include_passing=True)
    assert to_file == RenderOptions(color=False, width=100, verbosity="verbose", include_passing=True)


def test_quiet_and_default_colour_off_when_not_a_terminal(
    monkeypatch: pytest.MonkeyPatch, run_cli: Any
) -> None:
    seen = _captured_options(monkeypatch)
    monkeypatch.delenv("COLUMNS", raising=False)
    assert run_cli("check", str(FRONTIER), "--as-of", AS_OF, "--no-config", "-q").exit_code == 0
    assert seen == [RenderOptions(color=False, width=100, verbosity="quiet", include_passing=False)]


def test_quiet_and_verbose_together_is_a_usage_error(run_cli: Any) -> None:
    result = run_cli("check", str(FRONTIER), "--no-config", "-q", "-v")
    assert result.exit_code == 2
    assert "cannot be used together" in result.stderr


# --- the configuration file -------------------------------------------------------------------------


def _check(run_cli: Any, *args: str) -> CliResult:
    result: CliResult = run_cli("check", str(THIRD_COUNTRY), "--as-of", AS_OF, *args)
    return result


def test_fail_on_never_in_pyproject_makes_the_third_country_sample_pass(project: Path, run_cli: Any) -> None:
    assert _check(run_cli).exit_code == 1
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.compliance-checker]\nfail-on = "never"\n', encoding="utf-8"
    )
    assert _check(run_cli).exit_code == 0
    assert _check(run_cli, "--fail-on", "info").exit_code == 1  # the command line wins
    assert _check(run_cli, "--no-config").exit_code == 1


def test_found_from_a_subfolder_and_paths_resolved_against_the_files_folder(
    project: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "reports").mkdir()
    (project / ".compliance-checker.yaml").write_text(
        "fail-on: never\nformat: json\noutput:\n  - sarif=reports/out.sarif\n", encoding="utf-8"
    )
    sub = project / "deep" / "er"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    result = _check(run_cli)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["exit_code"] == 0
    assert (project / "reports" / "out.sarif").is_file()


def test_yaml_file_wins_over_pyproject_in_the_same_folder(project: Path, run_cli: Any) -> None:
    (project / "pyproject.toml").write_text('[tool.compliance-checker]\nfail-on = "info"\n', encoding="utf-8")
    (project / ".compliance-checker.yaml").write_text("fail-on: never\n", encoding="utf-8")
    assert _check(run_cli).exit_code == 0
    shown = run_cli("check", "--show-config").stdout
    assert "configuration file: .compliance-checker.yaml" in shown


def test_pyproject_without_the_table_does_not_stop_the_search(
    project: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.compliance-checker]\nfail-on = "never"\n', encoding="utf-8"
    )
    inner = project / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "inner"\n', encoding="utf-8")
    monkeypatch.chdir(inner)
    assert _check(run_cli).exit_code == 0


def test_show_config_says_where_each_value_comes_from(project: Path, run_cli: Any) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.compliance-checker]\n'
        'profile = "code-of-practice"\nfail-on = "never"\n',
        encoding="utf-8",
    )
    result = run_cli("check", "--show-config", "--fail-on", "high", "-q")
    assert result.exit_code == 0
    lines = {line.split("=")[0].strip(): line for line in result.stdout.splitlines()[1:]}
    assert lines["profile"].endswith("# pyproject.toml:5:1")
    assert "high" in lines["fail-on"] and lines["fail-on"].endswith("# command line")
    assert lines["quiet"].endswith("# command line")
    assert lines["format"].endswith("# default")


def test_the_show_config_example_in_the_docs_is_current(project: Path, run_cli: Any) -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "configuration.md").read_text(encoding="utf-8")
    section = page.split("## What is in effect", 1)[1]
    toml = section.split("```toml\n", 1)[1].split("```", 1)[0]
    shown = section.split("```\n$ compliance-checker ", 1)[1].split("```", 1)[0]
    command, expected = shown.split("\n", 1)
    (project / "pyproject.toml").write_text(toml, encoding="utf-8")
    result = run_cli(*command.split())
    assert result.exit_code == 0
    assert result.stdout == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "pyproject.toml",
            '[tool.compliance-checker]\njobs = 2\nfail-onn = "never"\n',
            "pyproject.toml:3:1: error: unknown option 'fail-onn'; did you mean 'fail-on'?",
        ),
        (
            "pyproject.toml",
            "[tool.compliance-checker]\njobs = 0\n",
            "pyproject.toml:2:8: error: jobs: 0 is not in the range x>=1.",
        ),
        (
            "pyproject.toml",
            '[tool.compliance-checker]\nfail-on = "never\n',
            "pyproject.toml:2:17: error: invalid TOML:",
        ),
        (
            ".compliance-checker.yaml",
            "format: json\nfail-on: nevr\n",
            ".compliance-checker.yaml:2:10: error: fail-on: 'nevr': expected a severity",
        ),
        (
            ".compliance-checker.yaml",
            "quiet: yes please\n",
            ".compliance-checker.yaml:1:8: error: quiet: expected true or false",
        ),
        (
            ".compliance-checker.yaml",
            "- fail-on\n",
            ".compliance-checker.yaml: error: expected a mapping of option names to values",
        ),
    ],
)
def test_a_bad_configuration_is_a_located_error(
    project: Path, run_cli: Any, name: str, text: str, expected: str
) -> None:
    (project / name).write_text(text, encoding="utf-8")
    result = _check(run_cli)
    assert result.exit_code == 2
    assert result.stderr.startswith(expected), result.stderr
    assert "Traceback" not in result.stderr


def test_configuration_file_through_the_console_script(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.compliance-checker]\nfail-on = "never"\n', encoding="utf-8"
    )
    script = Path(sys.executable).with_name("compliance-checker")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "compliance_checker"]
    done = subprocess.run(
        [*command, "check", str(THIRD_COUNTRY)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


# --- messages ---------------------------------------------------------------------------------------


def test_rules_show_takes_any_case(run_cli: Any) -> None:
    result = run_cli("rules", "show", "aia-54")
    assert result.exit_code == 0
    assert result.stdout.startswith("AIA-54:")


def test_rules_show_prefix_lists_the_matches_briefly(run_cli: Any) -> None:
    result = run_cli("rules", "show", "aia-5")
    assert result.exit_code == 2
    assert "is the beginning of" in result.stderr and "more; give one in full" in result.stderr
    assert len(result.stderr) < 400


def test_rules_show_unknown_id_gets_did_you_mean(run_cli: Any) -> None:
    result = run_cli("rules", "show", "aia-54-3-task")
    assert result.exit_code == 2
    assert "did you mean 'AIA-54-3-TASKS'?" in result.stderr


def test_fail_on_rule_in_any_case(run_cli: Any) -> None:
    result = _check(run_cli, "--fail-on", "never", "--fail-on-rule", "aia-54", "--no-config")
    assert result.exit_code == 1
    refused = _check(run_cli, "--soft-fail-rule", "aia-54-3-task", "--no-config")
    assert refused.exit_code == 2 and "did you mean 'AIA-54-3-TASKS'?" in refused.stderr


def test_text_format_shows_each_error_once(run_cli: Any) -> None:
    result = run_cli("check", str(BROKEN), "--format", "text", "--no-config")
    assert result.exit_code == 2
    both = result.stdout + result.stderr
    assert both.count("27:9: error: invalid YAML") == 1


def test_table_format_still_names_the_error_on_stderr(run_cli: Any) -> None:
    result = run_cli("check", str(BROKEN), "--no-config")
    assert result.exit_code == 2
    assert "27:9: error: invalid YAML" in result.stderr


def test_errors_are_handed_over_as_each_file_is_checked() -> None:
    """The command line shows them while the run goes on (above the report's summary), not after it."""
    events: list[str] = []
    result = run(
        RunConfig(paths=(str(BROKEN), str(FRONTIER)), format="json", as_of=DAY, jobs=1),
        out=lambda text: events.append("out"),
        on_errors=lambda errors: events.append(f"errors:{len(errors)}"),
    )
    assert "errors:1" in events and events.index("errors:1") < len(events) - 1  # before the report's end
    assert len(result.errors) == 1


def test_schema_prints_every_shipped_schema(run_cli: Any) -> None:
    from compliance_checker.commands.schema import SCHEMAS

    shipped = sorted(p.name.removesuffix(".schema.json") for p in (SAMPLES.parent / "schemas").glob("*.json"))
    assert sorted(SCHEMAS) == shipped
    for kind in ("profiles", "compare", "deadlines"):
        result = run_cli("schema", kind)
        assert result.exit_code == 0
        assert json.loads(result.stdout)["$schema"]


def test_values_shown_in_yaml_words() -> None:
    assert [show(True), show(False), show(None)] == ["true", "false", "null"]


def test_is_true_message_in_the_declarations_words() -> None:
    from compliance_checker.engine.operators.is_true import IsTrue, evaluate

    class Ctx:
        def lookup(self, path: str) -> object:
            return False

    spec = IsTrue(check="is_true", path="provider.signatory", label="signatory")
    verdict = evaluate(spec, Ctx())  # type: ignore[arg-type]
    assert verdict.message == "provider.signatory is false; it must be true"


# --- shell completion -------------------------------------------------------------------------------


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_script(shell: str) -> None:
    env = {**os.environ, "_COMPLIANCE_CHECKER_COMPLETE": f"{shell}_source"}
    done = subprocess.run(
        [sys.executable, "-m", "compliance_checker"], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0
    assert "_COMPLIANCE_CHECKER_COMPLETE" in done.stdout


# --- Ctrl-C while a command is being loaded ----------------------------------------------------------


def test_ctrl_c_met_in_an_unraisable_callback_is_delivered_again() -> None:
    """Python prints a KeyboardInterrupt raised in an import lock's clean-up as "Exception ignored" and
    drops it; the console script raises it again in the main thread instead."""
    import signal
    import time

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # whatever other tests left
    from types import SimpleNamespace

    from compliance_checker import cli

    info = SimpleNamespace(
        exc_type=KeyboardInterrupt,
        exc_value=KeyboardInterrupt(),
        exc_traceback=None,
        err_msg=None,
        object=None,
    )
    try:
        with pytest.raises(KeyboardInterrupt):
            cli._unraisable(info)  # type: ignore[arg-type]
            for _ in range(1000):
                time.sleep(0.001)
    finally:
        signal.signal(signal.SIGINT, previous)


def test_other_unraisable_errors_are_still_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from compliance_checker import cli

    seen: list[object] = []
    monkeypatch.setattr(sys, "__unraisablehook__", seen.append)
    info = SimpleNamespace(exc_type=ValueError, exc_value=ValueError("x"), exc_traceback=None)
    cli._unraisable(info)  # type: ignore[arg-type]
    assert seen == [info]


def test_presentation_options_change_what_is_shown(run_cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end with the formats' own writers: -v lists every rule, --sarif-include-passing the passing
    results, --color always writes ANSI colour even to a pipe."""
    monkeypatch.setenv("COLUMNS", "100")
    base = ("check", str(FRONTIER), "--as-of", AS_OF, "--no-config")
    normal, verbose = run_cli(*base).stdout, run_cli(*base, "-v").stdout
    assert len(verbose.splitlines()) > len(normal.splitlines()) + 100
    assert "\x1b[" not in normal and "\x1b[" in run_cli(*base, "--color", "always").stdout

    def sarif_results(*extra: str) -> int:
        return len(json.loads(run_cli(*base, "--format", "sarif", *extra).stdout)["runs"][0]["results"])

    assert sarif_results() == 0
    assert sarif_results("--sarif-include-passing") > 100
