"""benchmarks/loader.py runs and reports every case against the floor.

Nothing is timed here: performance is measured by the benchmarks, never asserted in tests.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

LOADER = ROOT / "benchmarks" / "loader.py"


def test_loader_benchmark_reports_each_case_against_the_floor() -> None:
    done = subprocess.run(
        [sys.executable, str(LOADER), "--copies", "2", "--repeat", "1", "--json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["copies"] == 2 and result["bytes"] > 10_000
    assert set(result["cases"]) == {"floor", "ours", "old"}
    assert result["cases"]["floor"]["copies_vs_floor"] == 1.0
    for figures in result["cases"].values():
        assert figures["single_min_ms"] > 0 and figures["copies_min_ms"] > 0
        assert figures["single_min_ms"] <= figures["single_median_ms"]


def test_only_mode_loads_without_printing() -> None:
    """What callgrind runs to count one case's instructions."""
    done = subprocess.run(
        [sys.executable, str(LOADER), "--only", "ours", "--copies", "1"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
