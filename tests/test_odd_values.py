"""Regressions found by ``python -m tests.fuzz_search``: declarations the schema accepts, with odd values,
that made a command other than `check` fail. Each case is the smallest declaration found that did."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import AS_OF, CliResult

Run = Callable[..., CliResult]
SAMPLES = Path(__file__).resolve().parent.parent / "sample_declarations"


def _declaration(tmp_path: Path, sample: str, *replacements: tuple[str, str]) -> Path:
    """The sample with some of its YAML text replaced (each replacement must apply)."""
    text = (SAMPLES / sample).read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / sample
    path.write_text(text, encoding="utf-8")
    return path


# --- render --format docx: text XML cannot hold ------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("name: Ridgeline-2\n", 'name: "Ridge\\eline-2"\n'),  # in the title and the core properties
        ("    architecture: ", '    architecture: "\\a\\0\\x7f\\b" # '),  # in a field's value
    ],
    ids=["model-name", "field-value"],
)
def test_docx_with_control_characters_shows_them_escaped(
    run_cli: Run, tmp_path: Path, old: str, new: str
) -> None:
    docx = pytest.importorskip("docx")
    declaration = _declaration(tmp_path, "third-country-gaps.yaml", (old, new))
    target = tmp_path / "form.docx"
    result = run_cli(
        "render",
        "--no-config",
        "--as-of",
        AS_OF,
        "--document",
        "model-documentation",
        "--for",
        "ai-office",
        "--draft",
        "--format",
        "docx",
        "-o",
        str(target),
        str(declaration),
    )
    assert result.exit_code == 0, result.stderr
    document = docx.Document(str(target))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    expected = "Ridge\\x1bline-2" if "Ridge" in new else "\\x07\\x00\x7f\\x08"
    assert expected in text
    if "Ridge" in new:
        assert expected in document.core_properties.title
