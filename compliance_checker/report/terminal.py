"""Text for a terminal: display widths, fitting a line to a width, ANSI colour.

Pure helpers shared by the terminal formats (table, text). Colour codes are added after a text is made
safe (``stream.text_escape``), so a value's own control characters never reach the terminal raw.
"""

from __future__ import annotations

import textwrap
import unicodedata

RESET = "\x1b[0m"
STYLES: dict[str, str] = {
    "error": "\x1b[31m",  # red
    "warning": "\x1b[33m",  # yellow
    "note": "\x1b[36m",  # cyan
    "bold": "\x1b[1m",
    "dim": "\x1b[2m",
    "ok": "\x1b[32m",  # green
}
MIN_WIDTH = 20  # narrower terminals are treated as this wide


def char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns the text takes in a terminal (wide characters count two, combining marks none)."""
    if text.isascii():
        return len(text)
    return sum(char_width(ch) for ch in text)


def clip(text: str, width: int) -> str:
    """The text cut to at most ``width`` columns, ending in "…" when cut (at a word end if one is near)."""
    if display_width(text) <= width:
        return text
    room, used, end = width - 1, 0, 0
    for end, ch in enumerate(text):  # noqa: B007 - end is read after the loop
        used += char_width(ch)
        if used > room:
            break
    head = text[:end]
    space = head.rfind(" ")
    if space >= len(head) // 2:  # cut at a word end unless that loses too much
        head = head[:space]
    return head.rstrip(" ,;:") + "…"


def clip_start(text: str, width: int) -> str:
    """The text cut at its start to at most ``width`` columns, beginning with "…" when cut: for paths,
    whose end tells them apart."""
    if display_width(text) <= width:
        return text
    room, used, start = width - 1, 0, len(text)
    while start > 0 and used + char_width(text[start - 1]) <= room:
        start -= 1
        used += char_width(text[start])
    return "…" + text[start:]


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """The text wrapped at word ends to ``width`` columns, continuation lines indented; a word longer than
    a line (a long path) is broken, so no line is ever wider than ``width``."""
    width = max(width, MIN_WIDTH)
    lines = textwrap.wrap(
        text,
        width=width,
        subsequent_indent=indent,
        break_long_words=True,
        break_on_hyphens=False,
    )
    out: list[str] = []
    for line in lines or [""]:
        while display_width(line) > width:  # wide characters: textwrap counts code points
            cut = _cut(line, width)
            out.append(line[:cut])
            line = indent + line[cut:]
        out.append(line)
    return out


def _cut(text: str, width: int) -> int:
    used = 0
    for index, ch in enumerate(text):
        used += char_width(ch)
        if used > width:
            return max(index, 1)
    return len(text)


def paint(text: str, style: str, color: bool) -> str:
    """The text in a style ("error", "bold"...) when colour is on; else the text itself."""
    return f"{STYLES[style]}{text}{RESET}" if color and text else text
