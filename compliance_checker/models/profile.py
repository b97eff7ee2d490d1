"""Profiles: named, dated selections of one version of each ruleset, e.g. "Code of Practice, final of
10 July 2025". Data only, in ``rulesets/profiles.yaml``, read like a ruleset (``loading.profiles``):
``schemas/profiles.schema.json`` is generated from these classes.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from compliance_checker.models.record import Meta, Record


class Profile(Record):
    """A named, dated selection of one version of each ruleset."""

    name: Annotated[
        str, Meta(pattern=r"^[a-z][a-z0-9-]*$", description="Stable name shared by the profile's versions.")
    ]
    version: Annotated[
        str, Meta(minLength=1, description="Usually the date of the text the profile follows.")
    ]
    date: dt.date
    title: Annotated[str, Meta(minLength=1)]
    description: str | None = None
    rulesets: Annotated[
        dict[str, str],
        Meta(minProperties=1, description="Ruleset id -> version; each must be a shipped ruleset version."),
    ]

    @property
    def key(self) -> str:
        """``name@version``, as on the command line and in reports."""
        return f"{self.name}@{self.version}"


class ProfilesFile(Record):
    """The profiles file: every profile, and the one `check` uses by default."""

    default: Annotated[
        str,
        Meta(
            pattern=r"^[a-z][a-z0-9-]*@[^@\s]+$",
            description="The profile `check` uses when neither the command line nor the declaration names "
            "one.",
        ),
    ]
    profiles: Annotated[tuple[Profile, ...], Meta(minItems=1)]
