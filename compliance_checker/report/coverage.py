"""Rendering `rules coverage`: a table for the terminal, JSON, or Markdown for docs and pull requests."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from compliance_checker.models.coverage import ProvisionCoverage, RulesetCoverage


def _percent(item: RulesetCoverage) -> str:
    value = item.percent
    return "no provisions listed" if value is None else f"{value:.1f}%"


def _rules(p: ProvisionCoverage) -> str:
    rules = ", ".join(p.rules)
    if p.provision.covered_by:
        return f"{p.provision.covered_by}: {rules or 'none'}"
    return rules or p.provision.optional or ""


def coverage_dicts(items: Sequence[RulesetCoverage]) -> list[dict[str, Any]]:
    return [
        {
            "ruleset": item.ruleset,
            "version": item.version,
            "provisions": len(item.provisions),
            "covered": item.count("covered"),
            "uncovered": item.count("uncovered"),
            "optional": item.count("optional"),
            "percent": None if item.percent is None else round(item.percent, 1),
            "items": [
                {
                    "document": p.provision.document,
                    "ref": p.provision.ref,
                    "title": p.provision.title,
                    "status": p.status,
                    "rules": list(p.rules),
                    **({"optional": p.provision.optional} if p.provision.optional else {}),
                    **({"covered_by": p.provision.covered_by} if p.provision.covered_by else {}),
                }
                for p in item.provisions
            ],
        }
        for item in items
    ]


def render_json(items: Sequence[RulesetCoverage]) -> str:
    return json.dumps(coverage_dicts(items), indent=2, ensure_ascii=False) + "\n"


def render_table(items: Sequence[RulesetCoverage], *, verbose: bool) -> str:
    from tabulate import tabulate

    summary = [
        [
            f"{i.ruleset}@{i.version}",
            len(i.provisions),
            i.count("covered"),
            i.count("uncovered"),
            i.count("optional"),
            _percent(i),
        ]
        for i in items
    ]
    parts = [
        tabulate(
            summary,
            headers=["Ruleset", "Provisions", "Covered", "Uncovered", "Optional", "Coverage"],
            tablefmt="simple",
        )
    ]
    for item in items:
        shown = [p for p in item.provisions if verbose or p.status != "covered"]
        if not shown:
            continue
        rows = [
            [
                p.status,
                p.provision.render(),
                p.provision.title,
                _rules(p),
            ]
            for p in shown
        ]
        parts.append(
            f"\n{item.ruleset}@{item.version}:\n"
            + tabulate(
                rows,
                headers=["Status", "Provision", "Title", "Rules"],
                tablefmt="simple",
                maxcolwidths=[None, 50, 40, 40],
            )
        )
    return "\n".join(parts) + "\n"


def rule_anchor(rule_id: str, version: str | None = None) -> str:
    """The anchor of a rule in docs/rules.md. The same id can exist in several versions of a ruleset;
    the default version's rule has the plain id, another version's rule carries that version."""
    return rule_id.lower() if version is None else f"{rule_id.lower()}--{version}"


def render_markdown(items: Sequence[RulesetCoverage], *, defaults: Mapping[str, str] | None = None) -> str:
    """Markdown tables linking each rule to docs/rules.md. With ``defaults`` (ruleset id -> default
    version), rules of any other version link to that version's anchor; a provision covered by another
    ruleset links to the version of it among ``items``."""
    shown = {i.ruleset: i.version for i in items}

    def version_of(ruleset: str) -> str | None:
        version = shown.get(ruleset)
        if defaults is None or version is None or defaults.get(ruleset) == version:
            return None
        return version

    lines = [
        "| Ruleset | Provisions | Covered | Uncovered | Optional | Coverage |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for i in items:
        lines.append(
            f"| {i.ruleset}@{i.version} | {len(i.provisions)} | {i.count('covered')} | "
            f"{i.count('uncovered')} | {i.count('optional')} | {_percent(i)} |"
        )
    for item in items:
        if not item.provisions:
            continue
        lines += [
            "",
            f"### {item.ruleset}@{item.version}",
            "",
            "| Provision | Title | Rules |",
            "|---|---|---|",
        ]
        for p in item.provisions:
            version = version_of(p.provision.covered_by or item.ruleset)
            rules = ", ".join(f"[{r}](rules.md#{rule_anchor(r, version)})" for r in p.rules)
            if not rules:
                rules = f"*optional: {p.provision.optional}*" if p.provision.optional else "**not covered**"
            if p.provision.covered_by:
                rules = f"in {p.provision.covered_by}: {rules}"
            lines.append(f"| {p.provision.render()} | {p.provision.title} | {rules} |")
    return "\n".join(lines) + "\n"
