"""A parsed YAML document together with where each of its parts was written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from compliance_checker.errors import Diagnostic

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


@dataclass(slots=True)
class LoadedDocument:
    """A parsed YAML document and where each of its parts came from."""

    data: Any
    file: str
    key_positions: dict[Path, Position] = field(default_factory=dict)
    value_positions: dict[Path, Position] = field(default_factory=dict)
    number_texts: dict[Path, str] = field(default_factory=dict)  # numbers exactly as written

    def position(self, path: Path) -> Position:
        """Where ``path`` is written, or its nearest written ancestor when it is absent."""
        probe = tuple(path)
        while True:
            found = self.key_positions.get(probe) or self.value_positions.get(probe)
            if found is not None:
                return found
            if not probe:
                return Position(1, 1)
            probe = probe[:-1]

    def diagnostic(self, path: Path, message: str) -> Diagnostic:
        pos = self.position(path)
        return Diagnostic(
            file=self.file, message=message, line=pos.line, column=pos.column, path=dotted(path)
        )


def dotted(path: Path) -> str:
    parts: list[str] = []
    for part in path:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            parts.append(("." if parts else "") + part)
    return "".join(parts)
