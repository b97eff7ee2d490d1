"""Benchmark: wall time of whole ``compliance-checker check`` processes on the shipped samples.

Usage: python benchmarks/run.py [--repeat N] [--output FILE]

Each sample is checked N times as a separate process (interpreter start-up included), in table and JSON
format; the script prints the median and the spread (min-max) per case and writes them as JSON
(default: benchmarks/results/latest.json) so runs can be compared.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "sample_declarations").glob("*.yaml"))


def time_command(args: list[str], repeat: int) -> list[float]:
    timings: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        timings.append(time.perf_counter() - start)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "latest.json")
    options = parser.parse_args()

    cases: list[tuple[str, list[str]]] = [
        ("python -c pass (interpreter floor)", [sys.executable, "-c", "pass"])
    ]
    for sample in SAMPLES:
        for fmt in ("table", "json"):
            command = [
                sys.executable,
                "-m",
                "compliance_checker",
                "check",
                "--format",
                fmt,
                "--as-of",
                "2026-11-29",
                str(sample.relative_to(ROOT)),
            ]
            cases.append((f"check {sample.name} --format {fmt}", command))
    batch = [
        sys.executable,
        "-m",
        "compliance_checker",
        "check",
        "--format",
        "json",
        "--as-of",
        "2026-11-29",
        *[str(s.relative_to(ROOT)) for s in SAMPLES],
    ]
    cases.append((f"check {len(SAMPLES)} samples in one process", batch))

    results = []
    print(f"{'case':<62} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
    for name, command in cases:
        timings = time_command(command, options.repeat)
        row = {
            "case": name,
            "median_ms": round(statistics.median(timings) * 1000, 1),
            "min_ms": round(min(timings) * 1000, 1),
            "max_ms": round(max(timings) * 1000, 1),
            "runs": len(timings),
        }
        results.append(row)
        print(f"{name:<62} {row['median_ms']:>10} {row['min_ms']:>8} {row['max_ms']:>8}")
    options.output.parent.mkdir(parents=True, exist_ok=True)
    payload = {"python": platform.python_version(), "machine": platform.machine(), "results": results}
    options.output.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {options.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
