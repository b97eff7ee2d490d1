"""Discover, validate and select rulesets. Shipped rulesets live in ``rulesets/<id>/<version>.yaml``.

A custom ruleset file is checked against ``schemas/ruleset.schema.json`` (located errors) and then read
into the pydantic models of ``models.ruleset_file``, which that schema is generated from, and converted
into the engine's plain dataclasses (``models.ruleset``). Shipped rulesets skip the JSON Schema pass
at run time (it costs more than the rest of a check); the test suite validates every one of them against
the schema file, and the models enforce the same constraints. Each file is loaded once per process, and
the shipped ones are kept in a per-user cache between processes, so that a check which finds them there
imports neither jsonschema nor pydantic for them.
Versions sit side by side; a profile (``rulesets/profiles.yaml``, ``loading/profiles.py``) selects one
version of each. Which versions a run uses, from strongest to weakest: ``--ruleset``, the declaration's
``rulesets`` pins, ``--profile``, the declaration's ``profile``, the default profile.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compliance_checker.errors import Diagnostic, InputError, UsageError
from compliance_checker.loading import cache as disk_cache
from compliance_checker.loading.files import read_text
from compliance_checker.loading.resources import data_dir
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.document import LoadedDocument, dotted
from compliance_checker.models.report import RulesetRef
from compliance_checker.models.ruleset import Ruleset

if TYPE_CHECKING:
    from compliance_checker.models.profile import Profile


@dataclass(frozen=True, slots=True)
class LoadedRuleset:
    ref: RulesetRef
    ruleset: Ruleset


@cache
def _schema_validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads((data_dir("schemas") / "ruleset.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _detail(error: Any) -> Any:
    """The error to report for a failed ``oneOf``/``anyOf``: in a union of check kinds, the errors of the
    one branch whose ``check`` matched (an offset too long for a date check, not "'offset' unexpected"
    from every other kind); otherwise jsonschema's best match."""
    from jsonschema.exceptions import best_match

    if not error.context:
        return error
    branches: dict[Any, list[Any]] = {}
    for sub in error.context:
        branches.setdefault(sub.schema_path[0], []).append(sub)
    matched = [
        subs for subs in branches.values() if not any(tuple(sub.relative_path) == ("check",) for sub in subs)
    ]
    if len(matched) == 1 and len(branches) > 1:
        return _detail(best_match(matched[0]))
    return best_match(error.context)


def _non_finite(doc: LoadedDocument) -> list[Diagnostic]:
    """NaN and the infinities compare with nothing and have no decimal form: no ruleset number may be one."""
    found = []
    for path, text in doc.number_texts.items():
        lowered = text.lower()
        if lowered.startswith(("0x", "0o")):
            continue  # an integer
        if "inf" in lowered or "nan" in lowered or not math.isfinite(float(lowered)):
            where = dotted(path)
            found.append(doc.diagnostic(path, f"{where}: expected a finite number; got {text}"))
    return found


def _schema_errors(doc: LoadedDocument) -> list[Diagnostic]:
    found: list[Diagnostic] = _non_finite(doc)
    for error in _schema_validator().iter_errors(doc.data):
        detail = _detail(error)
        path = tuple(detail.absolute_path)
        where = dotted(path)
        found.append(doc.diagnostic(path, f"{where + ': ' if where else ''}{detail.message}"))
    found.sort(key=lambda d: (d.line or 0, d.column or 0))
    return found


def load_ruleset_file(path: Path, *, display: str | None = None, schema_check: bool = True) -> LoadedRuleset:
    text, digest = read_text(path, kind="ruleset file")
    doc = parse_yaml(text, str(path))
    if schema_check:
        errors = _schema_errors(doc)
        if errors:
            raise InputError(errors)
    from pydantic import ValidationError

    from compliance_checker.loading.validation import diagnostics
    from compliance_checker.models import ruleset_file

    try:
        ruleset = ruleset_file.to_runtime(ruleset_file.Ruleset.model_validate(doc.data))
    except ValidationError as exc:
        raise InputError(diagnostics(ruleset_file.Ruleset, exc, doc)) from None
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


@cache
def shipped_rulesets() -> tuple[LoadedRuleset, ...]:
    """Every shipped ruleset version, sorted by id then date. Loaded and validated once per process, and
    kept in a per-user cache between processes (see ``loading.cache``)."""
    from compliance_checker import __version__

    root = data_dir("rulesets")
    paths = sorted(root.glob("*/*.yaml"))
    digests = [f"{p.parent.name}/{p.name}:{hashlib.sha256(p.read_bytes()).hexdigest()}" for p in paths]
    # The pickled objects are instances of the runtime ruleset classes, made by the validating models: a
    # change to either module (an upgrade, or an editable install between releases) must not read an old
    # pickle.
    models = [_source_digest(f"compliance_checker.models.{name}") for name in ("ruleset", "ruleset_file")]
    key = disk_cache.cache_key(__version__, _pydantic_version(), *models, *digests)
    name = f"rulesets-{key}.pickle"
    cached = disk_cache.load(name)
    if isinstance(cached, tuple) and all(isinstance(item, LoadedRuleset) for item in cached):
        return cached
    loaded = _load_shipped(paths)
    disk_cache.store(name, loaded)
    return loaded


def _source_digest(module: str) -> str:
    """The SHA-256 of a module's source, found without importing it."""
    spec = importlib.util.find_spec(module)
    origin = spec.origin if spec is not None else None
    return hashlib.sha256(Path(origin).read_bytes()).hexdigest() if origin else ""


def _pydantic_version() -> str:
    """Which pydantic validated the cached rulesets: the digest of its ``version.py``, which names its
    version and that of pydantic-core; read as a file, because importing pydantic (and pydantic-core) is
    what the cache saves a check from."""
    spec = importlib.util.find_spec("pydantic")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    for folder in folders:
        with contextlib.suppress(OSError):
            return hashlib.sha256((Path(folder) / "version.py").read_bytes()).hexdigest()
    return ""


def _load_shipped(paths: list[Path]) -> tuple[LoadedRuleset, ...]:
    loaded: list[LoadedRuleset] = []
    for path in paths:
        item = load_ruleset_file(path, display=f"rulesets/{path.parent.name}/{path.name}", schema_check=False)
        if (path.parent.name, path.stem) != (item.ref.id, item.ref.version):
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
    for item in shipped_rulesets():
        versions.setdefault(item.ref.id, []).append(item.ref.version)
    return versions


def _known_text() -> str:
    return ", ".join(f"{rid}@{v}" for rid, vs in known_versions().items() for v in vs)


def find(ruleset_id: str, version: str | None) -> LoadedRuleset | None:
    matches = [r for r in shipped_rulesets() if r.ref.id == ruleset_id]
    if version is None:
        return matches[-1] if matches else None
    return next((r for r in matches if r.ref.version == version), None)


def parse_override(spec: str) -> LoadedRuleset | tuple[str, str | None]:
    """``ID``, ``ID@VERSION`` or a path to a custom ruleset file."""
    if spec.endswith((".yaml", ".yml")) or "/" in spec:
        return load_ruleset_file(Path(spec))
    rid, _, version = spec.partition("@")
    if find(rid, version or None) is None:
        what = f"{rid}@{version}" if version else rid
        raise UsageError.plain(f"unknown ruleset {what!r}; known: {_known_text()}")
    return rid, version or None


@dataclass(frozen=True, slots=True)
class Selection:
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


def select(
    pins: dict[str, str],
    overrides: list[LoadedRuleset | tuple[str, str | None]],
    pin_doc: LoadedDocument | None = None,
    *,
    profile: Profile | None = None,
) -> tuple[LoadedRuleset, ...]:
    """The ruleset versions of :func:`selection`, without the profile's name."""
    return selection(pins, overrides, pin_doc, profile=profile).rulesets
