"""Regressions found by ``python -m tests.fuzz_search``: declarations the schema accepts, with odd values,
that made a command other than `check` fail. Each case is the smallest declaration found that did."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

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


# --- deadlines: a list with 10,000 repeated entries ----------------------------------------------------


class _CountingSet(set[str]):
    probes = 0

    def __contains__(self, item: object) -> bool:
        _CountingSet.probes += 1
        return super().__contains__(item)


def test_repeated_obligations_get_numbered_keys_in_linear_steps() -> None:
    from compliance_checker.engine.deadlines import UniqueKeys

    keys = UniqueKeys()
    keys.taken = _CountingSet()
    _CountingSet.probes = 0
    taken = [keys.take("updates[v1]@next") for _ in range(10_000)]
    assert taken[:3] == ["updates[v1]@next", "updates[v1]@next#2", "updates[v1]@next#3"]
    assert len(set(taken)) == 10_000
    assert keys.take("other") == "other"
    # Each key tries at most one number already taken: 2 probes per key, not 50 million in all.
    assert _CountingSet.probes <= 2 * 10_001


def test_deadlines_of_a_declaration_with_thousands_of_repeated_updates(run_cli: Run, tmp_path: Path) -> None:
    data = yaml.safe_load((SAMPLES / "frontier-systemic-risk.yaml").read_text(encoding="utf-8"))
    framework = data["safety_and_security"]["framework"]
    framework["updates"] = framework["updates"] * 3_000
    path = tmp_path / "frontier.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run_cli("deadlines", "--no-config", "--as-of", AS_OF, "--format", "json", str(path))
    assert result.exit_code in (0, 1), result.stderr
    obligations = [o for d in json.loads(result.stdout)["declarations"] for o in d["obligations"]]
    uids = [o["uid"] for o in obligations if o["path"].startswith("safety_and_security.framework.updates")]
    assert len(uids) >= 3_000
    assert len(set(uids)) == len(uids)
