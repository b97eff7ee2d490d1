"""The per-user cache of validated shipped rulesets: used when trustworthy, ignored otherwise."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from compliance_checker.loading import cache
from compliance_checker.loading import rulesets as store


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("COMPLIANCE_CHECKER_CACHE_DIR", str(folder))
    monkeypatch.delenv("COMPLIANCE_CHECKER_NO_CACHE", raising=False)
    store.shipped_rulesets.cache_clear()
    yield folder
    store.shipped_rulesets.cache_clear()


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("rulesets-*.pickle")) if folder.exists() else []


def test_the_first_load_writes_the_cache_and_the_next_reads_it(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = store.shipped_rulesets()
    (written,) = _files(cache_dir)
    assert stat.S_IMODE(written.stat().st_mode) & 0o077 == 0  # readable by the owner only
    store.shipped_rulesets.cache_clear()

    def refuse(paths: list[Path]) -> tuple[store.LoadedRuleset, ...]:
        raise AssertionError("the rulesets were parsed again instead of read from the cache")

    monkeypatch.setattr(store, "_load_shipped", refuse)
    again = store.shipped_rulesets()
    assert [(r.ref.id, r.ref.version, r.ref.sha256) for r in again] == [
        (r.ref.id, r.ref.version, r.ref.sha256) for r in first
    ]
    assert again[0].ruleset == first[0].ruleset


def test_a_corrupt_cache_is_ignored_and_replaced(cache_dir: Path) -> None:
    store.shipped_rulesets()
    (written,) = _files(cache_dir)
    written.write_bytes(b"not a pickle")
    store.shipped_rulesets.cache_clear()
    assert store.shipped_rulesets()  # loaded from the ruleset files
    assert written.read_bytes() != b"not a pickle"


def test_a_cache_others_can_write_is_not_trusted(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.shipped_rulesets()
    (written,) = _files(cache_dir)
    written.chmod(0o666)
    loaded: list[int] = []
    real = store._load_shipped

    def counting(paths: list[Path]) -> tuple[store.LoadedRuleset, ...]:
        loaded.append(1)
        return real(paths)

    monkeypatch.setattr(store, "_load_shipped", counting)
    store.shipped_rulesets.cache_clear()
    store.shipped_rulesets()
    assert loaded == [1]


def test_the_cache_can_be_turned_off(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPLIANCE_CHECKER_NO_CACHE", "1")
    assert store.shipped_rulesets()
    assert _files(cache_dir) == []


def test_the_key_changes_with_any_ruleset_file() -> None:
    assert cache.cache_key("0.1.0", "2.0", "a.yaml:1") != cache.cache_key("0.1.0", "2.0", "a.yaml:2")
    assert cache.cache_key("0.1.0", "2.0", "a.yaml:1") != cache.cache_key("0.1.1", "2.0", "a.yaml:1")


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("COMPLIANCE_CHECKER_CACHE_DIR", str(blocker / "sub"))  # a file stands in the way
    store.shipped_rulesets.cache_clear()
    try:
        assert store.shipped_rulesets()
    finally:
        store.shipped_rulesets.cache_clear()
    assert os.path.isfile(blocker)


@pytest.mark.parametrize("module", ["ruleset", "ruleset_file"])
def test_the_key_changes_with_the_ruleset_classes(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    store.shipped_rulesets()
    (first,) = _files(cache_dir)
    real = store._source_digest
    changed = f"compliance_checker.models.{module}"
    monkeypatch.setattr(store, "_source_digest", lambda name: real(name) + ("+" if name == changed else ""))
    store.shipped_rulesets.cache_clear()
    store.shipped_rulesets()
    assert first in _files(cache_dir) and len(_files(cache_dir)) == 2


def test_the_key_has_a_digest_of_the_pydantic_version() -> None:
    assert len(store._pydantic_version()) == 64
