"""Profiles (``rulesets/profiles.yaml``): named, dated selections of one version of each ruleset.

The file is read strictly like every other input, validated against its schema (generated from
``models.profile``; located errors), and then against the shipped rulesets: a profile that names an
unknown ruleset, or a version that is not shipped, is refused with the file, line and column of that
entry. A profile's name may not also be a
ruleset id, so that ``rules diff NAME@VERSION`` can tell the two apart. Loaded once per process.

Which rulesets a run uses, from strongest to weakest: ``--ruleset``, the declaration's ``rulesets`` pins,
``--profile``, the declaration's ``profile``, the default profile named in the file
(``loading.rulesets.selection``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from compliance_checker.errors import Diagnostic, InputError, UsageError
from compliance_checker.loading import records
from compliance_checker.loading.files import read_text
from compliance_checker.loading.rulesets import LoadedRuleset, compiled, find, known_versions, parse_override
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.document import LoadedDocument
from compliance_checker.models.document import Path as DocPath
from compliance_checker.models.profile import Profile, ProfilesFile
from compliance_checker.models.record import Record

if TYPE_CHECKING:
    from pathlib import Path

PROFILES_FILE = "profiles.yaml"


class Profiles(Record):
    file: str
    default: Profile
    profiles: tuple[Profile, ...]  # sorted by name, then date

    def names(self) -> list[str]:
        return sorted({p.name for p in self.profiles})

    def known_text(self) -> str:
        return ", ".join(p.key for p in self.profiles)

    def find(self, spec: str) -> Profile | None:
        """``NAME@VERSION``, or ``NAME`` alone for that profile's newest version."""
        name, _, version = spec.partition("@")
        matches = [p for p in self.profiles if p.name == name]
        if not version:
            return matches[-1] if matches else None
        return next((p for p in matches if p.version == version), None)


def _value_diagnostic(doc: LoadedDocument, path: DocPath, message: str) -> Diagnostic:
    """Located at the value (a version), not at its key."""
    pos = doc.value_positions.get(path) or doc.position(path)
    return Diagnostic(doc.file, message, pos.line, pos.column)


def read_profiles(doc: LoadedDocument) -> ProfilesFile:
    """A parsed profiles file as a :class:`ProfilesFile`; :class:`InputError` lists every located problem
    of its form (which rulesets exist is checked by :func:`load_profiles_file`)."""
    problems = records.schema_problems(records.schema_validator("profiles"), doc.data)
    if not problems:
        data, problems = records.read(ProfilesFile, doc.data, subtypes={})
    if problems:
        raise InputError(records.located(doc, problems))
    assert isinstance(data, ProfilesFile)
    return data


def load_profiles_file(
    path: str | Path, *, display: str | None = None, known: dict[str, list[str]] | None = None
) -> Profiles:
    """Read and validate a profiles file against the ruleset versions ``known`` (default: the shipped
    ones); :class:`InputError` lists every located problem."""
    name = display or str(path)
    text, _ = read_text(path, kind="profiles file")
    doc = parse_yaml(text, name)
    data = read_profiles(doc)
    known = known_versions() if known is None else known
    known_text = ", ".join(f"{rid}@{v}" for rid, versions in known.items() for v in versions)
    problems: list[Diagnostic] = []
    first: dict[str, int] = {}
    for index, profile in enumerate(data.profiles):
        at: DocPath = ("profiles", index)
        if profile.key in first:
            line = doc.position(("profiles", first[profile.key])).line
            problems.append(
                doc.diagnostic(
                    (*at, "version"), f"profile {profile.key} is defined twice (first at line {line})"
                )
            )
        first.setdefault(profile.key, index)
        if profile.name in known:
            problems.append(
                doc.diagnostic(
                    (*at, "name"),
                    f"profile name {profile.name!r} is also a ruleset id; a profile needs a name of its own",
                )
            )
        for rid, version in profile.rulesets.items():
            where: DocPath = (*at, "rulesets", rid)
            if rid not in known:
                problems.append(
                    doc.diagnostic(
                        where, f"profile {profile.key}: unknown ruleset {rid!r}; known: {', '.join(known)}"
                    )
                )
            elif version not in known[rid]:
                problems.append(
                    _value_diagnostic(
                        doc,
                        where,
                        f"profile {profile.key}: unknown version {rid}@{version}; known: {known_text}",
                    )
                )
    profiles = tuple(sorted(data.profiles, key=lambda p: (p.name, p.date, p.version)))
    default = next((p for p in profiles if p.key == data.default), None)
    if default is None:
        problems.append(
            _value_diagnostic(
                doc,
                ("default",),
                f"default profile {data.default} is not defined in this file; defined: "
                + ", ".join(p.key for p in profiles),
            )
        )
    if problems:
        problems.sort(key=lambda d: (d.line or 0, d.column or 0))
        raise InputError(problems)
    assert default is not None
    return Profiles(file=name, default=default, profiles=profiles)


def shipped_profiles() -> Profiles:
    """The profiles shipped beside the rulesets (compiled with them, ``loading.rulesets.compiled``)."""
    return compiled().profiles


def default_profile() -> Profile:
    return shipped_profiles().default


def parse_profile(spec: str) -> Profile:
    """A ``--profile`` value: ``NAME`` or ``NAME@VERSION``."""
    profiles = shipped_profiles()
    found = profiles.find(spec)
    if found is None:
        raise UsageError.plain(f"unknown profile {spec!r}; known: {profiles.known_text()}")
    return found


def profile_rulesets(profile: Profile) -> tuple[LoadedRuleset, ...]:
    """The ruleset versions a profile selects, sorted by id (validated when the file was loaded)."""
    chosen: list[LoadedRuleset] = []
    for rid in sorted(profile.rulesets):
        found = find(rid, profile.rulesets[rid])
        assert found is not None, f"{rid}@{profile.rulesets[rid]} (checked when profiles are loaded)"
        chosen.append(found)
    return tuple(chosen)


Target = LoadedRuleset | Profile


def parse_target(spec: str) -> Target:
    """One side of ``rules diff``: ``RULESET[@VERSION]``, a ruleset file, or ``PROFILE[@VERSION]``.

    A bare name means the newest version of that ruleset, or of that profile.
    """
    if spec.endswith((".yaml", ".yml")) or "/" in spec:
        loaded = parse_override(spec)
        assert isinstance(loaded, LoadedRuleset)
        return loaded
    name = spec.partition("@")[0]
    profiles = shipped_profiles()
    if name in profiles.names():
        return parse_profile(spec)
    if name in known_versions():
        override = parse_override(spec)  # raises UsageError for an unknown version
        assert not isinstance(override, LoadedRuleset)
        found = find(*override)
        assert found is not None
        return found
    rulesets = ", ".join(f"{rid}@{v}" for rid, vs in known_versions().items() for v in vs)
    raise UsageError.plain(
        f"unknown ruleset or profile {spec!r}; known rulesets: {rulesets}; "
        f"known profiles: {profiles.known_text()}"
    )
