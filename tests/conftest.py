"""Shared test helpers: paths to the repository's samples and a runner for the CLI."""

from __future__ import annotations

import compileall
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_declarations"
SHARED = ROOT.parent / "shared"  # the project's reference folder, beside the repository on this machine only
AS_OF = "2026-11-29"
# What the checker reads from the environment to lay out and colour its output (commands/settings.py).
# pytest-xdist's workers get COLUMNS=80 and a developer's shell may export any of them: each test starts
# without them, so that no test depends on the terminal it runs in; a test that wants one sets it.
TERMINAL_VARIABLES = ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TERM")


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """The whole suite (``python -m pytest`` with no file or test named) runs in parallel, one pytest-xdist
    worker per CPU, each worker taking tests from the other's queue when its own is empty. Named files or
    tests run in one process, as does any run with ``-n 0``, ``-p no:xdist`` or ``--pdb``; ``-n N``
    chooses the workers. Runs before pytest-xdist's own hook, which reads the option."""
    if not config.pluginmanager.hasplugin("xdist") or hasattr(config, "workerinput"):
        return
    if config.option.numprocesses is None and config.args_source == pytest.Config.ArgsSource.TESTPATHS:
        config.option.numprocesses = "auto"
        if config.option.dist == "no":
            config.option.dist = "worksteal"


# Bytecode is cached as Python and pytest do by default, also where PYTHONDONTWRITEBYTECODE is set (this
# project's machines set it): else each pytest-xdist worker rewrites and compiles every test module again
# (half of collecting the suite, ~3 s of CPU per worker), and each of the ~110 interpreters the tests start
# compiles the package again (0.29 s of CPU per start instead of 0.15 s). The caches are __pycache__
# folders, which git ignores.
sys.dont_write_bytecode = False


def pytest_configure(config: pytest.Config) -> None:
    """Once per run, before the tests (in the controlling process, not in each pytest-xdist worker): the
    package's bytecode, for the interpreters the tests start (they inherit PYTHONDONTWRITEBYTECODE, so
    they read bytecode but write none). Stale files are rewritten, current ones kept."""
    if not hasattr(config, "workerinput"):
        compileall.compile_dir(ROOT / "compliance_checker", quiet=1)


# Tests that take many seconds of wall time, mostly waiting (on pip, a browser, .NET, the sleeps between
# signals): they start first, so that under pytest-xdist none of them is still running at the end while
# the other worker has nothing left to do. A name that no longer matches only loses its place.
LONG_FIRST = (
    "tests/test_integrations.py::test_pre_commit_try_repo_runs_the_hook",
    "tests/test_workers.py::test_ctrl_c_always_ends_a_pool_run_within_seconds",
    "tests/test_sarif_code_scanning.py::",
    "tests/test_html_browser.py::",
    "tests/test_fastpath.py::test_variations_are_equivalent_and_reach_both_sides",
    "tests/test_fuzz.py::test_cli_on_declaration_shaped_mappings",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: not item.nodeid.startswith(LONG_FIRST))  # stable: the rest keep their order


@pytest.fixture(autouse=True)
def _no_terminal_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in TERMINAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run the CLI in-process through the same entry point as the console script."""
    from compliance_checker.cli import run

    def invoke(*args: str) -> CliResult:
        code = run(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return invoke
