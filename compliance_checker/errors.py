"""Error types. Every error that reaches a user carries located diagnostics, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One located problem in an input file: what is wrong, where, and what was expected."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    path: str | None = None  # dotted path in the document, when known
    level: str = "error"  # error | warning | note

    def location(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column or 1}"

    def render(self) -> str:
        return f"{self.location()}: {self.level}: {self.message}"


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
