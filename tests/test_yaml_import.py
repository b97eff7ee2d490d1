"""``loading/yaml_import.py``: PyYAML gets, from ``re``'s cache, a pattern equivalent to its own
``Reader.NON_PRINTABLE`` that is about 14 times cheaper to compile (a tenth of a one-file check's
instructions). Equivalent on every code point; PyYAML's pure-Python reader still refuses what it
refused."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml

from compliance_checker.loading.yaml_import import NON_PRINTABLE, PYYAML_NON_PRINTABLE


def test_the_listed_pattern_matches_exactly_the_characters_pyyaml_refuses() -> None:
    theirs, ours = re.compile(PYYAML_NON_PRINTABLE), re.compile(NON_PRINTABLE)
    text = "".join(map(chr, range(0x110000)))
    assert [m.start() for m in ours.finditer(text)] == [m.start() for m in theirs.finditer(text)]


def test_pyyaml_uses_the_listed_pattern_when_the_checker_imports_it_first() -> None:
    code = (
        "import compliance_checker.loading.yaml_strict, yaml.reader;"
        "from compliance_checker.loading.yaml_import import NON_PRINTABLE;"
        "print(yaml.reader.Reader.NON_PRINTABLE.pattern == NON_PRINTABLE)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


def test_the_pure_python_reader_still_refuses_a_control_character() -> None:
    with pytest.raises(yaml.reader.ReaderError, match="special characters are not allowed"):
        yaml.load("a: b\x07", Loader=yaml.SafeLoader)
