"""A declaration after loading and validation: the typed model, its plain values and their positions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from compliance_checker.models.document import LoadedDocument

if TYPE_CHECKING:
    from typing import TypeAlias

    from compliance_checker.models.declaration import Declaration


class DeclarationView(Protocol):
    """A validated declaration read like the ``Declaration`` model, attribute by attribute, without the
    model: what the fast validation path gives for a valid file (``loading.fastvalidate.Record``)."""

    def __getattr__(self, name: str) -> Any: ...


if TYPE_CHECKING:
    # The model when pydantic validated the file, the view when the fast path did: the same fields.
    DeclarationLike: TypeAlias = Declaration | DeclarationView

DECLARATION_FOLDER = "the declaration's folder"


@dataclass(frozen=True, slots=True)
class EvidenceFile:
    """What the loader found on disk for an evidence entry with a ``path`` (the engine does no I/O)."""

    path: str
    inside_folder: bool
    exists: bool
    sha256: str | None  # actual digest, computed when the entry declares one
    # Why the file was not read: outside the evidence root, not a regular file, unreadable... Phrased to
    # follow "evidence 'id' path 'p' ...".
    problem: str | None = None
    root: str = DECLARATION_FOLDER  # how to name the folder evidence must stay inside


@dataclass(frozen=True, slots=True)
class LoadedDeclaration:
    file: str
    sha256: str
    document: LoadedDocument
    # The pydantic model, or for a file the fast path validated a read-only view with the same attributes;
    # ``values`` is the same plain data either way.
    declaration: DeclarationLike
    values: dict[str, Any]  # declaration.model_dump(): typed values (dates as dates) with defaults
    evidence_files: dict[str, EvidenceFile]
