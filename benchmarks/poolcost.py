"""Instructions of a ``--jobs 2`` batch, process by process, against ``--jobs 1``, counted by valgrind's
callgrind (counts, not times: the same on a busy machine).

Usage: python benchmarks/poolcost.py [--small 10] [--big 30] [--files 300] [--format json] [--out DIR]
                                    [--repeat 3] [--ms-per-minstr 0.105] [--us-per-fault 11]

Runs ``compliance-checker check DIR --format FORMAT`` with ``--jobs 1`` and ``--jobs 2`` under callgrind
on two folders of copies of the frontier sample (benchmarks/targets.py's data), ``small`` and ``big``
files, with a dump of the parent's counts at each fork. From the four runs it prints, per file and fixed:

- ``--jobs 1``: the whole process;
- ``--jobs 2``: the parent before its first fork (the serial start-up), the parent after it (receiving
  and writing the results), and the workers together (their counts start at the fork);

Then it counts the minor page faults of the same runs on ``big`` and ``--files`` copies, without
valgrind (getrusage, the median of ``--repeat`` runs each; the parent's split at its first fork by
``os.register_at_fork``; the workers' known only together): a forked worker pays a fault for every page
of the parent's that it writes first.

Last, a model of target (d) for ``--files`` files: the one-process cost over the longest path of the
pool, the serial start-up, then one worker's start and half of the files, plus half of the parent's own
work after the fork (two CPUs shared by the parent and two workers); once by instructions alone, once
as time, with the costs of an instruction and of a fault given (defaults measured on the project's
2-core VM). Times on a real machine add what this misses: caches, other processes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from targets import copies  # noqa: E402


def _totals(folder: Path) -> dict[str, int]:
    """The ``totals:`` line of every callgrind file in ``folder``, by file name."""
    found = {}
    for path in folder.iterdir():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("totals:"):
                found[path.name] = int(line.split()[1])
    return found


def profile(data: Path, jobs: int, fmt: str, out: Path) -> dict[str, int]:
    """Counts of one ``check`` run: ``parent`` (everything, or with --jobs 2 up to the first fork),
    ``after`` (the parent after its forks) and ``worker <pid>``."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise RuntimeError("valgrind is not installed")
    out.mkdir(parents=True, exist_ok=True)
    command = [
        valgrind,
        "--tool=callgrind",
        "--dump-before=*_Fork*",  # libc's fork: the parent's counts split there, a child's start at 0
        f"--callgrind-out-file={out}/cg.%p",
        sys.executable,
        "-c",
        # Workers slowed down by callgrind may take longer to end than the pool waits before it kills
        # them (and a killed worker's counts are lost).
        "import compliance_checker.batch as b; b.REAP_SECONDS = 600; "
        "from compliance_checker.cli import main; main()",
        "check",
        str(data),
        "--jobs",
        str(jobs),
        "--format",
        fmt,
        "--as-of",
        "2026-12-01",
    ]
    # A fixed hash seed (string hashing is randomised per process); byte code cached as for a user.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        done = subprocess.run(command, stdout=sink, stderr=subprocess.PIPE, text=True, check=False, env=env)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"callgrind failed: {done.stderr.strip()[-800:]}")
    totals = _totals(out)
    missing = sorted(p.name for p in out.iterdir() if p.name not in totals)
    if missing:
        raise RuntimeError(f"callgrind wrote no totals in {', '.join(missing)} (a process was killed?)")
    # The parent: the process whose counts were dumped at a fork (the only process with --jobs 1).
    dumped = [name for name in totals if name.count(".") == 2]
    parent = int((dumped or list(totals))[0].split(".")[1])
    counts: dict[str, int] = {}
    for name, total in totals.items():
        pid, part = int(name.split(".")[1]), name.split(".")[2:]  # cg.PID or cg.PID.N (a dump)
        if pid != parent:
            counts[f"worker {pid}"] = total
        elif part == ["1"] or (jobs == 1 and not part):
            counts["parent"] = total
        else:
            counts["after"] = counts.get("after", 0) + total
    return counts


# Runs the checker and writes its minor page faults to argv[1]: before its first fork, in all, and those
# of the worker processes it waited for (a child's counts start at its fork).
_FAULTS = """
import atexit, os, resource, sys
out = sys.argv.pop(1)
at_fork = []
def before():
    if not at_fork:
        at_fork.append(resource.getrusage(resource.RUSAGE_SELF).ru_minflt)
os.register_at_fork(before=before)
def report():
    me = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt
    with open(out, "w") as handle:
        handle.write(f"{at_fork[0] if at_fork else me} {me} {kids}")
atexit.register(report)
from compliance_checker.cli import main
main()
"""


def page_faults(data: Path, jobs: int, fmt: str, repeat: int) -> dict[str, int]:
    """Minor page faults of one ``check`` run (the median of ``repeat`` runs), keyed as ``profile``'s
    counts; the workers' faults are known only together, and shared evenly between them."""
    runs: list[tuple[int, int, int]] = []
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="poolcost-faults-") as tmp:
        result = Path(tmp) / "faults"
        for _ in range(repeat):
            command = [sys.executable, "-c", _FAULTS, str(result), "check", str(data), "--jobs", str(jobs)]
            command += ["--format", fmt, "--as-of", "2026-12-01"]
            done = subprocess.run(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
            )
            if done.returncode not in (0, 1):
                raise RuntimeError(f"the checker failed: {done.stderr.strip()[-800:]}")
            before, total, workers = (int(part) for part in result.read_text(encoding="utf-8").split())
            runs.append((before, total, workers))
    before, total, workers = (sorted(values)[len(values) // 2] for values in zip(*runs, strict=True))
    if jobs == 1:
        return {"parent": total}
    return {
        "parent": before,
        "after": total - before,
        **{f"worker {n}": workers // jobs for n in range(jobs)},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--big", type=int, default=30)
    parser.add_argument("--files", type=int, default=300, help="the batch the model is for")
    parser.add_argument("--format", default="json")
    parser.add_argument("--data-dir", type=Path, default=BENCH / "results" / "data")
    parser.add_argument("--out", type=Path, help="keep the callgrind files in this folder")
    parser.add_argument("--repeat", type=int, default=3, help="runs per page-fault count (the median)")
    parser.add_argument("--ms-per-minstr", type=float, default=0.105, help="for the model of time")
    parser.add_argument("--us-per-fault", type=float, default=11.0, help="for the model of time")
    args = parser.parse_args(argv)
    if args.big <= args.small or args.small < 8:
        parser.error("--big must exceed --small, and --small be at least 8 (the pool's threshold)")
    root = args.out or Path(tempfile.mkdtemp(prefix="poolcost-"))
    runs = [(count, jobs) for count in (args.small, args.big) for jobs in (1, 2)]
    small, big = args.small, args.big
    folders = {count: copies(args.data_dir, count) for count in (small, big)}
    warm = {**os.environ}
    warm.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(  # byte code written first: its compiling is nobody's count
        [
            sys.executable,
            "-m",
            "compliance_checker",
            "check",
            str(folders[args.small]),
            "--format",
            args.format,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
        env=warm,
    )
    with ThreadPoolExecutor(max_workers=len(runs)) as pool:
        found = dict(
            zip(
                runs,
                pool.map(
                    lambda run: profile(folders[run[0]], run[1], args.format, root / f"{run[0]}-{run[1]}"),
                    runs,
                ),
                strict=True,
            )
        )
    if not args.out:
        shutil.rmtree(root, ignore_errors=True)

    counted = _table(f"instructions ({small} and {big} files)", found, small, big, scale=1e6, unit="M")
    # Page faults are counted on --big and --files copies: a process's first files fault far more than the
    # next ones (its heap grows), so a fit over the few files valgrind can afford would overstate them.
    sizes = (big, max(args.files, big + 1))
    fault_runs = [(count, jobs) for count in sizes for jobs in (1, 2)]
    fault_folders = {count: copies(args.data_dir, count) for count in sizes}
    with ThreadPoolExecutor(max_workers=2) as pool:
        faulted = dict(
            zip(
                fault_runs,
                pool.map(
                    lambda run: page_faults(fault_folders[run[0]], run[1], args.format, args.repeat),
                    fault_runs,
                ),
                strict=True,
            )
        )
    faults = _table(f"minor page faults ({sizes[0]} and {sizes[1]} files)", faulted, *sizes, scale=1, unit="")
    n = args.files
    timed = {
        key: counted[key] * args.ms_per_minstr / 1e6 + faults[key] * args.us_per_fault / 1e3
        for key in counted
    }
    print(f"model of target (d) for {n} files:")
    for label, unit, model in (
        ("instructions", "G", {key: value / 1e9 for key, value in counted.items()}),
        (
            f"time: {args.ms_per_minstr} ms per million instructions, {args.us_per_fault} us per fault",
            "s",
            {key: value / 1e3 for key, value in timed.items()},
        ),
    ):
        single = model["one_fixed"] + model["one"] * n
        path = model["prefork"] + model["worker_fixed"] + model["worker"] * n / 2 + model["after"] * n / 2
        longest = f"--jobs 2's longest path {path:.3f}{unit}"
        print(f"  {label}: --jobs 1 {single:.3f}{unit}, {longest}: ratio {single / path:.3f}")
    return 0


def _table(
    title: str, found: dict[tuple[int, int], dict[str, int]], small: int, big: int, *, scale: float, unit: str
) -> dict[str, float]:
    """Print per file and fixed figures of the four runs; return them for the model."""

    def line(label: str, at_small: float, at_big: float) -> tuple[float, float]:
        per_file = (at_big - at_small) / (big - small)
        fixed = at_small - per_file * small
        print(f"  {label:<44} {per_file / scale:9.2f}{unit} {fixed / scale:10.1f}{unit}")
        return per_file, fixed

    print(f"{title:<46} {'per file':>10} {'fixed':>11}")
    one, one_fixed = line("--jobs 1: the process", found[small, 1]["parent"], found[big, 1]["parent"])
    prefork = (found[small, 2]["parent"] + found[big, 2]["parent"]) / 2
    print(f"  {'--jobs 2: the parent before the first fork':<44} {'':>10} {prefork / scale:10.1f}{unit}")
    after, _ = line("--jobs 2: the parent after it", found[small, 2]["after"], found[big, 2]["after"])
    # The workers together: the pool gives more files to a worker that runs faster (a busy machine), so
    # one worker's count is no measure; the model then shares the files evenly.
    workers_small = [v for k, v in found[small, 2].items() if k.startswith("worker")]
    workers_big = [v for k, v in found[big, 2].items() if k.startswith("worker")]
    worker, workers_fixed = line("--jobs 2: the workers together", sum(workers_small), sum(workers_big))
    worker_fixed = workers_fixed / len(workers_small)
    print(f"  {'  (fixed: per worker)':<44} {'':>10} {worker_fixed / scale:10.1f}{unit}")
    return {
        "one": one,
        "one_fixed": one_fixed,
        "prefork": prefork,
        "after": after,
        "worker": worker,
        "worker_fixed": worker_fixed,
    }


if __name__ == "__main__":
    raise SystemExit(main())
