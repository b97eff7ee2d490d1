"""The second version of the frontier sample for `compare` (tests/inputs/compare/), derived from the sample
by the changes a provider would make six months later, so that it follows the sample when the sample
changes. ``python -m tests.compare_fixture`` rewrites it; tests/test_compare.py fails when it is stale.

The changes: technical documentation 1.3 (a new evidence file and hash) with the intended uses (Form
item 21) rewritten; the March 2027 lighter-touch evaluation; The Stack v2 replaced by its deduplicated
version in the training-content summary; incident HAL-2026-003 resolved and a new incident HAL-2027-001
whose initial report is a day late; Model Report update 1.3; workers told of the whistleblower policy
again; the acceptable-use-policy evidence entry moved to the end of the list.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_declarations" / "frontier-systemic-risk.yaml"
EVIDENCE = ROOT / "sample_declarations" / "evidence" / "frontier-systemic-risk"
FOLDER = ROOT / "tests" / "inputs" / "compare"
TARGET = FOLDER / "frontier-systemic-risk-2027-05.yaml"
HEADER = """\
# yaml-language-server: $schema=../../../schemas/declaration.schema.json
#
# The frontier sample (sample_declarations/frontier-systemic-risk.yaml) six months later, as its provider
# would update it by the end of May 2027, for `compliance-checker compare`. Derived from the sample by
# tests/compare_fixture.py (do not edit by hand): technical documentation 1.3 with the intended uses
# reworded, Model Report update 1.3, the March 2027 lighter-touch evaluation, incident HAL-2026-003
# resolved and a new incident HAL-2027-001 (its initial report one day late), The Stack v2 replaced by
# its deduplicated version in the training-content summary, workers told of the whistleblower policy
# again, and the evidence entry of the acceptable use policy moved to the end of the list. Evidence files
# are copies of the sample's (technical-documentation.md updated).
#
"""
INTENDED_USES = """\
        General-purpose assistant for writing, analysis, coding (including running code in a sandbox on the
        API) and the understanding of documents and images in business products, and agent steps inside
        customer workflows under human review. Prohibited: the practices of Art 5 AI Act, biometric
        identification, and generating content that infringes copyright (see the acceptable use policy)."""
NEW_INCIDENT = """\
      # Prompt injection through a customer's document store made the code-execution tool send files to
      # an outside server (serious cybersecurity breach: 5 days). Aware on a Monday, reported on day 6,
      # one day late; resolved by isolating the sandbox's network; final report within 60 days.
      - id: HAL-2027-001
        category: cybersecurity_breach
        aware: "2027-01-18"
        initial_report: "2027-01-24"
        resolved: "2027-02-05"
        final_report: "2027-03-30"
        information: {dates: true, harm: true, chain_of_events: true, model_involved: true,
                      involvement_evidence: true, response: true, recommendations: true, root_cause: true,
                      monitoring_patterns: true}
"""
MODEL_REPORT_UPDATE = """\
      - version: "1.3"
        date: "2027-03-12"
        changelog: >-
          Six-monthly update; incidents HAL-2026-003 and HAL-2027-001, sandbox network isolation, cyber
          evaluations repeated.
        ai_office_access: "2027-03-17"
"""


def technical_documentation(text: str) -> str:
    """The sample's technical documentation as version 1.3."""
    text = re.sub(
        r"documentation version 1\.2, updated [^\n]*",
        "documentation version 1.3, updated 12 March 2027",
        text,
    )
    return text + (
        "\n## Changes in version 1.3 (12 March 2027)\n\n"
        "- Intended uses reworded after the code-execution release; agentic use inside customer workflows "
        "added.\n- Model Report update 1.3 and incident HAL-2027-001 reflected in Section 2.\n"
    )


def _once(pattern: str, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
    """Replace the one match of ``pattern`` (a regex, MULTILINE); the sample must have exactly one."""
    result, found = re.subn(pattern, replacement, text, flags=re.MULTILINE)
    if found != 1:
        raise SystemExit(f"compare fixture: expected one match of {pattern!r} in the sample, found {found}")
    return result


def _block_end(lines: list[str], start: int) -> int:
    """The index after the lines indented deeper than line ``start`` (its block or list entry)."""
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
    ):
        end += 1
    return end


def derive(sample: str, documentation_sha256: str) -> str:
    """The six-months-later version of the sample's text."""
    text = HEADER + sample.split("\n", 2)[2]
    text = _once(
        r'^  documentation:\n    version: "1\.2"\n    last_updated: "[0-9-]+"$',
        '  documentation:\n    version: "1.3"\n    last_updated: "2027-03-12"',
        text,
    )
    # Form item 21 rewritten: the block after "intended_uses: >-", whatever it said.
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == "intended_uses: >-")
    lines[at + 1 : _block_end(lines, at)] = INTENDED_USES.split("\n")
    text = "\n".join(lines)
    text = _once(r"^(\s*lighter_touch_evaluations: \[.*)\]$", r'\1, "2027-03-04"]', text)
    text = _once(
        r"^(\s*)- name: The Stack v2\n(\s*)link: https://huggingface\.co/datasets/bigcode/the-stack-v2$",
        r"\1- name: The Stack v2 (deduplicated)\n\2link: https://huggingface.co/datasets/bigcode/the-stack-v2-dedup",
        text,
    )
    # HAL-2026-003 resolved, its last two points recorded; a new incident after it.
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == "- id: HAL-2026-003")
    end = _block_end(lines, at)
    block = lines[at:end]
    reports = next(i for i, line in enumerate(block) if "intermediate_reports:" in line)
    indent = block[reports][: len(block[reports]) - len(block[reports].lstrip())]
    block[reports] = block[reports].rstrip().removesuffix("]") + ', "2026-12-17"]'
    block[reports + 1 : reports + 1] = [
        f'{indent}resolved: "2026-12-18"',
        f'{indent}final_report: "2027-02-10"',
    ]
    joined = "\n".join(block).replace("root_cause: false", "root_cause: true")
    joined = joined.replace("monitoring_patterns: false", "monitoring_patterns: true")
    lines[at:end] = [*joined.split("\n"), *NEW_INCIDENT.rstrip("\n").split("\n")]
    # Model Report update 1.3 after update 1.2.
    at = next(
        i
        for i, line in enumerate(lines)
        if line.strip() == '- version: "1.2"' and "2026-09-18" in lines[i + 1]
    )
    lines[_block_end(lines, at) : _block_end(lines, at)] = MODEL_REPORT_UPDATE.rstrip("\n").split("\n")
    text = _once(r'^(\s*)workers_informed: "[0-9-]+"$', r'\1workers_informed: "2027-03-08"', "\n".join(lines))
    # The technical documentation's evidence entry: the new file's hash and date.
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == "- id: technical-documentation")
    end = _block_end(lines, at)
    entry = "\n".join(lines[at:end])
    entry = re.sub(r"version 1\.2$", "version 1.3", entry, flags=re.MULTILINE)
    entry = re.sub(r"sha256: [0-9a-f]{64}", f"sha256: {documentation_sha256}", entry)
    entry = re.sub(r'date: "[0-9-]+"', 'date: "2027-03-12"', entry)
    lines[at:end] = entry.split("\n")
    # The acceptable-use-policy entry moved to the end of the evidence list (no change for compare).
    at = next(i for i, line in enumerate(lines) if line.strip() == "- id: acceptable-use-policy")
    end = _block_end(lines, at)
    moved = lines[at:end]
    del lines[at:end]
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join([*lines, *moved]).rstrip("\n") + "\n"


def expected_files() -> dict[Path, str]:
    """Every file of the fixture: the declaration and its evidence folder."""
    files: dict[Path, str] = {}
    for source in sorted(EVIDENCE.iterdir()):
        text = source.read_text(encoding="utf-8")
        if source.name == "technical-documentation.md":
            text = technical_documentation(text)
        files[FOLDER / "evidence" / "frontier-systemic-risk" / source.name] = text
    documentation = files[FOLDER / "evidence" / "frontier-systemic-risk" / "technical-documentation.md"]
    digest = hashlib.sha256(documentation.encode("utf-8")).hexdigest()
    files[TARGET] = derive(SAMPLE.read_text(encoding="utf-8"), digest)
    return files


def main() -> None:
    shutil.rmtree(FOLDER / "evidence", ignore_errors=True)
    for path, text in expected_files().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
