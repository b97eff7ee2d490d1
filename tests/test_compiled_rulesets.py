"""The shipped rulesets and profiles are compiled when the package is built (hatch_build.py) into
compliance_checker/_compiled.pickle; a check reads them from there without importing pydantic or
jsonschema, and never from a file that no longer matches the ruleset files or the code: an edited shipped
ruleset is picked up, and a build with an invalid one is refused."""

from __future__ import annotations

import os
import pickle
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from compliance_checker.loading import compiled as compiled_file
from compliance_checker.loading import rulesets as store
from compliance_checker.models.record import as_data
from tests.conftest import AS_OF, ROOT

SAMPLE = "sample_declarations/frontier-systemic-risk.yaml"
RULESET = "rulesets/ai-act/2024-08-01.yaml"
TITLE = "title: Notify the Commission that the systemic-risk threshold is met"


def _view(compiled: store.Compiled) -> object:
    rulesets = [(item.ref, as_data(item.get().ruleset)) for item in compiled.rulesets]
    profiles = [as_data(p) for p in compiled.profiles.profiles]
    return rulesets, profiles, compiled.profiles.default.key


def test_the_compiled_file_holds_what_the_ruleset_files_give(tmp_path: Path) -> None:
    target = store.write_compiled(tmp_path / "compiled.pickle")
    loaded = compiled_file.read(target)
    assert loaded.sources == store.sources_digest()
    assert _view(loaded) == _view(store.compile_shipped())


def _copy_checkout(folder: Path) -> Path:
    skip = shutil.ignore_patterns("__pycache__", "_compiled.pickle")
    for name in ("compliance_checker", "rulesets", "schemas", "sample_declarations"):
        shutil.copytree(ROOT / name, folder / name, ignore=skip)
    for name in ("pyproject.toml", "README.md", "hatch_build.py"):
        shutil.copy(ROOT / name, folder / name)
    return folder


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the package and its data, as a checkout (or an installation) holds them."""
    return _copy_checkout(tmp_path)


@pytest.fixture(scope="module")
def compiled_checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One such copy with its rulesets compiled, for the tests that only run the checker from it."""
    root = _copy_checkout(tmp_path_factory.mktemp("compiled-checkout"))
    _compile(root)
    return root


PROBE = (
    "import sys\n"
    "from compliance_checker.cli import run\n"
    "code = run(sys.argv[1:])\n"
    "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'jsonschema'})\n"
    "print('@@', code, ','.join(heavy) or '-', file=sys.stderr)\n"
)


def _run(root: Path, *args: str) -> tuple[int, str, str, str]:
    """Run the CLI from ``root``'s copy of the package: exit code, heavy modules imported, stdout, stderr."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], cwd=root, env=env, capture_output=True, text=True, check=False
    )
    last = done.stderr.strip().splitlines()[-1].split()
    return int(last[1]), last[2], done.stdout, done.stderr


def _compile(root: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run(
        [sys.executable, "-m", "compliance_checker.tools.compile"],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
    )


@pytest.mark.parametrize("fmt", ["json", "table", "text", "sarif"])
def test_a_check_from_the_compiled_file_imports_neither_pydantic_nor_jsonschema(
    compiled_checkout: Path, fmt: str
) -> None:
    code, heavy, _, stderr = _run(compiled_checkout, "check", SAMPLE, "--as-of", AS_OF, "--format", fmt)
    assert (code, heavy) == (0, "-"), stderr


def test_an_edited_shipped_ruleset_is_picked_up(checkout: Path) -> None:
    _compile(checkout)
    path = checkout / RULESET
    path.write_text(path.read_text(encoding="utf-8").replace(TITLE, f"{TITLE} (edited)"), encoding="utf-8")
    code, heavy, stdout, _ = _run(checkout, "rules", "show", "AIA-52-1")
    assert code == 0 and "threshold is met (edited)" in stdout
    assert heavy == "jsonschema"  # validated again, in memory
    path.write_text(
        path.read_text(encoding="utf-8").replace("severity: critical", "severity: dire", 1), "utf-8"
    )
    code, _, _, stderr = _run(checkout, "check", SAMPLE)
    assert code == 2 and f"{RULESET}:" in stderr and "got text 'dire'" in stderr


def test_changed_code_makes_the_compiled_file_stale(checkout: Path) -> None:
    _compile(checkout)
    assert _run(checkout, "rules", "list")[1] == "-"
    operator = checkout / "compliance_checker" / "engine" / "operators" / "present.py"
    operator.write_text(operator.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert _run(checkout, "rules", "list")[1] == "jsonschema"


def test_a_broken_compiled_file_is_not_used(checkout: Path) -> None:
    (checkout / "compliance_checker" / "_compiled.pickle").write_bytes(b"not a pickle")
    code, heavy, stdout, _ = _run(checkout, "rules", "list", "--format", "json")
    assert (code, heavy) == (0, "jsonschema") and '"id": "AIA-52-1"' in stdout


def _build(root: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """Build the wheel of ``root`` into ``out`` with hatchling, as pip does (the hook included)."""
    code = "import sys; from hatchling.builders.wheel import WheelBuilder as W; "
    code += "print(*W(sys.argv[1]).build(directory=sys.argv[2], versions=['standard']))"
    return subprocess.run(
        [sys.executable, "-c", code, str(root), str(out)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_wheel_carries_the_compiled_rulesets(
    checkout: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    built = _build(checkout, tmp_path_factory.mktemp("dist"))
    assert built.returncode == 0, built.stderr
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(built.stdout.strip()) as archive:
        assert "compliance_checker/_compiled.pickle" in archive.namelist()
        archive.extractall(site)
    code, heavy, _, stderr = _run(site, "check", str(checkout / SAMPLE), "--as-of", AS_OF, "--format", "json")
    assert (code, heavy) == (0, "-"), stderr


def test_a_build_with_an_invalid_shipped_ruleset_is_refused(
    checkout: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = checkout / RULESET
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("model.systemic_risk.", "model.systemic_rsk.", 1), encoding="utf-8")
    built = _build(checkout, tmp_path_factory.mktemp("dist"))
    assert built.returncode != 0 and "the shipped rulesets do not validate" in built.stderr
    assert re.search(r"2024-08-01\.yaml:\d+:\d+: error: .*'model\.systemic_rsk\.", built.stderr), built.stderr


# --- the file's layout (loading/compiled.py) --------------------------------------------------------------


@pytest.fixture(scope="module")
def compiled_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return store.write_compiled(tmp_path_factory.mktemp("compiled") / "compiled.pickle")


def _spoiled(source: Path, target: Path, spoil: str) -> Path:
    """A copy of the compiled file ``source`` with the rules of the ruleset version ``spoil`` (``ID@VERSION``)
    overwritten by zeros, in place, the file's length kept."""
    header = compiled_file.read(source)
    data = bytearray(source.read_bytes())
    end = len(data)
    for packed in reversed(header.rulesets):
        start = end - len(packed.rules())
        if f"{packed.ref.id}@{packed.ref.version}" == spoil:
            data[start:end] = bytes(end - start)
        end = start
    target.write_bytes(bytes(data))
    return target


def test_a_check_reads_only_the_versions_it_uses(compiled_path: Path, tmp_path: Path) -> None:
    """A version the default profile does not select is never read: spoiling its rules in the file changes
    nothing for the profile's versions, and only that version fails to load."""
    default = compiled_file.read(compiled_path).profiles.default
    unused = next(
        packed for packed in compiled_file.read(compiled_path).rulesets if packed.ref.version == "2025-03-11"
    )
    assert unused.ref.id not in default.rulesets or default.rulesets[unused.ref.id] != unused.ref.version
    spoiled = compiled_file.read(
        _spoiled(compiled_path, tmp_path / "c", f"{unused.ref.id}@{unused.ref.version}")
    )
    whole = compiled_file.read(compiled_path)
    for packed, good in zip(spoiled.rulesets, whole.rulesets, strict=True):
        if packed.ref == unused.ref:
            with pytest.raises(pickle.UnpicklingError):
                packed.get()
        else:
            assert as_data(packed.get().ruleset) == as_data(good.get().ruleset)


def test_a_compiled_file_not_whole_is_not_used(
    compiled_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = compiled_path.read_bytes()
    for broken in (data[:-1], data + b"\0", data[: len(data) // 2]):
        target = tmp_path / "compiled.pickle"
        target.write_bytes(broken)
        with pytest.raises((ValueError, EOFError, pickle.UnpicklingError)):
            compiled_file.read(target)
        monkeypatch.setattr(store, "COMPILED", target)
        store.compiled.cache_clear()
        try:
            assert _view(store.compiled()) == _view(compiled_file.read(compiled_path))  # compiled again
        finally:
            store.compiled.cache_clear()


def test_a_compiled_file_replaced_while_in_use_is_read_whole(compiled_path: Path, tmp_path: Path) -> None:
    """The compiler replaces the file whole; a process that read the old header reads its rules from the
    old file, and a version read from a file pickles with its rules."""
    target = tmp_path / "compiled.pickle"
    target.write_bytes(compiled_path.read_bytes())
    header = compiled_file.read(target)
    _spoiled(compiled_path, tmp_path / "other", "ai-act@2024-08-01").replace(target)
    assert compiled_file.read(target).rulesets[0].ref.id == "ai-act"
    with pytest.raises(pickle.UnpicklingError):
        compiled_file.read(target).rulesets[0].get()
    assert _view(header) == _view(compiled_file.read(compiled_path))
    copied = pickle.loads(pickle.dumps(header.rulesets[0]))
    assert as_data(copied.get().ruleset) == as_data(header.rulesets[0].get().ruleset)
