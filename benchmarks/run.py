"""Benchmark suite (issue 7): the checker against schema-only and YAML-only peers, as whole processes.

Usage: python benchmarks/run.py [--quick] [--output FILE] [--compare OLD.json] [--skip SECTION ...]

Run it with the Python of the environment the checker is installed in, with the peers from the
``bench`` extra (``pip install -e '.[bench]'``). It generates realistic declarations from the shipped
samples (benchmarks/generate.py; cached under benchmarks/results/data, regenerated when the generator
or the samples change), then measures, each as a median over repeated runs with the spread (min-max):

1. single: one 15 KB declaration, whole process (start-up included): ``compliance-checker check`` in
   the default format and with ``--format json``, next to ``check-jsonschema --schemafile
   schemas/declaration.schema.json`` and ``yamllint -d relaxed`` on the same file;
2. batch: a folder of 1,000 declarations (15 KB each) in one process, ``--jobs 1`` and ``--jobs 2``,
   in files per second, next to ``check-jsonschema`` given the same 1,000 files in one process;
3. large + sizes: peak memory and time for 1,000 and 10,000 files (``--jobs 1 --format json``, the
   report to /dev/null), and the time of one check against declaration size (15 KB, 40 KB, 1 MB);
4. imports: ``python -X importtime -m compliance_checker check --format json FILE``, the top 15 modules
   by cumulative import time and the total.
5. loader: the strict YAML loader against ``yaml.load(text, Loader=yaml.CSafeLoader)`` on the frontier
   sample, one file and 300 copies in one process, time per file (and instructions per file, counted by
   valgrind's callgrind when it is installed): benchmarks/loader.py, run as a child process.

It prints one table of absolute figures and of ratios to the peers (with the issue's targets) and
writes everything as JSON (default benchmarks/results/latest.json) with the machine it ran on.
``--quick`` is a smoke run (fewer repeats, batches of 200 and 2,000); ``--compare OLD.json`` prints
the change of every figure against an earlier run. docs/benchmarks.md explains how to read the results.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))

from generate import generate  # noqa: E402
from importprofile import compile_checker, print_profile, profile  # noqa: E402
from loader import LOADER_TARGET  # noqa: E402
from loader import print_table as print_loader_table  # noqa: E402
from measure import (  # noqa: E402
    Case,
    MeasureError,
    format_mib,
    format_seconds,
    format_spread,
    measure_together,
    run_once,
)

AS_OF = "2026-11-29"  # a fixed "today", so that every run judges the same deadlines
SCHEMA = ROOT / "schemas" / "declaration.schema.json"
SECTIONS = ("single", "sizes", "batch", "large", "imports", "loader")
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Settings:
    repeat: int  # single-file cases
    size_repeat: int  # 40 KB and 1 MB cases
    batch_repeat: int  # batches
    batch_files: int
    large_files: int
    import_runs: int
    loader_copies: int = 300  # the strict loader against libyaml's load, in one process
    loader_instructions: int = 10  # copies counted by callgrind when valgrind is installed; 0: not counted


FULL = Settings(repeat=15, size_repeat=7, batch_repeat=3, batch_files=1000, large_files=10_000, import_runs=5)
QUICK = Settings(
    repeat=5,
    size_repeat=3,
    batch_repeat=2,
    batch_files=200,
    large_files=2_000,
    import_runs=2,
    loader_copies=50,
    loader_instructions=0,
)
SIZES = {"15KB": 15_000, "40KB": 40_000, "1MB": 1_000_000}
BATCH_SIZE = SIZES["15KB"]


# --- The commands ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tool:
    name: str
    command: list[str] | None  # None: not installed in this environment
    how: str
    version: str | None


def _console_script(name: str) -> Path | None:
    """The console script installed next to this interpreter (the same environment), if any."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def find_tool(name: str, module: str, distribution: str) -> Tool:
    try:
        version: str | None = importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        version = None
    script = _console_script(name)
    if script:
        return Tool(name, [str(script)], f"console script {script}", version)
    if importlib.util.find_spec(module) is not None:
        return Tool(name, [sys.executable, "-m", module], f"{sys.executable} -m {module}", version)
    return Tool(name, None, "not installed", version)


def checker_version(checker: Tool) -> str:
    assert checker.command
    command = [*checker.command, "--version"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    return (done.stdout or done.stderr).strip()


# --- Data -----------------------------------------------------------------------------------------


def _inputs_digest() -> str:
    """What generated files depend on: the generator and the shipped samples with their evidence."""
    digest = hashlib.sha256()
    for path in [BENCH / "generate.py", *sorted((ROOT / "sample_declarations").rglob("*"))]:
        if path.is_file() and "invalid" not in path.relative_to(ROOT).parts:
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def dataset(
    data_dir: Path, name: str, *, count: int, size: int | None, fresh: bool, **options: Any
) -> list[Path]:
    """Generate (or reuse) a folder of declarations; returns the files, sorted."""
    folder = data_dir / name
    params = {"count": count, "size": size, **options}
    key = hashlib.sha256((_inputs_digest() + json.dumps(params, sort_keys=True)).encode()).hexdigest()
    manifest = folder / "manifest.json"
    if not fresh and manifest.is_file():
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
        files = [folder / f for f in recorded.get("files", [])]
        if recorded.get("key") == key and all(f.is_file() for f in files):
            return files
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    print(
        f"  generating {name}: {count:,} declarations of about {size or 'natural'} bytes ...", file=sys.stderr
    )
    files = sorted(generate(folder, count, size=size, **options))
    manifest.write_text(
        json.dumps({"key": key, "params": params, "files": [f.name for f in files]}, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"  ... {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return files


def _sizes(files: Sequence[Path]) -> dict[str, int]:
    sizes = sorted(f.stat().st_size for f in files)
    return {
        "files": len(sizes),
        "min_bytes": sizes[0],
        "median_bytes": sizes[len(sizes) // 2],
        "max_bytes": sizes[-1],
    }


# --- Measuring ------------------------------------------------------------------------------------


def report_summary(path: Path) -> dict[str, Any] | None:
    """The report's own ``summary`` (the one that counts declarations), read from the start or the end
    of a JSON report: reports of big batches are too large to load for one object."""
    pattern = re.compile(r'"summary"\s*:\s*(\{[^{}]*\})')
    with open(path, "rb") as handle:
        head = handle.read(64 * 1024).decode("utf-8", "replace")
        handle.seek(max(0, path.stat().st_size - 64 * 1024))
        tail = handle.read().decode("utf-8", "replace")
    for text in (tail, head):
        for match in reversed(list(pattern.finditer(text))):
            summary: dict[str, Any] = json.loads(match.group(1))
            if "declarations" in summary:
                return summary
    return None


def verify_folder(checker: list[str], folder: Path, *, expect_files: int, expect_invalid: int) -> str:
    """One untimed check of a whole folder (it also warms the file cache); '' when all is as expected."""
    with tempfile.TemporaryDirectory(prefix="cc-bench-") as tmp:
        out = Path(tmp) / "report.json"
        command = [*checker, "check", "--format", "json", "--as-of", AS_OF, "--jobs", "1", str(folder)]
        run, tail = run_once(command, cwd=ROOT, stdout=out)
        expected_code = (2,) if expect_invalid else (0, 1)
        if run.exit_code not in expected_code:
            wanted = "/".join(map(str, expected_code))
            return f"exit code {run.exit_code}, expected {wanted}: {tail.strip()[-500:]}"
        summary = report_summary(out)
        if summary is None:
            return "no summary found in the JSON report"
        if summary.get("declarations") != expect_files or summary.get("invalid") != expect_invalid:
            return (
                f"summary {summary}, expected {expect_files} declarations of which {expect_invalid} invalid"
            )
    return ""


# --- Machine --------------------------------------------------------------------------------------


def _proc_field(path: str, name: str) -> str | None:
    try:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.startswith(name):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def machine_info(checker: Tool, version: str) -> dict[str, Any]:
    status = _git("status", "--porcelain", "--untracked-files=no")
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_model": _proc_field("/proc/cpuinfo", "model name") or platform.processor() or None,
        "memory_total": _proc_field("/proc/meminfo", "MemTotal"),
        "platform": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "python_executable": sys.executable,
        "checker_version": version,
        # `--version` names the parser: "libyaml C parser", or "pure-Python ... (libyaml not available)".
        "libyaml": "libyaml" in version.lower()
        and not any(word in version.lower() for word in ("not available", "without", "pure-python")),
        "checker_runner": checker.how,
        "git_commit": _git("rev-parse", "--short", "HEAD"),
        "git_dirty": bool(status) if status is not None else None,
        "load_average_start": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
    }


# --- Ratios ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ratio:
    id: str
    label: str
    value: float
    target: str = ""  # e.g. "<= 0.5"; empty: for information

    @property
    def met(self) -> bool | None:
        if not self.target:
            return None
        operator, number = self.target.split()
        return self.value <= float(number) if operator == "<=" else self.value >= float(number)

    def as_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "value": round(self.value, 3),
            "target": self.target or None,
            "met": self.met,
        }


# Each ratio: id, label, numerator, denominator, target. A side is (case id, figure), the figure being
# "s" (median wall time), "files/s" or "MiB" (median peak memory). {n} and {big} are the batch sizes.
RATIO_SPECS: tuple[tuple[str, str, tuple[str, str], tuple[str, str], str], ...] = (
    ("single.ours/check-jsonschema", "one 15 KB file: ours / check-jsonschema (time)",
     ("single.ours", "s"), ("single.check-jsonschema", "s"), "<= 0.5"),
    ("single.ours-json/check-jsonschema", "one 15 KB file: ours --format json / check-jsonschema",
     ("single.ours-json", "s"), ("single.check-jsonschema", "s"), "<= 0.5"),
    ("single.ours/yamllint", "one 15 KB file: ours / yamllint (time)",
     ("single.ours", "s"), ("single.yamllint", "s"), "<= 1.0"),
    ("single.ours/python", "one 15 KB file: ours / bare interpreter start (time)",
     ("single.ours", "s"), ("single.python", "s"), ""),
    ("size.40KB/15KB", "one check: 40 KB file / 15 KB file (time)",
     ("size.40KB.ours", "s"), ("single.ours", "s"), ""),
    ("size.1MB/15KB", "one check: 1 MB file / 15 KB file (time)",
     ("size.1MB.ours", "s"), ("single.ours", "s"), ""),
    ("size.1MB.ours/check-jsonschema", "one 1 MB file: ours / check-jsonschema (time)",
     ("size.1MB.ours", "s"), ("size.1MB.check-jsonschema", "s"), ""),
    ("size.1MB.ours/yamllint", "one 1 MB file: ours / yamllint (time)",
     ("size.1MB.ours", "s"), ("size.1MB.yamllint", "s"), ""),
    ("batch.files-per-s/check-jsonschema", "{n} files, one process: ours / check-jsonschema (files/s)",
     ("batch.ours-jobs1", "files/s"), ("batch.check-jsonschema", "files/s"), ">= 3"),
    ("batch.jobs2/jobs1", "{n} files: --jobs 2 / --jobs 1 (files/s, the speed-up)",
     ("batch.ours-jobs2", "files/s"), ("batch.ours-jobs1", "files/s"), ">= 1.7"),
    ("large.memory", "peak memory: {big} files / {n} files (--jobs 1)",
     ("large.ours-jobs1", "MiB"), ("batch.ours-jobs1", "MiB"), "<= 1.1"),
    ("large.time-per-file", "time per file: {big} files / {n} files (--jobs 1; linear: 1)",
     ("batch.ours-jobs1", "files/s"), ("large.ours-jobs1", "files/s"), "<= 1.1"),
)  # fmt: skip


def _figure(case: Case, figure: str) -> float:
    return {"s": case.median_s, "files/s": case.files_per_s, "MiB": case.peak_rss_mib}[figure]


def ratios(cases: dict[str, Case], settings: Settings) -> list[Ratio]:
    """The ratios whose two cases were both measured."""
    found: list[Ratio] = []
    names = {"n": f"{settings.batch_files:,}", "big": f"{settings.large_files:,}"}
    for rid, label, (top, top_figure), (bottom, bottom_figure), target in RATIO_SPECS:
        if top in cases and cases[top].runs and bottom in cases and cases[bottom].runs:
            value = _figure(cases[top], top_figure) / _figure(cases[bottom], bottom_figure)
            found.append(Ratio(rid, label.format(**names), value, target))
    return found


# --- Output ---------------------------------------------------------------------------------------

SECTION_TITLES = {  # by the first part of the case ids
    "single": "1. one 15 KB declaration, whole process (start-up included)",
    "size": "2. one declaration against its size (whole process)",
    "batch": "3. a batch in one process (files/s)",
    "large": "4. peak memory and time for a large batch (--jobs 1, JSON report to /dev/null)",
}


def print_table(
    cases: dict[str, Case], found: list[Ratio], imports: dict[str, Any] | None, header: str
) -> None:
    width = 66
    line = "-" * (width + 48)
    print(line)
    print(header)
    print(line)
    print(f"{'case':<{width}} {'median':>9} {'min-max':>17} {'files/s':>8} {'peak RSS':>10}")
    for section, title in SECTION_TITLES.items():
        rows = [c for cid, c in cases.items() if cid.split(".")[0] == section and c.runs]
        if not rows:
            continue
        print(title)
        for case in rows:
            rate = f"{case.files_per_s:,.1f}" if case.files > 1 else ""
            print(
                f"  {case.label:<{width - 2}} {format_seconds(case.median_s):>9} "
                f"{format_spread(case.seconds):>17} {rate:>8} {format_mib(case.peak_rss_mib):>10}"
            )
    if imports:
        print("5. import time (python -X importtime, see the profile below)")
        label = f"imports of check --format json ({imports['modules_imported']} modules)"
        spread = f"{imports['total_ms_min']:.0f}-{imports['total_ms_max']:.0f} ms"
        print(f"  {label:<{width - 2}} {imports['total_ms']:>6.0f} ms {spread:>17}")
    if found:
        print(line)
        print(f"{'ratio':<{width}} {'value':>9} {'target':>17} {'met':>8}")
        for ratio in found:
            met = {True: "yes", False: "NO", None: ""}[ratio.met]
            print(f"  {ratio.label:<{width - 2}} {ratio.value:>9.2f} {ratio.target:>17} {met:>8}")
    print(line)


def print_compare(old: dict[str, Any], new: dict[str, Any]) -> None:
    print(f"\nchange against {old.get('_path', 'the old run')} (started {old.get('started')}):")
    if old.get("quick") != new.get("quick"):
        print("  note: one run is --quick and the other is not: batch sizes and repeats differ")
    for key in ("cpu_count", "python", "platform", "libyaml", "checker_runner"):
        before, after = old.get("machine", {}).get(key), new["machine"].get(key)
        if before != after:
            print(f"  note: {key} differs: {before} -> {after}")
    print(f"  {'case':<64} {'old':>9} {'new':>9} {'change':>8}")
    for cid, case in new["cases"].items():
        before = old.get("cases", {}).get(cid)
        if not before:
            continue
        change = case["median_s"] / before["median_s"] - 1
        files = (
            ""
            if before.get("files") == case.get("files")
            else f" (files {before.get('files')} -> {case.get('files')})"
        )
        print(
            f"  {case['label'][:64]:<64} {format_seconds(before['median_s']):>9} "
            f"{format_seconds(case['median_s']):>9} {change:>+8.0%}{files}"
        )
    imports_old, imports_new = old.get("import_profile"), new.get("import_profile")
    if imports_old and imports_new:
        change = imports_new["total_ms"] / imports_old["total_ms"] - 1
        before_ms, after_ms = imports_old["total_ms"], imports_new["total_ms"]
        print(f"  {'import time, total':<64} {before_ms:>6.0f} ms {after_ms:>6.0f} ms {change:>+8.0%}")
    print(f"  {'ratio':<64} {'old':>9} {'new':>9}")
    for rid, ratio in new["ratios"].items():
        before = old.get("ratios", {}).get(rid)
        if before:
            print(f"  {ratio['label'][:64]:<64} {before['value']:>9.2f} {ratio['value']:>9.2f}")


# --- Main -----------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: fewer repeats, batches of 200 and 2,000"
    )
    parser.add_argument("--output", type=Path, default=BENCH / "results" / "latest.json")
    parser.add_argument(
        "--compare", type=Path, metavar="OLD.json", help="print the change against an earlier run"
    )
    parser.add_argument("--skip", nargs="+", choices=SECTIONS, default=[], help="sections to leave out")
    parser.add_argument("--repeat", type=int, help="runs per single-file case (default 15; quick 5)")
    parser.add_argument("--batch-repeat", type=int, help="runs per batch (default 3; quick 2)")
    parser.add_argument("--data-dir", type=Path, default=BENCH / "results" / "data")
    parser.add_argument("--fresh-data", action="store_true", help="regenerate the declarations")
    parser.add_argument(
        "--no-memory-guard",
        action="store_true",
        help="run the large batch even when the small batch's peak memory, scaled, would not fit",
    )
    options = parser.parse_args(argv)
    settings = QUICK if options.quick else FULL
    if options.repeat:
        settings = Settings(**{**settings.__dict__, "repeat": options.repeat, "size_repeat": options.repeat})
    if options.batch_repeat:
        settings = Settings(**{**settings.__dict__, "batch_repeat": options.batch_repeat})
    old = None
    if options.compare:
        old = json.loads(options.compare.read_text(encoding="utf-8"))
        old["_path"] = str(options.compare)

    started = time.perf_counter()
    started_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    checker = find_tool("compliance-checker", "compliance_checker", "compliance-checker")
    if checker.command is None:
        print(
            "compliance-checker is not installed for this Python: pip install -e '.[bench]'", file=sys.stderr
        )
        return 2
    peers = {
        "check-jsonschema": find_tool("check-jsonschema", "check_jsonschema", "check-jsonschema"),
        "yamllint": find_tool("yamllint", "yamllint", "yamllint"),
    }
    notes: list[str] = []
    for peer in peers.values():
        if peer.command is None:
            notes.append(
                f"{peer.name} is not installed next to {sys.executable}: its columns are skipped "
                "(pip install -e '.[bench]')"
            )
    bytecode = compile_checker()
    version = checker_version(checker)
    machine = machine_info(checker, version)
    machine["checker_bytecode"] = bytecode
    print(bytecode, file=sys.stderr)
    print(f"checker: {version}; run as {checker.how}", file=sys.stderr)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if machine["load_average_start"] and machine["load_average_start"][0] > 0.5:
        notes.append(
            f"the machine was busy at the start (load average {machine['load_average_start']}): noisy figures"
        )

    ours = [*checker.command, "check"]
    cjs, yamllint = peers["check-jsonschema"].command, peers["yamllint"].command
    data_dir, fresh = options.data_dir, options.fresh_data
    cases: dict[str, Case] = {}
    checks: dict[str, str] = {}
    data: dict[str, Any] = {}

    def single_cases(tag: str, file: Path, label: str) -> list[tuple[Case, Sequence[int]]]:
        size = file.stat().st_size
        found: list[tuple[Case, Sequence[int]]] = []
        if tag == "single":
            found.append(
                (
                    Case(
                        "single.python",
                        "python -c pass (bare interpreter start)",
                        [sys.executable, "-c", "pass"],
                    ),
                    (0,),
                )
            )
            found.append(
                (
                    Case(
                        "single.ours",
                        f"compliance-checker check ({label}, default format)",
                        [*ours, "--as-of", AS_OF, str(file)],
                    ),
                    (0, 1),
                )
            )
            found.append(
                (
                    Case(
                        "single.ours-json",
                        f"compliance-checker check --format json ({label})",
                        [*ours, "--format", "json", "--as-of", AS_OF, str(file)],
                    ),
                    (0, 1),
                )
            )
        else:
            found.append(
                (
                    Case(
                        f"{tag}.ours",
                        f"compliance-checker check ({label})",
                        [*ours, "--as-of", AS_OF, str(file)],
                    ),
                    (0, 1),
                )
            )
        if cjs:
            found.append(
                (
                    Case(
                        f"{tag}.check-jsonschema",
                        f"check-jsonschema --schemafile ... ({label})",
                        [*cjs, "--schemafile", str(SCHEMA), str(file)],
                    ),
                    (0, 1),
                )
            )
        if yamllint:
            found.append(
                (
                    Case(
                        f"{tag}.yamllint",
                        f"yamllint -d relaxed ({label})",
                        [*yamllint, "-d", "relaxed", str(file)],
                    ),
                    (0, 1),
                )
            )
        for case, _ in found:
            case.bytes_per_file = size if case.id != "single.python" else None
        return found

    def section(name: str, body: Callable[[], None]) -> None:
        if name in options.skip:
            return
        print(f"[{name}]", file=sys.stderr, flush=True)
        try:
            body()
        except MeasureError as error:
            notes.append(f"section {name} stopped: {error}")
            print(f"  stopped: {error}", file=sys.stderr)

    def run_single() -> None:
        files = dataset(data_dir, "size-15KB", count=3, size=SIZES["15KB"], fresh=fresh)
        file = files[0]
        data["single"] = {"file": str(file), "bytes": file.stat().st_size}
        group = single_cases("single", file, f"{file.stat().st_size / 1000:.0f} KB")
        measure_together(group, repeat=settings.repeat, cwd=ROOT)
        cases.update({c.id: c for c, _ in group})
        for case, _ in group:
            if case.id == "single.check-jsonschema" and set(r.exit_code for r in case.runs) != {0}:
                notes.append("check-jsonschema reported schema errors in the 15 KB file")

    def run_sizes() -> None:
        group: list[tuple[Case, Sequence[int]]] = []
        for tag, size in SIZES.items():
            if tag == "15KB":
                continue  # the single-file section measures it
            file = dataset(data_dir, f"size-{tag}", count=1, size=size, fresh=fresh)[0]
            data[f"size-{tag}"] = {"file": str(file), "bytes": file.stat().st_size}
            group += single_cases(
                f"size.{tag}",
                file,
                f"{file.stat().st_size / 1e6:.2f} MB"
                if size >= 1e6
                else f"{file.stat().st_size / 1000:.0f} KB",
            )
        measure_together(group, repeat=settings.size_repeat, cwd=ROOT)
        cases.update({c.id: c for c, _ in group})

    def run_batch() -> None:
        n = settings.batch_files
        files = dataset(data_dir, f"batch-{n}", count=n, size=BATCH_SIZE, fresh=fresh)
        folder = files[0].parent
        data["batch"] = {"folder": str(folder), **_sizes(files)}
        broken = dataset(data_dir, "broken", count=5, size=None, fresh=fresh, broken=5)
        checks["broken files exit 2 and are reported invalid"] = verify_folder(
            [*checker.command], broken[0].parent, expect_files=10, expect_invalid=5
        )
        checks[f"batch of {n:,}: every file checked, none invalid"] = verify_folder(
            [*checker.command], folder, expect_files=n, expect_invalid=0
        )
        group: list[tuple[Case, Sequence[int]]] = []
        for jobs in (1, 2):
            command = [*ours, "--format", "json", "--as-of", AS_OF, "--jobs", str(jobs), str(folder)]
            group.append(
                (
                    Case(
                        f"batch.ours-jobs{jobs}",
                        f"compliance-checker check DIR --format json --jobs {jobs} ({n:,} files)",
                        command,
                        files=n,
                        bytes_per_file=BATCH_SIZE,
                    ),
                    (0, 1),
                )
            )
        if cjs:
            command = [*cjs, "--schemafile", str(SCHEMA), *map(str, files)]
            group.append(
                (
                    Case(
                        "batch.check-jsonschema",
                        f"check-jsonschema --schemafile ... ({n:,} files)",
                        command,
                        files=n,
                        bytes_per_file=BATCH_SIZE,
                    ),
                    (0, 1),
                )
            )
        measure_together(group, repeat=settings.batch_repeat, warmup=0, cwd=ROOT)
        cases.update({c.id: c for c, _ in group})

    def run_large() -> None:
        big = settings.large_files
        small = cases.get("batch.ours-jobs1")
        available = _proc_field("/proc/meminfo", "MemAvailable")
        if small and available and not options.no_memory_guard:
            projected = small.peak_rss_mib * big / settings.batch_files
            available_mib = int(available.split()[0]) / 1024
            if projected > 0.75 * available_mib:
                notes.append(
                    f"large batch skipped: {settings.batch_files:,} files peaked at "
                    f"{format_mib(small.peak_rss_mib)}, "
                    f"so {big:,} could need {format_mib(projected)} of {format_mib(available_mib)} available "
                    "(--no-memory-guard runs it anyway)"
                )
                return
        files = dataset(data_dir, f"batch-{big}", count=big, size=BATCH_SIZE, fresh=fresh)
        folder = files[0].parent
        data["large"] = {"folder": str(folder), **_sizes(files)}
        command = [*ours, "--format", "json", "--as-of", AS_OF, "--jobs", "1", str(folder)]
        case = Case(
            "large.ours-jobs1",
            f"compliance-checker check DIR --format json --jobs 1 ({big:,} files)",
            command,
            files=big,
            bytes_per_file=BATCH_SIZE,
        )
        measure_together([(case, (0, 1))], repeat=settings.batch_repeat, warmup=0, cwd=ROOT)
        cases[case.id] = case

    imports: dict[str, Any] | None = None

    def run_imports() -> None:
        nonlocal imports
        file = dataset(data_dir, "size-15KB", count=3, size=SIZES["15KB"], fresh=False)[0]
        command = [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "compliance_checker",
            "check",
            "--format",
            "json",
        ]
        try:
            imports = profile([*command, "--as-of", AS_OF, str(file)], runs=settings.import_runs)
        except RuntimeError as error:
            raise MeasureError(f"import profile: {error}") from error
        print(f"  imports: {imports['total_ms']} ms", file=sys.stderr)

    section("single", run_single)
    section("sizes", run_sizes)
    section("batch", run_batch)
    section("large", run_large)
    section("imports", run_imports)

    loader: dict[str, Any] | None = None

    def run_loader() -> None:
        nonlocal loader
        command = [sys.executable, str(BENCH / "loader.py"), "--json"]
        command += ["--copies", str(settings.loader_copies), "--repeat", str(settings.repeat)]
        if settings.loader_instructions and shutil.which("valgrind"):
            command += ["--instructions", str(settings.loader_instructions)]
        elif settings.loader_instructions:
            notes.append("valgrind is not installed: the loader's instructions were not counted")
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise MeasureError(f"loader: {done.stderr.strip()[-800:]}")
        loader = json.loads(done.stdout)
        ours = loader["cases"]["ours"]
        print(f"  loader: {ours['copies_vs_floor']:.2f}x libyaml's load per file", file=sys.stderr)

    section("loader", run_loader)

    for name, problem in checks.items():
        if problem:
            notes.append(f"check failed: {name}: {problem}")
    found = ratios(cases, settings)
    if loader:
        ours, copies = loader["cases"]["ours"], f"{loader['copies']:,}"
        found.append(
            Ratio(
                "loader.time/floor",
                f"strict loader / libyaml's load, {copies} copies in one process (time per file)",
                ours["copies_vs_floor"],
                LOADER_TARGET,
            )
        )
        if "instructions_vs_floor" in ours:
            found.append(
                Ratio(
                    "loader.instructions/floor",
                    "strict loader / libyaml's load (instructions per file, callgrind)",
                    ours["instructions_vs_floor"],
                    LOADER_TARGET,
                )
            )
    machine["load_average_end"] = (
        [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    )
    duration = time.perf_counter() - started
    header = (
        f"compliance-checker benchmark{' (quick)' if options.quick else ''}: {version}, "
        f"run as {checker.how}\n"
        f"{machine['cpu_count']} CPUs ({machine['cpu_model']}), {machine['memory_total']}, "
        f"{machine['python']}, "
        f"{machine['platform']}\n"
        f"peers: "
        + ", ".join(f"{p.name} {p.version or '-'} ({p.how})" for p in peers.values())
        + f"; commit {machine['git_commit']}{' + local changes' if machine['git_dirty'] else ''}; "
        f"{duration / 60:.1f} min"
    )
    print()
    print_table(cases, found, imports, header)
    if imports:
        print()
        print_profile(imports)
    if loader:
        print()
        print_loader_table(loader)
    for name, problem in checks.items():
        print(f"check: {name}: {'ok' if not problem else 'FAILED: ' + problem}")
    for note in notes:
        print(f"note: {note}")

    result = {
        "format": FORMAT_VERSION,
        "started": started_at,
        "duration_s": round(duration, 1),
        "command": [sys.executable, *sys.argv],
        "quick": options.quick,
        "settings": settings.__dict__,
        "as_of": AS_OF,
        "machine": machine,
        "checker": {"command": checker.command, "runner": checker.how, "version": version},
        "peers": {
            name: {"command": p.command, "runner": p.how, "version": p.version} for name, p in peers.items()
        },
        "data": data,
        "cases": {cid: case.as_json() for cid, case in cases.items() if case.runs},
        "ratios": {r.id: r.as_json() for r in found},
        "import_profile": imports,
        "loader": loader,
        "checks": {name: (problem or "ok") for name, problem in checks.items()},
        "notes": notes,
    }
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {options.output}")
    if old:
        print_compare(old, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
