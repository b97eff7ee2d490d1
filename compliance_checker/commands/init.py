"""`init`: write a commented declaration skeleton for the selected rulesets, optionally started from a
Hugging Face model card; never overwrites a file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from compliance_checker.commands.options import EXIT_OK, ruleset_option
from compliance_checker.commands.selection import selected as select_rulesets
from compliance_checker.engine.model_card import map_card
from compliance_checker.errors import Diagnostic, UsageError
from compliance_checker.loading.model_card import read_model_card
from compliance_checker.loading.resources import data_dir
from compliance_checker.output import write_text_atomic
from compliance_checker.skeleton import ModelKind, asked_for, render


def schema_id() -> str | None:
    """The declaration schema's ``$id``: a modeline with it works outside this repository. None while the
    published schema has none."""
    try:
        schema = json.loads(Path(data_dir("schemas"), "declaration.schema.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    found = schema.get("$id") if isinstance(schema, dict) else None
    return found if isinstance(found, str) and found.strip() else None


@click.command("init")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--open-source", is_flag=True, help="The model is released under a free and open-source licence."
)
@click.option(
    "--systemic-risk", is_flag=True, help="The model is (or will be) a GPAI model with systemic risk."
)
@click.option(
    "--from-model-card",
    "card",
    metavar="README.md",
    default=None,
    help="Start from this Hugging Face model card (read offline): its metadata and the sections that "
    "answer Model Documentation Form items, each value marked with where it came from.",
)
@ruleset_option
def init(
    file: str, open_source: bool, systemic_risk: bool, card: str | None, rulesets: tuple[str, ...]
) -> int:
    """Write a commented declaration skeleton with every field the selected rules read ('-' for stdout).

    The fields are grouped like the declaration (the Model Documentation Form under
    transparency.model_documentation); each comment says what to give, who it is owed to and which rules
    read it. An existing file is never overwritten. With --from-model-card, what the card states is filled
    in and marked '# from the model card: ...'; a card with broken or missing metadata gives a warning and
    still a skeleton.
    """
    chosen = [item.ruleset for item in select_rulesets(rulesets)]
    profile = ModelKind(open_source=open_source, systemic_risk=systemic_risk)
    if card is None:
        text = render(chosen, profile, schema_url=schema_id())
        summary = ""
    else:
        if file != "-":
            _refuse_existing(Path(file))
        text, summary = _from_card(card, chosen, profile)
    if file == "-":
        click.echo(text, nl=False)
        return EXIT_OK
    write_text_atomic(Path(file), text, overwrite=False)
    fields = sum(1 for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    click.echo(
        f"wrote {file}{summary}: {fields} lines to fill in; then run: compliance-checker check {file}",
        err=True,
    )
    return EXIT_OK


def _refuse_existing(path: Path) -> None:
    """Refuse before the card is read, so that its warnings do not precede a refusal."""
    if path.exists() or path.is_symlink():
        raise UsageError([Diagnostic(str(path), "already exists; not overwriting it")])


def _from_card(card: str, chosen: list[Any], profile: Any) -> tuple[str, str]:
    """The skeleton with the card's values, and the summary for the `wrote` line; the card's warnings and
    what was not carried go to standard error."""
    mapping = map_card(read_model_card(card))
    asked = asked_for(chosen, profile, mapping.values)
    kept = {path: given for path, given in mapping.values.items() if path in asked}
    dropped = [
        Diagnostic(
            card,
            f"{given.origin} not carried: the selected profile does not ask for {path}"
            + (" (it does with --systemic-risk)" if path.startswith("safety_and_security.") else ""),
            level="note",
        )
        for path, given in mapping.values.items()
        if path not in kept
    ]
    for diagnostic in (*mapping.warnings, *mapping.not_carried, *dropped):
        click.echo(diagnostic.render(), err=True)
    carried = sum(1 for given in kept.values() if not given.placeholder)
    placeholders = len(kept) - carried
    name = Path(card).name
    preamble = [
        f"Started from the model card {name}: {carried} value(s) carried, each marked '# from the model "
        "card: ...' with where it came from; check each against the card."
    ]
    if placeholders:
        preamble.append(
            f"{placeholders} required field(s) the card does not give hold a TODO placeholder marked '# not "
            "in the model card': replace them (placeholders never count as evidence)."
        )
    preamble.append("Everything else is the skeleton's prompt.")
    text = render(chosen, profile, carried=kept, preamble=preamble, schema_url=schema_id())
    warnings = len(mapping.warnings)
    counts = [f"{_count(carried, 'value')} carried", _count(placeholders, "placeholder")]
    counts += [_count(warnings, "warning")] if warnings else []
    summary = f" from the model card {card} ({', '.join(counts)})"
    return text, summary


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
