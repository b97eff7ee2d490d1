"""`rulesets`: the ruleset versions shipped, with dates and hashes."""

from __future__ import annotations

import json

import click
from tabulate import tabulate

from compliance_checker.commands.options import EXIT_OK
from compliance_checker.loading.profiles import default_profile
from compliance_checker.loading.rulesets import shipped_rulesets


@click.command("rulesets")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def rulesets_command(fmt: str) -> int:
    """The ruleset versions available, with dates and SHA-256 hashes; Default marks the default
    profile's versions (`compliance-checker profiles`)."""

    shipped = shipped_rulesets()
    defaults = default_profile().rulesets
    items = [
        {
            "id": item.ref.id,
            "version": item.ref.version,
            "date": item.ref.date.isoformat(),
            "title": item.ref.title,
            "rules": len(item.ruleset.rules),
            "default": defaults.get(item.ref.id) == item.ref.version,
            "sha256": item.ref.sha256,
            "files": list(item.ref.files),
        }
        for item in shipped
    ]
    if fmt == "json":
        click.echo(json.dumps(items, indent=2))
        return EXIT_OK
    rows = [
        [i["id"], i["version"], i["date"], i["rules"], "yes" if i["default"] else "", i["sha256"], i["title"]]
        for i in items
    ]
    click.echo(
        tabulate(
            rows,
            headers=["Ruleset", "Version", "Date", "Rules", "Default", "SHA-256", "Title"],
            tablefmt="simple",
        )
    )
    return EXIT_OK
