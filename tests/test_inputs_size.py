"""Files over the size limit are refused before they are read whole or parsed.

The default limit is 10 MiB; ``--max-file-size`` changes it. The oversize file is generated here as a
sparse file (all NUL bytes, no disk used): had it been read or parsed, the message would be about NUL
bytes, not size.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance_checker.loading import declaration as declaration_module
from compliance_checker.loading.files import DEFAULT_MAX_BYTES
from tests.conftest import AS_OF, SAMPLES
from tests.refusal import assert_refused


def sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


@pytest.fixture
def never_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse_yaml(text: str, file: str) -> None:
        raise AssertionError("an oversize file was parsed")

    monkeypatch.setattr(declaration_module, "parse_yaml", parse_yaml)


def test_default_limit_is_10_mib() -> None:
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024


def test_over_the_default_limit(run_cli, tmp_path: Path, never_parsed: None) -> None:
    path = sparse(tmp_path / "huge.yaml", DEFAULT_MAX_BYTES + 1)
    assert_refused(
        run_cli("check", str(path)),
        path,
        "file is 10,485,761 bytes, over the 10,485,760-byte limit; not parsed",
    )


def test_over_a_chosen_limit(run_cli, tmp_path: Path, never_parsed: None) -> None:
    path = tmp_path / "declaration.yaml"
    path.write_bytes((SAMPLES / "below-threshold.yaml").read_bytes())
    size = path.stat().st_size
    result = run_cli("check", "--max-file-size", str(size - 1), str(path))
    assert_refused(result, path, f"file is {size:,} bytes, over the {size - 1:,}-byte limit; not parsed")


def test_at_a_chosen_limit_the_file_is_checked(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "declaration.yaml"
    path.write_bytes((SAMPLES / "below-threshold.yaml").read_bytes())
    result = run_cli("check", "--as-of", AS_OF, "--max-file-size", str(path.stat().st_size), str(path))
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("value", ["0", "-5", "ten"])
def test_a_bad_limit_is_a_usage_error(run_cli, value: str) -> None:
    result = run_cli("check", "--max-file-size", value, str(SAMPLES / "below-threshold.yaml"))
    assert result.exit_code == 2
    assert "--max-file-size" in result.stderr
    assert "Traceback" not in result.stderr
