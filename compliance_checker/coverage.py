"""Rule coverage: each provision a ruleset lists (article point, Code measure, Form item, template
section) against the rules that cite it. Pure: rulesets in, a coverage table out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from compliance_checker.models.ruleset import Provision, Ruleset


@dataclass(frozen=True, slots=True)
class ProvisionCoverage:
    provision: Provision
    rules: tuple[str, ...]  # ids of the rules that cite it

    @property
    def status(self) -> str:
        if self.rules:
            return "covered"
        return "optional" if self.provision.optional else "uncovered"


@dataclass(frozen=True, slots=True)
class RulesetCoverage:
    ruleset: str
    version: str
    provisions: tuple[ProvisionCoverage, ...]

    def count(self, status: str) -> int:
        return sum(1 for p in self.provisions if p.status == status)

    @property
    def required(self) -> int:
        """Provisions from which an obligation follows (the optional ones are listed but not counted)."""
        return sum(1 for p in self.provisions if not p.provision.optional or p.rules)

    @property
    def percent(self) -> float | None:
        if not self.required:
            return None
        return 100.0 * self.count("covered") / self.required


def coverage(ruleset: Ruleset) -> RulesetCoverage:
    citing: dict[tuple[str, str], list[str]] = {}
    for rule in ruleset.rules:
        for source in rule.sources:
            ids = citing.setdefault(source.key(), [])
            if rule.id not in ids:
                ids.append(rule.id)
    items = tuple(
        ProvisionCoverage(provision=p, rules=tuple(citing.get(p.key(), ())))
        for p in ruleset.ruleset.provisions
    )
    return RulesetCoverage(ruleset=ruleset.ruleset.id, version=ruleset.ruleset.version, provisions=items)


def coverage_all(rulesets: Sequence[Ruleset]) -> list[RulesetCoverage]:
    return [coverage(r) for r in rulesets]
