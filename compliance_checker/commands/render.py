"""`render`: a document the law asks for, from a declaration and the rules that judge it, judged as `check`
judges it (``checking.evaluated``, the same options, configuration keys and waivers): a gap that a
waiver covers is marked waived where it belongs and does not refuse the document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from compliance_checker import __version__
from compliance_checker.commands.judging import (
    Judging,
    expired_notices,
    judging_options,
    waiver_inputs,
    waivers_in_force,
)
from compliance_checker.commands.options import (
    EXIT_FINDINGS,
    EXIT_OK,
    as_of_option,
    max_file_size_option,
    profile_option,
    ruleset_option,
)
from compliance_checker.commands.selection import overrides, profile_of
from compliance_checker.documents.build import Inputs, NoSuchIncident, build
from compliance_checker.documents.formats import BINARY_FORMATS, TEXT_FORMATS, DocxUnavailable, require_docx
from compliance_checker.documents.layouts import LAYOUTS
from compliance_checker.documents.names import DOCUMENTS, RECIPIENTS, STAGES
from compliance_checker.documents.values import Values, split
from compliance_checker.errors import Diagnostic, UsageError
from compliance_checker.loading.files import DEFAULT_MAX_BYTES
from compliance_checker.output import AtomicTextFile, check_destinations, protected

if TYPE_CHECKING:
    from compliance_checker.checking import Waivers
    from compliance_checker.documents.build import Inputs
    from compliance_checker.models.document import LoadedDocument


class _RenderCommand(click.Command):
    """Lists the documents in its help, from the layouts, imported only when the help is shown."""

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:

        super().format_help_text(ctx, formatter)
        with formatter.section("Documents"):
            formatter.write_dl([(name, f"{layout.summary}.") for name, layout in LAYOUTS.items()])


@click.command("render", cls=_RenderCommand)
@click.argument("declaration", type=click.Path(dir_okay=False))
@click.option("--document", "name", type=click.Choice(DOCUMENTS), required=True, help="The document.")
@click.option(
    "--for",
    "recipient",
    type=click.Choice(RECIPIENTS),
    help="model-documentation: whom the Form is for (the items ticked for them, at their precision).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["markdown", "html", "docx"]), default="markdown", show_default=True
)
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), help="Write to this file.")
@click.option("--draft", is_flag=True, help="Render a document with gaps, each gap marked.")
@click.option("--incident", help="incident-report: the id of the incident in the incident log.")
@click.option("--stage", type=click.Choice(STAGES), help="incident-report: which report of the incident.")
@as_of_option
@profile_option
@ruleset_option
@max_file_size_option
@judging_options
def render(
    declaration: str,
    name: str,
    recipient: str | None,
    fmt: str,
    output: str | None,
    draft: bool,
    incident: str | None,
    stage: str | None,
    as_of: dt.date,
    profile: str | None,
    rulesets: tuple[str, ...],
    max_file_size: int,
    waivers: str | None,
    ignore_waivers: bool,
    evidence_root: str | None,
) -> int:
    """Render a document from DECLARATION: its content is what the selected rules require, so a field
    is in the document exactly when the rules that judge it find it there. A document with gaps is
    refused, each gap listed with its place in the declaration (exit 1), unless --draft, which renders
    it with each gap marked. A gap that a waiver covers (--waivers, as for check) is marked WAIVED with
    the waiver, and does not refuse the document. Options may come from check's configuration file
    (see --no-config). Exit 2 for a bad declaration or usage.
    """
    _check_usage(name, recipient=recipient, incident=incident, stage=stage, fmt=fmt, output=output)
    destination = Path(output) if output else None
    waived = waivers_in_force(waivers, ignore=ignore_waivers, as_of=as_of)
    if destination is not None:
        inputs = [(Path(declaration), "declaration")]
        inputs += [(Path(spec), "--ruleset file") for spec in rulesets if Path(spec).is_file()]
        check_destinations([destination], inputs=inputs + waiver_inputs(waived))
    inputs_ = document_inputs(
        declaration,
        as_of=as_of,
        rulesets=rulesets,
        profile=profile,
        protect=[destination] if destination else [],
        max_bytes=max_file_size,
        evidence_root=evidence_root,
        waivers=waived,
    )
    try:
        document = build(
            LAYOUTS[name], inputs_, recipient=recipient, incident=incident, stage=stage, draft=draft
        )
    except NoSuchIncident as exc:
        known = ", ".join(exc.known) or "the log has no entries"
        raise UsageError(
            [
                Diagnostic(
                    declaration,
                    f"--incident {exc.incident}: no incident with this id in "
                    f"safety_and_security.serious_incidents.log (ids: {known})",
                )
            ]
        ) from None
    if not document.sections:
        reasons = "; ".join(document.omitted) or "none of its rules is selected"
        click.echo(f"{declaration}: {name} does not apply to this model: {reasons}", err=True)
        return EXIT_FINDINGS
    for gap in document.waived:
        click.echo(f"{gap.location()}: waived: {gap.label}: {gap.message} ({gap.rule})", err=True)
    gaps = document.gaps
    if gaps and not draft:
        for gap in gaps:
            click.echo(f"{gap.location()}: gap: {gap.label}: {gap.message} ({gap.rule})", err=True)
        click.echo(
            f"{declaration}: {name} refused: {len(gaps)} gap{'s' if len(gaps) != 1 else ''} in the "
            "content it needs (listed above); fill them, or render with --draft to see each gap marked",
            err=True,
        )
        return EXIT_FINDINGS
    try:
        content: str | bytes = (
            TEXT_FORMATS[fmt](document) if fmt in TEXT_FORMATS else BINARY_FORMATS[fmt](document)
        )
    except DocxUnavailable as exc:
        raise UsageError.plain(str(exc)) from None
    if destination is None:
        assert isinstance(content, str)  # _check_usage: binary formats need -o
        click.echo(content, nl=False)
        return EXIT_OK
    with AtomicTextFile(destination) as out:
        if isinstance(content, bytes):
            out.write_bytes(content)
        else:
            out.write(content)
        out.commit()
    return EXIT_OK


def document_inputs(
    declaration: str,
    *,
    as_of: dt.date,
    rulesets: tuple[str, ...] = (),
    profile: str | None = None,
    protect: list[Path] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    evidence_root: str | None = None,
    waivers: Waivers | None = None,
) -> Inputs:
    """The declaration judged as `check` judges it (``checking.evaluated``, waivers applied): what a
    document is built from. Notices about waivers that matched it but expired go to standard error."""
    judging = Judging(
        as_of=as_of,
        overrides=tuple(overrides(rulesets)),
        profile=profile_of(profile),
        max_bytes=max_bytes,
        evidence_root=evidence_root,
        waivers=waivers,
    )
    with protected(protect or []):
        judged = judging.evaluate(declaration)
    if waivers is not None:
        for notice in expired_notices(waivers, judged):
            click.echo(notice.render(), err=True)
    loaded, chosen = judged.loaded, judged.selection
    return Inputs(
        file=declaration,
        sha256=loaded.sha256,
        values=Values(loaded.values, loaded.document.number_texts),
        rules={rule.id: rule for item in chosen.rulesets for rule in item.ruleset.rules},
        results={result.rule: result for result in judged.report.results},
        as_of=as_of,
        tool=f"compliance-checker {__version__}",
        rulesets=tuple(f"{item.ref.id}@{item.ref.version}" for item in chosen.rulesets),
        locate=lambda path: _position(loaded.document, path),
    )


def _position(document: LoadedDocument, path: str) -> tuple[int, int]:

    found = document.position(split(path))
    return found.line, found.column


def _check_usage(
    name: str,
    *,
    recipient: str | None,
    incident: str | None,
    stage: str | None,
    fmt: str,
    output: str | None,
) -> None:

    layout = LAYOUTS[name]
    problems = []
    if layout.recipients and recipient is None:
        problems.append(f"--document {name} needs --for ({', '.join(layout.recipients)})")
    if not layout.recipients and recipient is not None:
        problems.append(f"--for applies to --document model-documentation only, not {name}")
    if name == "incident-report":
        if incident is None or stage is None:
            problems.append(
                "--document incident-report needs --incident ID and --stage (initial, intermediate, final)"
            )
    elif incident is not None or stage is not None:
        problems.append(f"--incident and --stage apply to --document incident-report only, not {name}")
    if fmt == "docx" and output is None:
        problems.append("--format docx writes a file: give it with -o FILE")
    if fmt == "docx":
        try:
            require_docx()
        except DocxUnavailable as exc:
            problems.append(str(exc))
    if problems:
        raise UsageError([d for problem in problems for d in UsageError.plain(problem).diagnostics])
