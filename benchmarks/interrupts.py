"""Benchmark: does Ctrl-C always end a pool run, and how fast?

Usage: python benchmarks/interrupts.py [--tries N] [--files N] [--jobs N] [--delay SECONDS]

Checks a batch of copies of a sample with ``--jobs`` workers and two ``-o`` files, sends SIGINT to the
whole process group (what Ctrl-C in a terminal does) after a delay that varies from try to try, and
counts the runs still alive 15 seconds later (hung), the exit codes, and the slowest exit after the
signal. Issue 14 reported 5 hangs in 23 tries of `check batch/ --jobs 8 -o json=r.json -o html=r.html`
with the signal after 6 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_declarations" / "third-country-gaps.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--tries", type=int, default=23)
    parser.add_argument("--files", type=int, default=600)
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--delay", type=float, default=6.0, help="seconds before the first signal")
    options = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    hung = 0
    codes: Counter[int] = Counter()
    slowest = 0.0
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "batch"
        batch.mkdir()
        for number in range(options.files):
            shutil.copy(SAMPLE, batch / f"d{number:04d}.yaml")
        command = [
            sys.executable,
            "-m",
            "compliance_checker",
            "check",
            str(batch),
            "--jobs",
            str(options.jobs),
        ]
        command += ["-o", f"json={folder}/r.json", "-o", f"html={folder}/r.html"]
        for attempt in range(options.tries):
            process = subprocess.Popen(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True
            )
            time.sleep(options.delay + (attempt % 7) * 0.29)
            sent = time.monotonic()
            os.killpg(process.pid, signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                hung += 1
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                continue
            slowest = max(slowest, time.monotonic() - sent)
            codes[process.returncode] += 1
        leftovers = [p.name for p in Path(folder).iterdir() if p.name.endswith(".tmp")]
    print(
        f"tries {options.tries}, hung {hung}, exit codes {dict(codes)}, slowest exit {slowest:.2f} s "
        f"after the signal, temporary files left {len(leftovers)}"
    )
    return 1 if hung else 0


if __name__ == "__main__":
    sys.exit(main())
