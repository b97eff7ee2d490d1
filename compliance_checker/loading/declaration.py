"""Load a declaration file: read safely, parse strictly, validate into the typed model, examine evidence.

Validation takes the fast path first (``fastpath``: the validator generated from the published schema, no
pydantic); only when it cannot vouch for the file do the pydantic models validate it, to find and word
every problem. Either way the result is the same values, read through the same view; pydantic and the
model classes are imported only on that slow path.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from compliance_checker.errors import Diagnostic, InputError
from compliance_checker.loading import fastpath
from compliance_checker.loading.evidence import examine_evidence
from compliance_checker.loading.files import DEFAULT_MAX_BYTES, read_text
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.document import LoadedDocument
from compliance_checker.models.loaded import LoadedDeclaration
from compliance_checker.models.words import yaml_type

if TYPE_CHECKING:
    from pathlib import Path


def load_declaration(
    path: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    as_of: dt.date | None = None,
    evidence_root: str | Path | None = None,
) -> LoadedDeclaration:
    """Read and validate one declaration; raise :class:`InputError` with every located problem.

    With ``as_of``, dates that record past events (a notification, a signed mandate, an update) must
    not lie after it. Evidence paths must stay inside ``evidence_root`` (default: the declaration's
    folder).
    """
    text, digest = read_text(path, max_bytes=max_bytes)
    doc = parse_yaml(text, str(path))
    return declaration_from_document(doc, file=path, sha256=digest, as_of=as_of, evidence_root=evidence_root)


def declaration_from_document(
    doc: LoadedDocument,
    *,
    file: str | Path,
    sha256: str,
    as_of: dt.date | None = None,
    evidence_root: str | Path | None = None,
) -> LoadedDeclaration:
    """The loader after parsing: validate a parsed declaration and examine its evidence files, which are
    relative to ``file``'s folder. The test suite checks its rule cases in memory through this, so that
    they are validated exactly as a file is."""
    name = doc.file
    if not isinstance(doc.data, dict):
        raise InputError(
            [
                Diagnostic(
                    name,
                    f"the top level must be a mapping of keys to values, got {yaml_type(doc.data)}",
                    1,
                    1,
                )
            ]
        )
    duplicates = _duplicate_evidence_ids(doc)
    if duplicates:
        raise InputError(duplicates)
    values = fastpath.fast_values(doc.data, as_of=as_of)
    if values is None:
        values = _validate_with_pydantic(doc, as_of)
    declaration = fastpath.view(values)
    return LoadedDeclaration(
        file=name,
        sha256=sha256,
        document=doc,
        declaration=declaration,
        values=values,
        evidence_files=examine_evidence(declaration, file, evidence_root=evidence_root),
    )


def _validate_with_pydantic(doc: LoadedDocument, as_of: dt.date | None) -> dict[str, Any]:
    """The models' validation, which locates and words every problem the fast path only detects."""
    from pydantic import ValidationError

    from compliance_checker.loading.validation import diagnostics
    from compliance_checker.models.declaration import Declaration

    try:
        declaration = Declaration.model_validate(doc.data, context={"as_of": as_of})
    except ValidationError as exc:
        raise InputError(diagnostics(Declaration, exc, doc)) from None
    return declaration.model_dump(mode="python")


def _duplicate_evidence_ids(doc: LoadedDocument) -> list[Diagnostic]:
    """Each evidence id once; a repeat is reported where it is written (the model only sees the list)."""
    items = doc.data.get("evidence")
    if not isinstance(items, list):
        return []
    first: dict[str, int] = {}
    found: list[Diagnostic] = []
    for index, item in enumerate(items):
        ident = item.get("id") if isinstance(item, dict) else None
        if not isinstance(ident, str):
            continue
        if ident in first:
            line = doc.position(("evidence", first[ident], "id")).line
            found.append(
                doc.diagnostic(
                    ("evidence", index, "id"),
                    f"evidence id {ident!r} is used more than once (first at line {line}); "
                    "ids must be unique",
                )
            )
        else:
            first[ident] = index
    return found
