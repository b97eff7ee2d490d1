"""Rule coverage values: each provision a ruleset lists, with the rules that cite it."""

from __future__ import annotations

from dataclasses import dataclass

from compliance_checker.models.ruleset import Provision


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
