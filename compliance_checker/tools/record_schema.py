"""The JSON Schemas of the ruleset and profiles files, generated from their record types
(``models.ruleset``, the operators' specs, ``models.profile``) and published in ``schemas/``
(``python -m compliance_checker.tools.schemas``). A check validates those files against the published
schemas (``loading.records.schema_validator``); ``tests/test_schemas.py`` keeps them equal to what is
generated here.

Each record type becomes an object under ``$defs`` with its fields' annotations as properties: a field's
``Meta`` keywords are added to its node, a field with a default gets that default and is not required,
and the record's docstring is its description. An abstract record type (``Check``) stands for the
concrete types given in ``subtypes``, one picked by the literal value of the field each narrows.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Sequence
from typing import Any, Literal, Union

from compliance_checker.loading.records import Subtypes, _parts, fields
from compliance_checker.loading.rulesets import SUBTYPES
from compliance_checker.models.profile import ProfilesFile
from compliance_checker.models.record import Record, as_data
from compliance_checker.models.ruleset import Ruleset

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    dt.date: {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
}


def ruleset_schema() -> dict[str, Any]:
    """The JSON Schema of a ruleset file (published as ``schemas/ruleset.schema.json``)."""
    return json_schema(Ruleset, title="compliance-checker ruleset", subtypes=SUBTYPES)


def profiles_schema() -> dict[str, Any]:
    """The JSON Schema of a profiles file (published as ``schemas/profiles.schema.json``)."""
    return json_schema(ProfilesFile, title="compliance-checker profiles", subtypes={})


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


def _discriminator(types_: Sequence[type[Record]]) -> str:
    """The field that every one of ``types_`` narrows to a single literal."""
    return next(
        name
        for name in types_[0]._fields
        if all(typing.get_origin(_parts(fields(t)[name])[0]) is Literal for t in types_)
    )
