"""A declaration after loading and validation: the typed model, its plain values and their positions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from compliance_checker.models.declaration import Declaration
from compliance_checker.models.document import LoadedDocument


@dataclass(frozen=True, slots=True)
class EvidenceFile:
    """What the loader found on disk for an evidence entry with a ``path`` (the engine does no I/O)."""

    path: str
    inside_folder: bool
    exists: bool
    sha256: str | None  # actual digest, computed when the entry declares one
    problem: str | None = None  # why the path could not be examined (invalid name, symlink loop, ...)


@dataclass(frozen=True, slots=True)
class LoadedDeclaration:
    file: str
    sha256: str
    document: LoadedDocument
    declaration: Declaration
    values: dict[str, Any]  # declaration.model_dump(): typed values (dates as dates) with defaults
    evidence_files: dict[str, EvidenceFile]
