"""Start-up: what a one-file check does before its first rule, kept small (issue 16, target c).

The compiled rulesets are trusted on a few ``stat`` calls while their sources are untouched, and checked
by digest otherwise; the per-run values are cheap records; a plain check imports no module it does not
use.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest

from compliance_checker.cli import run
from compliance_checker.config import may_hold_table
from compliance_checker.engine.answers import is_thin
from compliance_checker.engine.classify import classify
from compliance_checker.engine.dates import add_months
from compliance_checker.loading import compiled as compiled_file
from compliance_checker.loading import rulesets as store
from compliance_checker.loading.declaration import load_declaration
from compliance_checker.loading.profiles import default_profile, profile_rulesets
from compliance_checker.models.facts import CONDITION_FACTS, DATE_FACTS, FACT_ORDER
from tests.conftest import ROOT, SAMPLES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@pytest.fixture
def compiled_at(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A compiled file of the current sources, in a temporary folder, as the one the checker reads."""
    target = store.write_compiled(tmp_path / "compiled.pickle")
    monkeypatch.setattr(store, "COMPILED", target)
    store.compiled.cache_clear()
    yield target
    store.compiled.cache_clear()


def _rewrite(target: Path, **changes: object) -> None:
    compiled_file.write(compiled_file.read(target)._replace(**changes), target)


def _refuse(name: str) -> object:
    def refused(*args: object) -> object:
        raise AssertionError(f"{name} was called")

    return refused


def test_untouched_sources_are_not_read_again(compiled_at: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "sources_digest", _refuse("sources_digest"))
    monkeypatch.setattr(store, "compile_shipped", _refuse("compile_shipped"))
    assert store.compiled().stamps == store.source_stamps(store.source_files())


def test_sources_touched_but_equal_are_checked_by_digest(
    compiled_at: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _rewrite(compiled_at, stamps=())  # as after a copy or a fresh checkout: other times, same bytes
    monkeypatch.setattr(store, "compile_shipped", _refuse("compile_shipped"))
    assert store.compiled().stamps == ()


def test_sources_that_differ_are_compiled_again(compiled_at: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _rewrite(compiled_at, stamps=(), sources="0" * 64)
    calls: list[int] = []
    real = store.compile_shipped

    def counted() -> store.Compiled:
        calls.append(1)
        return real()

    monkeypatch.setattr(store, "compile_shipped", counted)
    assert store.compiled().sources == store.sources_digest() and calls == [1]


def test_a_stamp_names_the_file_with_its_size_and_times(tmp_path: Path) -> None:
    path = tmp_path / "rules" / "a.yaml"
    path.parent.mkdir()
    path.write_text("x: 1\n", encoding="utf-8")
    ((name, size, modified, changed),) = store.source_stamps([path])
    assert (name, size) == ("rules/a.yaml", 5) and modified > 0 and changed > 0
    path.write_text("x: 22\n", encoding="utf-8")
    assert store.source_stamps([path])[0][1] == 6


def test_the_date_facts_are_facts_and_the_only_ones_with_dates() -> None:
    assert set(FACT_ORDER) >= DATE_FACTS
    assert set(CONDITION_FACTS) == set(FACT_ORDER) - DATE_FACTS
    as_of = dt.date(2026, 11, 29)
    for sample in sorted(SAMPLES.glob("*.yaml")):
        facts = classify(load_declaration(sample, as_of=as_of).declaration, as_of)
        dated = {name for name in FACT_ORDER if isinstance(facts[name].value, dt.date)}
        assert dated <= DATE_FACTS, sample.name


TOML_CASES = [
    ('[tool.compliance-checker]\nfail-on = "never"\n', True),
    ('[ tool . "compliance-checker" ] # the checker\nfail-on = "never"\n', True),
    ("[tool.compliance-checker.sub]\nx = 1\n", True),
    ('[tool]\ncompliance-checker = { fail-on = "never" }\n', True),
    ('[tool]\n"compliance-checker".fail-on = "never"\n', True),
    ('tool.compliance-checker.fail-on = "never"\n', True),
    ('tool = { compliance-checker = { fail-on = "never" } }\n', True),
    ('[tool]\nx = [\n  [1],\n]\ncompliance-checker = { fail-on = "never" }\n', True),
    ('[project]\nname = "compliance-checker"\n[project.scripts]\ncompliance-checker = "a:b"\n', False),
    ('[project]\ndependencies = ["compliance-checker>=0.1"]\n', False),
    ('[tool.ruff]\nx = """\n[tool.compliance-checker]\n"""\n', True),  # parsed: it may
    ('[project]\nname = "x"\n', False),
]


@pytest.mark.parametrize(("text", "may"), TOML_CASES)
def test_only_a_pyproject_that_may_hold_the_table_is_parsed(text: str, may: bool) -> None:
    data = tomllib.loads(text)
    holds = isinstance(data.get("tool"), dict) and "compliance-checker" in data["tool"]
    assert may_hold_table(text) is may
    assert may or not holds  # never skips a file that holds it


def test_the_projects_own_pyproject_is_not_parsed() -> None:
    assert not may_hold_table((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_a_check_unpickles_only_the_versions_it_uses(compiled_at: Path) -> None:
    chosen = {(item.ref.id, item.ref.version) for item in profile_rulesets(default_profile())}
    unpickled = {(p.ref.id, p.ref.version) for p in store.compiled().rulesets if p._loaded is not None}
    assert unpickled == chosen and len(chosen) < len(store.compiled().rulesets)
    assert store.find(*next(iter(chosen))) is store.find(*next(iter(chosen)))  # once each


PROBE = (
    "import os, sys\n"
    "from compliance_checker.cli import run\n"
    "code = run(sys.argv[1:])\n"
    "unused = set(os.environ['UNUSED'].split(','))\n"
    "print('@@', code, *sorted({m.split('.')[0] for m in sys.modules} & unused))\n"
)
# Each costs a one-file check page faults and instructions at import (issue 16, target c): fractions,
# calendar (with locale), difflib and json together ~375 faults and ~18M instructions; pathlib, with the
# urllib.parse and ipaddress it imports, ~165 faults and ~16M.
UNUSED = (
    "secrets,random,hmac,tomllib,tomli,pydantic,jsonschema,multiprocessing,click,dataclasses,inspect,"
    "fractions,calendar,locale,difflib,json,pathlib,urllib,ipaddress"
)


@pytest.mark.parametrize(("sample", "code"), [("frontier-systemic-risk", 0), ("third-country-gaps", 1)])
def test_a_plain_check_imports_no_module_it_does_not_use(sample: str, code: int) -> None:
    """In the project's own folder, whose pyproject.toml names the tool only as the project; on a
    declaration that passes and on one with findings."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "check", "--as-of", "2026-11-29", str(SAMPLES / f"{sample}.yaml")],
        cwd=ROOT,
        env={**os.environ, "UNUSED": UNUSED},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.strip().splitlines()[-1] == f"@@ {code}", done.stderr


@pytest.mark.parametrize("entry", ["module", "script"])
def test_python_m_and_the_console_script_check_without_click(entry: str) -> None:
    """Both ways users start it take the fast path (``quickargs``); click is imported only for a command
    line it does not take, such as --help. Python reports each import with PYTHONPROFILEIMPORTTIME."""
    sample = str(SAMPLES / "frontier-systemic-risk.yaml")
    name = "compliance-checker.exe" if os.name == "nt" else "compliance-checker"
    script = Path(sys.executable).parent / name
    start = [sys.executable, "-m", "compliance_checker"] if entry == "module" else [str(script)]
    if entry == "script" and not script.is_file():
        pytest.fail(f"the console script is not installed beside {sys.executable}")
    imported = {}
    for args in (["check", "--as-of", "2026-11-29", sample], ["check", "--help"]):
        done = subprocess.run(
            [*start, *args],
            cwd=ROOT,
            env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"},
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        imported[args[1]] = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "click" not in imported["--as-of"] and "compliance_checker.quickargs" in imported["--as-of"]
    assert "click" in imported["--help"]


def test_months_end_where_the_calendar_module_says_without_importing_it() -> None:
    """The engine's month arithmetic replaces ``calendar.monthrange`` (which imports ``locale``): the
    31st plus N months lands on each month's last day, in every month of every year."""
    start = dt.date(1, 1, 31)
    for months in range(12 * dt.MAXYEAR):
        year, month = divmod(months, 12)
        expected = dt.date(year + 1, month + 1, calendar.monthrange(year + 1, month + 1)[1])
        assert add_months(start, months) == expected


def test_thin_is_below_exactly_a_quarter_without_fractions() -> None:
    for recommended in range(200):
        for words in range(60):
            assert is_thin(words, recommended) is (words < recommended * Fraction(1, 4)), (words, recommended)


def test_a_name_too_long_for_the_system_is_a_file_that_cannot_be_read(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Files are found with ``os.path`` (no ``pathlib`` at start-up), which answers "no such folder" for
    a name the system refuses; the name is then reported as unreadable (exit 2), never an internal error."""
    name = str(tmp_path / ("a" * 5000 + ".yaml"))
    assert run(["check", "--as-of", "2026-11-29", "--format", "text", name]) == 2
    shown = "".join(capfd.readouterr())
    assert "cannot read this file" in shown and "internal error" not in shown
