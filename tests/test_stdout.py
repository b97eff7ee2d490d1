"""Standard output that goes away or cannot be written, and termination signals (issue 14, item 11).

A reader that stops (``| head``) is not an error: the run goes on, output files are written and the exit
code is the run's own. Standard output on a full device or closed: a clear message and exit 2, never
"internal error". SIGTERM unwinds like Ctrl-C: exit 143, no output file, no temporary file.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import AS_OF, ROOT, SAMPLES

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes, devices and signals")

CLEAN = SAMPLES / "frontier-systemic-risk.yaml"  # exit 0
GAPS = SAMPLES / "third-country-gaps.yaml"  # exit 1
COMMAND = [sys.executable, "-m", "compliance_checker"]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _piped_to_a_quitter(*args: str) -> tuple[int, str]:
    """Run the command with its standard output read by something that stops after 10 bytes."""
    process = subprocess.Popen([*COMMAND, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    assert process.stdout is not None and process.stderr is not None
    assert len(process.stdout.read(10)) == 10
    process.stdout.close()  # what `head -c 10` does
    stderr = process.stderr.read().decode()
    process.stderr.close()
    return process.wait(timeout=60), stderr


@pytest.mark.parametrize(("declaration", "code"), [(CLEAN, 0), (GAPS, 1)])
def test_a_reader_that_stops_leaves_the_exit_code_of_the_run(
    tmp_path: Path, declaration: Path, code: int
) -> None:
    out = tmp_path / "r.json"
    args = ("check", "--as-of", AS_OF, "--format", "json", "-o", f"json={out}", str(declaration))
    returncode, stderr = _piped_to_a_quitter(*args)
    assert (returncode, stderr) == (code, "")
    assert json.loads(out.read_text(encoding="utf-8"))["exit_code"] == code  # the run went on


def test_a_reader_that_stops_reading_a_rule_list(tmp_path: Path) -> None:
    assert _piped_to_a_quitter("rules", "list") == (0, "")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args", [("check", "--as-of", AS_OF, str(CLEAN)), ("rules", "list"), ("classify", str(CLEAN))]
)
def test_standard_output_on_a_full_device(tmp_path: Path, args: tuple[str, ...]) -> None:
    out = tmp_path / "r.json"
    extra = ("-o", f"json={out}") if args[0] == "check" else ()
    with open("/dev/full", "w") as full:
        done = subprocess.run([*COMMAND, *args, *extra], stdout=full, stderr=subprocess.PIPE, env=_env())
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert stderr == "compliance-checker: error: cannot write to standard output: No space left on device\n"
    assert not out.exists()


@pytest.mark.parametrize("args", [("check", "--as-of", AS_OF, str(CLEAN)), ("rules", "list")])
def test_standard_output_closed(args: tuple[str, ...]) -> None:
    done = subprocess.run(
        [*COMMAND, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=_env(),
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 2
    assert (
        done.stderr.decode() == "compliance-checker: error: cannot write to standard output: it is closed\n"
    )


def test_sigterm_unwinds_like_ctrl_c(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for number in range(40):
        shutil.copy(GAPS, batch / f"d{number:03d}.yaml")
    out = tmp_path / "out"
    out.mkdir()
    started = tmp_path / "started"
    # Each file takes a while, so that the signal always finds the run in progress.
    code = (
        "import os, time\nfrom compliance_checker import checking as api, cli\nreal = api.check_file\n"
        "def check_file(path, **kwargs):\n"
        f"    open({str(started)!r}, 'w').close()\n"
        "    time.sleep(0.2)\n"
        "    return real(path, **kwargs)\n"
        "api.check_file = check_file\n"
    )
    argv = ["check", "--as-of", AS_OF, "--jobs", "2", "-o", f"json={out / 'r.json'}", str(batch)]
    code += f"cli.main({argv!r})\n"
    process = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env()
    )
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=20)
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert stderr.decode().splitlines()[-1] == (
        "compliance-checker: terminated (SIGTERM); no output file was written or changed"
    )
    assert list(out.iterdir()) == []
