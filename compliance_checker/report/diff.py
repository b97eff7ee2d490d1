"""Rendering `rules diff`: a listing for the terminal (``table``), JSON, or Markdown for pull requests.

Pure: a ``Diff`` in, text out. JSON holds everything (the old and new values of every change); the
table and Markdown say each change in one line and quote a reworded obligation in full.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable
from typing import Any

from compliance_checker.models.diff import (
    Change,
    DeclarationDiff,
    Diff,
    OutcomeChange,
    RuleChange,
    RulesetDiff,
    RuleSummary,
    Side,
)
from compliance_checker.models.report import RulesetRef
from compliance_checker.report.markdown import cell
from compliance_checker.report.serialize import ruleset_dict

WIDTH = 100
_QUOTED = frozenset({"obligation", "manual_review"})  # aspects whose old and new text are quoted in full
_STATUS_WORDS = {
    "changed": "changed",
    "unchanged": "unchanged",
    "only_in_a": "only in A",
    "only_in_b": "only in B",
}


def _ref_label(ref: RulesetRef | None) -> str:
    return f"{ref.id}@{ref.version}" if ref is not None else "-"


def _version(ref: RulesetRef | None) -> str:
    return ref.version if ref is not None else "-"


def _status(status: str | None) -> str:
    return status if status is not None else "(no rule)"


# --- JSON -----------------------------------------------------------------------------------------------


def _side_dict(side: Side) -> dict[str, Any]:
    return {
        "spec": side.spec,
        "kind": side.kind,
        "label": side.label,
        "title": side.title,
        "date": side.date.isoformat(),
        "rulesets": [ruleset_dict(ref) for ref in side.rulesets],
    }


def _change_dict(change: Change) -> dict[str, Any]:
    return {"aspect": change.aspect, "text": change.text, "old": change.old, "new": change.new}


def _summary_dict(rule: RuleSummary) -> dict[str, Any]:
    return {"id": rule.id, "title": rule.title, "severity": rule.severity}


def _rule_change_dict(rule: RuleChange) -> dict[str, Any]:
    return {
        "id": rule.id,
        "old_id": rule.old_id,
        "old_ruleset": rule.old_ruleset,
        "title": rule.title,
        "aspects": list(rule.aspects),
        "changes": [_change_dict(c) for c in rule.changes],
    }


def _ruleset_dict(item: RulesetDiff) -> dict[str, Any]:
    return {
        "ruleset": item.ruleset,
        "status": item.status,
        "old": ruleset_dict(item.old) if item.old else None,
        "new": ruleset_dict(item.new) if item.new else None,
        "changes": [_change_dict(c) for c in item.changes],
        "added": [_summary_dict(r) for r in item.added],
        "removed": [_summary_dict(r) for r in item.removed],
        "changed": [_rule_change_dict(r) for r in item.changed],
        "unchanged": item.unchanged,
    }


def _outcome_dict(change: OutcomeChange) -> dict[str, Any]:
    return {
        "rule": change.rule,
        "old_rule": change.old_rule,
        "ruleset": change.ruleset,
        "title": change.title,
        "old": None
        if change.old_status is None
        else {"status": change.old_status, "message": change.old_message},
        "new": None
        if change.new_status is None
        else {"status": change.new_status, "message": change.new_message},
    }


def _declaration_dict(decl: DeclarationDiff) -> dict[str, Any]:
    return {
        "path": decl.path,
        "sha256": decl.sha256,
        "model": decl.model,
        "as_of": decl.as_of.isoformat(),
        "changes": [_outcome_dict(c) for c in decl.changes],
        "unchanged": decl.unchanged,
    }


def diff_dict(diff: Diff) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": diff.old.kind,
        "old": _side_dict(diff.old),
        "new": _side_dict(diff.new),
        "summary": {what: diff.count(what) for what in ("added", "removed", "changed", "unchanged")},
        "renamed": [{"old": a, "new": b} for a, b in diff.renamed],
        "rulesets": [_ruleset_dict(item) for item in diff.rulesets],
    }
    if diff.declaration is not None:
        data["declaration"] = _declaration_dict(diff.declaration)
    return data


def render_json(diff: Diff) -> str:
    return json.dumps(diff_dict(diff), indent=2, ensure_ascii=False) + "\n"


# --- the terminal listing -------------------------------------------------------------------------------


def _wrap(text: str, indent: str, hanging: str = "") -> list[str]:
    """Wrapped at WIDTH; a declaration path too long for a line overflows rather than being split, and a
    leading +/- stays with it."""
    lines = textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=indent,
        subsequent_indent=indent + hanging,
        break_long_words=False,
        break_on_hyphens=False,
    )
    if len(lines) > 1 and lines[0].strip() in ("+", "-", "~"):
        lines[:2] = [f"{lines[0]} {lines[1].lstrip()}"]
    return lines or [indent]


def _change_lines(change: Change, indent: str) -> list[str]:
    head = f"{indent}{change.aspect + ':':<15}"
    lines = _wrap(change.text, " " * len(head))
    lines[0] = head + lines[0][len(head) :]
    if change.aspect in _QUOTED:
        for side, text in (("A", change.old), ("B", change.new)):
            if isinstance(text, str):
                lines += _wrap(f"{side}: {' '.join(text.split())}", " " * (len(head) + 2), "   ")
    return lines


def _ids(rules: Iterable[RuleSummary]) -> str:
    return ", ".join(r.id for r in rules)


def _header(diff: Diff) -> list[str]:
    lines = [f"rules diff {diff.old.label} -> {diff.new.label}"]
    for name, side in (("A", diff.old), ("B", diff.new)):
        source = f" ({side.spec})" if side.spec != side.label else ""
        lines.append(f"  {name}: {side.label}{source}  {side.title}")
    return lines


def _summary_table(diff: Diff) -> str:
    from tabulate import tabulate

    rows = [
        [
            item.ruleset,
            _version(item.old),
            _version(item.new),
            len(item.added),
            len(item.removed),
            len(item.changed),
            item.unchanged,
            _STATUS_WORDS[item.status],
        ]
        for item in diff.rulesets
    ]
    return tabulate(
        rows,
        headers=["Ruleset", "A", "B", "Added", "Removed", "Changed", "Unchanged", "Status"],
        tablefmt="simple",
    )


def _ruleset_lines(item: RulesetDiff) -> list[str]:
    lines = [f"{item.ruleset}: {_version(item.old)} -> {_version(item.new)} ({_STATUS_WORDS[item.status]})"]
    if item.status in ("only_in_a", "only_in_b"):
        rules = item.added or item.removed
        ref = item.new or item.old
        lines += _wrap(f"{len(rules)} rules of {_ref_label(ref)}: {_ids(rules)}", "  ")
        return lines + _changed_lines(item)  # rules moved here from a ruleset of the other side
    if item.status == "unchanged":
        same = "same version" if _version(item.old) == _version(item.new) else "no rule changed"
        lines.append(f"  {same}; {item.unchanged} rules")
        return lines
    if item.changes:
        lines.append("  ruleset:")
        for change in item.changes:
            lines += _change_lines(change, "    ")
    for title, sign, rules in (("added", "+", item.added), ("removed", "-", item.removed)):
        if rules:
            lines.append(f"  {title}:")
            for rule in rules:
                lines += _wrap(f"{sign} {rule.id}  {rule.title}  [{rule.severity}]", "    ", "  ")
    return lines + _changed_lines(item)


def _changed_lines(item: RulesetDiff) -> list[str]:
    if not item.changed:
        return []
    lines = ["  changed:"]
    for changed in item.changed:
        renamed = f" (was {changed.old_id})" if changed.old_id != changed.id else ""
        lines += _wrap(f"~ {changed.id}{renamed}  {changed.title}", "    ", "  ")
        for each in changed.changes:
            lines += _change_lines(each, "        ")
    return lines


def _declaration_lines(decl: DeclarationDiff) -> list[str]:
    from tabulate import tabulate

    model = f" ({decl.model})" if decl.model else ""
    count = len(decl.changes)
    lines = [
        f"declaration {decl.path}{model}, as of {decl.as_of.isoformat()}: "
        f"{count} outcome{'s' if count != 1 else ''} change, {decl.unchanged} unchanged"
    ]
    if decl.changes:
        rows = [
            [
                c.rule if c.old_rule in (None, c.rule) else f"{c.rule} (was {c.old_rule})",
                c.ruleset,
                f"{_status(c.old_status)} -> {_status(c.new_status)}",
                c.old_message or "",
                c.new_message or "",
            ]
            for c in decl.changes
        ]
        lines.append(
            tabulate(
                rows,
                headers=["Rule", "Ruleset", "Outcome A -> B", "Message under A", "Message under B"],
                tablefmt="simple",
                maxcolwidths=[None, None, 30, 45, 45],
            )
        )
    return lines


def render_table(diff: Diff) -> str:
    blocks = ["\n".join(_header(diff)), _summary_table(diff)]
    totals = ", ".join(f"{diff.count(w)} {w}" for w in ("added", "removed", "changed", "unchanged"))
    blocks.append(f"rules: {totals}")
    blocks += ["\n".join(_ruleset_lines(item)) for item in diff.rulesets]
    if diff.declaration is not None:
        blocks.append("\n".join(_declaration_lines(diff.declaration)))
    return "\n\n".join(blocks) + "\n"


# --- Markdown -------------------------------------------------------------------------------------------


def _cell(text: Any) -> str:
    """One line, no pipes, no raw HTML (rule texts may come from a custom ruleset file)."""
    return cell(str(text))


def _markdown_rulesets(diff: Diff) -> list[str]:
    lines = [
        "| Ruleset | A | B | Added | Removed | Changed | Unchanged | Status |",
        "|---|---|---|---:|---:|---:|---:|---|",
    ]
    for item in diff.rulesets:
        lines.append(
            f"| `{item.ruleset}` | {_version(item.old)} | {_version(item.new)} | {len(item.added)} | "
            f"{len(item.removed)} | {len(item.changed)} | {item.unchanged} | {_STATUS_WORDS[item.status]} |"
        )
    return lines


def _markdown_ruleset(item: RulesetDiff) -> list[str]:
    lines = [f"## `{item.ruleset}`: {_version(item.old)} → {_version(item.new)}", ""]
    if item.status in ("only_in_a", "only_in_b"):
        rules = item.added or item.removed
        side = "B" if item.status == "only_in_b" else "A"
        lines.append(
            f"Only in {side}: `{_ref_label(item.new or item.old)}`, {len(rules)} rules: {_ids(rules)}."
        )
        return lines + _markdown_changed(item)  # rules moved here from a ruleset of the other side
    if item.status == "unchanged":
        lines.append(f"No rule changed ({item.unchanged} rules).")
        return lines
    if item.changes:
        lines += ["Ruleset data:", ""]
        lines += [f"- {change.aspect}: {_cell(change.text)}" for change in item.changes]
        lines.append("")
    for title, rules in (("Added", item.added), ("Removed", item.removed)):
        if rules:
            lines += [f"{title}:", ""]
            lines += [f"- `{r.id}` {_cell(r.title)} ({r.severity})" for r in rules]
            lines.append("")
    return lines + _markdown_changed(item)


def _markdown_changed(item: RulesetDiff) -> list[str]:
    if not item.changed:
        return []
    lines = ["", "Changed:", "", "| Rule | Aspect | Change |", "|---|---|---|"]
    for change in item.changed:
        name = f"`{change.id}`" + (f" (was `{change.old_id}`)" if change.old_id != change.id else "")
        for index, each in enumerate(change.changes):
            text = _cell(each.text)
            if each.aspect in _QUOTED and isinstance(each.old, str) and isinstance(each.new, str):
                text += f"<br>A: {_cell(each.old)}<br>B: {_cell(each.new)}"
            lines.append(f"| {name if index == 0 else ''} | {each.aspect} | {text} |")
    return lines


def _markdown_declaration(decl: DeclarationDiff) -> list[str]:
    model = f" ({_cell(decl.model)})" if decl.model else ""
    lines = [
        f"## Declaration `{decl.path}`{model}",
        "",
        f"As of {decl.as_of.isoformat()}: {len(decl.changes)} outcomes change, {decl.unchanged} unchanged.",
        "",
    ]
    if decl.changes:
        lines += [
            "| Rule | Ruleset | Under A | Under B | Message under A | Message under B |",
            "|---|---|---|---|---|---|",
        ]
        for c in decl.changes:
            lines.append(
                f"| `{c.rule}` | {c.ruleset} | {_status(c.old_status)} | {_status(c.new_status)} | "
                f"{_cell(c.old_message or '')} | {_cell(c.new_message or '')} |"
            )
    return lines


def render_markdown(diff: Diff) -> str:
    lines = [f"# Rules diff: `{diff.old.label}` → `{diff.new.label}`", ""]
    for name, side in (("A", diff.old), ("B", diff.new)):
        lines.append(f"- {name}: `{side.label}`, {_cell(side.title)}")
    totals = ", ".join(f"{diff.count(w)} {w}" for w in ("added", "removed", "changed", "unchanged"))
    lines += ["", f"Rules: {totals}.", ""]
    lines += _markdown_rulesets(diff)
    lines.append("")
    for item in diff.rulesets:
        lines += _markdown_ruleset(item)
        lines.append("")
    if diff.declaration is not None:
        lines += _markdown_declaration(diff.declaration)
        lines.append("")
    kept = [line for index, line in enumerate(lines) if line or (index and lines[index - 1])]
    return "\n".join(kept).rstrip("\n") + "\n"


RENDERERS = {"table": render_table, "json": render_json, "markdown": render_markdown}
