"""Profiles: named, dated selections of one version of each ruleset (rulesets/profiles.yaml).

The shipped file is valid and its default is the final Code; `check` uses exactly the default profile;
`--profile` and the declaration's `profile` select others with the documented precedence
(--ruleset > declaration pins > --profile > declaration profile > default); a profiles file naming an
unknown ruleset or version is refused at its line and column.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from compliance_checker.errors import InputError
from compliance_checker.loading import profiles as profile_store
from compliance_checker.loading.profiles import (
    load_profiles_file,
    profile_rulesets,
    shipped_profiles,
)
from compliance_checker.loading.rulesets import known_versions, select, shipped_rulesets
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.tools.record_schema import profiles_schema
from compliance_checker.tools.schemas import published as schema_as_published
from tests.conftest import AS_OF, ROOT, SAMPLES
from tests.refusal import assert_refused

SAMPLE = SAMPLES / "third-country-gaps.yaml"
FINAL = "code-of-practice@2025-07-10"


# --- the shipped profiles -------------------------------------------------------------------------------


def test_the_default_profile_is_the_final_code() -> None:
    profiles = shipped_profiles()
    default = profiles.default
    assert default.key == FINAL
    assert default.title == "Code of Practice, final of 10 July 2025"
    assert default.rulesets["ai-act"] == "2024-08-01"
    assert default.rulesets["transparency"] == "2025-07-10"
    assert default.rulesets["copyright"] == "2025-07-10"
    assert default.rulesets["training-data-summary"] == "2025-07-24"
    for later in ("systemic-risk-taxonomy", "safety-and-security"):
        if later in known_versions():
            assert default.rulesets[later] == "2025-07-10", f"the final Code profile lacks {later}"


def test_the_default_profile_selects_every_shipped_ruleset() -> None:
    """A ruleset the default profile leaves out would silently go unchecked."""
    missing = set(known_versions()) - set(shipped_profiles().default.rulesets)
    assert not missing, f"rulesets/profiles.yaml: add {sorted(missing)} to the default profile"


def test_check_selects_exactly_the_default_profile(run_cli) -> None:
    expected = [(r.ref.id, r.ref.version) for r in profile_rulesets(shipped_profiles().default)]
    assert [(r.ref.id, r.ref.version) for r in select({}, [])] == expected
    result = run_cli("check", str(SAMPLE), "--as-of", AS_OF, "--format", "json")
    assert result.exit_code == 1, result.stderr
    (decl,) = json.loads(result.stdout)["declarations"]
    assert [(r["id"], r["version"]) for r in decl["rulesets"]] == expected
    assert decl["profile"] == FINAL


def test_the_profiles_schema_is_published_and_the_shipped_file_follows_it() -> None:
    published = json.loads((ROOT / "schemas" / "profiles.schema.json").read_text(encoding="utf-8"))
    assert published == schema_as_published("profiles", profiles_schema()), (
        "regenerate with: python -m compliance_checker.tools.schemas"
    )
    jsonschema.Draft202012Validator.check_schema(published)
    path = ROOT / "rulesets" / "profiles.yaml"
    data = parse_yaml(path.read_text(encoding="utf-8"), str(path)).data
    errors = list(jsonschema.Draft202012Validator(published).iter_errors(data))
    assert not errors, [e.message for e in errors]


def test_profiles_yaml_is_not_taken_for_a_ruleset() -> None:
    assert all(item.ref.files[0].count("/") == 2 for item in shipped_rulesets())


def test_profiles_command(run_cli) -> None:
    table = run_cli("profiles")
    assert table.exit_code == 0
    assert FINAL in table.stdout and "yes" in table.stdout
    items = json.loads(run_cli("profiles", "--format", "json").stdout)
    default = [i for i in items if i["default"]]
    assert [i["profile"] for i in default] == [FINAL]
    assert default[0]["rulesets"] == dict(sorted(shipped_profiles().default.rulesets.items()))


def test_rulesets_command_marks_the_default_profile_versions(run_cli) -> None:
    items = json.loads(run_cli("rulesets", "--format", "json").stdout)
    defaults = {(i["id"], i["version"]) for i in items if i["default"]}
    assert defaults == set(shipped_profiles().default.rulesets.items())


# --- validating a profiles file -------------------------------------------------------------------------

VALID = """\
default: test@2
profiles:
  - name: test
    version: "1"
    date: "2025-03-11"
    title: Test profile, first
    rulesets:
      ai-act: "2024-08-01"
  - name: test
    version: "2"
    date: "2025-07-10"
    title: Test profile, second
    rulesets:
      ai-act: "2024-08-01"
      copyright: "2025-07-10"
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profiles.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(tmp_path: Path, text: str) -> list[str]:
    path = _write(tmp_path, text)
    with pytest.raises(InputError) as caught:
        load_profiles_file(path)
    return [d.render().replace(str(path), "FILE") for d in caught.value.diagnostics]


def test_a_valid_profiles_file(tmp_path) -> None:
    loaded = load_profiles_file(_write(tmp_path, VALID))
    assert loaded.default.key == "test@2"
    assert [p.key for p in loaded.profiles] == ["test@1", "test@2"]
    assert loaded.find("test").key == "test@2"  # the newest by date
    assert loaded.find("test@1").key == "test@1"
    assert loaded.find("test@3") is None and loaded.find("other") is None


def test_an_unknown_ruleset_is_located(tmp_path) -> None:
    errors = _refused(
        tmp_path, VALID.replace('      copyright: "2025-07-10"', '      copyrite: "2025-07-10"')
    )
    assert errors == [
        f"FILE:15:7: error: profile test@2: unknown ruleset 'copyrite'; known: {', '.join(known_versions())}"
    ]


def test_an_unknown_version_is_located_at_the_version(tmp_path) -> None:
    errors = _refused(
        tmp_path,
        VALID.replace('      ai-act: "2024-08-01"\n  - name', '      ai-act: "1999-01-01"\n  - name'),
    )
    known = ", ".join(f"{rid}@{v}" for rid, vs in known_versions().items() for v in vs)
    assert errors == [f"FILE:8:15: error: profile test@1: unknown version ai-act@1999-01-01; known: {known}"]


def test_every_problem_is_reported_at_once(tmp_path) -> None:
    text = (
        VALID.replace("default: test@2", "default: test@9")
        .replace('version: "2"', 'version: "1"')
        .replace(
            '  - name: test\n    version: "1"\n    date: "2025-03-11"',
            '  - name: ai-act\n    version: "1"\n    date: "2025-03-11"',
        )
    )
    errors = _refused(tmp_path, text)
    assert (
        errors[0]
        == "FILE:1:10: error: default profile test@9 is not defined in this file; defined: ai-act@1, test@1"
    )
    assert errors[1].startswith("FILE:3:5: error: profile name 'ai-act' is also a ruleset id")
    assert len(errors) == 2


def test_a_profile_defined_twice(tmp_path) -> None:
    errors = _refused(
        tmp_path, VALID.replace('version: "2"', 'version: "1"').replace("default: test@2", "default: test@1")
    )
    assert errors == ["FILE:10:5: error: profile test@1 is defined twice (first at line 3)"]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            ("    title: Test profile, first\n", ""),
            "FILE:3:5: error: missing required key 'title' in profiles[0]",
        ),
        (
            ("    title: Test profile, first\n", "    titel: x\n    title: t\n"),
            "unknown key 'titel' in profiles[0]",
        ),
        (
            ("default: test@2", "default: test"),
            "FILE:1:1: error: default: expected a profile written NAME@VERSION, "
            "such as code-of-practice@2025-07-10; got text 'test'",
        ),
        (
            ('date: "2025-03-11"', 'date: "2025-02-30"'),
            "FILE:5:5: error: profiles[0].date: '2025-02-30' is not a real calendar date",
        ),
        (
            ('    rulesets:\n      ai-act: "2024-08-01"\n  - name', "    rulesets: {}\n  - name"),
            "profiles[0].rulesets",
        ),
    ],
)
def test_schema_errors_are_located(tmp_path, edit, expected) -> None:
    text = VALID.replace(*edit)
    assert text != VALID
    errors = _refused(tmp_path, text)
    assert any(expected in e for e in errors), errors


def test_a_broken_profiles_file_stops_every_command(run_cli, tmp_path, monkeypatch) -> None:
    """A shipped profiles file that fails validation is bad input (exit 2), located, never a traceback."""
    path = _write(tmp_path, VALID.replace('copyright: "2025-07-10"', 'copyright: "1999-01-01"'))

    def broken() -> object:
        return load_profiles_file(path)

    monkeypatch.setattr(profile_store, "shipped_profiles", broken)
    assert_refused(
        run_cli("check", str(SAMPLE)), path, "unknown version copyright@1999-01-01", line=15, column=18
    )


# --- selecting with profiles ----------------------------------------------------------------------------


@pytest.fixture
def two_profiles(tmp_path, monkeypatch) -> None:
    """Shipped profiles replaced by `draft` (copyright's oldest version) and `final` (the default)."""
    versions = known_versions()["copyright"]
    if len(versions) < 2:
        pytest.skip("needs two shipped copyright versions")
    entry = (
        '{{name: {}, version: "1", date: "2025-07-10", title: T, '
        'rulesets: {{ai-act: "2024-08-01", copyright: "{}"}}}}'
    )
    text = "default: final@1\nprofiles:\n" + "".join(
        f"  - {entry.format(name, version)}\n"
        for name, version in (("draft", versions[0]), ("final", versions[-1]))
    )
    loaded = load_profiles_file(_write(tmp_path, text))
    monkeypatch.setattr(profile_store, "shipped_profiles", lambda: loaded)


# The line after `format_version`, where _declaration() writes its header.
HEADER_LINE = SAMPLE.read_text(encoding="utf-8").splitlines().index('format_version: "1.0"') + 2


def _declaration(tmp_path: Path, header: str, name: str = "declaration.yaml") -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    assert 'format_version: "1.0"\n' in text
    path = tmp_path / name
    path.write_text(
        text.replace('format_version: "1.0"\n', f'format_version: "1.0"\n{header}'), encoding="utf-8"
    )
    return str(path)


def _used(run_cli, *args: str) -> tuple[str, str]:
    """The copyright version and the profile recorded in the JSON report."""
    result = run_cli("check", "--as-of", AS_OF, "--format", "json", *args)
    assert result.exit_code in (0, 1), result.stderr
    (decl,) = json.loads(result.stdout)["declarations"]
    versions = {r["id"]: r["version"] for r in decl["rulesets"]}
    return versions["copyright"], decl["profile"]


def test_precedence(run_cli, tmp_path, two_profiles) -> None:
    draft, final = known_versions()["copyright"][0], known_versions()["copyright"][-1]
    plain = _declaration(tmp_path, "", "plain.yaml")
    declares_draft = _declaration(tmp_path, "profile: draft@1\n", "draft.yaml")
    pins_final = _declaration(tmp_path, f'profile: draft\nrulesets: {{copyright: "{final}"}}\n', "pins.yaml")
    # the default profile
    assert _used(run_cli, plain) == (final, "final@1")
    # the declaration's profile wins over the default
    assert _used(run_cli, declares_draft) == (draft, "draft@1")
    # --profile wins over the declaration's profile
    assert _used(run_cli, "--profile", "final", declares_draft) == (final, "final@1")
    assert _used(run_cli, "--profile", "draft@1", plain) == (draft, "draft@1")
    # the declaration's pins win over --profile and its own profile
    assert _used(run_cli, "--profile", "draft", pins_final) == (final, "draft@1")
    # --ruleset wins over everything
    assert _used(run_cli, "--profile", "final", "--ruleset", f"copyright@{draft}", pins_final) == (
        draft,
        "final@1",
    )


def test_a_profile_leaves_out_the_rulesets_it_does_not_select(run_cli, tmp_path, two_profiles) -> None:
    result = run_cli("check", "--as-of", AS_OF, "--format", "json", "--profile", "draft", str(SAMPLE))
    (decl,) = json.loads(result.stdout)["declarations"]
    assert {r["id"] for r in decl["rulesets"]} == {"ai-act", "copyright"}
    assert {r["ruleset"] for r in decl["results"]} == {"ai-act", "copyright"}


def test_rules_list_and_coverage_take_a_profile(run_cli, two_profiles) -> None:
    draft = known_versions()["copyright"][0]
    rules = json.loads(run_cli("rules", "list", "--format", "json", "--profile", "draft").stdout)
    assert {(r["ruleset"], r["version"]) for r in rules} == {("ai-act", "2024-08-01"), ("copyright", draft)}
    coverage = json.loads(run_cli("rules", "coverage", "--format", "json", "--profile", "draft@1").stdout)
    assert {(c["ruleset"], c["version"]) for c in coverage} == {
        ("ai-act", "2024-08-01"),
        ("copyright", draft),
    }


def test_an_unknown_profile_on_the_command_line(run_cli) -> None:
    known = shipped_profiles().known_text()
    for command in (["check", str(SAMPLE)], ["rules", "list"], ["rules", "coverage"]):
        result = run_cli(*command, "--profile", "no-such-profile@1")
        assert_refused(result, "compliance-checker", f"unknown profile 'no-such-profile@1'; known: {known}")


def test_an_unknown_profile_in_the_declaration_is_located(run_cli, tmp_path) -> None:
    path = _declaration(tmp_path, "profile: code-of-practice@1999-01-01\n")
    known = shipped_profiles().known_text()
    result = run_cli("check", "--as-of", AS_OF, path)
    assert_refused(
        result,
        path,
        f"unknown profile 'code-of-practice@1999-01-01'; known: {known}",
        line=HEADER_LINE,
        column=1,
    )


def test_a_malformed_profile_in_the_declaration_is_a_schema_error(run_cli, tmp_path) -> None:
    path = _declaration(tmp_path, "profile: Code Of Practice\n")
    assert_refused(
        run_cli("check", "--as-of", AS_OF, path),
        path,
        "profile: expected a profile name, optionally with @VERSION, such as code-of-practice@2025-07-10; "
        "got text 'Code Of Practice'",
        line=HEADER_LINE,
    )


def test_the_declaration_may_name_the_default_profile(run_cli, tmp_path) -> None:
    path = _declaration(tmp_path, f"profile: {FINAL}\n")
    from compliance_checker.loading.declaration import load_declaration

    assert load_declaration(path).declaration.profile == FINAL
    result = run_cli("check", "--as-of", AS_OF, "--format", "json", path)
    assert json.loads(result.stdout)["declarations"][0]["profile"] == FINAL


def test_junit_and_sarif_record_the_profile(run_cli) -> None:
    junit = run_cli("check", "--as-of", AS_OF, "--format", "junit", str(SAMPLE)).stdout
    assert f'<property name="profile" value="{FINAL}" />' in junit
    sarif = json.loads(run_cli("check", "--as-of", AS_OF, "--format", "sarif", str(SAMPLE)).stdout)
    assert sarif["runs"][0]["properties"]["profiles"] == [FINAL]
