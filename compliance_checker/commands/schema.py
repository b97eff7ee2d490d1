"""`schema`: print one of the JSON Schemas shipped in schemas/."""

from __future__ import annotations

from pathlib import Path

import click

from compliance_checker.commands.options import EXIT_OK
from compliance_checker.loading.resources import data_dir

# The JSON Schemas shipped in schemas/: every one of them can be printed.
SCHEMAS = ("declaration", "ruleset", "report", "waivers", "profiles", "compare", "deadlines")


@click.command()
@click.argument("kind", type=click.Choice(SCHEMAS), default="declaration")
def schema(kind: str) -> int:
    """Print a JSON Schema: the declaration's (default), a ruleset's, the JSON report's, waivers',
    profiles', or a `compare` or `deadlines` JSON report's."""
    click.echo(Path(data_dir("schemas"), f"{kind}.schema.json").read_text(encoding="utf-8"), nl=False)
    return EXIT_OK
