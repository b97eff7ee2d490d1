"""Discover, validate and select rulesets. Shipped rulesets live in ``rulesets/<id>/<version>.yaml``.

A ruleset file is checked against the ruleset schema (generated from ``models.ruleset`` and the
operators' specs by ``tools.record_schema``, and published as ``schemas/ruleset.schema.json``), read into
those classes, and checked as a whole (``loading.ruleset_checks``: unique ids, references, declaration
paths), every problem located in the file. Each file is loaded once per process.
Versions sit side by side; a profile (``rulesets/profiles.yaml``, ``loading/profiles.py``) selects one
version of each. Which versions a run uses, from strongest to weakest: ``--ruleset``, the declaration's
``rulesets`` pins, ``--profile``, the declaration's ``profile``, the default profile.
"""

from __future__ import annotations

import os
import pickle
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from compliance_checker.engine.operators import OPERATORS
from compliance_checker.errors import Diagnostic, InputError, UsageError
from compliance_checker.loading import compiled as compiled_file
from compliance_checker.loading import records, ruleset_checks
from compliance_checker.loading.compiled import Packed
from compliance_checker.loading.files import read_text
from compliance_checker.loading.resources import PACKAGE, data_dir
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.document import LoadedDocument
from compliance_checker.models.record import Record, shared
from compliance_checker.models.report import RulesetRef
from compliance_checker.models.ruleset import Check, Ruleset

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from compliance_checker.loading.profiles import Profiles
    from compliance_checker.models.loaded import LoadedDeclaration
    from compliance_checker.models.profile import Profile

# The checks a ruleset can hold: the operators' specs.
SUBTYPES: dict[type[Any], tuple[type[Any], ...]] = {Check: tuple(op.spec for op in OPERATORS.values())}


class LoadedRuleset(Record):
    ref: RulesetRef
    ruleset: Ruleset


@cache
def declaration_schema() -> dict[str, Any]:
    """The published declaration schema, which a rule's declaration paths must be paths of."""
    import json  # only to read a ruleset file: a check imports no json (issue 16, start-up)

    with open(os.path.join(data_dir("schemas"), "declaration.schema.json"), encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def read_ruleset(doc: LoadedDocument) -> Ruleset:
    """A parsed ruleset file as a :class:`Ruleset`; :class:`InputError` lists every located problem: first
    those against the schema, then each record's own, then the ruleset's as a whole."""
    problems = records.schema_problems(records.schema_validator("ruleset"), doc.data)
    if not problems:
        ruleset, problems = records.read(Ruleset, doc.data, subtypes=SUBTYPES)
    if not problems:
        problems = ruleset_checks.problems(ruleset, declaration_schema())
    if problems:
        raise InputError(records.located(doc, problems))
    assert isinstance(ruleset, Ruleset)
    return ruleset


def load_ruleset_file(path: str | Path, *, display: str | None = None) -> LoadedRuleset:
    text, digest = read_text(path, kind="ruleset file")
    ruleset = read_ruleset(parse_yaml(text, str(path)))
    info = ruleset.ruleset
    ref = RulesetRef(
        id=info.id,
        version=info.version,
        date=info.date,
        title=info.title,
        sha256=digest,
        files=(display or str(path),),
    )
    return LoadedRuleset(ref=ref, ruleset=ruleset)


# --- the shipped rulesets and profiles, compiled when the package is built -------------------------------

# Written by the build (hatch_build.py) or ``python -m compliance_checker.tools.compile``; never at run time.
# Paths here are ``os.path`` strings: a check stats every source file, and ``pathlib`` is not imported.
COMPILED = os.path.join(PACKAGE, "_compiled.pickle")
# The code that makes the compiled objects: a change to any of it makes the compiled file stale.
_CODE = (
    "models/record.py",
    "models/ruleset.py",
    "models/profile.py",
    "loading/records.py",
    "loading/ruleset_checks.py",
    "loading/rulesets.py",
    "loading/compiled.py",
    "loading/profiles.py",
    "engine/operators",
)


# A source file as it was when the compiled file was made: (folder/name, size, modified, changed), the
# times in nanoseconds. The "changed" time (ctime) moves with every write, rename or touch of the file,
# and nothing sets it back.
Stamp = tuple[str, int, int, int]


class Compiled(NamedTuple):
    """The shipped rulesets and profiles, validated, and the digest of everything they were made from."""

    sources: str
    stamps: tuple[Stamp, ...]
    rulesets: tuple[Packed, ...]  # every version, sorted by id then date
    profiles: Profiles


def _files_in(folder: str, suffix: str) -> list[str]:
    """The entries of ``folder`` whose names end with ``suffix``, sorted (``Path.glob("*" + suffix)``)."""
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(suffix))


def ruleset_files() -> list[str]:
    """Every shipped ruleset file, ``rulesets/ID/VERSION.yaml``, sorted by folder then name."""
    root = data_dir("rulesets")
    folders = (os.path.join(root, name) for name in sorted(os.listdir(root)))
    return [path for folder in folders if os.path.isdir(folder) for path in _files_in(folder, ".yaml")]


def source_files() -> list[str]:
    """The shipped ruleset files, the profiles file, the schemas they are validated against (and the
    rules' paths checked against) and the code that reads them."""
    schemas = data_dir("schemas")
    files = [
        *ruleset_files(),
        os.path.join(data_dir("rulesets"), "profiles.yaml"),
        *(os.path.join(schemas, f"{name}.schema.json") for name in ("declaration", "ruleset", "profiles")),
    ]
    for name in _CODE:
        path = os.path.join(PACKAGE, *name.split("/"))
        files += _files_in(path, ".py") if name.endswith("operators") else [path]
    return files


def sources_digest(files: Sequence[str | Path] | None = None) -> str:
    """SHA-256 over the source files (``source_files``), file by file."""
    import hashlib  # only when the compiled rulesets are built or checked in full, never for a check

    digest = hashlib.sha256()
    for path in source_files() if files is None else files:
        with open(path, "rb") as handle:
            content = hashlib.sha256(handle.read()).hexdigest()
        digest.update(f"{os.path.basename(path)}\0{content}\0".encode())
    return digest.hexdigest()


def source_stamps(files: Sequence[str | Path]) -> tuple[Stamp, ...]:
    stamps = []
    for path in files:
        status = os.stat(path)
        name = f"{os.path.basename(os.path.dirname(path))}/{os.path.basename(path)}"
        stamps.append((name, status.st_size, status.st_mtime_ns, status.st_ctime_ns))
    return tuple(stamps)


@cache
def compiled() -> Compiled:
    """The compiled shipped rulesets and profiles; compiled here, in memory, when the compiled file is
    missing or was made from other files or code than these (an edited ruleset in a checkout).

    The compiled file is current when every source file is as it was when it was made (same size and
    times: a few ``stat`` calls), or else when their digest is its digest (about 1 MB read and hashed,
    as after a copy or a fresh checkout of the same files)."""
    files = source_files()
    try:
        found = compiled_file.read(COMPILED)
        if isinstance(found, Compiled) and (
            found.stamps == source_stamps(files) or found.sources == sources_digest(files)
        ):
            return found
    except (OSError, pickle.UnpicklingError, AttributeError, EOFError, ImportError, TypeError, ValueError):
        pass  # missing, or written by other code: compile
    return compile_shipped()


def compile_shipped() -> Compiled:
    """Read and validate every shipped ruleset and the profiles file (they are checked against these)."""
    from compliance_checker.loading.profiles import (
        PROFILES_FILE,
        load_profiles_file,
    )  # it imports this module

    rulesets = _load_shipped(ruleset_files())
    known: dict[str, list[str]] = {}
    for item in rulesets:
        known.setdefault(item.ref.id, []).append(item.ref.version)
    profiles = load_profiles_file(
        os.path.join(data_dir("rulesets"), PROFILES_FILE), display=f"rulesets/{PROFILES_FILE}", known=known
    )
    seen: dict[Any, Any] = {}  # equal sources, conditions, strings... within a version: one object
    packed = tuple(
        Packed(item.ref, pickle.dumps(shared(item, seen), protocol=pickle.HIGHEST_PROTOCOL))
        for item in rulesets
    )
    files = source_files()
    return Compiled(sources_digest(files), source_stamps(files), packed, profiles)


def write_compiled(target: str | Path = COMPILED) -> str | Path:
    """Compile the shipped rulesets and profiles into ``target`` (whole or not at all)."""
    compiled_file.write(compile_shipped(), target)
    return target


def shipped_rulesets() -> tuple[LoadedRuleset, ...]:
    """Every shipped ruleset version, sorted by id then date."""
    return tuple(packed.get() for packed in compiled().rulesets)


def _load_shipped(paths: list[str]) -> tuple[LoadedRuleset, ...]:
    loaded: list[LoadedRuleset] = []
    for path in paths:
        folder, name = os.path.basename(os.path.dirname(path)), os.path.basename(path)
        item = load_ruleset_file(path, display=f"rulesets/{folder}/{name}")
        if (folder, os.path.splitext(name)[0]) != (item.ref.id, item.ref.version):
            raise InputError(
                [
                    Diagnostic(
                        str(path),
                        f"ruleset {item.ref.id}@{item.ref.version} must be "
                        f"stored as {item.ref.id}/{item.ref.version}.yaml",
                    )
                ]
            )
        loaded.append(item)
    return tuple(sorted(loaded, key=lambda r: (r.ref.id, r.ref.date, r.ref.version)))


def known_versions() -> dict[str, list[str]]:
    versions: dict[str, list[str]] = {}
    for packed in compiled().rulesets:
        versions.setdefault(packed.ref.id, []).append(packed.ref.version)
    return versions


def _known_text() -> str:
    return ", ".join(f"{rid}@{v}" for rid, vs in known_versions().items() for v in vs)


def find(ruleset_id: str, version: str | None) -> LoadedRuleset | None:
    matches = [packed for packed in compiled().rulesets if packed.ref.id == ruleset_id]
    if version is None:
        return matches[-1].get() if matches else None
    return next((packed.get() for packed in matches if packed.ref.version == version), None)


def parse_override(spec: str) -> LoadedRuleset | tuple[str, str | None]:
    """``ID``, ``ID@VERSION`` or a path to a custom ruleset file."""
    if spec.endswith((".yaml", ".yml")) or "/" in spec:
        from pathlib import Path  # only for a file given: its messages name it as ``pathlib`` spells it

        return load_ruleset_file(Path(spec))
    rid, _, version = spec.partition("@")
    if find(rid, version or None) is None:
        what = f"{rid}@{version}" if version else rid
        raise UsageError.plain(f"unknown ruleset {what!r}; known: {_known_text()}")
    return rid, version or None


class Selection(Record):
    """The ruleset versions a declaration is checked against, and the profile they started from."""

    profile: str  # name@version
    rulesets: tuple[LoadedRuleset, ...]


def selection(
    pins: dict[str, str],
    overrides: list[LoadedRuleset | tuple[str, str | None]],
    pin_doc: LoadedDocument | None = None,
    *,
    profile: Profile | None = None,
    declared_profile: str | None = None,
) -> Selection:
    """A profile's versions (``profile``, else the declaration's ``declared_profile``, else the default
    profile), then the declaration's pins, then ``--ruleset``."""
    from compliance_checker.loading.profiles import profile_rulesets, shipped_profiles

    profiles = shipped_profiles()
    problems: list[Diagnostic] = []
    base = profile
    if declared_profile is not None:
        declared = profiles.find(declared_profile)
        if declared is None:
            message = f"unknown profile {declared_profile!r}; known: {profiles.known_text()}"
            problems.append(pin_doc.diagnostic(("profile",), message) if pin_doc else Diagnostic("", message))
        base = base or declared
    base = base or profiles.default
    chosen: dict[str, LoadedRuleset] = {item.ref.id: item for item in profile_rulesets(base)}
    for rid, version in pins.items():
        found = find(rid, version)
        if found is None:
            message = f"unknown ruleset version {rid}@{version}; known: {_known_text()}"
            problems.append(
                pin_doc.diagnostic(("rulesets", rid), message) if pin_doc else Diagnostic("", message)
            )
        else:
            chosen[rid] = found
    if problems:
        raise InputError(problems)
    for override in overrides:
        if isinstance(override, LoadedRuleset):
            chosen[override.ref.id] = override
        else:
            found = find(*override)
            assert found is not None  # checked by parse_override
            chosen[override[0]] = found
    return Selection(profile=base.key, rulesets=tuple(chosen[rid] for rid in sorted(chosen)))


def declaration_selection(
    loaded: LoadedDeclaration,
    overrides: Sequence[LoadedRuleset | tuple[str, str | None]] = (),
    *,
    profile: Profile | None = None,
) -> Selection:
    """:func:`selection` for a loaded declaration: its ``rulesets`` pins (located in its file) and its
    ``profile``, under ``--profile`` and ``--ruleset``."""
    return selection(
        loaded.declaration.rulesets,
        list(overrides),
        loaded.document,
        profile=profile,
        declared_profile=loaded.declaration.profile,
    )


def select(
    pins: dict[str, str],
    overrides: list[LoadedRuleset | tuple[str, str | None]],
    pin_doc: LoadedDocument | None = None,
    *,
    profile: Profile | None = None,
) -> tuple[LoadedRuleset, ...]:
    """The ruleset versions of :func:`selection`, without the profile's name."""
    return selection(pins, overrides, pin_doc, profile=profile).rulesets
