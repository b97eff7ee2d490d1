"""Hypothesis strategies for odd but schema-valid declarations, and the harness that runs every command
on them (``tests/test_fuzz_commands.py`` runs a few examples; ``tests/fuzz_search.py`` thousands).

A declaration starts as one of the shipped samples (parsed as the checker parses it) and is mutated a
few times: a string becomes an odd one (empty, 10,000 characters, right-to-left, combining marks,
emoji, zero-width and control-like characters, odd URL schemes, evidence paths with '..', absolute
paths, spaces, unicode), a number an extreme (1e308, 5e-324, 0, negative, 10^400 as an integer), a date
a boundary (0001-01-01, 9999-12-31, the as-of date, leap days), a list empty, one entry repeated, or
10,000 entries long; optional keys are removed or copied in from another sample at the same place.
Each mutation is kept only when the declaration still validates, so what the commands see is what the
schema accepts. The samples include systemic-risk models, and training compute is mutated above the
threshold often, so that the systemic-risk rules and documents run.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import yaml
from hypothesis import strategies as st

from compliance_checker.cli import run
from compliance_checker.documents.names import DOCUMENTS, RECIPIENTS, STAGES
from compliance_checker.loading import fastpath
from compliance_checker.loading.yaml_strict import parse_yaml
from compliance_checker.models.declaration import Declaration
from compliance_checker.report import FORMATTERS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_declarations"
AS_OF = "2026-11-29"
AS_OF_DATE = dt.date.fromisoformat(AS_OF)

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

LONG = "x" * 10_000
ODD_TEXT = [
    "",
    " ",
    "TODO",
    "N/A",
    LONG,
    "word " * 2_000,
    "Ünïcödé ßtraße",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202eevil\u202c",
    "e\u0301\u0301\u0301",
    "🤖👩‍👩‍👧🇪🇺",
    "\u200b",
    "\u200bTODO\u200b",
    "\ufeffBOM",
    "tab\there",
    "line\nbreak\r\nthree",
    "\x85next\u2028line\u2029para",
    "\x1b[31mred\x1b[0m",
    "\x7f\x07bell",
    "<script>alert(1)</script>",
    "| a | b |\n|---|---|",
    "*bold* _em_ `code` [link](x) # heading",
    "&amp; &lt; ]]> <![CDATA[",
    "\"quoted\" 'single' \\back\\",
    '=HYPERLINK("x")',
    "-1",
    "{{ template }} ${var} %s %(x)s {0}",
    "…" * 300,
    "中文字符宽度" * 50,
]
ODD_URLS = [
    "javascript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<b>x</b>",
    "ftp://example.org/x",
    "mailto:someone@example.org",
    "http://[::1]:80/",
    "https://例え.jp/パス?q=ü#frag",
    "HTTPS://EXAMPLE.ORG",
    "urn:isbn:0451450523",
    "https://example.org/" + "a" * 5_000,
    "https://example.org/a b",
    "https://example.org/\u200b",
]
ODD_PATHS = [
    "../outside.md",
    "evidence/../../outside.md",
    "/etc/passwd",
    "/",
    ".",
    "..",
    "./",
    "a file with spaces.md",
    "évidence/ünïcode ✓.md",
    "C:\\Windows\\x.md",
    "~/x.md",
    "evidence//double.md",
    "x" * 300 + ".md",
]
ODD_NUMBERS: list[int | float] = [
    0,
    -1,
    1,
    -0.0,
    0.5,
    1e308,
    -1e308,
    5e-324,
    1e-10,
    1e25,
    10**25,
    10**25 + 1,
    1.0000000000000001e25,
    1e26,
    3.3333333333333335e24,
    2**63,
    2**64 + 1,
    10**30,
    10**400,
    -(10**400),
    1.7976931348623157e308,
]
ODD_DATES = [
    "0001-01-01",
    "9999-12-31",
    AS_OF,
    (AS_OF_DATE - dt.timedelta(days=1)).isoformat(),
    (AS_OF_DATE + dt.timedelta(days=1)).isoformat(),
    "2024-02-29",
    "2028-02-29",
    "2000-02-29",
    "2025-08-01",
    "2025-08-02",
    "2027-08-02",
    "1970-01-01",
]
# Compute over the Art 51(2) threshold, so that systemic-risk rules and documents apply.
SYSTEMIC_FLOP: list[int | float] = [1e25 + 1e10, 10**25 + 1, 1e26, 1e308, 10**400]


@cache
def samples() -> dict[str, Any]:
    """Each shipped (valid) sample's data, as the strict loader parses it."""
    found = {}
    for path in sorted(SAMPLES.glob("*.yaml")):
        found[path.name] = parse_yaml(path.read_text(encoding="utf-8"), path.name).data
    return found


def _shape(path: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple("*" if isinstance(part, int) else part for part in path)


@cache
def _donors() -> dict[tuple[Any, ...], list[Any]]:
    """Values found at each path shape (list indexes as '*') in any sample: what can be copied in."""
    found: dict[tuple[Any, ...], list[Any]] = {}
    for data in samples().values():
        for path, value in walk(data):
            found.setdefault(_shape(path), []).append(value)
    return found


def walk(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every (path, value) below ``value``, the root excluded."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, child in items:
        path = (*prefix, key)
        yield path, child
        yield from walk(child, path)


def is_valid(data: Any, as_of: dt.date = AS_OF_DATE) -> bool:
    """Whether the loader would accept this data (without looking at evidence files)."""
    if not isinstance(data, dict):
        return False
    ids = [item.get("id") for item in data.get("evidence") or [] if isinstance(item, dict)]
    if len(ids) != len(set(ids)):
        return False
    try:
        if fastpath.fast_values(data, as_of=as_of) is not None:
            return True
    except Exception:
        pass
    try:
        Declaration.model_validate(data, context={"as_of": as_of})
    except ValueError:  # pydantic's ValidationError is a ValueError
        return False
    return True


def _odd_scalar(draw: st.DrawFn, path: tuple[Any, ...], value: Any) -> Any:
    key = next((part for part in reversed(path) if isinstance(part, str)), "")
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        if key == "flop" and draw(st.booleans()):
            return draw(st.sampled_from(SYSTEMIC_FLOP))
        return draw(st.sampled_from(ODD_NUMBERS))
    if isinstance(value, str):
        if DATE.match(value):
            return draw(st.sampled_from(ODD_DATES))
        if "url" in key or value.startswith("http"):
            return draw(st.sampled_from(ODD_URLS + ODD_TEXT))
        if key == "path":
            return draw(st.sampled_from(ODD_PATHS))
        return draw(st.sampled_from(ODD_TEXT) | st.text(max_size=30))
    if value is None:
        return draw(st.sampled_from(["", 0, False, []]))
    return value


Undo = Callable[[], None]


def _set(parent: Any, key: Any, value: Any) -> Undo:
    old = parent[key]
    parent[key] = value

    def undo() -> None:
        parent[key] = old

    return undo


def _mutate(draw: st.DrawFn, data: Any) -> Undo | None:
    paths = list(walk(data))
    if not paths:
        return None
    path, value = paths[draw(st.integers(0, len(paths) - 1))]
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    key = path[-1]
    if isinstance(value, list):
        action = draw(st.sampled_from(["empty", "repeat", "repeat", "many", "reverse", "scalar"]))
        if action == "empty":
            return _set(parent, key, [])
        if action == "reverse":
            return _set(parent, key, value[::-1])
        if not value:
            return None
        if action == "repeat":
            index = draw(st.integers(0, len(value) - 1))
            return _set(parent, key, [*value, copy.deepcopy(value[index])])
        if action == "many":
            return _set(parent, key, [copy.deepcopy(value[i % len(value)]) for i in range(10_000)])
        index = draw(st.integers(0, len(value) - 1))
        return _set(value, index, _odd_scalar(draw, path, value[index]))
    if isinstance(value, dict):
        action = draw(st.sampled_from(["delete", "graft", "graft"]))
        keys = sorted(value)
        if action == "delete" and keys:
            gone = draw(st.sampled_from(keys))
            old = value.pop(gone)

            def undo() -> None:
                value[gone] = old

            return undo
        donors = [
            (name, donor)
            for donor in _donors().get(_shape(path), [])
            if isinstance(donor, dict)
            for name in donor
            if name not in value
        ]
        if not donors:
            return None
        name, donor = draw(st.sampled_from(donors))
        value[name] = copy.deepcopy(donor[name])

        def unadd() -> None:
            del value[name]

        return unadd
    if isinstance(parent, dict) and draw(st.integers(0, 9)) == 0:
        old = parent.pop(key)

        def restore() -> None:
            parent[key] = old

        return restore
    return _set(parent, key, _odd_scalar(draw, path, value))


# As-of dates: the usual one, and the last day a date can have (every recorded date is then in the past,
# and every time limit runs past the calendar's end).
AS_OF_DATES = [AS_OF, AS_OF, AS_OF, "9999-12-31", "2028-02-29"]


@dataclass(frozen=True)
class Odd:
    """A declaration to run the commands on: where it started from, its data, the as-of date it is
    valid on."""

    start: str
    data: Any
    as_of: str


def _reduced(data: Any, as_of: dt.date) -> Any:
    """The declaration with every optional section gone (keys down to three levels deep, removed one at
    a time while the declaration stays valid)."""
    data = copy.deepcopy(data)
    for path, _ in sorted(walk(data), key=lambda item: -len(item[0])):
        if len(path) > 3 or isinstance(path[-1], int):
            continue
        parent = data
        try:
            for part in path[:-1]:
                parent = parent[part]
            old = parent.pop(path[-1])
        except (KeyError, IndexError, TypeError):
            continue
        if not is_valid(data, as_of):
            parent[path[-1]] = old
    return data


def _enlarged(data: Any, as_of: dt.date) -> Any:
    """The declaration with every optional key that another sample has at the same place copied in,
    where the declaration stays valid."""
    data = copy.deepcopy(data)
    for path, value in [((), data), *walk(data)]:
        if not isinstance(value, dict):
            continue
        for donor in _donors().get(_shape(path), []) if path else list(samples().values()):
            if not isinstance(donor, dict):
                continue
            for name in donor:
                if name not in value:
                    value[name] = copy.deepcopy(donor[name])
                    if not is_valid(data, as_of):
                        del value[name]
    return data


@cache
def starting_points() -> dict[str, Any]:
    """The samples, each also with every optional section absent and with every one present."""
    found = dict(samples())
    for name, data in samples().items():
        found[f"{name} (optional sections removed)"] = _reduced(data, AS_OF_DATE)
        found[f"{name} (optional sections added)"] = _enlarged(data, AS_OF_DATE)
    return found


@st.composite
def odd_declarations(draw: st.DrawFn, max_mutations: int = 8) -> Odd:
    """A schema-valid declaration: a starting point mutated up to ``max_mutations`` times."""
    name = draw(st.sampled_from(sorted(starting_points())))
    as_of = draw(st.sampled_from(AS_OF_DATES))
    day = dt.date.fromisoformat(as_of)
    data = copy.deepcopy(starting_points()[name])
    for _ in range(draw(st.integers(0, max_mutations))):
        undo = _mutate(draw, data)
        if undo is not None and not is_valid(data, day):
            undo()
    if draw(st.integers(0, 3)) == 0:
        compute = data.get("model", {}).get("training_compute")
        if isinstance(compute, dict) and "flop" in compute:
            undo = _set(compute, "flop", draw(st.sampled_from(SYSTEMIC_FLOP)))
            if not is_valid(data, day):
                undo()
    return Odd(name, data, as_of)


def dump(data: Any) -> str:
    return yaml.dump(
        data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True, sort_keys=False
    )


# --- running the commands -----------------------------------------------------------------------------


@dataclass
class Outcome:
    args: list[str]
    code: int
    stdout: str
    stderr: str
    problem: str | None = None


@dataclass
class Workspace:
    """A folder with the samples' evidence, where each example's declaration is written."""

    folder: Path
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def create(cls, folder: Path) -> Workspace:
        shutil.copytree(SAMPLES / "evidence", folder / "evidence", dirs_exist_ok=True)
        return cls(folder)

    def write(self, name: str, data: Any) -> Path:
        path = self.folder / name
        path.write_text(dump(data), encoding="utf-8")
        return path


def cli(args: list[str], *, columns: int | None = None) -> Outcome:
    out, err = io.StringIO(), io.StringIO()
    saved = os.environ.get("COLUMNS")
    if columns is not None:
        os.environ["COLUMNS"] = str(columns)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(args)
    finally:
        if saved is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = saved
    return Outcome(args, code, out.getvalue(), err.getvalue())


def _whole(fmt: str, content: bytes) -> str | None:
    """Why an output in ``fmt`` is not whole, or None."""
    try:
        if fmt == "docx":
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                bad = archive.testzip()
                ElementTree.fromstring(archive.read("word/document.xml"))
            return None if bad is None else f"docx member {bad} is corrupt"
        text = content.decode("utf-8")
        if fmt in ("json", "sarif"):
            json.loads(text)
        elif fmt == "junit":
            ElementTree.fromstring(text)
        elif fmt == "html" and not text.rstrip().endswith("</html>"):
            return "html does not end with </html>"
        elif fmt in ("csv", "csv-matrix"):
            csv.field_size_limit(sys.maxsize)  # a 10,000-entry list is one field
            list(csv.reader(io.StringIO(text)))
        elif fmt == "ics" and not text.rstrip().endswith("END:VCALENDAR"):
            return "ics does not end with END:VCALENDAR"
    except (ValueError, csv.Error, zipfile.BadZipFile, ElementTree.ParseError, KeyError) as exc:
        return f"{fmt} output is not whole: {exc}"
    return None


def judge(outcome: Outcome, *, fmt: str | None = None, output: Path | None = None) -> Outcome:
    """Record on the outcome what is wrong with it: exit 3, a traceback, or an output not whole."""
    text = outcome.stdout + outcome.stderr
    if outcome.code not in (0, 1, 2):
        outcome.problem = f"exit {outcome.code}: {outcome.stderr[-2000:]}"
    elif "Traceback" in text:
        outcome.problem = "a traceback was printed"
    elif outcome.code == 2 and ": error: " not in text and "Error:" not in text:
        outcome.problem = f"exit 2 without an error message: {outcome.stderr[-500:]!r}"
    elif fmt is not None:
        if output is not None:
            if output.exists():
                outcome.problem = _whole(fmt, output.read_bytes())
        elif outcome.code != 2 and outcome.stdout:
            outcome.problem = _whole(fmt, outcome.stdout.encode("utf-8"))
    return outcome


@cache
def rule_ids() -> tuple[str, ...]:
    listing = cli(["rules", "list", "--all-versions", "--format", "json"])
    return tuple(sorted({rule["id"] for rule in json.loads(listing.stdout)}))


def write_waivers(folder: Path) -> Path:
    """Waivers for every rule on every declaration of the folder, some expired, one approved on the
    as-of date, one expiring on it."""
    path = folder / "waivers.yaml"
    waivers = []
    for index, rule in enumerate(rule_ids()):
        approved, expires = [
            ("2026-01-01", "2027-01-31"),
            ("2025-01-01", "2025-12-31"),
            (AS_OF, AS_OF),
            ("2024-02-29", "2027-02-28"),
        ][index % 4]
        waivers.append(
            {
                "rule": rule,
                "declarations": ["*.yaml"],
                "justification": ["Accepted for now.", "مقبول مؤقتا", "🤖 " + "long " * 200][index % 3],
                "approved_by": "Head of Compliance",
                "approved_on": approved,
                "expires": expires,
            }
        )
    path.write_text(
        yaml.safe_dump({"format_version": "1.0", "waivers": waivers}, allow_unicode=True), "utf-8"
    )
    return path


CHECK_FORMATS = list(FORMATTERS)  # every format the checker registers
WIDTHS = [20, 100, 400]


def _waiver_args(draw: st.DrawFn, folder: Path) -> list[str]:
    choice = draw(st.sampled_from(["none", "waivers", "ignore"]))
    if choice == "none":
        return []
    args = ["--waivers", str(folder / "waivers.yaml")]
    return [*args, "--ignore-waivers"] if choice == "ignore" else args


def check_plan(draw: st.DrawFn, folder: Path, path: Path, odd: Odd) -> Outcome:
    fmt = draw(st.sampled_from(CHECK_FORMATS))
    args = ["check", "--no-config", "--as-of", odd.as_of, "--jobs", "1", *_waiver_args(draw, folder)]
    args += draw(st.sampled_from([[], ["-v"], ["-q"], ["--sarif-include-passing"]]))
    columns = draw(st.sampled_from(WIDTHS)) if fmt in ("table", "text") else None
    if draw(st.booleans()):
        output = folder / f"report.{fmt}"
        output.unlink(missing_ok=True)
        return judge(
            cli([*args, "-o", f"{fmt}={output}", str(path)], columns=columns), fmt=fmt, output=output
        )
    return judge(cli([*args, "--format", fmt, str(path)], columns=columns), fmt=fmt)


def _incident_ids(data: Any) -> list[str]:
    log = (((data.get("safety_and_security") or {}).get("serious_incidents") or {}).get("log")) or []
    return [str(entry["id"]) for entry in log if isinstance(entry, dict) and "id" in entry]


def render_plan(draw: st.DrawFn, folder: Path, path: Path, odd: Odd) -> Outcome:
    document = draw(st.sampled_from(DOCUMENTS))
    fmt = draw(st.sampled_from(["markdown", "html", "docx"]))
    args = ["render", "--no-config", "--as-of", odd.as_of, "--document", document, "--format", fmt]
    args += _waiver_args(draw, folder)
    if draw(st.booleans()):
        args.append("--draft")
    if document == "model-documentation":
        args += ["--for", draw(st.sampled_from(RECIPIENTS))]
    if document == "incident-report":
        ids = _incident_ids(odd.data) or ["no-such-incident"]
        args += ["--incident", draw(st.sampled_from(ids)), "--stage", draw(st.sampled_from(STAGES))]
    if fmt == "docx" or draw(st.booleans()):
        output = folder / f"document.{fmt}"
        output.unlink(missing_ok=True)
        return judge(cli([*args, "-o", str(output), str(path)]), fmt=fmt, output=output)
    return judge(cli([*args, str(path)]), fmt=fmt)


def deadlines_plan(draw: st.DrawFn, folder: Path, path: Path, odd: Odd) -> Outcome:
    fmt = draw(st.sampled_from(["table", "json", "csv", "ics"]))
    args = ["deadlines", "--no-config", "--as-of", odd.as_of, "--jobs", "1", "--format", fmt]
    args += ["--within", str(draw(st.sampled_from([0, 30, 400, 10**6])))]
    args += _waiver_args(draw, folder)
    if draw(st.booleans()):
        output = folder / f"deadlines.{fmt}"
        output.unlink(missing_ok=True)
        return judge(cli([*args, "-o", str(output), str(path)]), fmt=fmt, output=output)
    return judge(cli([*args, str(path)]), fmt=fmt)


def compare_plan(draw: st.DrawFn, folder: Path, path: Path, odd: Odd) -> Outcome:
    fmt = draw(st.sampled_from(["table", "json", "markdown"]))
    original = folder / "original.yaml"
    original.write_text(dump(starting_points()[odd.start]), encoding="utf-8")
    old, new = (original, path) if draw(st.booleans()) else (path, original)
    args = ["compare", "--as-of", odd.as_of, "--format", fmt]
    args += draw(st.sampled_from([[], ["--fail-on-regression"]]))
    return judge(cli([*args, str(old), str(new)]), fmt=fmt if fmt == "json" else None)


def classify_plan(draw: st.DrawFn, folder: Path, path: Path, odd: Odd) -> Outcome:
    fmt = draw(st.sampled_from(["table", "json"]))
    return judge(cli(["classify", "--as-of", odd.as_of, "--format", fmt, str(path)]), fmt=fmt)


RULES_DIFF_SIDES = [
    ("code-of-practice@2025-03-11", "code-of-practice@2025-07-10"),
    ("transparency@2025-03-11", "transparency@2025-07-10"),
    ("copyright@2025-03-11", "copyright@2025-07-10"),
    ("safety-and-security@2025-03-11", "safety-and-security@2025-07-10"),
    ("systemic-risk-taxonomy@2025-03-11", "systemic-risk-taxonomy@2025-07-10"),
]


def rules_diff_plan(draw: st.DrawFn, folder: Path, path: Path, odd: Odd) -> Outcome:
    del folder
    fmt = draw(st.sampled_from(["table", "json", "markdown"]))
    old, new = draw(st.sampled_from(RULES_DIFF_SIDES))
    if draw(st.booleans()):
        old, new = new, old
    args = ["rules", "diff", "--as-of", odd.as_of, "--format", fmt, "--declaration", str(path), old, new]
    return judge(cli(args), fmt=fmt if fmt == "json" else None)
