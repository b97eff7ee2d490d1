"""Benchmark: a batch of generated declarations (a few of them broken), with --jobs 1 and --jobs 2.

Usage: python benchmarks/batch.py [--count 1000] [--broken 5] [--repeat 3] [--output FILE]

Generates the batch with benchmarks/generate.py into a temporary folder, then checks the whole folder as
one `compliance-checker check DIR --format json` process per run (start-up included) and reports files
per second (median over the runs, with the spread). It also verifies what a batch must guarantee: exit
code 2, and exactly the broken files reported as invalid while every other file is evaluated.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402


def run_batch(folder: Path, jobs: int) -> tuple[float, dict]:
    command = [
        sys.executable, "-m", "compliance_checker", "check", str(folder),
        "--format", "json", "--as-of", "2026-11-29", "--jobs", str(jobs),
    ]  # fmt: skip
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    report = json.loads(done.stdout)
    if done.returncode != report["exit_code"]:
        raise SystemExit(f"exit code {done.returncode} does not match the report's {report['exit_code']}")
    return elapsed, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--broken", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "batch.json")
    options = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="cc-batch-") as tmp:
        folder = Path(tmp)
        files = generate(folder, options.count, options.broken)
        total = len(files)
        print(f"{total} declarations ({options.broken} broken) in {folder}")
        print(f"{'jobs':>4} {'median s':>9} {'min s':>7} {'max s':>7} {'files/s':>8}")
        for jobs in options.jobs:
            timings = []
            for _ in range(options.repeat):
                elapsed, report = run_batch(folder, jobs)
                timings.append(elapsed)
                summary = report["summary"]
                assert report["exit_code"] == 2, "a batch with broken files must exit 2"
                assert summary["invalid"] == options.broken, summary
                assert summary["declarations"] == total, summary
            median = statistics.median(timings)
            row = {
                "jobs": jobs,
                "files": total,
                "median_s": round(median, 3),
                "min_s": round(min(timings), 3),
                "max_s": round(max(timings), 3),
                "files_per_s": round(total / median, 1),
            }
            rows.append(row)
            print(
                f"{jobs:>4} {row['median_s']:>9} {row['min_s']:>7} {row['max_s']:>7} {row['files_per_s']:>8}"
            )
    if len(rows) >= 2:
        print(f"speed-up --jobs {rows[-1]['jobs']} vs --jobs {rows[0]['jobs']}: "
              f"{rows[-1]['files_per_s'] / rows[0]['files_per_s']:.2f}x")  # fmt: skip
    options.output.parent.mkdir(parents=True, exist_ok=True)
    payload = {"python": platform.python_version(), "machine": platform.machine(), "results": rows}
    options.output.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {options.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
