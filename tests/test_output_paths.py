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


def test_a_character_device_is_refused(run_cli, tmp_path: Path) -> None:
    """A device node of its own (like /dev/null), so that a regression cannot replace the real one."""
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError):
        pytest.skip("making a device node needs privileges")
    result = run_cli("check", "--as-of", AS_OF, "-o", f"sarif={device}", str(FRONTIER))
    _refused_before_work(result, device, "cannot write: it is a character device")
    assert stat.S_ISCHR(os.stat(device).st_mode)


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
    """A hard link: another name, the same file."""
    declaration = tmp_path / "declaration.yaml"
    shutil.copy(FRONTIER, declaration)
    before = declaration.read_bytes()
    output = tmp_path / "hard.json"
    output.hardlink_to(declaration)
    result = run_cli("check", "-o", f"json={output}", str(declaration))
    _refused_before_work(result, output, "is an input file; inputs are never written (the declaration")
    assert declaration.read_bytes() == before


def test_a_symbolic_link_is_refused_and_stays_a_link(run_cli, tmp_path: Path) -> None:
    """Renaming a report into place would replace the link itself: /dev/stdout is such a link."""
    target = tmp_path / "elsewhere.json"
    target.write_text("kept\n", encoding="utf-8")
    link = tmp_path / "report.json"
    link.symlink_to(target)
    result = run_cli("check", "-o", f"json={link}", str(FRONTIER))
    _refused_before_work(result, link, "cannot write: it is a symbolic link; give the file it points to")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "kept\n"


def test_a_link_like_dev_stdout_is_refused(run_cli, tmp_path: Path) -> None:
    """/dev/stdout is a symbolic link to /proc/self/fd/1: one of the same kind, in a folder of the test's."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    result = run_cli("check", "-o", f"sarif={link}", str(FRONTIER))
    _refused_before_work(result, link, "cannot write: it is a symbolic link")
    assert link.is_symlink()


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
