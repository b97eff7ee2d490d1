"""``-o`` writes only regular files, and never an input of the run (issue 14, item 3): devices, FIFOs,
directories, declarations, rulesets, waivers, baselines and evidence files are refused, compared by device
and inode where the file exists, before any work is done (evidence: as soon as it is found)."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import AS_OF, SAMPLES, CliResult

FRONTIER = SAMPLES / "frontier-systemic-risk.yaml"
RULESET = SAMPLES.parent / "rulesets" / "copyright" / "2025-07-10.yaml"


def _refused_before_work(result: CliResult, output: Path, fragment: str) -> None:
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""  # nothing was checked
    assert result.stderr.startswith(f"{output}: error: {fragment}"), result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_and_stays_a_fifo(run_cli, tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    result = run_cli("check", "--as-of", AS_OF, "-o", f"sarif={fifo}", str(FRONTIER))
    _refused_before_work(result, fifo, "cannot write: it is a FIFO (named pipe); reports are written only to")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_character_device_is_refused(run_cli) -> None:
    result = run_cli("check", "--as-of", AS_OF, "-o", "sarif=/dev/null", str(FRONTIER))
    _refused_before_work(result, Path("/dev/null"), "cannot write: it is a character device")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_custom_ruleset_is_never_overwritten(run_cli, tmp_path: Path) -> None:
    ruleset = tmp_path / "myrules.yaml"
    shutil.copy(RULESET, ruleset)
    before = ruleset.read_bytes()
    result = run_cli("check", "--ruleset", str(ruleset), "-o", f"json={ruleset}", str(FRONTIER))
    _refused_before_work(result, ruleset, "is an input file; inputs are never written (the --ruleset file")
    assert ruleset.read_bytes() == before


@pytest.mark.parametrize("option", ["--waivers", "--baseline"])
def test_waivers_and_baselines_are_never_overwritten(run_cli, tmp_path: Path, option: str) -> None:
    sidecar = tmp_path / "sidecar.yaml"
    sidecar.write_text("whatever\n", encoding="utf-8")
    result = run_cli("check", option, str(sidecar), "-o", f"json={sidecar}", str(FRONTIER))
    _refused_before_work(result, sidecar, f"is an input file; inputs are never written (the {option} file")
    assert sidecar.read_text(encoding="utf-8") == "whatever\n"


def test_another_name_for_a_declaration_is_refused(run_cli, tmp_path: Path) -> None:
    """A hard link and a symbolic link: other names, the same file."""
    declaration = tmp_path / "declaration.yaml"
    shutil.copy(FRONTIER, declaration)
    before = declaration.read_bytes()
    (tmp_path / "hard.json").hardlink_to(declaration)
    (tmp_path / "soft.json").symlink_to(declaration)
    for name in ("hard.json", "soft.json"):
        output = tmp_path / name
        result = run_cli("check", "-o", f"json={output}", str(declaration))
        _refused_before_work(result, output, "is an input file; inputs are never written (the declaration")
    assert declaration.read_bytes() == before


def test_an_evidence_file_is_never_overwritten(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "decl"
    folder.mkdir()
    shutil.copy(FRONTIER, folder / FRONTIER.name)
    shutil.copytree(SAMPLES / "evidence", folder / "evidence")
    evidence = folder / "evidence" / "frontier-systemic-risk" / "art52-notification.md"
    before = evidence.read_bytes()
    other = tmp_path / "report.json"
    result = run_cli(
        "check",
        "--as-of",
        AS_OF,
        "-o",
        f"json={other}",
        "-o",
        f"markdown={evidence}",
        str(folder / FRONTIER.name),
    )
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith(
        f"{evidence}: error: is an input file; inputs are never written (evidence "
        "'evidence/frontier-systemic-risk/art52-notification.md' of a declaration in "
    ), result.stderr
    assert evidence.read_bytes() == before
    assert not other.exists()  # the run was stopped: no report at all
    assert sorted(p.name for p in tmp_path.iterdir()) == ["decl"]


def test_a_regular_output_next_to_the_inputs_is_written(run_cli, tmp_path: Path) -> None:
    declaration = tmp_path / "declaration.yaml"
    shutil.copy(FRONTIER, declaration)
    output = tmp_path / "report.json"
    output.write_text("old\n", encoding="utf-8")
    result = run_cli("check", "--as-of", AS_OF, "-o", f"json={output}", str(declaration))
    assert result.exit_code in (0, 1), result.stderr
    assert json.loads(output.read_text(encoding="utf-8"))["declarations"][0]["path"] == str(declaration)
