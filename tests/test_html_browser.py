"""The HTML report of a 200-declaration batch (issue 13): small (at most 25 KB per declaration on
average) and opened in a real browser, headless Chromium from npm (``@sparticuz/chromium`` driven by
``puppeteer-core``, installed from tests/browser/package.json), without console errors, with the summary
and a finding visible. Skipped with the reason where ``node`` or the npm packages are missing; CI
(.ci/run) installs them."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from compliance_checker.api import check
from compliance_checker.models.record import replace
from compliance_checker.models.report import Report
from compliance_checker.report import formatter
from tests.conftest import AS_OF, ROOT, SAMPLES
from tests.node_tools import NODE_DIR, require_node_packages
from tests.report_fixture import in_repository

BATCH = 200
MAX_BYTES_PER_DECLARATION = 25 * 1024
SCRIPT = NODE_DIR / "open_report.mjs"


@pytest.fixture(scope="module")
def batch() -> Report:
    """200 declarations: the shipped samples (valid and invalid) checked once each, repeated under
    numbered paths, as an auditor's folder of provider declarations would be."""
    names = [p.relative_to(ROOT).as_posix() for p in sorted(SAMPLES.glob("*.yaml"))]
    names.append("sample_declarations/invalid/wrong-type.yaml")
    with in_repository():
        checked = check(names, as_of=dt.date.fromisoformat(AS_OF))
    decls = tuple(
        replace(decl, path=f"{Path(decl.path).stem}-{number:03d}.yaml")
        for number in range(BATCH)
        for decl in [checked.declarations[number % len(checked.declarations)]]
    )
    return replace(checked, declarations=decls)


@pytest.fixture(scope="module")
def html(batch: Report) -> str:
    return formatter("html")(batch)


def test_the_batch_report_is_small(batch: Report, html: str) -> None:
    size = len(html.encode("utf-8"))
    assert size / len(batch.declarations) <= MAX_BYTES_PER_DECLARATION, f"{size / BATCH / 1024:.1f} KB"


def open_in_browser(path: Path, *selectors: str) -> dict[str, Any]:
    node = require_node_packages("@sparticuz/chromium", "puppeteer-core")
    done = subprocess.run(
        [node, str(SCRIPT), str(path), *selectors],
        cwd=NODE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_batch_report_opens_in_headless_chromium(html: str, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    summary, finding = "#summary", "section.declaration tr.row-missing"
    result = open_in_browser(path, summary, "#summary-title", finding)
    assert result["errors"] == []
    assert result["visible"] == {summary: True, "#summary-title": True, finding: True}


def test_the_browser_check_sees_errors_and_hidden_elements(tmp_path: Path) -> None:
    """The check above can fail: a script error is reported and a hidden element is not visible."""
    path = tmp_path / "broken.html"
    path.write_text(
        '<!DOCTYPE html><html><body><p id="shown">x</p><p id="gone" hidden>y</p>'
        "<script>console.error('boom'); undefinedFunction();</script></body></html>",
        encoding="utf-8",
    )
    result = open_in_browser(path, "#shown", "#gone")
    assert any("boom" in error for error in result["errors"])
    assert any("undefinedFunction" in error for error in result["errors"])
    assert result["visible"] == {"#shown": True, "#gone": False}
