"""``--format json``: one JSON document for the whole run, valid against schemas/report.schema.json.

Streamed and compact: the run's header members first, then ``declarations`` with one declaration object
per line, written as soon as it is checked, then what is only known at the end (``summary``,
``exit_code``, ``notices``, ``fixed``). Member order is free in JSON, and the schema does not care.
Without ``indent`` ``json.dumps`` uses its C encoder, several times faster than the indented one.
"""

from __future__ import annotations

import json
from typing import Any

from compliance_checker.models.report import DeclarationReport, Report
from compliance_checker.report import stream
from compliance_checker.report.serialize import TOOL_NAME, declaration_dict, diagnostic_dict


def dumps(value: Any) -> str:
    """Compact JSON, UTF-8 text kept as is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class JsonWriter(stream.Writer):
    """Keeps only whether a declaration was written (for the separator)."""

    @staticmethod
    def escape(text: str) -> str:
        return stream.json_escape(text)

    def __init__(self, out: stream.Out) -> None:
        super().__init__(out)
        self.first = True

    def start(self, run: stream.RunStart) -> None:
        head = {
            "tool": {"name": TOOL_NAME, "version": run.tool_version},
            "as_of": run.as_of.isoformat(),
            "fail_on": run.policy.describe(),
        }
        self.out(dumps(head)[:-1] + ',"declarations":[')

    @staticmethod
    def encode(decl: DeclarationReport) -> str:
        """The declaration's object (pure: a worker process may make it)."""
        return dumps(declaration_dict(decl))

    def accept(self, payload: object) -> None:
        assert isinstance(payload, str)
        self.out(("\n" if self.first else ",\n") + payload)
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
