"""`classify`: what applies to a model and why, with the legal sources."""

from __future__ import annotations

import datetime as dt
import json

import click
from tabulate import tabulate

from compliance_checker.api import classify_file
from compliance_checker.commands.options import EXIT_OK, as_of_option
from compliance_checker.models.facts import FACT_ORDER
from compliance_checker.report.serialize import facts_dict


@click.command()
@click.argument("path", type=click.Path(dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@as_of_option
def classify(path: str, fmt: str, as_of: dt.date) -> int:
    """Say what applies to this model and why, with the legal sources."""

    _, facts = classify_file(path, as_of=as_of)
    data = facts_dict(facts)
    if fmt == "json":
        click.echo(
            json.dumps({"path": path, "as_of": as_of.isoformat(), **data}, indent=2, ensure_ascii=False)
        )
        return EXIT_OK
    rows = []
    for name in FACT_ORDER:
        fact = data[name]
        value = fact["value"]
        shown = "yes" if value is True else "no" if value is False else "n/a" if value is None else value
        rows.append([name, shown, fact["reason"], "; ".join(fact["sources"])])
    click.echo(f"{path} (as of {as_of.isoformat()})")
    click.echo(
        tabulate(
            rows,
            headers=["Fact", "Value", "Reason", "Sources"],
            tablefmt="simple",
            maxcolwidths=[None, None, 70, 30],
        )
    )
    return EXIT_OK
