"""``--format html``: one self-contained file for an auditor's desk (inline CSS and JS, no network).

Header: tool version, as-of date, fail policy, ruleset versions and hashes, and a small table of contents.
Per declaration: its path, model, provider and SHA-256, the classification (its facts and reasons
collapsed), a summary per chapter (ruleset), and the findings table: missing and partial results, then
manual reviews, obligations not yet due and waived gaps, each rule linked to its section of
docs/rules.md, with outcome, severity, legal sources and ``line:col``, the message and the fix, a
waiver's justification, approver and expiry, and the evidence items collapsed. Invalid declarations list
their located errors.

Streamed: the header is written before any declaration and each declaration's section as soon as it is
checked; nothing is kept but a counter, the ruleset versions and the rules seen. What is only known at
the end comes last, linked from the table of contents: the outcome of the run (totals, exit code,
rulesets pinned by a declaration beyond the run's selection, run notices, findings fixed since the
baseline), with several declarations the auditor summary (per provider; the most-missed obligations,
the most serious first, with the declarations that miss them; every declaration grouped by provider,
linking to its section), and the rule index. The small script ("Show all" for long tables, open every
block for printing) comes last too; it needs no later content.

Small and quick to open for a batch of a thousand: what is said once is not repeated per declaration
(the rules are described once, in a rule index at the end; evidenced rules are listed by id and
not-applicable ones by reason, collapsed), and the browser lays out a declaration's section only when it
scrolls into view (CSS ``content-visibility``).

Every dynamic string goes through ``html.escape``. A Content-Security-Policy forbids loading anything,
so the file opens the same offline. Printing shows every row and opens every evidence block.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from html import escape

from compliance_checker.errors import Diagnostic
from compliance_checker.models.facts import FACT_ORDER, Facts
from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import (
    FAILING,
    OUTCOMES,
    DeclarationReport,
    FixedFinding,
    Report,
    RuleResult,
    RulesetRef,
)
from compliance_checker.models.ruleset import SEVERITY_ORDER
from compliance_checker.report import stream
from compliance_checker.report.common import (
    OUTCOME_LABELS,
    TOOL_NAME,
    citations,
    classification_line,
    model_name,
    provider_name,
    rule_uri,
)
from compliance_checker.report.summary import AuditorSummary, by_provider, headline


def e(value: object) -> str:
    return escape(str(value), quote=True)


CSS = """
:root { --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg-soft: #f6f8fa; --link: #0550ae; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: var(--fg); margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 1400px; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .5rem; padding-top: 1rem; border-top: 3px solid var(--line);
     overflow-wrap: anywhere; }
section.declaration { content-visibility: auto; contain-intrinsic-size: auto 900px; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
a { color: var(--link); }
code { font: 0.88em/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.lede { font-size: 1.05rem; margin: .25rem 0 1rem; }
.muted, .disclaimer { color: var(--muted); }
.disclaimer { font-size: .9rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
td { overflow-wrap: anywhere; }
table.results .c-rule { width: 12%; } table.results .c-outcome { width: 9%; }
table.results .c-severity { width: 7%; } table.results .c-finding { width: 51%; }
table.results .c-sources { width: 15%; } table.results .c-line { width: 6%; }
thead th { background: var(--bg-soft); position: sticky; top: 0; z-index: 1; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: #8c959f; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 1rem; font-size: .82rem;
         font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.s-evidenced { background: #dafbe1; color: #116329; border-color: #8fd9a2; }
.s-partial { background: #fff1e5; color: #953800; border-color: #f4b57e; }
.s-missing { background: #ffebe9; color: #a40e26; border-color: #f5a8ae; }
.s-not_applicable { background: #eaeef2; color: #424a53; border-color: #c9d1d9; }
.s-not_yet_due { background: #ddf4ff; color: #0a3069; border-color: #8cc8f5; }
.s-waived { background: #fbefff; color: #6e40c9; border-color: #d8b9ff; }
.s-manual_review { background: #fff8c5; color: #7d4e00; border-color: #e3c460; }
.s-invalid { background: #a40e26; color: #fff; }
.sev-critical, .sev-high { font-weight: 700; }
tr.row-missing td:first-child { box-shadow: inset 4px 0 #cf222e; }
tr.row-partial td:first-child { box-shadow: inset 4px 0 #bc4c00; }
tr.row-waived td:first-child { box-shadow: inset 4px 0 #8250df; }
td.rule { overflow-wrap: anywhere; }
table.results { table-layout: fixed; }
table.results td:last-child code { white-space: nowrap; }
table.facts th code, td.nowrap { white-space: nowrap; overflow-wrap: normal; }
td.rule .unverified { color: var(--muted); font-size: .8rem; display: block; }
.message { margin: .2rem 0 0; }
.fix { margin: .3rem 0 0; }
.fix::before { content: "How to fix: "; font-weight: 600; }
.waiver { margin: .3rem 0 0; padding: .3rem .5rem; background: #fbefff; border-left: 3px solid #8250df; }
details { margin: .3rem 0 0; }
summary { cursor: pointer; color: var(--link); }
ul.evidence { margin: .3rem 0 0; padding-left: 1.1rem; }
ul.evidence li { margin: .15rem 0; }
.ev-failed { color: #a40e26; }
table.counts td { font-variant-numeric: tabular-nums; }
table.chapters td { text-align: right; font-variant-numeric: tabular-nums; }
table.chapters small, ul.evidence code { color: var(--muted); }
p.ids code { word-spacing: .4rem; }
.ev-partial { color: #7a4b00; }
.ev-skipped { color: var(--muted); }
button.more:focus-visible, summary:focus-visible, a:focus-visible { outline: 3px solid #0969da;
                  outline-offset: 2px; }
ol.errors li { margin: .3rem 0; }
button.more { font: inherit; font-size: .88rem; padding: .25rem .7rem; border: 1px solid var(--line);
              border-radius: .4rem; background: var(--bg-soft); color: var(--link); cursor: pointer; }
nav.toc ul { margin: .25rem 0 1rem; padding-left: 1.1rem; }
nav.toc li { margin: .1rem 0; }
.sha { font-size: .8rem; }
@media (max-width: 1000px) {
  body { padding: 1rem; }
  table.results td:last-child code, .badge { white-space: normal; }
  table.results .c-rule { width: 15%; } table.results .c-outcome { width: 14%; }
  table.results .c-severity { width: 10%; } table.results .c-finding { width: 37%; }
  table.results .c-sources { width: 16%; } table.results .c-line { width: 8%; }
  th, td { padding: .3rem .35rem; }
}
@media print {
  body { padding: 0; max-width: none; font-size: 10pt; }
  section.declaration { content-visibility: visible; }
  .noprint { display: none !important; }
  tr[hidden] { display: table-row !important; }
  thead th { position: static; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2 { break-before: page; border-top: none; }
  a { color: inherit; text-decoration: none; }
  .badge { border-color: #000; }
}
"""

SCRIPT = """
(function () {
  "use strict";
  document.querySelectorAll("table[data-collapse]").forEach(function (table) {
    var keep = parseInt(table.getAttribute("data-collapse"), 10);
    var rows = table.querySelectorAll("tbody tr");
    if (rows.length <= keep) { return; }
    rows.forEach(function (row, i) { if (i >= keep) { row.hidden = true; } });
    var button = document.createElement("button");
    button.type = "button";
    button.className = "more noprint";
    button.textContent = "Show all " + rows.length + " rows";
    button.addEventListener("click", function () {
      rows.forEach(function (row) { row.hidden = false; });
      button.remove();
    });
    table.insertAdjacentElement("afterend", button);
  });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
})();
"""

CHUNK = 100  # summary rows per write
COLLAPSE_AFTER = 15  # most-missed rows shown before "Show all" (all rows without JS and in print)

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

CHAPTER_NAMES: dict[str, str] = {
    "ai-act": "AI Act (statutory obligations)",
    "transparency": "Code of Practice: Transparency",
    "copyright": "Code of Practice: Copyright",
    "safety-and-security": "Code of Practice: Safety and Security",
    "systemic-risk-taxonomy": "Systemic-risk taxonomy",
    "training-data-summary": "Training data summary template",
    "evidence-integrity": "Evidence integrity (references, files, digests)",
}


def badge(status: str) -> str:
    label = "invalid" if status == "invalid" else OUTCOME_LABELS.get(status, status)
    return f'<span class="badge s-{e(status)}">{e(label)}</span>'


def _fact_value(value: object) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if value is None:
        return "n/a"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


EXIT_WORDS: dict[int, str] = {0: "clean", 1: "findings", 2: "invalid input"}


def _rulesets_table(refs: Iterable[RulesetRef], caption: str) -> str:
    rows = "".join(
        f'<tr><td class="nowrap"><code>{e(ref.id)}</code></td><td class="nowrap">{e(ref.version)}</td>'
        f'<td class="nowrap">{e(ref.date.isoformat())}</td>'
        f'<td>{e(ref.title)}</td><td><code class="sha">{e(ref.sha256)}</code></td></tr>'
        for ref in refs
    )
    if not rows:
        return ""
    return (
        f'<table class="rulesets"><caption>{e(caption)}</caption><thead><tr>'
        '<th scope="col">Ruleset</th><th scope="col">Version</th><th scope="col">Date</th>'
        '<th scope="col">Title</th><th scope="col">SHA-256</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def _header(run: stream.RunStart) -> str:
    contents = ['<li><a href="#outcome">Outcome of the run</a>: totals, exit code, notices</li>']
    if run.total > 1:
        contents.append(
            '<li><a href="#summary">Auditor summary</a>: per provider, the most-missed obligations, every '
            "declaration</li>"
        )
    if run.total:
        contents.append(f'<li><a href="#decl-1">Declarations</a> ({run.total}), in the order checked</li>')
        contents.append('<li><a href="#rules">Rules</a>: every rule named, its title and legal sources</li>')
    return (
        "<header>"
        "<h1>GPAI compliance self-assessment report</h1>"
        f'<p class="lede">{run.total} declaration(s) checked as of '
        f"<strong>{e(run.as_of.isoformat())}</strong>.</p>"
        '<dl class="meta">'
        f"<dt>Tool</dt><dd>{e(TOOL_NAME)} {e(run.tool_version)}</dd>"
        f"<dt>As of</dt><dd>{e(run.as_of.isoformat())}</dd>"
        f"<dt>Fail on</dt><dd>{e(run.policy.describe())}</dd>"
        "</dl>"
        f'<nav class="toc" aria-label="Contents"><ul>{"".join(contents)}</ul></nav>'
        f"{_rulesets_table(run.rulesets, 'Ruleset versions used')}"
        '<p class="disclaimer">A self-assessment aid, not legal advice. Rules marked '
        "“secondary source” rest on a secondary source and should be checked against the primary text.</p>"
        "</header>"
    )


def _outcome(end: stream.RunEnd, pinned: Iterable[RulesetRef]) -> str:
    summary = end.summary
    gaps = summary.totals["missing"] + summary.totals["partial"]
    invalid = summary.invalid
    code = end.exit_code
    return (
        '<section id="outcome" aria-labelledby="outcome-title">'
        '<h2 id="outcome-title">Outcome of the run</h2>'
        f'<p class="lede">{summary.evaluated + invalid} declaration(s) checked: {gaps} missing or partial '
        f"obligation(s){f', {invalid} invalid declaration(s)' if invalid else ''}.</p>"
        f'<dl class="meta"><dt>Exit code</dt><dd>{code} ({e(EXIT_WORDS.get(code, ""))})</dd></dl>'
        f"{_rulesets_table(pinned, 'Other ruleset versions, pinned by a declaration')}"
        f"{_notices(end.notices, end.fixed)}"
        "</section>"
    )


def _provider_cell(provider: str) -> str:
    return e(provider) if provider else '<span class="muted">(file not readable)</span>'


def _summary(summary: AuditorSummary) -> Iterator[str]:
    """The auditor summary in pieces, a row at a time: a batch's has one row per declaration. Per
    provider first, then the most-missed obligations (the most serious first, with the declarations
    that miss them), then every declaration, grouped by provider and linked to its section."""
    yield (
        '<section id="summary" aria-labelledby="summary-title">'
        '<h2 id="summary-title">Auditor summary</h2>'
        f"<p>{e(headline(summary))}.</p>"
        '<table class="counts"><caption>Providers</caption><thead><tr><th scope="col">Provider</th>'
        "<th>Declarations</th><th>With gaps</th><th>Missing</th><th>Partial</th><th>Waived</th>"
        "<th>Invalid</th></tr></thead><tbody>"
    )
    for p in by_provider(summary):
        yield (
            f'<tr><th scope="row">{_provider_cell(p.provider)}</th><td>{p.declarations}</td>'
            f"<td>{p.with_gaps}</td><td>{p.missing}</td><td>{p.partial}</td><td>{p.waived}</td>"
            f"<td>{p.invalid}</td></tr>"
        )
    yield "</tbody></table>"
    anchors = {d.path: _anchor(number) for number, d in enumerate(summary.declarations)}
    if summary.rules:
        yield (
            f'<table data-collapse="{COLLAPSE_AFTER}" class="counts"><caption>Most-missed obligations, the '
            "most serious first (declarations missing them, of those where they apply)</caption><thead><tr>"
            '<th scope="col">Rule</th><th scope="col">Title</th><th scope="col">Severity</th>'
            "<th>Missed</th><th>Missing</th><th>Partial</th><th>Waived</th>"
            '<th scope="col">Missed by</th></tr></thead><tbody>'
        )
        for r in summary.rules:
            names = ", ".join(
                f'<a href="#{anchors[p]}"><code>{e(p)}</code></a>' for p in r.paths if p in anchors
            )
            more = f" and {r.missed - len(r.paths)} more" if r.missed > len(r.paths) else ""
            yield (
                f'<tr><td class="rule"><a href="{e(rule_uri(r.rule))}">{e(r.rule)}</a></td>'
                f'<td>{e(r.title)}</td><td class="sev-{e(r.severity)}">{e(r.severity)}</td>'
                f"<td>{r.missed} of {r.applicable}</td><td>{r.missing}</td><td>{r.partial}</td>"
                f"<td>{r.waived}</td><td>{names}{more}</td></tr>"
            )
        yield "</tbody></table>"
    else:
        yield "<p>No obligation is missing or partial in any evaluated declaration.</p>"
    head = "".join(f"<th>{e(OUTCOME_LABELS[o])}</th>" for o in OUTCOMES)
    yield (
        '<table class="counts"><caption>Declarations by provider</caption><thead><tr>'
        '<th scope="col">Provider</th><th scope="col">Model</th><th scope="col">Declaration</th>'
        f'<th scope="col">Classification</th>{head}</tr></thead><tbody>'
    )
    for d in sorted(summary.declarations, key=lambda d: (not d.provider, d.provider)):
        link = f'<a href="#{anchors[d.path]}"><code>{e(d.path)}</code></a>'
        who = f"<td>{_provider_cell(d.provider)}</td><td>{e(d.model)}</td><td>{link}</td>"
        if d.invalid:
            blank = f'<td colspan="{len(OUTCOMES)}"></td>'
            yield f"<tr>{who}<td>{badge('invalid')} {d.errors} error(s)</td>{blank}</tr>"
            continue
        cells = "".join(f"<td>{d.counts[o]}</td>" for o in OUTCOMES)
        yield f"<tr>{who}<td>{e(d.classification)}</td>{cells}</tr>"
    yield "</tbody></table></section>"


def _notices(notices: tuple[Diagnostic, ...], fixed: tuple[FixedFinding, ...]) -> str:
    parts = []
    if notices:
        items = "".join(
            f"<li><code>{e(d.location())}</code> {e(d.level)}: {e(d.message)}</li>" for d in notices
        )
        parts.append(f'<h3>Notices</h3><ul class="notices">{items}</ul>')
    if fixed:
        items = "".join(
            f'<li><code>{e(f.path)}</code> <a href="{e(rule_uri(f.rule))}">{e(f.rule)}</a>: now '
            f"{badge(f.status)}</li>"
            for f in fixed
        )
        parts.append(f"<h3>Fixed since the baseline ({len(fixed)})</h3><ul>{items}</ul>")
    return "".join(parts)


def _facts(facts: Facts) -> str:
    rows = []
    for name in FACT_ORDER:
        if name not in facts.items:
            continue
        fact = facts.items[name]
        sources = "; ".join(fact.sources)
        rows.append(
            f'<tr><th scope="row"><code>{e(name)}</code></th>'
            f'<td class="nowrap">{e(_fact_value(fact.value))}</td>'
            f"<td>{e(fact.reason)}</td><td>{e(sources)}</td></tr>"
        )
    return (
        "<details><summary>Classification facts and their reasons</summary>"
        '<table class="facts"><thead><tr><th scope="col">Fact</th><th scope="col">Value</th>'
        '<th scope="col">Reason</th>'
        f'<th scope="col">Sources</th></tr></thead><tbody>{"".join(rows)}</tbody></table></details>'
    )


def _chapters(decl: DeclarationReport) -> str:
    """Outcomes per chapter (ruleset), with a column only for the outcomes this declaration has."""
    grouped: dict[str, dict[str, int]] = {}
    for result in decl.results:
        grouped.setdefault(result.ruleset, dict.fromkeys(OUTCOMES, 0))[result.status] += 1
    totals = decl.counts()
    shown = [o for o in OUTCOMES if totals[o]]
    versions = {ref.id: ref.version for ref in decl.rulesets}
    head = "".join(f"<th>{e(OUTCOME_LABELS[o])}</th>" for o in shown)
    rows = []
    for ruleset, counts in grouped.items():
        cells = "".join(f"<td>{counts[o] or ''}</td>" for o in shown)
        name = CHAPTER_NAMES.get(ruleset, ruleset)
        rows.append(
            f"<tr><th>{e(name)} <small>{e(ruleset)} {e(versions.get(ruleset, ''))}</small></th>{cells}</tr>"
        )
    total_cells = "".join(f"<td><strong>{totals[o]}</strong></td>" for o in shown)
    return (
        '<table class="chapters"><caption>Summary by chapter</caption><thead><tr>'
        f'<th scope="col">Chapter (ruleset)</th>{head}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody><tfoot><tr><th scope="row">All chapters</th>{total_cells}</tr>'
        "</tfoot></table>"
    )


def _evidence(result: RuleResult) -> list[str]:
    """The evidence list, an item a piece (a result may have a hundred thousand)."""
    if not result.evidence:
        return []
    considered = [i for i in result.evidence if i.status != "skipped"]
    given = sum(1 for i in considered if i.status == "ok")
    thin = sum(1 for i in considered if i.status == "partial")
    pieces = [
        f"<details><summary>Evidence: {given} of {len(considered)} given"
        f"{f', {thin} thin' if thin else ''}</summary>"
        '<ul class="evidence">'
    ]
    pieces.extend(
        f'<li class="ev-{e(item.status)}">{e(item.status)}: {e(item.label)}: {e(item.message)} '
        f"<code>{e(item.path)}</code> {item.line}:{item.column}</li>"
        for item in result.evidence
    )
    pieces.append("</ul></details>")
    return pieces


def _result_row(decl: DeclarationReport, result: RuleResult) -> list[str]:
    """The result's table row in pieces (its evidence items apart)."""
    status = result.status
    outcome = badge(status)
    if result.waived_status is not None:
        outcome += f'<br><span class="muted">was {e(OUTCOME_LABELS[result.waived_status])}</span>'
    if result.baseline is not None:
        outcome += f'<br><span class="muted">baseline: {e(result.baseline)}</span>'
    details = [f"<strong>{e(result.title)}</strong>", f'<p class="message">{e(result.message)}</p>']
    if result.effective_status in FAILING:
        details.append(f'<p class="fix">{e(result.remediation)}</p>')
    if result.due is not None and status == "not_yet_due":
        details.append(f'<p class="message">Due {e(result.due.isoformat())}.</p>')
    if result.waiver is not None:
        w = result.waiver
        details.append(
            f'<p class="waiver"><strong>Waived until {e(w.expires.isoformat())}</strong>: '
            f"{e(w.justification)}<br>Approved by {e(w.approved_by)} on {e(w.approved_on.isoformat())} "
            f"(<code>{e(w.file)}:{w.line}</code>)</p>"
        )
    unverified = "" if result.verified else '<span class="unverified">secondary source</span>'
    sources = "<br>".join(e(c) for c in citations(result))
    head = (
        f'<tr class="row-{e(status)}" data-status="{e(status)}">'
        f'<td class="rule"><a href="{e(rule_uri(result.rule))}">{e(result.rule)}</a>{unverified}</td>'
        f"<td>{outcome}</td>"
        f'<td class="sev-{e(result.severity)}">{e(result.severity)}</td>'
        f"<td>{''.join(details)}"
    )
    tail = f"</td><td>{sources}</td><td><code>{result.line}:{result.column}</code></td></tr>"
    return [head, *_evidence(result), tail]


DETAILED: frozenset[str] = frozenset({"missing", "partial", "waived", "manual_review", "not_yet_due"})
DETAIL_ORDER: dict[str, int] = {"missing": 0, "partial": 0, "manual_review": 1, "not_yet_due": 2, "waived": 3}


def _codes(rules: Iterable[str]) -> str:
    return f"<code>{e(' '.join(rules))}</code>"


def _compact(decl: DeclarationReport) -> str:
    """Evidenced rules as a list of ids, not-applicable ones grouped by their reason, both collapsed: the
    rules themselves (title, sources) are described once, in the rule index at the end."""
    parts = []
    evidenced = [r.rule for r in decl.results if r.status == "evidenced"]
    if evidenced:
        parts.append(
            f'<details><summary>Evidenced ({len(evidenced)})</summary><p class="ids">{_codes(evidenced)}</p>'
            "</details>"
        )
    reasons: dict[str, list[str]] = {}
    for r in decl.results:
        if r.status == "not_applicable":
            reasons.setdefault(r.message, []).append(r.rule)
    if reasons:
        total = sum(len(rules) for rules in reasons.values())
        items = "".join(f"<li>{e(reason)}: {_codes(rules)}</li>" for reason, rules in reasons.items())
        parts.append(
            f'<details><summary>Not applicable ({total})</summary><ul class="na">{items}</ul></details>'
        )
    return "".join(parts)


def _declaration(decl: DeclarationReport, anchor: str) -> list[str]:
    """The declaration's section in pieces, one per result row: a declaration may have a hundred
    thousand evidence items, and the section is never one string. Findings (and what is waived, due
    later or left to a person) in full; evidenced and not-applicable rules in a line each, collapsed."""
    title_id = f"{anchor}-title"
    parts = [f'<section class="declaration" id="{anchor}" aria-labelledby="{title_id}">']
    if decl.invalid:
        parts.append(f'<h2 id="{title_id}"><code>{e(decl.path)}</code> {badge("invalid")}</h2>')
        parts.append(
            f"<p>This declaration could not be evaluated: {len(decl.errors)} located error(s). "
            "No rule was checked.</p>"
        )
        items = "".join(f"<li><code>{e(d.location())}</code> {e(d.message)}</li>" for d in decl.errors)
        parts.append(f'<ol class="errors">{items}</ol></section>')
        return parts
    counts = decl.counts()
    gaps = counts["missing"] + counts["partial"]
    verdict = f"{gaps} missing or partial" if gaps else "no missing or partial obligation"
    parts.append(f'<h2 id="{title_id}"><code>{e(decl.path)}</code></h2>')
    parts.append(
        '<dl class="meta">'
        f"<dt>Model</dt><dd>{e(model_name(decl) or 'n/a')}</dd>"
        f"<dt>Provider</dt><dd>{e(provider_name(decl) or 'n/a')}</dd>"
        f"<dt>Outcome</dt><dd>{e(verdict)}</dd>"
        f"<dt>SHA-256</dt><dd><code>{e(decl.sha256 or 'n/a')}</code></dd>"
        "</dl>"
    )
    if decl.facts is not None:
        parts.append(f"<p>{e(classification_line(decl.facts))}</p>")
        parts.append(_facts(decl.facts))
    parts.append(_chapters(decl))
    detailed = sorted(
        (r for r in decl.results if r.status in DETAILED),
        key=lambda r: (DETAIL_ORDER[r.status], -SEVERITY_ORDER.get(r.severity, 0)),
    )
    if detailed:
        parts.append(
            '<table class="results"><caption>Findings, then what is left to a person, due later or waived '
            f"({len(detailed)})</caption>"
            '<colgroup><col class="c-rule"><col class="c-outcome"><col class="c-severity">'
            '<col class="c-finding"><col class="c-sources"><col class="c-line"></colgroup><thead><tr>'
            '<th scope="col">Rule</th><th scope="col">Outcome</th><th scope="col">Severity</th>'
            '<th scope="col">Finding and fix</th><th scope="col">Legal sources</th>'
            '<th scope="col">Line:col</th></tr></thead><tbody>'
        )
        for result in detailed:
            parts.extend(_result_row(decl, result))
        parts.append("</tbody></table>")
    parts.append(_compact(decl))
    parts.append("</section>")
    return parts


UNVERIFIED = ' <span class="muted">(secondary source)</span>'
RuleEntry = tuple[str, str, str, str, bool]  # rule id, title, severity, legal sources, verified


def rule_entry(result: RuleResult) -> RuleEntry:
    return (result.rule, result.title, result.severity, "; ".join(citations(result)), result.verified)


def _rule_index(entries: Iterable[RuleEntry]) -> str:
    """Every rule the report names, once: the declarations list evidenced and not-applicable rules by id."""
    rows = "".join(
        f'<tr><td class="rule"><a href="{e(rule_uri(rule))}">{e(rule)}</a></td><td>{e(title)}</td>'
        f'<td class="sev-{e(severity)}">{e(severity)}</td><td>{e(sources)}'
        f"{'' if verified else UNVERIFIED}</td></tr>"
        for rule, title, severity, sources, verified in sorted(entries)
    )
    return (
        '<section id="rules" aria-labelledby="rules-title"><h2 id="rules-title">Rules</h2>'
        f'<table data-collapse="{COLLAPSE_AFTER}"><caption>Every rule named in this report, by id</caption>'
        '<thead><tr><th scope="col">Rule</th><th scope="col">Title</th><th scope="col">Severity</th>'
        f'<th scope="col">Legal sources</th></tr></thead><tbody>{rows}</tbody></table></section>'
    )


ANCHOR = "<anchor>"  # stands for a section's anchor until its position is known


def _anchor(number: int) -> str:
    """The id of the declaration's section, by its 0-based position in the run."""
    return f"decl-{number + 1}"


class HtmlWriter(stream.Writer):
    """Header first, one section per declaration, what is known at the end last (module docstring)."""

    needs_rows = True

    def __init__(self, out: stream.Out, options: RenderOptions = DEFAULT_OPTIONS) -> None:
        super().__init__(out, options)
        self.number = 0
        self.run: stream.RunStart | None = None
        self.pinned: dict[tuple[str, str, str], RulesetRef] = {}  # beyond the run's selection
        self.rules: dict[str, RuleEntry] = {}  # every rule seen, for the index (a few hundred at most)

    def start(self, run: stream.RunStart) -> None:
        self.run = run
        title = f"{TOOL_NAME} report as of {run.as_of.isoformat()}"
        self.out(
            "<!DOCTYPE html>\n"
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="{e(TOOL_NAME)} {e(run.tool_version)}">\n'
            f"<title>{e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n" + _header(run) + "\n"
        )

    @staticmethod
    def encode(decl: DeclarationReport) -> tuple[list[str], tuple[RulesetRef, ...], tuple[RuleEntry, ...]]:
        """The declaration's section with a placeholder for its anchor, which only its position in the
        run decides, its rulesets and its rules for the index (pure: a worker process may make them).
        The placeholder cannot clash: every dynamic string is escaped, so "<" in the section only ever
        opens one of our tags."""
        return _declaration(decl, ANCHOR), decl.rulesets, tuple(map(rule_entry, decl.results))

    def accept(self, payload: object) -> None:
        run = self.run
        assert run is not None, "start() comes first"
        assert isinstance(payload, tuple)
        section, rulesets, rules = payload
        for entry in rules:
            self.rules.setdefault(entry[0], entry)
        for ref in rulesets:
            if ref not in run.rulesets:
                self.pinned.setdefault((ref.id, ref.version, ref.sha256), ref)
        anchor = _anchor(self.number)
        for piece in section:
            self.out(piece.replace(ANCHOR, anchor) if ANCHOR in piece else piece)
        self.out("\n")
        self.number += 1

    def declaration(self, decl: DeclarationReport) -> None:
        self.accept(self.encode(decl))

    def finish(self, end: stream.RunEnd) -> None:
        run = self.run
        assert run is not None, "start() comes first"
        self.out(_outcome(end, self.pinned.values()) + "\n")
        if self.number > 1:
            pieces: list[str] = []
            for piece in _summary(end.summary):
                pieces.append(piece)
                if len(pieces) == CHUNK:
                    self.out("".join(pieces))
                    pieces = []
            self.out("".join(pieces) + "\n")
        if self.rules:
            self.out(_rule_index(self.rules.values()) + "\n")
        self.out(
            f'<footer class="muted"><p>Generated by {e(TOOL_NAME)} {e(run.tool_version)} as of '
            f"{e(run.as_of.isoformat())}.</p></footer>\n"
            f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
        )


WRITER = HtmlWriter


def render(report: Report) -> str:
    return stream.render(WRITER, report)
