"""Rule coverage: each provision a ruleset lists (article point, Code measure, Form item, template
section) against the rules that cite it. Pure: rulesets in, coverage values out."""

from __future__ import annotations

from collections.abc import Sequence

from compliance_checker.models.coverage import ProvisionCoverage, RulesetCoverage
from compliance_checker.models.ruleset import Ruleset


def _citing(ruleset: Ruleset) -> dict[tuple[str, str], list[str]]:
    citing: dict[tuple[str, str], list[str]] = {}
    for rule in ruleset.rules:
        for source in rule.sources:
            ids = citing.setdefault(source.key(), [])
            if rule.id not in ids:
                ids.append(rule.id)
    return citing


def coverage(ruleset: Ruleset, others: Sequence[Ruleset] = ()) -> RulesetCoverage:
    """A provision with ``covered_by`` counts the rules of that ruleset (among ``others``) citing it."""
    own = _citing(ruleset)
    elsewhere = {other.ruleset.id: _citing(other) for other in others}
    items = tuple(
        ProvisionCoverage(
            provision=p,
            rules=tuple(
                elsewhere.get(p.covered_by, {}).get(p.key(), ()) if p.covered_by else own.get(p.key(), ())
            ),
        )
        for p in ruleset.ruleset.provisions
    )
    return RulesetCoverage(ruleset=ruleset.ruleset.id, version=ruleset.ruleset.version, provisions=items)


def coverage_all(rulesets: Sequence[Ruleset]) -> list[RulesetCoverage]:
    return [coverage(r, rulesets) for r in rulesets]
