"""Benchmark: the worst cases of memory and time that SECURITY.md states, per output format.

Usage: python benchmarks/bounds.py [--repeat N] [--quick] [--output FILE]

Each input is generated in a temporary folder and checked as a separate process (interpreter start-up
included); the peak resident memory of that process (the parent; with --jobs, the largest of its
workers too) comes from ``os.wait4``. Cases:

- declarations at the limits: a 10 MiB file of 14,000 incidents with 500-character ids (the most text
  that messages could echo), and files that spend the whole 200,000-node budget on list entries (the
  most evidence items, hence the most output, a declaration can produce); each checked once per format;
- eight of the 10 MiB declarations with ``--jobs 4`` and every format written with ``-o``;
- baselines: a report of 1,000 declarations (streamed a declaration at a time), one declaration line at
  the 64 MiB limit with the densest JSON allowed, and 256 MB of ``[],[],...`` (refused).

Prints, per case, the input size, exit code, median wall time, peak RSS and peak RSS per input MiB, and
writes them as JSON (default: benchmarks/results/bounds.json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_declarations" / "frontier-systemic-risk.yaml"
AS_OF = "2026-11-29"
FORMATS = ("table", "text", "json", "sarif", "junit", "markdown", "html", "csv", "csv-matrix")
MiB = 1024 * 1024


def _with_incidents(path: Path, entries: list[str]) -> None:
    """The frontier sample with its incident log replaced by ``entries`` (flow mappings, one a line)."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    start = next(n for n, line in enumerate(lines) if line.strip() == "log:")
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines) and (
        not lines[end].strip()
        or len(lines[end]) - len(lines[end].lstrip()) > indent
        or lines[end].strip().startswith("#")
    ):
        end += 1
    pad = " " * (indent + 2)
    body = "\n".join(f"{pad}- {entry}" for entry in entries)
    path.write_text(
        "\n".join(lines[: start + 1]) + "\n" + body + "\n" + "\n".join(lines[end:]), encoding="utf-8"
    )


def long_ids(path: Path) -> None:
    """14,000 incidents with 500-character ids and four dates each: 9.5 MB, under the 10 MiB limit."""
    entries = [
        f'{{id: {f"INC-{n:06d}-".ljust(500, "x")}, category: serious_harm, aware: "2026-02-09", '
        'initial_report: "2026-02-20", resolved: "2026-04-02", final_report: "2026-05-22"}'
        for n in range(14_000)
    ]
    _with_incidents(path, entries)


def node_budget_minimal(path: Path) -> None:
    """28,000 incidents of three keys each (7 nodes): the node budget spent on list entries."""
    _with_incidents(
        path, [f'{{id: I{n}, category: serious_harm, aware: "2026-02-09"}}' for n in range(28_000)]
    )


def node_budget_dated(path: Path) -> None:
    """15,000 incidents of six keys each (13 nodes): fewer entries, more checks on each."""
    entries = [
        f'{{id: I{n}, category: serious_harm, aware: "2026-02-09", initial_report: "2026-02-20", '
        'resolved: "2026-04-02", final_report: "2026-05-22"}'
        for n in range(15_000)
    ]
    _with_incidents(path, entries)


DECLARATIONS: dict[str, Callable[[Path], None]] = {
    "14,000 incidents, 500-character ids": long_ids,
    "28,000 minimal incidents (node budget)": node_budget_minimal,
    "15,000 dated incidents (node budget)": node_budget_dated,
}


def _measure(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MiB (the process or any worker of it) and exit code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss (bytes on macOS, KiB on Linux) of what wait4 reports covers the process and the workers
    # it waited for.
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024) / MiB
    return elapsed, peak, process.returncode


def _check(*args: str) -> list[str]:
    return [sys.executable, "-m", "compliance_checker", "check", "--as-of", AS_OF, *args]


def _report(path: Path, count: int) -> None:
    """A JSON report of ``count`` declarations, as `check --format json` writes it."""
    one = subprocess.run(
        _check("--format", "json", str(SAMPLE)),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    ).stdout
    head, rest = one.split("\n", 1)
    line, tail = rest.split("\n", 1)
    with open(path, "w", encoding="utf-8") as out:
        out.write(head + "\n")
        for number in range(count):
            out.write(re.sub(r'^\{"path":"[^"]*"', f'{{"path":"decl/{number:05d}.yaml"', line, count=1))
            out.write(",\n" if number < count - 1 else "\n")
        out.write(tail)


# Declaration lines at the 64 MiB limit, as dense as the baseline reader allows, in the shapes that cost
# the most memory to decode: short strings (13 bytes each), lists of one number (129 bytes a list), and
# objects of one key (8 bytes a value; dropped as soon as they are decoded).
DENSE = {
    "short strings": '"abcdefghij",',
    "lists of one number": "[" + "1" * 126 + "],",
    "one-key objects": '{"abcdefghijklmnopqrstu":1},',
}


def _dense_line(path: Path, item: str) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"tool":{},"declarations":[\n{"path":"d.yaml","model":null,"results":[],"x":[')
        out.write(item * ((64 * MiB - 200) // len(item)))
        out.write('0]}\n],"summary":{}}\n')


def _empty_lists(path: Path) -> None:
    with open(path, "wb") as out:
        out.write(b'{"declarations":[')
        for _ in range(256):
            out.write(b"[]," * (MiB // 3))
        out.write(b"[]]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="only json and sarif; smaller baselines")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "bounds.json")
    options = parser.parse_args()
    formats = ("json", "sarif") if options.quick else FORMATS
    rows: list[dict[str, object]] = []

    def record(case: str, fmt: str, size: int, command: list[str]) -> None:
        runs = [_measure(command) for _ in range(options.repeat)]
        peak = max(r[1] for r in runs)
        row = {
            "case": case,
            "format": fmt,
            "bytes": size,
            "exit_code": runs[0][2],
            "median_s": round(statistics.median(r[0] for r in runs), 2),
            "peak_mib": round(peak, 1),
            "peak_mib_per_input_mib": round(peak / max(size / MiB, 1e-9), 1),
        }
        rows.append(row)
        print(
            f"{case:<44} {fmt:<10} {size:>13,} {row['exit_code']:>4} {row['median_s']:>8} "
            f"{row['peak_mib']:>9} {row['peak_mib_per_input_mib']:>8}",
            flush=True,
        )

    print(
        f"{'case':<44} {'format':<10} {'bytes':>13} {'exit':>4} {'median s':>8} {'peak MiB':>9} "
        f"{'MiB/MiB':>8}"
    )
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        for name, make in DECLARATIONS.items():
            path = base / "declaration.yaml"
            make(path)
            size = path.stat().st_size
            for fmt in formats:
                record(name, fmt, size, _check("--format", fmt, str(path)))
        batch = base / "batch"
        batch.mkdir()
        for number in range(8):
            long_ids(batch / f"d{number}.yaml")
        outputs = [arg for fmt in formats for arg in ("-o", f"{fmt}={base / ('out.' + fmt)}")]
        size = sum(p.stat().st_size for p in batch.iterdir())
        record(
            "8 x 10 MiB declarations, --jobs 4", "all -o", size, _check("--jobs", "4", *outputs, str(batch))
        )
        report = base / "baseline.json"
        _report(report, 100 if options.quick else 1000)
        record(
            f"baseline: report of {100 if options.quick else 1000} declarations",
            "table",
            report.stat().st_size,
            _check("--baseline", str(report), str(SAMPLE)),
        )
        for shape, item in DENSE.items():
            dense = base / "dense.json"
            _dense_line(dense, item)
            case = f"baseline: 64 MiB line of {shape}"
            record(case, "table", dense.stat().st_size, _check("--baseline", str(dense), str(SAMPLE)))
        empty = base / "empty.json"
        _empty_lists(empty)
        record(
            "baseline: 256 MB of [],[],... (refused)",
            "table",
            empty.stat().st_size,
            _check("--baseline", str(empty), str(SAMPLE)),
        )
    options.output.parent.mkdir(parents=True, exist_ok=True)
    payload = {"python": platform.python_version(), "machine": platform.machine(), "results": rows}
    options.output.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {options.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
