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

After compiling, fastjsonschema's code is rewritten on its syntax tree (``_compact``) into code that
accepts exactly the same data in less: nobody reads the messages, so a ``raise`` builds none and no
function takes a name prefix; an enum of strings is one set lookup; an object's keys are tested against
its properties once, not removed from a set one by one; a list's unread length, an unread list index and
a repeated type test go. The generator fails when fastjsonschema's code no longer has the shapes rewritten
(``tests/test_fastpath_rejects.py`` compares the two codes on every single change of the samples). On
2026-12-05 this took the module from 413 to 232 KB of source and 494 to 208 KB of bytecode, its import
from 397 to 225 page faults, and a one-file check (the 15 KB benchmark file) from 3,716 to 3,545 page
faults; validating the frontier sample takes 2.39 M instructions instead of 3.28 M (the 15 KB file: 1.06 M
instead of 1.51 M; callgrind, over 200 validations in one process).

The validation functions of the ``safety_and_security`` section (the Safety and Security chapter, for
models with systemic risk only: 42% of the code) are a module of their own, ``SECTION_MODULE``, which
``validate`` imports where a declaration has that section (``_split``). A declaration without it (the 15 KB
benchmark file) then loads 134 KB of bytecode instead of 208 KB: 3,457 -> 3,270 page faults for the whole
check (medians of 20 runs); the frontier sample, which has the section, 3,588 -> 3,562.
"""

from __future__ import annotations

import ast
import collections
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

# The declaration's section whose validation functions live in a module of their own, imported when a
# declaration has that section: the Safety and Security chapter applies to models with systemic risk only,
# and the functions for it are about 40% of the validator's code.
SECTION = "safety_and_security"
SECTION_MODULE = "_declaration_schema_safety"
SECTION_HEADER = '''"""The validation functions of the declaration's ``{section}`` section, which
``validate`` in ``_declaration_schema.py`` imports where a declaration has that section. GENERATED with it,
do not edit: regenerate with ``python -m compliance_checker.tools.schemas`` (tools/fastpath.py says how).
"""
# fmt: off
'''

HEADER = '''"""The declaration's validator without pydantic. GENERATED, do not edit: regenerate with
``python -m compliance_checker.tools.schemas`` (compliance_checker/tools/fastpath.py says how).

``validate`` is fastjsonschema {version}'s code for schemas/declaration.schema.json, compacted (the functions
for the ``safety_and_security`` section are in ``_declaration_schema_safety.py``, imported where a
declaration has that section); ``SHAPES`` says how the validated values become the models' values
(loading/fastpath.py applies it).
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


# --- fastjsonschema's code, compacted ----------------------------------------------------------------------

_RAISE = "raise JsonSchemaValueException"


def _source(node: ast.AST | list[ast.stmt]) -> str:
    return "\n".join(map(ast.unparse, node)) if isinstance(node, list) else ast.unparse(node)


def _reads(tree: ast.AST) -> collections.Counter[str]:
    """How many times each variable is read in ``tree``."""
    return collections.Counter(
        node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
    )


def _string_match(node: ast.expr) -> tuple[str, str] | None:
    """(variable, string) of fastjsonschema's test that a value is one string, ``isinstance(v, str) and
    v == 'a'``; else None."""
    if not (isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And) and len(node.values) == 2):
        return None
    check, compare = node.values
    if not (
        isinstance(compare, ast.Compare)
        and isinstance(compare.left, ast.Name)
        and [type(op) for op in compare.ops] == [ast.Eq]
        and isinstance(compare.comparators[0], ast.Constant)
        and isinstance(compare.comparators[0].value, str)
        and _source(check) == f"isinstance({compare.left.id}, str)"
    ):
        return None
    return compare.left.id, compare.comparators[0].value


def _string_enum(node: ast.BoolOp) -> str | None:
    """fastjsonschema's test of a value against an enum of strings, ``isinstance(v, str) and v == 'a' or
    ... [or v is None]``, as one set lookup; else None."""
    if not isinstance(node.op, ast.Or):
        return None
    terms = list(node.values)
    none = _source(terms[-1]).endswith(" is None")
    matches = [_string_match(term) for term in terms[: len(terms) - none]]
    variables = {match[0] for match in matches if match is not None}
    if none:
        variables.add(_source(terms[-1]).removesuffix(" is None"))
    if None in matches or len(variables) != 1:
        return None
    variable = variables.pop()
    strings = ", ".join(repr(match[1]) for match in matches if match is not None)
    return f"isinstance({variable}, str) and {variable} in {{{strings}}}" + (f" or {variable} is None" * none)


class _Compactor(ast.NodeTransformer):
    """Nobody reads the validator's messages (a failure only sends the declaration to pydantic, which words
    its errors): a ``raise`` builds no message, and the validation functions take no name prefix to build
    it from (nor ``custom_formats``, which no schema here uses). An enum of strings, one comparison per
    value in fastjsonschema's code, becomes one set lookup."""

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        names = [arg.arg for arg in node.args.args]
        if not node.name.startswith("validate") or names != ["data", "custom_formats", "name_prefix"]:
            raise RuntimeError(f"a generated function of an unknown shape: {node.name}({', '.join(names)})")
        node.args = ast.arguments(
            posonlyargs=[], args=node.args.args[:1], kwonlyargs=[], kw_defaults=[], defaults=[]
        )
        self.generic_visit(node)
        return node

    def visit_Call(self, node: ast.Call) -> ast.Call:
        if isinstance(node.func, ast.Name) and node.func.id.startswith("validate"):
            if len(node.args) != 3 or node.keywords or _source(node.args[1]) != "custom_formats":
                raise RuntimeError(f"a call of an unknown shape: {_source(node)}")
            node.args = node.args[:1]
        self.generic_visit(node)
        return node

    def visit_Raise(self, node: ast.Raise) -> ast.Raise:
        exc = node.exc
        if not isinstance(exc, ast.Call) or _source(exc.func) != "JsonSchemaValueException" or node.cause:
            raise RuntimeError(f"a raise of an unknown shape: {_source(node)}")
        node.exc = exc.func
        return node

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        lookup = _string_enum(node)
        if lookup is None:
            self.generic_visit(node)
            return node
        return ast.parse(lookup, mode="eval").body


def _known_keys(body: list[ast.stmt]) -> list[ast.stmt] | None:
    """``body`` with fastjsonschema's test of an object's keys against its properties (``additionalProperties:
    false``: a set of the keys, each property removed from it when present, a ``raise`` when keys remain)
    as one test of the keys before the properties' own tests (every ``raise`` is alike, so their order does
    not change what is accepted); None when ``body`` has no such test."""
    starts = [
        (index, keys, keys.removesuffix("_keys"))
        for index, statement in enumerate(body)
        if isinstance(statement, ast.Assign)
        and (keys := _source(statement.targets[0])).endswith("_keys")
        and _source(statement) == f"{keys} = set({keys.removesuffix('_keys')}.keys())"
    ]
    if not starts:
        return None
    start, keys, variable = starts[0]
    known: dict[str, ast.If] = {}  # property -> its test
    remaining = None  # the final "raise when keys remain"
    for statement in body[start + 1 :]:
        test = _source(statement.test) if isinstance(statement, ast.If) and not statement.orelse else ""
        if isinstance(statement, ast.If) and test.endswith(f" in {keys}"):
            key = ast.literal_eval(test.removesuffix(f" in {keys}"))
            if _source(statement.body[0]) != f"{keys}.remove({key!r})":
                return None
            known[key] = statement
        elif isinstance(statement, ast.If) and test == keys and _source(statement.body) == _RAISE:
            remaining = statement
    if remaining is None or _reads(ast.Module(body=body, type_ignores=[]))[keys] != 2 * len(known) + 1:
        return None  # the set of keys has another use (additionalProperties with a schema)
    for key, statement in known.items():
        statement.test = ast.parse(f"{key!r} in {variable}", mode="eval").body
        statement.body = statement.body[1:]
    properties = "{" + ", ".join(map(repr, known)) + "}" if known else "set()"  # in order: a stable text
    check = ast.parse(f"if {variable}.keys() - {properties}:\n    {_RAISE}").body
    return [*body[:start], *check, *(each for each in body[start + 1 :] if each is not remaining)]


class _Tidier(ast.NodeTransformer):
    """What fastjsonschema's code computes only for its messages or tests twice: a list's length that no
    test reads, a list index that no message reads any more, a test that a value is a list (or an object)
    right after a ``raise`` unless it is one; and the keys test of ``_known_keys``. ``rewritten`` counts
    each kind."""

    def __init__(self) -> None:
        self.rewritten: collections.Counter[str] = collections.Counter()
        self.reads: collections.Counter[str] = collections.Counter()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        self.reads = _reads(node)
        self.generic_visit(node)
        return node

    def generic_visit(self, node: ast.AST) -> ast.AST:
        super().generic_visit(node)
        for field in ("body", "orelse", "finalbody"):
            body = getattr(node, field, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                setattr(node, field, self._block(body))
        return node

    def _unread(self, node: ast.AST) -> bool:
        return isinstance(node, ast.Name) and not self.reads[node.id]

    def _block(self, body: list[ast.stmt]) -> list[ast.stmt]:
        out: list[ast.stmt] = []
        for statement in body:
            if (
                isinstance(statement, ast.Assign)
                and (length := _source(statement.targets[0])).endswith("_len")
                and _source(statement) == f"{length} = len({length.removesuffix('_len')})"
                and self._unread(statement.targets[0])
            ):
                self.rewritten["len"] += 1
                continue
            if (
                isinstance(statement, ast.For)
                and isinstance(statement.iter, ast.Call)
                and _source(statement.iter.func) == "enumerate"
                and isinstance(statement.target, ast.Tuple)
                and self._unread(statement.target.elts[0])
            ):
                self.rewritten["enumerate"] += 1
                statement.target, statement.iter = statement.target.elts[1], statement.iter.args[0]
            if self._type_tested(out, statement):
                assert isinstance(statement, ast.If)
                self.rewritten["type"] += 1
                out[-1:] = statement.body
                continue
            out.append(statement)
        keys = _known_keys(out)
        if keys is None:
            return out
        self.rewritten["keys"] += 1
        return keys

    def _type_tested(self, out: list[ast.stmt], statement: ast.stmt) -> bool:
        """``if not isinstance(v, T): raise``, ``v_is_list = isinstance(v, T)`` then ``statement``, ``if
        v_is_list: ...`` (or ``_is_dict``), the flag read nowhere else."""
        if not (isinstance(statement, ast.If) and isinstance(statement.test, ast.Name) and len(out) >= 2):
            return False
        flag = statement.test.id
        guard, assignment = out[-2], out[-1]
        return (
            flag.endswith(("_is_list", "_is_dict"))
            and self.reads[flag] == 1
            and not statement.orelse
            and isinstance(guard, ast.If)
            and not guard.orelse
            and _source(guard.body) == _RAISE
            and _source(guard.test).startswith("not isinstance(")
            and _source(assignment) == f"{flag} = {_source(guard.test).removeprefix('not ')}"
        )


def _compact(code: str) -> ast.Module:
    """fastjsonschema's code, the same tests in less code (``_Compactor``, ``_Tidier``). ``RuntimeError``
    when that code is no longer of the shapes rewritten here (as after an update of fastjsonschema)."""
    tree = _Compactor().visit(ast.parse(code))
    tidier = _Tidier()
    tree = tidier.visit(tree)
    assert isinstance(tree, ast.Module)
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in ("name_prefix", "custom_formats"):
            raise RuntimeError(f"fastjsonschema's code still uses {node.id} after the rewrite")
        if isinstance(node, ast.Attribute) and node.attr == "format":
            raise RuntimeError("fastjsonschema's code still formats a message after the rewrite")
        if isinstance(node, ast.BoolOp) and any(map(_string_match, node.values)):
            raise RuntimeError(f"an enum of strings the rewrite left as comparisons: {_source(node)}")
    missing = {"keys", "len", "enumerate", "type"} - set(tidier.rewritten)
    if missing:
        raise RuntimeError(f"fastjsonschema's code has none of these shapes any more: {sorted(missing)}")
    return tree


def fastjsonschema_code(schema: dict[str, Any]) -> str:
    """fastjsonschema's own code for the (simplified) declaration schema, before ``_compact``."""
    return fastjsonschema.compile_to_code(_simplified(schema), detailed_exceptions=False, use_default=False)


def _called(function: ast.FunctionDef, functions: dict[str, ast.FunctionDef]) -> set[str]:
    return {
        node.func.id
        for node in ast.walk(function)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in functions
    }


def _reached(root: str, functions: dict[str, ast.FunctionDef], skip: str = "") -> set[str]:
    """The validation functions that ``root`` calls, directly or not, itself included, ``skip`` left out
    with all that only it calls."""
    found: set[str] = set()
    waiting = [root]
    while waiting:
        name = waiting.pop()
        if name not in found and name != skip:
            found.add(name)
            waiting += _called(functions[name], functions)
    return found


def _names(nodes: list[ast.stmt]) -> set[str]:
    """The names that module-level ``nodes`` define."""
    found = set()
    for node in nodes:
        if isinstance(node, ast.FunctionDef):
            found.add(node.name)
        elif isinstance(node, ast.Assign):
            found |= {target.id for target in node.targets if isinstance(target, ast.Name)}
        elif isinstance(node, ast.ImportFrom):
            found |= {alias.asname or alias.name for alias in node.names}
    return found


def _split(tree: ast.Module) -> tuple[ast.Module, ast.Module]:
    """The validator without the validation functions of the declaration's ``SECTION``, which only its
    validation calls, and those functions, in a module of their own (``SECTION_MODULE``) that ``validate``
    imports where the declaration has that section."""
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    test = f"{SECTION!r} in data"
    blocks = [each for each in ast.walk(functions["validate"]) if isinstance(each, ast.If)]
    blocks = [block for block in blocks if _source(block.test) == test]
    calls = [each for block in blocks for each in block.body if _source(each).startswith("validate____defs_")]
    if len(calls) != 1 or not isinstance(calls[0], ast.Expr) or not isinstance(calls[0].value, ast.Call):
        raise RuntimeError(f"validate does not call one validation function for {SECTION!r}")
    block, root = blocks[0], _source(calls[0].value.func)
    rest = _reached("validate", functions, skip=root)
    if any(root in _called(functions[name], functions) for name in rest - {"validate"}):
        raise RuntimeError(f"{root} is called for more than the declaration's {SECTION!r}")
    own = _reached(root, functions) - rest
    where = block.body.index(calls[0])
    block.body[where:where] = ast.parse(
        f"from compliance_checker.loading.{SECTION_MODULE} import {root}"
    ).body
    kept = [node for node in tree.body if not (isinstance(node, ast.FunctionDef) and node.name in own)]
    section: list[ast.stmt] = [
        node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name in own
    ]
    used = sorted(_names(kept) & set(_reads(ast.Module(body=section, type_ignores=[]))))
    imports = ast.parse(f"from compliance_checker.loading._declaration_schema import {', '.join(used)}").body
    return ast.Module(body=kept, type_ignores=[]), ast.Module(body=[*imports, *section], type_ignores=[])


def generate(schema: dict[str, Any]) -> dict[str, str]:
    """The texts of ``loading/_declaration_schema.py`` and of ``loading/SECTION_MODULE.py`` for the
    declaration schema, by file name."""
    main, section = _split(_compact(fastjsonschema_code(schema)))
    code = ast.unparse(main)
    if _IMPORT not in code:
        raise RuntimeError("fastjsonschema's generated code no longer imports what this generator replaces")
    code = code.replace(_IMPORT, "from typing import Any\n\n\n" + _LOCAL_EXCEPTION + "\n\n")
    table = "\n".join(f"    {name!r}: {fields!r}," for name, fields in shapes(schema).items())
    version = fastjsonschema.VERSION
    main_text = HEADER.format(version=version) + code.rstrip() + "\n" + TAIL.format(shapes=table)
    section_text = SECTION_HEADER.format(section=SECTION) + ast.unparse(section) + "\n"
    return {"_declaration_schema.py": main_text, f"{SECTION_MODULE}.py": section_text}
