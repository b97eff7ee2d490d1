"""Compile the shipped rulesets and profiles into ``compliance_checker/_compiled.pickle`` (or the file
given), as the build does (``hatch_build.py``): run ``python -m compliance_checker.tools.compile`` after
editing a shipped ruleset in a checkout, or the checker compiles them in memory on every start until
it is rerun. Exit 2, with every located error, when a shipped ruleset is invalid."""

from __future__ import annotations

import sys
from pathlib import Path

from compliance_checker.errors import InputError
from compliance_checker.loading.rulesets import COMPILED, write_compiled


def main(argv: list[str]) -> int:
    try:
        path = write_compiled(Path(argv[0]) if argv else COMPILED)
    except InputError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
