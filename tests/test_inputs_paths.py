"""Paths that are not readable YAML files: missing, a directory, unreadable, a FIFO or a device.

Each is refused before it is opened (a FIFO would block, /dev/zero never ends), with one line naming the
path, and the other files of a batch are still checked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import AS_OF, ROOT, SAMPLES
from tests.refusal import assert_refused

NOT_REGULAR = "is not a regular file (a FIFO, socket or device); expected a YAML declaration"


def test_nonexistent_path(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"
    assert_refused(run_cli("check", str(path)), path, "no such file; expected a path to a YAML declaration")


def test_directory_without_declarations(run_cli, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a declaration", encoding="utf-8")
    result = run_cli("check", str(tmp_path))
    assert result.exit_code == 2
    assert f"{tmp_path}: error: no *.yaml or *.yml files in this directory" in result.stderr
    assert "compliance-checker: error: no declaration to check" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_directory_named_yaml_is_searched_not_read(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "looks-like-a-file.yaml"
    folder.mkdir()
    (folder / "inside.yaml").write_bytes((SAMPLES / "below-threshold.yaml").read_bytes())
    result = run_cli("check", "--format", "json", "--as-of", AS_OF, str(folder))
    assert result.exit_code == 0, result.stderr
    assert [d["path"] for d in json.loads(result.stdout)["declarations"]] == [str(folder / "inside.yaml")]


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root reads files whatever their permissions, so chmod 000 cannot make one unreadable",
)
def test_unreadable_file(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_bytes((SAMPLES / "below-threshold.yaml").read_bytes())
    path.chmod(0)
    try:
        assert_refused(run_cli("check", str(path)), path, "permission denied; cannot read this file")
    finally:
        path.chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_fifo(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)  # opening it to read would block until a writer comes
    assert_refused(run_cli("check", str(path)), path, NOT_REGULAR)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_dev_null(run_cli) -> None:
    assert_refused(run_cli("check", "/dev/null"), "/dev/null", NOT_REGULAR)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("via_symlink", [False, True])
def test_dev_zero_is_refused_without_reading(tmp_path: Path, via_symlink: bool) -> None:
    """/dev/zero is endless: in a subprocess with a timeout, so that a regression fails instead of hanging."""
    path = Path("/dev/zero")
    if via_symlink:
        path = tmp_path / "declaration.yaml"
        path.symlink_to("/dev/zero")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "compliance_checker", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert f"{path}: error: {NOT_REGULAR}" in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_one_bad_path_neither_stops_nor_hides_the_others(run_cli, tmp_path: Path) -> None:
    good = [str(SAMPLES / "frontier-systemic-risk.yaml"), str(SAMPLES / "third-country-gaps.yaml")]
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    missing = tmp_path / "missing.yaml"
    result = run_cli(
        "check",
        "--format",
        "json",
        "--as-of",
        AS_OF,
        good[0],
        str(fifo),
        str(missing),
        good[1],
    )
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    declarations = json.loads(result.stdout)["declarations"]
    assert [d["path"] for d in declarations] == [good[0], str(fifo), str(missing), good[1]]
    assert declarations[0]["results"] and declarations[3]["results"]
    assert not declarations[1]["results"] and not declarations[2]["results"]
    assert len([line for line in result.stderr.splitlines() if ": error: " in line]) == 2


def test_permission_denied_while_opening(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same refusal as chmod 000, simulated so that it also runs as root."""
    from compliance_checker.loading import files

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "open", denied, raising=False)
    path = tmp_path / "declaration.yaml"
    path.write_bytes((SAMPLES / "below-threshold.yaml").read_bytes())
    assert_refused(run_cli("check", str(path)), path, "permission denied; cannot read this file")


def test_an_empty_directory_beside_a_declaration_is_refused(run_cli, tmp_path: Path) -> None:
    """Issue 14, item 9: a directory or glob that matches nothing is an error even with other inputs."""
    empty = tmp_path / "emptydir"
    empty.mkdir()
    good = str(SAMPLES / "below-threshold.yaml")
    result = run_cli("check", good, str(empty))
    assert result.exit_code == 2
    assert result.stderr == f"{empty}: error: no *.yaml or *.yml files in this directory\n"
    assert result.stdout == ""  # refused before any work
    pattern = str(tmp_path / "*.yml")
    result = run_cli("check", good, pattern)
    assert result.exit_code == 2
    assert result.stderr == f"{pattern}: error: no *.yaml or *.yml file matches this pattern\n"
