"""What every format says the same way: outcome labels and levels, rule links, locations, provenance.

One closed set of outcomes is mapped once here, so that a finding reads the same in the terminal, in
code scanning, in Jenkins and in the auditor's HTML file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from compliance_checker.models.facts import Facts
from compliance_checker.models.report import DeclarationReport, RuleResult, RulesetRef

TOOL_NAME = "compliance-checker"
INFORMATION_URI = "https://github.com/compliance-checker/compliance-checker"
RULE_DOCS = INFORMATION_URI + "/blob/main/docs/rules.md"
FORMAT_DOCS = INFORMATION_URI + "/blob/main/docs/report-formats.md"
INPUT_ERROR_RULE = "input-error"

OUTCOME_LABELS: dict[str, str] = {
    "evidenced": "evidenced",
    "partial": "partial",
    "missing": "missing",
    "not_applicable": "not applicable",
    "not_yet_due": "not yet due",
    "waived": "waived",
    "manual_review": "manual review",
}

# Editors and grep (`text`): gaps in critical and high obligations are errors.
TEXT_LEVELS: dict[str, str] = {
    "critical": "error",
    "high": "error",
    "medium": "warning",
    "low": "warning",
    "info": "note",
}

# SARIF 2.1.0 §3.27.10 levels for results of kind "fail".
SARIF_LEVELS: dict[str, str] = {
    "critical": "error",
    "high": "error",
    "medium": "warning",
    "low": "note",
    "info": "note",
}


def rule_uri(rule: str) -> str:
    """The rule's section in the generated rule reference (docs/rules.md has one anchor per id)."""
    return f"{RULE_DOCS}#{rule.lower()}"


def one_line(text: str) -> str:
    """Collapse whitespace (including newlines) so a message fits one line of a line-based format."""
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def citations(result: RuleResult) -> list[str]:
    return [source.render() for source in result.sources]


def file_uri(path: str) -> str:
    """A URI reference for a declaration path: forward slashes, percent-encoded, relative when given so.

    A backslash is a separator only in a Windows path; elsewhere it is part of a name (the checker writes
    an undecodable byte of a file name as ``\\xff``), percent-encoded like any other character."""
    from urllib.parse import quote  # only SARIF writes URIs: another format imports no urllib, ipaddress

    windows = os.sep == "\\" or re.match(r"^[A-Za-z]:\\", path) is not None
    posix = path.replace("\\", "/") if windows else path
    if re.match(r"^[A-Za-z]:/", posix):  # a Windows drive path
        return "file:///" + quote(posix, safe="/:")
    if posix.startswith("/"):
        return "file://" + quote(posix, safe="/")
    return quote(posix, safe="/")


def ruleset_label(ref: RulesetRef) -> str:
    return f"{ref.id}@{ref.version}"


def ruleset_of(decl: DeclarationReport, result: RuleResult) -> RulesetRef | None:
    return next((ref for ref in decl.rulesets if ref.id == result.ruleset), None)


def model_name(decl: DeclarationReport) -> str:
    """The model's name and version when the declaration could be read; else empty."""
    return decl.model or ""


def provider_name(decl: DeclarationReport) -> str:
    """The provider's legal name and country code ("Example AI (US)") when the declaration could be read."""
    if not decl.provider:
        return ""
    return f"{decl.provider} ({decl.country})" if decl.country else decl.provider


def who(decl: DeclarationReport) -> str:
    """Model, version and provider in a few words ("Atlas 2.1 by Example AI (US)"); empty when unread."""
    model, provider = model_name(decl), provider_name(decl)
    return f"{model} by {provider}" if model and provider else model or provider


def _yes(facts: Facts, name: str) -> str:
    if name not in facts.items:
        return "n/a"
    value = facts[name].value
    if facts[name].unknown:
        return "unknown"  # not stated in the declaration; the fact's reason says what to state
    return "yes" if value is True else "no" if value is False else "n/a"


def classification_line(facts: Facts) -> str:
    deadline = facts.date("compliance_deadline") if "compliance_deadline" in facts.items else None
    return (
        f"Classification: GPAI provider {_yes(facts, 'gpai_provider')}, "
        f"systemic risk {_yes(facts, 'systemic_risk')}, "
        f"open-source exempt {_yes(facts, 'open_source_exempt')}, "
        f"third-country provider {_yes(facts, 'third_country_provider')}, "
        f"legacy model {_yes(facts, 'legacy_model')}; "
        f"compliance deadline {deadline.isoformat() if deadline else 'n/a'}"
    )


_TAGS: tuple[tuple[str, str], ...] = (
    ("systemic_risk", "systemic risk"),
    ("open_source_exempt", "open-source exempt"),
    ("third_country_provider", "third-country provider"),
    ("modifier_is_provider", "modifier"),
    ("legacy_model", "legacy model"),
)


def classification_tags(facts: Facts | None) -> str:
    """The classification in a few words, for one cell of a summary table."""
    if facts is None:
        return ""
    if "gpai_provider" in facts.items and not facts.truthy("gpai_provider"):
        return "not a GPAI provider"
    tags = ["GPAI"] + [words for name, words in _TAGS if name in facts.items and facts.truthy(name)]
    return ", ".join(tags)


def evaluated(declarations: Iterable[DeclarationReport]) -> list[DeclarationReport]:
    return [d for d in declarations if not d.invalid]
