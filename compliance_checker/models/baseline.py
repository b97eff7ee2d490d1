"""The identity of a finding, for baselines: declaration path + model + rule + failed evidence path."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence

from compliance_checker.models.report import FAILING

Finding = tuple[str, str, str, str]  # (declaration path, model, rule, evidence path or "")


def normal_path(path: str) -> str:
    return posixpath.normpath(path.replace("\\", "/"))


def finding_ids(
    path: str, model: str | None, rule: str, status: str, failed_paths: Sequence[str]
) -> set[Finding]:
    """One identity per failed evidence item of a missing or partial result (none for other outcomes)."""
    if status not in FAILING:
        return set()
    base = (normal_path(path), model or "", rule)
    return {(*base, item) for item in failed_paths} or {(*base, "")}
