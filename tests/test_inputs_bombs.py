"""Alias bombs ("billion laughs") and deep nesting: refused quickly, in bounded memory, with a location.

The inputs are generated here (they are large or repetitive). Time and memory are measured in a child
process so that the numbers belong to the checker alone; the bounds are generous (a refusal takes well
under a second and a few tens of MiB), so that only a real regression, such as expanding the aliases,
fails them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.refusal import assert_refused

MAX_SECONDS = 20.0
MAX_PEAK_MIB = 300.0


def billion_laughs(levels: int = 10, fan_out: int = 10) -> str:
    """``a9`` expands to 10**9 strings if aliases were copied out: the classic exponential bomb."""
    lines = ['a0: &a0 "lol"']
    for level in range(1, levels):
        refs = ", ".join(f"*a{level - 1}" for _ in range(fan_out))
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def quadratic_blowup(width: int = 5_000, uses: int = 5_000) -> str:
    """One wide anchored list, aliased many times: small file, huge expansion, no nesting at all."""
    wide = ", ".join(str(i) for i in range(width))
    refs = "\n".join("  - *wide" for _ in range(uses))
    return f"base: &wide [{wide}]\nuses:\n{refs}\n"


def deep_flow(depth: int = 200) -> str:
    return "a: " + "[" * depth + "]" * depth + "\n"


def deep_block(depth: int = 200) -> str:
    return "".join(f"{'  ' * level}k{level}:\n" for level in range(depth)) + f"{'  ' * depth}leaf\n"


# name -> (generator, expected wording, line of the refusal, column of the refusal or None for any)
BOMBS = {
    # a5 expands to 111,111 nodes and a6 to ten times that: the budget runs out on a6's line.
    "billion-laughs.yaml": (billion_laughs, "document expands to more than 200,000 nodes", 7, None),
    "quadratic-blowup.yaml": (quadratic_blowup, "document expands to more than 200,000 nodes", None, None),
    # The root mapping is level 1, so the 64th '[' (column 4 + 63) is the 65th level.
    "deep-flow.yaml": (deep_flow, "nesting deeper than 64 levels is not supported", 1, 67),
    # The value of k63 (line 65, indented 128 spaces) would be the 65th level.
    # libyaml stops at 1000 flow levels by itself, while scanning ahead; the message is the same.
    "very-deep-flow.yaml": (
        lambda: deep_flow(100_000),
        "nesting deeper than 64 levels is not supported",
        1,
        None,
    ),
    "deep-block.yaml": (deep_block, "nesting deeper than 64 levels is not supported", 65, 129),
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_refused_with_a_location(run_cli, tmp_path: Path, name: str) -> None:
    make, fragment, line, column = BOMBS[name]
    path = tmp_path / name
    path.write_text(make(), encoding="utf-8")
    result = run_cli("check", str(path))
    if line is None:  # the quadratic bomb runs out on one of its many alias lines
        line = int(result.stderr.split(":")[1])
        assert line > 3
    assert_refused(result, path, fragment, line=line, column=column)


MEASURE = """
import json, sys, time
from compliance_checker.cli import run
start = time.perf_counter()
code = run(["check", sys.argv[1]])
elapsed = time.perf_counter() - start
# VmHWM is this process's own peak. (getrusage's ru_maxrss is not: Linux carries the parent's peak
# across fork and exec, so it would report the size of the pytest process that started this one.)
with open("/proc/self/status", encoding="ascii") as status:
    peak_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps({"code": code, "seconds": elapsed, "peak_mib": peak_kib / 1024}), file=sys.stderr)
"""


def measure(path: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert "Traceback" not in done.stderr
    figures: dict[str, float] = json.loads(done.stderr.strip().splitlines()[-1])
    return figures


@pytest.mark.skipif(sys.platform != "linux", reason="reads the peak from /proc/self/status (Linux only)")
@pytest.mark.parametrize("name", ["billion-laughs.yaml", "quadratic-blowup.yaml", "very-deep-flow.yaml"])
def test_bounded_in_time_and_memory(tmp_path: Path, name: str) -> None:
    make = BOMBS[name][0]
    path = tmp_path / name
    path.write_text(make(), encoding="utf-8")
    figures = measure(path)
    assert figures["code"] == 2
    assert figures["seconds"] < MAX_SECONDS, figures
    assert figures["peak_mib"] < MAX_PEAK_MIB, figures
