"""``check -o FORMAT=FILE``: reports written whole (temporary file + rename), never over an input."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from compliance_checker.errors import UsageError
from compliance_checker.output import write_text_atomic
from tests.conftest import AS_OF, SAMPLES

FRONTIER = SAMPLES / "frontier-systemic-risk.yaml"


def test_output_file_holds_the_report_in_its_format(run_cli, tmp_path: Path) -> None:
    out, table = tmp_path / "report.json", tmp_path / "report.txt"
    result = run_cli("check", "--as-of", AS_OF, "-o", f"json={out}", "-o", f"table={table}", str(FRONTIER))
    assert result.exit_code == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["declarations"][0]["path"] == str(FRONTIER)
    assert table.read_text(encoding="utf-8") == result.stdout  # stdout keeps --format (table)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "report.txt"]


def test_an_input_is_never_an_output(run_cli, tmp_path: Path) -> None:
    declaration = tmp_path / "declaration.yaml"
    original = FRONTIER.read_bytes()
    declaration.write_bytes(original)
    result = run_cli("check", "--as-of", AS_OF, "-o", f"json={declaration}", str(declaration))
    assert result.exit_code == 2
    assert "is an input file; inputs are never written" in result.stderr
    assert declaration.read_bytes() == original


def test_missing_output_folder_is_refused_before_checking(run_cli, tmp_path: Path) -> None:
    result = run_cli("check", "-o", f"json={tmp_path / 'no' / 'r.json'}", str(FRONTIER))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert result.stdout == ""


def test_bad_output_spec_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    result = run_cli("check", "-o", f"xml={tmp_path / 'r.xml'}", str(FRONTIER))
    assert result.exit_code == 2
    assert "expected FORMAT=FILE with FORMAT one of table, text, json, sarif" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_full_disk_leaves_the_old_report_and_no_temporary_file(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.json"
    out.write_text("previous report\n", encoding="utf-8")

    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync)
    result = run_cli("check", "--as-of", AS_OF, "-o", f"json={out}", str(FRONTIER))
    assert result.exit_code == 2
    assert f"{out}: error: cannot write: {os.strerror(errno.ENOSPC)}" in result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_without_overwrite_an_existing_file_is_kept(tmp_path: Path) -> None:
    """What ``init`` relies on: never overwrite."""
    path = tmp_path / "declaration.yaml"
    path.write_text("mine\n", encoding="utf-8")
    with pytest.raises(UsageError, match="already exists; not overwriting it"):
        write_text_atomic(path, "new\n", overwrite=False)
    assert path.read_text(encoding="utf-8") == "mine\n"
    assert [p.name for p in tmp_path.iterdir()] == ["declaration.yaml"]
    write_text_atomic(tmp_path / "new.yaml", "new\n", overwrite=False)
    assert (tmp_path / "new.yaml").read_text(encoding="utf-8") == "new\n"


def test_written_files_get_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "report.txt", "x\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "report.txt").stat().st_mode) == 0o644
