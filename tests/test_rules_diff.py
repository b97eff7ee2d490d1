"""`rules diff A B`: rules added, removed and changed between two versions of a ruleset or two profiles,
aspect by aspect, with thresholds old -> new; with --declaration, which outcomes change.

Every change kind is exercised with two small ruleset files written here (``diff-test`` version 1 and 2);
the shipped rulesets and profiles are diffed as they are, so that a new version cannot break the command.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from compliance_checker.engine.conditions import NAMES, words
from compliance_checker.engine.diff import RULE_ASPECTS, offset_text
from compliance_checker.loading import profiles as profile_store
from compliance_checker.loading.profiles import load_profiles_file, shipped_profiles
from compliance_checker.loading.resources import data_dir
from compliance_checker.loading.rulesets import find, known_versions
from compliance_checker.models.diff import ASPECTS
from compliance_checker.models.ruleset import AllOf, AnyOf, NotCond, PathCond, Rule
from tests.conftest import AS_OF, SAMPLES
from tests.refusal import assert_refused

SAMPLE = str(SAMPLES / "third-country-gaps.yaml")

OLD = """\
ruleset:
  id: diff-test
  version: "1"
  date: "2025-01-01"
  title: Diff test, version 1
sets:
  modalities: [text, code]
rules:
  - id: DT-SAME
    title: A rule that does not change
    obligation: Name the model.
    sources: [{document: AI Act, ref: "Art 53(1)(a)"}]
    severity: low
    since: "2025-08-02"
    evidence:
      - {check: present, path: model.name, label: model name}
    remediation: Give model.name.
  - id: DT-GONE
    title: A rule that only version 1 has
    obligation: Give the model version.
    sources: [{document: AI Act, ref: "Art 53(1)(a)"}]
    severity: low
    since: "2025-08-02"
    evidence:
      - {check: present, path: model.version, label: model version}
    remediation: Give model.version.
  - id: DT-OLD-NAME
    title: A rule renamed in version 2
    obligation: Name the model.
    sources: [{document: AI Act, ref: "Art 53(1)(a)"}]
    severity: low
    since: "2025-08-02"
    evidence:
      - {check: present, path: model.name, label: model name}
    remediation: Give model.name.
  - id: DT-COMPUTE
    title: Training compute is large enough
    obligation: Train with at least 10^24 FLOP.
    sources: [{document: AI Act, ref: "Art 51(2)"}]
    severity: medium
    since: "2025-08-02"
    evidence:
      - {check: number, path: model.training_compute.flop, op: ge, value: 1.0e+24, label: training compute}
      - {check: number, path: safety_and_security.serious_incidents.records_retention_years, op: ge, value: 3,
         label: incident records kept, when: systemic_risk}
      - {check: significant_figures, path: model.training_compute.flop, min: 2, label: precision}
    remediation: Train more.
  - id: DT-TIMING
    title: Dates
    obligation: Keep the dates.
    sources: [{document: AI Act, ref: "Art 53(1)(a)"}]
    severity: medium
    since: "2025-08-02"
    evidence:
      - {check: date, path: model.placed_on_market, on_or_before: {date: "2026-01-01"}, label: placed in time}
      - {check: date, path: model.placed_on_market, on_or_before: model.release_date, offset: {months: 36},
         label: records kept}
      - {check: date, path: model.release_date, before: {as_of: true}, label: released}
    remediation: Fix the dates.
  - id: DT-EVIDENCE
    title: Evidence that changes
    obligation: Describe the model.
    sources: [{document: AI Act, ref: "Art 53(1)(a)"}]
    severity: low
    since: "2025-08-02"
    recipients: [ai_office]
    evidence:
      - {check: present, path: model.name, label: model name}
      - {check: one_of, path: model.placement, set: diff-test/modalities, label: modality}
      - {check: present, path: model.based_on.name, label: description, when: gpai_provider}
    remediation: Describe it.
"""

NEW = """\
ruleset:
  id: diff-test
  version: "2"
  date: "2025-07-01"
  title: Diff test, version 2
sets:
  modalities: [text, code, image]
rules:
  - id: DT-SAME
    title: A rule that does not change
    obligation: Name the model.
    sources: [{document: AI Act, ref: "Art 53(1)(a)"}]
    severity: low
    since: "2025-08-02"
    evidence:
      - {check: present, path: model.name, label: model name}
    remediation: Give model.name.
  - id: DT-NEW-NAME
    aliases: [DT-OLD-NAME]
    title: A rule renamed in version 2
    obligation: Name the model.
    sources: [{document: AI Act, ref: "Art 53(1)(a)"}]
    severity: low
    since: "2025-08-02"
    evidence:
      - {check: present, path: model.name, label: model name}
    remediation: Give model.name.
  - id: DT-COMPUTE
    title: Training compute is very large
    obligation: Train with at least 10^25 FLOP.
    sources: [{document: AI Act, ref: "Art 51(2)"}, {document: AI Act, ref: "Art 52(1)"}]
    severity: high
    since: "2025-08-02"
    verified: false
    evidence:
      - {check: number, path: model.training_compute.flop, op: ge, value: 1.0e+25, label: training compute}
      - {check: number, path: safety_and_security.serious_incidents.records_retention_years, op: ge, value: 5,
         label: incident records kept, when: systemic_risk}
      - {check: significant_figures, path: model.training_compute.flop, min: 3, label: precision}
    remediation: Train more.
  - id: DT-TIMING
    title: Dates
    obligation: Keep the dates.
    sources: [{document: AI Act, ref: "Art 53(1)(a)"}]
    severity: medium
    since: "2026-08-02"
    due: since
    evidence:
      - {check: date, path: model.placed_on_market, on_or_before: {date: "2025-09-01"}, label: placed in time}
      - {check: date, path: model.placed_on_market, on_or_before: model.release_date, offset: {years: 5},
         label: records kept}
      - {check: date, path: model.release_date, on_or_before: {as_of: true}, label: released}
    remediation: Fix the dates.
  - id: DT-EVIDENCE
    title: Evidence that changes
    obligation: Describe the model.
    sources: [{document: AI Act, ref: "Art 53(1)(a)"}]
    severity: low
    since: "2025-08-02"
    recipients: [ai_office, public]
    applies_when: {all: [gpai_provider, systemic_risk]}
    evidence:
      - {check: one_of, path: model.placement, set: diff-test/modalities, label: modality}
      - {check: present, path: model.based_on.name, label: description, when: {not: open_source_exempt}}
      - {check: present, path: model.version, label: model version}
    manual_review: Someone reads the description.
    remediation: Describe the model in full.
    notes: Version 2 adds a manual review.
  - id: DT-ADDED
    title: A rule that only version 2 has
    obligation: Give the release date.
    sources: [{document: AI Act, ref: "Art 53(1)(a)"}]
    severity: critical
    since: "2025-08-02"
    evidence:
      - {check: present, path: model.release_date, label: release date}
    remediation: Give model.release_date.
"""


@pytest.fixture
def versions(tmp_path: Path) -> tuple[str, str]:
    old, new = tmp_path / "diff-test-1.yaml", tmp_path / "diff-test-2.yaml"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return str(old), str(new)


def _json(run_cli, *args: str) -> dict:
    result = run_cli("rules", "diff", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def _changes(data: dict, rule: str) -> dict[str, list[str]]:
    found = [c for r in data["rulesets"] for c in r["changed"] if c["id"] == rule]
    assert len(found) == 1, f"{rule} is not listed as changed once"
    by_aspect: dict[str, list[str]] = {}
    for change in found[0]["changes"]:
        by_aspect.setdefault(change["aspect"], []).append(change["text"])
    assert list(by_aspect) == found[0]["aspects"], "aspects in the documented order"
    return by_aspect


# --- every change kind, between two ruleset files ------------------------------------------------------


def test_rules_added_removed_renamed_and_unchanged(run_cli, versions) -> None:
    data = _json(run_cli, *versions)
    assert data["kind"] == "ruleset"
    assert data["old"]["label"] == "diff-test@1" and data["new"]["label"] == "diff-test@2"
    (item,) = data["rulesets"]
    assert item["status"] == "changed"
    assert [r["id"] for r in item["added"]] == ["DT-ADDED"]
    assert item["added"][0]["severity"] == "critical"
    assert [r["id"] for r in item["removed"]] == ["DT-GONE"]
    assert data["renamed"] == [{"old": "DT-OLD-NAME", "new": "DT-NEW-NAME"}]
    assert _changes(data, "DT-NEW-NAME") == {
        "id": ["renamed DT-OLD-NAME -> DT-NEW-NAME", "aliases: +DT-OLD-NAME"]
    }
    assert item["unchanged"] == 1  # DT-SAME
    assert data["summary"] == {"added": 1, "removed": 1, "changed": 4, "unchanged": 1}


def test_thresholds_show_old_and_new_values(run_cli, versions) -> None:
    compute = _changes(_json(run_cli, *versions), "DT-COMPUTE")
    assert compute["thresholds"] == [
        "model.training_compute.flop >= 1e+24 -> >= 1e+25",
        "safety_and_security.serious_incidents.records_retention_years >= 3 -> >= 5",
        "model.training_compute.flop: min 2 -> 3",
    ]
    assert compute["title"] == ["Training compute is large enough -> Training compute is very large"]
    assert compute["obligation"] == ["reworded"]
    assert compute["severity"] == ["medium -> high"]
    assert compute["sources"] == ["+ AI Act Art 52(1)"]
    assert compute["verified"] == ["yes -> no"]
    assert "evidence" not in compute, "a changed number is a threshold, not an evidence change"


def test_date_thresholds_offsets_and_timing(run_cli, versions) -> None:
    timing = _changes(_json(run_cli, *versions), "DT-TIMING")
    assert timing["thresholds"] == [
        "model.placed_on_market: compared with 2026-01-01 -> 2025-09-01",
        "model.placed_on_market: offset 36 months -> 5 years",
        "model.release_date: before -> on or before",
    ]
    assert timing["timing"] == ["since 2025-08-02 -> 2026-08-02", "due placement -> since"]
    assert set(timing) == {"thresholds", "timing"}


def test_evidence_applicability_and_the_rest(run_cli, versions) -> None:
    evidence = _changes(_json(run_cli, *versions), "DT-EVIDENCE")
    assert evidence["applicability"] == ["applies when gpai_provider -> gpai_provider and systemic_risk"]
    assert evidence["evidence"] == [
        "model.based_on.name: when gpai_provider -> not (open_source_exempt)",
        "+ model.version: present check (model version)",
        "- model.name: present check (model name)",
        "reads diff-test/modalities, which changed: +image",
    ]
    assert evidence["manual_review"] == ["added"]
    assert evidence["recipients"] == ["recipients: +public"]
    assert evidence["guidance"] == ["remediation reworded", "notes added"]


def test_ruleset_level_changes(run_cli, versions) -> None:
    (item,) = _json(run_cli, *versions)["rulesets"]
    texts = [c["text"] for c in item["changes"]]
    assert "title Diff test, version 1 -> Diff test, version 2" in texts
    assert "set modalities: +image" in texts


def test_a_reordered_evidence_list_is_no_change(run_cli, tmp_path) -> None:
    old = tmp_path / "a.yaml"
    old.write_text(OLD, encoding="utf-8")
    swapped = OLD.replace(
        "      - {check: present, path: model.name, label: model name}\n"
        "      - {check: one_of, path: model.placement, set: diff-test/modalities, label: modality}\n",
        "      - {check: one_of, path: model.placement, set: diff-test/modalities, label: modality}\n"
        "      - {check: present, path: model.name, label: model name}\n",
    )
    assert swapped != OLD
    new = tmp_path / "b.yaml"
    new.write_text(swapped, encoding="utf-8")
    data = _json(run_cli, str(old), str(new))
    assert data["summary"]["changed"] == 0 and data["rulesets"][0]["status"] == "unchanged"


def test_table_and_markdown_say_the_same(run_cli, versions) -> None:
    table = run_cli("rules", "diff", *versions)
    assert table.exit_code == 0, table.stderr
    text = table.stdout
    assert text.startswith("rules diff diff-test@1 -> diff-test@2\n")
    assert "rules: 1 added, 1 removed, 4 changed, 1 unchanged" in text
    assert "+ DT-ADDED  A rule that only version 2 has  [critical]" in text
    assert "- DT-GONE  A rule that only version 1 has  [low]" in text
    assert "~ DT-NEW-NAME (was DT-OLD-NAME)" in text
    assert "thresholds:    safety_and_security.serious_incidents.records_retention_years >= 3 -> >= 5" in text
    assert "thresholds:    model.placed_on_market: offset 36 months -> 5 years" in text
    assert "A: Train with at least 10^24 FLOP." in text and "B: Train with at least 10^25 FLOP." in text
    markdown = run_cli("rules", "diff", *versions, "--format", "markdown").stdout
    assert markdown.startswith("# Rules diff: `diff-test@1` → `diff-test@2`\n")
    assert "| `diff-test` | 1 | 2 | 1 | 1 | 4 | 1 | changed |" in markdown
    assert (
        "|  | thresholds | safety_and_security.serious_incidents.records_retention_years "
        "&gt;= 3 -&gt; &gt;= 5 |" in markdown
    )
    assert "- `DT-ADDED` A rule that only version 2 has (critical)" in markdown


# --- a declaration's outcomes ---------------------------------------------------------------------------


def test_declaration_outcomes_that_change(run_cli, versions) -> None:
    data = _json(run_cli, *versions, "--declaration", SAMPLE, "--as-of", AS_OF)
    decl = data["declaration"]
    assert decl["path"] == SAMPLE and decl["as_of"] == AS_OF and decl["model"] == "Ridgeline-2 2.0"
    by_rule = {c["rule"]: c for c in decl["changes"]}
    # 4.0e24 FLOP: at least 1e24 under A, not at least 1e25 under B.
    compute = by_rule["DT-COMPUTE"]
    assert compute["old"]["status"] == "evidenced" and compute["new"]["status"] == "missing"
    assert "model.training_compute.flop" in compute["new"]["message"]
    assert by_rule["DT-GONE"]["new"] is None and by_rule["DT-GONE"]["old"]["status"] == "evidenced"
    assert by_rule["DT-ADDED"]["old"] is None and by_rule["DT-ADDED"]["new"]["status"] == "evidenced"
    # No systemic risk: DT-EVIDENCE no longer applies.
    assert by_rule["DT-EVIDENCE"]["new"]["status"] == "not_applicable"
    # The renamed rule is followed through its alias and keeps its outcome; so does DT-SAME.
    assert not {"DT-OLD-NAME", "DT-NEW-NAME", "DT-SAME"} & set(by_rule)
    assert decl["unchanged"] > 2  # the shipped rulesets' rules too

    table = run_cli("rules", "diff", *versions, "--declaration", SAMPLE, "--as-of", AS_OF).stdout
    assert "DT-COMPUTE" in table and "evidenced -> missing" in table
    assert "evidenced -> (no rule)" in table and "(no rule) -> evidenced" in table
    markdown = run_cli(
        "rules", "diff", *versions, "--declaration", SAMPLE, "--as-of", AS_OF, "--format", "markdown"
    )
    assert "| `DT-COMPUTE` | diff-test | evidenced | missing |" in markdown.stdout


def test_an_invalid_declaration_is_refused_with_its_located_errors(run_cli, versions) -> None:
    path = SAMPLES / "invalid" / "wrong-type.yaml"
    result = run_cli("rules", "diff", *versions, "--declaration", str(path), "--as-of", AS_OF)
    assert_refused(result, path, "expected a number", line=30, column=5)


# --- shipped rulesets and profiles ----------------------------------------------------------------------


VERSION_PAIRS = [
    (f"{rid}@{a}", f"{rid}@{b}") for rid, vs in known_versions().items() for a, b in combinations(vs, 2)
]


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
@pytest.mark.parametrize("pair", VERSION_PAIRS or [("ai-act", "ai-act")], ids=lambda p: f"{p[0]}..{p[1]}")
def test_every_pair_of_shipped_versions_diffs(run_cli, pair, fmt) -> None:
    result = run_cli("rules", "diff", *pair, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()


def test_the_copyright_third_draft_against_the_final_code(run_cli) -> None:
    if "2025-03-11" not in known_versions().get("copyright", []):
        pytest.skip("copyright@2025-03-11 is not shipped")
    data = _json(run_cli, "copyright@2025-03-11", "copyright@2025-07-10")
    (item,) = data["rulesets"]
    # The third draft's Measure I.2.4 (content the provider did not crawl) has no final counterpart.
    assert "CR-I-2-4-NON-CRAWLED" in [r["id"] for r in item["removed"]]
    assert item["old"]["version"] == "2025-03-11" and item["new"]["version"] == "2025-07-10"
    assert all(c["changes"] for c in item["changed"])


def test_the_same_version_has_no_changes(run_cli) -> None:
    data = _json(run_cli, "ai-act@2024-08-01", "ai-act")
    (item,) = data["rulesets"]
    shipped = find("ai-act", "2024-08-01")
    assert shipped is not None
    assert item["status"] == "unchanged" and not item["changed"] and not item["changes"]
    assert item["unchanged"] == len(shipped.ruleset.rules)
    assert "same version" in run_cli("rules", "diff", "ai-act", "ai-act").stdout


def test_a_ruleset_file_against_a_shipped_version(run_cli, tmp_path) -> None:
    shipped = find("ai-act", None)
    assert shipped is not None
    text = (Path(data_dir("rulesets")) / "ai-act" / f"{shipped.ref.version}.yaml").read_text(encoding="utf-8")
    assert "severity: critical" in text
    copy = tmp_path / "ai-act-edited.yaml"
    copy.write_text(text.replace("severity: critical", "severity: low", 1), encoding="utf-8")
    data = _json(run_cli, "ai-act", str(copy))
    assert data["new"]["spec"] == str(copy)
    assert data["new"]["rulesets"][0]["files"] == [str(copy)]
    changed = data["rulesets"][0]["changed"]
    assert len(changed) == 1 and changed[0]["changes"] == [
        {"aspect": "severity", "text": "critical -> low", "old": "critical", "new": "low"}
    ]


PROFILES = """\
default: test-profile@2
profiles:
  - name: test-profile
    version: "1"
    date: "2025-03-11"
    title: Test profile, draft
    rulesets:
      ai-act: "2024-08-01"
      copyright: "{copyright_old}"
  - name: test-profile
    version: "2"
    date: "2025-07-10"
    title: Test profile, final
    rulesets:
      ai-act: "2024-08-01"
      copyright: "2025-07-10"
      training-data-summary: "2025-07-24"
"""


@pytest.fixture
def two_profiles(tmp_path, monkeypatch) -> None:
    """Shipped profiles replaced by two versions of a test profile (the CLI runs in this process)."""
    old = known_versions()["copyright"][0]
    path = tmp_path / "profiles.yaml"
    path.write_text(PROFILES.format(copyright_old=old), encoding="utf-8")
    loaded = load_profiles_file(path)
    monkeypatch.setattr(profile_store, "shipped_profiles", lambda: loaded)


def test_two_profiles_per_ruleset_and_rulesets_only_in_one(run_cli, two_profiles) -> None:
    data = _json(run_cli, "test-profile@1", "test-profile@2")
    assert data["kind"] == "profile"
    assert data["old"]["title"] == "Test profile, draft" and data["new"]["label"] == "test-profile@2"
    by_id = {item["ruleset"]: item for item in data["rulesets"]}
    assert by_id["ai-act"]["status"] == "unchanged"
    assert by_id["training-data-summary"]["status"] == "only_in_b"
    assert by_id["training-data-summary"]["old"] is None
    assert len(by_id["training-data-summary"]["added"]) > 0
    table = run_cli("rules", "diff", "test-profile@1", "test-profile@2").stdout
    assert "training-data-summary: - -> 2025-07-24 (only in B)" in table
    markdown = run_cli("rules", "diff", "test-profile@1", "test-profile@2", "--format", "markdown").stdout
    assert "Only in B: `training-data-summary@2025-07-24`" in markdown


def test_two_profiles_with_a_declaration(run_cli, two_profiles) -> None:
    data = _json(run_cli, "test-profile@1", "test-profile@2", "--declaration", SAMPLE, "--as-of", AS_OF)
    changes = data["declaration"]["changes"]
    added = [c for c in changes if c["old"] is None]
    tds = [c for c in added if c["ruleset"] == "training-data-summary"]
    assert len(tds) == len(find("training-data-summary", "2025-07-24").ruleset.rules)
    assert not [c for c in changes if c["ruleset"] == "ai-act"]


# --- bad input: exit 2, a clear message, no traceback --------------------------------------------------


def _known() -> str:
    return ", ".join(f"{rid}@{v}" for rid, vs in known_versions().items() for v in vs)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["copyright@1999-01-01", "copyright"], "unknown ruleset 'copyright@1999-01-01'; known: "),
        (["copyright", "code-of-practice"], "cannot compare ruleset copyright@"),
        (["code-of-practice", "copyright"], "with ruleset copyright@"),
        (["ai-act", "copyright"], "are different rulesets (ai-act, copyright)"),
        (["nothing@1", "ai-act"], "unknown ruleset or profile 'nothing@1'; known rulesets: "),
        (["code-of-practice@1999", "code-of-practice"], "unknown profile 'code-of-practice@1999'; known: "),
    ],
)
def test_bad_arguments_are_refused(run_cli, args, fragment) -> None:
    first = assert_refused(run_cli("rules", "diff", *args), "compliance-checker", fragment)
    if "known rulesets" in fragment:
        assert _known() in first and shipped_profiles().known_text() in first


def test_a_ruleset_file_of_another_ruleset_is_refused(run_cli, versions) -> None:
    result = run_cli("rules", "diff", versions[0], "ai-act")
    assert_refused(result, "compliance-checker", "diff-test@1 and ai-act@2024-08-01 are different rulesets")


def test_a_missing_or_broken_ruleset_file_is_refused(run_cli, tmp_path) -> None:
    missing = tmp_path / "missing.yaml"
    assert_refused(run_cli("rules", "diff", str(missing), "ai-act"), missing, "no such file")
    broken = tmp_path / "broken.yaml"
    broken.write_text("ruleset: {id: x}\n", encoding="utf-8")
    result = run_cli("rules", "diff", str(broken), "ai-act")
    assert result.exit_code == 2 and "Traceback" not in result.stderr and f"{broken}:1:" in result.stderr


def test_a_missing_declaration_is_refused(run_cli, versions, tmp_path) -> None:
    missing = tmp_path / "nope.yaml"
    assert_refused(
        run_cli("rules", "diff", *versions, "--declaration", str(missing)), missing, "no such file"
    )


def test_usage_errors_exit_2(run_cli) -> None:
    assert run_cli("rules", "diff", "ai-act").exit_code == 2
    assert run_cli("rules", "diff", "ai-act", "ai-act", "--format", "xml").exit_code == 2
    assert run_cli("rules", "diff", "ai-act", "ai-act", "--as-of", "tomorrow").exit_code == 2


# --- the engine's words and contract --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "words"),
    [
        ({"months": 36}, "36 months"),
        ({"years": 1}, "1 year"),
        ({"years": 5}, "5 years"),
        ({"business_days": 5}, "5 business days"),
        ({"weeks": -2}, "-2 weeks"),
        (None, "(none)"),
    ],
)
def test_offset_words(offset, words) -> None:
    assert offset_text(offset) == words


def test_condition_words() -> None:
    """`rules diff` words a condition as the rule reference does, in the ruleset file's own names."""
    cond = AllOf(all=("gpai_provider", AnyOf(any=("systemic_risk", PathCond(path="a.b", present=True)))))
    assert words(cond, NAMES) == "gpai_provider and (systemic_risk or a.b is given)"
    assert (
        words(cond)
        == "the declarant provides a GPAI model and (the model has systemic risk or `a.b` is given)"
    )
    assert words(NotCond(not_=PathCond(path="x", equals=3)), NAMES) == "not (x is 3)"
    assert words(None, NAMES) == "always"


def test_every_rule_field_belongs_to_an_aspect() -> None:
    missing = set(Rule._fields) - set(RULE_ASPECTS)
    assert not missing, f"map these rule fields to an aspect in engine/diff.py RULE_ASPECTS: {missing}"
    assert set(RULE_ASPECTS.values()) <= set(ASPECTS)


def test_a_rule_moved_to_another_ruleset(tmp_path) -> None:
    """Profiles are compared as a whole: a rule that moves between rulesets is one changed rule."""
    import datetime as dt

    from compliance_checker.engine.diff import compare
    from compliance_checker.loading.rulesets import load_ruleset_file
    from compliance_checker.models.diff import Side
    from compliance_checker.report.diff import render_markdown, render_table

    def ruleset(rid: str, rules: str) -> tuple:
        path = tmp_path / f"{rid}.yaml"
        head = f'ruleset: {{id: {rid}, version: "1", date: "2025-01-01", title: {rid}}}\nrules:\n'
        path.write_text(head + rules, encoding="utf-8")
        loaded = load_ruleset_file(path)
        return loaded.ref, loaded.ruleset

    rule = (
        "  - {id: MV-1, title: Moving rule, obligation: Name it., severity: low, since: '2025-08-02',\n"
        "     sources: [{document: AI Act, ref: 'Art 53(1)(a)'}], remediation: Name it.,\n"
        "     evidence: [{check: present, path: model.name, label: name}]}\n"
    )
    other = rule.replace("MV-1", "ST-1").replace("Moving rule", "Staying rule")
    old = [ruleset("left", rule + other)]
    new = [ruleset("left", other), ruleset("right", rule)]
    side = Side(spec="p", kind="profile", label="p@1", title="P", date=dt.date(2025, 1, 1), rulesets=())
    diff = compare(side, side, old, new)
    by_id = {item.ruleset: item for item in diff.rulesets}
    assert by_id["left"].status == "unchanged" and not by_id["left"].removed
    assert by_id["right"].status == "only_in_b" and not by_id["right"].added
    (moved,) = by_id["right"].changed
    assert (moved.id, moved.old_ruleset, moved.aspects) == ("MV-1", "left", ("ruleset",))
    assert moved.changes[0].text == "moved from left to right"
    assert "ruleset:       moved from left to right" in render_table(diff)
    assert "| `MV-1` | ruleset | moved from left to right |" in render_markdown(diff)
