"""Generate ``loading/_declaration_schema.py``, the declaration's validator without pydantic, from the
published JSON Schema (itself generated from the models).

Two parts, both derived from ``schemas/declaration.schema.json``:

- ``validate``: fastjsonschema's ``compile_to_code`` output, with its one import of fastjsonschema replaced
  by a local exception class (as validate-pyproject ships it), so that fastjsonschema is needed only here;
- ``SHAPES``: for each model, its fields in order with their defaults and how a validated value becomes
  what ``model_dump()`` gives (dates as dates, whole numbers as floats where the model says float, nested
  models), which ``loading/fastpath.py`` applies.

Before compiling, the schema is rewritten into an equivalent one that compiles to about half the code:
``const`` becomes a one-value ``enum`` (fastjsonschema 2.22 cannot word a ``const`` without detailed
exceptions); annotations are dropped; a use of a model, ``{"$ref": M}``, becomes ``{"type": "object",
"allOf": [{"$ref": M}]}`` and the model's own node loses its ``"type": "object"`` (its other keywords apply
to objects only); and ``X | None`` becomes one node whose ``type`` includes ``"null"`` (the other keywords
of such a node apply to its own type only, so the meaning is the same).
"""

from __future__ import annotations

from typing import Any

import fastjsonschema

_ANNOTATIONS = frozenset({"title", "description", "examples", "x-past-date"})
_SCALARS = frozenset({"string", "number", "integer", "boolean"})
# Keywords that apply to one JSON type only, so that adding "null" to the node's types keeps their meaning.
_SCALAR_KEYWORDS = frozenset(
    {"enum", "pattern", "format", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum"}
    | {"exclusiveMaximum", "default"}
)
_IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException"
_LOCAL_EXCEPTION = '''class JsonSchemaValueException(ValueError):
    """The data does not match the schema (fastjsonschema's exception, defined here)."""


JsonSchemaValuesException = JsonSchemaValueException'''

HEADER = '''"""The declaration's validator without pydantic. GENERATED, do not edit: regenerate with
``python -m compliance_checker.tools.schemas`` (compliance_checker/tools/fastpath.py says how).

``validate`` is fastjsonschema {version}'s code for schemas/declaration.schema.json; ``SHAPES`` says how
the validated values become the models' values (loading/fastpath.py applies it).
"""
# fmt: off
'''

TAIL = '''

def matches_schema(data: Any) -> None:
    """Raise ``JsonSchemaValueException`` unless ``data`` is valid for the declaration schema."""
    validate(data)


# Model name -> its fields in order: (name, default when absent, conversion). A conversion is None (the
# value as it is), "float", "int", "date", "past" (a date not after the as-of date), "pattern" (a string
# matched by a pattern), "dict" (a mapping of strings), ("model", NAME) or ("list", conversion).
SHAPES: dict[str, tuple[tuple[str, Any, Any], ...]] = {{
{shapes}
}}
'''


def _simplified(node: Any) -> Any:
    if isinstance(node, list):
        return [_simplified(each) for each in node]
    if not isinstance(node, dict):
        return node
    out = {
        key: (value if key in ("default", "enum", "const", "required") else _simplified(value))
        for key, value in node.items()
        if key not in _ANNOTATIONS or key == "properties"
    }
    if "properties" in node:
        out["properties"] = {name: _simplified(sub) for name, sub in node["properties"].items()}
    if "$defs" in out:  # a model's own node need not say "object": every use of it does (below)
        out["$defs"] = {name: {k: v for k, v in d.items() if k != "type"} for name, d in out["$defs"].items()}
    if "const" in out:
        out["enum"] = [out.pop("const")]
    if set(out) - {"default"} == {"$ref"}:
        return {"type": "object", "allOf": [{"$ref": out.pop("$ref")}], **out}
    branches = out.get("anyOf")
    if (
        branches is not None
        and set(out) <= {"anyOf", "default"}
        and len(branches) == 2
        and branches[1] == {"type": "null"}
        and branches[0].get("type") in _SCALARS | {"object"}
        and set(branches[0]) - {"type", "allOf"} <= _SCALAR_KEYWORDS
    ):
        merged = {**branches[0], "type": [branches[0]["type"], "null"]}
        if "enum" in merged:
            merged["enum"] = [*merged["enum"], None]
        if "default" in out:
            merged["default"] = out["default"]
        return merged
    return out


def _conversion(node: dict[str, Any], defs: dict[str, Any]) -> Any:
    """How a value valid for ``node`` becomes the model's value (see TAIL)."""
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/$defs/")
        if name not in defs:
            raise ValueError(f"unknown $ref {node['$ref']}")
        return ("model", name)
    if "anyOf" in node:
        found = {repr(c): c for c in (_conversion(b, defs) for b in node["anyOf"]) if c is not None}
        if len(found) > 1:
            raise ValueError(f"a union the fast path cannot convert: {node['anyOf']}")
        return next(iter(found.values()), None)
    kind = node.get("type")
    if kind == "array":
        return ("list", _conversion(node["items"], defs))
    if kind == "object":
        values = node.get("additionalProperties")
        if "properties" in node or not isinstance(values, dict) or _conversion(values, defs) is not None:
            raise ValueError(f"an object the fast path cannot convert: {node}")
        return "dict"
    if kind == "number":
        return "float"
    if kind == "integer":
        return "int"
    if kind == "string" and node.get("format") == "date":
        return "past" if node.get("x-past-date") else "date"
    if kind == "string" and "pattern" in node:
        return "pattern"
    return None


def _fields(model: dict[str, Any], defs: dict[str, Any]) -> tuple[tuple[str, Any, Any], ...]:
    if model.get("additionalProperties") is not False:
        raise ValueError("a model that allows unknown keys")
    required = set(model.get("required", ()))
    return tuple(
        (name, None if name in required else sub["default"], _conversion(sub, defs))
        for name, sub in model["properties"].items()
    )


def shapes(schema: dict[str, Any]) -> dict[str, tuple[tuple[str, Any, Any], ...]]:
    defs: dict[str, Any] = schema.get("$defs", {})
    found = {name: _fields(sub, defs) for name, sub in sorted(defs.items())}
    found["Declaration"] = _fields(schema, defs)
    return found


def generate(schema: dict[str, Any]) -> str:
    """The text of ``loading/_declaration_schema.py`` for the declaration schema."""
    code = fastjsonschema.compile_to_code(_simplified(schema), detailed_exceptions=False, use_default=False)
    if _IMPORT not in code:
        raise RuntimeError("fastjsonschema's generated code no longer imports what this generator replaces")
    code = code.replace(_IMPORT, "from typing import Any\n\n\n" + _LOCAL_EXCEPTION)
    table = "\n".join(f"    {name!r}: {fields!r}," for name, fields in shapes(schema).items())
    version = fastjsonschema.VERSION
    return HEADER.format(version=version) + code.rstrip() + "\n" + TAIL.format(shapes=table)
