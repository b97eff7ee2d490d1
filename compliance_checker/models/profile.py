"""Profiles: named, dated selections of one version of each ruleset, e.g. "Code of Practice, final of
10 July 2025". Data only, in ``rulesets/profiles.yaml``, validated by ``models.profile_file`` when the
file is read; this plain class is what the commands use, so that a check which finds the profiles in the
per-user cache does not import pydantic.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    version: str
    date: dt.date
    title: str
    description: str | None
    rulesets: dict[str, str]  # ruleset id -> version

    @property
    def key(self) -> str:
        """``name@version``, as on the command line and in reports."""
        return f"{self.name}@{self.version}"
