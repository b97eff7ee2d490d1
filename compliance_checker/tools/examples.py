"""The code behind the cog blocks of README.md and docs/*.md: every command those pages show runs here,
its exit code is checked, and the output they show is what it printed.

The pages hold their generators inline (cogapp, https://cog.readthedocs.io): between
``<!-- [[[cog ... ]]] -->`` and ``<!-- [[[end]]] -->`` is the output of the Python code in the marker, which
calls the functions below. Regenerate every page with one command from the repository's root::

    cog -r README.md docs/*.md

``tests/test_docs_examples.py`` runs ``cog --check`` on the same files (a page whose generated part is
stale fails) and fails on any shell, console or Python block that is neither generated here (so run) nor
marked ``<!-- not run: REASON -->`` on the line before it.

Commands run in a scratch folder: ``compliance-checker`` and ``python`` are this interpreter running this
checkout, the shipped samples are copied in under their own name and ``tests`` is linked, so the pages
show what a user sees, with the same relative paths. A ``compliance-checker`` command runs in this
process through the console script's entry (``cli.run``) with the folder, environment and pipes a child
process would get (``tests/test_docs_examples.py`` checks that a child process prints the same); a shell
line with more than that (a pipe, a redirection, a variable) runs with bash, a Python block as a script.
"""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CARDS = "tests/inputs/model_cards"
OLD = "sample_declarations/frontier-systemic-risk.yaml"
NEW = "tests/inputs/compare/frontier-systemic-risk-2027-05.yaml"
AS_OF = "2027-05-31"
CHECK_AS_OF = "2026-11-29"
# The languages of blocks that show something to run; each must be generated here or marked not run.
RUNNABLE = ("sh", "shell", "bash", "console", "python", "pycon")
# The code blocks that ran, as (language, body): the test matches the pages' blocks against them.
RAN: list[tuple[str, str]] = []


class ExampleFailed(RuntimeError):
    """A command a page shows did not do what the page says (its exit code)."""


@dataclass(frozen=True)
class Run:
    argv: tuple[str, ...]
    code: int
    stdout: str
    stderr: str

    @property
    def command(self) -> str:
        return "compliance-checker " + " ".join(self.argv)


@dataclass(frozen=True)
class Cmd:
    """One line of a shell block: ``text`` as shown; ``runs`` what runs for it (None: not run, ``why``
    says why), ``exit`` the exit code it must give."""

    text: str
    exit: int = 0
    runs: str | None = ""
    why: str = ""


def cmd(text: str, exit: int = 0, *, runs: str | None = "", why: str = "") -> Cmd:
    """A shown command that runs (as shown, or as ``runs`` with ``why`` it differs)."""
    if runs is None or (runs and not why):
        raise ValueError(f"{text!r}: say why what runs differs from what is shown")
    return Cmd(text, exit, runs, why)


def shown(text: str, why: str) -> Cmd:
    """A shown command that is not run, and why (it installs packages, runs the whole suite...)."""
    if not why.strip():
        raise ValueError(f"{text!r}: say why it is not run")
    return Cmd(text, 0, None, why)


@contextmanager
def scratch(files: Mapping[str, str] | None = None) -> Iterator[Path]:
    """A scratch folder holding ``bin/`` shims for ``compliance-checker`` and ``python``, a copy of the
    samples, a link to ``tests`` and each of ``files`` (name in the folder -> file or folder of the repo)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        bin_dir = folder / ".bin"
        bin_dir.mkdir()
        for shim, line in (
            ("compliance-checker", f'exec "{sys.executable}" -m compliance_checker "$@"'),
            ("python", f'exec "{sys.executable}" "$@"'),
        ):
            (bin_dir / shim).write_text(f"#!/bin/sh\n{line}\n", encoding="utf-8")
            (bin_dir / shim).chmod(0o755)
        shutil.copytree(ROOT / "sample_declarations", folder / "sample_declarations")
        (folder / "tests").symlink_to(ROOT / "tests", target_is_directory=True)
        for target, source in (files or {}).items():
            origin, destination = ROOT / source, folder / target
            destination.parent.mkdir(parents=True, exist_ok=True)
            if origin.is_dir():
                shutil.copytree(origin, destination, dirs_exist_ok=True)
            else:
                shutil.copyfile(origin, destination)
        yield folder


def _env(folder: Path | None = None, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "PYTHONPATH": str(ROOT)}
    if folder is not None:  # the scratch folder is home too: a command that writes to ~ stays in it
        env["PATH"] = f"{folder / '.bin'}{os.pathsep}{env.get('PATH', '')}"
        env["HOME"] = str(folder)
    return {**env, **(extra or {})}


def _fence(text: str, lang: str = "") -> list[str]:
    return [f"```{lang}", text.rstrip("\n"), "```"]


def _block(lang: str, body: str) -> str:
    """A fenced block, recorded as run."""
    RAN.append((lang, body.rstrip("\n")))
    return "\n".join(_fence(body, lang)) + "\n"


def sh(
    *steps: Cmd | str, files: Mapping[str, str] | None = None, env: Mapping[str, str] | None = None
) -> str:
    """A ``sh`` block of the given commands, each run in turn in one scratch folder (so a file one writes
    is there for the next); a command that does not give its exit code stops the page. A line that is
    only ``compliance-checker`` and its arguments (:func:`plain_command`) runs as :func:`run` does, any
    other with bash."""
    commands = [step if isinstance(step, Cmd) else Cmd(step) for step in steps]
    with scratch(files) as folder:
        for step in commands:
            if step.runs is None:
                continue
            line = step.runs or step.text
            argv = plain_command(line)
            if argv is not None:
                with _as_a_process(folder, _env(folder, env)) as (_out, err):
                    code = _run_in_process(argv)
                    stderr = _read(err)
            else:
                done = subprocess.run(
                    ["bash", "-c", line],
                    cwd=folder,
                    env=_env(folder, env),
                    capture_output=True,
                    text=True,
                    check=False,
                )
                code, stderr = done.returncode, done.stderr
            if code != step.exit:
                raise ExampleFailed(f"`{line}` exited {code}, the page expects {step.exit}\n{stderr[-2000:]}")
    return _block("sh", "\n".join(step.text for step in commands))


# What makes a shell line more than a command and its words: operators, redirections, expansions, globs.
_SHELL_SYNTAX = re.compile(r"[|&;<>()$`*?\[\]{}~!\\\n]")


def plain_command(line: str) -> list[str] | None:
    """The arguments of ``line`` when it is ``compliance-checker`` and plain words (quoted or not, a
    trailing ``# comment``), which bash would pass on unchanged; None for anything else."""
    try:
        words = shlex.split(line, comments=True)
    except ValueError:
        return None
    code = line.split(" #", 1)[0]
    if not words or words[0] != "compliance-checker" or _SHELL_SYNTAX.search(code) or "#" in code:
        return None
    return words[1:]


def python(code: str, *, files: Mapping[str, str] | None = None) -> str:
    """A ``python`` block, run as a script in a scratch folder; it must exit 0."""
    with scratch(files) as folder:
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=folder,
            env=_env(folder),
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise ExampleFailed(f"the Python example exited {done.returncode}\n{done.stderr[-2000:]}")
    return _block("python", code)


@contextmanager
def _as_a_process(cwd: Path, env: Mapping[str, str]) -> Iterator[tuple[io.TextIOWrapper, io.TextIOWrapper]]:
    """This process set up as ``subprocess.run(..., cwd=cwd, env=env, capture_output=True)`` would set up a
    child: its folder, its environment, and standard output and error on pipes (UTF-8, not terminals)."""
    saved_env, saved_cwd, saved_streams = dict(os.environ), Path.cwd(), (sys.stdout, sys.stderr)
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace", newline="\n")
    try:
        os.environ.clear()
        os.environ.update(env)
        os.chdir(cwd)
        sys.stdout, sys.stderr = out, err
        yield out, err
    finally:
        sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def _read(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")


@cache
def run(*argv: str, cwd: Path = ROOT) -> Run:
    """``compliance-checker ARGV`` from ``cwd``: its exit code and what it printed.

    It runs in this process, through the console script's own entry (``cli.run``), with the folder,
    environment and pipes a child process would get: the same output at a tenth of the cost of starting
    the interpreter (the pages run about 60 commands). The ``sh`` and ``python`` blocks run as real
    processes, and the tests check that ``python -m compliance_checker`` and the console script give the
    same output and exit code as ``cli.run``.
    """
    with _as_a_process(cwd, _env()) as (out, err):
        code = _run_in_process(list(argv))
        stdout, stderr = _read(out), _read(err)
    return Run(tuple(argv), code, stdout, stderr)


def _run_in_process(argv: list[str]) -> int:
    from compliance_checker.cli import run as run_cli

    return run_cli(argv)


def console(
    *argv: str,
    exit: int = 0,
    head: int | None = None,
    tail: int = 0,
    files: Mapping[str, str] | None = None,
) -> str:
    """A ``console`` block: ``$ compliance-checker ARGV`` and what it printed (standard error first), run
    from the repository's root, or in a scratch folder holding ``files`` (as :func:`sh`) when given;
    ``head``/``tail`` keep only the first/last lines, with ``...`` between."""
    if files is None:
        result = run(*argv)
    else:
        with scratch(files) as folder:
            result = run(*argv, cwd=folder)
    if result.code != exit:
        raise ExampleFailed(
            f"`{result.command}` exited {result.code}, the page expects {exit}\n{result.stderr}"
        )
    lines = (result.stderr + result.stdout).rstrip("\n").splitlines()
    if head is not None and head + tail < len(lines):
        lines = [*lines[:head], "  ...", *(lines[len(lines) - tail :] if tail else [])]
    return _block("console", "\n".join([f"$ {result.command}", *lines]))


@cache
def init_from_card(card: str) -> tuple[Run, str]:
    """``init declaration.yaml --from-model-card CARD`` in a scratch folder that sees the repository's
    tests folder under its own name, so that the messages name the same relative paths as in the repo."""
    with tempfile.TemporaryDirectory() as scratch_dir:
        folder = Path(scratch_dir)
        (folder / "tests").symlink_to(ROOT / "tests", target_is_directory=True)
        result = run("init", "declaration.yaml", "--from-model-card", f"{CARDS}/{card}", cwd=folder)
        written = (folder / "declaration.yaml").read_text(encoding="utf-8") if result.code == 0 else ""
        check = run("check", "declaration.yaml", "--as-of", CHECK_AS_OF, "--format", "json", cwd=folder)
    counts = json.loads(check.stdout)["summary"] if check.stdout.strip() else {}
    verdicts = ", ".join(
        f"{counts[k]} {k}" for k in counts if k not in ("declarations", "invalid") and counts[k]
    )
    summary = f"`check --as-of {CHECK_AS_OF}` on it: exit {check.code}; {verdicts or 'invalid'}"
    return result, written + "\0" + summary


def carried_view(text: str) -> str:
    """Only what came from the card (or is a placeholder for it), with the keys that hold it: each value
    with its origin comment, under its parent keys."""
    lines = text.splitlines()
    keep: set[int] = set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith(("# from the model card", "# not in the model card")):
            continue
        end = index
        while end < len(lines) and lines[end].lstrip().startswith("#"):
            end += 1
        keep.update(range(index, end + 1))
        indent = len(lines[end]) - len(lines[end].lstrip())
        after = end + 1
        while after < len(lines) and (
            not lines[after].strip() or len(lines[after]) - len(lines[after].lstrip()) > indent
        ):
            keep.add(after)
            after += 1
        # Its parent keys, for context.
        level = indent
        for back in range(index - 1, -1, -1):
            row = lines[back]
            depth = len(row) - len(row.lstrip())
            if (
                row.strip()
                and not row.lstrip().startswith("#")
                and depth < level
                and row.rstrip().endswith(":")
            ):
                keep.add(back)
                level = depth
                if depth == 0:
                    break
    shown = [lines[i] for i in sorted(keep)]
    while shown and not shown[-1].strip():
        shown.pop()
    return "\n".join(shown)


def _excerpt(view: str, at_least: int) -> str:
    """The first lines of a carried view, ending before the first origin comment after ``at_least``."""
    lines = view.splitlines()
    for index in range(at_least, len(lines)):
        if lines[index].lstrip().startswith("# ") and not lines[index - 1].lstrip().startswith("# "):
            kept = lines[:index]
            while kept and kept[-1].rstrip().endswith(":"):  # a parent key with nothing shown under it
                kept.pop()
            return "\n".join(kept)
    return view


def _output(result: Run, head: int | None = None) -> str:
    text = result.stdout if head is None else "\n".join(result.stdout.splitlines()[:head])
    return f"$ {result.command}\n{result.stderr}{text}".rstrip("\n")


# --- docs/model-cards.md ----------------------------------------------------------------------------------


def model_cards_page() -> str:
    """Every test card: the ``init`` command, its messages and exit code, the check's counts and what was
    carried."""
    lines: list[str] = [""]
    for card in sorted(p.name for p in (ROOT / CARDS).glob("*.md")):
        result, packed = init_from_card(card)
        written, summary = packed.split("\0")
        lines += [f"## `{card}`", ""]
        lines.append(_block("console", f"$ {result.command}  # exit {result.code}\n{result.stderr}"))
        lines += [summary + ".", "", "What it carried:", ""]
        lines += _fence(carried_view(written), "yaml")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# --- docs/compare.md --------------------------------------------------------------------------------------


def compare_page() -> str:
    """``compare`` on the frontier sample and its version six months later, in each format."""
    table = run("compare", OLD, NEW, "--as-of", AS_OF)
    markdown = run("compare", OLD, NEW, "--as-of", AS_OF, "--format", "markdown")
    as_json = run("compare", OLD, NEW, "--as-of", AS_OF, "--format", "json")
    gate = run("compare", OLD, NEW, "--as-of", AS_OF, "--fail-on-regression", "--format", "json")
    if (table.code, markdown.code, as_json.code, gate.code) != (0, 0, 0, 1):
        raise ExampleFailed(f"compare exited {table.code}, {markdown.code}, {as_json.code}, {gate.code}")
    data = json.loads(as_json.stdout)
    excerpt = {
        "summary": data["summary"],
        "fields": data["fields"][:2],
        "verdicts": data["verdicts"][:1],
    }
    lines = ["", "## Table (the default)", ""]
    lines.append(_block("console", _output(table)))
    lines += [
        "## Markdown",
        "",
        f"`{markdown.command}` gives (rendered):",
        "",
        markdown.stdout.rstrip("\n"),
    ]
    lines = [line.replace("# Declaration compared:", "### Declaration compared:") for line in lines]
    lines = [re.sub(r"^## (Fields|Verdicts)", r"#### \1", line) for line in lines]
    lines += ["", "## JSON", "", f"`{as_json.command}` (excerpt: the summary, two fields, one verdict):", ""]
    lines += _fence(json.dumps(excerpt, indent=2, ensure_ascii=False), "json")
    lines += ["", "## In CI", "", f"`{gate.command}` exits {gate.code}: the initial report of HAL-2027-001 "]
    lines[-1] += "was late, so SS-9-3-INITIAL regressed from evidenced to partial."
    return "\n".join(lines).rstrip("\n") + "\n"


# --- README -----------------------------------------------------------------------------------------------


def quickstart() -> str:
    """The README's first two commands: the first runs where the checker is installed, on a fixed date;
    the second is the suite this runs in."""
    return sh(
        cmd(
            "pip install . && compliance-checker check sample_declarations/frontier-systemic-risk.yaml",
            runs="compliance-checker check sample_declarations/frontier-systemic-risk.yaml"
            " --as-of 2026-11-29",
            why="the suite runs where the checker is installed, on a fixed date",
        ),
        shown('pip install -e ".[test]" && python -m pytest', "it is the suite this runs in"),
    )


def readme_model_card() -> str:
    """The README's ``init --from-model-card`` example: the command and its note, an excerpt of what it
    carried, and the check's counts."""
    result, packed = init_from_card("llama-finetune.md")
    if result.code != 0:
        raise ExampleFailed(f"`{result.command}` exited {result.code}\n{result.stderr}")
    written, summary = packed.split("\0")
    card = [
        _block("console", f"$ {result.command}\n{result.stderr}"),
        "What it carried into `declaration.yaml` (excerpt; the skeleton's prompts left out):",
        "",
        *_fence(_excerpt(carried_view(written), 14) + "\n  ...", "yaml"),
        "",
        summary + ".",
    ]
    return "\n".join(card) + "\n"


# --- the README's table of samples ------------------------------------------------------------------------

LATER = "2027-09-01"
COUNTED = (
    ("evidenced", "evidenced"),
    ("partial", "partial"),
    ("missing", "missing"),
    ("manual_review", "manual review"),
    ("not_yet_due", "not yet due"),
    ("not_applicable", "not applicable"),
)


def _power_of_ten(value: float) -> str:
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{mantissa}\N{MULTIPLICATION SIGN}10^{int(exponent)}"


def sample_facts(path: str, as_of: str) -> dict[str, str]:
    """What the samples table says of a sample, read from it and from a check on ``as_of``: its training
    compute (``{flop}``), its counts (``{counts}``) and its exit code (``{exit}``; ``{exit_later}`` on
    ``LATER``, after legacy models' deadline)."""
    from compliance_checker.errors import InputError
    from compliance_checker.loading.yaml_strict import parse_yaml

    try:
        data = parse_yaml((ROOT / path).read_text(encoding="utf-8"), path).data
    except InputError:  # the invalid samples: no facts but their exit code
        data = None
    compute = data.get("model", {}).get("training_compute", {}) if isinstance(data, dict) else {}
    flop = compute.get("cumulative_flop", compute.get("flop")) if isinstance(compute, dict) else None
    result = run("check", path, "--as-of", as_of, "--format", "json")
    summary = json.loads(result.stdout)["summary"]
    counts = ", ".join(f"{summary[key]} {words}" for key, words in COUNTED if summary.get(key))
    after_legacy_deadline = run("check", path, "--as-of", LATER, "--format", "json")
    return {
        "flop": _power_of_ten(flop) if isinstance(flop, (int, float)) else "",
        "counts": counts,
        "exit": str(result.code),
        "exit_later": str(after_legacy_deadline.code),
    }


def samples_table(rows: list[tuple[str, str]], *, as_of: str) -> str:
    """The README's table of shipped samples: each row's text (``{flop}``, ``{counts}``, ``{exit}``
    filled from the sample and a check of it on ``as_of``); a row whose name is a glob lists the exit code
    every file it matches gives, which must be one."""
    lines = ["| sample | what it shows | exit |", "|---|---|---|"]
    for name, text in rows:
        paths = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "sample_declarations").glob(name))
        if not paths:
            raise ExampleFailed(f"no sample matches {name}")
        facts = [sample_facts(path, as_of) for path in paths]
        exits = {fact["exit"] for fact in facts}
        if len(exits) != 1:
            raise ExampleFailed(f"{name}: the samples exit {sorted(exits)}, not one code")
        lines.append(f"| `{name}` | {text.format(**facts[0])} | {exits.pop()} |")
    return "\n".join(lines) + "\n"


# --- the README's table of rulesets -----------------------------------------------------------------------


def rulesets_table(rows: list[tuple[str, str]]) -> str:
    """The README's table of the default rulesets: each row's hand-written text, and the number of rules
    the shipped ``ID@VERSION`` has."""
    from compliance_checker.loading.rulesets import shipped_rulesets

    sizes = {f"{item.ref.id}@{item.ref.version}": len(item.ruleset.rules) for item in shipped_rulesets()}
    lines = ["| ruleset | what it encodes | rules |", "|---|---|---|"]
    for ref, text in rows:
        if ref not in sizes:
            raise ExampleFailed(f"no shipped ruleset {ref}")
        lines.append(f"| `{ref}` | {text} | {sizes[ref]} |")
    return "\n".join(lines) + "\n"


# --- docs/report-formats.md: excerpts of real reports -----------------------------------------------------

GAPS = "sample_declarations/third-country-gaps.yaml"
WRONG_TYPE = "sample_declarations/invalid/wrong-type.yaml"
LATE = "sample_declarations/systemic-risk-late-reports.yaml"
FORMATS_AS_OF = "2026-11-29"


def _short(line: str) -> str:
    """A report line as an excerpt: digests to their first 6 digits, a message to its first clause."""
    line = re.sub(r"\b([0-9a-f]{6})[0-9a-f]{58}\b", r"\1...", line)
    head, sep, rest = line.partition("): ")
    if sep and "; " in rest:
        return f"{head}{sep}{rest.split('; ', 1)[0]}; ...{rest[rest.rfind(' [') :] if ' [' in rest else ''}"
    return line


def _picked(result: Run, patterns: tuple[str, ...], *, exit: int) -> str:
    """A ``console`` block of ``result``: the first output line matching each pattern, in output order."""
    if result.code != exit:
        raise ExampleFailed(
            f"`{result.command}` exited {result.code}, the page expects {exit}\n{result.stderr}"
        )
    lines = result.stdout.splitlines()
    chosen: set[int] = set()
    for pattern in patterns:
        index = next((i for i, line in enumerate(lines) if re.search(pattern, line)), None)
        if index is None:
            raise ExampleFailed(f"`{result.command}` printed no line matching {pattern!r}")
        chosen.add(index)
    shown_lines = [_short(lines[i]) for i in sorted(chosen)]
    return _block("console", "\n".join([f"$ {result.command}", *shown_lines, "..."]))


def text_example() -> str:
    result = run("check", GAPS, WRONG_TYPE, "--as-of", FORMATS_AS_OF, "--format", "text")
    return _picked(result, (r"\[AIA-54\]$", r": warning: .*\[TR-1-2-CONTACT\]$", r"^" + WRONG_TYPE), exit=2)


def junit_example() -> str:
    """The start of the JUnit report of the gaps sample: the suite, its first properties, one failure."""
    result = run("check", GAPS, "--as-of", FORMATS_AS_OF, "--format", "junit")
    lines = result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if "<testsuite " in line)
    properties = [line for line in lines[start:] if "<property " in line][:7]
    case = next(i for i, line in enumerate(lines) if 'name="AIA-54:' in line)
    failure = re.sub(r"(<failure [^>]*>).*", r"\1...</failure>", lines[case + 1])
    failure = re.sub(r'message="([^";]*);[^"]*"', r'message="\1; ..."', failure)
    body = [
        "<testsuites>",
        lines[start],
        "    <properties>",
        *properties,
        "      ...",
        "    </properties>",
        lines[case],
        failure,
        "    </testcase>",
        "    ...",
    ]
    return "\n".join(_fence("\n".join(_short(line) for line in body), "xml")) + "\n"


def markdown_example() -> str:
    """The gaps sample's section of the Markdown report: its heading, classification, counts and the
    first rows of its table."""
    result = run("check", GAPS, "--as-of", FORMATS_AS_OF, "--format", "markdown")
    lines = result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"### `{GAPS}`"))
    table = next(i for i in range(start, len(lines)) if lines[i].startswith("| Rule |"))
    row = next(line for line in lines[table:] if line.startswith("| [AIA-54]("))
    cells = row.split(" | ")
    cells[0] = re.sub(r"\(https?://[^)]*#", "(.../docs/rules.md#", cells[0])
    cells[-1] = cells[-1].split(". ")[0].split(", ")[0] + " ... |"
    body = [*lines[start:table], lines[table], lines[table + 1], " | ".join(cells)]
    return "\n".join(_fence("\n".join(_short(line) for line in body), "markdown")) + "\n"


def csv_matrix_example() -> str:
    """The matrix of the gaps sample and one invalid file: the first rule columns and the last."""
    import csv
    import io

    result = run("check", GAPS, WRONG_TYPE, "--as-of", FORMATS_AS_OF, "--format", "csv-matrix")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    width = rows[0].index("status") + 3
    shown_rows = []
    for row in rows:
        cells = [_short(cell) for cell in row[:width]]
        cells = [re.sub(r"(sha256:[0-9a-f]{6}\.\.\.);.*", r"\1; ...", cell) for cell in cells]
        last = row[-1] if len(row[-1]) <= 60 else row[-1][:60] + "..."
        shown_rows.append(",".join([*cells, "...", last]))
    return "\n".join(_fence("\n".join(shown_rows))) + "\n"
