"""A declaration after loading and validation: the typed model, its plain values and their positions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from compliance_checker.models.document import LoadedDocument
from compliance_checker.models.record import Record

if TYPE_CHECKING:
    from typing import TypeAlias

    from compliance_checker.models.declaration import Declaration

    # A validated declaration as the engine reads it: at run time a read-only view of its values
    # (``loading.fastpath.View``) whichever path validated it, with the model's fields, types and values;
    # typed as the model, so that every read is checked against the model's fields.
    DeclarationLike: TypeAlias = Declaration

DECLARATION_FOLDER = "the declaration's folder"


class EvidenceFile(Record):
    """What the loader found on disk for an evidence entry with a ``path`` (the engine does no I/O)."""

    path: str
    inside_folder: bool
    exists: bool
    sha256: str | None  # actual digest, computed when the entry declares one
    # Why the file was not read: outside the evidence root, not a regular file, unreadable... Phrased to
    # follow "evidence 'id' path 'p' ...".
    problem: str | None = None
    root: str = DECLARATION_FOLDER  # how to name the folder evidence must stay inside


class LoadedDeclaration(Record):
    file: str
    sha256: str
    document: LoadedDocument
    # The view of ``values`` with the model's attributes (see DeclarationLike).
    declaration: DeclarationLike
    values: dict[str, Any]  # declaration.model_dump(): typed values (dates as dates) with defaults
    evidence_files: dict[str, EvidenceFile]
