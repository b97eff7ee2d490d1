"""The pre-commit hook's default `files`/`exclude` find declarations wherever the README puts them, by
pre-commit's own matching (its manifest loader for the defaults, its include/exclude filter: `re.search`
on each path relative to the repository root)."""

from __future__ import annotations

import pytest
from pre_commit.clientlib import load_manifest
from pre_commit.commands.run import filter_by_include_exclude

from tests.conftest import ROOT, SAMPLES

(HOOK,) = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))


def selected(*paths: str) -> list[str]:
    return list(filter_by_include_exclude(paths, HOOK["files"], HOOK["exclude"]))


# Where the README's layout puts declarations: a declaration.yaml beside the model's documentation, a
# declarations/ folder for a batch (CI section, waivers), the shipped sample_declarations/.
DECLARATIONS = [
    "declaration.yaml",
    "declaration.yml",
    "models/halcyon-4/declaration.yaml",
    "halcyon-4-declaration.yaml",
    "declarations/frontier-halcyon.yaml",
    "declarations/2026/third-country.yml",
    "compliance/gpai-declarations/model.yaml",
    *(
        path.relative_to(ROOT).as_posix()
        for path in sorted(SAMPLES.rglob("*.yaml"))
        if "evidence" not in path.parts
    ),
]

NOT_DECLARATIONS = [
    ".pre-commit-config.yaml",
    ".github/workflows/ai-act.yml",
    "rulesets/copyright/2025-07-10.yaml",
    "waivers.yaml",
    "declarations/waivers.yaml",
    "declarations/compliance-waivers.yml",
    ".compliance-checker.yaml",
    "declarations/.compliance-checker.yaml",
    "declarations/evidence/halcyon/eval-config.yaml",
    "sample_declarations/evidence/frontier-systemic-risk/config.yaml",
    "declarations/baseline.json",
    "docs/declaration.md",
    "config.yaml",
]


@pytest.mark.parametrize("path", DECLARATIONS)
def test_the_default_finds_declarations_where_the_readme_puts_them(path: str) -> None:
    assert selected(path) == [path]


def test_the_sample_with_a_critical_finding_is_checked() -> None:
    # The old default (a file name containing "declaration") skipped it silently.
    assert selected("sample_declarations/systemic-risk-late-reports.yaml")


@pytest.mark.parametrize("path", NOT_DECLARATIONS)
def test_the_default_leaves_other_yaml_alone(path: str) -> None:
    assert selected(path) == []


def test_the_readme_documents_the_default() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "declarations/" in readme and "*declaration*.yaml" in readme
    assert "rev: v0.1.0" not in readme, "no release is tagged: do not name a tag in the snippet"
