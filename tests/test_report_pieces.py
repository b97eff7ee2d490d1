"""Formats written a result or an evidence item at a time (issue 14, item 5) say exactly what they said
when written whole: a declaration with hundreds of incidents, each format against a whole rendering."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest

import compliance_checker
from compliance_checker.models.record import replace
from compliance_checker.models.report import DeclarationReport, Report
from compliance_checker.report import csv_report, formatter, junit
from tests.conftest import SAMPLES

FRONTIER = SAMPLES / "frontier-systemic-risk.yaml"
AS_OF = dt.date(2026, 11, 29)


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> DeclarationReport:
    """The frontier sample with 300 incidents (each with its own failed evidence items), and one
    evidence message holding characters XML and JSON escape."""
    folder = tmp_path_factory.mktemp("many")
    lines = FRONTIER.read_text(encoding="utf-8").split("\n")
    start = next(n for n, line in enumerate(lines) if line.strip() == "log:")
    entries = [f'      - {{id: "I{n} <&>", category: serious_harm, aware: "2026-02-09"}}' for n in range(300)]
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith("      ")):
        end += 1
    path = folder / "d.yaml"
    path.write_text("\n".join(lines[: start + 1] + entries + lines[end:]), encoding="utf-8")
    decl = compliance_checker.check_file(path, as_of=AS_OF)
    assert not decl.errors
    assert max(len(r.evidence) for r in decl.results) >= 300
    return decl


def _report(decl: DeclarationReport) -> Report:
    return Report(as_of=AS_OF, tool_version="0", declarations=(decl,), fail_on="info")


def test_json_pieces_are_the_whole_document(many: DeclarationReport) -> None:
    from compliance_checker.report.serialize import declaration_dict

    text = formatter("json")(_report(many))
    assert json.loads(text)["declarations"][0] == json.loads(json.dumps(declaration_dict(many)))


def test_sarif_related_locations_are_all_there(many: DeclarationReport) -> None:
    data = json.loads(formatter("sarif")(_report(many)))
    results = {r["ruleId"]: r for r in data["runs"][0]["results"]}
    for result in many.results:
        failed = [i for i in result.evidence if i.status == "failed"]
        if result.rule in results and failed and results[result.rule]["kind"] == "fail":
            related = results[result.rule]["relatedLocations"]
            assert [r["id"] for r in related] == list(range(1, len(failed) + 1))
            assert related[-1]["message"]["text"].startswith(failed[-1].label)


def test_junit_failure_bodies_written_a_line_at_a_time(many: DeclarationReport) -> None:
    root = ET.fromstring(formatter("junit")(_report(many)))
    long = [r for r in many.results if len(r.evidence) > junit._LONG and r.status in ("missing", "partial")]
    assert long
    for result in long:
        (case,) = [c for c in root.iter("testcase") if c.get("name", "").startswith(result.rule + ":")]
        failure = case.find("failure")
        assert failure is not None
        assert failure.text == junit._failure_body(many, result)


def test_csv_chunks_are_the_whole_table(many: DeclarationReport) -> None:
    rows = [csv_report.result_row(many, r) for r in many.results]
    assert "".join(csv_report.CsvWriter.encode(many)) == csv_report.write(rows)


def test_html_lists_every_evidence_item_of_the_results_it_details(many: DeclarationReport) -> None:
    """Findings (and waived, manual-review and not-yet-due results) with every evidence item; evidenced
    and not-applicable rules by id only (the JSON report has their evidence)."""
    text = formatter("html")(_report(many))
    detailed = [r for r in many.results if r.status not in ("evidenced", "not_applicable")]
    assert detailed and len(detailed) < len(many.results)
    assert text.count('<li class="ev-') == sum(len(r.evidence) for r in detailed)


def test_an_evidence_message_with_markup_is_escaped_in_long_failures(many: DeclarationReport) -> None:
    result = next(
        r for r in many.results if len(r.evidence) > junit._LONG and r.status in ("missing", "partial")
    )
    item = replace(result.evidence[0], message="a < b & c > d \x1b")
    odd = replace(result, evidence=(item, *result.evidence[1:]))
    decl = replace(many, results=(odd,))
    root = ET.fromstring(formatter("junit")(_report(decl)))
    failure = next(root.iter("failure"))
    assert "a < b & c > d \ufffd" in (failure.text or "")  # XML cannot hold ESC: the replacement char


@pytest.mark.parametrize("status", ["evidenced", "not_yet_due", "waived", "manual_review", "not_applicable"])
def test_a_long_result_that_is_not_a_failure(many: DeclarationReport, status: str) -> None:
    result = next(r for r in many.results if len(r.evidence) > junit._LONG)
    decl = replace(many, results=(replace(result, status=status),))
    for name in ("junit", "json", "sarif", "html", "text", "csv", "markdown"):
        formatter(name)(_report(decl))  # no exception
    ET.fromstring(formatter("junit")(_report(decl)))
