"""Ctrl-C stops cleanly: exit 130, one line on stderr, no traceback, and no partial output file."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from compliance_checker import checking as api  # where the batch finds check_file
from tests.conftest import AS_OF, ROOT, SAMPLES

FRONTIER = str(SAMPLES / "frontier-systemic-risk.yaml")
GAPS = str(SAMPLES / "third-country-gaps.yaml")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def interrupt_on_second_file(monkeypatch: pytest.MonkeyPatch) -> None:
    real = api.check_file
    calls: list[str] = []

    def check_file(path, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(str(path))
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(path, **kwargs)

    monkeypatch.setattr(api, "check_file", check_file)


def test_ctrl_c_in_a_batch_exits_130_without_output(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    interrupt_on_second_file(monkeypatch)
    out = tmp_path / "report.json"
    result = run_cli("check", "--as-of", AS_OF, "-o", f"json={out}", FRONTIER, GAPS)
    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    # Standard output streams: the declaration checked before Ctrl-C is there, the interrupted one not.
    assert "frontier-systemic-risk.yaml" in result.stdout and "third-country-gaps" not in result.stdout
    assert not out.exists()  # a report file is written whole or not at all
    assert leftovers(tmp_path) == []


def test_ctrl_c_leaves_an_earlier_report_untouched(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.json"
    out.write_text("previous report\n", encoding="utf-8")
    interrupt_on_second_file(monkeypatch)
    result = run_cli("check", "--as-of", AS_OF, "-o", f"json={out}", FRONTIER, GAPS)
    assert result.exit_code == 130
    assert out.read_text(encoding="utf-8") == "previous report\n"
    assert leftovers(tmp_path) == []


def test_ctrl_c_while_writing_leaves_the_old_file_and_no_temporary_file(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.json"
    out.write_text("previous report\n", encoding="utf-8")

    def fsync(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", fsync)
    result = run_cli("check", "--as-of", AS_OF, "-o", f"json={out}", FRONTIER)
    assert result.exit_code == 130
    assert "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "previous report\n"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="sends a real SIGINT")
def test_a_real_sigint_exits_130_without_a_traceback(tmp_path: Path) -> None:
    """The child runs as a command run from a terminal would. A shell without job control starts a
    background job (``pytest &``) with SIGINT ignored (POSIX, Shell Command Language 2.11), the child
    inherits that, and Python then installs no KeyboardInterrupt handler: Ctrl-C could not reach such a
    command at all. So the child first sets SIGINT back to what a foreground command has."""
    out = tmp_path / "report.json"
    script = textwrap.dedent(
        f"""
        import os, signal, time
        signal.signal(signal.SIGINT, signal.default_int_handler)
        from compliance_checker import checking as api, cli

        def check_file(path, **kwargs):
            os.kill(os.getpid(), signal.SIGINT)  # what Ctrl-C in a terminal sends
            time.sleep(10)
            raise SystemExit("SIGINT was not delivered within 10 seconds")

        api.check_file = check_file
        cli.main(["check", "-o", "json={out}", {FRONTIER!r}])
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "compliance-checker: interrupted; no output file was written or changed"
    )
    assert not out.exists()
    assert leftovers(tmp_path) == []
