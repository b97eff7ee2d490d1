"""The evidence check resolves a path below the evidence root with an lstat per component below the root
(loading.evidence._resolved_below): it must give what Path.resolve() gives in every case, links included."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from compliance_checker.loading.evidence import _inside, _resolved_below


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    (root / "docs" / "deep").mkdir(parents=True)
    (root / "docs" / "a.pdf").write_bytes(b"a")
    (root / "docs" / "deep" / "b.pdf").write_bytes(b"b")
    (root / "plain.txt").write_text("x", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("s", encoding="utf-8")
    os.symlink(root / "docs" / "a.pdf", root / "link-inside.pdf")
    os.symlink(outside / "secret.txt", root / "link-outside.txt")
    os.symlink(root / "docs", root / "docs-link")
    os.symlink(outside, root / "docs" / "dir-outside")
    os.symlink("missing-target", root / "dangling")
    os.symlink("loop-b", root / "loop-a")
    os.symlink("loop-a", root / "loop-b")
    return root


@pytest.mark.parametrize(
    "relative",
    [
        "plain.txt",
        "docs/a.pdf",
        "docs/deep/b.pdf",
        "link-inside.pdf",
        "link-outside.txt",
        "docs-link/a.pdf",
        "docs-link/deep/b.pdf",
        "docs/dir-outside/secret.txt",
        "dangling",
        "missing.pdf",
        "missing-folder/a.pdf",
        "plain.txt/under-a-file",
        "docs",
    ],
)
def test_resolution_below_the_root_is_what_resolve_gives(tree: Path, relative: str) -> None:
    lexical = os.path.normpath(tree / relative)
    assert Path(_resolved_below(tree, lexical)) == Path(lexical).resolve()


def test_a_link_loop_is_resolved_as_resolve_does(tree: Path) -> None:
    lexical = str(tree / "loop-a")
    try:
        expected: object = Path(lexical).resolve()
    except RuntimeError as exc:  # Python < 3.13 raises on a loop
        expected = type(exc)
    try:
        got: object = Path(_resolved_below(tree, lexical))
    except RuntimeError as exc:
        got = type(exc)
    assert got == expected


@pytest.mark.parametrize(
    ("path", "root", "inside"),
    [
        ("/a/b/c.pdf", "/a/b", True),
        ("/a/b", "/a/b", True),
        ("/a/bc/d.pdf", "/a/b", False),
        ("/a", "/a/b", False),
        ("/x.pdf", "/", True),
    ],
)
def test_inside_is_is_relative_to(path: str, root: str, inside: bool) -> None:
    assert _inside(path, Path(root)) is inside is Path(path).is_relative_to(root)


def test_an_absurdly_long_evidence_path_is_quoted_cut_and_counted(tmp_path: Path) -> None:
    """A 5,000-character path is refused by the file system; its message quotes the start and says how
    long it was instead of echoing it whole (a path as a user writes it is quoted whole)."""
    from compliance_checker.engine.operators.evidence import PATH_SHOWN, file_problem
    from compliance_checker.loading.evidence import examine

    long_path = "a" * 5000 + "/x.md"
    found = examine(tmp_path, tmp_path, "the declaration's folder", long_path, want_digest=False)
    message = file_problem("doc", found)
    assert message is not None and "cannot be examined" in message
    assert "(5,007 characters)" in message and len(message) < PATH_SHOWN + 120
    short = examine(tmp_path, tmp_path, "the declaration's folder", "evidence/none.md", want_digest=False)
    assert file_problem("doc", short) == "evidence 'doc' file 'evidence/none.md' does not exist"
