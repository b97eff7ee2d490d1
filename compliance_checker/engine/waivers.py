"""Applying waivers to results. Pure: results, waivers and the as-of date in; results and notices out."""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from compliance_checker.errors import Diagnostic
from compliance_checker.models.record import replace
from compliance_checker.models.report import FAILING, AppliedWaiver, DeclarationReport

if TYPE_CHECKING:  # a check without --waivers must not import pydantic (the waiver models)
    from compliance_checker.models.waiver import Waiver


class Located(Protocol):
    @property
    def waiver(self) -> Waiver: ...
    @property
    def file(self) -> str: ...
    @property
    def line(self) -> int: ...


def _matches(patterns: Sequence[str], names: Sequence[str]) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns for name in names)


# Names no real pattern aims at: a pattern that matches them all matches every declaration there is.
_ANY_NAMES = ("x/y/any-declaration.yaml", "../elsewhere/z.yaml", "/some/absolute/d.yaml")


def _matches_everything(patterns: Sequence[str]) -> bool:
    return any(all(fnmatch.fnmatchcase(name, pattern) for name in _ANY_NAMES) for pattern in patterns)


class WaiverUse:
    """Which waivers one declaration used, and which expired ones matched it."""

    __slots__ = ("expired", "used")

    def __init__(self, used: set[int] | None = None, expired: list[tuple[int, str]] | None = None) -> None:
        self.used = set() if used is None else used
        self.expired = [] if expired is None else expired


class WaiverApplier:
    """Waives the findings (missing, partial) that a current waiver covers, one declaration at a time.

    ``names`` gives, for a declaration path, the names a waiver's patterns are matched against (the
    path as given and relative to the waivers file). The first current waiver that matches a finding
    applies. After the last declaration, ``notices()`` reports expired waivers that matched a finding
    and waivers that matched no finding.
    """

    def __init__(self, waivers: Sequence[Located], *, as_of: dt.date) -> None:
        self.waivers = list(waivers)
        self.as_of = as_of
        self.used: set[int] = set()
        self.expired_hits: dict[int, list[str]] = {}
        # Approved after the as-of date: not in force on that date, so never applied (and reported).
        self.not_yet = {i for i, item in enumerate(self.waivers) if item.waiver.approved_on > as_of}

    def apply_one(self, decl: DeclarationReport, names: Sequence[str]) -> tuple[DeclarationReport, WaiverUse]:
        """Waive one declaration's covered findings without touching this applier's state, so that a
        worker process can do it; ``record`` the returned use where the notices are made."""
        use = WaiverUse()
        if not self.waivers or not decl.results:
            return decl, use
        results = []
        changed = False
        for result in decl.results:
            applied = self._match(result.rule, names, decl.path, use) if result.status in FAILING else None
            if applied is None:
                results.append(result)
            else:
                changed = True
                results.append(replace(result, status="waived", waived_status=result.status, waiver=applied))
        return (replace(decl, results=tuple(results)) if changed else decl), use

    def record(self, use: WaiverUse) -> None:
        self.used |= use.used
        for index, path in use.expired:
            self.expired_hits.setdefault(index, []).append(path)

    def _match(self, rule: str, names: Sequence[str], path: str, use: WaiverUse) -> AppliedWaiver | None:
        for index, item in enumerate(self.waivers):
            w = item.waiver
            if index in self.not_yet or w.rule != rule or not _matches(w.declarations, names):
                continue
            if self.as_of > w.expires:
                use.expired.append((index, path))
                continue
            use.used.add(index)
            return AppliedWaiver(
                justification=w.justification,
                approved_by=w.approved_by,
                approved_on=w.approved_on,
                expires=w.expires,
                file=item.file,
                line=item.line,
            )
        return None

    def notices(self) -> list[Diagnostic]:
        notices: list[Diagnostic] = []
        for index, item in enumerate(self.waivers):
            w = item.waiver
            if _matches_everything(w.declarations):
                patterns = ", ".join(w.declarations)
                notices.append(
                    Diagnostic(
                        item.file,
                        f"waiver for {w.rule} covers every declaration ({patterns}); a waiver should name "
                        "the declarations whose gap was accepted",
                        item.line,
                        1,
                        level="warning",
                    )
                )
            if index in self.not_yet:
                notices.append(
                    Diagnostic(
                        item.file,
                        f"waiver for {w.rule} is approved on {w.approved_on.isoformat()}, after the as-of "
                        f"date {self.as_of.isoformat()}; it is not applied",
                        item.line,
                        1,
                        level="warning",
                    )
                )
            elif index in self.expired_hits:
                files = ", ".join(sorted(set(self.expired_hits[index])))
                expired = w.expires.isoformat()
                notices.append(
                    Diagnostic(
                        item.file,
                        f"waiver for {w.rule} expired on {expired}; it no longer covers {files}",
                        item.line,
                        1,
                        level="warning",
                    )
                )
            elif index not in self.used:
                notices.append(
                    Diagnostic(
                        item.file,
                        f"waiver for {w.rule} ({', '.join(w.declarations)}) matches no finding; remove it",
                        item.line,
                        1,
                        level="warning",
                    )
                )
        return notices
