"""Validating a declaration without pydantic, by interpreting the published JSON Schema.

Most declarations are valid, and for a valid one pydantic's only job is to say so and to fill in the
defaults; importing pydantic and building the model classes costs more than the rest of a one-file check.
This module reads ``schemas/declaration.schema.json`` (generated from the models, and kept equal to them by
a test) and returns the values ``Declaration.model_validate(data).model_dump()`` would give, or ``None``
whenever it cannot vouch for the file. ``None`` is never an error message: the caller then validates with
pydantic, which finds the problems and words them. The contract is one-sided, and the equivalence tests
hold it: values from here means pydantic accepts the file and dumps exactly these values.

Besides the schema it enforces what the models check and a JSON Schema cannot say: real calendar dates,
dates of past events (``x-past-date``) not after the as-of date, finite numbers, and the three model
validators (``_MODEL_CHECKS``). A schema keyword it does not know switches the fast path off entirely.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from compliance_checker.loading.resources import data_dir
from compliance_checker.models.isodate import parse_iso_date

Validator = Callable[[Any, "dt.date | None"], Any]  # (value, as_of) -> normalised value, or raise _Reject

_ANNOTATIONS = frozenset({"title", "description", "default", "$schema", "examples"})
_INT64 = 2**63


class _Reject(Exception):
    """The value is invalid, or this validator cannot be sure that it is valid."""


class _Unsupported(Exception):
    """The schema uses something this validator does not interpret."""


class _Shape:
    """A model's object schema: its fields in order, and which fields hold nested models (for ``Record``)."""

    __slots__ = ("fields", "name", "nested", "required")

    def __init__(self, name: str) -> None:
        self.name = name
        self.fields: dict[str, Validator] = {}
        self.required: frozenset[str] = frozenset()
        # field -> (True for a list of models, the nested model's shape)
        self.nested: dict[str, tuple[bool, _Shape]] = {}


# --- the model validators the schema cannot express (models/declaration.py) ---------------------------


def _training_compute(values: dict[str, Any]) -> bool:
    cumulative, flop = values["cumulative_flop"], values["flop"]
    return cumulative is None or flop is None or not cumulative < flop


def _evidence(values: dict[str, Any]) -> bool:
    if (values["url"] is None) == (values["path"] is None):
        return False
    return values["sha256"] is None or values["path"] is not None


def _declaration(values: dict[str, Any]) -> bool:
    ids = [item["id"] for item in values["evidence"]]
    return len(ids) == len(set(ids))


# Shape name ("$defs" name, or "" for the top level) -> (fields it reads, check). A test compares this
# list with the model validators the pydantic models define, so that a new one cannot be forgotten here.
_MODEL_CHECKS: dict[str, tuple[frozenset[str], Callable[[dict[str, Any]], bool]]] = {
    "TrainingCompute": (frozenset({"flop", "cumulative_flop"}), _training_compute),
    "Evidence": (frozenset({"url", "path", "sha256"}), _evidence),
    "": (frozenset({"evidence"}), _declaration),
}


# --- compiling the schema into validators ----------------------------------------------------------


class _Compiler:
    def __init__(self, schema: dict[str, Any]) -> None:
        self.defs: dict[str, Any] = schema.get("$defs", {})
        self.compiled: dict[str, Validator] = {}
        self.shapes: dict[str, _Shape] = {}
        self.checked: set[str] = set()

    def ref(self, ref: Any) -> Validator:
        if not isinstance(ref, str) or not ref.startswith("#/$defs/") or ref[8:] not in self.defs:
            raise _Unsupported(f"$ref {ref!r}")
        name = ref[8:]
        if name not in self.compiled:
            # A placeholder first, so that a recursive definition compiles (and resolves at run time).
            self.compiled[name] = lambda value, as_of: self.compiled[name](value, as_of)
            self.compiled[name] = self.node(self.defs[name], name)
        return self.compiled[name]

    def shape_of(self, schema: Any) -> _Shape | None:
        """The model shape a field's schema holds (through $ref and Optional), if any."""
        if not isinstance(schema, dict):
            return None
        if "$ref" in schema:
            self.ref(schema["$ref"])
            return self.shapes.get(schema["$ref"][8:])
        if "anyOf" in schema:
            found = [self.shape_of(branch) for branch in schema["anyOf"]]
            shapes = [s for s in found if s is not None]
            if len(shapes) > 1:
                raise _Unsupported("a union of several models")
            return shapes[0] if shapes else None
        return None

    def node(self, schema: Any, name: str | None = None) -> Validator:
        if not isinstance(schema, dict):
            raise _Unsupported(f"schema {schema!r}")
        keys = set(schema) - _ANNOTATIONS
        if "$ref" in schema:
            if keys != {"$ref"}:
                raise _Unsupported(f"$ref beside {sorted(keys - {'$ref'})}")
            return self.ref(schema["$ref"])
        if "anyOf" in schema:
            if keys != {"anyOf"}:
                raise _Unsupported(f"anyOf beside {sorted(keys - {'anyOf'})}")
            return _any_of([self.node(branch) for branch in schema["anyOf"]])
        if "const" in schema or "enum" in schema:
            return _choice(schema, keys)
        kind = schema.get("type")
        if kind == "object":
            return self.object(schema, keys, name)
        if kind == "array":
            return self.array(schema, keys)
        if kind == "string":
            return _string(schema, keys)
        if kind in ("integer", "number"):
            return _number(schema, keys, integer=kind == "integer")
        if kind == "boolean" and keys == {"type"}:
            return _boolean
        if kind == "null" and keys == {"type"}:
            return _null
        raise _Unsupported(f"schema keywords {sorted(keys)} with type {kind!r}")

    def array(self, schema: dict[str, Any], keys: set[str]) -> Validator:
        if not keys <= {"type", "items", "minItems"} or "items" not in keys:
            raise _Unsupported(f"array keywords {sorted(keys)}")
        item = self.node(schema["items"])
        least = _count(schema.get("minItems", 0))

        def check(value: Any, as_of: dt.date | None) -> Any:
            if type(value) is not list or len(value) < least:
                raise _Reject
            return [item(each, as_of) for each in value]

        return check

    def object(self, schema: dict[str, Any], keys: set[str], name: str | None) -> Validator:
        if "properties" not in schema:
            return self.mapping(schema, keys)
        if not keys <= {"type", "properties", "required", "additionalProperties"}:
            raise _Unsupported(f"object keywords {sorted(keys)}")
        if schema.get("additionalProperties") is not False:
            raise _Unsupported("a model that allows unknown keys")
        shape = _Shape(name if name is not None else "")
        if name is not None:
            self.shapes[name] = shape
        properties: dict[str, Any] = schema["properties"]
        shape.required = frozenset(schema.get("required", ()))
        if not shape.required <= set(properties):
            raise _Unsupported("a required key without a property")
        defaults: dict[str, Any] = {}
        for field, sub in properties.items():
            shape.fields[field] = self.node(sub)
            nested = self.shape_of(sub)
            if nested is None and isinstance(sub, dict) and sub.get("type") == "array":
                inner = self.shape_of(sub.get("items"))
                if inner is not None:
                    shape.nested[field] = (True, inner)
            elif nested is not None:
                shape.nested[field] = (False, nested)
            if field not in shape.required:
                if "default" not in sub:
                    raise _Unsupported(f"optional key {field!r} without a default")
                defaults[field] = sub["default"]
        check = _MODEL_CHECKS.get(shape.name)
        if check is not None:
            if not check[0] <= set(properties):
                raise _Unsupported(f"the model check of {shape.name!r} reads keys it does not have")
            self.checked.add(shape.name)
        return _model(shape, defaults, check[1] if check else None)

    def mapping(self, schema: dict[str, Any], keys: set[str]) -> Validator:
        if not keys <= {"type", "additionalProperties", "propertyNames"}:
            raise _Unsupported(f"mapping keywords {sorted(keys)}")
        values_schema = schema.get("additionalProperties")
        if not isinstance(values_schema, dict) or self.shape_of(values_schema) is not None:
            raise _Unsupported("a mapping without a value schema, or of models")
        item = self.node(values_schema)
        names = self.node(schema["propertyNames"]) if "propertyNames" in schema else None

        def check(value: Any, as_of: dt.date | None) -> Any:
            if type(value) is not dict:
                raise _Reject
            out: dict[str, Any] = {}
            for key, each in value.items():
                if type(key) is not str:
                    raise _Reject
                if names is not None:
                    names(key, as_of)
                out[key] = item(each, as_of)
            return out

        return check


def _fresh(default: Any) -> Callable[[], Any]:
    if default is None or type(default) in (bool, int, float, str):
        return lambda: default
    return lambda: copy.deepcopy(default)


def _model(
    shape: _Shape, defaults: dict[str, Any], model_check: Callable[[dict[str, Any]], bool] | None
) -> Validator:
    fields = shape.fields
    required = shape.required
    fill = {field: _fresh(default) for field, default in defaults.items()}

    def check(value: Any, as_of: dt.date | None) -> Any:
        if type(value) is not dict:
            raise _Reject
        for key in value:
            if type(key) is not str or key not in fields:
                raise _Reject
        out: dict[str, Any] = {}
        for field, validate in fields.items():  # model_dump's order: the fields' order
            if field in value:
                out[field] = validate(value[field], as_of)
            elif field in required:
                raise _Reject
            else:
                out[field] = fill[field]()
        if model_check is not None and not model_check(out):
            raise _Reject
        return out

    return check


def _any_of(branches: list[Validator]) -> Validator:
    """Optional[X] and small unions: exactly one branch must accept (pydantic's strict unions never
    need to choose between two here; when two accept, this validator does not guess)."""

    def check(value: Any, as_of: dt.date | None) -> Any:
        results = []
        for branch in branches:
            try:
                results.append(branch(value, as_of))
            except _Reject:
                continue
        if len(results) != 1:
            raise _Reject
        return results[0]

    return check


def _choice(schema: dict[str, Any], keys: set[str]) -> Validator:
    if not keys <= {"type", "const", "enum"} or schema.get("type", "string") != "string":
        raise _Unsupported(f"const/enum keywords {sorted(keys)}")
    allowed = [schema["const"]] if "const" in schema else schema["enum"]
    if not isinstance(allowed, list) or not all(type(each) is str for each in allowed):
        raise _Unsupported("a const or enum that is not all strings")
    choices = frozenset(allowed)

    def check(value: Any, as_of: dt.date | None) -> Any:
        if type(value) is not str or value not in choices:
            raise _Reject
        return value

    return check


def _printable_ascii(text: str) -> bool:
    return text.isascii() and text.isprintable()


def _string(schema: dict[str, Any], keys: set[str]) -> Validator:
    if not keys <= {"type", "pattern", "minLength", "format", "x-past-date"}:
        raise _Unsupported(f"string keywords {sorted(keys)}")
    least = _count(schema.get("minLength", 0))
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
    date_format = schema.get("format")
    if date_format not in (None, "date") or (keys & {"x-past-date"} and date_format != "date"):
        raise _Unsupported(f"string format {date_format!r}")
    if "x-past-date" in schema and schema["x-past-date"] is not True:
        raise _Unsupported("x-past-date other than true")
    if date_format == "date" and keys & {"pattern", "minLength"}:
        raise _Unsupported("a date with string constraints")
    past = "x-past-date" in schema

    if date_format == "date":

        def check_date(value: Any, as_of: dt.date | None) -> Any:
            if type(value) is not str:
                raise _Reject
            try:
                day = parse_iso_date(value)
            except ValueError:
                raise _Reject from None
            if past and as_of is not None and day > as_of:
                raise _Reject
            return day

        return check_date

    def check(value: Any, as_of: dt.date | None) -> Any:
        if type(value) is not str or len(value) < least:
            raise _Reject
        # pydantic matches patterns with Rust's regex engine; on printable ASCII it agrees with Python's.
        if pattern is not None and not (_printable_ascii(value) and pattern.search(value)):
            raise _Reject
        return value

    return check


def _number(schema: dict[str, Any], keys: set[str], *, integer: bool) -> Validator:
    if not keys <= {"type", "minimum", "exclusiveMinimum"}:
        raise _Unsupported(f"number keywords {sorted(keys)}")
    low = schema.get("minimum")
    above = schema.get("exclusiveMinimum")
    for bound in (low, above):
        if bound is not None and type(bound) not in (int, float):
            raise _Unsupported(f"bound {bound!r}")

    def check(value: Any, as_of: dt.date | None) -> Any:
        kind = type(value)
        if integer:
            # strict int: no bool, no float; huge integers are left to pydantic
            if kind is not int or not -_INT64 < value < _INT64:
                raise _Reject
        else:
            # strict float takes an int too (as a float); never inf or nan (allow_inf_nan=False)
            if kind is int:
                try:
                    value = float(value)
                except OverflowError:
                    raise _Reject from None
            elif kind is not float:
                raise _Reject
            if not math.isfinite(value):
                raise _Reject
        if (low is not None and not value >= low) or (above is not None and not value > above):
            raise _Reject
        return value

    return check


def _boolean(value: Any, as_of: dt.date | None) -> Any:
    if type(value) is not bool:
        raise _Reject
    return value


def _null(value: Any, as_of: dt.date | None) -> Any:
    if value is not None:
        raise _Reject
    return value


def _count(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise _Unsupported(f"count {value!r}")
    return value


# --- the public interface ------------------------------------------------------------------------------


@cache
def _compiled() -> tuple[Validator, dict[str, _Shape]] | None:
    """The declaration validator, built once per process; None when the schema is beyond it."""
    try:
        path = data_dir("schemas") / "declaration.schema.json"
        schema = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(schema, dict) or schema.get("type") != "object":
            return None
        compiler = _Compiler(schema)
        root = compiler.node({k: v for k, v in schema.items() if k != "$defs"}, "")
    except (OSError, ValueError, KeyError, re.error, _Unsupported):
        return None
    if compiler.checked != set(_MODEL_CHECKS):  # a model check whose model is gone: do not vouch
        return None
    return root, compiler.shapes


def supported() -> bool:
    """Whether the fast path is available at all (the published schema is within this validator)."""
    return _compiled() is not None


def fast_validate(data: Any, *, as_of: dt.date | None = None) -> dict[str, Any] | None:
    """The values pydantic would give for ``data`` (defaults filled in, dates as dates), or ``None`` when
    this validator cannot vouch for them (then validate with pydantic)."""
    compiled = _compiled()
    if compiled is None or (as_of is not None and type(as_of) is not dt.date):
        return None
    try:
        values: dict[str, Any] = compiled[0](data, as_of)
    except (_Reject, RecursionError):
        return None
    return values


class Record:
    """Attribute access to validated values, as on the pydantic model they stand for (read-only)."""

    __slots__ = ("_shape", "_values")

    def __init__(self, values: dict[str, Any], shape: _Shape) -> None:
        object.__setattr__(self, "_values", values)
        object.__setattr__(self, "_shape", shape)

    def __getattr__(self, name: str) -> Any:
        try:
            value = self._values[name]
        except KeyError:
            raise AttributeError(f"{self._shape.name or 'Declaration'} has no field {name!r}") from None
        nested = self._shape.nested.get(name)
        if nested is None or value is None:
            return value
        many, shape = nested
        return [Record(each, shape) for each in value] if many else Record(value, shape)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("validated values are read-only")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Record) and self._values == other._values

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Record({self._shape.name or 'Declaration'}, {self._values!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return record, (self._values, self._shape.name)


def record(values: dict[str, Any], shape: str = "") -> Record:
    """The declaration's values from :func:`fast_validate`, with attribute access like ``Declaration``
    (``shape`` names a nested model in ``$defs``; the default is the whole declaration)."""
    compiled = _compiled()
    if compiled is None:
        raise RuntimeError("the fast validator is not available")
    return Record(values, compiled[1][shape])
