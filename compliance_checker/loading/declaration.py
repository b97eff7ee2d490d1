"""Load a declaration file: read safely, parse strictly, validate into the typed model, examine evidence."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from compliance_checker.errors import Diagnostic, InputError
from compliance_checker.loading.files import DEFAULT_MAX_BYTES, read_text, sha256_file
from compliance_checker.loading.validation import diagnostics, yaml_type
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.declaration import Declaration
from compliance_checker.models.loaded import EvidenceFile, LoadedDeclaration


def load_declaration(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedDeclaration:
    """Read and validate one declaration; raise :class:`InputError` with every located problem."""
    file = Path(path)
    name = str(path)
    text, digest = read_text(file, max_bytes=max_bytes)
    doc = parse_yaml(text, name)
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
    try:
        declaration = Declaration.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(diagnostics(Declaration, exc, doc)) from None
    return LoadedDeclaration(
        file=name,
        sha256=digest,
        document=doc,
        declaration=declaration,
        values=declaration.model_dump(mode="python"),
        evidence_files=_examine_evidence(declaration, file),
    )


def _examine_evidence(declaration: Declaration, file: Path) -> dict[str, EvidenceFile]:
    """Look at each evidence file once, so that the engine can judge it without touching the disk."""
    folder = file.resolve().parent
    found: dict[str, EvidenceFile] = {}
    for item in declaration.evidence:
        if item.path is None:
            continue
        relative = Path(item.path)
        target = (folder / relative).resolve()
        inside = not relative.is_absolute() and target.is_relative_to(folder)
        exists = inside and target.is_file()
        digest = None
        if exists and item.sha256 is not None:
            try:
                digest = sha256_file(target)
            except OSError:
                exists = False
        found[item.id] = EvidenceFile(path=item.path, inside_folder=inside, exists=exists, sha256=digest)
    return found
