"""Import-time profile of one command: ``python -X importtime``, summarised over several runs.

Usage: python benchmarks/importprofile.py FILE [--runs 5] [--top 15]

Each run is a fresh interpreter running ``-m compliance_checker check --format json FILE``; its
``-X importtime`` lines (self and cumulative microseconds per module) are collected, and each module's
figures are the median over the runs. The total is the sum of the self times of every import of a run
(the interpreter's own start-up imports included), as a median over the runs.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import re
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)\s*$")


def parse_importtime(stderr: str) -> list[tuple[str, int, int, int]]:
    """(module, self us, cumulative us, nesting depth) for each ``-X importtime`` line."""
    found = []
    for line in stderr.splitlines():
        match = _LINE.match(line)
        if match:
            depth = (len(match.group(3)) - 1) // 2
            found.append((match.group(4), int(match.group(1)), int(match.group(2)), depth))
    return found


def _installed_package() -> list[Path]:
    """Where this Python imports the checker from when started outside the checkout (as the console
    script is): an editable install of another checkout, or site-packages."""
    code = "import importlib.util as u; s = u.find_spec('compliance_checker'); "
    code += "print(*(s.submodule_search_locations or ()) if s else (), sep='\\n')"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=Path(sys.executable).parent, capture_output=True, text=True
    )
    return [Path(line) for line in done.stdout.splitlines() if line.strip()]


def compile_checker() -> str:
    """Byte-compile the checker's modules where their cached bytecode is missing or stale, as pip does
    when it installs a wheel, and say what was done: the installed package (what the console script
    runs) and this checkout's (what ``python -m compliance_checker`` runs from here).

    Otherwise an editable install in an environment with ``PYTHONDONTWRITEBYTECODE=1`` (or a checkout
    whose ``__pycache__`` was never written) compiles every module of the checker from source in every
    measured process, about 30 ms that no installed checker pays, while the peers, installed from
    wheels, are measured with their bytecode.
    """
    folders = list(dict.fromkeys([*_installed_package(), ROOT / "compliance_checker"]))
    stale = 0
    for folder in folders:
        for source in folder.rglob("*.py"):
            cached = Path(importlib.util.cache_from_source(str(source)))
            if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
                stale += 1
        if not compileall.compile_dir(str(folder), quiet=1):
            return f"byte-compiling {folder} failed: the checker's modules may be compiled on every run"
    if not stale:
        return "the checker's bytecode was up to date"
    return f"byte-compiled {stale} modules of the checker (their bytecode was missing or stale)"


def profile(command: list[str], *, runs: int, top: int = 15, cwd: Path = ROOT) -> dict[str, Any]:
    """Run ``command`` (which must start with ``python -X importtime``) and summarise the imports."""
    cumulative: dict[str, list[int]] = defaultdict(list)
    own: dict[str, list[int]] = defaultdict(list)
    self_by_package: dict[str, list[int]] = defaultdict(list)
    totals: list[int] = []
    counts: list[int] = []
    for _ in range(runs):
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"exit code {done.returncode}: {done.stderr[-1000:]}")
        lines = parse_importtime(done.stderr)
        if not lines:
            raise RuntimeError("no -X importtime lines on stderr")
        totals.append(sum(self_us for _, self_us, _, _ in lines))
        counts.append(len(lines))
        package_self: dict[str, int] = defaultdict(int)
        for module, self_us, cumulative_us, _ in lines:
            cumulative[module].append(cumulative_us)
            own[module].append(self_us)
            package_self[module.split(".")[0]] += self_us
        for package, self_us in package_self.items():
            self_by_package[package].append(self_us)
    modules = sorted(
        ((m, statistics.median(v)) for m, v in cumulative.items()), key=lambda item: item[1], reverse=True
    )
    selves = sorted(
        ((m, statistics.median(v)) for m, v in own.items()), key=lambda item: item[1], reverse=True
    )
    packages = sorted(
        ((p, statistics.median(v)) for p, v in self_by_package.items()),
        key=lambda item: item[1],
        reverse=True,
    )
    return {
        "command": " ".join(command),
        "runs": runs,
        "total_ms": round(statistics.median(totals) / 1000, 1),
        "total_ms_min": round(min(totals) / 1000, 1),
        "total_ms_max": round(max(totals) / 1000, 1),
        "modules_imported": int(statistics.median(counts)),
        "top_cumulative": [{"module": m, "cumulative_ms": round(us / 1000, 1)} for m, us in modules[:top]],
        "top_self": [{"module": m, "self_ms": round(us / 1000, 1)} for m, us in selves[:top]],
        "top_packages_self": [{"package": p, "self_ms": round(us / 1000, 1)} for p, us in packages[:top]],
        "imported": sorted(cumulative),
    }


def print_profile(result: dict[str, Any], *, file: Any = sys.stdout) -> None:
    print(
        f"import time, median of {result['runs']} runs: {result['total_ms']} ms in total "
        f"({result['total_ms_min']}-{result['total_ms_max']} ms), {result['modules_imported']} modules",
        file=file,
    )
    print(f"  {'top modules by cumulative import time':<52} {'ms':>7}", file=file)
    for row in result["top_cumulative"]:
        print(f"  {row['module']:<52} {row['cumulative_ms']:>7.1f}", file=file)
    selves = ", ".join(f"{r['module']} {r['self_ms']:.0f}" for r in result["top_self"][:10])
    print(f"  largest own times (ms): {selves}", file=file)
    packages = ", ".join(f"{r['package']} {r['self_ms']:.0f}" for r in result["top_packages_self"][:10])
    print(f"  own time by top-level package (ms): {packages}", file=file)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=15)
    options = parser.parse_args()
    print(compile_checker(), file=sys.stderr)
    command = [sys.executable, "-X", "importtime", "-m", "compliance_checker", "check", "--format", "json"]
    command += ["--as-of", "2026-11-29", str(options.file.resolve())]
    print_profile(profile(command, runs=options.runs, top=options.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
