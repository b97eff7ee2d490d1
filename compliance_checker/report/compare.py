"""Rendering `compare`: a listing for the terminal (``table``), JSON (valid against
schemas/compare.schema.json) or Markdown for a pull request or an audit file.

Pure: a ``Comparison`` in, text out. JSON holds every value whole; the table and Markdown shorten values
to one line and locate each change as ``file:line:col`` in the old and the new file.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from compliance_checker.models.compare import Comparison, FieldChange, Location, VerdictChange
from compliance_checker.report.markdown import cell, code
from compliance_checker.report.serialize import ruleset_dict

FORMATS = ("table", "json", "markdown")
VALUE_WIDTH = 80  # Markdown cells
LINE_WIDTH = 100  # the terminal listing
MIN_VALUE_WIDTH = 24
SIGNS = {"added": "+", "removed": "-", "changed": "~"}
NOT_GIVEN = "(not given)"


def terminal_safe(text: str) -> str:
    """Control characters (which a value may hold through a YAML escape) shown as escapes, never sent."""
    return "".join(c if c.isprintable() or c == " " else f"\\u{ord(c):04x}" for c in text)


def short(value: Any, width: int = VALUE_WIDTH) -> str:
    """A value on one line of at most ``width`` characters: text quoted with its whitespace collapsed,
    blocks as compact JSON; when cut, it ends with an ellipsis and the full length."""
    if value is None:
        return NOT_GIVEN
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, int | float):
        text = repr(value)
    elif isinstance(value, str):
        text = json.dumps(" ".join(value.split()), ensure_ascii=False)
    else:
        text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    text = terminal_safe(text)
    if len(text) <= width:
        return text
    suffix = f"… ({len(text):,} characters)"
    return text[: max(1, width - len(suffix))] + suffix


def _where(at: Location | None) -> str:
    return terminal_safe(at.render()) if at is not None else ""


# --- JSON -----------------------------------------------------------------------------------------------


def _location_dict(at: Location | None) -> dict[str, Any] | None:
    return None if at is None else {"file": at.file, "line": at.line, "column": at.column}


def _field_dict(change: FieldChange) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "path": change.path,
        "old": None if change.kind == "added" else {"value": change.old, "at": _location_dict(change.old_at)},
        "new": None
        if change.kind == "removed"
        else {"value": change.new, "at": _location_dict(change.new_at)},
    }


def _verdict_dict(change: VerdictChange) -> dict[str, Any]:
    def side(status: str | None, message: str | None, at: Location | None) -> dict[str, Any] | None:
        return None if status is None else {"status": status, "message": message, "at": _location_dict(at)}

    return {
        "rule": change.rule,
        "ruleset": change.ruleset,
        "title": change.title,
        "severity": change.severity,
        "direction": change.direction,
        "old": side(change.old_status, change.old_message, change.old_at),
        "new": side(change.new_status, change.new_message, change.new_at),
    }


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    return {
        "old": {"path": comparison.old.path, "sha256": comparison.old.sha256, "model": comparison.old.model},
        "new": {"path": comparison.new.path, "sha256": comparison.new.sha256, "model": comparison.new.model},
        "as_of": comparison.as_of.isoformat(),
        "profile": comparison.profile,
        "rulesets": [ruleset_dict(ref) for ref in comparison.rulesets],
        "summary": {
            "text": comparison.summary(),
            "fields_changed": len(comparison.fields),
            "added": comparison.count("added"),
            "removed": comparison.count("removed"),
            "changed": comparison.count("changed"),
            "verdicts_changed": len(comparison.verdicts),
            "improved": comparison.count("improved"),
            "regressed": comparison.count("regressed"),
            "verdicts_unchanged": comparison.unchanged_verdicts,
        },
        "fields": [_field_dict(change) for change in comparison.fields],
        "matched_by_position": [{"path": item.path, "reason": item.reason} for item in comparison.positional],
        "verdicts": [_verdict_dict(change) for change in comparison.verdicts],
    }


def render_json(comparison: Comparison) -> str:
    return json.dumps(comparison_dict(comparison), indent=2, ensure_ascii=False) + "\n"


# --- the terminal listing -------------------------------------------------------------------------------


def _header(comparison: Comparison) -> list[str]:
    lines = ["compare OLD -> NEW"]
    for name, version in (("old", comparison.old), ("new", comparison.new)):
        lines.append(
            f"  {name}: {terminal_safe(version.path)} ({terminal_safe(version.model)}, sha256 "
            f"{version.sha256[:12]})"
        )
    rulesets = ", ".join(f"{ref.id}@{ref.version}" for ref in comparison.rulesets)
    profile = f" (profile {comparison.profile})" if comparison.profile else ""
    text = f"both checked as of {comparison.as_of.isoformat()} against {rulesets}{profile}"
    return lines + textwrap.wrap(
        text, width=LINE_WIDTH, initial_indent="  ", subsequent_indent="    ", break_on_hyphens=False
    )


def _side_line(label: str, value: Any, at: Location | None) -> str:
    """``old 247:7: VALUE``: the line and column in that file (the header names both files), the value
    shortened so that the line fits LINE_WIDTH."""
    head = f"      {label} {at.line}:{at.column}: " if at is not None else f"      {label}: "
    return head + short(value, max(MIN_VALUE_WIDTH, LINE_WIDTH - len(head)))


def _field_lines(change: FieldChange) -> list[str]:
    lines = [f"  {SIGNS[change.kind]} {terminal_safe(change.path)}"]
    if change.kind != "added":
        lines.append(_side_line("old", change.old, change.old_at))
    if change.kind != "removed":
        lines.append(_side_line("new", change.new, change.new_at))
    return lines


def _fields_block(comparison: Comparison) -> list[str]:
    counts = ", ".join(f"{comparison.count(kind)} {kind}" for kind in ("added", "removed", "changed"))
    lines = [f"Fields: {len(comparison.fields)} changed ({counts}); list entries matched by identity"]
    for change in comparison.fields:
        lines += _field_lines(change)
    for item in comparison.positional:
        lines.append(f"  note: {terminal_safe(item.path)} matched by position: {terminal_safe(item.reason)}")
    return lines


def _status(status: str | None) -> str:
    return status if status is not None else "(no result)"


def _verdicts_block(comparison: Comparison) -> list[str]:
    lines = [
        f"Verdicts: {len(comparison.verdicts)} changed ({comparison.count('improved')} improved, "
        f"{comparison.count('regressed')} regressed), {comparison.unchanged_verdicts} unchanged"
    ]
    for change in comparison.verdicts:
        outcome = f"{_status(change.old_status)} -> {_status(change.new_status)}"
        lines.append(f"  {change.rule}  {change.direction}: {outcome}")
        lines += textwrap.wrap(
            terminal_safe(change.title), width=LINE_WIDTH, initial_indent="      ", subsequent_indent="      "
        )
        for label, message in (("old", change.old_message), ("new", change.new_message)):
            if message:
                lines += textwrap.wrap(
                    terminal_safe(message),
                    width=LINE_WIDTH,
                    initial_indent=f"      {label}: ",
                    subsequent_indent="           ",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
    return lines


def render_table(comparison: Comparison) -> str:
    blocks = [
        "\n".join(_header(comparison)),
        "\n".join(_fields_block(comparison)),
        "\n".join(_verdicts_block(comparison)),
        f"Summary: {comparison.summary()}",
    ]
    return "\n\n".join(blocks) + "\n"


# --- Markdown -------------------------------------------------------------------------------------------


def _md_where(at: Location | None) -> str:
    return code(at.render()) if at is not None else ""


def render_markdown(comparison: Comparison) -> str:
    old, new = comparison.old, comparison.new
    rulesets = ", ".join(code(f"{ref.id}@{ref.version}") for ref in comparison.rulesets)
    lines = [
        f"# Declaration compared: {code(old.path)} → {code(new.path)}",
        "",
        f"- Old: {cell(old.model)}, {code(old.path)}, SHA-256 {code(old.sha256[:12])}",
        f"- New: {cell(new.model)}, {code(new.path)}, SHA-256 {code(new.sha256[:12])}",
        f"- Both checked as of {comparison.as_of.isoformat()} against {rulesets}",
        "",
        f"**{cell(comparison.summary())}.**",
        "",
        f"## Fields ({len(comparison.fields)})",
        "",
    ]
    if comparison.fields:
        lines += ["| | Field | Old | New |", "|---|---|---|---|"]
        for change in comparison.fields:
            old_text = (
                "" if change.kind == "added" else f"{cell(short(change.old))} {_md_where(change.old_at)}"
            )
            new_text = (
                "" if change.kind == "removed" else f"{cell(short(change.new))} {_md_where(change.new_at)}"
            )
            lines.append(f"| {change.kind} | {code(change.path)} | {old_text.strip()} | {new_text.strip()} |")
    else:
        lines.append("No field changed.")
    if comparison.positional:
        lines.append("")
        for item in comparison.positional:
            lines.append(f"- {code(item.path)} matched by position: {cell(item.reason)}")
    lines += [
        "",
        f"## Verdicts ({len(comparison.verdicts)} changed, {comparison.unchanged_verdicts} unchanged)",
        "",
    ]
    if comparison.verdicts:
        lines += [
            "| Rule | Change | Old | New | Message (old) | Message (new) |",
            "|---|---|---|---|---|---|",
        ]
        for v in comparison.verdicts:
            lines.append(
                f"| {code(v.rule)} | {v.direction} | {_status(v.old_status)} | {_status(v.new_status)} | "
                f"{cell(v.old_message or '')} | {cell(v.new_message or '')} |"
            )
    else:
        lines.append("No verdict changed.")
    return "\n".join(lines) + "\n"


RENDERERS = {"table": render_table, "json": render_json, "markdown": render_markdown}
