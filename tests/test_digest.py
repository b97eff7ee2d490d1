"""``loading.digest``: the built-in SHA-256 gives OpenSSL's digests, and a check of a declaration whose
evidence files are small does not load OpenSSL."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from compliance_checker.loading import digest
from compliance_checker.loading.evidence import sha256_file

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 4096, digest.SMALL, digest.SMALL + 1, 3 * digest.SMALL])
def test_digests_equal_hashlibs(size: int, tmp_path: Path) -> None:
    data = os.urandom(size)
    assert digest.sha256_hex(data) == hashlib.sha256(data).hexdigest()
    one = digest.hasher(size)
    one.update(data[: size // 2])
    one.update(data[size // 2 :])
    assert one.hexdigest() == hashlib.sha256(data).hexdigest()
    (tmp_path / "f").write_bytes(data)
    assert sha256_file(tmp_path / "f") == hashlib.sha256(data).hexdigest()


def test_a_check_with_small_evidence_digests_loads_no_openssl() -> None:
    sample = ROOT / "sample_declarations" / "frontier-systemic-risk.yaml"
    assert "sha256:" in sample.read_text(encoding="utf-8")  # its evidence files are given with digests
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['compliance-checker', 'check', {str(sample)!r}]\n"
        "try:\n"
        "    runpy.run_module('compliance_checker', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.__stderr__.write('LOADED' if 'hashlib' in sys.modules else 'NOT LOADED')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.stderr.endswith("NOT LOADED"), done.stderr[-2000:]


def _loads_openssl(code: str) -> bool:
    probe = f"import sys\n{code}\nsys.stdout.write(str('hashlib' in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return done.stdout == "True"


def test_declarations_share_the_budget_so_a_batch_hashes_them_with_openssl() -> None:
    hash_one = (
        "from compliance_checker.loading.digest import SMALL, sha256_hex\nsha256_hex(bytes(SMALL // 3))"
    )
    assert not _loads_openssl(hash_one)  # one declaration (and its evidence) stays within the budget
    assert _loads_openssl(hash_one + "\nfor _ in range(4): sha256_hex(bytes(SMALL // 3))")
