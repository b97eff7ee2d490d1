"""Issue 14, item 1, as a batch: two odd declarations among twenty ordinary ones never end the run.

One plans its placement for 9999-12-31 (valid: checked), one writes `parameters: 0x` followed by 3,600
`f` (an integer too large to write out: a located error). Every format reports all 22 files and the exit
code is 2 (the invalid file), never 3. `rules diff --declaration` checks the far placement too.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import AS_OF, SAMPLES

FRONTIER = SAMPLES / "frontier-systemic-risk.yaml"
GAPS = SAMPLES / "third-country-gaps.yaml"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "evidence").symlink_to(SAMPLES / "evidence")
    for number in range(20):
        shutil.copy(FRONTIER if number % 2 else GAPS, folder / f"d{number:02d}.yaml")
    text = FRONTIER.read_text(encoding="utf-8")
    far = re.sub(r'(?m)^(  placed_on_market: )"[^"]*"', r'\1"9999-12-31"', text)
    assert far != text
    (folder / "far-placement.yaml").write_text(far, encoding="utf-8")
    huge = text.replace("parameters: 420000000000", "parameters: 0x" + "f" * 3600)
    assert huge != text
    (folder / "huge-parameters.yaml").write_text(huge, encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_with_two_odd_declarations_reports_all_22(
    run_cli, tmp_path: Path, batch: Path, jobs: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    formats = ("json", "sarif", "junit", "html", "csv", "markdown", "text")
    options = [arg for fmt in formats for arg in ("-o", f"{fmt}={out / fmt}")]
    result = run_cli("check", "--as-of", AS_OF, "--jobs", jobs, "--format", "text", *options, str(batch))
    assert result.exit_code == 2, result.stderr[-3000:]
    assert "internal error" not in result.stderr
    # --format text lists the error on standard output, once; standard error does not repeat it
    assert result.stdout.count("huge-parameters.yaml:") == 1 and ": error: " not in result.stderr
    assert re.search(r"huge-parameters\.yaml:\d+:\d+: error: an integer of 3,600 digits", result.stdout)
    report = json.loads((out / "json").read_text(encoding="utf-8"))
    statuses = {Path(d["path"]).name: d["status"] for d in report["declarations"]}
    assert len(statuses) == 22
    assert statuses["far-placement.yaml"] == "evaluated"
    assert statuses["huge-parameters.yaml"] == "invalid"
    assert report["exit_code"] == 2
    for fmt in formats:
        assert "far-placement.yaml" in (out / fmt).read_text(encoding="utf-8"), fmt


def test_rules_diff_with_a_far_placement(run_cli, batch: Path) -> None:
    result = run_cli(
        "rules",
        "diff",
        "code-of-practice@2025-03-11",
        "code-of-practice@2025-07-10",
        "--declaration",
        str(batch / "far-placement.yaml"),
        "--as-of",
        AS_OF,
    )
    assert result.exit_code == 0, result.stderr
    assert "internal error" not in result.stderr
