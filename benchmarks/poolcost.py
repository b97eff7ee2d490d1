"""Instructions of a ``--jobs 2`` batch, process by process, against ``--jobs 1``, counted by valgrind's
callgrind (counts, not times: the same on a busy machine).

Usage: python benchmarks/poolcost.py [--small 10] [--big 30] [--files 300] [--format json] [--out DIR]

Runs ``compliance-checker check DIR --format FORMAT`` with ``--jobs 1`` and ``--jobs 2`` under callgrind
on two folders of copies of the frontier sample (benchmarks/targets.py's data), ``small`` and ``big``
files, with a dump of the parent's counts at each fork. From the four runs it prints, per file and fixed:

- ``--jobs 1``: the whole process;
- ``--jobs 2``: the parent before its first fork (the serial start-up), the parent after it (receiving
  and writing the results), and the workers together (their counts start at the fork);

and a model of target (d) for ``--files`` files: the one-process count over the longest path of the
pool, the serial start-up, then one worker's start and half of the files, plus half of the parent's own
work after the fork (two CPUs shared by the parent and two workers). Times on a real machine add what
counts miss: page faults, caches, other processes.
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--big", type=int, default=30)
    parser.add_argument("--files", type=int, default=300, help="the batch the model is for")
    parser.add_argument("--format", default="json")
    parser.add_argument("--data-dir", type=Path, default=BENCH / "results" / "data")
    parser.add_argument("--out", type=Path, help="keep the callgrind files in this folder")
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

    def line(label: str, at_small: float, at_big: float, files_small: float, files_big: float) -> float:
        per_file = (at_big - at_small) / (files_big - files_small)
        fixed = at_small - per_file * files_small
        print(f"  {label:<44} {per_file / 1e6:9.2f}M {fixed / 1e6:10.1f}M")
        return per_file

    print(f"{'':<46} {'per file':>10} {'fixed':>11}")
    one = line("--jobs 1: the process", found[small, 1]["parent"], found[big, 1]["parent"], small, big)
    one_fixed = found[small, 1]["parent"] - one * small
    prefork = (found[small, 2]["parent"] + found[big, 2]["parent"]) / 2
    print(f"  {'--jobs 2: the parent before the first fork':<44} {'':>10} {prefork / 1e6:10.1f}M")
    after = line(
        "--jobs 2: the parent after it", found[small, 2]["after"], found[big, 2]["after"], small, big
    )
    # The workers together: the pool gives more files to a worker that runs faster (a busy machine), so
    # one worker's count is no measure; the model then shares the files evenly.
    workers_small = [v for k, v in found[small, 2].items() if k.startswith("worker")]
    workers_big = [v for k, v in found[big, 2].items() if k.startswith("worker")]
    worker = line("--jobs 2: the workers together", sum(workers_small), sum(workers_big), small, big)
    worker_fixed = (sum(workers_small) - worker * small) / len(workers_small)
    print(f"  {'  (fixed: per worker)':<44} {'':>10} {worker_fixed / 1e6:10.1f}M")
    n = args.files
    single = one_fixed + one * n
    path = prefork + worker_fixed + worker * n / 2 + after * n / 2
    print(
        f"model for {n} files: --jobs 1 {single / 1e9:.2f}G; --jobs 2's longest path {path / 1e9:.2f}G "
        f"(start-up {prefork / 1e6:.0f}M + worker {(worker_fixed + worker * n / 2) / 1e9:.2f}G + half the "
        f"parent's {after * n / 1e6:.0f}M); ratio {single / path:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
