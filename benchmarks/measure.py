"""Measuring whole processes: wall time and peak memory of one child, repeated, as a median and a spread.

Used by benchmarks/run.py. Everything here is about processes, not about the checker: the commands to
run come from the caller. Peak memory is the child's maximum resident set size as the kernel reports
it through ``os.wait4`` (Linux: the largest of the process and the children it waited for, so for a
process pool it is the largest single process, not the sum).

The kernel counts in that peak the memory of the process the child was forked from (it keeps the
high-water mark across ``exec``), so a child of this Python process, which has loaded the generator
and its dependencies, would never show less than this process's own size (about 25 MiB). Each
command is therefore started by a small launcher (``python -I -S`` with nothing imported, about 8 MiB)
that times it and reads its peak, which keeps the floor below what any Python program uses.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class MeasureError(RuntimeError):
    """A measured command exited with a code that means it did not do the work."""


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss_kib: int
    exit_code: int
    cpu_seconds: float = 0.0  # user + system time of the command and the children it waited for


@dataclass
class Case:
    """One measured command: its runs, and what they mean (files checked, bytes per file)."""

    id: str
    label: str
    command: list[str]
    runs: list[Run] = field(default_factory=list)
    files: int = 1
    bytes_per_file: int | None = None

    @property
    def seconds(self) -> list[float]:
        return [run.seconds for run in self.runs]

    @property
    def median_s(self) -> float:
        return statistics.median(self.seconds)

    @property
    def files_per_s(self) -> float:
        return self.files / self.median_s

    @property
    def median_cpu_s(self) -> float:
        """User + system time (all processes): on a busy machine a steadier figure than the wall time."""
        return statistics.median(run.cpu_seconds for run in self.runs)

    @property
    def files_per_cpu_s(self) -> float:
        return self.files / self.median_cpu_s

    @property
    def peak_rss_mib(self) -> float:
        """Median over the runs of each run's peak (a peak is stable; the median drops one odd run)."""
        return statistics.median(run.peak_rss_kib for run in self.runs) / 1024

    def as_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "command": " ".join(self.command),
            "runs": len(self.runs),
            "files": self.files,
            "bytes_per_file": self.bytes_per_file,
            "median_s": round(self.median_s, 4),
            "min_s": round(min(self.seconds), 4),
            "max_s": round(max(self.seconds), 4),
            "files_per_s": round(self.files_per_s, 2),
            "median_cpu_s": round(self.median_cpu_s, 4),
            "peak_rss_mib": round(self.peak_rss_mib, 1),
            "max_peak_rss_mib": round(max(run.peak_rss_kib for run in self.runs) / 1024, 1),
            "exit_codes": sorted({run.exit_code for run in self.runs}),
            "seconds": [round(s, 4) for s in self.seconds],
        }


def _rss_kib(maxrss: int) -> int:
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    return maxrss // 1024 if sys.platform == "darwin" else maxrss


# Run by ``python -I -S -c``: starts the command, waits for it, writes "seconds peak_rss exit_code cpu".
_LAUNCHER = """
import os, sys, time
result, argv = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.posix_spawnp(argv[0], argv, os.environ)
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - start
with open(result, "w") as handle:
    cpu = usage.ru_utime + usage.ru_stime
    handle.write(f"{elapsed!r} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)} {cpu!r}")
"""


def run_once(command: Sequence[str], *, cwd: Path, stdout: Path | None = None) -> tuple[Run, str]:
    """Run ``command`` once; stdout to ``stdout`` (default /dev/null). Returns the run and stderr's tail.

    The wall time is taken by the launcher around the command alone (the launcher's own start-up is
    not in it).
    """
    with (
        tempfile.TemporaryDirectory(prefix="cc-bench-run-") as tmp,
        tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as errors,
        open(stdout, "w", encoding="utf-8") if stdout else open(os.devnull, "w") as out,
    ):
        result = Path(tmp) / "result"
        launcher = [sys.executable, "-I", "-S", "-c", _LAUNCHER, str(result), *command]
        done = subprocess.run(launcher, cwd=cwd, stdout=out, stderr=errors, check=False)
        errors.seek(0)
        tail = errors.read()[-2000:]
        if done.returncode != 0 or not result.is_file():
            raise MeasureError(f"could not run {' '.join(command)}: {tail.strip()[-800:]}")
        seconds, maxrss, code, cpu = result.read_text(encoding="utf-8").split()
    return Run(float(seconds), _rss_kib(int(maxrss)), int(code), float(cpu)), tail


def measure_together(
    cases: Sequence[tuple[Case, Sequence[int]]],
    *,
    repeat: int,
    cwd: Path,
    warmup: int = 1,
    stdout: Path | None = None,
) -> None:
    """Run the cases in turn (A B C A B C ...), so that a slow spell of the machine hits them all alike.

    Each pair is a case and the exit codes that mean "did the work"; any other code stops the section.
    """
    for index in range(warmup + repeat):
        for case, ok_codes in cases:
            run, tail = run_once(case.command, cwd=cwd, stdout=stdout)
            if run.exit_code not in ok_codes:
                raise MeasureError(
                    f"{case.label}: exit code {run.exit_code} (expected {'/'.join(map(str, ok_codes))})\n"
                    f"  command: {' '.join(case.command)}\n  stderr: {tail.strip()[-800:]}"
                )
            if index >= warmup:
                case.runs.append(run)
    for case, _ in cases:
        print(
            f"  {case.label}: {format_seconds(case.median_s)} ({format_spread(case.seconds)}, "
            f"{len(case.runs)} runs, peak {format_mib(case.peak_rss_mib)})",
            file=sys.stderr,
            flush=True,
        )


def format_seconds(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def format_spread(values: Sequence[float]) -> str:
    low, high = min(values), max(values)
    if high < 1:
        digits = 0 if low >= 0.1 else 1
        return f"{low * 1000:.{digits}f}-{high * 1000:.{digits}f} ms"
    return f"{low:.2f}-{high:.2f} s"


def format_mib(mib: float) -> str:
    return f"{mib / 1024:.2f} GiB" if mib >= 1024 else f"{mib:.0f} MiB"
