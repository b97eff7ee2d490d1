"""The pre-commit hook and the GitHub Action, run for real where the machine allows it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SAMPLES

GOOD = SAMPLES / "frontier-systemic-risk.yaml"
GAPS = SAMPLES / "third-country-gaps.yaml"


def test_pre_commit_hook_definition() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "compliance-checker" and hook["language"] == "python"
    assert hook["entry"].startswith("compliance-checker check")
    import re

    pattern = re.compile(hook["files"])
    assert pattern.search("declarations/model-declaration.yaml")
    assert pattern.search("declaration.yml")
    assert not pattern.search(".github/workflows/ci.yaml")


@pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="needs git and a git checkout of the repository (try-repo clones it)",
)
def test_pre_commit_try_repo_runs_the_hook(tmp_path: Path) -> None:
    """`pre-commit try-repo` installs the checker from this checkout and runs the hook on two files."""
    repo = tmp_path / "provider-repo"
    repo.mkdir()
    for sample, name in ((GOOD, "good-declaration.yaml"), (GAPS, "gaps-declaration.yaml")):
        shutil.copy(sample, repo / name)
        evidence = SAMPLES / "evidence" / sample.stem
        if evidence.is_dir():
            shutil.copytree(evidence, repo / "evidence" / sample.stem, dirs_exist_ok=True)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_CONFIG_NOSYSTEM": "1"}
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run([*git, "add", "."], cwd=repo, check=True, env=env)
    subprocess.run([*git, "commit", "-qm", "declarations"], cwd=repo, check=True, env=env)
    result = subprocess.run(
        # pre-commit (test extra) from this interpreter, whether or not its scripts folder is on PATH
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(ROOT),
            "compliance-checker",
            "--all-files",
            "--verbose",
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output  # the gaps declaration fails the hook
    assert "gaps-declaration.yaml:" in output and "[AIA-54]" in output
    assert "good-declaration.yaml:" not in output.replace("gaps-declaration.yaml:", "")
    assert "Traceback" not in output


ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_action_is_a_composite_action_with_documented_inputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert {"paths", "args", "sarif-file", "python-version", "package"} <= set(ACTION["inputs"])
    assert all("description" in spec for spec in ACTION["inputs"].values())
    names = [step.get("name", step.get("uses")) for step in ACTION["runs"]["steps"]]
    assert names[0].startswith("actions/setup-python")
    assert "Check declarations" in names


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_action_check_step_writes_sarif_summary_and_exit_code(tmp_path: Path) -> None:
    """Run the action's own check script with the environment GitHub would give it."""
    step = next(s for s in ACTION["runs"]["steps"] if s.get("name") == "Check declarations")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    launcher = bin_dir / "compliance-checker"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m compliance_checker "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)
    summary, outputs, sarif = tmp_path / "summary.md", tmp_path / "outputs.txt", tmp_path / "results.sarif"
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),
        "CHECK_PATHS": f"{GAPS} {GOOD}",
        "CHECK_ARGS": "--as-of 2026-11-29",
        "SARIF_FILE": str(sarif),
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_OUTPUT": str(outputs),
    }
    result = subprocess.run(
        ["bash", "-e", "-c", step["run"]], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1, result.stderr
    assert f"{GAPS}:" in result.stdout and "[AIA-54]" in result.stdout
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert summary.read_text(encoding="utf-8").strip()
    assert "exit-code=1" in outputs.read_text(encoding="utf-8")
