"""``check -o FORMAT=FILE``: reports written whole (temporary file + rename), never over an input."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import AS_OF, SAMPLES

FRONTIER = SAMPLES / "frontier-systemic-risk.yaml"


def test_output_file_holds_the_report_in_its_format(run_cli, tmp_path: Path) -> None:
    out, table = tmp_path / "report.json", tmp_path / "report.txt"
    result = run_cli("check", "--as-of", AS_OF, "-o", f"json={out}", "-o", f"table={table}", str(FRONTIER))
    assert result.exit_code == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["declarations"][0]["path"] == str(FRONTIER)
    assert table.read_text(encoding="utf-8") == result.stdout  # stdout keeps --format (table)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "report.txt"]


def test_an_input_is_never_an_output(run_cli, tmp_path: Path) -> None:
    declaration = tmp_path / "declaration.yaml"
    original = FRONTIER.read_bytes()
    declaration.write_bytes(original)
    result = run_cli("check", "--as-of", AS_OF, "-o", f"json={declaration}", str(declaration))
    assert result.exit_code == 2
    assert "is an input file; inputs are never written" in result.stderr
    assert declaration.read_bytes() == original


def test_missing_output_folder_is_refused_before_checking(run_cli, tmp_path: Path) -> None:
    result = run_cli("check", "-o", f"json={tmp_path / 'no' / 'r.json'}", str(FRONTIER))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert result.stdout == ""


def test_bad_output_spec_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    result = run_cli("check", "-o", f"xml={tmp_path / 'r.xml'}", str(FRONTIER))
    assert result.exit_code == 2
    assert "expected FORMAT=FILE with FORMAT one of table, json" in result.stderr
    assert "Traceback" not in result.stderr
