"""Issue 16's five speed targets, measured side by side in one run, as whole processes.

Usage: python benchmarks/targets.py [--copies 300] [--repeat 3] [--single-repeat 15]
                                    [--memory 1000 10000] [--skip memory] [--checker CMD] [--json FILE]

Run it with the Python of the environment the checker and the peers (the ``bench`` extra) are installed
in. The data are copies of the frontier (systemic-risk) sample, each with its own trailing comment (so
no two files are alike; the outcome is the same), in one folder with the sample's evidence files beside
them (cached under benchmarks/results/data). Every command is a whole process, start-up included,
timed and its peak memory read by the launcher of benchmarks/measure.py; cases of one group run in turn
(A B C A B C ...), so a slow spell of the machine hits them all alike.

- (a) the parse floor: ``check DIR --jobs 1`` on the copies over the same files only loaded with
  ``yaml.load(text, Loader=yaml.CSafeLoader)`` in one process (files/s), at least 0.5;
- (b) ``check DIR --jobs 1`` over ``check-jsonschema --schemafile schemas/declaration.schema.json`` given
  the same files (files/s), at least 3;
- (c) one 15 KB file (benchmarks/run.py's): ``check FILE`` in the default format over
  ``yamllint -d relaxed FILE`` (wall time), at most 0.6;
- (d) ``check DIR --jobs 2`` over ``--jobs 1`` (files/s), at least 1.8;
- (e) peak RSS of ``check DIR --jobs 1`` on 10,000 copies over 1,000 copies, at most 1.1 (flat).

The batch checks write ``--format json`` to /dev/null, as benchmarks/run.py does. ``--checker`` measures
another installation of the checker (for example an old commit's, in its own virtual environment) against
the same peers and data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))

from importprofile import compile_checker  # noqa: E402
from measure import Case, format_mib, format_seconds, format_spread, measure_together  # noqa: E402
from run import AS_OF, SCHEMA, SIZES, Tool, checker_version, dataset, find_tool  # noqa: E402

SAMPLE = ROOT / "sample_declarations" / "frontier-systemic-risk.yaml"
EVIDENCE = ROOT / "sample_declarations" / "evidence" / "frontier-systemic-risk"

# The floor: every *.yaml file of the folder, in order, read and loaded with libyaml's SafeLoader.
FLOOR = (
    "import sys, yaml\n"
    "from pathlib import Path\n"
    "for path in sorted(Path(sys.argv[1]).glob('*.yaml')):\n"
    "    yaml.load(path.read_text(encoding='utf-8'), Loader=yaml.CSafeLoader)\n"
)


def copies(data_dir: Path, count: int) -> Path:
    """A folder of ``count`` copies of the frontier sample with its evidence; made once, then reused."""
    folder = data_dir / f"frontier-copies-{count}"
    text = SAMPLE.read_text(encoding="utf-8")
    marker = folder / ".complete"
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if marker.is_file() and marker.read_text(encoding="utf-8") == key:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "evidence").mkdir(parents=True)
    shutil.copytree(EVIDENCE, folder / "evidence" / EVIDENCE.name)
    for index in range(count):
        (folder / f"frontier-{index:05d}.yaml").write_text(f"{text}\n# copy {index}\n", encoding="utf-8")
    marker.write_text(key, encoding="utf-8")
    return folder


@dataclass(frozen=True)
class Target:
    id: str
    label: str
    top: tuple[str, str]  # (case id, figure): "files/s", "s" or "MiB"
    bottom: tuple[str, str]
    goal: str  # ">= 0.5", "<= 0.6"
    by_cpu: bool = True  # also as a ratio of CPU times (not for the speed-up of a second process)

    def value(self, cases: dict[str, Case], *, cpu: bool = False) -> float | None:
        def figure(side: tuple[str, str]) -> float | None:
            case = cases.get(side[0])
            if case is None or not case.runs:
                return None
            if side[1] == "MiB":
                return case.peak_rss_mib
            seconds = case.median_cpu_s if cpu else case.median_s
            return case.files / seconds if side[1] == "files/s" else seconds

        top, bottom = figure(self.top), figure(self.bottom)
        return None if top is None or bottom is None else top / bottom

    def met(self, value: float) -> bool:
        operator, number = self.goal.split()
        return value >= float(number) if operator == ">=" else value <= float(number)


TARGETS = (
    Target("a", "(a) check --jobs 1 / libyaml parse floor (files/s)",
           ("batch.ours-jobs1", "files/s"), ("batch.floor", "files/s"), ">= 0.5"),
    Target("b", "(b) check --jobs 1 / check-jsonschema (files/s)",
           ("batch.ours-jobs1", "files/s"), ("batch.check-jsonschema", "files/s"), ">= 3"),
    Target("c", "(c) one 15 KB file: check / yamllint (wall time)",
           ("single.ours", "s"), ("single.yamllint", "s"), "<= 0.6"),
    Target("d", "(d) --jobs 2 / --jobs 1 (files/s)",
           ("batch.ours-jobs2", "files/s"), ("batch.ours-jobs1", "files/s"), ">= 1.8", by_cpu=False),
    Target("e", "(e) peak RSS: {big} files / {small} files (--jobs 1)",
           ("memory.large", "MiB"), ("memory.small", "MiB"), "<= 1.1", by_cpu=False),
)  # fmt: skip


def print_table(cases: dict[str, Case], labels: dict[str, str], header: str) -> list[dict[str, Any]]:
    width = 70
    rule = "-" * (width + 50)
    print(rule)
    print(header)
    print(rule)
    print(f"{'case':<{width}} {'median':>9} {'min-max':>17} {'files/s':>9} {'peak RSS':>10} {'CPU':>9}")
    for case in cases.values():
        if not case.runs:
            continue
        rate = f"{case.files_per_s:,.1f}" if case.files > 1 else ""
        print(
            f"  {case.label:<{width - 2}} {format_seconds(case.median_s):>9} "
            f"{format_spread(case.seconds):>17} {rate:>9} {format_mib(case.peak_rss_mib):>10} "
            f"{format_seconds(case.median_cpu_s):>9}"
        )
    print(rule)
    print(f"{'target':<{width}} {'value':>9} {'goal':>17} {'met':>9} {'by CPU':>10}")
    found = []
    for target in TARGETS:
        value = target.value(cases)
        label = target.label.format(**labels)
        if value is None:
            print(f"  {label:<{width - 2}} {'-':>9} {target.goal:>17} {'not run':>9}")
            continue
        met = target.met(value)
        by_cpu = target.value(cases, cpu=True) if target.by_cpu else None
        cpu = f"{by_cpu:.2f}" if by_cpu is not None else ""
        print(f"  {label:<{width - 2}} {value:>9.2f} {target.goal:>17} {'yes' if met else 'NO':>9} {cpu:>10}")
        found.append(
            {
                "id": target.id,
                "label": label,
                "value": round(value, 3),
                "goal": target.goal,
                "met": met,
                "by_cpu": round(by_cpu, 3) if by_cpu is not None else None,
            }
        )
    print(rule)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=300, help="files in the batch (default 300)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per batch case (default 3)")
    parser.add_argument("--single-repeat", type=int, default=15, help="runs per one-file case (default 15)")
    parser.add_argument("--memory", type=int, nargs=2, default=(1000, 10_000), metavar=("SMALL", "BIG"))
    parser.add_argument("--memory-repeat", type=int, default=1, help="runs per memory case (default 1)")
    parser.add_argument("--skip", nargs="+", choices=["batch", "single", "memory"], default=[])
    parser.add_argument(
        "--checker", help="the checker's command (default: the one installed for this Python)"
    )
    parser.add_argument("--data-dir", type=Path, default=BENCH / "results" / "data")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    options = parser.parse_args(argv)

    started = time.perf_counter()
    load_start = os.getloadavg()[0]
    if options.checker:
        checker = options.checker.split()
        how = options.checker
    else:
        tool = find_tool("compliance-checker", "compliance_checker", "compliance-checker")
        if tool.command is None:
            print("compliance-checker is not installed for this Python: pip install -e '.[bench]'")
            return 2
        checker, how = tool.command, tool.how
        print(compile_checker(), file=sys.stderr)
    cjs = find_tool("check-jsonschema", "check_jsonschema", "check-jsonschema")
    yamllint = find_tool("yamllint", "yamllint", "yamllint")
    missing = [t.name for t in (cjs, yamllint) if t.command is None]
    if missing:
        print(f"not installed next to {sys.executable}: {', '.join(missing)} (pip install -e '.[bench]')")
        return 2
    assert cjs.command and yamllint.command
    version = checker_version(Tool("compliance-checker", checker, how, None))
    ours = [*checker, "check", "--as-of", AS_OF]
    cases: dict[str, Case] = {}

    if "batch" not in options.skip:
        print("[batch]", file=sys.stderr, flush=True)
        folder = copies(options.data_dir, options.copies)
        files = sorted(str(p) for p in folder.glob("*.yaml"))
        n = len(files)
        size = SAMPLE.stat().st_size

        def jobs(count: int) -> list[str]:
            return [*ours, "--format", "json", "--jobs", str(count), str(folder)]

        floor = [sys.executable, "-c", FLOOR, str(folder)]
        commands = {
            "batch.floor": (f"yaml.load(CSafeLoader) of each file ({n} files, one process)", floor, (0,)),
            "batch.ours-jobs1": (f"check DIR --format json --jobs 1 ({n} files)", jobs(1), (0, 1)),
            "batch.ours-jobs2": (f"check DIR --format json --jobs 2 ({n} files)", jobs(2), (0, 1)),
            "batch.check-jsonschema": (
                f"check-jsonschema --schemafile ... ({n} files)",
                [*cjs.command, "--schemafile", str(SCHEMA), *files],
                (0, 1),
            ),
        }
        group = [
            (Case(cid, label, command, files=n, bytes_per_file=size), codes)
            for cid, (label, command, codes) in commands.items()
        ]
        measure_together(group, repeat=options.repeat, warmup=1, cwd=ROOT)
        cases.update({c.id: c for c, _ in group})

    if "single" not in options.skip:
        print("[single]", file=sys.stderr, flush=True)
        file = dataset(options.data_dir, "size-15KB", count=3, size=SIZES["15KB"], fresh=False)[0]
        kb = f"{file.stat().st_size / 1000:.0f} KB"
        group = [
            (Case("single.python", "python -c pass (bare interpreter start)", [sys.executable, "-c", "pass"]),
             (0,)),
            (Case("single.ours", f"check FILE ({kb}, default format)", [*ours, str(file)]), (0, 1)),
            (Case("single.yamllint", f"yamllint -d relaxed FILE ({kb})",
                  [*yamllint.command, "-d", "relaxed", str(file)]), (0, 1)),
        ]  # fmt: skip
        measure_together(group, repeat=options.single_repeat, warmup=1, cwd=ROOT)
        cases.update({c.id: c for c, _ in group})

    small, big = options.memory
    if "memory" not in options.skip:
        print("[memory]", file=sys.stderr, flush=True)
        group = []
        for tag, count in (("small", small), ("big", big)):
            folder = copies(options.data_dir, count)
            group.append(
                (
                    Case(
                        f"memory.{'small' if tag == 'small' else 'large'}",
                        f"check DIR --format json --jobs 1 ({count:,} files)",
                        [*ours, "--format", "json", "--jobs", "1", str(folder)],
                        files=count,
                    ),
                    (0, 1),
                )
            )
        measure_together(group, repeat=options.memory_repeat, warmup=0, cwd=ROOT)
        cases.update({c.id: c for c, _ in group})

    header = (
        f"issue 16 targets: {version}, run as {how}\n"
        f"peers: check-jsonschema {cjs.version}, yamllint {yamllint.version}; "
        f"data: copies of {SAMPLE.name} ({SAMPLE.stat().st_size:,} bytes); "
        f"{(time.perf_counter() - started) / 60:.1f} min\n"
        f"{os.cpu_count()} CPUs; load average (1 min) {load_start:.2f} at the start, "
        f"{os.getloadavg()[0]:.2f} at the end"
        + (": a busy machine, wall times are noisy (see docs/benchmarks.md)" if load_start > 0.5 else "")
    )
    print()
    found = print_table(cases, {"small": f"{small:,}", "big": f"{big:,}"}, header)
    if options.json:
        options.json.parent.mkdir(parents=True, exist_ok=True)
        result = {
            "checker": {"command": checker, "version": version},
            "cases": {cid: case.as_json() for cid, case in cases.items() if case.runs},
            "targets": found,
        }
        options.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
