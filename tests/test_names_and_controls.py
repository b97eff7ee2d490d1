"""File names and values that hold control characters or undecodable bytes (issue 14, items 4, 8 and 14):
none reaches a terminal, XML or CSV raw, every format is written, and one batch names each file one way."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import AS_OF, SAMPLES

GAPS = SAMPLES / "third-country-gaps.yaml"
FORMATS = ("json", "sarif", "junit", "markdown", "html", "csv", "csv-matrix", "text", "table")
RAW = ("\x1b", "\x07", "\x9b", "\u202e")

posix_names = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")


def _all_formats(
    run_cli, tmp_path: Path, *paths: str, fmt: str = "text"
) -> tuple[int, str, str, dict[str, str]]:
    out = tmp_path / "out"
    out.mkdir()
    options = [arg for name in FORMATS for arg in ("-o", f"{name}={out / ('report.' + name)}")]
    result = run_cli("check", "--as-of", AS_OF, "--format", fmt, *options, *paths)
    files = {name: (out / f"report.{name}").read_bytes().decode("utf-8") for name in FORMATS}
    return result.exit_code, result.stdout, result.stderr, files


@posix_names
def test_a_file_name_that_is_not_utf8_is_checked_in_every_format(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(GAPS, os.path.join(os.fsencode(folder), b"caf\xe9.yaml"))
    shutil.copy(GAPS, folder / "plain.yaml")
    code, stdout, stderr, files = _all_formats(run_cli, tmp_path, str(folder))
    assert code == 1, stderr
    shown = f"{folder}/caf\\xe9.yaml"
    assert shown in stdout
    for name, text in files.items():
        assert "caf\\xe9.yaml" in text.replace("\\\\", "\\").replace("%5C", "\\"), name
    paths = [d["path"] for d in json.loads(files["json"])["declarations"]]
    assert paths == [shown, f"{folder}/plain.yaml"]
    json.loads(files["sarif"])
    ET.fromstring(files["junit"])


@posix_names
def test_a_file_name_cannot_forge_a_diagnostic_line(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    forged = "x\nfake.yaml:9:9: error: FORGED\x1b[31m.yaml"
    (folder / forged).write_text("model: [\n", encoding="utf-8")  # invalid: its error is in the text output
    shutil.copy(GAPS, folder / "plain.yaml")
    code, stdout, stderr, files = _all_formats(run_cli, tmp_path, str(folder))
    assert code == 2
    for text in (stdout, stderr, *files.values()):
        assert not any(line.startswith("fake.yaml:9:9") for line in text.splitlines())
        assert not any(char in text for char in RAW)
    assert f"{folder}/x\\nfake.yaml:9:9: error: FORGED\\x1b[31m.yaml:2:1: error: " in stdout
    ET.fromstring(files["junit"])  # well-formed XML


def test_control_characters_in_values_are_visible_escapes(run_cli, tmp_path: Path) -> None:
    text = GAPS.read_text(encoding="utf-8")
    assert "\n  name: Ridgeline-2\n" in text
    declaration = tmp_path / "d.yaml"
    declaration.write_text(
        text.replace("\n  name: Ridgeline-2\n", '\n  name: "Bell\\a Esc\\e[2J C1\\x9b RLO\\u202e"\n'),
        encoding="utf-8",
    )
    code, stdout, stderr, files = _all_formats(run_cli, tmp_path, str(declaration), fmt="table")
    assert code == 1, stderr
    for fmt, output in (("stdout", stdout), *files.items()):
        assert not any(char in output for char in RAW), fmt
    row = next(csv.DictReader(io.StringIO(files["csv"])))
    assert row["model"].startswith("Bell\\x07 Esc\\x1b[2J C1\\x9b RLO\\u202e")
    model = json.loads(files["json"])["declarations"][0]["model"]
    assert model.startswith("Bell\x07 Esc\x1b[2J C1\x9b RLO\u202e")  # JSON escapes read back as written
    ET.fromstring(files["junit"])


def test_one_batch_names_each_file_one_way(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 14: `./decls` names its files `decls/a.yaml` in rows, messages and baseline notes alike."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "decls"
    folder.mkdir()
    shutil.copy(GAPS, folder / "a.yaml")
    (folder / "b.yaml").write_text("model: [\n", encoding="utf-8")
    first = run_cli("check", "--as-of", AS_OF, "--format", "json", "decls/a.yaml")
    baseline = json.loads(first.stdout)
    gone = json.loads(json.dumps(baseline["declarations"][0]).replace("decls/a.yaml", "decls/c.yaml"))
    baseline["declarations"].append(gone)  # a declaration no longer checked: its findings are fixed
    (tmp_path / "baseline.json").write_text(json.dumps(baseline), encoding="utf-8")
    result = run_cli(
        "check",
        "--as-of",
        AS_OF,
        "--format",
        "text",
        "--baseline",
        "baseline.json",
        "-o",
        "json=r.json",
        "./decls",
    )
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [d["path"] for d in report["declarations"]] == ["decls/a.yaml", "decls/b.yaml"]
    assert {f["path"] for f in report["fixed"]} == {"decls/c.yaml"}
    named = [line for line in (result.stdout + result.stderr).splitlines() if ".yaml" in line]
    assert named and not any("./decls" in line for line in named)
