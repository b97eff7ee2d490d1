"""Located messages in the declaration's words, from the models' validation errors.

One table (``_EXPECTED``) turns each kind of error into what the file should say there, with an example
taken from the model (a field's ``examples``, the values of a choice) or, for a pattern, from
``PATTERNS``; no pydantic wording, regular expression or class name reaches the user. Errors of the
branches of a union at one place become one message ("a number greater than 0 or N/A"); a value close to
an allowed one or an unknown key close to a known one gets "did you mean". Used for declarations and
waivers files; the messages are put together from ``models/words.py``, as those of ruleset and profiles
files are (``loading/records.py``, from jsonschema's errors).
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from compliance_checker.errors import Diagnostic
from compliance_checker.models import words
from compliance_checker.models.document import LoadedDocument, dotted

Loc = tuple[str | int, ...]


def _pattern_words(pattern: str) -> str:
    found = words.PATTERNS.get(pattern)
    return "text of another form (see the schema: compliance-checker schema)" if found is None else found[0]


# Error kind -> what was expected, from the error's context (pydantic's ``ctx``) and the field's choices.
_EXPECTED: dict[str, Callable[[Mapping[str, Any], list[Any]], str]] = {
    "string_type": lambda ctx, choices: words.KINDS["string"],
    "int_type": lambda ctx, choices: words.KINDS["integer"],
    "float_type": lambda ctx, choices: words.KINDS["number"],
    "bool_type": lambda ctx, choices: words.KINDS["boolean"],
    "list_type": lambda ctx, choices: words.KINDS["array"],
    "dict_type": lambda ctx, choices: words.KINDS["object"],
    "model_type": lambda ctx, choices: words.KINDS["object"],
    "model_attributes_type": lambda ctx, choices: words.KINDS["object"],
    "literal_error": lambda ctx, choices: words.one_of(choices or _quoted(str(ctx.get("expected", "")))),
    "string_pattern_mismatch": lambda ctx, choices: _pattern_words(ctx["pattern"]),
    "string_too_short": lambda ctx, choices: words.characters(ctx["min_length"]),
    "string_too_long": lambda ctx, choices: f"at most {ctx['max_length']:,} characters",
    "too_short": lambda ctx, choices: words.at_least(ctx["min_length"], "entry", "entries"),
    "too_long": lambda ctx, choices: f"at most {ctx['max_length']:,} entries",
    "greater_than": lambda ctx, choices: f"a number greater than {words.number(ctx['gt'])}",
    "greater_than_equal": lambda ctx, choices: f"a number of at least {words.number(ctx['ge'])}",
    "less_than": lambda ctx, choices: f"a number less than {words.number(ctx['lt'])}",
    "less_than_equal": lambda ctx, choices: f"a number of at most {words.number(ctx['le'])}",
    "finite_number": lambda ctx, choices: "a finite number (not .nan or .inf)",
    "one_of_keys": lambda ctx, choices: (
        "a mapping with " + words.one_of(list(dict.fromkeys(ctx["keys"])), "one of the keys")
    ),
}
_FALLBACK = "a value of another form (see the schema: compliance-checker schema)"


def _quoted(text: str) -> list[Any]:
    """The values in pydantic's list of expected literals (``'a', 'b' or 'c'``)."""
    return re.findall(r"'([^']*)'", text) or [text]


# --- where an error is: the model, the field, its choices and examples -----------------------------------


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in _models_in(arg)]


def model_at(root: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``loc`` (of a union's models, the one with the key
    that follows)."""
    current: type[BaseModel] | None = root
    names = [part for part in loc if isinstance(part, str)]
    for index, part in enumerate(names):
        field = None if current is None else current.model_fields.get(part)
        if field is None:
            return None
        models = _models_in(field.annotation)
        after = names[index + 1] if index + 1 < len(names) else None
        current = next((m for m in models if after in m.model_fields), models[0] if models else None)
    return current


def _field_at(root: type[BaseModel], loc: Loc) -> FieldInfo | None:
    names = [i for i, part in enumerate(loc) if isinstance(part, str)]
    if not names:
        return None
    last = names[-1]
    model = model_at(root, loc[:last])
    return None if model is None else model.model_fields.get(str(loc[last]))


def _walk(annotation: Any) -> Iterable[Any]:
    """The annotation and everything inside it (union members, list items, Annotated metadata)."""
    yield annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        yield from _walk(typing.get_args(annotation)[0])
        yield from typing.get_args(annotation)[1:]
    elif origin in (typing.Union, types.UnionType, list, tuple):
        for arg in typing.get_args(annotation):
            yield from _walk(arg)


def _choices(field: FieldInfo | None) -> list[Any]:
    if field is None:
        return []
    found: list[Any] = []
    for part in _walk(field.annotation):
        if typing.get_origin(part) is typing.Literal:
            found += [value for value in typing.get_args(part) if value not in found]
    return found


def _example(field: FieldInfo | None) -> Any:
    if field is None:
        return None
    if field.examples:
        return field.examples[0]
    for part in _walk(field.annotation):
        if isinstance(part, FieldInfo) and part.examples:
            return part.examples[0]
    return None


def _present(data: Any, loc: Loc, kind: str = "") -> tuple[Loc, Any, list[int]]:
    """The part of ``loc`` that is in the data (a missing key too), the value there, and where the
    names of a union's branches stand in ``loc`` (the parts that are not in the data)."""
    path: list[str | int] = []
    tags: list[int] = []
    node: Any = data
    for index, part in enumerate(loc):
        if (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        ):
            node = node[part]  # type: ignore[index]  # a list's index was checked to be an int
            path.append(part)
        elif kind == "missing" and index == len(loc) - 1:
            return (*path, part), None, tags
        else:
            tags.append(index)
    return tuple(path), node, tags


# --- the messages ------------------------------------------------------------------------------------


def diagnostics(root: type[BaseModel], exc: ValidationError, doc: LoadedDocument) -> list[Diagnostic]:
    """Every problem pydantic found in ``doc``, located and in words, in file order."""
    errors = _likeliest_branches(list(exc.errors(include_url=False)), doc.data)
    misspelt = _misspelt_required(root, errors, doc.data)
    places: dict[Loc, list[Any]] = {}
    for error in errors:
        loc, _, _ = _present(
            doc.data, tuple(p for p in error["loc"] if isinstance(p, int | str)), error["type"]
        )
        if error["type"] == "missing" and loc in misspelt:
            continue
        places.setdefault(loc, []).append(error)
    found: list[Diagnostic] = []
    for loc, group in places.items():
        for message in dict.fromkeys(_messages(root, loc, group, doc.data)):
            found.append(doc.diagnostic(loc, message))
    found.sort(key=lambda d: (d.line or 0, d.column or 0))
    return found


def _likeliest_branches(errors: list[Any], data: Any) -> list[Any]:
    """When a mapping fits none of a union's models, only the errors of the model it comes closest to:
    the fewest keys missing or unknown, then the fewest places in error (a branch that refused the mapping
    as a whole is no candidate). Outer unions first."""
    level = 0
    while True:
        synthetic: list[dict[str, Any]] = []
        unions: dict[Loc, dict[Any, list[Any]]] = {}
        for error in errors:
            tags = _present(data, tuple(error["loc"]), error["type"])[2]
            if len(tags) > level:
                at = tags[level]
                unions.setdefault(tuple(error["loc"][:at]), {}).setdefault(error["loc"][at], []).append(error)
        if not unions:
            return errors
        dropped: set[int] = set()
        for prefix, branches in unions.items():
            _, value, _ = _present(data, prefix)
            if len(branches) < 2 or not isinstance(value, dict):
                continue
            fit = {
                tag: _misfit(prefix, tag, found, data)
                for tag, found in branches.items()
                if not any(tuple(e["loc"]) == (*prefix, tag) for e in found)
            }
            best = min(fit.values(), default=None)
            for tag, found in branches.items():
                if best is not None and fit.get(tag, (best[0] + 1, 0)) > best:
                    dropped.update(id(e) for e in found)
            tied = [tag for tag in fit if fit[tag] == best]
            if len(tied) > 1 and best is not None and best[0] == best[1]:  # every error a key of the mapping
                keys = list(
                    dict.fromkeys(
                        e["loc"][-1] for tag in tied for e in branches[tag] if e["type"] == "missing"
                    )
                )
                dropped.update(id(e) for tag in tied for e in branches[tag])
                synthetic.append({"type": "one_of_keys", "loc": prefix, "ctx": {"keys": keys}})
        errors = [e for e in errors if id(e) not in dropped] + synthetic
        level += 1


def _misfit(prefix: Loc, tag: Any, errors: list[Any], data: Any) -> tuple[int, int]:
    """How badly a mapping fits a union's model: (keys missing or unknown, places in error)."""
    keys = sum(
        1 for e in errors if len(e["loc"]) == len(prefix) + 2 and e["type"] in ("missing", "extra_forbidden")
    )
    places = {_present(data, tuple(e["loc"]), e["type"])[0] for e in errors}
    return keys, len(places)


def _misspelt_required(root: type[BaseModel], errors: Iterable[Any], data: Any) -> set[Loc]:
    """Locations of missing keys that an unknown sibling key evidently misspells (one message is enough)."""
    covered: set[Loc] = set()
    for error in errors:
        if error["type"] != "extra_forbidden":
            continue
        loc, _, _ = _present(data, tuple(error["loc"]))
        model = model_at(root, loc[:-1])
        near = words.closest(str(loc[-1]), model.model_fields) if model else None
        if near is not None:
            covered.add((*loc[:-1], near))
    return covered


def _messages(root: type[BaseModel], loc: Loc, group: list[Any], data: Any) -> list[str]:
    where = dotted(loc)
    prefix = f"{where}: " if where else ""
    own: list[str] = []
    expected: list[str] = []
    for error in group:
        kind = error["type"]
        if kind == "missing":
            own.append(words.missing_key(loc[-1], dotted(loc[:-1])))
        elif kind == "extra_forbidden":
            model = model_at(root, loc[:-1])
            own.append(
                words.unknown_key(str(loc[-1]), dotted(loc[:-1]), sorted(model.model_fields) if model else [])
            )
        elif kind == "value_error":  # the models' own checks, already in words
            own.append(prefix + _with_value(str(error["ctx"]["error"]), data, loc))
        else:
            wording = _EXPECTED.get(kind)
            expected.append(
                _FALLBACK
                if wording is None
                else wording(error.get("ctx", {}), _choices(_field_at(root, loc)))
            )
    if expected:
        own.append(prefix + _expected_message(root, loc, group, list(dict.fromkeys(expected)), data))
    return own


def _fallback_example(group: list[Any]) -> Any:
    """An example for a field whose model gives none: the pattern's, or a number within the bound."""
    for error in group:
        ctx = error.get("ctx", {})
        if error["type"] == "string_pattern_mismatch":
            return words.PATTERNS.get(ctx["pattern"], ("", None))[1]
        for bound, step in (("ge", 0), ("le", 0), ("gt", 1), ("lt", -1)):
            if bound in ctx and isinstance(ctx[bound], int | float):
                return words.number(ctx[bound] + step)
    return None


def _whole(field: FieldInfo | None) -> bool:
    """Whether the field takes whole numbers only."""
    parts = [] if field is None else list(_walk(field.annotation))
    return int in parts and float not in parts


def _with_value(message: str, data: Any, loc: Loc) -> str:
    """A check's message, with the value it refused when the message does not quote it."""
    _, value, _ = _present(data, loc)
    if isinstance(value, dict | list) or words.shown(value) in message or str(value) in message:
        return message
    return f"{message}; {words.got(value)}"


def _expected_message(
    root: type[BaseModel], loc: Loc, group: list[Any], expected: list[str], data: Any
) -> str:
    _, value, _ = _present(data, loc)
    field = _field_at(root, loc)
    kinds = {error["type"] for error in group}
    choices = _choices(field)
    if kinds == {"too_short"} and value == []:
        return words.empty_list(expected[0], f" (such as {choices[0]})" if choices else "")
    text = " or ".join(expected)
    example = _example(field)
    if example is None:
        example = _fallback_example(group)
    if _whole(field):
        text = text.replace("a number", "a whole number")
    if kinds <= {"literal_error", "bool_type", "too_short", "list_type"}:
        example = None
    hint = ""
    if "literal_error" in kinds and isinstance(value, str):
        hint = words.choice_hint(value, choices) if len(choices) > 1 else ""
    elif "string_type" in kinds:
        hint = words.text_hint(value)
    elif kinds & {"float_type", "int_type"} and isinstance(value, str):
        hint = " (write the number without quotes)"
    return words.refused(text, value, example=example, hint=hint)
