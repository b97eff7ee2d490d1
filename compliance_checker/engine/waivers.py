"""Applying waivers to results. Pure: results, waivers and the as-of date in; results and notices out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
from collections.abc import Mapping, Sequence
from typing import Protocol

from compliance_checker.errors import Diagnostic
from compliance_checker.models.report import FAILING, AppliedWaiver, DeclarationReport
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


def apply_waivers(
    reports: Sequence[DeclarationReport],
    waivers: Sequence[Located],
    *,
    as_of: dt.date,
    names: Mapping[str, Sequence[str]],
) -> tuple[list[DeclarationReport], list[Diagnostic]]:
    """Waive the findings (missing, partial) that a current waiver covers.

    ``names`` gives, for each declaration path, the names a waiver's patterns are matched against (the
    path as given and relative to the waivers file). The first current waiver that matches a finding
    applies. Expired waivers that match a finding, and waivers that match no finding, become notices.
    """
    used: set[int] = set()
    expired_hits: dict[int, list[str]] = {}
    out: list[DeclarationReport] = []
    for decl in reports:
        candidates = names.get(decl.path, (decl.path,))
        results = []
        for result in decl.results:
            if result.status not in FAILING:
                results.append(result)
                continue
            applied = None
            for index, item in enumerate(waivers):
                w = item.waiver
                if w.rule != result.rule or not _matches(w.declarations, candidates):
                    continue
                if as_of > w.expires:
                    expired_hits.setdefault(index, []).append(decl.path)
                    continue
                used.add(index)
                applied = AppliedWaiver(
                    justification=w.justification,
                    approved_by=w.approved_by,
                    approved_on=w.approved_on,
                    expires=w.expires,
                    file=item.file,
                    line=item.line,
                )
                break
            if applied is None:
                results.append(result)
            else:
                results.append(
                    dataclasses.replace(result, status="waived", waived_status=result.status, waiver=applied)
                )
        out.append(dataclasses.replace(decl, results=tuple(results)))
    notices: list[Diagnostic] = []
    for index, item in enumerate(waivers):
        w = item.waiver
        if index in expired_hits:
            files = ", ".join(sorted(set(expired_hits[index])))
            notices.append(
                Diagnostic(
                    item.file,
                    f"waiver for {w.rule} expired on {w.expires.isoformat()}; it no longer covers {files}",
                    item.line,
                    1,
                    level="warning",
                )
            )
        elif index not in used:
            notices.append(
                Diagnostic(
                    item.file,
                    f"waiver for {w.rule} ({', '.join(w.declarations)}) matches no finding; remove it",
                    item.line,
                    1,
                    level="warning",
                )
            )
    return out, notices
