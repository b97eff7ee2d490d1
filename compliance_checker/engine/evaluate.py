"""Evaluation: facts + declaration + rulesets -> one result per rule, with its evidence items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from compliance_checker.engine import operators
from compliance_checker.engine.answers import duplicate_texts
from compliance_checker.engine.classify import LEGACY_DEADLINE
from compliance_checker.engine.conditions import questions, truth, why_not
from compliance_checker.engine.context import Context, parts_of
from compliance_checker.engine.operators import OPERATORS
from compliance_checker.engine.operators.common import ITEM_PATH, item_name
from compliance_checker.engine.operators.each import EachCheck, EachOutcome, outcomes
from compliance_checker.models.document import LoadedDocument, dotted
from compliance_checker.models.facts import UNKNOWN, Facts, Truth, Unknown
from compliance_checker.models.loaded import LoadedDeclaration
from compliance_checker.models.report import (
    GAP_ITEMS,
    EvidenceItem,
    ItemStatus,
    Outcome,
    RuleResult,
    new_evidence_item,
    new_rule_result,
)
from compliance_checker.models.ruleset import Bin, Check, Condition, Rule, Ruleset, leaves


def _named_sets(rulesets: Sequence[Ruleset]) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[Bin, ...]]]:
    """The rulesets' named sets (taxonomy groups included) and bins under ``<ruleset id>/<name>``: the
    same for every declaration checked against the same rulesets, so kept for the last few selections."""
    key = tuple(map(id, rulesets))
    found = _SETS.get(key)
    if found is not None and all(a is b for a, b in zip(found[0], rulesets, strict=True)):
        return found[1], found[2]
    sets: dict[str, tuple[str, ...]] = {}
    bins: dict[str, tuple[Bin, ...]] = {}
    for ruleset in rulesets:
        for name, members in ruleset.sets.items():
            sets[f"{ruleset.ruleset.id}/{name}"] = tuple(members)
        for name, group in ruleset.taxonomy.items():
            sets[f"{ruleset.ruleset.id}/{name}"] = tuple(entry.id for entry in group)
        for name, ranges in ruleset.bins.items():
            bins[f"{ruleset.ruleset.id}/{name}"] = tuple(ranges)
    if len(_SETS) >= _SETS_KEPT:
        _SETS.clear()
    _SETS[key] = (tuple(rulesets), sets, bins)  # the rulesets kept alive, so that their ids stay theirs
    return sets, bins


_SETS_KEPT = 8
_SETS: dict[
    tuple[int, ...], tuple[tuple[Ruleset, ...], dict[str, tuple[str, ...]], dict[str, tuple[Bin, ...]]]
] = {}


def build_context(loaded: LoadedDeclaration, facts: Facts, rulesets: Sequence[Ruleset]) -> Context:
    sets, bins = _named_sets(rulesets)
    evidence = {item["id"]: item for item in loaded.values.get("evidence", [])}
    texts = {
        ".".join(str(part) for part in path): text
        for path, text in loaded.document.number_texts.items()
        if all(isinstance(part, str) for part in path)
    }
    return Context(
        values=loaded.values,
        facts=facts,
        sets=sets,
        evidence=evidence,
        evidence_files=loaded.evidence_files,
        number_texts=texts,
        bins=bins,
        raw=loaded.document.data,
        duplicates=duplicate_texts(loaded.values),
    )


# Evidence items and results are made by the hundred per declaration (see models/report.py).
_new_item = new_evidence_item
_new_result = new_rule_result


def due_date(rule: Rule, facts: Facts) -> dt.date | Unknown | None:
    """When a gap in this rule becomes a finding; None while the model is not placed yet, and for a rule
    that is always due (its gaps are findings on every run); UNKNOWN when the facts it depends on are not
    stated (then :func:`due_questions` says what to state)."""
    if rule.due == "always":
        return None
    start = rule.since
    if rule.legacy_grace and facts.truth("legacy_model") is not False:
        return max(start, LEGACY_DEADLINE) if facts.truthy("legacy_model") else UNKNOWN
    if rule.due == "since":
        return start
    if rule.due == "notification_deadline":
        if facts["notification_deadline"].unknown:
            return UNKNOWN
        deadline = facts.date("notification_deadline")
        return max(start, deadline) if deadline else start
    if facts["compliance_deadline"].unknown:
        return UNKNOWN
    placed = facts.date("compliance_deadline")
    return max(start, placed) if placed else None


def due_questions(rule: Rule, facts: Facts) -> list[str]:
    """What to state so that the due date of a rule whose due date is UNKNOWN can be known."""
    names = ["legacy_model"] if rule.legacy_grace else []
    names.append("notification_deadline" if rule.due == "notification_deadline" else "compliance_deadline")
    return list(dict.fromkeys(q for name in names if facts[name].unknown for q in facts[name].questions))


def rule_result(
    rule: Rule,
    ruleset_id: str,
    items: tuple[EvidenceItem, ...],
    status: Outcome,
    message: str,
    due: dt.date | None,
    line: int,
    column: int,
) -> RuleResult:
    """A rule's result: the rule's fixed facts (title, sources, ...) with this declaration's outcome."""
    return _new_result(
        rule=rule.id,
        title=rule.title,
        ruleset=ruleset_id,
        status=status,
        severity=rule.severity,
        sources=tuple(rule.sources),
        message=message,
        remediation=rule.remediation,
        verified=rule.verified,
        due=due,
        evidence=items,
        line=line,
        column=column,
        obligation=rule.obligation,
    )


# The operators that check the whole declaration and report one item per problem found (evidence integrity).
_LOCATED = frozenset(name for name, operator in OPERATORS.items() if operator.located is not None)


def _position(path: str, doc: LoadedDocument, ctx: Context) -> tuple[int, int]:
    """Where a declaration path is written (or its nearest written ancestor), as (line, column); asked
    once per path."""
    found: tuple[int, int] | None = ctx.positions.get(path)
    if found is None:
        found = ctx.positions[path] = doc.line_column(parts_of(path))
    return found


def _truth(cond: Condition, ctx: Context) -> Truth:
    """A rule's or a top-level check's condition: the same condition object gives the same answer for the
    whole declaration, so each is decided once."""
    if isinstance(cond, str):
        return ctx.facts.truth(cond)
    key = ("truth", id(cond))
    found = ctx.memo.get(key)
    if found is None or found[0] is not cond:  # the memo keeps the condition, so its id stays its own
        found = ctx.memo[key] = (cond, truth(cond, ctx))
    value: Truth = found[1]
    return value


def located_each(check: EachCheck, result: EachOutcome, doc: LoadedDocument) -> list[EvidenceItem]:
    """An `each` check entry by entry: one evidence item per entry and sub-check, located at the entry's
    field, so that every late report or missing element is found where it is written; one item for a
    list that cannot be checked, that declares none, or has nothing to check."""
    base = parts_of(check.path)
    line, column = doc.line_column(base)
    if result.problem:
        return [_new_item(check.path, check.label, "each", "failed", result.problem, line, column)]
    if result.none_declared or result.absent_as_none:
        message = result.none_declared or result.absent_as_none or ""
        return [_new_item(check.path, check.label, "each", "ok", message, line, column)]
    if not result.matched:
        message = f"{check.path} has no entries to check"
        return [_new_item(check.path, check.label, "each", "ok", message, line, column)]
    if not result.outcomes:
        message = f"{check.path}: no check applies to its {result.matched} entries"
        return [_new_item(check.path, check.label, "each", "ok", message, line, column)]
    found: list[EvidenceItem] = []
    named = -1  # the entry whose name ``name`` is: an entry's sub-checks come one after the other
    name = entry_path = ""
    for index, entry, sub, verdict in result.outcomes:
        if index != named:
            named, name = index, item_name(entry, index)
            entry_path = f"{check.path}[{index}]"  # models.document.dotted of the entry's path
        rest, dotted_rest = _item_rest(sub.path)
        line, column = doc.line_column((*base, index, *rest))
        message = verdict.message
        if "item." in message:  # the item's path and label say which entry
            message = ITEM_PATH.sub("", message)
        found.append(
            _new_item(
                entry_path + dotted_rest,
                f"{sub.label} ({name})",
                sub.check,
                verdict.status,
                message,
                line,
                column,
            )
        )
    return found


_REST: dict[str, tuple[tuple[str, ...], str]] = {}


def _item_rest(path: str) -> tuple[tuple[str, ...], str]:
    """The parts of an item-relative path after ``item``, and them dotted (``item.a.b`` -> ``("a", "b")``,
    ``".a.b"``), once per path."""
    rest = _REST.get(path)
    if rest is None:
        parts = tuple(path.split(".")[1:]) if path.startswith("item.") else ()
        rest = _REST[path] = (parts, "".join(f".{part}" for part in parts))
    return rest


def located_items(check: Check, ctx: Context, doc: LoadedDocument) -> list[EvidenceItem]:
    """A check over the whole declaration (the evidence integrity checks): each problem its own item at
    its own place; one item saying what was checked when nothing is wrong; skipped with nothing to check."""
    located = OPERATORS[check.check].located
    assert located is not None
    result = located(check, ctx)
    if result.gaps:
        items = []
        for where, message in result.gaps:
            line, column = doc.line_column(where)
            items.append(_new_item(dotted(where), check.label, check.check, "failed", message, line, column))
        return items
    line, column = doc.line_column(parts_of(check.path))
    status: ItemStatus = "ok" if result.checked else "skipped"
    message = result.summary if result.checked else f"nothing to check: {result.summary}"
    return [_new_item(check.path, check.label, check.check, status, message, line, column)]


def evaluate_rule(rule: Rule, ruleset_id: str, loaded: LoadedDeclaration, ctx: Context) -> RuleResult:
    doc = loaded.document
    first = _position(rule.evidence[0].path, doc, ctx)
    applies = _truth(rule.applies_when, ctx)
    # A fact the rule rests on is not stated: the result is manual_review naming what to state, never a
    # silent "not applicable" or a deferral; the evidence is still checked and reported.
    undetermined = "; ".join(questions(rule.applies_when, ctx)) if applies is UNKNOWN else ""
    if applies is False:
        if ctx.facts.truth("gpai_provider") is False and any(
            leaf == "gpai_provider" for _, leaf, _ in leaves(rule.applies_when)
        ):
            # The common precondition failed: say that, not the rule's own narrower reason.
            message = f"not the provider of a GPAI model: {ctx.facts['gpai_provider'].reason}"
        else:
            reasons = "; ".join(why_not(rule.applies_when, ctx))
            lead = rule.not_applicable_reason
            message = f"{lead.rstrip('.')} ({reasons})" if lead and reasons else lead or reasons
        return rule_result(rule, ruleset_id, (), "not_applicable", message, None, *first)

    items: list[EvidenceItem] = []
    # What the rule's message repeats when nothing is wrong: what explicit empty lists declared ("no
    # serious incidents declared") and what a check over the whole declaration looked at.
    notes: list[str] = []
    undecided: dict[int, list[str]] = {}  # item index -> questions: required only if the answer is yes
    for check in rule.evidence:
        condition = check.when
        when = True if condition is None else _truth(condition, ctx)
        if when is False:
            line, column = _position(check.path, doc, ctx)
            reason = "; ".join(why_not(condition, ctx))  # type: ignore[arg-type]  # not None: decided
            items.append(
                _new_item(
                    check.path, check.label, check.check, "skipped", f"not required: {reason}", line, column
                )
            )
            continue
        start = len(items)
        if isinstance(check, EachCheck):
            outcome = outcomes(check, ctx)
            items.extend(located_each(check, outcome, doc))
            if outcome.none_declared:
                notes.append(outcome.none_declared)
        elif check.check in _LOCATED:
            found = located_items(check, ctx, doc)
            items.extend(found)
            notes.extend(i.message for i in found if i.status == "ok")
        else:
            line, column = _position(check.path, doc, ctx)
            status, message, declared_none = operators.evaluate(check, ctx)
            if declared_none and status == "ok":
                notes.append(message)
            items.append(_new_item(check.path, check.label, check.check, status, message, line, column))
        if when is UNKNOWN:
            open_questions = questions(condition, ctx)  # type: ignore[arg-type]  # not None: undecided
            undecided.update(
                {n: open_questions for n in range(start, len(items)) if items[n].status in GAP_ITEMS}
            )
    judged = judge(rule, items, notes, Undecided(undecided, undetermined), ctx, first)
    return rule_result(rule, ruleset_id, tuple(items), *judged)


# A rule's outcome: its status, message, due date, and where it points (line, column).
Judgement = tuple[Outcome, str, dt.date | None, int, int]


class Undecided:
    """What the facts leave open: items required only if an unstated fact is yes (index -> questions),
    and the questions that decide whether the rule applies at all (empty when it is decided). One per
    rule and declaration, read once: a plain class, the cheapest to make."""

    __slots__ = ("applies", "items")

    def __init__(self, items: dict[int, list[str]], applies: str) -> None:
        self.items = items
        self.applies = applies


def judge(
    rule: Rule,
    items: list[EvidenceItem],
    notes: list[str],
    undecided: Undecided,
    ctx: Context,
    first: tuple[int, int],
) -> Judgement:
    """A rule's outcome from its evidence items. Failed and thin (partial) items are the gap: a rule
    whose items are all ok is evidenced (or manual_review); one with a gap is missing when every item
    failed, else partial (a thin answer counts as given, but not in full), unless the gap is not yet
    due, or the rule turns gaps into manual_review (``on_gap``). A gap that depends on an unstated fact,
    or a rule whose applicability does, is manual_review naming what to state. Returns the outcome, its
    message, the due date and where the result points (:data:`Judgement`)."""
    line, column = first  # the rule's first evidence path, where a result without a gap points
    if undecided.items:
        considered = [i for n, i in enumerate(items) if i.status != "skipped" and n not in undecided.items]
    else:
        considered = [i for i in items if i.status != "skipped"]
    gaps = [i for i in considered if i.status in GAP_ITEMS]
    if undecided.items and not gaps:
        asked = "; ".join(dict.fromkeys(q for qs in undecided.items.values() for q in qs))
        gap = _listed(f"{items[n].label}: {items[n].message}" for n in undecided.items)
        where = items[min(undecided.items)]
        message = f"cannot be determined whether this is required ({asked}); {gap}"
        return ("manual_review", message, None, where.line, where.column)
    if undecided.applies:
        found = (
            _listed(f"{i.label}: {i.message}" for i in gaps) or f"all {len(considered)} evidence items given"
        )
        line, column = (gaps[0].line, gaps[0].column) if gaps else (line, column)
        message = f"cannot be determined whether this applies ({undecided.applies}); {found}"
        return ("manual_review", message, None, line, column)
    if not considered:
        skipped = _listed(i.message for i in items)
        if not all(i.message.startswith("nothing to check") for i in items):
            skipped = f"no evidence is required under the declared facts: {skipped}"
        return ("not_applicable", skipped, None, line, column)
    declared = "".join(f"; {message}" for message in notes)
    if not gaps:
        if rule.manual_review:
            return (
                "manual_review",
                f"all {len(considered)} evidence items given{declared}; a person must judge: "
                f"{rule.manual_review}",
                None,
                line,
                column,
            )
        message = f"all {len(considered)} evidence items given{declared}"
        if all(i.check in _LOCATED for i in considered):  # what was checked over the whole declaration
            message = _listed(notes)
        return ("evidenced", message, None, line, column)
    gap = _listed(f"{i.label}: {i.message}" for i in gaps)
    where = gaps[0]
    failed = [i for i in gaps if i.status == "failed"]
    thin = len(gaps) - len(failed)
    counted = f"{len(considered) - len(gaps)} of {len(considered)} evidence items given" + (
        f", {thin} thin" if thin else ""
    )
    if all(i.check in _LOCATED for i in considered):  # one item per problem found in the declaration
        counted = f"{len(gaps)} problem{'s' if len(gaps) != 1 else ''} found"
    if rule.on_gap == "manual_review":
        message = f"{counted}; a person should look at: {gap}"
        return ("manual_review", message, None, where.line, where.column)
    due = due_date(rule, ctx.facts)
    as_of = ctx.facts.as_of
    if isinstance(due, Unknown):
        asked = "; ".join(due_questions(rule, ctx.facts))
        message = f"cannot be determined whether this is due yet ({asked}); {gap}"
        return ("manual_review", message, None, where.line, where.column)
    if rule.due != "always":
        if due is None:
            return (
                "not_yet_due",
                f"due when the model is placed on the Union market; {gap}",
                None,
                where.line,
                where.column,
            )
        # A "within N days" deadline still allows acting on its last day; an obligation that applies from
        # a date (placement, 2 August 2025, 2 August 2027) must already be met on that day.
        still_open = as_of <= due if rule.due == "notification_deadline" else as_of < due
        if still_open:
            return ("not_yet_due", f"due {due.isoformat()}; {gap}", due, where.line, where.column)
    status: Outcome = "missing" if len(failed) == len(considered) else "partial"
    return (status, f"{counted}; {gap}", due, where.line, where.column)


_LISTED = 10  # items named in a result's message; every item stays in its evidence, with its location


def _listed(texts: Iterable[str]) -> str:
    """At most ``_LISTED`` texts joined: a result over a list of 10,000 entries does not repeat them all
    in its message (a message is written once per result, in every format)."""
    shown: list[str] = []
    rest = 0
    for text in texts:
        if len(shown) < _LISTED:
            shown.append(text)
        else:
            rest += 1
    return "; ".join(shown) + (f"; and {rest:,} more (each listed with its location)" if rest else "")


def evaluate(loaded: LoadedDeclaration, facts: Facts, rulesets: Sequence[Ruleset]) -> tuple[RuleResult, ...]:
    ctx = build_context(loaded, facts, rulesets)
    return tuple(
        evaluate_rule(rule, ruleset.ruleset.id, loaded, ctx) for ruleset in rulesets for rule in ruleset.rules
    )
