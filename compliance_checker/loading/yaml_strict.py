"""Strict, safe YAML loading with a path -> (line, column) index.

Only plain data is built: mappings, sequences, strings, integers, floats, booleans and null. The
scalar rules follow YAML 1.2's core schema rather than PyYAML's YAML 1.1 defaults, because the 1.1 rules
silently corrupt declarations: ``country: NO`` (Norway) would become ``False``, ``3.8e25`` would stay a
string, and ``2025-02-30`` would raise deep inside the constructor. Dates therefore stay strings here
and are parsed (and rejected when impossible) by the declaration models.

Duplicate keys, explicit tags (``!!python/object``...), merge keys, several documents, excessive
nesting and alias expansion beyond a node budget are all reported as located errors.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

import yaml

from compliance_checker.errors import Diagnostic, InputError
from compliance_checker.models.document import LoadedDocument, Path, Position

try:  # libyaml's C parser when present; the pure-Python one otherwise.
    from yaml import CSafeLoader as _BaseLoader

    LIBYAML = True
except ImportError:  # pragma: no cover - depends on the platform's PyYAML build
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

    LIBYAML = False

MAX_DEPTH = 64
MAX_NODES = 200_000

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"
_KNOWN_SCALAR_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL}


class _Core12Resolver(yaml.resolver.Resolver):
    """YAML 1.2 core schema scalar resolution (plus ``<<`` so that merge keys can be refused)."""


_Core12Resolver.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    (_BOOL, r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    (_NULL, r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (_INT, r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        _FLOAT,
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    (_MERGE, r"^(?:<<)$", "<"),
):
    _Core12Resolver.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


class _Loader(_BaseLoader, _Core12Resolver):
    """The C (or pure) parser and composer with our resolver; we never use its constructor."""


def _pos(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def _int(text: str) -> int:
    text = text.replace("_", "")
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


def _float(text: str) -> float:
    lowered = text.lower()
    if lowered.endswith(".inf"):
        return -math.inf if lowered.startswith("-") else math.inf
    if lowered == ".nan":
        return math.nan
    return float(text)


class _Builder:
    def __init__(self, file: str) -> None:
        self.file = file
        self.nodes = 0
        self.doc = LoadedDocument(data=None, file=file)

    def fail(self, node: yaml.Node, message: str) -> InputError:
        pos = _pos(node.start_mark)
        return InputError([Diagnostic(self.file, message, pos.line, pos.column)])

    def build(self, node: yaml.Node, path: Path, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.fail(
                node,
                f"document expands to more than {MAX_NODES:,} nodes (alias expansion or a very large "
                "file); a declaration is expected to be far smaller",
            )
        if depth > MAX_DEPTH:
            raise self.fail(node, f"nesting deeper than {MAX_DEPTH} levels is not supported")
        self.doc.value_positions.setdefault(path, _pos(node.start_mark))
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                raise self.fail(node, f"unsupported YAML tag {node.tag!r}; only plain data is allowed")
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAP:
                raise self.fail(node, f"unsupported YAML tag {node.tag!r}; only plain data is allowed")
            return self.mapping(node, path, depth)
        raise self.fail(node, "unsupported YAML node")  # pragma: no cover - composer yields only these

    def scalar(self, node: yaml.ScalarNode) -> Any:
        tag, text = node.tag, node.value
        if tag not in _KNOWN_SCALAR_TAGS:
            if tag == _MERGE:
                raise self.fail(node, "merge keys ('<<') are not supported; write the keys out")
            raise self.fail(
                node,
                f"unsupported YAML tag {tag!r}; only plain data (strings, numbers, booleans, null, "
                "mappings, lists) is allowed",
            )
        if tag == _STR:
            return text
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return text.lower() == "true"
        if tag == _INT:
            try:
                return _int(text)
            except ValueError:
                raise self.fail(node, f"{text!r} is not a valid integer") from None
        try:
            return _float(text)
        except ValueError:
            raise self.fail(node, f"{text!r} is not a valid number") from None

    def mapping(self, node: yaml.MappingNode, path: Path, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, Position] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                raise self.fail(key_node, "merge keys ('<<') are not supported; write the keys out")
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, "mapping keys must be plain strings, not lists or mappings")
            key = key_node.value
            if key_node.tag != _STR and key_node.tag not in _KNOWN_SCALAR_TAGS:
                raise self.fail(key_node, f"unsupported YAML tag {key_node.tag!r} on a key")
            key_pos = _pos(key_node.start_mark)
            if key in first_seen:
                prev = first_seen[key]
                raise self.fail(
                    key_node,
                    f"duplicate key {key!r} (first defined at line {prev.line}, again at line "
                    f"{key_pos.line}); each key may appear once per mapping",
                )
            first_seen[key] = key_pos
            child = (*path, key)
            self.doc.key_positions[child] = key_pos
            result[key] = self.build(value_node, child, depth + 1)
        return result


def _yaml_error(file: str, text: str, exc: yaml.YAMLError) -> InputError:
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    mark = problem_mark or context_mark
    message = f"invalid YAML: {problem}"
    if context:
        message += f" ({context})"
    if problem_mark is not None and _char_at(text, problem_mark) == "\t":
        message = "invalid YAML: a tab character cannot be used for indentation; indent with spaces"
    elif "end of stream" in problem and context_mark is not None and context and "quoted" in context:
        mark = context_mark
        message = "invalid YAML: unterminated quoted string; expected a closing quote"
    if mark is None:
        return InputError([Diagnostic(file, message)])
    return InputError([Diagnostic(file, message, mark.line + 1, mark.column + 1)])


def _char_at(text: str, mark: Any) -> str:
    lines = text.splitlines()
    if mark.line < len(lines) and mark.column < len(lines[mark.line]):
        return str(lines[mark.line][mark.column])
    return ""


def _iter_nodes(loader: Any) -> Iterator[yaml.Node]:
    while loader.check_node():
        yield loader.get_node()


def parse_yaml(text: str, file: str) -> LoadedDocument:
    """Parse one YAML document strictly; raise :class:`InputError` with located diagnostics."""
    loader = _Loader(text)
    try:
        nodes = _iter_nodes(loader)
        root = next(nodes, None)
        if root is None:
            raise InputError([Diagnostic(file, "the file is empty; expected a YAML mapping", 1, 1)])
        extra = next(nodes, None)
        if extra is not None:
            pos = _pos(extra.start_mark)
            raise InputError(
                [
                    Diagnostic(
                        file,
                        "the file holds more than one YAML document; expected exactly one",
                        pos.line,
                        pos.column,
                    )
                ]
            )
    except yaml.YAMLError as exc:
        raise _yaml_error(file, text, exc) from None
    except RecursionError:
        raise InputError(
            [Diagnostic(file, f"nesting deeper than {MAX_DEPTH} levels is not supported")]
        ) from None
    finally:
        loader.dispose()
    builder = _Builder(file)
    data = builder.build(root, (), 0)
    builder.doc.data = data
    return builder.doc
