"""Exit codes and options shared by several commands."""

from __future__ import annotations

from typing import Any

import click

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3

ruleset_option = click.option(
    "--ruleset",
    "rulesets",
    multiple=True,
    metavar="ID[@VERSION]|FILE",
    help="Use this ruleset version (or a custom ruleset file); overrides the declaration's pin. Repeatable.",
)


def overrides(specs: tuple[str, ...]) -> list[Any]:
    from compliance_checker.loading.rulesets import parse_override

    return [parse_override(spec) for spec in specs]


def selected(specs: tuple[str, ...]) -> Any:
    """The ruleset versions a command works on: the defaults, with ``--ruleset`` applied."""
    from compliance_checker.loading.rulesets import select

    return select({}, overrides(specs))
