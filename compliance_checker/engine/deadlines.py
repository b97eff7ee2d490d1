"""Deadlines: every dated obligation of one declaration, from the same time limits the rules evaluate.

Each check operator that evaluates a time limit (`date`, `cadence`, and `each`, `any`, `all` around them)
yields the dates it compares with (``operators.deadlines``), so the calendar is computed by the rules'
own specs and calendar arithmetic: there is no second list of periods. This module walks the selected
rules of one declaration, keeps the checks that apply to it (the rule's ``applies_when`` and the check's
``when`` hold), and adds what is dated at the rule level: a gap deferred to a due date (``not_yet_due``),
a gap past its due date that no dated check explains, and, for a model placed before 2 August 2025, the
Art 111(3) deadline from the classification.

The results are the rules' results as `check` reports them, waivers applied: an overdue or late
obligation of a rule whose finding is waived is ``waived``, with the status it would have had and the
waiver. Pure: no I/O, nothing printed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Sequence

from compliance_checker.engine import operators
from compliance_checker.engine.conditions import truth
from compliance_checker.engine.context import Context
from compliance_checker.engine.evaluate import build_context
from compliance_checker.engine.operators.common import Due
from compliance_checker.models.deadlines import WAIVABLE, DeclarationDeadlines, Kind, Obligation, Status
from compliance_checker.models.document import Path, dotted
from compliance_checker.models.facts import Facts
from compliance_checker.models.loaded import LoadedDeclaration
from compliance_checker.models.report import FAILING, AppliedWaiver, RuleResult
from compliance_checker.models.ruleset import Rule, Ruleset

DEFAULT_WITHIN = 30  # days: "due soon" is due within a month from the as-of date (today included)
UID_DOMAIN = "compliance-checker"


def status_of(due: dt.date, *, done: dt.date | None, met: bool | None, as_of: dt.date, within: int) -> Status:
    """An obligation's status on the as-of date: met or late when a date is recorded for it, else overdue
    (its last day has passed), due soon (within ``within`` days) or upcoming."""
    if met is True:
        return "met"
    if done is not None and met is False:
        return "late"
    if due < as_of:
        return "overdue"
    return "due_soon" if (due - as_of).days <= within else "upcoming"


def identity(loaded: LoadedDeclaration) -> str:
    """Who and what a declaration is about, for stable UIDs: provider, model and version (not its file)."""
    decl = loaded.declaration
    return "\x1f".join((decl.provider.name, decl.model.name, decl.model.version))


def uid(declaration: str, rule: str, kind: str, key: str) -> str:
    """A UID that stays the same across runs for the same obligation (RFC 5545 UID, RFC 7986 form)."""
    digest = hashlib.sha256("\x1e".join((declaration, rule, kind, key)).encode("utf-8")).hexdigest()
    return f"{digest[:32]}@{UID_DOMAIN}"


def _keyed(path: Path, entries: tuple[str, ...]) -> str:
    """A path with list positions replaced by the entries' names (``log[id inc-1].initial_report``), so
    that reordering a list does not change its obligations' UIDs."""
    names = iter(entries)
    parts = [f"[{next(names, str(part))}]" if isinstance(part, int) else f".{part}" for part in path]
    return "".join(parts)


def _citation(rule: Rule) -> tuple[str, ...]:
    return tuple(source.render() for source in rule.sources)


def _what(due: Due) -> str:
    entries = f" ({', '.join(due.entries)})" if due.entries else ""
    if due.kind != "recurring":
        return f"{due.label}{entries}"
    which = "next" if due.occurrence == "next" else f"no. {due.occurrence}"
    return f"{due.label}{entries}: {which}"


def _checked(rule: Rule, ctx: Context) -> Iterator[tuple[int, Due]]:
    """The dated obligations of a rule's top-level checks whose ``when`` holds, with the check's index."""
    for index, check in enumerate(rule.evidence):
        if check.when is not None and truth(check.when, ctx) is not True:
            continue
        for due in operators.deadlines(check, ctx):
            yield index, due


class UniqueKeys:
    """Keys made unique in the order they come: ``key``, then ``key#2``, ``key#3``... for two obligations
    at one place of one rule (a list with repeated entries). Each key remembers the last number it took,
    so that 10,000 repeats cost 10,000 steps, not 50 million."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self._last: dict[str, int] = {}

    def take(self, key: str) -> str:
        count = self._last.get(key, 1)
        unique = key if count == 1 else f"{key}#{count}"
        while unique in self.taken:  # every number below ``count`` is taken already
            count += 1
            unique = f"{key}#{count}"
        self._last[key] = count
        self.taken.add(unique)
        return unique


class _Builder:
    def __init__(self, loaded: LoadedDeclaration, facts: Facts, within: int) -> None:
        self.loaded = loaded
        self.facts = facts
        self.within = within
        self.identity = identity(loaded)
        self.keys = UniqueKeys()
        self.found: list[Obligation] = []

    def add(
        self,
        *,
        rule: Rule | None,
        ruleset: str,
        kind: Kind,
        key: str,
        date: dt.date,
        status: Status,
        what: str,
        citation: tuple[str, ...],
        done: dt.date | None,
        path: Path | str,
        at: tuple[int, int] | None = None,
        waived: bool = False,
        waiver: AppliedWaiver | None = None,
    ) -> None:
        """One obligation; ``waived``: the rule's finding is waived (``waiver``, None for the legacy
        deadline), so an overdue or late obligation is listed as waived."""
        rule_id = rule.id if rule is not None else ""
        unique = self.keys.take(key)
        waived_status: Status | None = None
        if waived and status in WAIVABLE:
            status, waived_status = "waived", status
        if at is None:
            assert not isinstance(path, str)
            position = self.loaded.document.position(path)
            at = (position.line, position.column)
        self.found.append(
            Obligation(
                uid=uid(self.identity, rule_id, kind, unique),
                date=date,
                status=status,
                kind=kind,
                rule=rule_id,
                ruleset=ruleset,
                title=rule.title if rule is not None else "Models placed before 2 August 2025 comply",
                what=what,
                sources=citation,
                done=done,
                path=path if isinstance(path, str) else dotted(path),
                line=at[0],
                column=at[1],
                waived_status=waived_status,
                waiver=waiver if waived_status is not None else None,
            )
        )

    def status(self, date: dt.date, done: dt.date | None = None, met: bool | None = None) -> Status:
        return status_of(date, done=done, met=met, as_of=self.facts.as_of, within=self.within)


def deadlines(
    loaded: LoadedDeclaration,
    facts: Facts,
    rulesets: Sequence[Ruleset],
    results: Sequence[RuleResult],
    *,
    within: int = DEFAULT_WITHIN,
) -> DeclarationDeadlines:
    """Every dated obligation of one declaration under the selected rulesets, sorted by date.

    ``results`` are the declaration's rule results under the same rulesets (``engine.evaluate``): a rule's
    deferred or overdue gap is dated by its result's due date.
    """
    ctx = build_context(loaded, facts, rulesets)
    build = _Builder(loaded, facts, within)
    outcome = {(r.ruleset, r.rule): r for r in results}
    for ruleset in rulesets:
        name = f"{ruleset.ruleset.id}@{ruleset.ruleset.version}"
        for rule in ruleset.rules:
            if truth(rule.applies_when, ctx) is not True:
                continue
            result = outcome.get((ruleset.ruleset.id, rule.id))
            waiver = result.waiver if result is not None and result.status == "waived" else None
            dated = False
            for index, due in _checked(rule, ctx):
                dated = True
                # keep_until: a recorded end that is too early is no late action; the period still runs.
                met = due.met if due.kind != "keep_until" or due.met else None
                build.add(
                    rule=rule,
                    ruleset=name,
                    kind=due.kind,
                    key=f"{index}{_keyed(due.path, due.entries)}@{due.occurrence}",
                    date=due.date,
                    status=build.status(due.date, due.done if met is not None else None, met),
                    what=_what(due),
                    citation=_citation(rule),
                    done=due.done,
                    path=due.path,
                    waived=waiver is not None,
                    waiver=waiver,
                )
            if result is None or result.due is None:
                continue
            deferred = result.status == "not_yet_due"
            if deferred or (result.effective_status in FAILING and not dated):
                build.add(
                    rule=rule,
                    ruleset=name,
                    kind="rule_due",
                    key="rule",
                    date=result.due,
                    status=build.status(result.due) if deferred else "overdue",
                    what=f"close the gaps: {rule.title}",
                    citation=_citation(rule),
                    done=None,
                    path=next((i.path for i in result.evidence if i.is_gap), rule.evidence[0].path),
                    at=(result.line, result.column),
                    waived=waiver is not None,
                    waiver=waiver,
                )
    _legacy(build, results)
    decl = loaded.declaration
    return DeclarationDeadlines(
        path=loaded.file,
        provider=decl.provider.name,
        model=f"{decl.model.name} {decl.model.version}",
        as_of=facts.as_of,
        obligations=tuple(sorted(build.found, key=lambda o: (o.date, o.rule, o.uid))),
    )


def _legacy(build: _Builder, results: Sequence[RuleResult]) -> None:
    """A model placed before 2 August 2025: the Art 111(3) date by which it must comply with everything,
    met when no rule has a gap due on that date (deferred until then, or a finding since); waived when
    every such gap is a waived finding."""
    facts = build.facts
    deadline = facts.date("compliance_deadline")
    if not facts.truthy("legacy_model") or deadline is None:
        return
    gaps = [
        r
        for r in results
        if r.due == deadline and r.effective_status in ("not_yet_due", "missing", "partial")
    ]
    deferred = len(gaps)
    what = (
        f"comply with every obligation that applies: {deferred} rule{'s' if deferred != 1 else ''} "
        "with gaps due by this date"
        if deferred
        else "comply with every obligation that applies: every applicable rule is evidenced"
    )
    build.add(
        rule=None,
        ruleset="",
        kind="legacy_deadline",
        key="legacy",
        date=deadline,
        status=build.status(deadline) if deferred else "met",
        what=what,
        citation=facts["legacy_model"].sources,
        done=None,
        path=("model", "placed_on_market"),
        waived=bool(gaps) and all(r.status == "waived" for r in gaps),
    )
