"""`rules`: list the rules, show one in full, and map each ruleset's provisions to the rules that check
them (`rules coverage`)."""

from __future__ import annotations

import json

import click

from compliance_checker.commands.options import EXIT_OK, ruleset_option
from compliance_checker.commands.options import selected as select_rulesets


@click.group()
def rules() -> None:
    """List the rules, show one in full, or show how they cover their legal sources."""


@rules.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@ruleset_option
def rules_list(fmt: str, rulesets: tuple[str, ...]) -> int:
    """Every rule of the selected ruleset versions."""
    from tabulate import tabulate

    from compliance_checker.report.serialize import source_dict

    selected = select_rulesets(rulesets)
    if fmt == "json":
        items = [
            {
                "id": rule.id,
                "ruleset": item.ref.id,
                "version": item.ref.version,
                "title": rule.title,
                "severity": rule.severity,
                "verified": rule.verified,
                "since": rule.since.isoformat(),
                "recipients": list(rule.recipients),
                "sources": [source_dict(s) for s in rule.sources],
            }
            for item in selected
            for rule in item.ruleset.rules
        ]
        click.echo(json.dumps(items, indent=2, ensure_ascii=False))
        return EXIT_OK
    rows = [
        [
            rule.id,
            f"{item.ref.id}@{item.ref.version}",
            rule.severity,
            "yes" if rule.verified else "NO",
            rule.title,
            "; ".join(s.render() for s in rule.sources),
        ]
        for item in selected
        for rule in item.ruleset.rules
    ]
    click.echo(
        tabulate(
            rows,
            headers=["Rule", "Ruleset", "Severity", "Verified", "Title", "Sources"],
            tablefmt="simple",
            maxcolwidths=[None, None, None, None, 40, 45],
        )
    )
    return EXIT_OK


@rules.command("show")
@click.argument("rule_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@ruleset_option
def rules_show(rule_id: str, fmt: str, rulesets: tuple[str, ...]) -> int:
    """One rule in full: obligation, sources, applicability, evidence checks, remediation, example."""
    import yaml

    from compliance_checker.errors import UsageError
    from compliance_checker.models.ruleset import as_data
    from compliance_checker.report.describe import RECIPIENT_WORDS
    from compliance_checker.report.describe import condition as condition_words

    selected = select_rulesets(rulesets)
    for item in selected:
        for rule in item.ruleset.rules:
            if rule_id == rule.id or rule_id in rule.aliases:
                data = as_data(rule, exclude_none=True)
                if fmt == "json":
                    click.echo(
                        json.dumps({"ruleset": item.ref.id, "version": item.ref.version, **data}, indent=2)
                    )
                    return EXIT_OK
                click.echo(f"{rule.id}: {rule.title}")
                click.echo(
                    f"Ruleset: {item.ref.id}@{item.ref.version}   Severity: {rule.severity}   "
                    f"Since: {rule.since.isoformat()}   Verified: {'yes' if rule.verified else 'no'}"
                )
                click.echo(f"\nObligation: {rule.obligation}")
                click.echo("\nSources:")
                for source in rule.sources:
                    click.echo(f"  - {source.render()}")
                if rule.recipients:
                    owed = ", ".join(RECIPIENT_WORDS[r] for r in rule.recipients)
                    click.echo(f"\nOwed to: {owed}")
                click.echo(f"\nApplies when: {condition_words(rule.applies_when)}")
                compact = as_data(rule, exclude_defaults=True)
                for key in ("evidence",):
                    value = compact.get(key, data[key])
                    if isinstance(value, str):
                        click.echo(f"\n{key}: {value}")
                        continue
                    click.echo(f"\n{key}:")
                    dumped = yaml.safe_dump(value, sort_keys=False, allow_unicode=True, width=100)
                    click.echo("\n".join("  " + line for line in dumped.splitlines()))
                if rule.manual_review:
                    click.echo(f"\nManual review: {rule.manual_review}")
                if rule.notes:
                    click.echo(f"\nNotes: {rule.notes}")
                click.echo(f"\nRemediation: {rule.remediation}")
                if rule.example:
                    click.echo("\nExample:")
                    click.echo("\n".join("  " + line for line in rule.example.rstrip().splitlines()))
                return EXIT_OK
    known = ", ".join(rule.id for item in selected for rule in item.ruleset.rules)
    raise UsageError.plain(f"unknown rule {rule_id!r}; known: {known}")


@rules.command("coverage")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table", show_default=True
)
@click.option("--all", "verbose", is_flag=True, help="List covered provisions too, not only the gaps.")
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 100),
    default=None,
    metavar="PERCENT",
    help="Exit 1 when a ruleset that lists provisions covers less than this share of them.",
)
@ruleset_option
def rules_coverage(fmt: str, verbose: bool, fail_under: float | None, rulesets: tuple[str, ...]) -> int:
    """Each provision of each ruleset's sources (Code measure, article point, Form item, template section)
    against the rules that check it."""
    from compliance_checker.engine.coverage import coverage_all
    from compliance_checker.report.coverage import render_json, render_markdown, render_table

    items = coverage_all([item.ruleset for item in select_rulesets(rulesets)])
    if fmt == "json":
        click.echo(render_json(items), nl=False)
    elif fmt == "markdown":
        click.echo(render_markdown(items), nl=False)
    else:
        click.echo(render_table(items, verbose=verbose), nl=False)
    if fail_under is not None and any(i.percent is not None and i.percent < fail_under for i in items):
        return 1
    return EXIT_OK
