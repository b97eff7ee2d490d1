"""What changed between two versions of a ruleset, or between two profiles, and what that changes for
one declaration. Pure: rulesets and reports in, a ``Diff`` out; no I/O, no printing.

Rules match by id, or through ``aliases`` (a renamed rule keeps its former ids). A matched rule is
compared aspect by aspect (``models.diff.ASPECTS``). Evidence checks are paired by kind and declaration
path, so a reordered list is not a change; inside a paired check, numbers, offsets, dates and the
comparison itself are *thresholds* and are shown old -> new in the declaration's terms
(``safety_and_security.serious_incidents.records_retention_years >= 3 -> >= 5``, ``offset 36 months -> 5
years``); everything else that differs in a check is *evidence*. A change in a set, taxonomy group or bin
list that a rule reads is an evidence change of that rule too, since it changes what the rule accepts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from compliance_checker.engine.conditions import NAMES, words
from compliance_checker.engine.operators import OPERATORS
from compliance_checker.engine.operators.common import scalar as _scalar
from compliance_checker.models.diff import (
    ASPECTS,
    Change,
    DeclarationDiff,
    Diff,
    OutcomeChange,
    RuleChange,
    RulesetDiff,
    RuleSummary,
    Side,
)
from compliance_checker.models.record import as_data
from compliance_checker.models.report import DeclarationReport, RulesetRef
from compliance_checker.models.ruleset import Check, Rule, Ruleset

Pair = tuple[RulesetRef, Ruleset]

# Which aspect each rule field belongs to (a test keeps this complete for models.ruleset.Rule).
RULE_ASPECTS: dict[str, str] = {
    "id": "id",
    "aliases": "id",
    "title": "title",
    "obligation": "obligation",
    "applies_when": "applicability",
    "not_applicable_reason": "guidance",  # words of the not_applicable message, not when it applies
    "evidence": "evidence",
    "severity": "severity",
    "since": "timing",
    "due": "timing",
    "legacy_grace": "timing",
    "manual_review": "manual_review",
    "on_gap": "manual_review",
    "sources": "sources",
    "verified": "verified",
    "checked_against": "verified",
    "unverified_reason": "verified",
    "recipients": "recipients",
    "remediation": "guidance",
    "example": "guidance",
    "notes": "guidance",
}
_TEXT_FIELDS = frozenset(
    {"obligation", "not_applicable_reason", "manual_review", "remediation", "example", "notes"}
    | {"unverified_reason"}
)
_CHECK_LISTS = ("of", "checks")  # keys that hold nested checks (any, all, each)
_CONDITION_KEYS = ("when", "where")
_REFERENCE_KEYS = ("set", "in_set", "bins")


# --- words for values -----------------------------------------------------------------------------------


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def offset_text(offset: Any) -> str:
    """``{"months": 36}`` -> ``36 months``; ``{"years": 1}`` -> ``1 year``."""
    if not isinstance(offset, dict) or len(offset) != 1:
        return _scalar(offset)
    ((unit, amount),) = offset.items()
    words = unit.replace("_", " ")
    if _is_number(amount) and abs(amount) == 1:
        words = words.removesuffix("s")
    return f"{_scalar(amount)} {words}"


def _operand_text(operand: Any) -> str:
    if isinstance(operand, str):
        return operand
    if isinstance(operand, dict):
        if "date" in operand:
            return str(operand["date"])
        if operand.get("as_of"):
            return "the as-of date"
        for key in ("latest_of", "earliest_of"):
            if key in operand:
                words = key.replace("_", " ")
                return f"{words} ({', '.join(_operand_text(o) for o in operand[key])})"
    return _scalar(operand)


def _list_delta(old: Iterable[Any], new: Iterable[Any], sep: str = ", ") -> str:
    before, after = [_scalar(v) for v in old], [_scalar(v) for v in new]
    added = [v for v in after if v not in before]
    removed = [v for v in before if v not in after]
    parts = [f"+{v}" for v in added] + [f"-{v}" for v in removed]
    return sep.join(parts) if parts else "reordered"


# --- checks ---------------------------------------------------------------------------------------------


def _data(check: Check) -> dict[str, Any]:
    """A check as its file data, without fields at their defaults."""
    data: dict[str, Any] = as_data(check, exclude_defaults=True)
    return data


def _view(check: Check) -> dict[str, Any]:
    """A check's data as its operator wants it compared (a date's comparison as one change...)."""
    view = OPERATORS[check.check].diff_view
    return view(_data(check)) if view else _data(check)


def _align(old: Sequence[Check], new: Sequence[Check]) -> list[tuple[Check | None, Check | None]]:
    """Checks paired by (kind, path) and occurrence; new order first, then what only A has."""

    def keyed(items: Sequence[Check]) -> list[tuple[tuple[tuple[str, str], int], Check]]:
        seen: Counter[tuple[str, str]] = Counter()
        out = []
        for item in items:
            key = (item.check, item.path)
            out.append(((key, seen[key]), item))
            seen[key] += 1
        return out

    remaining = dict(keyed(old))
    pairs: list[tuple[Check | None, Check | None]] = [
        (remaining.pop(key, None), item) for key, item in keyed(new)
    ]
    return pairs + [(item, None) for item in remaining.values()]


def _checks_changes(where: str, old: Sequence[Check], new: Sequence[Check], out: list[Change]) -> None:
    for a, b in _align(old, new):
        if a == b:
            continue
        if a is None or b is None:
            item = b if a is None else a
            assert item is not None
            loc = f"{where} > {item.path}" if where else item.path
            sign = "+" if a is None else "-"
            label = f"{item.check} check ({item.label})"
            out.append(Change("evidence", f"{sign} {loc}: {label}", a and _data(a), b and _data(b)))
            continue
        _check_changes(f"{where} > {b.path}" if where else b.path, a, b, out)


def _check_changes(loc: str, old_check: Check, new_check: Check, out: list[Change]) -> None:
    old, new = _view(old_check), _view(new_check)
    for key in dict.fromkeys([*new, *old]):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        compared = OPERATORS[new_check.check].compared
        if key in _CHECK_LISTS:
            _checks_changes(loc, getattr(old_check, key, ()) or (), getattr(new_check, key, ()) or (), out)
        elif key == "comparison" and compared is not None:
            out.append(Change("thresholds", f"{loc} {compared(a or {})} -> {compared(b or {})}", a, b))
        elif key in ("offset", "every"):
            out.append(Change("thresholds", f"{loc}: {key} {offset_text(a)} -> {offset_text(b)}", a, b))
        elif key == "compare":
            words_ = f"{_scalar(a).replace('_', ' ')} -> {_scalar(b).replace('_', ' ')}"
            out.append(Change("thresholds", f"{loc}: {words_}", a, b))
        elif key == "against":
            dated = all(isinstance(v, dict) and set(v) == {"date"} for v in (a, b))
            aspect = "thresholds" if dated else "evidence"
            text = f"{loc}: compared with {_operand_text(a)} -> {_operand_text(b)}"
            out.append(Change(aspect, text, a, b))
        elif key in _CONDITION_KEYS:
            before, after = (words(getattr(c, key, None), NAMES) for c in (old_check, new_check))
            out.append(Change("evidence", f"{loc}: {key} {before} -> {after}", a, b))
        elif _is_number(a) or _is_number(b):
            out.append(Change("thresholds", f"{loc}: {key} {_scalar(a)} -> {_scalar(b)}", a, b))
        elif isinstance(a, list) and isinstance(b, list):
            out.append(Change("evidence", f"{loc}: {key} {_list_delta(a, b)}", a, b))
        else:
            out.append(Change("evidence", f"{loc}: {key} {_scalar(a)} -> {_scalar(b)}", a, b))


# --- rules ----------------------------------------------------------------------------------------------


def _references(value: Any) -> set[str]:
    """Names of the sets, taxonomy groups and bin lists a rule reads (``<ruleset id>/<name>``)."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key in _REFERENCE_KEYS and isinstance(item, str):
                found.add(item)
            else:
                found |= _references(item)
    elif isinstance(value, list):
        for item in value:
            found |= _references(item)
    return found


def _field_change(field: str, aspect: str, a: Any, b: Any, old: Rule, new: Rule) -> list[Change]:
    if field == "evidence":
        out: list[Change] = []
        _checks_changes("", old.evidence, new.evidence, out)
        return out
    if field == "sources":
        before = [_source_text(s) for s in a]
        after = [_source_text(s) for s in b]
        changes = [Change(aspect, f"+ {s}", None, s) for s in after if s not in before]
        changes += [Change(aspect, f"- {s}", s, None) for s in before if s not in after]
        return changes or [Change(aspect, "reordered", before, after)]
    if field in ("aliases", "recipients"):
        return [Change(aspect, f"{field}: {_list_delta(a or [], b or [])}", a, b)]
    if field == "applies_when":
        text = f"applies when {words(old.applies_when, NAMES)} -> {words(new.applies_when, NAMES)}"
        return [Change(aspect, text, a, b)]
    if field in _TEXT_FIELDS:
        verb = "added" if a is None else "removed" if b is None else "reworded"
        return [Change(aspect, verb if field == aspect else f"{field.replace('_', ' ')} {verb}", a, b)]
    if field == "verified":
        return [Change(aspect, f"{'yes' if a else 'no'} -> {'yes' if b else 'no'}", a, b)]
    if field == aspect:
        return [Change(aspect, f"{_scalar(a)} -> {_scalar(b)}", a, b)]
    return [Change(aspect, f"{field.replace('_', ' ')} {_scalar(a)} -> {_scalar(b)}", a, b)]


def _source_text(source: Any) -> str:
    if isinstance(source, dict):
        document, ref = source.get("document", ""), source.get("ref", "")
        if document == "Code of Practice":
            return f"Code of Practice, {ref}"
        if document == "Training data summary template":
            return f"Training data summary template, {str(ref).removeprefix('Template ')}"
        return f"{document} {ref}"
    return _scalar(source)


def rule_changes(old: Rule, new: Rule, *, changed_data: dict[str, str] | None = None) -> list[Change]:
    """Every change between two versions of one rule, in the order of ``models.diff.ASPECTS``."""
    a = as_data(old)
    b = as_data(new)
    a["evidence"] = [_data(c) for c in old.evidence]
    b["evidence"] = [_data(c) for c in new.evidence]
    changes: list[Change] = []
    for field in dict.fromkeys([*b, *a]):
        if a.get(field) == b.get(field):
            continue
        aspect = RULE_ASPECTS.get(field, "other")
        if field == "id":
            changes.append(Change("id", f"renamed {a['id']} -> {b['id']}", a["id"], b["id"]))
        elif aspect == "other":
            before, after = a.get(field), b.get(field)
            changes.append(Change("other", f"{field} {_scalar(before)} -> {_scalar(after)}", before, after))
        else:
            changes.extend(_field_change(field, aspect, a.get(field), b.get(field), old, new))
    for name in sorted(_references(b) & set(changed_data or {})):
        assert changed_data is not None
        changes.append(Change("evidence", f"reads {name}, which changed: {changed_data[name]}"))
    order = {aspect: index for index, aspect in enumerate(ASPECTS)}
    return sorted(changes, key=lambda c: order.get(c.aspect, len(order)))


def match_rules(
    old: Sequence[tuple[str, Rule]], new: Sequence[tuple[str, Rule]]
) -> list[tuple[tuple[str, Rule] | None, tuple[str, Rule] | None]]:
    """Pairs (A, B) by id; then a B rule whose aliases hold an A id; then an A rule whose aliases hold a B
    id. Unmatched rules pair with None."""
    by_id = {rule.id: index for index, (_, rule) in enumerate(new)}
    by_alias = {alias: index for index, (_, rule) in enumerate(new) for alias in rule.aliases}
    used: set[int] = set()
    pairs: list[tuple[tuple[str, Rule] | None, tuple[str, Rule] | None]] = []
    pending: list[tuple[str, Rule]] = []
    for item in old:
        index = by_id.get(item[1].id)
        if index is not None and index not in used:
            used.add(index)
            pairs.append((item, new[index]))
        else:
            pending.append(item)
    for item in pending:
        candidates = [by_alias.get(item[1].id)] + [by_id.get(alias) for alias in item[1].aliases]
        index = next((i for i in candidates if i is not None and i not in used), None)
        if index is None:
            pairs.append((item, None))
        else:
            used.add(index)
            pairs.append((item, new[index]))
    pairs.extend((None, item) for index, item in enumerate(new) if index not in used)
    return pairs


# --- ruleset-level data ---------------------------------------------------------------------------------


def _named_data(pairs: Sequence[Pair]) -> dict[str, Any]:
    """Every set, taxonomy group and bin list by ``<ruleset id>/<name>``, as JSON-ready values."""
    named: dict[str, Any] = {}
    for _, ruleset in pairs:
        data = as_data(ruleset)
        rid = ruleset.ruleset.id
        for group in ("sets", "taxonomy", "bins"):
            for name, value in (data.get(group) or {}).items():
                named[f"{rid}/{name}"] = (group, value)
    return named


def _data_delta(group: str, a: Any, b: Any) -> str:
    if a is None:
        return "added"
    if b is None:
        return "removed"
    if group == "sets":
        return _list_delta(a, b)
    if group == "taxonomy":
        old = {e.get("id"): e for e in a}
        new = {e.get("id"): e for e in b}
        parts = [f"+{i}" for i in new if i not in old] + [f"-{i}" for i in old if i not in new]
        reworded = [i for i in new if i in old and old[i] != new[i]]
        if reworded:
            parts.append(f"{len(reworded)} reworded ({', '.join(reworded)})")
        return ", ".join(parts) or "reordered"
    old_labels = [_bin_text(x) for x in a]
    new_labels = [_bin_text(x) for x in b]
    return _list_delta(old_labels, new_labels)


def _bin_text(item: Any) -> str:
    if not isinstance(item, dict):
        return _scalar(item)
    low, high = item.get("min"), item.get("max")
    span = f"{_scalar(low) if low is not None else ''}..{_scalar(high) if high is not None else ''}"
    return f"{item.get('label')} [{span}]"


def _changed_data(old: Sequence[Pair], new: Sequence[Pair]) -> dict[str, tuple[str, str, Any, Any]]:
    a, b = _named_data(old), _named_data(new)
    changed: dict[str, tuple[str, str, Any, Any]] = {}
    for name in sorted(set(a) | set(b)):
        before, after = a.get(name, (None, None)), b.get(name, (None, None))
        if before[1] != after[1]:
            group = after[0] or before[0]
            changed[name] = (group, _data_delta(group, before[1], after[1]), before[1], after[1])
    return changed


def _ruleset_changes(
    old: Ruleset, new: Ruleset, changed: dict[str, tuple[str, str, Any, Any]]
) -> tuple[Change, ...]:
    out: list[Change] = []
    a = as_data(old.ruleset)
    b = as_data(new.ruleset)
    for field in ("title", "description", "date"):
        if a.get(field) != b.get(field):
            verb = (
                "reworded"
                if field == "description"
                else f"{_scalar(a.get(field))} -> {_scalar(b.get(field))}"
            )
            out.append(Change("info", f"{field} {verb}", a.get(field), b.get(field)))
    if a.get("sources") != b.get("sources"):
        old_sources = [_source_text(s) for s in a.get("sources") or []]
        new_sources = [_source_text(s) for s in b.get("sources") or []]
        out.append(
            Change("info", f"sources {_list_delta(old_sources, new_sources, '; ')}", old_sources, new_sources)
        )
    prefix = f"{new.ruleset.id}/"
    for name, (group, text, before, after) in changed.items():
        if name.startswith(prefix):
            label = {"sets": "set", "taxonomy": "taxonomy group", "bins": "bins"}[group]
            out.append(Change(group, f"{label} {name.removeprefix(prefix)}: {text}", before, after))
    old_prov = [_source_text(p) for p in a.get("provisions") or []]
    new_prov = [_source_text(p) for p in b.get("provisions") or []]
    if old_prov != new_prov:
        added = [p for p in new_prov if p not in old_prov]
        removed = [p for p in old_prov if p not in new_prov]
        text = f"{len(added)} added, {len(removed)} removed" if added or removed else "retitled or reordered"
        out.append(Change("provisions", text, removed, added))
    return tuple(out)


# --- the whole comparison -------------------------------------------------------------------------------


def _summary(ruleset: str, rule: Rule) -> RuleSummary:
    return RuleSummary(id=rule.id, title=rule.title, severity=rule.severity, ruleset=ruleset)


def compare(old: Side, new: Side, old_rulesets: Sequence[Pair], new_rulesets: Sequence[Pair]) -> Diff:
    """Every ruleset id of either side: rules added, removed and changed, and ruleset-level changes."""
    changed_data = _changed_data(old_rulesets, new_rulesets)
    data_text = {name: text for name, (_, text, _, _) in changed_data.items()}
    old_rules = [(ref.id, rule) for ref, ruleset in old_rulesets for rule in ruleset.rules]
    new_rules = [(ref.id, rule) for ref, ruleset in new_rulesets for rule in ruleset.rules]
    added: dict[str, list[RuleSummary]] = {}
    removed: dict[str, list[RuleSummary]] = {}
    changed: dict[str, list[RuleChange]] = {}
    unchanged: Counter[str] = Counter()
    renamed: list[tuple[str, str]] = []
    for a, b in match_rules(old_rules, new_rules):
        if a is None:
            assert b is not None
            added.setdefault(b[0], []).append(_summary(*b))
            continue
        if b is None:
            removed.setdefault(a[0], []).append(_summary(*a))
            continue
        if a[1].id != b[1].id:
            renamed.append((a[1].id, b[1].id))
        changes = rule_changes(a[1], b[1], changed_data=data_text)
        if a[0] != b[0]:
            changes.insert(0, Change("ruleset", f"moved from {a[0]} to {b[0]}", a[0], b[0]))
        if changes:
            change = RuleChange(
                id=b[1].id,
                old_id=a[1].id,
                ruleset=b[0],
                old_ruleset=a[0],
                title=b[1].title,
                changes=tuple(changes),
            )
            changed.setdefault(b[0], []).append(change)
        else:
            unchanged[b[0]] += 1
    old_by_id = {ref.id: (ref, ruleset) for ref, ruleset in old_rulesets}
    new_by_id = {ref.id: (ref, ruleset) for ref, ruleset in new_rulesets}
    diffs: list[RulesetDiff] = []
    for rid in sorted(set(old_by_id) | set(new_by_id)):
        before, after = old_by_id.get(rid), new_by_id.get(rid)
        level: tuple[Change, ...] = ()
        if before is not None and after is not None:
            level = _ruleset_changes(before[1], after[1], changed_data)
        diffs.append(
            RulesetDiff(
                ruleset=rid,
                old=before[0] if before else None,
                new=after[0] if after else None,
                added=tuple(added.get(rid, ())),
                removed=tuple(removed.get(rid, ())),
                changed=tuple(changed.get(rid, ())),
                unchanged=unchanged[rid],
                changes=level,
            )
        )
    return Diff(old=old, new=new, rulesets=tuple(diffs), renamed=tuple(renamed))


def outcome_changes(diff: Diff, old: DeclarationReport, new: DeclarationReport) -> DeclarationDiff:
    """The rules whose outcome for one declaration differs between A and B (renamed rules are followed
    through the diff's ``renamed`` pairs); a rule only one side has is listed with None on the other."""
    to_new = dict(diff.renamed)
    after = {r.rule: r for r in new.results}
    seen: set[str] = set()
    changes: list[OutcomeChange] = []
    same = 0
    for result in old.results:
        rule = to_new.get(result.rule, result.rule)
        match = after.get(rule)
        if match is None:
            changes.append(
                OutcomeChange(
                    rule=result.rule,
                    old_rule=result.rule,
                    ruleset=result.ruleset,
                    title=result.title,
                    old_status=result.status,
                    new_status=None,
                    old_message=result.message,
                    new_message=None,
                )
            )
            continue
        seen.add(rule)
        if match.status == result.status:
            same += 1
            continue
        changes.append(
            OutcomeChange(
                rule=match.rule,
                old_rule=result.rule,
                ruleset=match.ruleset,
                title=match.title,
                old_status=result.status,
                new_status=match.status,
                old_message=result.message,
                new_message=match.message,
            )
        )
    for result in new.results:
        if result.rule not in seen:
            changes.append(
                OutcomeChange(
                    rule=result.rule,
                    old_rule=None,
                    ruleset=result.ruleset,
                    title=result.title,
                    old_status=None,
                    new_status=result.status,
                    old_message=None,
                    new_message=result.message,
                )
            )
    return DeclarationDiff(
        path=new.path,
        sha256=new.sha256,
        model=new.model,
        as_of=new.as_of,
        changes=tuple(changes),
        unchanged=same,
    )
