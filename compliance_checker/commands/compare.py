"""`compare`: what changed between two versions of a declaration, and which verdicts changed with it."""

from __future__ import annotations

import datetime as dt

import click

from compliance_checker.api import check_file
from compliance_checker.commands.options import (
    EXIT_FINDINGS,
    EXIT_OK,
    as_of_option,
    profile_option,
    ruleset_option,
)
from compliance_checker.commands.selection import overrides, profile_of
from compliance_checker.engine.compare import compare as compare_versions
from compliance_checker.errors import InputError
from compliance_checker.loading import rulesets as ruleset_store
from compliance_checker.loading.declaration import load_declaration
from compliance_checker.report.compare import RENDERERS


@click.command("compare")
@click.argument("old", type=click.Path(dir_okay=False))
@click.argument("new", type=click.Path(dir_okay=False))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table", show_default=True
)
@as_of_option
@profile_option
@ruleset_option
@click.option(
    "--fail-on-regression", is_flag=True, help="Exit 1 when any rule's outcome is worse in NEW than in OLD."
)
def compare(
    old: str,
    new: str,
    fmt: str,
    as_of: dt.date,
    profile: str | None,
    rulesets: tuple[str, ...],
    fail_on_regression: bool,
) -> int:
    """What changed from OLD to NEW, two versions of one declaration: fields, list entries and blocks
    added, removed and changed (entries matched by identity: evidence by id, incidents by id, risks by
    id, datasets by name, Framework and Model Report updates by version...), each located in both files;
    and every rule whose outcome changed, with both messages.

    Both are checked on the same --as-of date against the same ruleset versions: NEW's selection (its
    pins and profile, with --profile and --ruleset applied). Exit 0, or 1 with --fail-on-regression when
    a verdict got worse; 2 when either file is invalid.
    """
    loaded = {}
    errors = []
    for path in (old, new):
        try:
            loaded[path] = load_declaration(path, as_of=as_of)
        except InputError as exc:
            errors += exc.diagnostics
    if errors:
        raise InputError(errors)
    newest = loaded[new]
    selection = ruleset_store.declaration_selection(newest, overrides(rulesets), profile=profile_of(profile))
    reports = [check_file(path, as_of=as_of, exact=selection) for path in (old, new)]
    failed = [diag for report in reports for diag in report.errors]
    if failed:
        raise InputError(failed)
    comparison = compare_versions(loaded[old], loaded[new], reports[0], reports[1])
    click.echo(RENDERERS[fmt](comparison), nl=False)
    return EXIT_FINDINGS if fail_on_regression and comparison.regressed else EXIT_OK
