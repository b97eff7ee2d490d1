"""Formatters: pure functions from a Report to text, registered in one literal dict."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from compliance_checker.models.report import Report

# name -> module that defines ``render(report: Report) -> str``; imported only when chosen.
FORMATTERS: dict[str, str] = {
    "table": "compliance_checker.report.table",
    "text": "compliance_checker.report.text",
    "json": "compliance_checker.report.json_report",
    "sarif": "compliance_checker.report.sarif",
    "junit": "compliance_checker.report.junit",
    "markdown": "compliance_checker.report.markdown",
    "html": "compliance_checker.report.html_report",
    "csv": "compliance_checker.report.csv_report",
    "csv-matrix": "compliance_checker.report.csv_matrix",  # the summary matrix: declarations x rules
}


def formatter(name: str) -> Callable[[Report], str]:
    renderer: Callable[[Report], str] = import_module(FORMATTERS[name]).render
    return renderer
