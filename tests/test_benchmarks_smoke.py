"""The benchmark's generator writes valid declarations (and broken ones where asked), at the sizes asked.

Nothing is timed here: performance is measured by benchmarks/run.py, never asserted in tests.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from compliance_checker.api import check_file
from tests.conftest import AS_OF, ROOT

GENERATE = ROOT / "benchmarks" / "generate.py"


def _generate(out: Path, *args: str) -> list[Path]:
    done = subprocess.run(
        [sys.executable, str(GENERATE), str(out), *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return sorted(out.glob("*.yaml"))


def _errors(path: Path) -> tuple[object, ...]:
    return check_file(path, as_of=dt.date.fromisoformat(AS_OF)).errors


def test_generated_declarations_are_valid_and_broken_ones_are_not(tmp_path: Path) -> None:
    files = _generate(tmp_path, "--count", "5", "--broken", "5")
    valid = [f for f in files if not f.name.startswith("broken-")]
    broken = [f for f in files if f.name.startswith("broken-")]
    assert len(valid) == 5 and len(broken) == 5
    assert len({f.read_text(encoding="utf-8") for f in valid}) == 5, "no two files alike"
    for path in valid:
        assert _errors(path) == (), path.name
    for path in broken:
        assert _errors(path), path.name


@pytest.mark.parametrize(("size", "target"), [("15KB", 15_000), ("40KB", 40_000)])
def test_size_target_is_met_and_files_stay_valid(tmp_path: Path, size: str, target: int) -> None:
    files = _generate(tmp_path, "--count", "3", "--broken", "0", "--size", size)
    assert len(files) == 3
    for path in files:
        assert abs(path.stat().st_size - target) <= target * 0.02, (path.name, path.stat().st_size)
        report = check_file(path, as_of=dt.date.fromisoformat(AS_OF))
        assert report.errors == (), path.name
        assert report.results, "the rules were evaluated"
