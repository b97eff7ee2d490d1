"""Shared test helpers: paths to the repository's samples and a runner for the CLI."""

from __future__ import annotations

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
