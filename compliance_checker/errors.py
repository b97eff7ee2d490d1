"""Error types. Every error that reaches a user carries located diagnostics, never a traceback."""

from __future__ import annotations

import re

# What must never reach a terminal or a report raw: C0 and C1 control characters (escape sequences, bells,
# carriage returns, newlines that would forge a line), DEL, the bidirectional overrides and isolates that
# reorder what is shown, and lone surrogates (the undecodable bytes of a file name, which no UTF-8 output
# can hold). Each is written as a visible escape: ``\x1b``, ``\u202e``, and ``\xff`` for an undecodable
# byte.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_SURROGATES = "\ud800-\udfff"
# Keeps \t and \n; ``visible`` escapes those two with str.replace. One pattern, not two: compiling a class
# with the surrogates' range costs about 4 M instructions (sre fills a 64 K-entry map in Python).
UNSAFE_BUT_LINES = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}{_SURROGATES}]")


_SET = object.__setattr__  # a Diagnostic's own refuses
_FIELDS = ("file", "message", "line", "column", "path", "level")

_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for an undecodable byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, *, lines: bool = False) -> str:
    """``text`` with every unsafe character as a visible escape; with ``lines``, newlines and tabs stay."""
    if UNSAFE_BUT_LINES.search(text):
        text = UNSAFE_BUT_LINES.sub(_escape, text)  # its escapes hold no tab or newline
    return text if lines else text.replace("\t", "\\t").replace("\n", "\\n")


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters, saying how long it was: messages never echo a value whole."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 1]}… ({len(text):,} characters)"


class Diagnostic:
    """One located problem in an input file: what is wrong, where, and what was expected.

    Frozen and compared by value, as a frozen dataclass would be, and made positionally or by keyword; a
    plain slotted class so that importing the checker does not import ``dataclasses`` (and ``inspect``)."""

    __slots__ = ("column", "file", "level", "line", "message", "path")

    file: str
    message: str
    line: int | None
    column: int | None
    path: str | None  # dotted path in the document, when known
    level: str  # error | warning | note

    def __init__(
        self,
        file: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        path: str | None = None,
        level: str = "error",
    ) -> None:
        _SET(self, "file", file)
        _SET(self, "message", message)
        _SET(self, "line", line)
        _SET(self, "column", column)
        _SET(self, "path", path)
        _SET(self, "level", level)

    def _values(self) -> tuple[str, str, int | None, int | None, str | None, str]:
        return (self.file, self.message, self.line, self.column, self.path, self.level)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Diagnostic)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self._values(), strict=True))
        return f"Diagnostic({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a frozen Diagnostic")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a frozen Diagnostic")

    def __reduce__(self) -> tuple[type[Diagnostic], tuple[object, ...]]:
        return Diagnostic, self._values()

    def with_file(self, file: str) -> Diagnostic:
        """This diagnostic with its file under another name (the name a report shows)."""
        return Diagnostic(file, self.message, self.line, self.column, self.path, self.level)

    def location(self) -> str:
        if self.line is None:
            return visible(self.file)
        return f"{visible(self.file)}:{self.line}:{self.column or 1}"

    def render(self) -> str:
        """One line, whatever the file name or the message holds."""
        return f"{self.location()}: {self.level}: {visible(self.message)}"


class CheckerError(Exception):
    """Base class for errors the checker reports to users (exit code 2)."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(d.render() for d in diagnostics))


class InputError(CheckerError):
    """A declaration or ruleset file that cannot be read, parsed or validated."""


class UsageError(CheckerError):
    """A command-line choice that cannot be honoured (unknown ruleset, bad date, ...)."""

    @classmethod
    def plain(cls, message: str) -> UsageError:
        return cls([Diagnostic(file="compliance-checker", message=message)])
