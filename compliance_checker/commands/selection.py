"""Which ruleset versions a command works on: ``--profile`` and ``--ruleset`` (imported by the commands
that read rulesets, so only when one of them runs)."""

from __future__ import annotations

from compliance_checker.loading.profiles import parse_profile
from compliance_checker.loading.rulesets import LoadedRuleset, parse_override, select
from compliance_checker.models.profile import Profile


def overrides(specs: tuple[str, ...]) -> list[LoadedRuleset | tuple[str, str | None]]:
    return [parse_override(spec) for spec in specs]


def profile_of(spec: str | None) -> Profile | None:
    """The ``--profile`` value as a profile, or None when it was not given."""
    if spec is None:
        return None
    return parse_profile(spec)


def selected(specs: tuple[str, ...], profile: str | None = None) -> tuple[LoadedRuleset, ...]:
    """The ruleset versions a command works on: a profile's (``--profile``, else the default), with
    ``--ruleset`` applied."""
    return select({}, overrides(specs), profile=profile_of(profile))
