"""How `render` and `deadlines` judge a declaration: as `check` does, with the same options and the same
configuration file keys (``settings.SHARED_KEYS``): the rulesets, the as-of date, the waivers, the
evidence root and the size limit. The work itself is ``checking.evaluated``, the sequence `check` runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from compliance_checker import checking
from compliance_checker.batch import Settings
from compliance_checker.checking import Evaluated, Waivers
from compliance_checker.commands import settings
from compliance_checker.engine.waivers import WaiverApplier, WaiverUse
from compliance_checker.errors import Diagnostic

F = TypeVar("F", bound=Callable[..., object])


def judging_options(command: F) -> F:
    """``--no-config``, ``--waivers``, ``--ignore-waivers`` and ``--evidence-root``, worded as `check`'s."""
    for option in reversed(
        (
            click.option(
                "--no-config",
                is_flag=True,
                is_eager=True,
                expose_value=False,
                callback=settings.read_shared_config,
                help="Ignore configuration files (.compliance-checker.yaml, [tool.compliance-checker] in "
                "pyproject.toml), whose keys shared with check (as-of, profile, ruleset, waivers, "
                "ignore-waivers, evidence-root, max-file-size, jobs) apply here too.",
            ),
            click.option(
                "--waivers",
                type=click.Path(dir_okay=False),
                default=None,
                help="YAML file of waivers, as for check: a waived finding is shown as waived.",
            ),
            click.option("--ignore-waivers", is_flag=True, help="Show the unwaived truth: apply no waiver."),
            click.option(
                "--evidence-root",
                type=click.Path(exists=True, file_okay=False, dir_okay=True),
                default=None,
                help="Evidence paths must stay inside this folder (default: the declaration's own "
                "folder), as for check.",
            ),
        )
    ):
        command = option(command)
    return command


class Judging(Settings):
    """The choices that decide a declaration's results: a batch's ``Settings`` and the waivers in force;
    inherited by forked workers, never pickled."""

    waivers: Waivers | None = None

    def evaluate(self, path: str) -> Evaluated:
        """``checking.evaluated`` with these choices; ``InputError`` for a file that cannot be read."""
        return checking.evaluated(
            path,
            as_of=self.as_of,
            overrides=self.overrides,
            max_bytes=self.max_bytes,
            evidence_root=self.evidence_root,
            profile=self.profile,
            waivers=self.waivers,
        )


def waivers_in_force(file: str | None, *, ignore: bool, as_of: dt.date) -> Waivers | None:
    """The waivers in force, or None without a file or with ``--ignore-waivers``; ``InputError`` (located)
    for a bad waivers file."""
    if file is None or ignore:
        return None
    return Waivers(Path(file), as_of=as_of)


def waiver_inputs(waivers: Waivers | None) -> list[tuple[Path, str]]:
    """The waivers file as an input an output file may not be."""
    return [(waivers.file, "--waivers file")] if waivers is not None else []


def expired_notices(waivers: Waivers, found: Evaluated) -> list[Diagnostic]:
    """The notices, in `check`'s words, about the waivers that matched a finding of this declaration but
    had expired (a command about one declaration does not list the waivers of others as unused)."""
    use = found.waiver_use
    if use is None or not use.expired:
        return []
    indices = list(dict.fromkeys(index for index, _ in use.expired))
    only = WaiverApplier([waivers.applier.waivers[i] for i in indices], as_of=waivers.applier.as_of)
    only.record(WaiverUse(expired=[(indices.index(i), path) for i, path in use.expired]))
    return only.notices()
