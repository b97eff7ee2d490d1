"""The strict loader against libyaml's own load, side by side in one process (issue 16).

Usage: python benchmarks/loader.py [FILE] [--copies N] [--repeat R] [--instructions] [--json]

Three ways to turn the same YAML text into data, each one a "case":

- ``floor``: ``yaml.load(text, Loader=yaml.CSafeLoader)``, libyaml's parser and composer with PyYAML's
  constructor. It builds data only (no positions, no strictness): the floor that the strict loader is
  measured against;
- ``ours``: ``compliance_checker.loading.yaml_strict.parse_yaml``: data, the path -> position index and
  the numbers as written, with every check of the strict loader;
- ``old``: the event builder that ``ours`` replaced (tests/legacy_yaml_strict.py), while that frozen
  copy is in the repository.

Two figures per case, both per file: one FILE (default: the frontier sample) loaded once, and N
copies of it (default 300, each a distinct string with a different trailing comment) loaded in a row.
Rounds alternate the cases (floor, ours, old, floor, ours, old...) so that a slow spell of the machine
hits them all alike; the table gives the minimum and the median over R rounds, and each case's minimum
over the floor's. ``--instructions`` also counts the instructions each case executes per file, with
valgrind's callgrind (a count, not a time: the same on a busy machine), as (I(N) - I(0)) / N for N
copies (default 20 there), where I(0) is the same process loading nothing (hash seed fixed at 0).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "sample_declarations" / "frontier-systemic-risk.yaml"
sys.path.insert(0, str(ROOT))

Load = Callable[[str, str], Any]
LOADER_TARGET = "<= 1.3"  # issue 16: the strict loader's cost within 1.3x of libyaml's own load


def cases() -> dict[str, Load]:
    """The loaders present in this checkout, by case name."""
    import yaml

    from compliance_checker.loading.yaml_strict import parse_yaml

    def floor(text: str, name: str) -> Any:
        return yaml.load(text, Loader=yaml.CSafeLoader)

    found: dict[str, Load] = {"floor": floor, "ours": parse_yaml}
    try:
        from tests.legacy_yaml_strict import parse_yaml as old
    except ImportError:  # the frozen copy is gone: compare with the floor only
        pass
    else:
        found["old"] = old
    return found


def copies(text: str, count: int) -> list[str]:
    return [f"{text}\n# copy {index}\n" for index in range(count)]


def time_cases(loaders: dict[str, Load], text: str, *, count: int, repeat: int) -> dict[str, Any]:
    """Seconds per file, one file and ``count`` copies, rounds interleaved across the cases."""
    batch = copies(text, count)
    single: dict[str, list[float]] = {name: [] for name in loaders}
    many: dict[str, list[float]] = {name: [] for name in loaders}
    for round_ in range(repeat + 1):  # the first round warms up and is not kept
        for name, load in loaders.items():
            start = time.perf_counter()
            load(text, "bench.yaml")
            single_s = time.perf_counter() - start
            start = time.perf_counter()
            for item in batch:
                load(item, "bench.yaml")
            many_s = (time.perf_counter() - start) / count
            if round_:
                single[name].append(single_s)
                many[name].append(many_s)
    return {
        name: {
            "single_min_ms": round(min(single[name]) * 1000, 3),
            "single_median_ms": round(statistics.median(single[name]) * 1000, 3),
            "copies_min_ms": round(min(many[name]) * 1000, 3),
            "copies_median_ms": round(statistics.median(many[name]) * 1000, 3),
        }
        for name in loaders
    }


def _collected(command: list[str]) -> int:
    # A fixed hash seed: string hashing is randomised per process, which moves the count a little.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or not found:
        raise RuntimeError(f"callgrind failed: {done.stderr.strip()[-800:]}")
    return int(found.group(1))


def count_instructions(names: list[str], file: Path, *, count: int) -> dict[str, int]:
    """Instructions per file for each case: callgrind runs this script loading ``count`` copies, and 0."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise RuntimeError("valgrind is not installed")
    base = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    found: dict[str, int] = {}
    for name in names:
        runs = {
            n: _collected([*base, sys.executable, __file__, str(file), "--only", name, "--copies", str(n)])
            for n in (0, count)
        }
        found[name] = (runs[count] - runs[0]) // count
    return found


def run_only(name: str, text: str, count: int) -> None:
    """Load ``count`` copies with one case and nothing else (what callgrind counts)."""
    load = cases()[name]
    for item in copies(text, count):
        load(item, "bench.yaml")


def measure(file: Path, *, count: int, repeat: int, instructions: int) -> dict[str, Any]:
    text = file.read_text(encoding="utf-8")
    loaders = cases()
    result: dict[str, Any] = {
        "file": str(file),
        "bytes": len(text.encode("utf-8")),
        "copies": count,
        "repeat": repeat,
        "cases": time_cases(loaders, text, count=count, repeat=repeat),
    }
    if instructions:
        per_file = count_instructions(list(loaders), file, count=instructions)
        result["instructions_copies"] = instructions
        for name, value in per_file.items():
            result["cases"][name]["instructions_per_file"] = value
    floor = result["cases"]["floor"]
    for figures in result["cases"].values():
        figures["single_vs_floor"] = round(figures["single_min_ms"] / floor["single_min_ms"], 3)
        figures["copies_vs_floor"] = round(figures["copies_min_ms"] / floor["copies_min_ms"], 3)
        if "instructions_per_file" in figures:
            ratio = figures["instructions_per_file"] / floor["instructions_per_file"]
            figures["instructions_vs_floor"] = round(ratio, 3)
    return result


LABELS = {
    "floor": "yaml.load(text, Loader=yaml.CSafeLoader) (the floor)",
    "ours": "parse_yaml (the strict loader)",
    "old": "the event builder it replaced (tests/legacy_yaml_strict.py)",
}


def print_table(result: dict[str, Any]) -> None:
    counted = "instructions_copies" in result
    print(
        f"the strict loader against libyaml's load: {result['file']} ({result['bytes']:,} bytes), "
        f"ms per file (min and median of {result['repeat']} rounds); x: min / the floor's min"
    )
    head = f"  {'case':<60} {'one file: min':>14} {'median':>8} {'x':>6} {'copies: min':>12} {'median':>8}"
    print(head + f" {'x':>6}" + (f" {'instructions':>14} {'x':>6}" if counted else ""))
    for name, figures in result["cases"].items():
        row = (
            f"  {LABELS[name]:<60} {figures['single_min_ms']:>14.2f} {figures['single_median_ms']:>8.2f}"
            f" {figures['single_vs_floor']:>5.2f}x {figures['copies_min_ms']:>12.2f}"
            f" {figures['copies_median_ms']:>8.2f} {figures['copies_vs_floor']:>5.2f}x"
        )
        if "instructions_per_file" in figures:
            row += f" {figures['instructions_per_file']:>14,} {figures['instructions_vs_floor']:>5.2f}x"
        print(row)
    print(
        f"  ({result['copies']:,} copies in one process"
        + (
            f"; instructions counted by callgrind over {result['instructions_copies']} copies)"
            if counted
            else ")"
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--copies", type=int, default=300, help="copies loaded in a row (default 300)")
    parser.add_argument("--repeat", type=int, default=15, help="rounds (default 15)")
    parser.add_argument(
        "--instructions",
        type=int,
        nargs="?",
        const=20,
        default=0,
        metavar="N",
        help="also count instructions per file with callgrind, over N copies (default 20)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--only", choices=["floor", "ours", "old"], help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.only:
        run_only(options.only, options.file.read_text(encoding="utf-8"), options.copies)
        return 0
    result = measure(
        options.file, count=options.copies, repeat=options.repeat, instructions=options.instructions
    )
    if options.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
