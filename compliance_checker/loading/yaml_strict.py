"""Strict, safe YAML loading with a path -> (line, column) index.

Only plain data is built: mappings, sequences, strings, integers, floats, booleans and null. The
scalar rules follow YAML 1.2's core schema rather than PyYAML's YAML 1.1 defaults, because the 1.1 rules
silently corrupt declarations: ``country: NO`` (Norway) would become ``False``, ``3.8e25`` would stay a
string, and ``2025-02-30`` would raise deep inside the constructor. Dates therefore stay strings here
and are parsed (and rejected when impossible) by the declaration models.

Duplicate keys, explicit tags (``!!python/object``...), merge keys, several documents, excessive
nesting and alias expansion beyond a node budget are all reported as located errors.

How, and why this way: libyaml (through PyYAML's C binding) parses the text into events, and one loop
here turns the events into data and the position index, with an explicit stack. The event loop sees
each event once, refuses the 65th nesting level as it opens, and counts what an alias expands to from
the anchor's recorded subtree size without copying anything, so a billion-laughs file stops after a few
dozen events. Positions are kept as the parser's marks and turned into line and column only when a
report asks for one (``models.document.PositionIndex``).

Composing nodes in C first (``get_single_node``) was measured and costs more, not less. Instructions
per file of the 68 KB frontier sample (callgrind, December 2026): libyaml alone 8.1M; its events as
PyYAML objects 18.6M; this loader 24.8M; the C composer alone 22.7M even with its three per-node
resolver callbacks made C builtins, and 29.0M once its nodes are turned into data and positions
(25.8M with the garbage collector paused). PyYAML builds a Python object per node as it does per
event, and the whole node tree stays alive for the collector to walk. The C composer also recurses once
per nesting level (a deep file must be stopped before it gets there), refuses a re-defined anchor that
YAML allows, and reports a syntax error at the end of the file before a duplicate key at its start.
What remains above libyaml is PyYAML's event objects (about 10M: each event a Python ``__init__``
call and two marks) and this loop (about 6M, a quarter of it storing the marks). The event objects could
only be made cheaper by replacing the event classes in PyYAML's C module while a file is parsed, which
would hand those classes to every other thread using PyYAML's C parser or emitter meanwhile.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from compliance_checker.errors import Diagnostic, InputError
from compliance_checker.loading.yaml_import import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    yaml,
)
from compliance_checker.models.document import LoadedDocument, Mark, Path, PositionIndex


class PurePythonParser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    """PyYAML's own parser, for platforms whose PyYAML was built without libyaml."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)


_Parser: Callable[[str], Any]
try:  # libyaml's C parser when present; the pure-Python one otherwise.
    from yaml._yaml import CParser as _Parser

    LIBYAML = True
except ImportError:  # pragma: no cover - depends on the platform's PyYAML build
    _Parser = PurePythonParser
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

# First character of a plain scalar -> the (tag, pattern) pairs to try in order: exactly what
# ``Resolver.resolve`` does for a scalar, without a method call per scalar (``_build`` tries them inline).
_IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = _Core12Resolver.yaml_implicit_resolvers

# Parser states: where the next node goes.
_ROOT, _ITEM, _KEY, _VALUE = 0, 1, 2, 3


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


def _fail(file: str, mark: Mark, message: str) -> InputError:
    return InputError([Diagnostic(file, message, mark.line + 1, mark.column + 1)])


def _too_many_nodes(file: str, mark: Mark) -> InputError:
    return _fail(
        file,
        mark,
        f"document expands to more than {MAX_NODES:,} nodes (alias expansion or a very large "
        "file); a declaration is expected to be far smaller",
    )


def _scalar_tag_error(file: str, mark: Mark, tag: str, *, on_key: bool) -> InputError:
    if tag == _MERGE:
        return _fail(file, mark, "merge keys ('<<') are not supported; write the keys out")
    if on_key:
        return _fail(file, mark, f"unsupported YAML tag {tag!r} on a key")
    return _fail(
        file,
        mark,
        f"unsupported YAML tag {tag!r}; only plain data (strings, numbers, booleans, null, "
        "mappings, lists) is allowed",
    )


def _non_string(file: str, mark: Mark, tag: str, text: str) -> Any:
    """The value of a scalar whose tag is not ``str``; other tags than the core ones are refused."""
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return text.lower() == "true"
    if tag == _INT:
        digits = len(text.lstrip("+-").removeprefix("0x").removeprefix("0o").replace("_", ""))
        if digits > MAX_INTEGER_DIGITS:
            raise _fail(
                file,
                mark,
                f"an integer of {digits:,} digits is too large; integers may have at most "
                f"{MAX_INTEGER_DIGITS} digits",
            )
        try:
            return _int(text)
        except ValueError:
            raise _fail(file, mark, f"{text!r} is not a valid integer") from None
    if tag == _FLOAT:
        try:
            return _float(text)
        except ValueError:
            raise _fail(file, mark, f"{text!r} is not a valid number") from None
    raise _scalar_tag_error(file, mark, tag, on_key=False)


def _build(next_event: Callable[[], Any], file: str) -> LoadedDocument:
    """Data and positions from the parser's events, in one pass with an explicit stack (no recursion).

    The innermost open collection lives in local variables (``container``, its ``path``, the ``state``
    saying where its next node goes, the pending mapping ``key`` and the path of its value, its
    ``anchor`` and the node count when it opened); opening a collection pushes them, closing pops.
    """
    key_marks: dict[Path, Mark] = {}
    value_marks: dict[Path, Mark] = {}
    number_texts: dict[Path, str] = {}
    anchors: dict[str, tuple[Any, int]] = {}  # anchor -> (value, nodes in its subtree)
    stack: list[tuple[Any, Path, int, str, Path, str | None, int]] = []
    root: Any = None
    container: Any = None
    path: Path = ()
    state = _ROOT
    key = ""
    child: Path = ()  # in state _VALUE: the path of the value that comes next
    anchor: str | None = None
    opened_at = 0
    nodes = 0
    documents = 0
    # Globals read once per event, as locals (a local read is the loop's cheapest instruction).
    scalar_event, mapping_start, mapping_end = ScalarEvent, MappingStartEvent, MappingEndEvent
    sequence_start, sequence_end = SequenceStartEvent, SequenceEndEvent
    key_state, value_state, item_state = _KEY, _VALUE, _ITEM
    str_tag, implicit, max_nodes = _STR, _IMPLICIT, MAX_NODES
    while True:
        event = next_event()
        kind = event.__class__
        if kind is scalar_event:
            mark = event.start_mark
            text = event.value
            tag = event.tag
            if state == key_state:  # a key is its text: of the plain ones, only '<<' (a merge) is refused
                if tag is None or tag == "!":
                    if text == "<<" and event.implicit[0]:
                        raise _scalar_tag_error(file, mark, _MERGE, on_key=True)
                elif tag not in _KNOWN_SCALAR_TAGS:
                    raise _scalar_tag_error(file, mark, tag, on_key=True)
                child = path + (text,)  # noqa: RUF005  # concatenation: half the cost of (*path, text)
                if text in container:  # the earlier value is complete before the next key comes
                    first = key_marks[child]
                    raise _fail(
                        file,
                        mark,
                        f"duplicate key {text!r} (first defined at line {first.line + 1}, again at line "
                        f"{mark.line + 1}); each key may appear once per mapping",
                    )
                key_marks[child] = mark
                nodes += 1
                if nodes > max_nodes:
                    raise _too_many_nodes(file, mark)
                key = text
                state = value_state
                continue
            if tag is None or tag == "!":
                tag = str_tag
                if event.implicit[0]:  # plain: the first core-schema pattern that matches
                    for tag_, pattern in implicit.get(text[:1], ()):
                        if pattern.match(text):
                            tag = tag_
                            break
            at = child if state == value_state else path + (len(container),) if state == item_state else ()  # noqa: RUF005
            nodes += 1
            if nodes > max_nodes:
                raise _too_many_nodes(file, mark)
            value_marks[at] = mark
            value: Any
            if tag == str_tag:
                value = text
            else:
                value = _non_string(file, mark, tag, text)
                if tag in (_INT, _FLOAT):
                    number_texts[at] = text  # as written, for significant figures
            if event.anchor:
                anchors[event.anchor] = (value, 1)
        elif kind is mapping_end or kind is sequence_end:
            value = container
            if anchor:
                anchors[anchor] = (value, nodes - opened_at + 1)
            container, path, state, key, child, anchor, opened_at = stack.pop()
        elif kind is mapping_start or kind is sequence_start:
            mark = event.start_mark
            if state == key_state:
                raise _fail(file, mark, "mapping keys must be plain strings, not lists or mappings")
            at = child if state == value_state else path + (len(container),) if state == item_state else ()  # noqa: RUF005
            nodes += 1
            if nodes > max_nodes:
                raise _too_many_nodes(file, mark)
            value_marks[at] = mark
            if len(stack) >= MAX_DEPTH:
                raise _fail(file, mark, f"nesting deeper than {MAX_DEPTH} levels is not supported")
            is_map = kind is mapping_start
            tag = event.tag
            if tag is not None and tag != "!" and tag != (_MAP if is_map else _SEQ):
                raise _fail(
                    file,
                    mark,
                    f"unsupported YAML tag {tag!r}; tags are never executed; only plain data is allowed",
                )
            stack.append((container, path, state, key, child, anchor, opened_at))
            container = {} if is_map else []
            path = at
            state = key_state if is_map else item_state
            anchor = event.anchor
            opened_at = nodes
            continue
        elif kind is AliasEvent:
            mark = event.start_mark
            if state == key_state:
                raise _fail(file, mark, "aliases cannot be used as mapping keys")
            at = child if state == value_state else path + (len(container),) if state == item_state else ()  # noqa: RUF005
            if event.anchor not in anchors:
                raise _fail(file, mark, f"alias *{event.anchor} refers to no complete anchor")
            value, size = anchors[event.anchor]
            nodes += size  # what the alias expands to, for the budget
            if nodes > max_nodes:
                raise _too_many_nodes(file, mark)
            value_marks[at] = mark
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _fail(
                    file, event.start_mark, "the file holds more than one YAML document; expected exactly one"
                )
            continue
        elif kind is StreamEndEvent:
            break
        else:  # the stream's start and a document's end
            continue
        # A complete node (a scalar, an alias or a closed collection): put it where it belongs.
        if state == value_state:
            container[key] = value
            state = key_state
        elif state == item_state:
            container.append(value)
        else:
            root = value
    if documents == 0:
        raise InputError([Diagnostic(file, "the file is empty; expected a YAML mapping", 1, 1)])
    return LoadedDocument(
        data=root,
        file=file,
        key_positions=PositionIndex(key_marks),
        value_positions=PositionIndex(value_marks),
        number_texts=number_texts,
    )


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
        parser = _Parser(text)
    except UnicodeEncodeError as exc:  # a lone surrogate: only reachable through the Python API
        line = text.count("\n", 0, exc.start) + 1
        column = exc.start - (text.rfind("\n", 0, exc.start) + 1) + 1
        message = "the text holds a lone surrogate code point; it is not valid Unicode"
        raise InputError([Diagnostic(file, message, line, column)]) from None
    try:
        return _build(parser.get_event, file)
    except yaml.YAMLError as exc:
        raise _yaml_error(file, text, exc) from None
    finally:
        parser.dispose()
