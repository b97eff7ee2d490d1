"""The pieces of `render`: layouts over the shipped rules, values as the declaration writes them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from compliance_checker.documents.build import Inputs
from compliance_checker.documents.layouts import LAYOUTS
from compliance_checker.documents.model import Absent, Bullets, Number, Pairs, Text
from compliance_checker.documents.values import Values, generic, number, split
from tests.conftest import AS_OF


def inputs_for(path: Path, *, as_of: str = AS_OF) -> Inputs:
    from compliance_checker.commands.render import document_inputs

    return document_inputs(str(path), as_of=dt.date.fromisoformat(as_of))


def _default_rules() -> dict[str, object]:
    from compliance_checker.loading.rulesets import select

    return {rule.id: rule for item in select({}, []) for rule in item.ruleset.rules}


def test_layouts_name_only_rules_of_the_default_profile() -> None:
    rules = _default_rules()
    for layout in LAYOUTS.values():
        missing = [rule for rule in layout.rules() if rule not in rules]
        assert not missing, (layout.name, missing)


def test_layout_paths_are_paths_their_rules_check() -> None:
    """A part's ``paths`` and ``hide`` only narrow the rule's own evidence paths: a layout adds no
    requirement of its own."""
    from compliance_checker.loading.rulesets import select
    from compliance_checker.models.ruleset import Rule

    rules: dict[str, Rule] = {rule.id: rule for item in select({}, []) for rule in item.ruleset.rules}

    def checked(rule: Rule) -> set[str]:
        found: set[str] = set()
        stack = [(check, "") for check in rule.evidence]
        while stack:
            check, prefix = stack.pop()
            path = f"{prefix}{check.path}".replace("item.", "") if prefix else check.path
            found.add(path)
            for sub in getattr(check, "items", ()) or ():
                stack.append((sub, f"{path}[]."))
        return found

    for layout in LAYOUTS.values():
        parts = [*layout.header, *(part for section in layout.sections for part in section.parts)]
        for part in parts:
            paths = checked(rules[part.rule])
            for path in (*part.paths, *part.hide):
                assert any(
                    p == path or p.startswith(path + ".") or path.startswith(p + "[]") for p in paths
                ), (
                    layout.name,
                    part.rule,
                    path,
                )


def test_numbers_keep_the_precision_they_were_written_with() -> None:
    assert number("3.20e+25") == Number("3.20", 25)
    assert number("420000000000") == Number("420000000000")
    values = Values(
        {"model": {"training_compute": {"flop": 3.2e25}}}, {("model", "training_compute", "flop"): "3.20e25"}
    )
    assert values.value("model.training_compute.flop") == Number("3.20", 25)


def test_values_in_document_words() -> None:
    values = Values(
        {
            "a": {
                "kind": "web_crawling",
                "given": True,
                "when": dt.date(2025, 8, 2),
                "list": [],
                "none": None,
            },
            "evidence": [{"id": "doc", "url": "https://x.example/doc", "description": "The policy"}],
            "refs": ["doc", "unknown"],
        },
        {},
    )
    assert values.value("a.kind") == Text("web crawling")
    assert values.value("a.given") == Text("yes")
    assert values.value("a.when") == Text("2025-08-02")
    assert values.value("a.list") == Text("none")
    assert values.value("a.none") == Absent()
    assert values.value("a.missing") == Absent()
    assert values.value("refs", evidence=True) == Bullets(
        (Text("The policy (https://x.example/doc)"), Text("unknown"))
    )
    assert isinstance(values.value("a"), Pairs)


def test_paths() -> None:
    assert split("a.b[2].c") == ("a", "b", 2, "c")
    assert generic("a.b[2].c[10]") == "a.b[].c[]"


def test_documents_import_only_models_and_errors() -> None:
    """Building and laying out a document is pure: the command line loads and evaluates."""
    import ast

    from tests.conftest import ROOT

    for module in (ROOT / "compliance_checker" / "documents").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("compliance_checker.")
            ):
                layer = node.module.split(".")[1]
                assert layer in {"documents", "models", "errors"}, (module.name, node.module)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in {"open", "print"}, module.name


def test_the_command_lines_names_are_the_layouts() -> None:
    from compliance_checker.documents import names
    from compliance_checker.documents.layouts import INCIDENT_STAGES

    assert tuple(LAYOUTS) == names.DOCUMENTS
    assert tuple(LAYOUTS["model-documentation"].recipients) == names.RECIPIENTS
    assert tuple(INCIDENT_STAGES) == names.STAGES


def test_help_lists_every_document(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("render", "--help")
    assert result.exit_code == 0
    for name in LAYOUTS:
        assert name in result.stdout
    assert "Documents:" in result.stdout
