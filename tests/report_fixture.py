"""The reports that the format tests render: a small fixture ruleset over a small fixture declaration.

tests/fixtures/report/ holds a ruleset with one rule per outcome (``ruleset.yaml``), a declaration that
reaches each of them (``declaration.yaml``), an invalid declaration with two located errors
(``invalid.yaml``), waivers (one applied, one expired, one unused) and a baseline. The reports are built
by the library's own stages (loading, selection, evaluation, waivers, baseline), checked as of ``AS_OF``
with paths relative to the repository root and the tool version normalised, so that the golden files in
tests/golden/ are small, reproducible and independent of the shipped rulesets.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from compliance_checker.api import check_file
from compliance_checker.engine.baseline import BaselineComparer
from compliance_checker.engine.waivers import WaiverApplier
from compliance_checker.errors import Diagnostic
from compliance_checker.loading.baseline import load_baseline
from compliance_checker.loading.rulesets import LoadedRuleset, Selection, load_ruleset_file
from compliance_checker.loading.waivers import load_waivers
from compliance_checker.models.record import replace
from compliance_checker.models.report import DeclarationReport, FixedFinding, Report
from tests.conftest import AS_OF, ROOT

FOLDER = "tests/fixtures/report"
DECLARATION = f"{FOLDER}/declaration.yaml"
INVALID = f"{FOLDER}/invalid.yaml"
RULESET = f"{FOLDER}/ruleset.yaml"
WAIVERS = f"{FOLDER}/waivers.yaml"
BASELINE = f"{FOLDER}/baseline.json"
VERSION = "0.0.0-golden"
DAY = dt.date.fromisoformat(AS_OF)


@contextmanager
def in_repository() -> Iterator[None]:
    """Work from the repository's root, so that paths in reports are relative as a user's would be."""
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(here)


@cache
def fixture_ruleset() -> LoadedRuleset:
    """The fixture ruleset, loaded as a custom ruleset file is (schema check included)."""
    return load_ruleset_file(ROOT / RULESET, display=RULESET)


def check_fixture(path: str) -> DeclarationReport:
    """One repository-relative declaration checked against the fixture ruleset alone."""
    selection = Selection(profile="report-fixture@2026-01-01", rulesets=(fixture_ruleset(),))
    with in_repository():
        decl = check_file(path, as_of=DAY, exact=selection)
    return replace(decl, tool_version=VERSION)


def report(
    *declarations: DeclarationReport,
    notices: tuple[Diagnostic, ...] = (),
    fixed: tuple[FixedFinding, ...] = (),
) -> Report:
    return Report(as_of=DAY, tool_version=VERSION, declarations=declarations, notices=notices, fixed=fixed)


def with_waivers_and_baseline(*declarations: DeclarationReport) -> Report:
    """The declarations with the fixture waivers and baseline applied, as ``check --waivers --baseline``
    applies them: waived results, baseline states, the waiver notices and the findings fixed since."""
    with in_repository():
        applier = WaiverApplier(load_waivers(WAIVERS), as_of=DAY)
        comparer = BaselineComparer(load_baseline(BASELINE))
    done = []
    for decl in declarations:
        decl, waiver_use = applier.apply_one(decl, (decl.path,))
        applier.record(waiver_use)
        decl, baseline_use = comparer.compare_one(decl)
        comparer.record(baseline_use)
        done.append(decl)
    return report(*done, notices=tuple(applier.notices()), fixed=tuple(comparer.fixed()))


def fixture_reports() -> dict[str, Report]:
    """``canonical`` (the declaration), ``invalid``, ``waived`` (the declaration with waivers and baseline)
    and ``batch`` (both declarations, with waivers and baseline)."""
    canonical, invalid = check_fixture(DECLARATION), check_fixture(INVALID)
    return {
        "canonical": report(canonical),
        "invalid": report(invalid),
        "waived": with_waivers_and_baseline(canonical),
        "batch": with_waivers_and_baseline(canonical, invalid),
    }
