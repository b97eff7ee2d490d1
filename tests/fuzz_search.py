"""The big search for crashes in every command on odd but schema-valid declarations.

    python -m tests.fuzz_search --examples 2000                      # every command, 2000 examples each
    python -m tests.fuzz_search --examples 500 --commands render,compare --seed 7 --out /tmp/found
    python -m tests.fuzz_search --examples 300 --mutations 30       # fewer, more mutated declarations

Each example is a shipped sample mutated by ``tests/odd_declarations.py`` (kept valid against the
schema), written to a temporary folder with the samples' evidence, and given to one command, run
in-process through ``compliance_checker.cli.run`` with options drawn at random (every check format
and text width, every render document, recipient, format, --draft, incident and stage, every
deadlines format, waivers or none, compare in both directions, classify, rules diff --declaration).
A problem is an exit code other than 0, 1 or 2, a traceback, exit 2 without an error message, or an
output that is not whole (JSON or SARIF that does not parse, JUnit or a docx member that is not XML,
HTML without its end). Each distinct problem is written to ``--out`` (the declaration, the command and
the traceback), and a summary per command is printed: examples run, their exit codes (exit 2: a
declaration the schema accepts but the command refuses, e.g. a pin of an unknown ruleset version, or
an incident id not in the log), and problems found. The exit code is 1 when a problem was found.

Unlike ``tests/test_fuzz_commands.py`` this is random (``--seed`` to repeat a run) and does not shrink:
reduce a problem by hand, then add it as a regression test.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
import time
import traceback
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisWarning

from compliance_checker.cli import cli as click_group
from tests.odd_declarations import (
    Odd,
    Outcome,
    Workspace,
    check_plan,
    classify_plan,
    compare_plan,
    deadlines_plan,
    odd_declarations,
    render_plan,
    rules_diff_plan,
    write_waivers,
)

Plan = Callable[[st.DrawFn, Path, Path, Odd], Outcome]
PLANS: dict[str, Plan] = {
    "check": check_plan,
    "render": render_plan,
    "deadlines": deadlines_plan,
    "compare": compare_plan,
    "classify": classify_plan,
    "rules-diff": rules_diff_plan,
}


def _traceback(args: list[str]) -> str:
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            click_group.main(args=args, prog_name="compliance-checker", standalone_mode=False)
    except Exception:
        return traceback.format_exc()
    return "(no exception when run again)"


def _signature(outcome: Outcome, trace: str) -> str:
    last = [line for line in trace.strip().splitlines() if line.startswith('  File "')]
    where = last[-1].strip() if last else ""
    return f"{outcome.args[0]} | {(outcome.problem or '').splitlines()[0][:120]} | {where}"


def search(
    command: str, examples: int, folder: Path, out: Path, random_seed: int, mutations: int = 8
) -> tuple[Counter[str], dict[str, str]]:
    workspace = Workspace.create(folder)
    write_waivers(folder)
    counts: Counter[str] = Counter()
    found: dict[str, str] = {}
    plan = PLANS[command]

    @seed(random_seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(odd_declarations(max_mutations=mutations), st.data())
    def one(odd: Odd, data: st.DataObject) -> None:
        path = workspace.write("declaration.yaml", odd.data)
        try:
            outcome = plan(data.draw, folder, path, odd)
        except Exception:  # the harness itself failed: record it, go on
            outcome = Outcome(["(harness)"], -1, "", "", traceback.format_exc())
        counts["examples"] += 1
        counts[f"exit {outcome.code}"] += 1
        if outcome.problem is None:
            return
        trace = outcome.problem if outcome.code == -1 else _traceback(outcome.args)
        signature = _signature(outcome, trace)
        counts["problems"] += 1
        if signature in found:
            return
        number = len(found) + 1
        found[signature] = f"{command}-{number}"
        target = out / f"{command}-{number}"
        target.mkdir(parents=True, exist_ok=True)
        (target / "declaration.yaml").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        (target / "problem.txt").write_text(
            f"started from: {odd.start}, as of {odd.as_of}\n"
            f"command: compliance-checker {' '.join(outcome.args)}\n"
            f"problem: {outcome.problem}\n\n{trace}\nstderr:\n{outcome.stderr[-5000:]}\n",
            encoding="utf-8",
        )
        print(f"  new problem {target}: {signature}", flush=True)

    one()
    return counts, found


def main(argv: list[str] | None = None) -> int:
    warnings.simplefilter("ignore", HypothesisWarning)  # the large reprs of 10,000-entry lists
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000, help="examples per command")
    parser.add_argument("--commands", default=",".join(PLANS), help="comma-separated: " + ", ".join(PLANS))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--mutations", type=int, default=8, help="at most this many per declaration")
    parser.add_argument("--out", type=Path, default=Path("fuzz-found"), help="where problems are written")
    options = parser.parse_args(argv)
    problems = 0
    for command in options.commands.split(","):
        started = time.perf_counter()
        with tempfile.TemporaryDirectory() as folder:
            counts, found = search(
                command, options.examples, Path(folder), options.out, options.seed, options.mutations
            )
        problems += counts["problems"]
        exits = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()) if k.startswith("exit"))
        print(
            f"{command}: {counts['examples']} examples ({exits}), {counts['problems']} with a problem, "
            f"{len(found)} distinct, {time.perf_counter() - started:.0f} s",
            flush=True,
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
