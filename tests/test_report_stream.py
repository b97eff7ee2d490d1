"""Every format is a streaming writer: ``render`` is the writer driven over a whole report, output leaves
as each declaration is checked, and a writer's memory does not grow with the number of declarations.

The memory tests time nothing: they count bytes with ``tracemalloc`` while driving each writer over
many copies of one real declaration (each under its own path) into a sink that only counts characters.
"""

from __future__ import annotations

import csv
import dataclasses
import gc
import io
import json
import pickle
import tracemalloc
from importlib import import_module

import jsonschema
import pytest
import xmlschema

from compliance_checker.models.record import replace
from compliance_checker.models.report import DeclarationReport, Report
from compliance_checker.report import FORMATTERS, formatter, writer
from compliance_checker.report.stream import RunEnd, RunStart, Writer, run_end, run_start
from compliance_checker.report.summary import SummaryBuilder, summarise
from compliance_checker.report.table import simple_table
from compliance_checker.report.terminal import display_width
from tests.conftest import ROOT
from tests.report_fixture import fixture_reports
from tests.report_fixture import report as fixture_report
from tests.test_report_formats import JUNIT_XSD

FORMATS = sorted(FORMATTERS)
BUFFERED = {"markdown"}  # capped at a GitHub comment, written whole at the end (see its docstring)


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return fixture_reports()


@pytest.fixture(scope="module")
def batch(reports: dict[str, Report]) -> Report:
    """The fixture declaration and the invalid one, as checked."""
    return fixture_report(*reports["canonical"].declarations, *reports["invalid"].declarations)


@pytest.fixture(scope="module")
def waived_batch(reports: dict[str, Report]) -> Report:
    """The batch with waivers, run notices and a baseline-fixed finding, which only ``finish`` knows."""
    return reports["batch"]


class Recorder:
    """An ``out`` that keeps each chunk and notes how many had arrived when ``finish`` began."""

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.before_finish: int | None = None

    def __call__(self, text: str) -> None:
        assert isinstance(text, str)
        self.chunks.append(text)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def _drive(fmt: str, report: Report) -> tuple[Recorder, list[str]]:
    """Drive the format's writer by hand; return the recorder and the text written after each step."""
    recorder = Recorder()
    instance: Writer = writer(fmt)(recorder)
    builder = SummaryBuilder()
    steps: list[str] = []
    instance.start(run_start(report))
    steps.append(recorder.text)
    for decl in report.declarations:
        builder.add(decl)
        instance.declaration(decl)
        steps.append(recorder.text)
    recorder.before_finish = len(recorder.chunks)
    instance.finish(run_end(report, builder.build()))
    return recorder, steps


@pytest.mark.parametrize("fmt", FORMATS)
def test_render_is_the_writer_driven_declaration_by_declaration(
    fmt: str, batch: Report, waived_batch: Report
) -> None:
    module = import_module(FORMATTERS[fmt])
    assert issubclass(module.WRITER, Writer) and writer(fmt) is module.WRITER
    for report in (batch, waived_batch):
        recorder, _ = _drive(fmt, report)
        assert recorder.text == module.render(report) == formatter(fmt)(report)


ENCODED = {"text", "csv", "json", "table", "markdown", "csv-matrix", "html"}  # render in a worker process


@pytest.mark.parametrize("fmt", FORMATS)
def test_payloads_made_elsewhere_give_the_same_report(fmt: str, waived_batch: Report) -> None:
    """A batch may ``encode`` each declaration in a worker process and ``accept`` it in the writing one."""
    chunks: list[str] = []
    cls = writer(fmt)
    instance: Writer = cls(chunks.append)
    builder = SummaryBuilder()
    instance.start(run_start(waived_batch))
    for decl in waived_batch.declarations:
        builder.add(decl)
        payload = pickle.loads(pickle.dumps(cls.encode(decl)))
        assert isinstance(payload, DeclarationReport) == (fmt not in ENCODED)
        instance.accept(payload)
    instance.finish(run_end(waived_batch, builder.build()))
    assert "".join(chunks) == formatter(fmt)(waived_batch)


@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - BUFFERED))
def test_each_declaration_is_written_before_the_run_finishes(fmt: str, batch: Report) -> None:
    recorder, steps = _drive(fmt, batch)
    assert recorder.before_finish  # something arrived before finish()
    for number, decl in enumerate(batch.declarations, start=1):
        written = steps[number][len(steps[number - 1]) :]
        assert decl.path in written, f"{fmt}: {decl.path} not written by its declaration() call"


def test_markdown_buffers_within_the_comment_cap(batch: Report) -> None:
    recorder, _ = _drive("markdown", batch)
    assert recorder.before_finish == 0 and len(recorder.chunks) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_run_is_a_well_formed_report(fmt: str, batch: Report) -> None:
    empty = replace(batch, declarations=())
    out = formatter(fmt)(empty)
    assert out == "" if fmt == "text" else out.endswith("\n")  # text prints findings only
    if fmt in ("json", "sarif"):
        json.loads(out)
    if fmt == "junit":
        xmlschema.XMLSchema(str(JUNIT_XSD)).validate(out)


def test_json_is_compact_with_one_declaration_per_line(batch: Report, waived_batch: Report) -> None:
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for report in (batch, waived_batch):
        out = formatter("json")(report)
        data = json.loads(out)
        validator.validate(data)
        lines = out.splitlines()
        assert len(lines) == len(report.declarations) + 2
        assert lines[0].endswith('"declarations":[') and lines[-1].startswith("],")
        paths = [json.loads(line.rstrip(","))["path"] for line in lines[1:-1]]
        assert paths == [d.path for d in report.declarations]
        assert data["summary"]["declarations"] == 2 and data["summary"]["invalid"] == 1
        assert data["exit_code"] == report.exit_code()
    assert "\n  " not in out  # no indentation


def test_html_puts_what_is_known_at_the_end_last_and_links_it(waived_batch: Report) -> None:
    out = formatter("html")(waived_batch)
    toc = out.index('<nav class="toc"')
    first = out.index('<section class="declaration"')
    outcome = out.index('<section id="outcome"')
    assert toc < first < out.rindex('<section class="declaration"') < outcome < out.index('id="summary"')
    assert '<a href="#outcome">' in out[toc:first] and '<a href="#summary">' in out[toc:first]
    end = out[outcome:]
    assert "Exit code</dt><dd>2 (invalid input)" in end
    assert "waiver for FX-COPYRIGHT expired" in end and "Fixed since the baseline (1)" in end
    assert out.count("<script>") == 1 and out.index("<script>") > outcome


def test_csv_matrix_columns_are_the_default_rules_and_others_go_last(batch: Report) -> None:
    decl = batch.declarations[0]
    older = replace(decl, path="older.yaml", results=decl.results[:-2])  # sets the columns
    report = replace(batch, declarations=(older, decl))
    rows = list(csv.DictReader(io.StringIO(formatter("csv-matrix")(report))))
    header = next(csv.reader(io.StringIO(formatter("csv-matrix")(report))))
    assert header[-1] == "other_rules"
    assert header[9:-1] == [r.rule for r in decl.results[:-2]]
    assert rows[0]["other_rules"] == ""
    assert rows[1]["other_rules"] == "; ".join(f"{r.rule}={r.status}" for r in decl.results[-2:])


def test_simple_table_lays_out_as_tabulate_simple_does_when_it_fits() -> None:
    """Plain cells in ample width: tabulate's "simple" layout, except that a header is not padded by two
    (room a narrow terminal needs for the cells)."""
    from tabulate import tabulate

    headers = ["Declaration", "Classification", "evidenced"]
    rows = [["a.yaml", "GPAI", "3"], ["a-much-longer-name.yaml", "", ""]]
    ours = list(simple_table(headers, lambda: iter(rows), 200))
    theirs = tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True).splitlines()

    def cells(lines: list[str]) -> list[list[str]]:
        return [line.split() for line in lines[:1] + lines[2:]]  # the headers and rows, not the dashes

    assert cells(ours) == cells(theirs)
    assert [line.index("Classification") for line in (ours[0], theirs[0])] == [25, 25]
    assert ours[1] == "-----------------------  --------------  ---------"
    empty = list(simple_table(headers, lambda: iter([]), 200))
    assert len(empty) == 2 and empty[0].split() == headers


def test_simple_table_measures_what_the_terminal_shows() -> None:
    """Wide characters count two columns; control characters are escaped and line breaks made one line
    before measuring, so every row stays aligned and on one line."""
    headers = ["Declaration", "Classification", "evidenced"]
    rows = [["wide 漢字.yaml", "GPAI", "1"], [" padded ", "x\ny", "\x1b[1mbold\x1b[0m"], ["b.yaml", "x", "2"]]
    lines = list(simple_table(headers, lambda: iter(rows), 200))
    assert len(lines) == 2 + len(rows)
    assert "\x1b" not in "".join(lines) and "\n" not in "".join(lines)
    second = zip(lines[2:], ("GPAI", "x y", "x"), strict=True)
    starts = {display_width(line[: line.index(cell)]) for line, cell in second}
    assert starts == {display_width("wide 漢字.yaml") + 2}


# --- memory ---------------------------------------------------------------------------------------------

SMALL, LARGE = 50, 200
PER_DECLARATION = 1024  # bytes a writer may keep, or need at the end, per declaration
KEEPS_A_ROW = {"sarif"}  # an artifact per declaration (path and SHA-256), written in finish()
STREAMING = 16  # bytes per declaration that any other writer may keep: measuring noise, not a row


class CountingSink:
    def __init__(self) -> None:
        self.chars = 0

    def __call__(self, text: str) -> None:
        self.chars += len(text)


@dataclasses.dataclass(frozen=True)
class Footprint:
    streaming_peak: int  # while start() and declaration() run
    retained: int  # held by the writer after the last declaration
    finish_peak: int  # while finish() runs


def _sample(report: Report) -> DeclarationReport:
    """One real declaration, cut to a few results of every kind so that the test runs quickly."""
    decl = report.declarations[0]
    picked = {r.status: r for r in decl.results}
    return replace(decl, results=tuple(picked.values()) + decl.results[:6])


def _copies(decl: DeclarationReport, count: int) -> list[DeclarationReport]:
    return [replace(decl, path=f"declarations/{number:06d}.yaml") for number in range(count)]


def _with_total(start: RunStart, total: int) -> RunStart:
    return RunStart(**{**{name: getattr(start, name) for name in RunStart._fields}, "total": total})


def _drive_untraced(fmt: str, decl: DeclarationReport, start: RunStart) -> None:
    """A whole run of the writer before anything is measured, so that what happens once per process
    (a module imported on first use, a cache filled, a pattern compiled) is not counted as growth: run
    on its own, the first measurement would otherwise carry it."""
    decls = _copies(decl, 3)
    instance: Writer = writer(fmt)(CountingSink())
    instance.start(_with_total(start, len(decls)))
    for each in decls:
        instance.declaration(each)
    builder = SummaryBuilder()
    for each in decls:
        builder.add(each)
    instance.finish(RunEnd(summary=builder.build(), notices=(), fixed=(), exit_code=1))


def _footprint(fmt: str, decl: DeclarationReport, start: RunStart, count: int) -> Footprint:
    decls = _copies(decl, count)
    builder = SummaryBuilder()  # the driver's, not the writer's: built before measuring
    for each in decls:
        builder.add(each)
    end = RunEnd(summary=builder.build(), notices=(), fixed=(), exit_code=1)
    sink = CountingSink()
    instance: Writer = writer(fmt)(sink)
    _drive_untraced(fmt, decl, start)
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        instance.start(_with_total(start, count))
        for each in decls:
            instance.declaration(each)
        peak = tracemalloc.get_traced_memory()[1]
        # Cyclic garbage (ElementTree.indent leaves a cycle per call) is not kept by the writer; how much
        # of it is still uncollected depends on when the collector last ran, so collect it before asking
        # what the writer keeps.
        gc.collect()
        current = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        instance.finish(end)
        finish_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sink.chars > 0
    return Footprint(peak - base, current - base, finish_peak - base)


@pytest.mark.parametrize("fmt", FORMATS)
def test_writer_memory_does_not_grow_with_the_number_of_declarations(fmt: str, batch: Report) -> None:
    decl = _sample(batch)
    start = run_start(replace(batch, declarations=(decl,)))
    small = _footprint(fmt, decl, start, SMALL)
    large = _footprint(fmt, decl, start, LARGE)
    extra = LARGE - SMALL
    # A streaming writer keeps nothing per declaration; SARIF keeps a small artifact row ...
    kept = (large.retained - small.retained) / extra
    assert kept < (PER_DECLARATION if fmt in KEEPS_A_ROW else STREAMING), (small, large)
    # ... its working memory while streaming does not grow with the run either (the peak also holds what
    # the interpreter caches for reuse, such as CPython's free lists of tuples, which are bounded) ...
    working = (large.streaming_peak - large.retained) - (small.streaming_peak - small.retained)
    assert working / extra < PER_DECLARATION, (small, large)
    # ... and what the end needs stays small (the auditor summary is written a few rows at a time).
    assert (large.finish_peak - small.finish_peak) / extra < PER_DECLARATION, (small, large)


def test_the_auditor_summary_keeps_a_small_row_per_declaration(batch: Report) -> None:
    decl = _sample(batch)
    sizes = []
    for count in (SMALL, LARGE):
        decls = [replace(decl, path=f"declarations/{n:06d}.yaml") for n in range(count)]
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            builder = SummaryBuilder()
            for each in decls:
                builder.add(each)
            sizes.append(tracemalloc.get_traced_memory()[0] - base)
        finally:
            tracemalloc.stop()
        assert builder.build() == summarise(replace(batch, declarations=tuple(decls)))
    assert (sizes[1] - sizes[0]) / (LARGE - SMALL) < PER_DECLARATION, sizes


def test_the_summary_keeps_no_rows_when_no_format_needs_them(batch: Report) -> None:
    from compliance_checker.report.summary import SummaryBuilder

    report = batch
    with_rows, totals_only = SummaryBuilder(), SummaryBuilder(keep_rows=False)
    for decl in report.declarations:
        with_rows.add(decl)
        totals_only.add(decl)
    full, lean = with_rows.build(), totals_only.build()
    assert lean.declarations == () and len(full.declarations) == len(report.declarations)
    assert (lean.evaluated, lean.invalid, lean.totals) == (full.evaluated, full.invalid, full.totals)
    assert lean.rules == full.rules
