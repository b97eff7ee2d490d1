"""`render`: the documents the law asks for, from a declaration and the rules that judge it."""

from __future__ import annotations

import datetime as dt
import html.parser
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from compliance_checker.documents.layouts import LAYOUTS
from tests.conftest import AS_OF, SAMPLES, CliResult

FRONTIER = SAMPLES / "frontier-systemic-risk.yaml"
Run = Callable[..., CliResult]


def _render(run_cli: Run, *args: str, path: Path = FRONTIER) -> CliResult:
    return run_cli("render", str(path), "--as-of", AS_OF, *args)


def _form(run_cli: Run, recipient: str) -> str:
    result = _render(run_cli, "--document", "model-documentation", "--for", recipient)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _without_summary(tmp_path: Path) -> Path:
    """The frontier sample without its training-content summary (its evidence files beside it)."""
    data = yaml.safe_load(FRONTIER.read_text(encoding="utf-8"))
    del data["training_data_summary"]
    (tmp_path / "evidence").symlink_to(SAMPLES / "evidence")
    path = tmp_path / "no-summary.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


# --- the Model Documentation Form per recipient -------------------------------------------------------


def test_form_for_downstream_has_item_24_and_neither_exact_size_nor_exact_compute(run_cli: Run) -> None:
    form = _form(run_cli, "downstream")
    assert "### Form item 24: required hardware" in form
    assert "Form item 13" not in form and "Form item 40" not in form
    assert "420000000000" not in form  # model.parameters, exact
    assert "3.6 x 10^25" not in form  # model.training_compute.flop, to two significant figures
    assert "### Form item 14: total model size, range" in form
    assert "100B-500B" in form


def test_form_for_the_ai_office_has_the_exact_size_and_compute(run_cli: Run) -> None:
    form = _form(run_cli, "ai-office")
    assert "### Form item 13: total model size, precise" in form
    assert "**total number of parameters**: 420000000000" in form
    assert "### Form item 40: training compute, precise" in form
    assert "**training compute (FLOP)**: 3.6 x 10^25" in form
    assert "Form item 24" not in form and "Form item 14" not in form


def test_form_for_authorities_has_ranges_and_the_order_of_magnitude(run_cli: Run) -> None:
    form = _form(run_cli, "authorities")
    assert "Form item 14: total model size, range" in form
    assert "Form item 39: training compute, order of magnitude" in form
    assert "Form item 13" not in form and "Form item 40" not in form and "Form item 24" not in form


def test_form_items_are_exactly_the_rules_owed_to_the_recipient(run_cli: Run) -> None:
    """The Form's items come from the rules' recipients, not from a list of the document's own."""
    from compliance_checker.loading.rulesets import find

    transparency = find("transparency", "2025-07-10")
    assert transparency is not None
    for option, recipient in LAYOUTS["model-documentation"].recipients.items():
        form = _form(run_cli, option)
        owed = {
            rule.title
            for rule in transparency.ruleset.rules
            if rule.id.startswith("TR-FORM-") and recipient in rule.recipients
        }
        shown = {line.removeprefix("### ") for line in form.splitlines() if line.startswith("### Form item")}
        assert shown == owed, option


def test_form_has_the_sections_date_and_version(run_cli: Run) -> None:
    form = _form(run_cli, "downstream")
    headings = [line for line in form.splitlines() if line.startswith("## ")]
    assert headings[:2] == ["## 1. General information", "## 2. Model properties"]
    assert f"- **Document date**: {AS_OF}" in form
    assert "- **Documentation version**: 1.2" in form
    assert "- **Last updated**: 2025-10-15" in form


# --- refusal and drafts -------------------------------------------------------------------------------


def test_a_declaration_without_a_training_summary_is_refused_with_its_gaps(
    run_cli: Run, tmp_path: Path
) -> None:
    path = _without_summary(tmp_path)
    result = _render(run_cli, "--document", "training-data-summary", path=path)
    assert result.exit_code == 1
    assert result.stdout == ""
    gaps = [line for line in result.stderr.splitlines() if ": gap: " in line]
    assert len(gaps) > 10
    assert any(
        "version of the summary: training_data_summary.version is not given (TDS-HEADER)" in gap
        for gap in gaps
    )
    assert all(line.startswith(f"{path}:") for line in gaps)
    assert "refused" in result.stderr and "--draft" in result.stderr


def test_draft_renders_the_same_gaps_marked(run_cli: Run, tmp_path: Path) -> None:
    path = _without_summary(tmp_path)
    refused = _render(run_cli, "--document", "training-data-summary", path=path)
    draft = _render(run_cli, "--document", "training-data-summary", "--draft", path=path)
    assert draft.exit_code == 0, draft.stderr
    marked = [line for line in draft.stdout.splitlines() if "**GAP**" in line]
    listed = [line for line in refused.stderr.splitlines() if ": gap: " in line]
    assert len(marked) == len(listed)
    assert f"DRAFT: not ready to send. {len(listed)} gaps marked GAP." in draft.stdout
    assert "## 2. List of data sources" in draft.stdout
    assert "- **Version of the summary**: *not given*" in draft.stdout


def test_the_gaps_are_the_failing_evidence_items_of_the_documents_rules(tmp_path: Path) -> None:
    """The same rule data decides: every gap is a failing item of a rule the layout places, and every
    failing item of those rules (in the paths the layout takes) is a gap."""
    from compliance_checker.api import check_file
    from compliance_checker.documents.build import build
    from tests.test_render_model import inputs_for

    path = _without_summary(tmp_path)
    document = build(LAYOUTS["training-data-summary"], inputs_for(path), draft=True)
    report = check_file(path, as_of=dt.date.fromisoformat(AS_OF))
    rules = set(LAYOUTS["training-data-summary"].rules())
    failing = {
        (result.rule, item.path, item.label)
        for result in report.results
        if result.rule in rules
        for item in result.evidence
        if item.is_gap
    }
    assert {(gap.rule, gap.path, gap.label) for gap in document.gaps} == failing


def test_a_complete_document_has_no_draft_banner(run_cli: Run) -> None:
    result = _render(run_cli, "--document", "training-data-summary")
    assert result.exit_code == 0, result.stderr
    assert "DRAFT" not in result.stdout and "GAP" not in result.stdout
    assert "- **Version of the summary**: 1.0" in result.stdout
    for heading in ("## 1. General information", "## 2. List of data sources", "## 3. Data processing"):
        assert heading in result.stdout
    assert "\\>10T tokens" in result.stdout  # the template's size bin


def test_a_document_that_does_not_apply_is_refused_with_the_reason(run_cli: Run) -> None:
    result = _render(run_cli, "--document", "framework-summary", path=SAMPLES / "below-threshold.yaml")
    assert result.exit_code == 1
    assert "framework-summary does not apply to this model" in result.stderr
    assert result.stdout == ""


# --- every document, every format ---------------------------------------------------------------------

DOCUMENTS = [
    ("model-documentation", ("--for", "downstream")),
    ("training-data-summary", ()),
    ("copyright-policy-summary", ()),
    ("notification", ()),
    ("framework-summary", ()),
    ("model-report-summary", ()),
    ("incident-report", ("--incident", "HAL-2026-001", "--stage", "initial")),
]


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.seen: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.seen.append(tag)
        if tag not in {"meta", "br"}:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, (self.open, tag)
        self.open.pop()


@pytest.mark.parametrize(("name", "extra"), DOCUMENTS)
def test_every_document_renders_from_the_frontier_sample(
    run_cli: Run, name: str, extra: tuple[str, ...]
) -> None:
    markdown = _render(run_cli, "--document", name, *extra)
    assert markdown.exit_code == 0, markdown.stderr
    assert markdown.stdout.startswith(f"# {LAYOUTS[name].title}")
    assert "Halcyon Frontier Labs SAS: Halcyon-4 4.0" in markdown.stdout
    assert "A self-assessment aid, not legal advice." in markdown.stdout
    page = _render(run_cli, "--document", name, "--format", "html", *extra)
    assert page.exit_code == 0, page.stderr
    tags = _Tags()
    tags.feed(page.stdout)
    assert tags.open == [] and "h2" in tags.seen


def test_html_escapes_the_declarations_text(run_cli: Run, tmp_path: Path) -> None:
    data = yaml.safe_load(FRONTIER.read_text(encoding="utf-8"))
    data["transparency"]["model_documentation"]["use"]["required_hardware"] = "<script>x()</script> & GPUs"
    (tmp_path / "evidence").symlink_to(SAMPLES / "evidence")
    path = tmp_path / "d.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    page = _render(
        run_cli, "--document", "model-documentation", "--for", "downstream", "--format", "html", path=path
    )
    assert page.exit_code == 0, page.stderr
    assert "<script>" not in page.stdout
    assert "&lt;script&gt;x()&lt;/script&gt; &amp; GPUs" in page.stdout


def test_the_notification_gives_the_compute_to_two_significant_figures_and_its_dates(run_cli: Run) -> None:
    result = _render(run_cli, "--document", "notification")
    assert result.exit_code == 0, result.stderr
    assert "- **Cumulative training compute (FLOP)**: 3.2 x 10^25" in result.stdout
    assert "- **Notified on**: 2025-08-04" in result.stdout
    assert (
        "- **Date the threshold was met, or it became known that it would be**: 2025-04-14" in result.stdout
    )
    assert "**How the compute was estimated**: Hardware-based forecast" in result.stdout


def test_the_incident_report_gives_the_deadline_that_applies(run_cli: Run) -> None:
    initial = _render(
        run_cli, "--document", "incident-report", "--incident", "HAL-2026-002", "--stage", "initial"
    )
    assert initial.exit_code == 0, initial.stderr
    assert initial.stdout.startswith("# Serious incident report: HAL-2026-002, initial report")
    assert "- **Time limit**: serious cybersecurity breach: initial report within 5 days" in initial.stdout
    assert "aware + 5 days = 2026-06-13" in initial.stdout
    assert "HAL-2026-001" not in initial.stdout and "HAL-2026-003" not in initial.stdout
    final = _render(
        run_cli, "--document", "incident-report", "--incident", "HAL-2026-001", "--stage", "final"
    )
    assert "**point 9: related post-market monitoring patterns**: yes" in final.stdout
    assert "resolved + 60 days = 2026-06-01" in final.stdout


def test_a_final_report_of_an_open_incident_is_a_located_gap(run_cli: Run) -> None:
    result = _render(
        run_cli, "--document", "incident-report", "--incident", "HAL-2026-003", "--stage", "final"
    )
    assert result.exit_code == 1
    line = FRONTIER.read_text(encoding="utf-8").splitlines().index("      - id: HAL-2026-003") + 1
    assert f"{FRONTIER}:{line + 1}:" in result.stderr or f"{FRONTIER}:{line}:" in result.stderr
    assert "no final report is due for this incident yet (SS-9-3-FINAL)" in result.stderr


# --- output files and bad input -----------------------------------------------------------------------


def test_output_file_is_written_whole(run_cli: Run, tmp_path: Path) -> None:
    target = tmp_path / "form.html"
    result = _render(
        run_cli,
        "--document",
        "model-documentation",
        "--for",
        "ai-office",
        "--format",
        "html",
        "-o",
        str(target),
    )
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["form.html"]


def test_a_refused_document_writes_no_file_and_keeps_the_old_one(run_cli: Run, tmp_path: Path) -> None:
    path = _without_summary(tmp_path)
    target = tmp_path / "summary.md"
    target.write_text("old", encoding="utf-8")
    result = _render(run_cli, "--document", "training-data-summary", "-o", str(target), path=path)
    assert result.exit_code == 1
    assert target.read_text(encoding="utf-8") == "old"


def test_the_declaration_is_never_the_output(run_cli: Run, tmp_path: Path) -> None:
    path = _without_summary(tmp_path)
    before = path.read_bytes()
    result = _render(run_cli, "--document", "training-data-summary", "--draft", "-o", str(path), path=path)
    assert result.exit_code == 2
    assert "is an input file" in result.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--document", "model-documentation"), "--document model-documentation needs --for"),
        (
            ("--document", "notification", "--for", "downstream"),
            "--for applies to --document model-documentation",
        ),
        (("--document", "incident-report", "--incident", "HAL-2026-001"), "needs --incident ID and --stage"),
        (("--document", "notification", "--stage", "final"), "apply to --document incident-report only"),
        (("--document", "notification", "--format", "docx"), "--format docx writes a file"),
        (("--document", "nonsense"), "Invalid value for '--document'"),
    ],
)
def test_usage_errors_exit_2(run_cli: Run, args: tuple[str, ...], message: str) -> None:
    result = _render(run_cli, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_an_unknown_incident_is_a_located_usage_error(run_cli: Run) -> None:
    result = _render(run_cli, "--document", "incident-report", "--incident", "NOPE", "--stage", "initial")
    assert result.exit_code == 2
    assert "--incident NOPE: no incident with this id" in result.stderr
    assert "HAL-2026-001, HAL-2026-002, HAL-2026-003" in result.stderr


def test_a_missing_declaration_is_an_input_error(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "absent.yaml"
    result = _render(run_cli, "--document", "notification", path=path)
    assert result.exit_code == 2
    assert f"{path}: error: no such file" in result.stderr


def test_a_gap_not_yet_due_is_still_a_gap_with_its_date(run_cli: Run) -> None:
    """A model placed before 2 August 2025 owes the domain list only from 2 August 2027 (Art 111(3)); the
    summary still lacks it, so the draft marks it and says when it is due."""
    legacy = SAMPLES / "legacy-model.yaml"
    refused = _render(run_cli, "--document", "training-data-summary", path=legacy)
    assert refused.exit_code == 1
    assert "(TDS-2-3-DOMAINS)" in refused.stderr
    draft = _render(run_cli, "--document", "training-data-summary", "--draft", path=legacy)
    assert "*(not due until 2027-08-02)*" in draft.stdout


def test_an_invalid_declaration_is_a_located_error(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("declaration_version: 1\nmodel: [unclosed\n", encoding="utf-8")
    result = _render(run_cli, "--document", "notification", path=path)
    assert result.exit_code == 2
    assert f"{path}:" in result.stderr
    assert "Traceback" not in result.stderr


# --- DOCX ---------------------------------------------------------------------------------------------


def test_docx_is_a_word_file_with_the_same_content(run_cli: Run, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    target = tmp_path / "form.docx"
    result = _render(
        run_cli,
        "--document",
        "model-documentation",
        "--for",
        "downstream",
        "--format",
        "docx",
        "-o",
        str(target),
    )
    assert result.exit_code == 0, result.stderr
    document = docx.Document(str(target))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert texts[0] == "Model Documentation Form"
    assert "Form item 24: required hardware" in texts
    assert not any("Form item 13" in text or "420000000000" in text for text in texts)
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert headings[0] == "1. General information"


def test_docx_without_python_docx_is_a_clear_usage_error(
    run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx raises ImportError
    target = tmp_path / "form.docx"
    result = _render(run_cli, "--document", "notification", "--format", "docx", "-o", str(target))
    assert result.exit_code == 2
    assert "pip install 'compliance-checker[docx]'" in result.stderr
    assert not target.exists()
