"""``--format json``: one JSON document for the whole run, valid against schemas/report.schema.json."""

from __future__ import annotations

import json

from compliance_checker.models.report import Report
from compliance_checker.report.serialize import report_dict


def render(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"
