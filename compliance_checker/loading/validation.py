"""Turning pydantic validation errors into located, readable diagnostics."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from compliance_checker.errors import Diagnostic, excerpt
from compliance_checker.models.document import LoadedDocument, dotted

_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    list: "a list",
    dict: "a mapping",
}


def yaml_type(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _echo(value: Any) -> str:
    """The value as written, cut short: a message never echoes a 5 MB string whole."""
    if isinstance(value, str) and len(value) > 60:
        return f"{value[:57]!r}… ({len(value):,} characters)"
    return excerpt(repr(value), 80)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _model_in(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, list, dict, tuple):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def model_at(root: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``loc``."""
    current: type[BaseModel] | None = root
    for part in loc:
        if current is None:
            return None
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = _model_in(field.annotation)
    return current


def _value_at(data: Any, loc: tuple[str | int, ...]) -> Any:
    current = data
    for part in loc:
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            return None
    return current


def _misspelt_required(root: type[BaseModel], errors: list[Any]) -> set[tuple[str | int, ...]]:
    """Locations of missing keys that an unknown sibling key evidently misspells (one message is enough)."""
    covered: set[tuple[str | int, ...]] = set()
    for error in errors:
        if error["type"] != "extra_forbidden":
            continue
        loc = tuple(error["loc"])
        model = model_at(root, loc[:-1])
        if model is None:
            continue
        close = difflib.get_close_matches(str(loc[-1]), sorted(model.model_fields), n=1, cutoff=0.6)
        if close:
            covered.add((*loc[:-1], close[0]))
    return covered


def diagnostics(root: type[BaseModel], exc: ValidationError, doc: LoadedDocument) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    seen: set[tuple[tuple[str | int, ...], str]] = set()
    errors = exc.errors(include_url=False)
    misspelt = _misspelt_required(root, list(errors))
    for error in errors:
        loc = tuple(p for p in error["loc"] if isinstance(p, int | str))
        if error["type"] == "missing" and loc in misspelt:
            continue
        message = _message(root, error, loc, doc.data)
        if (loc, message) in seen:
            continue
        seen.add((loc, message))
        found.append(doc.diagnostic(loc, message))
    found.sort(key=lambda d: (d.line or 0, d.column or 0))
    return found


def _message(root: type[BaseModel], error: Any, loc: tuple[str | int, ...], data: Any) -> str:
    kind = error["type"]
    where = dotted(loc)
    if kind == "missing":
        parent = dotted(loc[:-1]) or "the top level"
        return f"missing required key {loc[-1]!r} in {parent}"
    if kind == "extra_forbidden":
        key = str(loc[-1])
        model = model_at(root, loc[:-1])
        allowed = sorted(model.model_fields) if model else []
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        suggestion = f" (did you mean {close[0]!r}?)" if close else ""
        listing = f"; allowed keys: {', '.join(allowed)}" if allowed else ""
        parent = dotted(loc[:-1]) or "the top level"
        return f"unknown key {key!r} in {parent}{suggestion}{listing}"
    value = _value_at(data, loc)
    got = f"got {yaml_type(value)}" + (
        f" {_echo(value)}" if not isinstance(value, dict | list) and value is not None else ""
    )
    text = str(error["msg"])
    if text.startswith("Value error, "):
        text = text[len("Value error, ") :]
        return f"{where}: {text}" if where else text
    text = text.replace("Input should be", "expected").replace("input should be", "expected")
    text = text.replace("expected a valid ", "expected a ")
    hint = ""
    if kind == "string_type" and isinstance(value, int | float) and not isinstance(value, bool):
        hint = " (quote it to write it as text)"
    if kind in {"float_type", "int_type"} and isinstance(value, str):
        hint = " (write the number without quotes)"
    if kind == "model_type" or kind == "dict_type":
        text = "expected a mapping"
    prefix = f"{where}: " if where else ""
    return f"{prefix}{text}; {got}{hint}"
