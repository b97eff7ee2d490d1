"""Read a waivers file: strict YAML, validated into the models, each waiver with its line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from compliance_checker.errors import Diagnostic, InputError
from compliance_checker.loading.files import read_text
from compliance_checker.loading.validation import diagnostics
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.waiver import Waiver, WaiverFile, visible

_PLACEHOLDERS = {"", "todo", "tbd", "n/a", "na", "none", "-", "?", "fixme", "xxx"}


@dataclass(frozen=True, slots=True)
class LocatedWaiver:
    waiver: Waiver
    file: str
    line: int


def load_waivers(path: str | Path) -> list[LocatedWaiver]:
    file = Path(path)
    name = str(path)
    text, _ = read_text(file)
    doc = parse_yaml(text, name)
    try:
        parsed = WaiverFile.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(diagnostics(WaiverFile, exc, doc)) from None
    located: list[LocatedWaiver] = []
    problems: list[Diagnostic] = []
    for index, waiver in enumerate(parsed.waivers):
        line = doc.position(("waivers", index)).line
        for field in ("justification", "approved_by"):
            if visible(getattr(waiver, field)).lower() in _PLACEHOLDERS:
                problems.append(
                    doc.diagnostic(
                        ("waivers", index, field), f"waivers[{index}].{field}: a placeholder is not accepted"
                    )
                )
        located.append(LocatedWaiver(waiver=waiver, file=name, line=line))
    if problems:
        raise InputError(problems)
    return located
