"""One declaration through the pipeline: load -> validate -> classify -> evaluate (-> waivers).

``evaluated`` is the one sequence that ``check`` (through ``check_file``, which a batch maps over files),
``render`` and ``deadlines`` all run, so that the three commands cannot disagree about a declaration:
the same loading limits, ruleset selection, classification, evaluation and waivers. Plain arguments in,
frozen values out; nothing here prints.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from compliance_checker import __version__
from compliance_checker.engine.classify import classify
from compliance_checker.engine.evaluate import evaluate
from compliance_checker.engine.waivers import WaiverApplier, WaiverUse
from compliance_checker.errors import InputError
from compliance_checker.loading import rulesets as ruleset_store
from compliance_checker.loading.declaration import load_declaration
from compliance_checker.loading.files import DEFAULT_MAX_BYTES
from compliance_checker.loading.rulesets import LoadedRuleset, Selection
from compliance_checker.models.facts import Facts
from compliance_checker.models.loaded import LoadedDeclaration
from compliance_checker.models.profile import Profile
from compliance_checker.models.record import Record
from compliance_checker.models.report import DeclarationReport

if TYPE_CHECKING:
    from pathlib import Path

    from compliance_checker.models.ruleset import Ruleset

Override = LoadedRuleset | tuple[str, str | None]  # a --ruleset choice: loaded from a file, or (id, version)


def waiver_names(path: str, base: str | Path) -> tuple[str, ...]:
    """The names a waiver's patterns are matched against for a declaration: the path as given,
    normalised, and relative to ``base`` (the waivers file's folder, resolved)."""
    given = path.replace(os.sep, "/")
    normal = os.path.normpath(path).replace(os.sep, "/")
    try:
        relative = os.path.relpath(os.path.realpath(path), base).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        relative = normal
    return tuple(dict.fromkeys((given, normal, relative)))


class Waivers:
    """A waivers file in force on an as-of date, applied to one declaration at a time as ``check`` applies
    it (the same applier, the same names). The applier's run-wide bookkeeping (``record``, ``notices``)
    stays with the caller, so that a worker process can apply waivers too."""

    def __init__(self, file: str | Path, *, as_of: dt.date) -> None:
        # Waivers are read with pydantic, which a run without them never imports (about 60 ms); nor
        # pathlib (issue 16, start-up).
        from pathlib import Path

        from compliance_checker.loading.waivers import load_waivers

        self.file = Path(file)
        self.base = self.file.resolve().parent
        self.applier = WaiverApplier(load_waivers(self.file), as_of=as_of)

    def apply(self, report: DeclarationReport, path: str) -> tuple[DeclarationReport, WaiverUse]:
        return self.applier.apply_one(report, waiver_names(path, self.base))


class Evaluated(Record):
    """A declaration as the three commands see it: loaded, its rulesets selected, classified, and its
    report (results with waivers applied when a waivers file was given)."""

    loaded: LoadedDeclaration
    selection: Selection
    facts: Facts
    report: DeclarationReport
    waiver_use: WaiverUse | None = None  # which waivers it used: for the caller's notices

    @property
    def rulesets(self) -> list[Ruleset]:
        return [item.ruleset for item in self.selection.rulesets]


def classify_file(
    path: str | Path, *, as_of: dt.date, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[LoadedDeclaration, Facts]:
    loaded = load_declaration(path, max_bytes=max_bytes, as_of=as_of)
    return loaded, classify(loaded.declaration, as_of)


def evaluated(
    path: str | Path,
    *,
    as_of: dt.date,
    overrides: Sequence[Override] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    evidence_root: str | Path | None = None,
    profile: Profile | None = None,
    exact: Selection | None = None,
    waivers: Waivers | None = None,
) -> Evaluated:
    """Load, select, classify, evaluate and waive one declaration; ``InputError`` (located) for a file
    that cannot be read or an unknown ruleset it pins.

    The ruleset versions, from strongest to weakest: ``overrides`` (``--ruleset``), the declaration's
    ``rulesets`` pins, ``profile`` (``--profile``), the declaration's ``profile``, the default profile.
    ``exact`` replaces all of that with a fixed selection (``rules diff --declaration``).

    Evidence paths must stay inside ``evidence_root`` (default: the declaration's folder); a path that
    leads outside is a finding, and the file is never read. ``waivers`` waive the findings they cover,
    matched against ``path`` as given.
    """
    loaded = load_declaration(path, max_bytes=max_bytes, as_of=as_of, evidence_root=evidence_root)
    chosen = exact or ruleset_store.declaration_selection(loaded, overrides, profile=profile)
    facts = classify(loaded.declaration, as_of)
    results = evaluate(loaded, facts, [item.ruleset for item in chosen.rulesets])
    report = DeclarationReport(
        path=str(path),
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
    use = None
    if waivers is not None:
        report, use = waivers.apply(report, str(path))
    return Evaluated(loaded=loaded, selection=chosen, facts=facts, report=report, waiver_use=use)


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
    """Check one declaration (``evaluated``, without waivers: a batch applies them where it records
    their use); an unreadable or invalid file becomes a report with located errors."""
    try:
        return evaluated(
            path,
            as_of=as_of,
            overrides=overrides,
            max_bytes=max_bytes,
            evidence_root=evidence_root,
            profile=profile,
            exact=exact,
        ).report
    except InputError as exc:
        return DeclarationReport(
            path=str(path),
            sha256=None,
            as_of=as_of,
            tool_version=__version__,
            rulesets=(),
            facts=None,
            results=(),
            errors=tuple(exc.diagnostics),
        )
