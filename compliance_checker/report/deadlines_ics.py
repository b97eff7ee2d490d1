"""``deadlines --format ics``: an iCalendar file (RFC 5545) with one all-day event per dated obligation.

Re-importing a newer file updates the events instead of duplicating them: each event's UID is the
obligation's (derived from the declaration's provider, model and version, the rule, the kind and the
place of the obligation, never from the run or the file's path). Two runs on the same as-of date differ
only in DTSTAMP, the time the file was made. Content lines end with CRLF and are folded at 75 octets
without splitting a UTF-8 character; TEXT values escape backslashes, semicolons, commas and newlines, and
control characters are shown as visible escapes (TEXT may not hold them).
"""

from __future__ import annotations

import datetime as dt

from compliance_checker.errors import visible
from compliance_checker.models.deadlines import (
    KIND_WORDS,
    STATUS_WORDS,
    DeadlineRun,
    DeclarationDeadlines,
    Obligation,
)

FOLD_OCTETS = 75  # RFC 5545, section 3.1: lines no longer than 75 octets, excluding the line break
CRLF = "\r\n"


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545, section 3.3.11): ``\\``, ``;``, ``,`` and newlines escaped; other control
    characters shown as visible escapes."""
    text = visible(text, lines=True).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line, folded (RFC 5545, section 3.1): at most 75 octets per physical line, each
    continuation starting with a space, never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_OCTETS:
        return line + CRLF
    parts: list[bytes] = []
    start, room = 0, FOLD_OCTETS
    while len(data) - start > room:
        cut = start + room
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character
            cut -= 1
        parts.append(data[start:cut])
        start, room = cut, FOLD_OCTETS - 1  # the leading space of a continuation counts
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode("utf-8") + CRLF


def _day(day: dt.date) -> str:
    return day.strftime("%Y%m%d") if day.year >= 1000 else f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _event(decl: DeclarationDeadlines, item: Obligation, stamp: str) -> list[str]:
    end = item.date + dt.timedelta(days=1) if item.date < dt.date.max else item.date
    rule = item.rule or "Art 111(3)"
    summary = f"{rule}: {item.what} [{STATUS_WORDS[item.status]}] ({decl.model})"
    lines = [
        f"{KIND_WORDS[item.kind]}: {item.what}",
        f"Rule: {item.rule} ({item.ruleset}): {item.title}" if item.rule else f"{item.title}",
        f"Source: {item.citation}",
        f"Status on {decl.as_of.isoformat()}: {STATUS_WORDS[item.status]}",
    ]
    if item.done is not None:
        lines.append(f"Recorded date: {item.done.isoformat()}")
    if item.waived_status is not None:
        lines.append(f"Without the waiver: {STATUS_WORDS[item.waived_status]}")
    if item.waiver is not None:
        waiver = item.waiver
        lines.append(
            f"Waived until {waiver.expires.isoformat()} (approved by {waiver.approved_by} on "
            f"{waiver.approved_on.isoformat()}; {waiver.file}:{waiver.line}): {waiver.justification}"
        )
    lines += [
        f"Provider: {decl.provider}",
        f"Model: {decl.model}",
        f"Declaration: {decl.path}:{item.line}:{item.column} ({item.path})",
    ]
    return [
        "BEGIN:VEVENT",
        f"UID:{item.uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(item.date)}",
        f"DTEND;VALUE=DATE:{_day(end)}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(chr(10).join(lines))}",
        f"CATEGORIES:{escape_text(item.status)},{escape_text(item.kind)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def render_ics(run: DeadlineRun, *, stamp: dt.datetime) -> str:
    """The calendar; ``stamp`` (UTC) is written as every event's DTSTAMP."""
    when = stamp.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//compliance-checker//deadlines {run.tool_version}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:AI Act deadlines",
    ]
    for decl, item in run.fleet():
        lines += _event(decl, item, when)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)
