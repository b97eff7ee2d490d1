"""How a report is shown beyond its format: chosen on the command line or in the configuration file, and
handed to every format writer when it is made (``report.stream.Writer``)."""

from __future__ import annotations

from typing import Literal

from compliance_checker.models.record import Record

Verbosity = Literal["quiet", "normal", "verbose"]


class RenderOptions(Record):
    """Presentation choices a format may honour; each says which formats read it."""

    color: bool = False  # ANSI colour: terminal formats (table, text) on a terminal only
    width: int = 100  # columns to wrap to: terminal formats
    verbosity: Verbosity = "normal"  # quiet: summary only; verbose: every rule (terminal formats)
    include_passing: bool = False  # SARIF: passing and not-applicable results as well as findings


DEFAULT_OPTIONS = RenderOptions()
