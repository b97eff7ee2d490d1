"""The Python API: one declaration at a time (``check_file``, ``classify_file``: load -> validate ->
classify -> evaluate; ``evaluated``: the same with the loaded declaration, its facts and its rulesets,
and ``Waivers`` applied, as `check`, `render` and `deadlines` judge it), or a whole run as the command
line makes it (``check``: waivers, baseline, fail policy, output files). Nothing here prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from compliance_checker import __version__
from compliance_checker.checking import Evaluated, Override, Waivers, check_file, classify_file, evaluated
from compliance_checker.errors import UsageError
from compliance_checker.loading.files import DEFAULT_MAX_BYTES
from compliance_checker.models.profile import Profile
from compliance_checker.models.report import FailPolicy, Report
from compliance_checker.run import RunConfig, parse_fail_on, run

__all__ = ["Evaluated", "Override", "Waivers", "check", "check_file", "classify_file", "evaluated"]


def check(
    paths: Iterable[str | Path],
    *,
    as_of: dt.date | None = None,
    overrides: Sequence[Override] = (),
    rulesets: Sequence[str] = (),
    profile: Profile | str | None = None,
    fail_on: str | FailPolicy = "info",
    fail_on_rule: Sequence[str] = (),
    soft_fail_rule: Sequence[str] = (),
    waivers: str | Path | None = None,
    ignore_waivers: bool = False,
    baseline: str | Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    evidence_root: str | Path | None = None,
    jobs: int = 1,
    outputs: Sequence[tuple[str, str | Path]] = (),
) -> Report:
    """Check declarations as ``compliance-checker check`` does, with the same options, and return the
    whole report; its ``exit_code()`` is what the command line returns.

    ``fail_on`` is written as ``--fail-on`` is (``"high"``, ``"medium,manual_review"``) or is a
    ``FailPolicy``; ``fail_on_rule`` and ``soft_fail_rule`` are rule ids. ``outputs`` are (format,
    file) pairs, each written whole or not at all. Raises ``CheckerError`` for a run that cannot start
    (a directory with no declaration, an unknown ruleset, a bad waivers or baseline file). Every report
    is kept in memory: for batches too large for that, use ``compliance_checker.run.run``.
    """
    if isinstance(fail_on, FailPolicy):
        policy = FailPolicy(
            severity=fail_on.severity,
            outcomes=fail_on.outcomes,
            hard_rules=fail_on.hard_rules | frozenset(fail_on_rule),
            soft_rules=fail_on.soft_rules | frozenset(soft_fail_rule),
        )
    else:
        try:
            policy = parse_fail_on(fail_on, hard_rules=fail_on_rule, soft_rules=soft_fail_rule)
        except ValueError as exc:
            raise UsageError.plain(f"fail_on: {exc}") from None
    config = RunConfig(
        paths=tuple(str(p) for p in paths),
        outputs=tuple((name, Path(file)) for name, file in outputs),
        as_of=as_of,
        rulesets=tuple(rulesets),
        overrides=tuple(overrides),
        profile=profile,
        policy=policy,
        waivers=Path(waivers) if waivers is not None else None,
        ignore_waivers=ignore_waivers,
        baseline=Path(baseline) if baseline is not None else None,
        jobs=jobs,
        max_file_size=max_bytes,
        evidence_root=str(evidence_root) if evidence_root is not None else None,
        keep_reports=True,
    )
    result = run(config)
    return Report(
        as_of=result.as_of,
        tool_version=__version__,
        declarations=result.reports,
        fail_on=policy,
        notices=result.notices,
        fixed=result.fixed,
    )
