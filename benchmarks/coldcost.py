"""Instructions per file of a batch check with the process-wide text caches cold for every file, beside
the same count with them warm (callgrind; a count, not a time).

Usage: python benchmarks/coldcost.py [--small 10] [--big 30] [--format json] [--out DIR]

The copies of benchmarks/targets.py differ only in a trailing comment, so a cache keyed by an answer's
text (engine/answers.py, engine/placeholders.py) hits across files, which declarations that share no
text would not. Here ``check DIR --jobs 1`` runs twice per folder under callgrind, as
benchmarks/batchcost.py runs it: once as is (warm) and once with every such cache cleared before each
declaration is evaluated (cold), and what one more file costs is printed for both.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from batchcost import CHECKER, collected  # noqa: E402
from targets import copies  # noqa: E402

# The modules whose caches are keyed by declaration text.
TEXT_MODULES = ("compliance_checker.engine.answers", "compliance_checker.engine.placeholders")


def run_cold(argv: list[str]) -> None:
    """The command line, with the text caches cleared before each declaration is evaluated."""
    import importlib

    from compliance_checker.cli import main
    from compliance_checker.engine import evaluate as engine

    caches = [
        value
        for name in TEXT_MODULES
        for value in vars(importlib.import_module(name)).values()
        if isinstance(value, functools._lru_cache_wrapper)
    ]
    build = engine.build_context

    def cold_build(*args: Any) -> Any:
        for cache in caches:
            cache.cache_clear()
        return build(*args)

    engine.build_context = cold_build  # type: ignore[assignment]
    sys.argv = ["compliance-checker", *argv]
    main()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--big", type=int, default=30)
    parser.add_argument("--format", default="json")
    parser.add_argument("--data-dir", type=Path, default=BENCH / "results" / "data")
    parser.add_argument("--out", type=Path, help="keep the callgrind files in this folder")
    parser.add_argument("--only", choices=["warm", "cold"], help="count one way only")
    args = parser.parse_args(argv)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    for way in ("warm", "cold"):
        if args.only and way != args.only:
            continue
        counts = {}
        for count in (args.small, args.big):
            folder = copies(args.data_dir, count)
            out_file = str(args.out / f"callgrind.{way}.{count}") if args.out else os.devnull
            checker = (sys.executable, __file__, "--run-cold") if way == "cold" else CHECKER
            counts[count] = collected(folder, args.format, out_file, checker)
        per_file = (counts[args.big] - counts[args.small]) / (args.big - args.small)
        print(f"{way}: {args.small} files {counts[args.small]:,}; {args.big} files {counts[args.big]:,}; "
              f"per file {per_file / 1e6:.1f}M instructions", flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run-cold"]:
        run_cold(sys.argv[2:])
    else:
        raise SystemExit(main())
