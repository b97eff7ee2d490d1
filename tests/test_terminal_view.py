"""The default table format as a linter's terminal view (issue 13): findings first with their locations,
a one-line summary, every line within the width, colour only when asked, quiet and verbose."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from compliance_checker.api import check
from compliance_checker.models.record import replace
from compliance_checker.models.render import RenderOptions
from compliance_checker.models.report import Report
from compliance_checker.report import writer
from compliance_checker.report.stream import render
from compliance_checker.report.table import MIN_COLUMN, finding_message, fit_columns
from compliance_checker.report.terminal import clip, clip_start, display_width, wrap
from tests.conftest import AS_OF, ROOT
from tests.report_fixture import fixture_reports, in_repository

ANSI = re.compile(r"\x1b\[[0-9;]*m")
FRONTIER = "sample_declarations/frontier-systemic-risk.yaml"  # as a user in the repository names them
THIRD = "sample_declarations/third-country-gaps.yaml"


@pytest.fixture(scope="module")
def samples() -> dict[str, Report]:
    day = dt.date.fromisoformat(AS_OF)
    with in_repository():
        return {path.split("/")[1][:-5]: check([path], as_of=day) for path in (FRONTIER, THIRD)}


def table(report: Report, **options: object) -> str:
    return render(writer("table"), report, RenderOptions(**options))  # type: ignore[arg-type]


@pytest.mark.parametrize("width", [40, 60, 100, 160])
def test_no_line_is_wider_than_the_width(samples: dict[str, Report], width: int) -> None:
    for name, report in samples.items():
        for verbosity in ("quiet", "normal", "verbose"):
            for line in table(report, width=width, verbosity=verbosity).splitlines():
                assert display_width(line) <= width, (name, verbosity, line)


def test_a_clean_declaration_prints_a_few_lines(samples: dict[str, Report]) -> None:
    lines = table(samples["frontier-systemic-risk"], width=100).splitlines()
    assert len(lines) <= 30
    assert lines[-1].startswith(f"no findings as of {AS_OF}: ")
    assert "Halcyon" in lines[0]


def test_findings_come_first_with_location_rule_severity_and_status(samples: dict[str, Report]) -> None:
    report = samples["third-country-gaps"]
    decl = report.declarations[0]
    gaps = [r for r in decl.results if r.status in ("missing", "partial")]
    lines = table(report, width=100).splitlines()
    heads = [line for line in lines if re.match(re.escape(decl.path) + r":\d+:\d+ ", line)]
    assert len(heads) == len(gaps)
    for result in gaps:
        head = f"{decl.path}:{result.line}:{result.column} {result.severity} {result.status} {result.rule}"
        assert head in heads, head
    order = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
    severities = [order[line.split(" ")[1]] for line in heads]
    assert severities == sorted(severities)  # the most serious first
    assert lines[-1].startswith(f"{len(gaps)} finding(s) as of {AS_OF}: ")
    assert not any(line.startswith("AIA-52-1") for line in lines)  # evidenced rules only with --verbose


def test_a_wide_terminal_puts_each_finding_on_one_line(samples: dict[str, Report]) -> None:
    report = samples["third-country-gaps"]
    narrow = table(report, width=100).splitlines()
    wide = table(report, width=400).splitlines()
    findings = [line for line in wide if re.match(re.escape(THIRD) + r":\d+:\d+ ", line)]
    assert len(wide) == len(findings) + 2  # the heading, a line per finding, the summary
    assert len(narrow) > len(wide)


@pytest.mark.parametrize("width", [40, 100, 160])
def test_every_message_is_shown_whole(samples: dict[str, Report], width: int) -> None:
    """A finding's message is wrapped, never cut: what it says is what the user acts on."""
    report = samples["third-country-gaps"]
    decl = report.declarations[0]
    text = "".join(table(report, width=width).split())  # a narrow terminal breaks a long path
    assert "…" not in text
    for result in decl.results:
        if result.status in ("missing", "partial"):
            assert "".join(finding_message(result).split()) in text, result.rule


def test_the_auditor_summary_keeps_every_column_at_100(samples: dict[str, Report]) -> None:
    both = replace(
        samples["frontier-systemic-risk"],
        declarations=samples["frontier-systemic-risk"].declarations
        + samples["third-country-gaps"].declarations,
    )
    lines = table(both, width=100).splitlines()
    start = lines.index(next(line for line in lines if line.startswith("Auditor summary: ")))
    header, rule, *rows = lines[start + 1 : start + 5]
    assert header.split() == ["Missing", "Partial", "Other", "Declaration", "Model", "Provider"]
    assert set(rule) <= {"-", " "}
    assert rows[1].split()[:3] == ["12", "6", "0"] and "third-country-gaps.yaml" in rows[1]
    assert "Ridgeline-2 2.0" in rows[1] and "Cobalt Ridge" in rows[1]
    assert all(display_width(line) <= 100 for line in lines)


def test_fitted_columns() -> None:
    assert fit_columns([7, 50, 30], 100) == [7, 50, 30]
    assert fit_columns([7, 50, 30], 60, fixed=frozenset({0})) in ([7, 25, 24], [7, 24, 25])
    assert fit_columns([30, 50, 30], 60, fixed=frozenset({0})) == [30, MIN_COLUMN + 5, MIN_COLUMN + 5]
    assert fit_columns([7, 50, 30], 10) == [7, MIN_COLUMN, MIN_COLUMN]  # too narrow: kept legible
    assert clip_start("sample_declarations/third-country-gaps.yaml", 12) == "…y-gaps.yaml"


def test_colour_only_when_asked(samples: dict[str, Report]) -> None:
    report = samples["third-country-gaps"]
    plain = table(report, width=100)
    coloured = table(report, width=100, color=True)
    assert "\x1b" not in plain
    assert "\x1b[31m" in coloured  # an error-level finding in red
    assert ANSI.sub("", coloured) == plain
    for line in coloured.splitlines():
        assert display_width(ANSI.sub("", line)) <= 100


def test_quiet_is_the_summary_only(samples: dict[str, Report]) -> None:
    quiet = table(samples["third-country-gaps"], width=100, verbosity="quiet").splitlines()
    normal = table(samples["third-country-gaps"], width=100).splitlines()
    assert len(quiet) <= 3
    assert "finding(s)" in " ".join(quiet)
    assert not any(re.search(r":\d+:\d+ ", line) for line in quiet)
    assert normal[-1] in " ".join(" ".join(quiet).split())


def test_verbose_shows_every_rule(samples: dict[str, Report]) -> None:
    report = samples["frontier-systemic-risk"]
    lines = table(report, width=100, verbosity="verbose").splitlines()
    rules = [r.rule for r in report.declarations[0].results]
    listed = [line.split()[0] for line in lines[lines.index("Every rule:") + 1 :] if line.startswith("  ")]
    assert [rule for rule in listed if rule in rules] == rules
    assert any(line.startswith("Classification: ") for line in lines)


def test_values_control_characters_never_reach_the_terminal() -> None:
    report = fixture_reports()["canonical"]
    decl = report.declarations[0]
    bad = replace(decl, model="Evil\x1b]0;title\x07 1.0", provider="Bell\x07Corp")
    text = table(replace(report, declarations=(bad,)), width=100, color=True)
    assert "\x07" not in text and "\x1b]" not in text
    assert "\\x1b" in text or "\\x07" in text


def test_batch_summary_names_providers_and_fits(samples: dict[str, Report]) -> None:
    both = replace(
        samples["frontier-systemic-risk"],
        declarations=samples["frontier-systemic-risk"].declarations
        + samples["third-country-gaps"].declarations,
    )
    text = table(both, width=100)
    assert "Cobalt Ridge AI, Inc. (US)" in text.replace("\n  ", " ")  # in its heading
    assert re.search(r"^1[0-9] +[0-9] +0 +\S*third-country-gaps\.yaml +Ridgeline-2 2.0", text, re.M)
    assert all(display_width(line) <= 100 for line in text.splitlines())
    assert f"is missed by: {THIRD}" in text.replace("\n  ", " ")
    quiet = table(both, width=100, verbosity="quiet").splitlines()
    assert quiet[-1].startswith("Auditor summary: 2 declaration(s)")


def test_clip_and_wrap() -> None:
    assert clip("short", 10) == "short"
    assert clip("one two three four", 12) == "one two…"
    assert display_width(clip("漢字" * 10, 9)) <= 9
    assert wrap("a" * 50, 20) == ["a" * 20, "a" * 20, "a" * 10]
    assert all(display_width(line) <= 20 for line in wrap("漢字 " * 20, 20, "  "))


DOCS = ROOT / "docs" / "report-formats.md"
DOC_BLOCK = re.compile(r"<!-- terminal-view: (\S+)[^>]*-->\n```\n(.*?)```", re.S)


def test_the_documented_terminal_view_is_what_the_checker_prints(samples: dict[str, Report]) -> None:
    """docs/report-formats.md shows the samples' output at COLUMNS=100; "..." stands for lines left out
    between the first ones and the last."""
    blocks = DOC_BLOCK.findall(DOCS.read_text(encoding="utf-8"))
    assert {path for path, _ in blocks} == {FRONTIER, THIRD}
    for path, block in blocks:
        shown = block.splitlines()
        actual = table(samples[path.split("/")[1][:-5]], width=100).splitlines()
        if "..." in shown:
            cut = shown.index("...")
            assert shown[:cut] == actual[:cut], path
            assert shown[cut + 1 :] == actual[len(actual) - len(shown) + cut + 1 :], path
        else:
            assert shown == actual, path
