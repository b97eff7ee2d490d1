"""A valid declaration's values without pydantic, and the one view of them the engine reads.

Most declarations are valid, and for a valid one pydantic's only job is to say so and to fill in the
defaults; importing it and building the models costs more than the rest of a one-file check. So the
loader first runs the validator generated from the published schema (``_declaration_schema.py``), turns
the data into the values ``Declaration.model_validate(data).model_dump()`` gives (``SHAPES``: defaults,
dates, floats), and applies what a JSON Schema cannot say: real dates not after the as-of date for past
events (``models/crossfield.py``, shared with the models), finite numbers, whole numbers that are
integers, and the models' cross-field checks. ``None`` means "ask pydantic", never "invalid": pydantic
then accepts the file or words every problem. The equivalence tests hold the one-sided contract: values
from here are exactly the values pydantic gives.

Measured on the frontier sample (callgrind, bytecode cached as pip installs it): loading and validating it
in a fresh process took 372.5 M instructions with the hand-written schema interpreter this replaced and
353 M with the generated validator; one more valid file costs about 450 us instead of 620 us (pydantic:
440 us, after a start-up of 1,076 M). Where bytecode cannot be cached (PYTHONDONTWRITEBYTECODE) the
generated modules are compiled in every process: 18 ms for the 143 KB main module, 9 ms more for its
``safety_and_security`` part when a declaration has that section (best of 5, idle machine, 2026-12-05;
the 412 KB module before ``tools/fastpath.py`` rewrote fastjsonschema's code took about 80 ms).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from compliance_checker.loading._declaration_schema import SHAPES, matches_schema
from compliance_checker.models.crossfield import MODEL_CHECKS, date_after_as_of
from compliance_checker.models.isodate import parse_iso_date

if TYPE_CHECKING:
    from compliance_checker.models.declaration import Declaration

Convert = Callable[[Any, "dt.date | None"], Any]  # (valid value, as_of) -> the model's value
ROOT = "Declaration"
_INT64 = 2**63


class _Reject(ValueError):
    """Valid for the schema, but not what the models accept (or not provably so): ask pydantic."""


def _float(value: Any, as_of: dt.date | None) -> Any:
    kind = type(value)
    if kind is int:  # a strict float takes an int, as a float
        try:
            value = float(value)
        except OverflowError:
            raise _Reject from None
    elif kind is not float:
        return value  # the other branch of a union (``"N/A"``)
    if not math.isfinite(value):
        raise _Reject
    return value


def _int(value: Any, as_of: dt.date | None) -> Any:
    # JSON Schema takes 2.0 as an integer, a strict int does not; huge integers are left to pydantic.
    if type(value) is not int or not -_INT64 < value < _INT64:
        raise _Reject
    return value


def _date(value: Any, as_of: dt.date | None) -> Any:
    return parse_iso_date(value)  # a ValueError is a rejection too


def _past(value: Any, as_of: dt.date | None) -> Any:
    day = parse_iso_date(value)
    if date_after_as_of(day, as_of) is not None:
        raise _Reject
    return day


def _pattern(value: Any, as_of: dt.date | None) -> Any:
    # pydantic matches patterns with Rust's regex engine; on printable ASCII it agrees with Python's.
    if not (value.isascii() and value.isprintable()):
        raise _Reject
    return value


def _mapping(value: Any, as_of: dt.date | None) -> Any:
    if not all(type(key) is str for key in value):
        raise _Reject
    return dict(value)


_SCALARS: dict[str, Convert] = {
    "float": _float,
    "int": _int,
    "date": _date,
    "past": _past,
    "pattern": _pattern,
    "dict": _mapping,
}


def _list_of(item: Convert | None) -> Convert:
    if item is None:
        return lambda value, as_of: list(value)
    return lambda value, as_of: [item(each, as_of) for each in value]


@cache
def _converters() -> dict[str, Convert]:
    """One conversion per model, built once per process from ``SHAPES``."""
    models: dict[str, Convert] = {}

    def compile_spec(spec: Any) -> Convert | None:
        if spec is None:
            return None
        if isinstance(spec, str):
            return _SCALARS[spec]
        if spec[0] == "list":
            return _list_of(compile_spec(spec[1]))
        name = spec[1]  # ("model", name): looked up when called, so that the order of building is free
        return lambda value, as_of: models[name](value, as_of)

    for name, fields in SHAPES.items():
        models[name] = _model(
            tuple((field, default, compile_spec(spec)) for field, default, spec in fields),
            MODEL_CHECKS.get(name),
        )
    return models


def _model(
    fields: tuple[tuple[str, Any, Convert | None], ...], check: Callable[[dict[str, Any]], str | None] | None
) -> Convert:
    def convert(value: Any, as_of: dt.date | None) -> Any:
        out: dict[str, Any] = {}
        for field, default, each in fields:  # model_dump's order: the fields' order
            item = value.get(field, default)
            out[field] = item if each is None or item is None else each(item, as_of)
        if check is not None and check(out) is not None:
            raise _Reject
        return out

    return convert


def fast_values(data: Any, *, as_of: dt.date | None = None) -> dict[str, Any] | None:
    """The values pydantic would give for ``data`` (defaults filled in, dates as dates), or ``None`` when
    they cannot be vouched for without pydantic (then validate with pydantic)."""
    if type(data) is not dict or (as_of is not None and type(as_of) is not dt.date):
        return None
    try:
        matches_schema(data)
        values: dict[str, Any] = _converters()[ROOT](data, as_of)
    except (ValueError, TypeError, RecursionError):  # the schema's exception and _Reject are ValueErrors
        return None
    return values


# --- the view -------------------------------------------------------------------------------------------


@cache
def _nested() -> dict[str, dict[str, tuple[bool, str]]]:
    """Model -> field -> (a list of models?, the nested model's name), for the fields that hold models."""
    found: dict[str, dict[str, tuple[bool, str]]] = {}
    for name, fields in SHAPES.items():
        found[name] = {}
        for field, _, spec in fields:
            if isinstance(spec, tuple) and spec[0] == "model":
                found[name][field] = (False, spec[1])
            elif isinstance(spec, tuple) and isinstance(spec[1], tuple) and spec[1][0] == "model":
                found[name][field] = (True, spec[1][1])
    return found


class View:
    """Attribute access to a model's validated values, as on the pydantic model they stand for
    (read-only). The engine reads every declaration through this, whichever path validated it."""

    __slots__ = ("_model", "_values")

    def __init__(self, values: dict[str, Any], model: str = ROOT) -> None:
        object.__setattr__(self, "_values", values)
        object.__setattr__(self, "_model", model)

    def __getattr__(self, name: str) -> Any:
        try:
            value = self._values[name]
        except KeyError:
            raise AttributeError(f"{self._model} has no field {name!r}") from None
        nested = _nested()[self._model].get(name)
        if nested is None or value is None:
            return value
        many, model = nested
        return [View(each, model) for each in value] if many else View(value, model)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("validated values are read-only")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, View) and (self._model, self._values) == (other._model, other._values)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"View({self._model}, {self._values!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return View, (self._values, self._model)


def view(values: dict[str, Any]) -> Declaration:
    """The declaration's values read like the ``Declaration`` model: the fields, types and values its
    ``model_dump()`` has (the equivalence tests hold it), without the model class. Typed as the model so
    that the engine's reads are checked against its fields."""
    return cast("Declaration", View(values))
