"""Evidence paths stay inside the evidence root: escapes are findings, and such files are never read.

The evidence root is the declaration's folder, or ``--evidence-root DIR``. Each case rewrites the path of
the Art 52(1) notification record in a copy of the frontier sample and looks at rule AIA-52-1.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from compliance_checker.loading import evidence as evidence_module
from tests.conftest import AS_OF, SAMPLES

SAMPLE = "frontier-systemic-risk.yaml"
NOTIFICATION = "evidence/frontier-systemic-risk/art52-notification.md"


def copy_sample(folder: Path, path: str = NOTIFICATION, sha256: str | None = None) -> Path:
    """The frontier sample and its evidence in ``folder``, with the notification record at ``path``."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(SAMPLES / "evidence", folder / "evidence", dirs_exist_ok=True)
    text = (SAMPLES / SAMPLE).read_text(encoding="utf-8")
    assert f"path: {NOTIFICATION}\n" in text
    text = text.replace(f"path: {NOTIFICATION}\n", f"path: {json.dumps(path)}\n")
    if sha256 is not None:
        start = text.index(json.dumps(path))
        old = text.index("sha256: ", start)
        text = text[:old] + f"sha256: {sha256}" + text[old + len("sha256: ") + 64 :]
    target = folder / SAMPLE
    target.write_text(text, encoding="utf-8")
    return target


def notification_result(run_cli, declaration: Path, *extra: str) -> tuple[int, dict[str, str]]:
    result = run_cli("check", "--format", "json", "--as-of", AS_OF, *extra, str(declaration))
    assert "Traceback" not in result.stdout + result.stderr
    report = json.loads(result.stdout)
    (rule,) = [r for r in report["declarations"][0]["results"] if r["rule"] == "AIA-52-1"]
    return result.exit_code, rule


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file the loader hashes (the only way it reads evidence)."""
    seen: list[Path] = []
    real = evidence_module.sha256_file

    def spy(path: Path) -> str:
        seen.append(Path(path))
        return real(path)

    monkeypatch.setattr(evidence_module, "sha256_file", spy)
    return seen


def test_the_unchanged_copy_is_evidenced(run_cli, tmp_path: Path, hashed: list[Path]) -> None:
    code, rule = notification_result(run_cli, copy_sample(tmp_path / "decl"))
    assert (code, rule["status"]) == (0, "evidenced"), rule["message"]
    assert any(p.name == "art52-notification.md" for p in hashed)


def test_dot_dot_escape_is_a_finding_and_never_read(run_cli, tmp_path: Path, hashed: list[Path]) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("outside\n", encoding="utf-8")
    code, rule = notification_result(run_cli, copy_sample(tmp_path / "decl", "../secret.md"))
    assert code == 1
    assert rule["status"] == "partial"
    assert (
        "path '../secret.md' leads outside the declaration's folder through '..'; not read"
        in (rule["message"])
    )
    assert secret.resolve() not in [p.resolve() for p in hashed]


def test_absolute_path_is_a_finding_and_never_read(run_cli, tmp_path: Path, hashed: list[Path]) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("outside\n", encoding="utf-8")
    code, rule = notification_result(run_cli, copy_sample(tmp_path / "decl", str(secret)))
    assert code == 1
    assert "is an absolute path; write it relative to the declaration's folder" in rule["message"]
    assert secret.resolve() not in [p.resolve() for p in hashed]


def test_symlink_leading_outside_is_a_finding_and_never_read(
    run_cli, tmp_path: Path, hashed: list[Path]
) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("outside\n", encoding="utf-8")
    declaration = copy_sample(tmp_path / "decl", "evidence/link.md")
    (tmp_path / "decl" / "evidence" / "link.md").symlink_to(secret)
    code, rule = notification_result(run_cli, declaration)
    assert code == 1
    assert (
        "path 'evidence/link.md' is a symbolic link that leads outside the declaration's folder"
        in (rule["message"])
    )
    assert secret.resolve() not in [p.resolve() for p in hashed]


def test_symlink_staying_inside_is_followed(run_cli, tmp_path: Path) -> None:
    declaration = copy_sample(tmp_path / "decl", "evidence/link.md")
    (tmp_path / "decl" / "evidence" / "link.md").symlink_to(tmp_path / "decl" / NOTIFICATION)
    code, rule = notification_result(run_cli, declaration)
    assert (code, rule["status"]) == (0, "evidenced"), rule["message"]


def test_evidence_root_allows_a_shared_folder_above_the_declaration(run_cli, tmp_path: Path) -> None:
    root = tmp_path / "root"
    shutil.copytree(SAMPLES / "evidence", root / "evidence")
    declaration = copy_sample(root / "declarations", "../" + NOTIFICATION)
    code, rule = notification_result(run_cli, declaration)
    assert code == 1, "without --evidence-root the shared folder is outside the declaration's folder"
    assert "leads outside the declaration's folder" in rule["message"]
    code, rule = notification_result(run_cli, declaration, "--evidence-root", str(root))
    assert (code, rule["status"]) == (0, "evidenced"), rule["message"]


def test_evidence_root_still_refuses_escapes_above_it(run_cli, tmp_path: Path, hashed: list[Path]) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("outside\n", encoding="utf-8")
    root = tmp_path / "root"
    declaration = copy_sample(root / "declarations", "../../secret.md")
    code, rule = notification_result(run_cli, declaration, "--evidence-root", str(root))
    assert code == 1
    assert f"leads outside the evidence root {str(root)!r} through '..'; not read" in rule["message"]
    assert secret.resolve() not in [p.resolve() for p in hashed]


def test_evidence_root_must_be_an_existing_folder(run_cli, tmp_path: Path) -> None:
    declaration = copy_sample(tmp_path / "decl")
    result = run_cli("check", "--evidence-root", str(tmp_path / "nowhere"), str(declaration))
    assert result.exit_code == 2
    assert "--evidence-root" in result.stderr and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_sha256_mismatch_is_a_finding_with_both_hashes(run_cli, tmp_path: Path) -> None:
    wrong = "ab" * 32
    declaration = copy_sample(tmp_path / "decl", NOTIFICATION, sha256=wrong)
    actual = hashlib.sha256((tmp_path / "decl" / NOTIFICATION).read_bytes()).hexdigest()
    code, rule = notification_result(run_cli, declaration)
    assert code == 1
    assert f"has SHA-256 {actual}, not the declared {wrong}" in rule["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_fifo_as_evidence_is_refused_without_opening_it(run_cli, tmp_path: Path) -> None:
    declaration = copy_sample(tmp_path / "decl", "evidence/pipe.md")
    os.mkfifo(tmp_path / "decl" / "evidence" / "pipe.md")  # opening it to read would block forever
    code, rule = notification_result(run_cli, declaration)
    assert code == 1
    assert "is not a regular file (a directory, FIFO, socket or device); not read" in rule["message"]


def test_the_api_takes_the_evidence_root_too(tmp_path: Path) -> None:
    import datetime as dt

    from compliance_checker.api import check_file

    root = tmp_path / "root"
    shutil.copytree(SAMPLES / "evidence", root / "evidence")
    declaration = copy_sample(root / "declarations", "../" + NOTIFICATION)
    as_of = dt.date.fromisoformat(AS_OF)
    inside = check_file(declaration, as_of=as_of, evidence_root=root)
    outside = check_file(declaration, as_of=as_of)
    status = {r.rule: r.status for r in inside.results}
    assert status["AIA-52-1"] == "evidenced"
    assert {r.rule: r.status for r in outside.results}["AIA-52-1"] == "partial"
