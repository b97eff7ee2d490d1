"""A built document written as Markdown, HTML or DOCX. Layout only: the content and its gaps are the
document's (``build``); each format lays out the same title block, header, sections, gaps and the note
on where the document came from. Markdown and HTML need nothing beyond the standard library; DOCX needs
python-docx (the ``docx`` extra), imported only when asked for."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from compliance_checker.documents.model import (
    Absent,
    Bullets,
    Document,
    Field,
    Gap,
    Number,
    Pairs,
    Text,
    Value,
)

GAP_MARK = "GAP"
WAIVED_MARK = "WAIVED"  # a gap that a waiver covers (`--waivers`, as `check` applies it)
DISCLAIMER = "A self-assessment aid, not legal advice."


class DocxUnavailable(RuntimeError):
    """python-docx is not installed."""


def number_text(value: Number) -> str:
    """``3.6 x 10^25`` for a number written in scientific notation, else its digits as written."""
    if value.exponent is None:
        return value.digits
    return f"{value.digits} x 10^{value.exponent}"


def plain(value: Value) -> str:
    """A value on one line (a list joined by semicolons)."""
    if isinstance(value, Text):
        return value.text
    if isinstance(value, Number):
        return number_text(value)
    if isinstance(value, Bullets):
        return "; ".join(plain(item) for item in value.items)
    if isinstance(value, Pairs):
        return "; ".join(f"{label}: {plain(item)}" for label, item in value.pairs)
    return "not given"


def gap_mark(gap: Gap) -> str:
    return GAP_MARK if gap.waiver is None else WAIVED_MARK


def gap_text(gap: Gap) -> str:
    """What is missing, why, where and which rule says so; for a waived gap, the waiver as `check` shows
    it (until when, by whom, why)."""
    text = f"{gap.label}: {gap.message} ({gap.location()}, {gap.rule})"
    if gap.waiver is None:
        return text
    waiver = gap.waiver
    return (
        f"{text}; waived until {waiver.expires.isoformat()}, approved by {waiver.approved_by} on "
        f"{waiver.approved_on.isoformat()}: {waiver.justification}"
    )


def provenance(document: Document) -> str:
    rulesets = ", ".join(document.rulesets) or "none"
    return (
        f"Rendered by {document.tool} from {document.source} (SHA-256 {document.sha256}) as of "
        f"{document.as_of.isoformat()}, with the rulesets {rulesets}. {DISCLAIMER}"
    )


def _waived_text(count: int) -> str:
    return (
        f"{count} waived gap{'s' if count != 1 else ''} marked {WAIVED_MARK}, each with its waiver's "
        "justification and expiry."
    )


def draft_banner(document: Document) -> str | None:
    """A draft's state, or the waived gaps of a document without open ones; None when there is nothing
    to say."""
    count, waived = len(document.gaps), len(document.waived)
    if not document.draft and not count:
        return f"Not complete: {_waived_text(waived)}" if waived else None
    more = f" {_waived_text(waived)}" if waived else ""
    if not count:
        return f"DRAFT: no open gaps were found.{more}" if waived else "DRAFT: no gaps were found."
    return f"DRAFT: not ready to send. {count} gap{'s' if count != 1 else ''} marked {GAP_MARK}.{more}"


# --- Markdown -----------------------------------------------------------------------------------------

_MD_SPECIAL = str.maketrans({ch: f"\\{ch}" for ch in "\\`*_[]<>|#"})


def _md(text: str) -> str:
    return text.translate(_MD_SPECIAL)


def _md_value(value: Value, indent: str) -> Iterator[str]:
    """The lines after a field's label: a scalar on the label's line, a list or mapping as sub-items."""
    if isinstance(value, Bullets | Pairs):
        entries = value.items if isinstance(value, Bullets) else value.pairs
        for entry in entries:
            if isinstance(entry, tuple):
                label, item = entry
                head = f"{indent}- {_md(label)}:"
            else:
                label, item = "", entry
                head = f"{indent}-"
            if isinstance(item, Pairs) and not label and item.pairs:
                # A list entry that is a mapping: its first pair on the bullet's line, the rest below it.
                first, *rest = _md_value(item, indent + "  ")
                yield f"{indent}- {first.lstrip().removeprefix('- ')}"
                yield from rest
            elif isinstance(item, Bullets | Pairs):
                yield head
                yield from _md_value(item, indent + "  ")
            else:
                yield f"{head} {_md_scalar(item, indent + '  ')}"


def _md_scalar(value: Value, indent: str) -> str:
    if isinstance(value, Absent):
        return "*not given*"
    text = plain(value)
    return _md(text).replace("\n", "\n" + indent)


def _md_field(field: Field, indent: str = "") -> Iterator[str]:
    label = f"**{_md(field.label)}**: " if field.label else ""
    note = f" *({_md(field.note)})*" if field.note else ""
    if isinstance(field.value, Bullets | Pairs):
        yield f"{indent}- {label.rstrip(': ')}{note}" if label else f"{indent}-{note}"
        yield from _md_value(field.value, indent + "  ")
    else:
        yield f"{indent}- {label}{_md_scalar(field.value, indent + '  ')}{note}"
    for gap in field.gaps:
        yield f"{indent}  - **{gap_mark(gap)}** {_md(gap_text(gap))}"


def markdown(document: Document) -> str:
    lines = [f"# {_md(document.title)}", "", f"**{_md(document.subject)}**", ""]
    lines.append(f"- **For**: {_md(document.audience)}")
    lines.append(f"- **Document date**: {document.as_of.isoformat()}")
    for field in document.header:
        lines.extend(_md_field(field))
    banner = draft_banner(document)
    if banner:
        lines += ["", f"> **{banner}**"]
    for section in document.sections:
        lines += ["", f"## {_md(section.heading)}"]
        if section.intro:
            lines += ["", _md(section.intro)]
        for group in section.groups:
            if group.heading:
                lines += ["", f"### {_md(group.heading)}"]
            lines.append("")
            for field in group.fields:
                lines.extend(_md_field(field))
    if document.omitted:
        lines += ["", "## Not applicable to this model", ""]
        lines.extend(f"- {_md(reason)}" for reason in document.omitted)
    lines += ["", "---", "", f"*{_md(provenance(document))}*", ""]
    return "\n".join(lines)


# --- HTML ---------------------------------------------------------------------------------------------

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}"
    "dt{font-weight:600;margin-top:.6rem}dd{margin-left:1.2rem;white-space:pre-wrap}"
    ".gap{color:#a00;font-weight:600}.waived{color:#639;font-weight:600}.note{color:#555;font-style:italic}"
    ".banner{border:2px solid #a00;"
    "padding:.5rem}footer{margin-top:2rem;color:#555;font-size:.9em}"
)


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def _html_value(value: Value) -> str:
    if isinstance(value, Absent):
        return '<span class="note">not given</span>'
    if isinstance(value, Bullets):
        return "<ul>" + "".join(f"<li>{_html_value(item)}</li>" for item in value.items) + "</ul>"
    if isinstance(value, Pairs):
        return (
            "<ul>"
            + "".join(f"<li>{_h(label)}: {_html_value(item)}</li>" for label, item in value.pairs)
            + "</ul>"
        )
    text = plain(value)
    if isinstance(value, Text) and text.startswith(("https://", "http://")) and " " not in text:
        return f'<a href="{_h(text)}">{_h(text)}</a>'
    return _h(text)


def _html_fields(fields: tuple[Field, ...]) -> Iterator[str]:
    yield "<dl>"
    for field in fields:
        note = f' <span class="note">({_h(field.note)})</span>' if field.note else ""
        yield f"<dt>{_h(field.label)}{note}</dt>" if field.label or note else "<dt></dt>"
        yield f"<dd>{_html_value(field.value)}</dd>"
        for gap in field.gaps:
            kind = "gap" if gap.waiver is None else "waived"
            yield f'<dd class="{kind}">{gap_mark(gap)}: {_h(gap_text(gap))}</dd>'
    yield "</dl>"


def html_document(document: Document) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        f'<head><meta charset="utf-8"><title>{_h(document.title)}: {_h(document.subject)}</title>'
        f"<style>{_STYLE}</style></head>",
        "<body>",
        f"<h1>{_h(document.title)}</h1>",
        f"<p><strong>{_h(document.subject)}</strong></p>",
    ]
    head = (
        Field(label="For", value=Text(document.audience), path=""),
        Field(label="Document date", value=Text(document.as_of.isoformat()), path=""),
        *document.header,
    )
    parts.extend(_html_fields(head))
    banner = draft_banner(document)
    if banner:
        parts.append(f'<p class="banner">{_h(banner)}</p>')
    for section in document.sections:
        parts.append(f"<section><h2>{_h(section.heading)}</h2>")
        if section.intro:
            parts.append(f"<p>{_h(section.intro)}</p>")
        for group in section.groups:
            if group.heading:
                parts.append(f"<h3>{_h(group.heading)}</h3>")
            parts.extend(_html_fields(group.fields))
        parts.append("</section>")
    if document.omitted:
        parts.append("<section><h2>Not applicable to this model</h2><ul>")
        parts.extend(f"<li>{_h(reason)}</li>" for reason in document.omitted)
        parts.append("</ul></section>")
    parts += [f"<footer>{_h(provenance(document))}</footer>", "</body>", "</html>", ""]
    return "\n".join(parts)


# --- DOCX ---------------------------------------------------------------------------------------------


def require_docx() -> Any:
    """The python-docx module; :class:`DocxUnavailable` says how to install it when it is missing."""
    try:
        import docx
    except ImportError:
        raise DocxUnavailable(
            "DOCX output needs python-docx, which is not installed; install it with "
            "`pip install 'compliance-checker[docx]'`, or choose --format markdown or html"
        ) from None
    return docx


def _docx_value(paragraph_for: Callable[[str, int], None], value: Value, level: int) -> None:
    if isinstance(value, Bullets):
        for item in value.items:
            _docx_entry(paragraph_for, "", item, level)
    elif isinstance(value, Pairs):
        for label, item in value.pairs:
            _docx_entry(paragraph_for, label, item, level)


def _docx_entry(paragraph_for: Callable[[str, int], None], label: str, item: Value, level: int) -> None:
    prefix = f"{label}: " if label else ""
    if isinstance(item, Bullets | Pairs):
        paragraph_for(prefix.rstrip(": ") or "-", level)
        _docx_value(paragraph_for, item, level + 1)
    else:
        paragraph_for(prefix + plain(item), level)


# XML 1.0 cannot hold these characters (a YAML double-quoted string can: "\e", "\0"); a Word file
# shows each as its escape, as the checker's messages do.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub(lambda match: f"\\x{ord(match.group()):02x}", text) if _NOT_XML.search(text) else text


def docx_document(document: Document) -> bytes:
    """The document as a Word file (python-docx): headings, label/value paragraphs, bulleted lists."""
    docx = require_docx()
    out = docx.Document()
    core = out.core_properties
    # Word's core properties hold at most 255 characters each; the full provenance is the last paragraph.
    core.title = _xml_text(f"{document.title}: {document.subject}")[:255]
    core.author = _xml_text(document.subject.split(":")[0])[:255]
    core.comments = _xml_text(f"{document.tool}; declaration SHA-256 {document.sha256}")[:255]
    out.add_heading(_xml_text(document.title), level=0)

    def paragraph(text: str = "", style: str | None = None) -> Any:
        return out.add_paragraph(_xml_text(text), style=style)

    def run(within: Any, text: str) -> Any:
        return within.add_run(_xml_text(text))

    run(paragraph(), document.subject).bold = True

    def bullet(text: str, level: int) -> None:
        paragraph(text, "List Bullet" if level <= 0 else f"List Bullet {min(level + 1, 3)}")

    def field(item: Field) -> None:
        line = paragraph()
        if item.label:
            run(line, f"{item.label}: ").bold = True
        if not isinstance(item.value, Bullets | Pairs):
            run(line, plain(item.value))
        if item.note:
            run(line, f" ({item.note})").italic = True
        _docx_value(bullet, item.value, 0)
        for gap in item.gaps:
            run(paragraph(), f"{gap_mark(gap)}: {gap_text(gap)}").bold = True

    field(Field(label="For", value=Text(document.audience), path=""))
    field(Field(label="Document date", value=Text(document.as_of.isoformat()), path=""))
    for item in document.header:
        field(item)
    banner = draft_banner(document)
    if banner:
        run(paragraph(), banner).bold = True
    for section in document.sections:
        out.add_heading(_xml_text(section.heading), level=1)
        if section.intro:
            paragraph(section.intro)
        for group in section.groups:
            if group.heading:
                out.add_heading(_xml_text(group.heading), level=2)
            for item in group.fields:
                field(item)
    if document.omitted:
        out.add_heading("Not applicable to this model", level=1)
        for reason in document.omitted:
            bullet(reason, 0)
    run(paragraph(), provenance(document)).italic = True
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


TEXT_FORMATS: Mapping[str, Callable[[Document], str]] = MappingProxyType(
    {"markdown": markdown, "html": html_document}
)
BINARY_FORMATS: Mapping[str, Callable[[Document], bytes]] = MappingProxyType({"docx": docx_document})
FORMATS: tuple[str, ...] = (*TEXT_FORMATS, *BINARY_FORMATS)
