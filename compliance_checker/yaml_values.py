"""Values written into a declaration skeleton as YAML text that the checker's strict loader reads back
exactly: plain words where they cannot be misread, double-quoted strings otherwise, literal block
scalars for text of several lines, flow lists of scalars and block lists of mappings. Pure."""

from __future__ import annotations

import re
from typing import Any

# Plain scalars only for words that YAML 1.2 (and a 1.1 reader) keeps as strings.
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_.+-]*")  # fullmatch: "$" would let a final newline through
_RESERVED = frozenset({"true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf"})
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}


def _yaml_printable(char: str) -> bool:
    code = ord(char)
    return (
        0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or (0xE000 <= code <= 0xFFFD and code != 0xFEFF)
        or code >= 0x10000
    )


def quoted(text: str) -> str:
    """A double-quoted YAML string; anything YAML cannot hold as written is escaped."""
    out: list[str] = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _yaml_printable(char):
            out.append(char)
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:  # pragma: no cover - every code point above 0xFFFF is printable
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if _PLAIN.fullmatch(text) and text.lower() not in _RESERVED:
        return text
    return quoted(text)


def _block_ready(text: str) -> bool:
    """Whether a literal block scalar keeps ``text`` exactly: printable, no trailing spaces or blank
    edges (which block scalars would change)."""
    return (
        all(_yaml_printable(c) or c in "\n\t" for c in text)
        and text == text.strip("\n")
        and all(line == line.rstrip(" \t") for line in text.split("\n"))
        and text.strip() != ""
    )


def value_lines(name: str, value: Any, pad: str) -> list[str]:
    """``name: value`` at indentation ``pad``, over as many lines as the value needs."""
    if isinstance(value, str) and "\n" in value and _block_ready(value):
        # An indentation indicator when the first line starts with a space, which YAML would otherwise
        # take for the block's indentation.
        indicator = "2" if value.lstrip("\n").startswith((" ", "\t")) else ""
        inner = pad + "  "
        return [f"{pad}{name}: |{indicator}-"] + [
            f"{inner}{line}" if line else "" for line in value.split("\n")
        ]
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        lines = [f"{pad}{name}:"]
        for item in value:
            first = True
            for key, each in item.items():
                lead = "- " if first else "  "
                lines.append(f"{pad}  {lead}{key}: {scalar(each)}")
                first = False
        return lines
    if isinstance(value, list):
        return [f"{pad}{name}: [{', '.join(scalar(item) for item in value)}]"]
    return [f"{pad}{name}: {scalar(value)}"]
