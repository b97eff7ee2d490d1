"""Tags that try to build objects, custom tags and merge keys: reported, never executed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.refusal import INPUTS, assert_refused

CASES = [
    (
        "python-object-apply.yaml",
        2,
        11,
        "unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'",
    ),
    ("python-object-new.yaml", 3, 9, "unsupported YAML tag 'tag:yaml.org,2002:python/object/new:os.system'"),
    ("custom-tag-on-mapping.yaml", 2, 11, "unsupported YAML tag '!custom'"),
    ("binary-scalar.yaml", 1, 17, "unsupported YAML tag 'tag:yaml.org,2002:binary'"),
    ("merge-key.yaml", 4, 3, "merge keys ('<<') are not supported; write the keys out"),
]


@pytest.mark.parametrize(("name", "line", "column", "fragment"), CASES)
def test_refused(run_cli, name: str, line: int, column: int, fragment: str) -> None:
    path = INPUTS / "tags" / name
    assert_refused(run_cli("check", str(path)), path, fragment, line=line, column=column)


@pytest.mark.parametrize("name", ["python-object-apply.yaml", "python-object-new.yaml"])
def test_object_tags_are_never_executed(tmp_path: Path, name: str) -> None:
    """The payload runs ``touch pwned-by-yaml`` in the working folder if anything ever executes it."""
    shutil.copy(INPUTS / "tags" / name, tmp_path / name)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "compliance_checker", "check", name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "tags are never executed" in done.stderr
    assert not (tmp_path / "pwned-by-yaml").exists()
