"""Read a Hugging Face model card (a README.md): its YAML front matter and its Markdown sections.

Cards are messy, and a messy card is still worth starting from: whatever is wrong with its content
(bytes that are not UTF-8, a size over the limit, front matter that is not valid YAML or not a mapping,
front matter that is never closed) becomes a located warning and the rest of the card is still read.
Only a card that cannot be read at all (missing, a directory, a device, unreadable) is an error.

The front matter is parsed by the checker's own strict YAML loader (no tags, no duplicate keys, bounded
aliases and nesting), with its line numbers kept as they are in the card. Sections are ATX headings
(``#`` to ``######``) outside fenced code blocks; HTML comments (the Hub template's instructions to card
authors) are removed from their text.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from compliance_checker.errors import Diagnostic, InputError
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.document import LoadedDocument
from compliance_checker.models.model_card import CardSection, ModelCard, plain_text

# The largest model cards on the Hub (long evaluation tables) are a few hundred KB; a card is read up to
# this size and the rest ignored, with a warning.
MAX_CARD_BYTES = 2 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def read_model_card(path: str | Path, *, max_bytes: int = MAX_CARD_BYTES) -> ModelCard:
    """Read a card; raise :class:`InputError` only when the file cannot be read at all."""
    name = str(path)
    raw, size = _read_bytes(Path(path), name, max_bytes)
    problems: list[Diagnostic] = []
    if size > max_bytes:
        raw = raw[: raw.rfind(b"\n") + 1] if b"\n" in raw else raw
        problems.append(
            Diagnostic(
                name,
                f"the card is {size:,} bytes, over the {max_bytes:,} bytes read from a model card; only its "
                f"first {len(raw):,} bytes were read",
                level="warning",
            )
        )
    text = _decode(raw, name, problems)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        problems.append(
            Diagnostic(
                name,
                "the file contains NUL bytes: it is binary, not a Markdown model card; nothing was read "
                "from it",
                line,
                1,
                level="warning",
            )
        )
        return ModelCard(name, None, (), tuple(problems))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    front_matter, body_start = _front_matter(lines, name, problems)
    sections = _sections(lines, body_start)
    return ModelCard(name, front_matter, sections, tuple(problems))


def _read_bytes(path: Path, name: str, max_bytes: int) -> tuple[bytes, int]:
    def fail(message: str) -> InputError:
        return InputError([Diagnostic(name, message)])

    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise fail("no such file; expected a model card (a README.md with YAML front matter)") from None
    except PermissionError:
        raise fail("permission denied; cannot read this file") from None
    except OSError as exc:
        raise fail(f"cannot read this file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise fail("is a directory; expected a model card (the README.md inside it)")
    if not stat.S_ISREG(info.st_mode):
        raise fail("is not a regular file (a FIFO, socket or device); expected a model card")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise fail(f"cannot read this file: {exc.strerror or exc}") from None
    size = max(info.st_size, len(raw))
    return raw[:max_bytes], size


def _decode(raw: bytes, name: str, problems: list[Diagnostic]) -> str:
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            problems.append(
                Diagnostic(
                    name, f"the card is encoded as {label}, not UTF-8; read as {label}", 1, 1, level="warning"
                )
            )
            return raw.decode(codec, errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        text = raw.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd")
        problems.append(
            Diagnostic(
                name,
                f"the card is not valid UTF-8 (first at byte 0x{raw[exc.start]:02x}; {bad} invalid "
                "sequence(s)); each was read as U+FFFD, so check carried text for '\ufffd'",
                line,
                column,
                level="warning",
            )
        )
        return text


def _front_matter(
    lines: list[str], name: str, problems: list[Diagnostic]
) -> tuple[LoadedDocument | None, int]:
    """The parsed front matter (or None) and the index of the first line of the Markdown body.

    Like the Hub, front matter is a ``---`` line at the top (blank lines before it allowed), YAML, and a
    closing ``---`` line."""
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or lines[start].rstrip() != "---":
        problems.append(
            Diagnostic(
                name,
                "the card has no YAML front matter (a '---' block at the top with license, base_model, "
                "pipeline_tag...); only its Markdown sections were read",
                1,
                1,
                level="warning",
            )
        )
        return None, 0
    end = next((i for i in range(start + 1, len(lines)) if lines[i].rstrip() == "---"), None)
    if end is None:
        problems.append(
            Diagnostic(
                name,
                "the front matter opened here is never closed by a '---' line; the card was read as Markdown "
                "only",
                start + 1,
                1,
                level="warning",
            )
        )
        return None, 0
    if all(not line.strip() or line.lstrip().startswith("#") for line in lines[start + 1 : end]):
        problems.append(
            Diagnostic(name, "the front matter is empty; no metadata was read", start + 1, 1, level="warning")
        )
        return None, end + 1
    # Blank lines in front keep the parser's line numbers equal to the card's.
    try:
        doc = parse_yaml("\n" * (start + 1) + "\n".join(lines[start + 1 : end]) + "\n", name)
    except InputError as exc:
        first = exc.diagnostics[0]
        problems.append(
            Diagnostic(
                name,
                f"the front matter is not valid YAML ({first.message}); no metadata was read from it",
                first.line,
                first.column,
                level="warning",
            )
        )
        return None, end + 1
    if not isinstance(doc.data, dict):
        kind = "a list" if isinstance(doc.data, list) else "a single value"
        problems.append(
            Diagnostic(
                name,
                f"the front matter is {kind}, not a mapping of keys to values (license: ..., base_model: "
                "...); no metadata was read from it",
                start + 2,
                1,
                level="warning",
            )
        )
        return None, end + 1
    return doc, end + 1


def _sections(lines: list[str], start: int) -> tuple[CardSection, ...]:
    headings: list[tuple[int, int, str, str]] = []  # (line index, level, title, heading line)
    fence: str | None = None
    for index in range(start, len(lines)):
        line = lines[index]
        marker = _FENCE.match(line)
        if marker:
            token = marker.group(1)
            if fence is None:
                fence = token
            elif token[0] == fence[0] and len(token) >= len(fence) and not line.strip()[len(token) :].strip():
                fence = None
            continue
        if fence is not None:
            continue
        match = _HEADING.match(line)
        if match:
            headings.append((index, len(match.group(1)), plain_text(match.group(2) or ""), line.strip()))
    sections: list[CardSection] = []
    stack: list[int] = []  # indexes of enclosing sections
    for number, (index, level, title, heading) in enumerate(headings):
        stop = headings[number + 1][0] if number + 1 < len(headings) else len(lines)
        body = _HTML_COMMENT.sub("", "\n".join(lines[index + 1 : stop])).strip("\n")
        while stack and sections[stack[-1]].level >= level:
            stack.pop()
        sections.append(
            CardSection(
                title=title,
                heading=heading,
                level=level,
                line=index + 1,
                body=body,
                parent=stack[-1] if stack else None,
            )
        )
        stack.append(len(sections) - 1)
    return tuple(sections)
