"""Evidence swapped between the check of its path and its reading (issue 14, item 13): the file is opened
without following a link and without blocking, and what was opened is checked, so a symbolic link to
/dev/zero or a FIFO put in its place is reported, never read."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from compliance_checker.loading import evidence as evidence_module
from tests.conftest import AS_OF, SAMPLES

pytestmark = pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="needs O_NOFOLLOW")

FRONTIER = SAMPLES / "frontier-systemic-risk.yaml"
NOTIFICATION = "evidence/frontier-systemic-risk/art52-notification.md"


@pytest.fixture
def declaration(tmp_path: Path) -> Path:
    shutil.copy(FRONTIER, tmp_path / FRONTIER.name)
    shutil.copytree(SAMPLES / "evidence", tmp_path / "evidence")
    return tmp_path / FRONTIER.name


@pytest.fixture
def deadline() -> Iterator[None]:
    """A run that reads /dev/zero or blocks on a FIFO fails the test instead of hanging it."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError("the evidence file was read from what replaced it")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


class _SwapAfterStat:
    """The ``os`` module as the evidence loader sees it, except that right after the notification file's
    status is taken (its path checked), the file is replaced."""

    def __init__(self, replace: Callable[[Path], None]) -> None:
        self.replace = replace

    def __getattr__(self, name: str) -> object:
        return getattr(os, name)

    def stat(self, path: object, *args: object, **kwargs: object) -> os.stat_result:
        info = os.stat(path, *args, **kwargs)  # type: ignore[arg-type]
        target = Path(str(path))
        if str(target).endswith(NOTIFICATION) and not target.is_symlink() and target.is_file():
            target.unlink()
            self.replace(target)
        return info


def _swap_after_the_check(monkeypatch: pytest.MonkeyPatch, replace: Callable[[Path], None]) -> None:
    monkeypatch.setattr(evidence_module, "os", _SwapAfterStat(replace))


def _notification(run_cli, declaration: Path) -> dict[str, str]:
    result = run_cli("check", "--as-of", AS_OF, "--format", "json", str(declaration))
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    (rule,) = [r for r in report["declarations"][0]["results"] if r["rule"] == "AIA-52-1"]
    return rule


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_file_swapped_for_a_link_to_dev_zero_is_not_read(
    run_cli, declaration: Path, monkeypatch: pytest.MonkeyPatch, deadline: None
) -> None:
    _swap_after_the_check(monkeypatch, lambda target: target.symlink_to("/dev/zero"))
    rule = _notification(run_cli, declaration)
    assert rule["status"] == "partial"
    assert "was replaced by a symbolic link while being checked; not read" in rule["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_file_swapped_for_a_fifo_is_not_read(
    run_cli, declaration: Path, monkeypatch: pytest.MonkeyPatch, deadline: None
) -> None:
    _swap_after_the_check(monkeypatch, lambda target: os.mkfifo(target))
    rule = _notification(run_cli, declaration)
    assert rule["status"] == "partial"
    assert (
        "was replaced by something that is not a regular file while being checked; not read"
        in rule["message"]
    )


def test_a_file_that_grows_is_read_only_as_far_as_its_size_when_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.md"
    path.write_bytes(b"x" * 10)
    real_read = os.read

    def read(fd: int, size: int) -> bytes:
        chunk = real_read(fd, size)
        with open(path, "ab") as grow:  # someone appends as fast as it is read
            grow.write(b"y" * 1000)
        return chunk

    monkeypatch.setattr(os, "read", read)
    digest = evidence_module.sha256_file(path)
    monkeypatch.undo()
    assert digest == hashlib.sha256(b"x" * 10).hexdigest()
