"""``--format table``: one row per rule with outcome, legal source, location and what to do."""

from __future__ import annotations

from tabulate import tabulate

from compliance_checker.models.facts import Facts
from compliance_checker.models.report import OUTCOMES, DeclarationReport, Report, RuleResult

_LABELS = {
    "evidenced": "evidenced",
    "partial": "PARTIAL",
    "missing": "MISSING",
    "not_applicable": "not applicable",
    "not_yet_due": "not yet due",
    "waived": "waived",
    "manual_review": "manual review",
}


def _yes(facts: Facts, name: str) -> str:
    value = facts[name].value
    return "yes" if value is True else "no" if value is False else "n/a"


def classification_line(facts: Facts) -> str:
    deadline = facts.date("compliance_deadline")
    return (
        f"Classification: GPAI provider {_yes(facts, 'gpai_provider')}, "
        f"systemic risk {_yes(facts, 'systemic_risk')}, "
        f"open-source exempt {_yes(facts, 'open_source_exempt')}, "
        f"third-country provider {_yes(facts, 'third_country_provider')}, "
        f"legacy model {_yes(facts, 'legacy_model')}; "
        f"compliance deadline {deadline.isoformat() if deadline else 'n/a'}"
    )


def _detail(result: RuleResult) -> str:
    if result.status in ("missing", "partial"):
        return result.remediation
    if result.status == "not_yet_due":
        due = f"due {result.due.isoformat()}: " if result.due else "due at placement: "
        return due + result.remediation
    if result.status in ("not_applicable", "manual_review"):
        return _shorten(result.message)
    return result.title


def _shorten(text: str, limit: int = 110) -> str:
    """Keep table rows to one line; the full text is in the JSON report and ``rules show``."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _source(result: RuleResult) -> str:
    first = result.sources[0].render()
    more = len(result.sources) - 1
    return f"{first} (+{more})" if more else first


def summary_line(decl: DeclarationReport) -> str:
    counts = decl.counts()
    return "Summary: " + ", ".join(f"{counts[o]} {o.replace('_', ' ')}" for o in OUTCOMES)


def render_declaration(decl: DeclarationReport) -> str:
    lines = [f"{decl.path} (as of {decl.as_of.isoformat()})"]
    if decl.invalid:
        # The located errors themselves go to stderr, once, like a compiler's.
        lines.append(f"Summary: invalid declaration, {len(decl.errors)} error(s) reported; no rule evaluated")
        return "\n".join(lines)
    if decl.facts is not None:
        lines.append(classification_line(decl.facts))
    rows = []
    for result in decl.results:
        located = result.status in ("missing", "partial", "not_yet_due", "manual_review")
        rows.append(
            [
                result.rule + ("" if result.verified else " *"),
                _LABELS[result.status],
                _source(result),
                f"{decl.path}:{result.line}:{result.column}" if located else "",
                _detail(result).strip(),
            ]
        )
    lines.append(
        tabulate(
            rows,
            headers=["Rule", "Outcome", "Source", "Location", "Detail"],
            tablefmt="simple",
            disable_numparse=True,
        )
    )
    if any(not r.verified for r in decl.results):
        lines.append("* rests on a secondary source (verified: false); review it against the primary text")
    lines.append(summary_line(decl))
    return "\n".join(lines)


def render(report: Report) -> str:
    return "\n\n".join(render_declaration(d) for d in report.declarations) + "\n"
