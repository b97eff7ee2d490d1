"""``--format json``: one JSON document for the whole run, valid against schemas/report.schema.json.

Streamed and compact: the run's header members first, then ``declarations`` with one declaration object
per line, written as soon as it is checked, then what is only known at the end (``summary``,
``exit_code``, ``notices``, ``fixed``). Member order is free in JSON, and the schema does not care.
Without ``indent`` ``json.dumps`` uses its C encoder, several times faster than the indented one.

A declaration's results are the bulk of a batch's report: they are written as text directly (each string
through the encoder's own string function), not built as dicts first, and what a rule's results share in
every declaration (title, sources, remediation...) is encoded once per process. The text is the same,
byte for byte, as ``json.dumps`` of ``serialize.declaration_dict`` (tests/test_json_text.py).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

from compliance_checker.models.record import replace
from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import DeclarationReport, EvidenceItem, Report, RuleResult
from compliance_checker.report import stream
from compliance_checker.report.serialize import (
    TOOL_NAME,
    declaration_dict,
    diagnostic_dict,
    result_dict,
    source_dict,
)

# One encoder for the run: json.dumps with options builds a new JSONEncoder on every call, and a
# declaration's report makes several hundred calls (measured: 15-25% of the JSON writing).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
# A string as that encoder writes it (quoted, with only quotes, backslashes and C0 controls escaped).
_string = encode_basestring


def dumps(value: Any) -> str:
    """Compact JSON, UTF-8 text kept as is."""
    return _ENCODE(value)


def _safe(text: str) -> str:
    """JSON text made safe as :func:`stream.json_escape` makes it. Text the encoder wrote holds no C0
    control character (it escapes them in every string), so ASCII text without DEL is already safe: most
    texts are not searched character by character."""
    if text.isascii() and "\x7f" not in text:
        return text
    return stream.json_escape(text)


_PIECE = 1 << 18  # characters per piece of a declaration's text, about


def _joined(parts: list[str]) -> list[str]:
    """``parts`` joined into as few pieces as keep ASCII text apart from the rest: one accented letter
    would make a whole piece a wider string, slower to send between processes and to encode as UTF-8
    (the ASCII text of a report is copied as it is)."""
    pieces: list[str] = []
    start = 0
    for number, part in enumerate(parts):
        if not part.isascii():
            if start < number:
                pieces.append("".join(parts[start:number]))
            pieces.append(part)
            start = number + 1
    if start < len(parts):
        pieces.append("".join(parts[start:]))
    return pieces


class JsonWriter(stream.Writer):
    """Keeps only whether a declaration was written (for the separator)."""

    @staticmethod
    def escape(text: str) -> str:
        return stream.json_escape(text)

    def __init__(self, out: stream.Out, options: RenderOptions = DEFAULT_OPTIONS) -> None:
        super().__init__(out, options)
        self.first = True
        self.raw = out  # for the pieces ``encode`` made safe already

    def start(self, run: stream.RunStart) -> None:
        head = {
            "tool": {"name": TOOL_NAME, "version": run.tool_version},
            "as_of": run.as_of.isoformat(),
            "fail_on": run.policy.describe(),
        }
        self.out(dumps(head)[:-1] + ',"declarations":[')

    @staticmethod
    def encode(decl: DeclarationReport) -> list[str]:
        """The declaration's object as text that is safe to write as it is (pure: a worker process makes
        it, so that the process writing the report only writes it). In pieces of about ``_PIECE``
        characters: a declaration with a hundred thousand evidence items is never one long string."""
        data = declaration_dict(replace(decl, results=()))
        data["summary"] = decl.counts()
        data["results"] = stream.LIST_MARK
        head, tail = _safe(dumps(data)).split(stream.LIST_MARK_JSON, 1)
        location = f',"location":{{"file":{_safe(_string(decl.path))},"line":'
        pieces: list[str] = []
        parts = [head, "["]
        size = 0
        for number, result in enumerate(decl.results):
            if number:
                parts.append(",")
            size += _result(result, decl.path, location, parts)
            if size >= _PIECE:
                pieces.extend(_joined(parts))
                parts.clear()
                size = 0
        parts.append("]")
        parts.append(tail)
        pieces.extend(_joined(parts))
        return pieces

    def accept(self, payload: object) -> None:
        assert isinstance(payload, list)
        self.raw("\n" if self.first else ",\n")
        for piece in payload:
            self.raw(piece)
        self.first = False

    def declaration(self, decl: DeclarationReport) -> None:
        self.accept(self.encode(decl))

    def finish(self, end: stream.RunEnd) -> None:
        summary = end.summary
        tail = {
            "summary": {
                "declarations": summary.evaluated + summary.invalid,
                "invalid": summary.invalid,
                **summary.totals,
                "most_missed": [
                    {
                        "rule": r.rule,
                        "title": r.title,
                        "severity": r.severity,
                        "missed": r.missed,
                        "applicable": r.applicable,
                        "missing": r.missing,
                        "partial": r.partial,
                        "waived": r.waived,
                        "declarations": list(r.paths),
                    }
                    for r in summary.rules
                ],
            },
            "exit_code": end.exit_code,
            "notices": [diagnostic_dict(d) for d in end.notices],
            "fixed": [
                {"path": f.path, "model": f.model, "rule": f.rule, "status": f.status} for f in end.fixed
            ],
        }
        self.out("\n]," + dumps(tail)[1:] + "\n")


# --- a result as text -------------------------------------------------------------------------------------


def _result(result: RuleResult, file: str, location: str, parts: list[str]) -> int:
    """Append ``result`` as JSON text (made safe) to ``parts``; return about how many characters."""
    if result.waiver is not None or result.waived_status is not None or result.baseline is not None:
        text = _safe(dumps(result_dict(result, file)))  # waived or compared with a baseline: as data
        parts.append(text)
        return len(text)
    before, between, after = _fixed(result)
    due = "null" if result.due is None else f'"{result.due.isoformat()}"'
    text = (
        f"{before}{_string(result.status)}{between}{_safe(_string(result.message))}{after}{due}"
        f'{location}{result.line},"column":{result.column}}},"evidence":['
    )
    parts.append(text)
    size = len(text)
    first = True
    for item in result.evidence:
        text = _item(item)
        parts.append(text if first else "," + text)
        size += len(text)
        first = False
    parts.append("]}")
    return size


def _item(item: EvidenceItem) -> str:
    """An evidence item as ``json.dumps(serialize.evidence_dict(item))`` writes it, made safe."""
    key = (item.path, item.label, item.check)
    head = _ITEM_HEADS.get(key)
    if head is None:
        head = _safe(
            f'{{"path":{_string(item.path)},"label":{_string(item.label)},"check":{_string(item.check)},'
            '"status":'
        )
        if len(_ITEM_HEADS) >= _CACHE_LIMIT:
            _ITEM_HEADS.clear()
        _ITEM_HEADS[key] = head
    return head + _safe(
        f'{_string(item.status)},"message":{_string(item.message)},"line":{item.line},"column":{item.column}}}'
    )


# Each of the two caches below is cleared when it holds this many entries, so that a long-lived process
# stays bounded.
_CACHE_LIMIT = 4096

# An evidence item's path, label and check are the rule's (a path holds a list index at most): their text,
# up to the status's key, is encoded once per process (measured on the frontier sample's 417 items: half
# of the characters the encoder escaped per declaration).
_ITEM_HEADS: dict[tuple[str, str, str], str] = {}


# What a rule's result says in every declaration, as JSON text in three parts (before the status, between
# the status and the message, from the remediation to the due date's key), by the rule's fixed members;
# made once per process (the sources are compared by identity first: one tuple per loaded rule).
_FIXED: dict[tuple[str, str, str, str, bool, str], tuple[object, tuple[str, str, str]]] = {}


def _fixed(result: RuleResult) -> tuple[str, str, str]:
    key = (result.rule, result.title, result.ruleset, result.severity, result.verified, result.remediation)
    found = _FIXED.get(key)
    if found is not None and (found[0] is result.sources or found[0] == result.sources):
        return found[1]
    mark = stream.LIST_MARK
    data = {
        "rule": result.rule,
        "title": result.title,
        "ruleset": result.ruleset,
        "status": mark,
        "severity": result.severity,
        "verified": result.verified,
        "sources": [source_dict(s) for s in result.sources],
        "message": mark,
        "remediation": result.remediation,
        "due": mark,
    }
    before, between, after, _ = _safe(dumps(data)).split(stream.LIST_MARK_JSON)
    if len(_FIXED) >= _CACHE_LIMIT:
        _FIXED.clear()
    _FIXED[key] = (result.sources, (before, between, after))
    return before, between, after


WRITER = JsonWriter


def render(report: Report) -> str:
    return stream.render(WRITER, report)
