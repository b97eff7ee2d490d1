"""The Node tools some tests drive, installed from tests/browser/package.json (``npm ci`` there; .ci/run
does it): Microsoft's SARIF Multitool and headless Chromium (``@sparticuz/chromium`` with
``puppeteer-core``). Where ``node`` or the packages are missing, the tests that need them skip and say
how to install them; CI installs them, so there they run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

NODE_DIR = Path(__file__).resolve().parent / "browser"
MODULES = NODE_DIR / "node_modules"
MULTITOOL = MODULES / "@microsoft" / "sarif-multitool-linux" / "Sarif.Multitool"
MULTITOOL_CONFIG = NODE_DIR / "multitool.xml"
INSTALL = f"cd {NODE_DIR} && npm ci"


def require_node_packages(*packages: str) -> str:
    """The path of ``node``, or skip the test with the reason and the command that fixes it."""
    node = shutil.which("node")
    if node is None:
        pytest.skip(f"node is not installed; the test needs it and the npm packages of {NODE_DIR}")
    missing = [name for name in packages if not (MODULES / name / "package.json").exists()]
    if missing:
        pytest.skip(f"npm packages {', '.join(missing)} are not installed; run: {INSTALL}")
    return node


def multitool_problems(*logs: Path) -> list[str]:
    """Microsoft's SARIF Multitool ``validate`` over SARIF files (its own schema checks and its SARIF and
    GitHub rules): every error and warning it reports, as ``file: rule: message`` lines."""
    require_node_packages("@microsoft/sarif-multitool")
    if not os.access(MULTITOOL, os.X_OK):  # npm may not run the package's chmod script
        MULTITOOL.chmod(0o755)
    out = logs[0].parent / "multitool-result.sarif"
    done = subprocess.run(
        [
            str(MULTITOOL),
            "validate",
            *map(str, logs),
            "--config",
            str(MULTITOOL_CONFIG),
            "--rule-kind",
            "Sarif;Gh",
            "--level",
            "Error;Warning",
            "--output",
            str(out),
            "--log",
            "ForceOverwrite",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "DOTNET_CLI_TELEMETRY_OPTOUT": "1"},
    )
    if not out.exists():
        return [f"the Multitool wrote no result (exit {done.returncode}): {done.stdout[-2000:]}"]
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8-sig"))
    problems = []
    for run in result["runs"]:
        for item in run.get("results", []):
            where = item["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            text = item["message"].get("text") or " ".join(item["message"].get("arguments", []))
            problems.append(f"{Path(where).name}: {item['ruleId']}: {text}")
        for note in run.get("invocations", [{}])[0].get("toolExecutionNotifications", []):
            if note.get("level", "warning") == "error":
                problems.append(f"tool error: {note['message'].get('text')}")
    return problems
