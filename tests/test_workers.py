"""Worker processes and signals (issue 14, items 2 and 12): Ctrl-C always ends a batch within seconds
whatever --jobs is; a killed worker costs only its file; workers never outlive a killed parent; a bug met
on one file is that file's error row, not the end of the batch.

Each case runs the command line in a child process (real signals, real forks), with ``api.check_file``
wrapped by a small script where a case needs a worker to misbehave.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import AS_OF, ROOT, SAMPLES

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the pool needs fork")

GAPS = SAMPLES / "third-country-gaps.yaml"


def _batch(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        shutil.copy(GAPS, folder / f"d{number:03d}.yaml")
    return folder


def _script(body: str, argv: list[str]) -> list[str]:
    """A Python command that runs ``body`` (which may wrap ``api.check_file``), then the command line."""
    code = "import os, signal, sys, time\nfrom compliance_checker import checking as api, cli\n"
    code += textwrap.dedent(body) + f"\ncli.main({argv!r})\n"
    return [sys.executable, "-c", code]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _gone(pid: int) -> bool:
    """True once the process has exited (a zombie waiting for a reaper counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


def test_a_killed_worker_costs_only_its_file(tmp_path: Path) -> None:
    batch = _batch(tmp_path / "batch", 12)
    out = tmp_path / "r.json"
    body = """
    parent = os.getpid()
    real = api.check_file
    def check_file(path, **kwargs):
        if str(path).endswith("d005.yaml") and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, **kwargs)
    api.check_file = check_file
    """
    argv = ["check", "--as-of", AS_OF, "--jobs", "2", "--format", "text", "-o", f"json={out}", str(batch)]
    done = subprocess.run(_script(body, argv), capture_output=True, text=True, timeout=120, env=_env())
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lost = f"{batch / 'd005.yaml'}: error: not checked: the worker process checking this file was killed by "
    lost += "SIGKILL"
    assert lost in done.stdout  # --format text lists the error; standard error does not repeat it
    assert lost not in done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    statuses = {Path(d["path"]).name: d["status"] for d in report["declarations"]}
    assert len(statuses) == 12
    assert statuses.pop("d005.yaml") == "invalid"
    assert set(statuses.values()) == {"evaluated"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_do_not_outlive_a_killed_parent(tmp_path: Path) -> None:
    batch = _batch(tmp_path / "batch", 10)
    pids = tmp_path / "pids"
    pids.mkdir()
    outputs = tmp_path / "out"
    outputs.mkdir()
    body = f"""
    def check_file(path, **kwargs):
        open(os.path.join({str(pids)!r}, str(os.getpid())), "w").close()
        time.sleep(120)
    api.check_file = check_file
    """
    argv = ["check", "--jobs", "2", "-o", f"json={outputs / 'r.json'}", "-o", f"html={outputs / 'r.html'}"]
    parent = subprocess.Popen(
        _script(body, [*argv, str(batch)]),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_env(),
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = [int(p.name) for p in pids.iterdir()]
        assert len(workers) == 2
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 5
        while not all(_gone(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert all(_gone(pid) for pid in workers)
    finally:
        if parent.poll() is None:
            os.killpg(parent.pid, signal.SIGKILL)
    assert list(outputs.iterdir()) == []  # no temporary file either: it never had a name


@pytest.mark.skipif(sys.platform == "win32", reason="sends real signals")
def test_ctrl_c_always_ends_a_pool_run_within_seconds(tmp_path: Path) -> None:
    """Item 2: SIGINT to the whole process group at varying moments of a `--jobs 8` run, 20 times."""
    batch = _batch(tmp_path / "batch", 40)
    command = [sys.executable, "-m", "compliance_checker", "check", "--as-of", AS_OF, "--jobs", "8"]
    command += ["-o", f"json={tmp_path / 'r.json'}", "-o", f"html={tmp_path / 'r.html'}", str(batch)]
    slowest = 0.0
    for attempt in range(20):
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env(), start_new_session=True
        )
        time.sleep(0.4 + 0.1 * (attempt % 10))
        sent = time.monotonic()
        os.killpg(process.pid, signal.SIGINT)
        try:
            _, stderr = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            pytest.fail(f"attempt {attempt + 1}: still running 10 s after Ctrl-C")
        slowest = max(slowest, time.monotonic() - sent)
        # 130 after "interrupted"; -2 (what a shell also shows as 130) when Ctrl-C came during start-up,
        # before the checker was imported; 1 when the run had finished before the signal.
        assert process.returncode in (130, -signal.SIGINT, 1), stderr
        assert b"Traceback" not in stderr
    assert slowest < 5
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bug_met_on_one_file_is_its_error_row_and_exit_3(tmp_path: Path, jobs: str) -> None:
    batch = _batch(tmp_path / "batch", 10)
    out = tmp_path / "r.json"
    body = """
    real = api.check_file
    def check_file(path, **kwargs):
        if str(path).endswith("d003.yaml"):
            raise ValueError("year 10009 is out of range")
        return real(path, **kwargs)
    api.check_file = check_file
    """
    argv = ["check", "--as-of", AS_OF, "--jobs", jobs, "--format", "text", "-o", f"json={out}", str(batch)]
    done = subprocess.run(_script(body, argv), capture_output=True, text=True, timeout=120, env=_env())
    assert done.returncode == 3, done.stderr
    assert (
        f"{batch / 'd003.yaml'}: error: internal error while checking this file: ValueError: year 10009 "
        "is out of range; this is a bug in compliance-checker" in done.stdout
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    assert len(report["declarations"]) == 10
    assert report["exit_code"] == 3
    assert done.stdout.count("d009.yaml") > 0
