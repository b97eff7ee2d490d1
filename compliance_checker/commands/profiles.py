"""`profiles`: the named, dated selections of ruleset versions (``rulesets/profiles.yaml``)."""

from __future__ import annotations

import json
from typing import Any

import click
from tabulate import tabulate

from compliance_checker.commands.options import EXIT_OK
from compliance_checker.loading.profiles import shipped_profiles


@click.command("profiles")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def profiles(fmt: str) -> int:
    """The profiles available (each selects one version of each ruleset) and which is the default."""
    shipped = shipped_profiles()
    items: list[dict[str, Any]] = [
        {
            "name": p.name,
            "version": p.version,
            "profile": p.key,
            "date": p.date.isoformat(),
            "title": p.title,
            "default": p.key == shipped.default.key,
            "rulesets": dict(sorted(p.rulesets.items())),
        }
        for p in shipped.profiles
    ]
    if fmt == "json":
        click.echo(json.dumps(items, indent=2, ensure_ascii=False))
        return EXIT_OK
    rows = [
        [
            i["profile"],
            i["date"],
            "yes" if i["default"] else "",
            i["title"],
            "\n".join(f"{rid}@{v}" for rid, v in i["rulesets"].items()),
        ]
        for i in items
    ]
    click.echo(tabulate(rows, headers=["Profile", "Date", "Default", "Title", "Rulesets"], tablefmt="simple"))
    return EXIT_OK
