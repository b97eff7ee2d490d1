"""Regenerate the declaration, ruleset, profiles and waivers JSON Schemas in ``schemas/`` from the models."""

from __future__ import annotations

import json
from pathlib import Path

from compliance_checker.loading.profiles import profiles_schema
from compliance_checker.loading.rulesets import ruleset_schema
from compliance_checker.models.declaration import Declaration
from compliance_checker.models.waiver import WaiverFile

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    for name, schema in (
        ("declaration", Declaration.model_json_schema()),
        ("ruleset", ruleset_schema()),
        ("profiles", profiles_schema()),
        ("waivers", WaiverFile.model_json_schema()),
    ):
        target = ROOT / "schemas" / f"{name}.schema.json"
        target.write_text(json.dumps(schema, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
