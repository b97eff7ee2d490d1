"""``--format csv-matrix``: the auditor's summary matrix, one row per declaration, one column per rule.

A cell is the rule's outcome for that declaration (``waived`` for a waived gap); the columns before the
rules say which declaration (and which model by which provider), with which hash, on which date, by which
tool and rulesets. An invalid declaration is a row with status ``invalid`` and empty rule cells. It is a
format of its own, not a second table appended to ``csv``, because a spreadsheet reads one table per file.

Streamed: the rule columns are those of the run's default ruleset selection (``RunStart.rule_ids``, in
ruleset order), known before any declaration, so each row is written as soon as its declaration is
checked. A declaration that pins another ruleset version may have rules outside that list: they go to the
last column, ``other_rules``, as ``RULE=status`` pairs separated by ``; ``.
"""

from __future__ import annotations

from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import DeclarationReport, Report
from compliance_checker.report import stream
from compliance_checker.report.common import model_name, ruleset_label
from compliance_checker.report.csv_report import write

LEADING: tuple[str, ...] = (
    "path",
    "sha256",
    "model",
    "provider",
    "provider_country",
    "as_of",
    "tool_version",
    "rulesets",
    "status",
)
OTHER_RULES = "other_rules"


class CsvMatrixWriter(stream.Writer):
    """The header from the default selection's rules, then one row per declaration; nothing is kept."""

    def __init__(self, out: stream.Out, options: RenderOptions = DEFAULT_OPTIONS) -> None:
        super().__init__(out, options)
        self.rules: tuple[str, ...] = ()

    def start(self, run: stream.RunStart) -> None:
        self.rules = run.rule_ids
        self.out(write((), [*LEADING, *self.rules, OTHER_RULES]))

    @staticmethod
    def encode(decl: DeclarationReport) -> tuple[tuple[object, ...], tuple[tuple[str, str], ...]]:
        """The leading cells and each rule's outcome (pure and small: a worker process may make them)."""
        leading = (
            decl.path,
            decl.sha256,
            model_name(decl),
            decl.provider,
            decl.country,
            decl.as_of.isoformat(),
            decl.tool_version,
            "; ".join(f"{ruleset_label(ref)} sha256:{ref.sha256}" for ref in decl.rulesets),
            "invalid" if decl.invalid else "evaluated",
        )
        return leading, tuple((result.rule, result.status) for result in decl.results)

    def accept(self, payload: object) -> None:
        assert isinstance(payload, tuple)
        leading, pairs = payload
        outcomes = dict(pairs)
        cells = [outcomes.pop(rule, "") for rule in self.rules]
        other = "; ".join(f"{rule}={status}" for rule, status in outcomes.items())
        self.out(write([[*leading, *cells, other]]))

    def declaration(self, decl: DeclarationReport) -> None:
        self.accept(self.encode(decl))


WRITER = CsvMatrixWriter


def render(report: Report) -> str:
    return stream.render(WRITER, report)
