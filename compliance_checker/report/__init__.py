"""Formats, registered in one literal dict: each module defines a streaming ``WRITER`` class (see
``report.stream``) and ``render(report) -> str`` for a whole report in memory."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the registry is read at start-up: it must not import the models
    from compliance_checker.models.report import Report

# name -> module that defines ``WRITER`` and ``render(report: Report) -> str``; imported only when chosen.
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


def writer(name: str) -> type[Any]:
    """The streaming writer class of a format (a ``report.stream.Writer`` subclass)."""
    cls: type[Any] = import_module(FORMATTERS[name]).WRITER
    return cls
