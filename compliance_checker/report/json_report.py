"""``--format json``: one JSON document for the whole run, valid against schemas/report.schema.json.

Streamed and compact: the run's header members first, then ``declarations`` with one declaration object
per line, written as soon as it is checked, then what is only known at the end (``summary``,
``exit_code``, ``notices``, ``fixed``). Member order is free in JSON, and the schema does not care.
Without ``indent`` ``json.dumps`` uses its C encoder, several times faster than the indented one.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from compliance_checker.models.render import DEFAULT_OPTIONS, RenderOptions
from compliance_checker.models.report import DeclarationReport, Report
from compliance_checker.report import stream
from compliance_checker.report.serialize import (
    TOOL_NAME,
    declaration_dict,
    diagnostic_dict,
    evidence_dict,
    result_dict,
)

_LONG = 64  # evidence items from which a result's items are separate pieces


# One encoder for the run: json.dumps with options builds a new JSONEncoder on every call, and a
# declaration's report makes several hundred calls (measured: 15-25% of the JSON writing).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dumps(value: Any) -> str:
    """Compact JSON, UTF-8 text kept as is."""
    return _ENCODE(value)


class JsonWriter(stream.Writer):
    """Keeps only whether a declaration was written (for the separator)."""

    @staticmethod
    def escape(text: str) -> str:
        return stream.json_escape(text)

    def __init__(self, out: stream.Out, options: RenderOptions = DEFAULT_OPTIONS) -> None:
        super().__init__(out, options)
        self.first = True

    def start(self, run: stream.RunStart) -> None:
        head = {
            "tool": {"name": TOOL_NAME, "version": run.tool_version},
            "as_of": run.as_of.isoformat(),
            "fail_on": run.policy.describe(),
        }
        self.out(dumps(head)[:-1] + ',"declarations":[')

    @staticmethod
    def encode(decl: DeclarationReport) -> list[str]:
        """The declaration's object in pieces (pure: a worker process may make it). Its results and their
        evidence items are written one at a time, so that a declaration with a hundred thousand evidence
        items is never a tree of dicts nor one long string."""
        data = declaration_dict(dataclasses.replace(decl, results=()))
        data["summary"] = decl.counts()
        data["results"] = stream.LIST_MARK
        head, tail = dumps(data).split(stream.LIST_MARK_JSON, 1)
        pieces = [head + "["]
        for number, result in enumerate(decl.results):
            if number:
                pieces.append(",")
            if len(result.evidence) > _LONG:
                shell = dumps(result_dict(result, decl.path, evidence=stream.LIST_MARK))
                pieces.extend(
                    stream.splice_list(shell, (dumps(evidence_dict(item)) for item in result.evidence))
                )
            else:  # one encoder call for the result and its few items: the same text, made at once
                pieces.append(dumps(result_dict(result, decl.path)))
        pieces.append("]" + tail)
        return pieces

    def accept(self, payload: object) -> None:
        assert isinstance(payload, list)
        self.out("\n" if self.first else ",\n")
        for piece in payload:
            self.out(piece)
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


WRITER = JsonWriter


def render(report: Report) -> str:
    return stream.render(WRITER, report)
