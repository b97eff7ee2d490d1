"""What every refused input must look like: exit 2, one located line per problem, no traceback."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import CliResult

INPUTS = Path(__file__).resolve().parent / "inputs"


def assert_refused(
    result: CliResult,
    file: Path | str,
    fragment: str,
    *,
    line: int | None = None,
    column: int | None = None,
    errors: int = 1,
) -> str:
    """Check the CLI refused ``file`` the way users are promised; return the first error line.

    With ``line`` the message must be located as ``file:line:column: error: ...`` (any column when
    ``column`` is None); without it as
    ``file: error: ...`` (problems with the file as a whole). ``fragment`` is the wording that says
    what is wrong or what was expected.
    """
    everything = result.stdout + result.stderr
    assert result.exit_code == 2, everything
    assert "Traceback" not in everything
    found = [text for text in result.stderr.splitlines() if ": error: " in text]
    assert len(found) == errors, result.stderr
    first = found[0]
    if line is None:
        assert first.startswith(f"{file}: error: "), first
    elif column is None:  # the line is known, the column depends on the parser's progress
        assert re.match(rf"{re.escape(str(file))}:{line}:\d+: error: ", first), first
    else:
        assert first.startswith(f"{file}:{line}:{column}: error: "), first
    assert fragment in first, first
    return first
