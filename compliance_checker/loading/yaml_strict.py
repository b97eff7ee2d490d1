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
from dataclasses import dataclass, field
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
MAX_INTEGER_DIGITS = 100  # in any base; 10^100 is far beyond any count a declaration states

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


@dataclass(slots=True)
class _Frame:
    """A mapping or sequence being built from the event stream."""

    value: dict[str, Any] | list[Any]
    path: Path
    anchor: str | None
    nodes_at_start: int
    key: str | None = None  # for mappings: the key whose value comes next
    first_seen: dict[str, Position] = field(default_factory=dict)


class _Builder:
    """Builds plain data straight from parser events, with an explicit stack (no recursion at all).

    PyYAML's own composer recurses per nesting level (and in libyaml's binding, in C), so a deeply
    nested file can exhaust the stack; here depth is checked as each level opens.
    """

    def __init__(self, file: str, loader: Any) -> None:
        self.file = file
        self.loader = loader
        self.nodes = 0
        self.doc = LoadedDocument(data=None, file=file)
        self.anchors: dict[str, tuple[Any, int]] = {}  # anchor -> (value, nodes in its subtree)
        self.stack: list[_Frame] = []

    def fail(self, mark: Any, message: str) -> InputError:
        pos = _pos(mark)
        return InputError([Diagnostic(self.file, message, pos.line, pos.column)])

    def count(self, mark: Any, amount: int = 1) -> None:
        self.nodes += amount
        if self.nodes > MAX_NODES:
            raise self.fail(
                mark,
                f"document expands to more than {MAX_NODES:,} nodes (alias expansion or a very large "
                "file); a declaration is expected to be far smaller",
            )

    def child_path(self, event: Any) -> Path | None:
        """Path of the node that starts with ``event``; None when it is a mapping key."""
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.value, list):
            return (*frame.path, len(frame.value))
        if frame.key is None:
            return None
        return (*frame.path, frame.key)

    def attach(self, value: Any) -> None:
        if not self.stack:
            self.doc.data = value
            return
        frame = self.stack[-1]
        if isinstance(frame.value, list):
            frame.value.append(value)
        else:
            assert frame.key is not None
            frame.value[frame.key] = value
            frame.key = None

    def take_key(self, event: Any) -> None:
        frame = self.stack[-1]
        if not isinstance(event, yaml.ScalarEvent):
            if isinstance(event, yaml.AliasEvent):
                raise self.fail(event.start_mark, "aliases cannot be used as mapping keys")
            raise self.fail(event.start_mark, "mapping keys must be plain strings, not lists or mappings")
        self.plain_scalar_tag(event, on_key=True)
        key = event.value
        pos = _pos(event.start_mark)
        if key in frame.first_seen:
            prev = frame.first_seen[key]
            raise self.fail(
                event.start_mark,
                f"duplicate key {key!r} (first defined at line {prev.line}, again at line {pos.line}); "
                "each key may appear once per mapping",
            )
        frame.first_seen[key] = pos
        frame.key = key
        child = (*frame.path, key)
        self.doc.key_positions[child] = pos
        self.count(event.start_mark)

    def plain_scalar_tag(self, event: Any, *, on_key: bool = False) -> str:
        """The scalar's resolved tag; merge keys and every explicit non-plain tag are refused."""
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _MERGE:
            raise self.fail(event.start_mark, "merge keys ('<<') are not supported; write the keys out")
        if tag not in _KNOWN_SCALAR_TAGS:
            if on_key:
                raise self.fail(event.start_mark, f"unsupported YAML tag {tag!r} on a key")
            raise self.fail(
                event.start_mark,
                f"unsupported YAML tag {tag!r}; only plain data (strings, numbers, booleans, null, "
                "mappings, lists) is allowed",
            )
        return str(tag)

    def feed(self, event: Any) -> None:
        if isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            frame = self.stack.pop()
            if frame.anchor:
                self.anchors[frame.anchor] = (frame.value, self.nodes - frame.nodes_at_start + 1)
            self.attach(frame.value)
            return
        path = self.child_path(event)
        if path is None:
            self.take_key(event)
            return
        if isinstance(event, yaml.ScalarEvent | yaml.SequenceStartEvent | yaml.MappingStartEvent):
            self.count(event.start_mark)
            self.doc.value_positions.setdefault(path, _pos(event.start_mark))
        if isinstance(event, yaml.ScalarEvent):
            value = self.scalar(event)
            if isinstance(value, int | float) and not isinstance(value, bool):
                self.doc.number_texts[path] = event.value  # as written, for significant figures
            if event.anchor:
                self.anchors[event.anchor] = (value, 1)
            self.attach(value)
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.anchors:
                raise self.fail(event.start_mark, f"alias *{event.anchor} refers to no complete anchor")
            value, size = self.anchors[event.anchor]
            self.count(event.start_mark, size)  # what the alias expands to, for the budget
            self.doc.value_positions.setdefault(path, _pos(event.start_mark))
            self.attach(value)
        elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            if len(self.stack) >= MAX_DEPTH:
                raise self.fail(event.start_mark, f"nesting deeper than {MAX_DEPTH} levels is not supported")
            is_seq = isinstance(event, yaml.SequenceStartEvent)
            tag = event.tag
            if tag is not None and tag != "!" and tag != (_SEQ if is_seq else _MAP):
                raise self.fail(
                    event.start_mark,
                    f"unsupported YAML tag {tag!r}; tags are never executed; only plain data is allowed",
                )
            container: dict[str, Any] | list[Any] = [] if is_seq else {}
            self.stack.append(_Frame(container, path, event.anchor, self.nodes))

    def scalar(self, event: Any) -> Any:
        tag, text = self.plain_scalar_tag(event), event.value
        if tag == _STR:
            return text
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return text.lower() == "true"
        if tag == _INT:
            digits = len(text.lstrip("+-").removeprefix("0x").removeprefix("0o").replace("_", ""))
            if digits > MAX_INTEGER_DIGITS:
                raise self.fail(
                    event.start_mark,
                    f"an integer of {digits:,} digits is too large; integers may have at most "
                    f"{MAX_INTEGER_DIGITS} digits",
                )
            try:
                return _int(text)
            except ValueError:
                raise self.fail(event.start_mark, f"{text!r} is not a valid integer") from None
        try:
            return _float(text)
        except ValueError:
            raise self.fail(event.start_mark, f"{text!r} is not a valid number") from None


# What to do about the parser's commonest complaints, which mostly come from indentation.
_HINTS = {
    "mapping values are not allowed": "a 'key: value' cannot start here: check this line's indentation "
    "against the lines above, or quote a value that contains ': '",
    "could not find expected ':'": "expected 'key: value'; check the indentation, or close a quote",
    "did not find expected key": "check the indentation: keys of one mapping must line up",
    "did not find expected '-' indicator": "check the indentation: items of one list must line up",
}


def _reader_error(file: str, text: str, exc: yaml.reader.ReaderError) -> InputError:
    """A character YAML does not allow (control characters...): located from its offset in the text."""
    position = max(0, min(int(exc.position), len(text)))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
    message = f"the character U+{code:04X} is not allowed in YAML ({exc.reason}); remove it"
    return InputError([Diagnostic(file, message, line, column)])


def _yaml_error(file: str, text: str, exc: yaml.YAMLError) -> InputError:
    if isinstance(exc, yaml.reader.ReaderError):
        return _reader_error(file, text, exc)
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    mark = problem_mark or context_mark
    message = f"invalid YAML: {problem}"
    if context:
        message += f" ({context})"
    hint = _HINTS.get(problem.split(" in this context")[0].split(" here")[0])
    if hint:
        message += f"; {hint}"
    if "maximum nesting depth" in problem:  # libyaml's own bound (1000 levels), met before ours
        message = f"nesting deeper than {MAX_DEPTH} levels is not supported"
    elif problem_mark is not None and _char_at(text, problem_mark) == "\t":
        message = "invalid YAML: a tab character cannot be used for indentation; indent with spaces"
    elif "end of stream" in problem and context_mark is not None and context and "quoted" in context:
        mark = context_mark
        message = "invalid YAML: unterminated quoted string; expected a closing quote"
    message = " ".join(message.split())  # one line, whatever the parser's text holds
    if mark is None:
        return InputError([Diagnostic(file, message)])
    return InputError([Diagnostic(file, message, mark.line + 1, mark.column + 1)])


def _char_at(text: str, mark: Any) -> str:
    lines = text.splitlines()
    if mark.line < len(lines) and mark.column < len(lines[mark.line]):
        return str(lines[mark.line][mark.column])
    return ""


def parse_yaml(text: str, file: str) -> LoadedDocument:
    """Parse one YAML document strictly; raise :class:`InputError` with located diagnostics."""
    try:
        loader = _Loader(text)
    except UnicodeEncodeError as exc:  # a lone surrogate: only reachable through the Python API
        line = text.count("\n", 0, exc.start) + 1
        column = exc.start - (text.rfind("\n", 0, exc.start) + 1) + 1
        message = "the text holds a lone surrogate code point; it is not valid Unicode"
        raise InputError([Diagnostic(file, message, line, column)]) from None
    builder = _Builder(file, loader)
    documents = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise builder.fail(
                        event.start_mark, "the file holds more than one YAML document; expected exactly one"
                    )
            elif isinstance(event, yaml.NodeEvent | yaml.CollectionEndEvent):
                builder.feed(event)
    except yaml.YAMLError as exc:
        raise _yaml_error(file, text, exc) from None
    finally:
        loader.dispose()
    if documents == 0:
        raise InputError([Diagnostic(file, "the file is empty; expected a YAML mapping", 1, 1)])
    return builder.doc
