"""What the checks look at: the declaration's values, the facts, the named sets, the evidence on disk."""

from __future__ import annotations

from typing import Any

from compliance_checker.models.facts import Facts
from compliance_checker.models.loaded import EvidenceFile
from compliance_checker.models.ruleset import Bin


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class Context:
    """What a check looks at. Never changed once made (a list entry gets its own, ``with_item``): not
    frozen only because a frozen class is made several times slower, and one is made per list entry. A
    plain slotted class (not a record): the checks read its fields more than anything else, and a slot is
    read fastest."""

    __slots__ = (
        "bins",
        "duplicates",
        "evidence",
        "evidence_files",
        "facts",
        "item",
        "item_field",
        "item_written",
        "looked_up",
        "looked_up_written",
        "memo",
        "number_texts",
        "positions",
        "raw",
        "sets",
        "values",
    )

    values: dict[str, Any]
    facts: Facts
    sets: dict[str, tuple[str, ...]]
    evidence: dict[str, dict[str, Any]]
    evidence_files: dict[str, EvidenceFile]
    number_texts: dict[str, str]  # dotted path -> number as written
    bins: dict[str, tuple[Bin, ...]]
    # The declaration as written (before defaults were filled in), to tell a list that is not given from
    # an explicit empty one; None when ``values`` are exactly what was written (as in unit tests).
    raw: Any
    # Normalised long texts written in two or more fields -> those fields (engine/answers.py), computed
    # once per declaration.
    duplicates: dict[str, tuple[str, ...]]
    # Inside `each` and `some`: the field path of the list whose entry is ``item`` (for duplicates), the
    # entry, and the entry as written.
    item_field: str | None
    item: Any
    item_written: Any
    # What one declaration's evaluation looked up once, shared by the contexts of its list entries: values
    # and values as written at paths outside list entries and positions (each by path), and anything else
    # (``memo``: keyed by a tuple that starts with what it is, such as ``("truth", id(condition))``).
    memo: dict[Any, Any]
    looked_up: dict[str, Any]
    looked_up_written: dict[str, Any]
    positions: dict[str, tuple[int, int]]  # where each path is written (line, column), by path

    def __init__(
        self,
        values: dict[str, Any],
        facts: Facts,
        sets: dict[str, tuple[str, ...]],
        evidence: dict[str, dict[str, Any]],
        evidence_files: dict[str, EvidenceFile],
        number_texts: dict[str, str] | None = None,
        bins: dict[str, tuple[Bin, ...]] | None = None,
        raw: Any = None,
        duplicates: dict[str, tuple[str, ...]] | None = None,
        item_field: str | None = None,
        item: Any = MISSING,
        item_written: Any = MISSING,
        memo: dict[Any, Any] | None = None,
        looked_up: dict[str, Any] | None = None,
        looked_up_written: dict[str, Any] | None = None,
        positions: dict[str, tuple[int, int]] | None = None,
    ) -> None:
        self.values = values
        self.facts = facts
        self.sets = sets
        self.evidence = evidence
        self.evidence_files = evidence_files
        self.number_texts = {} if number_texts is None else number_texts
        self.bins = {} if bins is None else bins
        self.raw = raw
        self.duplicates = {} if duplicates is None else duplicates
        self.item_field = item_field
        self.item = item
        self.item_written = item_written
        self.memo = {} if memo is None else memo
        self.looked_up = {} if looked_up is None else looked_up
        self.looked_up_written = {} if looked_up_written is None else looked_up_written
        self.positions = {} if positions is None else positions

    def with_item(self, entry: Any, written: Any = None, list_field: str | None = None) -> Context:
        """This context with a list entry reachable as ``item`` (inside `each` and `some`); ``written`` is
        the entry as the declaration wrote it and ``list_field`` the list's field path."""
        return Context(
            self.values,
            self.facts,
            self.sets,
            self.evidence,
            self.evidence_files,
            self.number_texts,
            self.bins,
            self.raw,
            self.duplicates,
            list_field,
            entry,
            entry if self.raw is None else written,
            self.memo,
            self.looked_up,
            self.looked_up_written,
            self.positions,
        )

    def lookup(self, path: str) -> Any:
        """The value at a dotted path, or MISSING when any part is absent or null."""
        found = self.looked_up.get(path, _UNSEEN)
        if found is not _UNSEEN:
            return found
        parts = _PARTS.get(path) or _split(path)
        if parts[0] == "item":
            return _walk(self.item, parts, 1)
        found = self.looked_up[path] = _walk(self.values, parts, 0)
        return found

    def written(self, path: str) -> Any:
        """The value at a dotted path as the declaration wrote it, or MISSING when any part is absent or
        null: a default the validation filled in (an empty list) was not given."""
        found = self.looked_up_written.get(path, _UNSEEN)
        if found is not _UNSEEN:
            return found
        parts = _PARTS.get(path) or _split(path)
        if parts[0] == "item":
            return _walk(self.item_written, parts, 1)
        found = self.looked_up_written[path] = _walk(self.values if self.raw is None else self.raw, parts, 0)
        return found

    def field_of(self, path: str) -> str:
        """The declaration field a check path names: ``item.x`` inside a list is ``<list field>.x``."""
        if self.item_field is not None and (path == "item" or path.startswith("item.")):
            return self.item_field + path[len("item") :]
        return path


_UNSEEN: Any = object()
_PARTS: dict[str, tuple[str, ...]] = {}  # dotted path -> its parts: rules name the same paths again and again


def parts_of(path: str) -> tuple[str, ...]:
    """A dotted path's parts (made once per path and process: rules name the same paths again and again)."""
    return _PARTS.get(path) or _split(path)


def _split(path: str) -> tuple[str, ...]:
    parts = _PARTS[path] = tuple(path.split("."))
    return parts


def _walk(data: Any, parts: tuple[str, ...], start: int) -> Any:
    """The value at ``parts[start:]`` under ``data``, or MISSING when any part is absent or null."""
    current: Any = data
    try:
        for part in parts[start:]:
            current = current[part]
    except (KeyError, TypeError):  # absent, or below a value that is not a mapping (null included)
        return MISSING
    return MISSING if current is None else current
