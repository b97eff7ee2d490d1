"""Evaluation: facts + declaration + rulesets -> one result per rule, with its evidence items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from compliance_checker.engine.checks import CHECKS, ITEM_PATH, each_outcomes, item_name
from compliance_checker.engine.classify import LEGACY_DEADLINE
from compliance_checker.engine.conditions import fact_names, holds, why_not
from compliance_checker.engine.context import Context
from compliance_checker.models.document import LoadedDocument, dotted
from compliance_checker.models.facts import Facts
from compliance_checker.models.loaded import LoadedDeclaration
from compliance_checker.models.report import EvidenceItem, Outcome, RuleResult
from compliance_checker.models.ruleset import Bin, EachCheck, Rule, Ruleset


def build_context(loaded: LoadedDeclaration, facts: Facts, rulesets: Sequence[Ruleset]) -> Context:
    sets: dict[str, tuple[str, ...]] = {}
    bins: dict[str, tuple[Bin, ...]] = {}
    for ruleset in rulesets:
        for name, members in ruleset.sets.items():
            sets[f"{ruleset.ruleset.id}/{name}"] = tuple(members)
        for name, group in ruleset.taxonomy.items():
            sets[f"{ruleset.ruleset.id}/{name}"] = tuple(entry.id for entry in group)
        for name, ranges in ruleset.bins.items():
            bins[f"{ruleset.ruleset.id}/{name}"] = tuple(ranges)
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
    )


def due_date(rule: Rule, facts: Facts) -> dt.date | None:
    """When a gap in this rule becomes a finding; None while it cannot be known (not yet placed)."""
    start = rule.since
    if rule.legacy_grace and facts.truthy("legacy_model"):
        return max(start, LEGACY_DEADLINE)
    if rule.due == "since":
        return start
    if rule.due == "notification_deadline":
        deadline = facts.date("notification_deadline")
        return max(start, deadline) if deadline else start
    placed = facts.date("compliance_deadline")
    return max(start, placed) if placed else None


def rule_result(
    rule: Rule,
    ruleset_id: str,
    status: Outcome,
    message: str,
    items: tuple[EvidenceItem, ...],
    due: dt.date | None,
    line: int,
    column: int,
) -> RuleResult:
    """A rule's result: the rule's fixed facts (title, sources, ...) with this declaration's outcome."""
    return RuleResult(
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


def each_items(check: EachCheck, ctx: Context, doc: LoadedDocument) -> list[EvidenceItem]:
    """An `each` check entry by entry: one evidence item per entry and sub-check, located at the entry's
    field, so that every late report or missing element is found where it is written."""
    base = tuple(check.path.split("."))
    count, outcomes, problem = each_outcomes(check, ctx)
    pos = doc.position(base)
    if problem:
        return [EvidenceItem(check.path, check.label, "each", "failed", problem, pos.line, pos.column)]
    if not count:
        message = f"{check.path} has no entries to check"
        return [EvidenceItem(check.path, check.label, "each", "ok", message, pos.line, pos.column)]
    if not outcomes:
        message = f"{check.path}: no check applies to its {count} entries"
        return [EvidenceItem(check.path, check.label, "each", "ok", message, pos.line, pos.column)]
    found: list[EvidenceItem] = []
    for index, entry, sub, ok, message in outcomes:
        rest = tuple(sub.path.split(".")[1:]) if sub.path.startswith("item.") else ()
        where = doc.position((*base, index, *rest))
        found.append(
            EvidenceItem(
                dotted((*base, index, *rest)),
                f"{sub.label} ({item_name(entry, index)})",
                sub.check,
                "ok" if ok else "failed",
                ITEM_PATH.sub("", message),  # the item's path and label say which entry
                where.line,
                where.column,
            )
        )
    return found


def evaluate_rule(rule: Rule, ruleset_id: str, loaded: LoadedDeclaration, ctx: Context) -> RuleResult:
    doc = loaded.document

    def result(
        status: Outcome,
        message: str,
        items: tuple[EvidenceItem, ...],
        due: dt.date | None,
        line: int,
        column: int,
    ) -> RuleResult:
        return rule_result(rule, ruleset_id, status, message, items, due, line, column)

    first = doc.position(tuple(rule.evidence[0].path.split(".")))
    if not holds(rule.applies_when, ctx):
        if "gpai_provider" in fact_names(rule.applies_when) and not ctx.facts.truthy("gpai_provider"):
            # The common precondition failed: say that, not the rule's own narrower reason.
            message = f"not the provider of a GPAI model: {ctx.facts['gpai_provider'].reason}"
        else:
            reasons = "; ".join(why_not(rule.applies_when, ctx))
            lead = rule.not_applicable_reason
            message = f"{lead.rstrip('.')} ({reasons})" if lead and reasons else lead or reasons
        return result("not_applicable", message, (), None, first.line, first.column)

    items: list[EvidenceItem] = []
    for check in rule.evidence:
        pos = doc.position(tuple(check.path.split(".")))
        if check.when is not None and not holds(check.when, ctx):
            reason = "; ".join(why_not(check.when, ctx))
            items.append(
                EvidenceItem(
                    check.path,
                    check.label,
                    check.check,
                    "skipped",
                    f"not required: {reason}",
                    pos.line,
                    pos.column,
                )
            )
            continue
        if isinstance(check, EachCheck):
            items.extend(each_items(check, ctx, doc))
            continue
        ok, message = CHECKS[check.check](check, ctx)
        items.append(
            EvidenceItem(
                check.path, check.label, check.check, "ok" if ok else "failed", message, pos.line, pos.column
            )
        )
    frozen = tuple(items)
    considered = [i for i in items if i.status != "skipped"]
    failed = [i for i in considered if i.status == "failed"]
    if not considered:
        return result(
            "not_applicable",
            "no evidence is required under the declared facts: " + _listed(i.message for i in items),
            frozen,
            None,
            first.line,
            first.column,
        )
    if not failed:
        if rule.manual_review:
            return result(
                "manual_review",
                f"all {len(considered)} evidence items given; a person must judge: {rule.manual_review}",
                frozen,
                None,
                first.line,
                first.column,
            )
        return result(
            "evidenced", f"all {len(considered)} evidence items given", frozen, None, first.line, first.column
        )
    gap = _listed(f"{i.label}: {i.message}" for i in failed)
    where = failed[0]
    due = due_date(rule, ctx.facts)
    as_of = ctx.facts.as_of
    if due is None:
        return result(
            "not_yet_due",
            f"due when the model is placed on the Union market; {gap}",
            frozen,
            None,
            where.line,
            where.column,
        )
    # A "within N days" deadline still allows acting on its last day; an obligation that applies from a
    # date (placement, 2 August 2025, 2 August 2027) must already be met on that day.
    still_open = as_of <= due if rule.due == "notification_deadline" else as_of < due
    if still_open:
        return result("not_yet_due", f"due {due.isoformat()}; {gap}", frozen, due, where.line, where.column)
    status: Outcome = "partial" if len(failed) < len(considered) else "missing"
    counted = f"{len(considered) - len(failed)} of {len(considered)} evidence items given"
    return result(status, f"{counted}; {gap}", frozen, due, where.line, where.column)


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
