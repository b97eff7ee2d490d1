"""Regenerate the declaration, ruleset, profiles and waivers JSON Schemas in ``schemas/`` from the models,
and the declaration's pydantic-free validator (``loading/_declaration_schema.py``) from its schema.

Every published schema carries a ``$id``: the public address of the file on the repository's main branch
(:func:`schema_url`), so that a ``# yaml-language-server: $schema=`` modeline or an editor setting naming
it works outside this repository. The hand-written schemas (``report``, ``compare``) use the same
addresses; ``tests/test_schemas.py`` checks that they all do.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from compliance_checker.models.declaration import Declaration
from compliance_checker.models.waiver import WaiverFile
from compliance_checker.tools.fastpath import generate
from compliance_checker.tools.record_schema import profiles_schema, ruleset_schema

ROOT = Path(__file__).resolve().parents[2]
FAST_VALIDATOR = ROOT / "compliance_checker" / "loading" / "_declaration_schema.py"
# The repository the README, the pre-commit snippet and the SARIF informationUri name.
SCHEMA_BASE = "https://raw.githubusercontent.com/compliance-checker/compliance-checker/main/schemas/"
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def schema_url(name: str) -> str:
    """The public address of ``schemas/NAME.schema.json``: its ``$id``."""
    return f"{SCHEMA_BASE}{name}.schema.json"


def published(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A model's JSON Schema as published: the draft it follows and its ``$id`` first, then the rest."""
    rest = {key: value for key, value in schema.items() if key not in ("$schema", "$id")}
    return {"$schema": schema.get("$schema", DRAFT), "$id": schema_url(name), **rest}


def published_schemas() -> dict[str, dict[str, Any]]:
    """Every generated schema by name, exactly as written to ``schemas/``."""
    return {
        name: published(name, schema)
        for name, schema in (
            ("declaration", Declaration.model_json_schema()),
            ("ruleset", ruleset_schema()),
            ("profiles", profiles_schema()),
            ("waivers", WaiverFile.model_json_schema()),
        )
    }


def main() -> None:
    for name, schema in published_schemas().items():
        target = ROOT / "schemas" / f"{name}.schema.json"
        target.write_text(json.dumps(schema, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
    for name, text in generate(Declaration.model_json_schema()).items():
        target = FAST_VALIDATOR.with_name(name)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
