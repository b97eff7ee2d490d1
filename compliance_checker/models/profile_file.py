"""The pydantic models that validate ``rulesets/profiles.yaml`` (only when it is read, not from the
per-user cache); ``schemas/profiles.schema.json`` is generated from them. The engine and the commands use
the plain runtime class of ``models.profile``. Which ruleset versions exist is checked when the file is
loaded (``loading/profiles.py``), where each unknown id or version is reported at its line and column.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from compliance_checker.models import profile as runtime
from compliance_checker.models.ruleset_file import RulesetDate, Strict

PROFILE_NAME = r"^[a-z][a-z0-9-]*$"
PROFILE_SPEC = r"^[a-z][a-z0-9-]*(@[^@\s]+)?$"


class Profile(Strict):
    name: str = Field(pattern=PROFILE_NAME, description="Stable name shared by the profile's versions.")
    version: str = Field(min_length=1, description="Usually the date of the text the profile follows.")
    date: RulesetDate
    title: str = Field(min_length=1)
    description: str | None = None
    rulesets: dict[str, str] = Field(
        min_length=1, description="Ruleset id -> version; each must be a shipped ruleset version."
    )

    @property
    def key(self) -> str:
        """``name@version``, as on the command line and in reports."""
        return f"{self.name}@{self.version}"


class ProfilesFile(Strict):
    default: str = Field(
        pattern=r"^[a-z][a-z0-9-]*@[^@\s]+$",
        description="The profile `check` uses when neither the command line nor the declaration names one.",
    )
    profiles: list[Profile] = Field(min_length=1)


def to_runtime(spec: Profile) -> runtime.Profile:
    return runtime.Profile(
        name=spec.name,
        version=spec.version,
        date=spec.date,
        title=spec.title,
        description=spec.description,
        rulesets=dict(spec.rulesets),
    )


def profiles_json_schema() -> dict[str, Any]:
    schema = ProfilesFile.model_json_schema()
    schema["title"] = "compliance-checker profiles"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
