"""Read a baseline: a JSON report from an earlier `check --format json` run, reduced to its findings."""

from __future__ import annotations

import json
from pathlib import Path

from compliance_checker.errors import Diagnostic, InputError
from compliance_checker.loading.files import read_text
from compliance_checker.models.baseline import Finding, finding_ids


def load_baseline(path: str | Path) -> frozenset[Finding]:
    name = str(path)
    text, _ = read_text(Path(path), max_bytes=512 * 1024 * 1024)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([Diagnostic(name, f"not a JSON report: {exc.msg}", exc.lineno, exc.colno)]) from None
    declarations = data.get("declarations") if isinstance(data, dict) else None
    if not isinstance(declarations, list):
        raise InputError(
            [Diagnostic(name, "not a compliance-checker JSON report: no 'declarations' list", 1, 1)]
        )
    found: set[Finding] = set()
    for index, decl in enumerate(declarations):
        try:
            for result in decl["results"]:
                status = result.get("waived_status") or result["status"]
                failed = [item["path"] for item in result["evidence"] if item["status"] == "failed"]
                found |= finding_ids(decl["path"], decl.get("model"), result["rule"], status, failed)
        except (KeyError, TypeError):
            raise InputError(
                [Diagnostic(name, f"declarations[{index}] is not shaped like a compliance-checker report")]
            ) from None
    return frozenset(found)
