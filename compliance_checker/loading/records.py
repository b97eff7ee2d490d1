"""Records (``models.record``) from file data: a ruleset or profiles file is validated by ``jsonschema``
against its published schema (``schemas/``, generated from the record types by
``tools/record_schema.py``), its errors worded as the file's, then read into records by :func:`read`,
which picks each union's branch, parses dates and collects what each record's ``invalid()`` says about
itself, each problem with its path in the file.

An abstract record type (``Check``) stands for the concrete types given in ``subtypes`` (the operators'
specs), told apart by the data: a branch fits when its literal fields match and it has every key given.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import types
import typing
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Literal, Union

from compliance_checker.errors import Diagnostic
from compliance_checker.loading.resources import data_dir
from compliance_checker.models import words
from compliance_checker.models.document import LoadedDocument, Path, dotted
from compliance_checker.models.isodate import parse_iso_date
from compliance_checker.models.record import Meta, Record

Subtypes = Mapping[type[Record], Sequence[type[Record]]]


@cache
def fields(cls: type[Record]) -> dict[str, Any]:
    """Field name -> its evaluated annotation (``Annotated`` kept)."""
    hints = typing.get_type_hints(cls, include_extras=True)
    return {name: hints[name] for name in cls._fields}


def _parts(tp: Any) -> tuple[Any, list[Meta]]:
    """The type without ``Annotated``, and its ``Meta`` annotations."""
    metas: list[Meta] = []
    while typing.get_origin(tp) is typing.Annotated:
        tp, *extra = typing.get_args(tp)
        metas += [m for m in extra if isinstance(m, Meta)]
    return tp, metas


# --- validation against the published schema, in the file's words ---------------------------------------


@cache
def schema_validator(name: str) -> Any:
    """A validator of the published ``schemas/NAME.schema.json`` (``ruleset``, ``profiles``)."""
    import json  # with jsonschema, only to read a ruleset or profiles file: a check imports neither

    from jsonschema import Draft202012Validator

    with open(os.path.join(data_dir("schemas"), f"{name}.schema.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    return Draft202012Validator(schema)


def schema_problems(validator: Any, data: Any) -> list[tuple[Path, str]]:
    """``jsonschema`` errors of ``data``, each at its path and in the file's words (as the declaration's
    are: what is expected there, such as an example, and what was found; a missing or unknown key named,
    with the allowed key it probably misspells), never the schema's own wording."""
    found: list[tuple[Path, str]] = []
    for error in validator.iter_errors(data):
        found += _worded(_settled(error))
    return found


def _settled(error: Any) -> Any:
    """For a value that fits none of a union's branches: the errors of the branch it was meant for (the
    one whose type it has), or the union's error itself when that cannot be told."""
    while error.validator in ("anyOf", "oneOf") and error.context:
        branches: dict[Any, list[Any]] = {}
        for sub in error.context:
            branches.setdefault(sub.schema_path[0], []).append(sub)
        fitting = [
            subs for subs in branches.values() if not any(s.validator == "type" and not s.path for s in subs)
        ]
        if len(fitting) != 1:
            return error
        error = min(fitting[0], key=lambda e: (-len(e.path), e.validator == "required"))
    return error


def _expected(schema: dict[str, Any]) -> list[str]:
    """What a schema node takes, in words, one entry per branch."""
    branches: list[dict[str, Any]] = schema.get("anyOf") or schema.get("oneOf") or []
    if branches:
        return [each for branch in branches for each in _expected(branch) if each != "null"]
    if "enum" in schema or "const" in schema:
        return [words.one_of(schema.get("enum", [schema.get("const")]))]
    if "pattern" in schema:
        return [words.PATTERNS.get(schema["pattern"], ("text of another form", None))[0]]
    if "$ref" in schema:
        return ["a mapping of keys to values"]
    return [words.KINDS.get(schema.get("type", ""), "a value of another form")]


def _worded(error: Any) -> list[tuple[Path, str]]:
    path: Path = tuple(error.absolute_path)
    value, rule, schema, bound = error.instance, error.validator, error.schema, error.validator_value
    if rule == "required":
        missing = [k for k in bound if isinstance(value, dict) and k not in value]
        return [(path, words.missing_key(key, dotted(path))) for key in missing[:1]]
    if rule == "additionalProperties" and isinstance(value, dict):
        allowed = sorted(schema.get("properties", {}))
        unknown = sorted(set(value) - set(allowed), key=str)
        return [((*path, key), words.unknown_key(key, dotted(path), allowed)) for key in unknown]
    if rule == "minItems" and value == []:
        return [problem_at(path, words.empty_list(words.at_least(bound, "entry", "entries")))]
    if rule == "minLength":
        expected = words.characters(bound)
    elif rule in ("minimum", "maximum"):
        kind = "a whole number" if schema.get("type") == "integer" else "a number"
        expected = f"{kind} of {'at least' if rule == 'minimum' else 'at most'} {words.number(bound)}"
    elif rule == "minProperties":
        expected = words.at_least(bound, "entry", "entries")
    elif rule == "type" and "pattern" not in schema and "enum" not in schema:
        expected = words.KINDS.get(bound, "a value of another form")
    else:
        expected = " or ".join(dict.fromkeys(_expected(schema)))
    example = words.PATTERNS.get(schema.get("pattern", ""), ("", None))[1] if rule == "pattern" else None
    hint = ""
    if rule in ("enum", "const"):
        hint = words.choice_hint(value, schema.get("enum", []))
    elif rule == "type" and bound == "string":
        hint = words.text_hint(value)
    return [problem_at(path, words.refused(expected, value, example=example, hint=hint))]


def located(doc: LoadedDocument, problems: list[tuple[Path, str]]) -> list[Diagnostic]:
    """Problems as diagnostics at their place in the file, in the file's order; each names its path."""
    return sorted(
        (doc.diagnostic(path, message) for path, message in problems),
        key=lambda d: (d.line or 0, d.column or 0),
    )


def problem_at(path: Path, message: str) -> tuple[Path, str]:
    """A problem at ``path``, its message led by the path."""
    return path, f"{dotted(path)}: {message}" if path else message


# --- reading data into records ------------------------------------------------------------------------


def read(root: type[Record], data: Any, *, subtypes: Subtypes) -> tuple[Any, list[tuple[Path, str]]]:
    """``data`` (valid against ``root``'s schema) as records, and the problems found on the way: what a
    record's ``invalid()`` says about itself and dates that are not calendar dates, each at its path."""
    problems: list[tuple[Path, str]] = []

    def value(tp: Any, item: Any, where: Path) -> Any:
        tp = _parts(tp)[0]
        origin = typing.get_origin(tp)
        if isinstance(tp, type) and issubclass(tp, Record):
            return record(_pick(subtypes.get(tp, (tp,)), item), item, where)
        if origin in (Union, types.UnionType):
            return value(_pick(typing.get_args(tp), item), item, where)
        if origin is tuple:
            return tuple(value(typing.get_args(tp)[0], x, (*where, i)) for i, x in enumerate(item))
        if origin is dict:
            return {k: value(typing.get_args(tp)[1], v, (*where, k)) for k, v in item.items()}
        if tp is dt.date and isinstance(item, str):
            try:
                return parse_iso_date(item)
            except ValueError as exc:
                problems.append(problem_at(where, str(exc)))
                return dt.date.min
        if isinstance(item, float) and not math.isfinite(item):
            problems.append(problem_at(where, words.refused("a finite number (not .nan or .inf)", item)))
        return float(item) if tp is float and isinstance(item, int) else item

    def record(cls: type[Record], item: dict[str, Any], where: Path) -> Record:
        values: dict[str, Any] = {}
        for name, tp in fields(cls).items():
            key = cls._aliases.get(name, name)
            if item.get(key) is not None:
                values[name] = value(tp, item[key], (*where, key))
        made = cls(**values)
        problem = made.invalid()
        if problem:
            problems.append(problem_at(where, problem))
        return made

    return value(root, data, ()), problems


def _pick(branches: Sequence[Any], item: Any) -> Any:
    """The branch of a union that ``item`` (valid against one of them) belongs to: a record whose keys
    and literal fields it matches, else its own type (an ``int`` stays an ``int`` in ``float | int``)."""
    return max(branches, key=lambda branch: _fit(_parts(branch)[0], item))


def _fit(tp: Any, item: Any) -> int:
    origin = typing.get_origin(tp)
    if isinstance(tp, type) and issubclass(tp, Record):
        return 3 if isinstance(item, dict) and _fits(tp, item) else 0
    if origin is Literal:
        return 3 if any(item == arg and type(item) is type(arg) for arg in typing.get_args(tp)) else 0
    if origin in (Union, types.UnionType):
        return max(_fit(_parts(arg)[0], item) for arg in typing.get_args(tp))
    if (
        type(item) is tp
        or (origin is tuple and isinstance(item, list))
        or (origin is dict and isinstance(item, dict))
    ):
        return 3
    return 1 if (tp is float and type(item) is int) or (tp is dt.date and isinstance(item, str)) else 0


@cache
def _shape(cls: type[Record]) -> tuple[frozenset[str], frozenset[str], dict[str, Any]]:
    """A record type's keys in a file, its required keys, and its literal fields' types, by key."""
    keys = {cls._aliases.get(n, n): n for n in cls._fields}
    types_ = {key: _parts(fields(cls)[name])[0] for key, name in keys.items()}
    required = frozenset(key for key, name in keys.items() if name not in cls._defaults)
    return frozenset(keys), required, {k: t for k, t in types_.items() if typing.get_origin(t) is Literal}


def _fits(cls: type[Record], item: dict[str, Any]) -> bool:
    """Whether ``item`` has only keys of ``cls``, all its required ones, and its literal fields' values."""
    keys, required, literals = _shape(cls)
    return (
        item.keys() <= keys
        and required <= item.keys()
        and all(_fit(tp, item[key]) for key, tp in literals.items() if key in item)
    )
