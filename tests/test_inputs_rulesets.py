"""Unknown rulesets or versions list the known ones; a custom ruleset failing its schema gets located
errors."""

from __future__ import annotations

import pytest

from compliance_checker.loading.rulesets import known_versions
from tests.conftest import SAMPLES
from tests.refusal import INPUTS, assert_refused

SAMPLE = str(SAMPLES / "below-threshold.yaml")


def known() -> str:
    return ", ".join(f"{rid}@{v}" for rid, versions in known_versions().items() for v in versions)


@pytest.mark.parametrize("spec", ["no-such-ruleset", "ai-act@1999-01-01"])
def test_unknown_ruleset_on_the_command_line_lists_the_known_ones(run_cli, spec: str) -> None:
    result = run_cli("check", "--ruleset", spec, SAMPLE)
    assert_refused(result, "compliance-checker", f"unknown ruleset {spec!r}; known: {known()}")
    assert "ai-act@" in known()


def test_unknown_version_pinned_in_the_declaration_is_located(run_cli) -> None:
    path = INPUTS / "rulesets" / "pinned-unknown-version.yaml"
    assert_refused(
        run_cli("check", str(path)),
        path,
        f"unknown ruleset version ai-act@1999-01-01; known: {known()}",
        line=3,
        column=3,
    )


def test_custom_ruleset_failing_its_schema_has_located_errors(run_cli) -> None:
    path = INPUTS / "rulesets" / "schema-errors.yaml"
    result = run_cli("check", "--ruleset", str(path), SAMPLE)
    assert_refused(result, path, "missing required key 'title' in rules[0]", line=8, column=5, errors=2)
    assert (
        f"{path}:13:5: error: rules[0].severity: expected one of: info, low, medium, high or critical; "
        "got text 'urgent'"
    ) in result.stderr


def test_a_rule_reading_a_path_the_declaration_does_not_have_is_refused_at_the_path(run_cli) -> None:
    """Declaration paths are looked up in the declaration schema; inside `each`, `item.` is an entry of
    the list (its item schema), and outside a list it names nothing."""
    path = INPUTS / "rulesets" / "unknown-paths.yaml"
    result = run_cli("check", "--ruleset", str(path), SAMPLE)
    assert_refused(
        result,
        path,
        "rules[0].evidence[0].path: 'transparency.downstream_information.ulr' is not a path of the "
        "declaration: no field 'ulr' (did you mean 'url'?)",
        line=18,
        column=9,
        errors=3,
    )
    assert (
        f"{path}:24:27: error: rules[0].evidence[1].checks[0].path: 'item.initial_reprot' is not a path of "
        "the declaration: no field 'initial_reprot' (did you mean 'initial_report'?)"
    ) in result.stderr
    assert (
        f"{path}:26:9: error: rules[0].evidence[2].path: 'item.category' names a list entry (item) outside "
        "`each` and `some`"
    ) in result.stderr


def test_missing_custom_ruleset_file_is_named_as_a_ruleset(run_cli, tmp_path) -> None:
    path = tmp_path / "missing.yaml"
    result = run_cli("check", "--ruleset", str(path), SAMPLE)
    assert_refused(result, path, "no such file; expected a path to a ruleset file")
