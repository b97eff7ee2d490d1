"""`rules`: list the rules, show one in full, map each ruleset's provisions to the rules that check
them (`rules coverage`), and compare two versions of a ruleset or two profiles (`rules diff`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import click
from tabulate import tabulate

from compliance_checker.api import check_file
from compliance_checker.commands.options import EXIT_OK, as_of_option, profile_option, ruleset_option
from compliance_checker.commands.selection import selected as select_rulesets
from compliance_checker.commands.settings import unknown_rule
from compliance_checker.engine.conditions import words as condition_words
from compliance_checker.engine.coverage import coverage_all
from compliance_checker.engine.diff import compare, outcome_changes
from compliance_checker.errors import InputError, UsageError
from compliance_checker.loading.profiles import default_profile, parse_target, profile_rulesets
from compliance_checker.loading.rulesets import LoadedRuleset, Selection, shipped_rulesets
from compliance_checker.loading.yaml_import import yaml
from compliance_checker.models.diff import Side
from compliance_checker.models.record import as_data
from compliance_checker.models.ruleset import PRIMARY_TEXTS, RECIPIENT_WORDS
from compliance_checker.report.coverage import render_json, render_markdown, render_table
from compliance_checker.report.diff import RENDERERS
from compliance_checker.report.serialize import source_dict


@click.group()
def rules() -> None:
    """List the rules, show one in full, show how they cover their legal sources, or compare versions."""


@rules.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@ruleset_option
@profile_option
@click.option(
    "--all-versions",
    is_flag=True,
    help="List the rules of every shipped ruleset version (e.g. the third draft too), not only the selected.",
)
def rules_list(fmt: str, rulesets: tuple[str, ...], profile: str | None, all_versions: bool) -> int:
    """Every rule of the selected ruleset versions (the default profile unless --profile or --ruleset say
    otherwise), or of every shipped version with --all-versions."""
    selected = select_rulesets(rulesets, profile)
    if all_versions:
        shipped = shipped_rulesets()
        custom = [s for s in selected if not any(s.ref == item.ref for item in shipped)]
        selected = (*shipped, *custom)
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


def _find_rule(spec: str, selected: tuple[Any, ...]) -> tuple[Any, Any, list[str]]:
    """The rule a ``rules show`` argument names, its ruleset version, and the other shipped versions that
    have a rule with that id. ``ID`` looks in the selected versions first and then in every shipped
    version (newest first); ``ID@VERSION`` takes the rule from that version of its ruleset."""
    given, _, version = spec.partition("@")
    shipped = list(reversed(shipped_rulesets()))
    every = [n for item in (*selected, *shipped) for r in item.ruleset.rules for n in (r.id, *r.aliases)]
    # Rule ids in any case (aia-54 is AIA-54); an id that only begins several rules is no rule.
    exact = [name for name in dict.fromkeys(every) if name.lower() == given.lower()]
    if not exact:
        raise UsageError.plain(unknown_rule(given, every))
    wanted = exact[0]

    def matches(rule: Any) -> bool:
        return wanted == rule.id or wanted in rule.aliases

    holders = [item for item in shipped if any(matches(rule) for rule in item.ruleset.rules)]
    if version:
        candidates = [i for i in (*selected, *holders) if i.ref.version == version]
    else:
        candidates = [i for i in selected if any(matches(r) for r in i.ruleset.rules)] + holders
    for item in candidates:
        rule = next((r for r in item.ruleset.rules if matches(r)), None)
        if rule is not None:
            others = [
                f"{h.ref.id}@{h.ref.version}"
                for h in holders
                if (h.ref.id, h.ref.version) != (item.ref.id, item.ref.version)
            ]
            return item, rule, others
    where = ", ".join(f"{h.ref.id}@{h.ref.version}" for h in holders)
    raise UsageError.plain(f"rule {wanted!r} is not in version {version!r}; it is in {where}")


@rules.command("show")
@click.argument("rule_id", metavar="RULE_ID[@VERSION]")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@ruleset_option
@profile_option
def rules_show(rule_id: str, fmt: str, rulesets: tuple[str, ...], profile: str | None) -> int:
    """One rule in full: obligation, sources, applicability, evidence checks, remediation, example.

    A rule id can exist in several versions of its ruleset (e.g. the third draft and the final Code):
    RULE_ID shows the one in the selected versions (the default profile unless --profile or --ruleset
    say otherwise) and names the others; RULE_ID@VERSION shows that version's rule."""
    selected = select_rulesets(rulesets, profile)
    item, rule, others = _find_rule(rule_id, selected)
    chosen = any(s.ref.id == item.ref.id and s.ref.version == item.ref.version for s in selected)
    shipped = any(s.ref.id == item.ref.id and s.ref.version == item.ref.version for s in shipped_rulesets())
    data = as_data(rule, exclude_none=True)
    if fmt == "json":
        versions = {"other_versions": others} if others else {}
        click.echo(
            json.dumps({"ruleset": item.ref.id, "version": item.ref.version, **versions, **data}, indent=2)
        )
        return EXIT_OK
    click.echo(f"{rule.id}: {rule.title}")
    click.echo(
        f"Ruleset: {item.ref.id}@{item.ref.version}   Severity: {rule.severity}   "
        f"Since: {rule.since.isoformat()}   Verified: {'yes' if rule.verified else 'no'}"
    )
    if not chosen and shipped:
        click.echo(
            f"Not in the selected ruleset versions; select it with --ruleset "
            f"{item.ref.id}@{item.ref.version} or a declaration pin."
        )
    if others:
        hint = f"{rule.id}@{others[0].partition('@')[2]}"
        click.echo(f"Also in: {', '.join(others)} (e.g. rules show {hint})")
    click.echo(f"\nObligation: {rule.obligation}")
    click.echo("\nSources:")
    for source in rule.sources:
        click.echo(f"  - {source.render()}")
    if rule.checked_against:
        click.echo("\nChecked against (primary texts):")
        for entry in rule.checked_against:
            click.echo(f"  - {PRIMARY_TEXTS[entry.document]} [{entry.document}]: {entry.passage}")
    if rule.unverified_reason:
        click.echo(f"\nNot verified: {rule.unverified_reason}")
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
@profile_option
def rules_coverage(
    fmt: str, verbose: bool, fail_under: float | None, rulesets: tuple[str, ...], profile: str | None
) -> int:
    """Each provision of each ruleset's sources (Code measure, article point, Form item, template section)
    against the rules that check it."""
    items = coverage_all([item.ruleset for item in select_rulesets(rulesets, profile)])
    if fmt == "json":
        click.echo(render_json(items), nl=False)
    elif fmt == "markdown":
        click.echo(render_markdown(items, defaults=default_profile().rulesets), nl=False)
    else:
        click.echo(render_table(items, verbose=verbose), nl=False)
    if fail_under is not None and any(i.percent is not None and i.percent < fail_under for i in items):
        return 1
    return EXIT_OK


@rules.command("diff")
@click.argument("old", metavar="A")
@click.argument("new", metavar="B")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table", show_default=True
)
@click.option(
    "--declaration",
    type=click.Path(dir_okay=False),
    default=None,
    help="Also check this declaration under A and under B (same --as-of) and list the rules whose "
    "outcome changes, with both messages.",
)
@as_of_option
def rules_diff(old: str, new: str, fmt: str, declaration: str | None, as_of: dt.date) -> int:
    """What changed from A to B: rules added, removed and changed, and for each changed rule which
    aspects (obligation, applicability, evidence, thresholds old -> new, severity, sources, verified...).

    A and B are two versions of one ruleset (RULESET@VERSION, or a ruleset FILE) or two profiles
    (PROFILE@VERSION); a name without a version means its newest. Rules match by id or alias.
    """

    sides = [_diff_side(spec, parse_target(spec)) for spec in (old, new)]
    (side_a, pairs_a, select_a), (side_b, pairs_b, select_b) = sides
    if side_a.kind != side_b.kind:
        raise UsageError.plain(
            f"cannot compare {side_a.kind} {side_a.label} with {side_b.kind} {side_b.label}: "
            "give two versions of one ruleset, or two profiles"
        )
    if side_a.kind == "ruleset" and side_a.rulesets[0].id != side_b.rulesets[0].id:
        raise UsageError.plain(
            f"{side_a.label} and {side_b.label} are different rulesets "
            f"({side_a.rulesets[0].id}, {side_b.rulesets[0].id}); "
            "rules diff compares two versions of one ruleset, or two profiles"
        )
    diff = compare(side_a, side_b, pairs_a, pairs_b)
    if declaration is not None:
        before, after = (_check_under(declaration, as_of, select) for select in (select_a, select_b))
        diff = dataclasses.replace(diff, declaration=outcome_changes(diff, before, after))
    click.echo(RENDERERS[fmt](diff), nl=False)
    return EXIT_OK


def _diff_side(spec: str, target: Any) -> tuple[Any, list[Any], Any]:
    """The side's description, its (ref, ruleset) pairs, and how to check a declaration under it: a
    ruleset replaces that ruleset in the declaration's own selection; a profile is used exactly."""
    if isinstance(target, LoadedRuleset):
        ref = target.ref
        side = Side(
            spec=spec,
            kind="ruleset",
            label=f"{ref.id}@{ref.version}",
            title=ref.title,
            date=ref.date,
            rulesets=(ref,),
        )
        return side, [(ref, target.ruleset)], target
    chosen = profile_rulesets(target)
    side = Side(
        spec=spec,
        kind="profile",
        label=target.key,
        title=target.title,
        date=target.date,
        rulesets=tuple(item.ref for item in chosen),
    )
    return side, [(item.ref, item.ruleset) for item in chosen], Selection(profile=target.key, rulesets=chosen)


def _check_under(path: str, as_of: dt.date, select: Any) -> Any:

    if isinstance(select, LoadedRuleset):
        report = check_file(path, as_of=as_of, overrides=[select])
    else:
        report = check_file(path, as_of=as_of, exact=select)
    if report.errors:
        raise InputError(list(report.errors))
    return report
