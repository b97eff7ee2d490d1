"""Streaming report writers: a batch is written one declaration at a time and never held whole.

Every format is a ``Writer``: ``start`` once with what is known before any declaration is checked,
``declaration`` once per declaration in input order, ``finish`` once with what is only known at the end
(the auditor summary, run notices, baseline-fixed findings, the exit code). A writer sends text to its
``out`` callable as soon as it can; it may keep small per-declaration rows (a summary line, a matrix
row), never whole declaration reports.

``render(writer_class, report)`` drives a writer over an in-memory ``Report`` and returns the text, for the
Python API and the tests; the CLI drives the same writers while the declarations are being checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import ClassVar

from compliance_checker.errors import UNSAFE_BUT_LINES, Diagnostic, visible
from compliance_checker.models.record import Record
from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import DeclarationReport, FailPolicy, FixedFinding, Report, RulesetRef
from compliance_checker.report.summary import AuditorSummary, SummaryBuilder

Out = Callable[[str], None]


# A string no report can hold (a NUL is refused in every input): where a long list goes in a JSON text.
LIST_MARK = "\x00list\x00"
LIST_MARK_JSON = '"\\u0000list\\u0000"'


def splice_list(text: str, items: Iterable[str]) -> Iterator[str]:
    """The pieces of ``text`` (JSON holding ``LIST_MARK`` once) with the mark replaced by the JSON list of
    ``items``, each already JSON: a list of a hundred thousand objects is never one string or one tree."""
    head, tail = text.split(LIST_MARK_JSON, 1)
    yield head + "["
    for number, item in enumerate(items):
        yield "," + item if number else item
    yield "]" + tail


def text_escape(text: str) -> str:
    """Control characters in what a format writes (a model name with ESC or BEL...) as visible escapes."""
    return visible(text, lines=True)


def json_escape(text: str) -> str:
    """The same for JSON text, where they occur only inside strings: as JSON's own ``\\u`` escapes, which
    read back as the original characters (json.dumps leaves C1 controls, bidirectional controls and lone
    surrogates raw)."""
    if not UNSAFE_BUT_LINES.search(text):
        return text
    return UNSAFE_BUT_LINES.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class RunStart(Record):
    as_of: dt.date
    tool_version: str
    policy: FailPolicy
    total: int  # how many declarations will follow
    rulesets: tuple[RulesetRef, ...] = ()  # the run's default selection; a declaration may pin others
    rule_ids: tuple[str, ...] = ()  # the rules of that selection, in ruleset order


class RunEnd(Record):
    summary: AuditorSummary
    notices: tuple[Diagnostic, ...]
    fixed: tuple[FixedFinding, ...]
    exit_code: int


class Writer:
    """Base class of the format writers; subclasses override the three steps they need."""

    # True when ``finish`` uses the auditor summary's row per declaration (``RunEnd.summary
    # .declarations``); otherwise the run keeps only totals, whatever the number of declarations.
    needs_rows: ClassVar[bool] = False

    # How the text a writer sends is made safe for a terminal, an XML parser or a spreadsheet: no control
    # character of a value reaches them raw (``text_escape``; JSON formats use ``json_escape``).
    @staticmethod
    def escape(text: str) -> str:
        return text_escape(text)

    def __init__(self, out: Out, options: RenderOptions = DEFAULT_OPTIONS) -> None:
        self.options = options  # presentation choices (colour, width, verbosity...) for this output
        escape = type(self).escape

        def safe(text: str) -> None:
            out(escape(text))

        self.out = safe

    def start(self, run: RunStart) -> None:
        """Called once, before any declaration."""

    def declaration(self, decl: DeclarationReport) -> None:
        """Called once per declaration, in input order."""

    # A batch may render each declaration in a worker process: ``encode`` (pure, no writer state) turns
    # a declaration into a small payload, typically its rendered text, and ``accept`` (in the process
    # that writes the report) takes the payloads in input order. By default the payload is the
    # declaration itself and ``accept`` hands it to ``declaration``; a format whose per-declaration text
    # does not depend on earlier declarations overrides both, so the expensive part runs in parallel.
    @staticmethod
    def encode(decl: DeclarationReport) -> object:
        return decl

    def accept(self, payload: object) -> None:
        assert isinstance(payload, DeclarationReport)
        self.declaration(payload)

    def finish(self, end: RunEnd) -> None:
        """Called once, after the last declaration."""


def run_start(report: Report) -> RunStart:
    """What is known before the run, reconstructed from a finished report (its first evaluated
    declaration's rulesets stand for the default selection)."""
    first = next((d for d in report.declarations if not d.invalid), None)
    rule_ids: list[str] = []
    if first is not None:
        rule_ids = list(dict.fromkeys(r.rule for r in first.results))
    return RunStart(
        as_of=report.as_of,
        tool_version=report.tool_version,
        policy=report.policy,
        total=len(report.declarations),
        rulesets=first.rulesets if first is not None else (),
        rule_ids=tuple(rule_ids),
    )


def run_end(report: Report, summary: AuditorSummary) -> RunEnd:
    return RunEnd(summary=summary, notices=report.notices, fixed=report.fixed, exit_code=report.exit_code())


def render(writer_class: type[Writer], report: Report, options: RenderOptions = DEFAULT_OPTIONS) -> str:
    """Drive a writer over a whole report in memory and return what it wrote."""
    parts: list[str] = []
    writer = writer_class(parts.append, options)
    builder = SummaryBuilder()
    writer.start(run_start(report))
    for decl in report.declarations:
        builder.add(decl)
        writer.declaration(decl)
    writer.finish(run_end(report, builder.build()))
    return "".join(parts)
