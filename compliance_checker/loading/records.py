"""Records (``models.record``) from and to file data: the JSON Schema of a record type, generated from its
annotations, and the reading of data that passed that schema into records.

A ruleset or profiles file is validated by ``jsonschema`` against the schema generated here (which is
also published in ``schemas/``), then read into records by :func:`read`, which picks each union's
branch, parses dates and collects what each record's ``invalid()`` says about itself, each problem with
its path in the file. Only these two steps know how an annotation maps to data.

An abstract record type (``Check``) stands for the concrete types given in ``subtypes`` (the operators'
specs), told apart by the data: a branch fits when its literal fields match and it has every key given.
"""

from __future__ import annotations

import datetime as dt
import difflib
import types
import typing
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Literal, Union

from compliance_checker.errors import Diagnostic
from compliance_checker.models.document import LoadedDocument, Path, dotted
from compliance_checker.models.isodate import parse_iso_date
from compliance_checker.models.record import Meta, Record, as_data

Subtypes = Mapping[type[Record], Sequence[type[Record]]]
_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    dt.date: {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
}


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


def _branches(tp: Any) -> tuple[Any, ...]:
    return typing.get_args(tp) if typing.get_origin(tp) in (Union, types.UnionType) else (tp,)


# --- the JSON Schema ------------------------------------------------------------------------------------


def json_schema(root: type[Record], *, title: str, subtypes: Subtypes) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of ``root``'s file data, every record type under ``$defs``."""
    defs: dict[str, Any] = {}

    def schema(tp: Any) -> dict[str, Any]:
        tp, metas = _parts(tp)
        extra = {k: v for meta in metas for k, v in meta.keywords.items()}
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if isinstance(tp, type) and issubclass(tp, Record):
            if tp in subtypes:
                return {**discriminated(subtypes[tp]), **extra}
            if tp.__name__ not in defs:
                defs[tp.__name__] = {}  # recursion guard
                defs[tp.__name__] = record(tp)
            return {"$ref": f"#/$defs/{tp.__name__}", **extra}
        if origin in (Union, types.UnionType):
            return {"anyOf": [schema(arg) for arg in args], **extra}
        if origin is Literal:
            return {"const": args[0], **extra} if len(args) == 1 else {"enum": list(args), **extra}
        if origin is tuple:
            return {"type": "array", "items": schema(args[0]), **extra}
        if origin is dict:
            return {"type": "object", "additionalProperties": schema(args[1]), **extra}
        if tp is type(None):
            return {"type": "null"}
        return {**_SCALARS[tp], **extra}

    def discriminated(types_: Sequence[type[Record]]) -> dict[str, Any]:
        """One of ``types_``, picked by the value of the field each narrows to a literal (``check``):
        only the matching type's schema applies, so its errors are the ones reported."""
        key = _discriminator(types_)
        names = [typing.get_args(_parts(fields(t)[key])[0])[0] for t in types_]
        return {
            "type": "object",
            "required": [key],
            "properties": {key: {"enum": names}},
            "allOf": [
                {"if": {"required": [key], "properties": {key: {"const": name}}}, "then": schema(t)}
                for name, t in zip(names, types_, strict=True)
            ],
        }

    def record(cls: type[Record]) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        for name, tp in fields(cls).items():
            properties[cls._aliases.get(name, name)] = prop = schema(tp)
            if name in cls._defaults:
                prop["default"] = as_data(cls._defaults[name])
        required = [cls._aliases.get(n, n) for n in cls._fields if n not in cls._defaults]
        return {
            "type": "object",
            "description": " ".join((cls.__doc__ or "").split()),
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    top = record(root)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
        **top,
        "$defs": dict(sorted(defs.items())),
    }


def schema_problems(validator: Any, data: Any) -> list[tuple[Path, str]]:
    """``jsonschema`` errors of ``data`` at their paths, a missing or unknown key worded as such (at the
    unknown key, with the closest allowed one), otherwise the best match of a union's branches."""
    from jsonschema.exceptions import best_match

    found: list[tuple[Path, str]] = []
    for error in validator.iter_errors(data):
        detail = best_match(error.context) if error.context else error
        path: Path = tuple(detail.absolute_path)
        parent = dotted(path) or "the top level"
        if detail.validator == "required":
            key = next(
                k for k in detail.validator_value if k not in detail.instance and repr(k) in detail.message
            )
            found.append((path, f"missing required key {key!r} in {parent}"))
        elif detail.validator == "additionalProperties" and isinstance(detail.instance, dict):
            allowed = sorted(detail.schema.get("properties", {}))
            for key in sorted(set(detail.instance) - set(allowed), key=str):
                close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                found.append(
                    (
                        (*path, key),
                        f"unknown key {key!r} in {parent}{hint}; allowed keys: {', '.join(allowed)}",
                    )
                )
        else:
            found.append((path, f"{dotted(path) + ': ' if path else ''}{detail.message}"))
    return found


def located(doc: LoadedDocument, problems: list[tuple[Path, str]]) -> list[Diagnostic]:
    """Problems as diagnostics at their place in the file, in the file's order; each names its path."""
    return sorted(
        (doc.diagnostic(path, message) for path, message in problems),
        key=lambda d: (d.line or 0, d.column or 0),
    )


def problem_at(path: Path, message: str) -> tuple[Path, str]:
    """A problem at ``path``, its message led by the path."""
    return path, f"{dotted(path)}: {message}" if path else message


def _discriminator(types_: Sequence[type[Record]]) -> str:
    """The field that every one of ``types_`` narrows to a single literal."""
    return next(
        name
        for name in types_[0]._fields
        if all(typing.get_origin(_parts(fields(t)[name])[0]) is Literal for t in types_)
    )


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
            return value(_pick(_branches(tp), item), item, where)
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
