"""A malformed or hostile baseline is a located error (exit 2), read with bounded memory (issue 14, items 5
and 6)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from compliance_checker.loading import baseline as baseline_module
from tests.conftest import AS_OF, ROOT, SAMPLES

GAPS = SAMPLES / "third-country-gaps.yaml"
HEAD = '{"tool":{"name":"compliance-checker","version":"0.1.0"},"as_of":"2026-11-29","fail_on":"info",'
HEAD += '"declarations":['
TAIL = '],"summary":{},"exit_code":1,"notices":[],"fixed":[]}\n'


def _streamed(*declarations: str) -> str:
    """A report laid out as `check --format json` writes it: one declaration per line."""
    return HEAD + "\n" + ",\n".join(declarations) + "\n" + TAIL


def _refused(run_cli, tmp_path: Path, text: str | bytes) -> str:
    path = tmp_path / "baseline.json"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    result = run_cli("check", "--as-of", AS_OF, "--baseline", str(path), str(GAPS))
    assert result.exit_code == 2, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{path}:"), line
    return line[len(str(path)) :]


RESULT = '{"rule":"AIA-54","status":"missing","waived_status":null,"evidence":[]}'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"declarations":' + "[" * 100_000 + "]" * 100_000 + "}", ":1:1: error: holds 100,003 JSON values"),
        (
            '{"declarations":' + ("[" + " " * 130) * 5_000 + "]" * 5_000 + "}",
            ":1:1: error: not a JSON report: nested too deeply",
        ),
        (
            '{"declarations":[' + "9" * 5000 + "]}",
            ":1:1: error: not a JSON report: holds a number too long to read",
        ),
        (
            '{"declarations":[{"path":5,"model":null,"results":[]}]}',
            ": error: declarations[0].path: expected a string, got a number",
        ),
        (
            '{"declarations":[{"path":"d.yaml","model":null,"results":[[]]}]}',
            ": error: declarations[0].results[0]: expected an object (a rule's result), got a list",
        ),
        (
            _streamed(
                '{"path":"d.yaml","model":"m","results":[' + RESULT + "]}", '{"path":"e.yaml","results":7}'
            ),
            ":3:1: error: declarations[1].results: expected a list, got a number",
        ),
        (_streamed('{"path":"d.yaml"'), ":2:17: error: not a JSON report: Expecting ',' delimiter"),
        (
            HEAD + '\n{"path":"d.yaml","model":null,"results":[]},\n',
            ":3:1: error: the report ends before its list",
        ),
        (
            _streamed('{"path":"d.yaml","model":null,"results":[' + "[]," * 2000 + "[]]}"),
            ":2:1: error: holds 4,009 JSON values in 6,045 bytes, far more than a report holds",
        ),
        ('{"declarations":[' + "[]," * 2000 + "[]]}", ":1:1: error: holds 4,005 JSON values in 6,021 bytes"),
        (b'{"declarations":["\xff"]}', ":1:19: error: not UTF-8 (byte 0xff)"),
    ],
)
def test_a_malformed_baseline_is_a_located_error(run_cli, tmp_path: Path, text: str, expected: str) -> None:
    assert _refused(run_cli, tmp_path, text).startswith(expected)


def test_a_reindented_report_is_read_whole(run_cli, tmp_path: Path) -> None:
    first = run_cli("check", "--as-of", AS_OF, "--format", "json", str(GAPS))
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(json.loads(first.stdout), indent=2), encoding="utf-8")
    result = run_cli("check", "--as-of", AS_OF, "--format", "json", "--baseline", str(path), str(GAPS))
    assert result.exit_code == 0, result.stderr  # every finding is unchanged
    results = json.loads(result.stdout)["declarations"][0]["results"]
    assert {r.get("baseline") for r in results} == {None, "unchanged"}


def test_a_line_over_the_limit_is_refused(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(baseline_module, "MAX_PIECE_BYTES", 1000)
    line = '{"path":"d.yaml","model":null,"results":[' + ",".join([RESULT] * 20) + "]}"
    assert _refused(run_cli, tmp_path, _streamed(line)) == (
        ":2:1: error: line is over the 1,000-byte limit of one declaration"
    )


PEAK = """
import os, sys
from compliance_checker.cli import run
code = run(sys.argv[1:])
# VmHWM is this process's own peak. getrusage's ru_maxrss is not on Linux: it carries the parent's peak
# across fork and exec, so it would report the size of the pytest process that started this one, which
# depends on the tests that ran before.
try:
    with open("/proc/self/status", encoding="ascii") as status:
        peak_kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except FileNotFoundError:  # no /proc (macOS: ru_maxrss in bytes, the process's own)
    import resource
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print("@@", code, peak_kib, file=sys.stderr)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="reads the peak from /proc or getrusage")
def test_a_flood_of_empty_lists_costs_little_memory(tmp_path: Path) -> None:
    """Issue 14 item 5: 256 MB of `[],[],...` took 6.6 GB; 48 MiB now costs about its own size."""
    path = tmp_path / "baseline.json"
    with open(path, "wb") as handle:
        handle.write((HEAD + '\n{"path":"d.yaml","model":null,"results":[').encode())
        handle.write(b"[]," * (16 * 1024 * 1024))
        handle.write(b"[]]}\n" + TAIL.encode())
    done = subprocess.run(
        [sys.executable, "-c", PEAK, "check", "--baseline", str(path), str(GAPS)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    *lines, last = done.stderr.strip().splitlines()
    stderr = "\n".join(lines)
    _, code, peak_kib = last.split()
    assert int(code) == 2, stderr
    assert "far more than a report holds" in stderr
    peak_mib = int(peak_kib) / 1024
    assert peak_mib < 200, peak_mib
