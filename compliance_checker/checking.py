"""One declaration through the pipeline: load -> validate -> classify -> evaluate.

The step a batch maps over files (``batch``, ``pipeline``) and the Python API re-exports (``api``):
plain arguments in, frozen values out; nothing here prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from compliance_checker import __version__
from compliance_checker.engine.classify import classify
from compliance_checker.engine.evaluate import evaluate
from compliance_checker.errors import InputError
from compliance_checker.loading import rulesets as ruleset_store
from compliance_checker.loading.declaration import load_declaration
from compliance_checker.loading.files import DEFAULT_MAX_BYTES
from compliance_checker.loading.rulesets import LoadedRuleset, Selection
from compliance_checker.models.facts import Facts
from compliance_checker.models.loaded import LoadedDeclaration
from compliance_checker.models.profile import Profile
from compliance_checker.models.report import DeclarationReport

Override = LoadedRuleset | tuple[str, str | None]  # a --ruleset choice: loaded from a file, or (id, version)


def classify_file(
    path: str | Path, *, as_of: dt.date, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[LoadedDeclaration, Facts]:
    loaded = load_declaration(path, max_bytes=max_bytes, as_of=as_of)
    return loaded, classify(loaded.declaration, as_of)


def check_file(
    path: str | Path,
    *,
    as_of: dt.date,
    overrides: Sequence[Override] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    evidence_root: str | Path | None = None,
    profile: Profile | None = None,
    exact: Selection | None = None,
) -> DeclarationReport:
    """Check one declaration; an unreadable or invalid file becomes a report with located errors.

    The ruleset versions, from strongest to weakest: ``overrides`` (``--ruleset``), the declaration's
    ``rulesets`` pins, ``profile`` (``--profile``), the declaration's ``profile``, the default profile.
    ``exact`` replaces all of that with a fixed selection (``rules diff --declaration``).

    Evidence paths must stay inside ``evidence_root`` (default: the declaration's folder); a path that
    leads outside is a finding, and the file is never read.
    """
    name = str(path)
    try:
        loaded = load_declaration(path, max_bytes=max_bytes, as_of=as_of, evidence_root=evidence_root)
        chosen = exact or ruleset_store.declaration_selection(loaded, overrides, profile=profile)
    except InputError as exc:
        return DeclarationReport(
            path=name,
            sha256=None,
            as_of=as_of,
            tool_version=__version__,
            rulesets=(),
            facts=None,
            results=(),
            errors=tuple(exc.diagnostics),
        )
    facts = classify(loaded.declaration, as_of)
    results = evaluate(loaded, facts, [item.ruleset for item in chosen.rulesets])
    return DeclarationReport(
        path=name,
        sha256=loaded.sha256,
        as_of=as_of,
        tool_version=__version__,
        rulesets=tuple(item.ref for item in chosen.rulesets),
        facts=facts,
        results=results,
        model=f"{loaded.declaration.model.name} {loaded.declaration.model.version}",
        provider=loaded.declaration.provider.name,
        country=loaded.declaration.provider.country,
        profile=chosen.profile,
    )
