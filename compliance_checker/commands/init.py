"""`init`: write a commented declaration skeleton for the selected rulesets; never overwrites a file."""

from __future__ import annotations

from pathlib import Path

import click

from compliance_checker.commands.options import EXIT_OK, ruleset_option
from compliance_checker.commands.options import selected as select_rulesets


@click.command("init")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--open-source", is_flag=True, help="The model is released under a free and open-source licence."
)
@click.option(
    "--systemic-risk", is_flag=True, help="The model is (or will be) a GPAI model with systemic risk."
)
@ruleset_option
def init(file: str, open_source: bool, systemic_risk: bool, rulesets: tuple[str, ...]) -> int:
    """Write a commented declaration skeleton with every field the selected rules read ('-' for stdout).

    The fields are grouped like the declaration (the Model Documentation Form under
    transparency.model_documentation); each comment says what to give, who it is owed to and which rules
    read it. An existing file is never overwritten.
    """
    from compliance_checker.output import write_text_atomic
    from compliance_checker.skeleton import ModelKind, render

    chosen = [item.ruleset for item in select_rulesets(rulesets)]
    text = render(chosen, ModelKind(open_source=open_source, systemic_risk=systemic_risk))
    if file == "-":
        click.echo(text, nl=False)
        return EXIT_OK
    write_text_atomic(Path(file), text, overwrite=False)
    fields = sum(1 for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    click.echo(
        f"wrote {file}: {fields} lines to fill in; then run: compliance-checker check {file}", err=True
    )
    return EXIT_OK
