"""Instructions per file of a batch check, counted by valgrind's callgrind (a count, not a time: the same
on a busy machine).

Usage: python benchmarks/batchcost.py [--small 10] [--big 30] [--format json] [--out DIR]

Runs ``compliance-checker check DIR --jobs 1 --format FORMAT`` (output to /dev/null) under callgrind on
two folders of copies of the frontier sample (benchmarks/targets.py's data), ``small`` and ``big`` files,
and prints (I(big) - I(small)) / (big - small): what one more file costs, start-up excluded. With
``--out`` the two callgrind files are kept there (``callgrind_annotate`` reads them).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from targets import copies  # noqa: E402

CHECKER = (sys.executable, "-m", "compliance_checker")


def collected(folder: Path, fmt: str, out_file: str, checker: Sequence[str] = CHECKER) -> int:
    """Instructions of one whole ``check`` process over ``folder``, the checker started as ``checker``."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise RuntimeError("valgrind is not installed")
    command = [
        valgrind,
        "--tool=callgrind",
        f"--callgrind-out-file={out_file}",
        *checker,
        "check",
        str(folder),
        "--jobs",
        "1",
        "--format",
        fmt,
        "--as-of",
        "2026-12-01",
    ]
    # A fixed hash seed: string hashing is randomised per process, which moves the count a little.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    with open(os.devnull, "w", encoding="utf-8") as sink:
        done = subprocess.run(command, stdout=sink, stderr=subprocess.PIPE, text=True, check=False, env=env)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind failed: {done.stderr.strip()[-800:]}")
    return int(found.group(1))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--big", type=int, default=30)
    parser.add_argument("--format", default="json")
    parser.add_argument("--data-dir", type=Path, default=BENCH / "results" / "data")
    parser.add_argument("--out", type=Path, help="keep the callgrind files in this folder")
    args = parser.parse_args(argv)
    counts = {}
    for count in (args.small, args.big):
        folder = copies(args.data_dir, count)
        out_file = str(args.out / f"callgrind.{count}") if args.out else os.devnull
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
        counts[count] = collected(folder, args.format, out_file)
    per_file = (counts[args.big] - counts[args.small]) / (args.big - args.small)
    print(f"{args.small} files: {counts[args.small]:,} instructions; {args.big} files: {counts[args.big]:,}")
    print(f"per file: {per_file / 1e6:.1f}M instructions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
