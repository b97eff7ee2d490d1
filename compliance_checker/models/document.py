"""A parsed YAML document together with where each of its parts was written."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Protocol, TypeVar, overload

from compliance_checker.errors import Diagnostic

Path = tuple[str | int, ...]
_T = TypeVar("_T")


_set = object.__setattr__


class Position:
    """A 1-based line and column: frozen, compared and hashed by value. Written out rather than made by
    ``dataclass``, which compiles six methods for it on every start (about 1 ms)."""

    __slots__ = ("column", "line")
    line: int
    column: int

    def __init__(self, line: int, column: int) -> None:
        _set(self, "line", line)
        _set(self, "column", column)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a frozen Position")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a frozen Position")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Position:
            return NotImplemented
        assert isinstance(other, Position)
        return self.line == other.line and self.column == other.column

    def __hash__(self) -> int:
        return hash((self.line, self.column))

    def __repr__(self) -> str:
        return f"Position(line={self.line!r}, column={self.column!r})"

    def __reduce__(self) -> tuple[type[Position], tuple[int, int]]:
        return Position, (self.line, self.column)


class Mark(Protocol):
    """Where the YAML parser saw something start: 0-based line and column (PyYAML's and libyaml's)."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


class PositionIndex(Mapping[Path, Position]):
    """Path -> 1-based position, read-only.

    It keeps the parser's own marks and makes a :class:`Position` only for the paths asked for: the
    frontier sample has about 2,600 keys and values and its report looks up about 400 of them, and
    making every position up front took about a fifth of the old loader's time.
    """

    __slots__ = ("_marks",)

    def __init__(self, marks: dict[Path, Mark] | None = None) -> None:
        self._marks: dict[Path, Mark] = {} if marks is None else marks

    def __getitem__(self, path: Path) -> Position:
        mark = self._marks[path]
        return Position(mark.line + 1, mark.column + 1)

    @overload
    def get(self, path: Path, /) -> Position | None: ...

    @overload
    def get(self, path: Path, /, default: Position | _T) -> Position | _T: ...

    def get(self, path: Path, /, default: Any = None) -> Any:
        mark = self._marks.get(path)
        return default if mark is None else Position(mark.line + 1, mark.column + 1)

    def __contains__(self, path: object) -> bool:
        return path in self._marks

    def __iter__(self) -> Iterator[Path]:
        return iter(self._marks)

    def __len__(self) -> int:
        return len(self._marks)

    def __repr__(self) -> str:
        return f"PositionIndex({dict(self.items())!r})"


class LoadedDocument:
    """A parsed YAML document and where each of its parts came from."""

    __slots__ = ("data", "file", "key_positions", "number_texts", "value_positions")

    def __init__(
        self,
        data: Any,
        file: str,
        key_positions: PositionIndex | None = None,
        value_positions: PositionIndex | None = None,
        number_texts: dict[Path, str] | None = None,
    ) -> None:
        self.data = data
        self.file = file
        self.key_positions = PositionIndex() if key_positions is None else key_positions
        self.value_positions = PositionIndex() if value_positions is None else value_positions
        self.number_texts = {} if number_texts is None else number_texts  # numbers exactly as written

    def __repr__(self) -> str:
        return f"LoadedDocument(file={self.file!r}, data={self.data!r})"

    def position(self, path: Path) -> Position:
        """Where ``path`` is written, or its nearest written ancestor when it is absent."""
        line, column = self.line_column(path)
        return Position(line, column)

    def line_column(self, path: Path) -> tuple[int, int]:
        """:meth:`position` as a plain (line, column) pair. The evaluation asks for several hundred per
        declaration and keeps only the two numbers in its evidence items: a pair is made about ten times
        faster than a frozen :class:`Position`."""
        keys, values = self.key_positions._marks, self.value_positions._marks
        probe = tuple(path)
        while True:
            mark = keys.get(probe) or values.get(probe)
            if mark is not None:
                return mark.line + 1, mark.column + 1
            if not probe:
                return 1, 1
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
