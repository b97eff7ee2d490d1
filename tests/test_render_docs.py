"""docs/documents.md and the rendered examples in docs/documents/ are the output of `render` on the
shipped samples (compliance_checker/tools/documents.py)."""

from __future__ import annotations

from compliance_checker.documents.layouts import LAYOUTS
from compliance_checker.tools.documents import EXAMPLES, FOLDER, GENERATED, PAGE, expected

REGENERATE = "run python -m compliance_checker.tools.documents"


def test_rendered_examples_are_current() -> None:
    files = expected()
    for path, text in files.items():
        assert path.exists(), f"{path} is missing; {REGENERATE}"
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale; {REGENERATE}"
    extra = {path for path in FOLDER.iterdir()} - set(files)
    assert not extra, f"{sorted(map(str, extra))} are not generated; remove them or {REGENERATE}"


def test_every_document_has_an_example_and_a_row() -> None:
    shown = {example.argv[example.argv.index("--document") + 1] for example in EXAMPLES}
    assert shown == set(LAYOUTS)
    head = PAGE.read_text(encoding="utf-8").split(GENERATED)[0]
    for name in LAYOUTS:
        assert f"| `{name}` |" in head, name
