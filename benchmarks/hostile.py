"""Benchmark: time and peak memory of ``compliance-checker check`` on hostile inputs.

Usage: python benchmarks/hostile.py [--repeat N] [--output FILE]

Each input is generated in a temporary folder and checked N times, each time as a separate process
(interpreter start-up included). The peak resident memory of that one process comes from ``os.wait4``.
A valid sample is measured too, as the floor: a refusal should cost no more than a normal check. Prints
the median wall time and the largest peak per case and writes them as JSON (default:
benchmarks/results/hostile.json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 10 * 1024 * 1024


def billion_laughs(path: Path) -> None:
    lines = ['a0: &a0 "lol"']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def quadratic_blowup(path: Path) -> None:
    wide = ", ".join(str(i) for i in range(5_000))
    path.write_text(f"base: &wide [{wide}]\nuses:\n" + "  - *wide\n" * 5_000, encoding="utf-8")


def deep_nesting(path: Path) -> None:
    path.write_text("a: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")


def oversize(path: Path) -> None:
    """Real YAML text, one byte over the default limit (written out, not sparse)."""
    line = b"- padding padding padding padding padding padding padding\n"
    with open(path, "wb") as handle:
        for _ in range(LIMIT // len(line) + 1):
            handle.write(line)
        handle.truncate(LIMIT + 1)


def just_under_limit(path: Path) -> None:
    """10 MiB of tiny list items: read in full, parsed until the 200,000-node budget runs out."""
    with open(path, "wb") as handle:
        handle.write(b"- x\n" * (LIMIT // 4))


def valid_sample(path: Path) -> None:
    path.write_bytes((ROOT / "sample_declarations" / "below-threshold.yaml").read_bytes())


CASES: dict[str, Callable[[Path], None]] = {
    "valid sample (floor)": valid_sample,
    "billion laughs (10^9 by expansion)": billion_laughs,
    "quadratic blow-up (5,000 x 5,000)": quadratic_blowup,
    "nesting 100,000 levels deep": deep_nesting,
    "oversize file (10 MiB + 1 byte)": oversize,
    "10 MiB file of 2.6 M list items": just_under_limit,
}


def measure(path: Path) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MiB and exit code of one ``check`` process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "compliance_checker", "check", "--as-of", "2026-11-29", str(path)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    peak_bytes = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB on Linux
    return elapsed, peak_bytes / (1024 * 1024), process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "hostile.json")
    options = parser.parse_args()

    results = []
    print(f"{'case':<40} {'size':>12} {'exit':>4} {'median ms':>10} {'peak MiB':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in CASES.items():
            path = Path(folder) / "input.yaml"
            make(path)
            runs = [measure(path) for _ in range(options.repeat)]
            row = {
                "case": name,
                "bytes": path.stat().st_size,
                "exit_code": runs[0][2],
                "median_ms": round(statistics.median(r[0] for r in runs) * 1000, 1),
                "peak_mib": round(max(r[1] for r in runs), 1),
                "runs": len(runs),
            }
            results.append(row)
            print(
                f"{name:<40} {row['bytes']:>12,} {row['exit_code']:>4} {row['median_ms']:>10} "
                f"{row['peak_mib']:>9}"
            )
    options.output.parent.mkdir(parents=True, exist_ok=True)
    payload = {"python": platform.python_version(), "machine": platform.machine(), "results": results}
    options.output.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {options.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
