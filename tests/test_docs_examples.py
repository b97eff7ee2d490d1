"""The examples of `init --from-model-card` and `compare` in docs/model-cards.md, docs/compare.md and the
README are the output of running those commands (compliance_checker/tools/examples.py)."""

from __future__ import annotations

from compliance_checker.tools.examples import GENERATED, carried_view, expected_examples

REGENERATE = "run python -m compliance_checker.tools.examples"


def test_examples_are_current() -> None:
    for path, text in expected_examples().items():
        assert path.exists(), f"{path} is missing; {REGENERATE}"
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale; {REGENERATE}"


def test_every_example_block_is_filled() -> None:
    docs = {path.name: text for path, text in expected_examples().items()}
    assert GENERATED in docs["model-cards.md"] and GENERATED in docs["compare.md"]
    readme = docs["README.md"]
    for name in ("model-card", "compare"):
        block = readme.split(f"<!-- example:{name} -->", 1)[1].split("<!-- /example -->", 1)[0]
        assert "$ compliance-checker " in block
    assert docs["model-cards.md"].count("## `") >= 5
    assert "Summary: 17 fields changed, 2 verdicts improved, 1 regressed" in docs["compare.md"]


def test_carried_view_keeps_values_with_their_origin_and_keys() -> None:
    text = "\n".join(
        [
            "model:",
            "  # Required. Text.",
            "  name: null",
            "  licence:",
            "    # Text.",
            "    # from the model card: front matter 'license' (mit)",
            "    spdx: MIT",
            "  intended: |-",
            "    # not a comment: text",
        ]
    )
    assert carried_view(text) == "\n".join(
        ["model:", "  licence:", "    # from the model card: front matter 'license' (mit)", "    spdx: MIT"]
    )
