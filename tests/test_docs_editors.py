"""Editors: the declaration schema's public address is in `init`'s modeline, the README's VS Code setting
and the VS Code snippets, and each snippet's body is a valid declaration (or part of one)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.tools.schemas import schema_url
from tests.conftest import AS_OF, ROOT

SNIPPETS = ROOT / "docs" / "editors" / "compliance-checker.code-snippets"
URL = schema_url("declaration")


def snippets() -> dict[str, Any]:
    """The snippets file: JSON with whole-line // comments, as VS Code reads it."""
    text = "\n".join(
        line
        for line in SNIPPETS.read_text(encoding="utf-8").splitlines()
        if not line.strip().startswith("//")
    )
    data: dict[str, Any] = json.loads(text)
    return data


def filled(body: list[str]) -> str:
    """A snippet's text as inserted when every placeholder keeps its default (a choice its first)."""
    text = "\n".join(body)
    text = re.sub(r"\$\{\d+:([^}]*)\}", r"\1", text)
    text = re.sub(r"\$\{\d+\|([^,|]*)[^}]*\|\}", r"\1", text)
    return re.sub(r"\$\d+", "", text)


def _validate(text: str) -> list[str]:
    schema = json.loads((ROOT / "schemas" / "declaration.schema.json").read_text(encoding="utf-8"))
    data = parse_yaml(text, "snippet.yaml").data
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    return [error.message for error in validator.iter_errors(data)]


def test_placeholders_are_filled_with_their_defaults() -> None:
    assert filled(["a: ${1:x}", "b: ${2|p,q|}", "$0"]) == "a: x\nb: p\n"


def test_the_declaration_snippet_is_a_valid_declaration(tmp_path: Path) -> None:
    snippet = snippets()["GPAI declaration"]
    assert snippet["scope"] == "yaml"
    text = filled(snippet["body"])
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={URL}"
    assert _validate(text) == []
    # and the checker itself reads it: findings (exit 1), never an input error (exit 2)
    path = tmp_path / "declaration.yaml"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "compliance_checker",
            "check",
            str(path),
            "--as-of",
            AS_OF,
            "--format",
            "text",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr


def test_the_evidence_snippet_is_a_valid_evidence_entry() -> None:
    declaration = filled(snippets()["GPAI declaration"]["body"])
    entry = filled(snippets()["GPAI evidence entry"]["body"])
    text = declaration + "evidence:\n" + "".join(f"  {line}\n" for line in entry.splitlines() if line)
    assert _validate(text) == []
    assert parse_yaml(text, "x").data["evidence"][0]["id"] == "technical-documentation"


def test_a_broken_snippet_would_fail() -> None:
    body = [*snippets()["GPAI declaration"]["body"], "  unknown_key: 1"]
    assert _validate(filled(body))


def test_init_writes_the_public_modeline(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "compliance_checker", "init", "-"], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[0] == f"# yaml-language-server: $schema={URL}"


@pytest.mark.parametrize("needle", [URL, '"yaml.schemas"', "docs/editors/compliance-checker.code-snippets"])
def test_the_readme_gives_the_editor_setup(needle: str) -> None:
    assert needle in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "$schema=../schemas/declaration.schema.json" not in (ROOT / "README.md").read_text(
        encoding="utf-8"
    )


def test_the_readme_vscode_setting_maps_declarations_to_the_schema() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (setting,) = [
        json.loads(block)
        for block in re.findall(r"```json\n(.*?)\n```", readme, flags=re.DOTALL)
        if "yaml.schemas" in block
    ]
    globs = setting["yaml.schemas"][URL]
    assert "**/*declaration*.yaml" in globs and "**/*declaration*/**/*.yaml" in globs
