"""What a worker process sends back for each declaration (``pipeline.pack``): the rendered payloads, and a
digest whose rules are left out when they are the run's (``Digest.pack``). Every format of a ``--jobs 2``
run is byte for byte that of ``--jobs 1``, on a batch with findings, a waived finding, a declaration that
pins other ruleset versions, invalid and unreadable files and a file name with a control character."""

from __future__ import annotations

import datetime as dt
import errno
import os
import pickle
import re
import shutil
from pathlib import Path

import pytest

from compliance_checker import batch as batch_module
from compliance_checker import pipeline
from compliance_checker.batch import POOL_THRESHOLD
from compliance_checker.checking import check_file
from compliance_checker.report import FORMATTERS
from compliance_checker.report.summary import Digest, SummaryBuilder, outcome_counts, summarise
from compliance_checker.run import RunConfig, _Run
from tests.conftest import AS_OF, SAMPLES

FRONTIER = SAMPLES / "frontier-systemic-risk.yaml"
GAPS = SAMPLES / "third-country-gaps.yaml"
WAIVERS = """\
format_version: "1.0"
waivers:
  - rule: TDS-HEADER
    declarations: ["**/*third-country-gaps.yaml"]
    justification: The summary is with the publication team.
    approved_by: Head of Compliance
    approved_on: "2026-11-02"
    expires: "2027-01-31"
"""


def _pinned_draft(folder: Path) -> Path:
    """The frontier sample pinned to the third draft's transparency rules: other rules than the run's."""
    text = FRONTIER.read_text(encoding="utf-8")
    pinned = re.sub(r'(?m)^(  transparency: )"2025-07-10"', r'\1"2025-03-11"', text)
    assert pinned != text
    path = folder / "pinned-draft.yaml"
    path.write_text(pinned, encoding="utf-8")
    return path


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    for where in (folder, folder / "sub"):
        (where / "evidence").symlink_to(SAMPLES / "evidence")
    for sample in sorted(SAMPLES.glob("*.yaml")):
        shutil.copy(sample, folder / sample.name)
    for invalid in sorted((SAMPLES / "invalid").glob("*.yaml")):
        shutil.copy(invalid, folder / "sub" / invalid.name)
    shutil.copy(GAPS, folder / "sub" / "odd\x1bname.yaml")  # shown as an escape in every format
    _pinned_draft(folder)
    return folder


def _unreadable(tmp_path: Path) -> list[str]:
    """Files that cannot be read, given by name (a folder's search skips what is not a file)."""
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    return [str(fifo), str(tmp_path / "missing.yaml")]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the pool needs fork")
def test_every_format_of_the_pool_is_byte_identical_to_one_process(
    run_cli, tmp_path: Path, batch: Path
) -> None:
    paths = [str(batch), *_unreadable(tmp_path)]
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(WAIVERS, encoding="utf-8")
    found: dict[str, dict[str, bytes]] = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        out.mkdir()
        outputs = [arg for name in FORMATTERS for arg in ("-o", f"{name}={out / name}")]
        argv = ["check", "--as-of", AS_OF, "--jobs", jobs, "--waivers", str(waivers), *outputs, *paths]
        result = run_cli(*argv, "--format", "json")
        assert result.exit_code == 2, result.stderr[-2000:]
        found[jobs] = {p.name: p.read_bytes() for p in out.iterdir()}
        found[jobs]["stdout"] = result.stdout.encode()
        found[jobs]["stderr"] = result.stderr.encode()
    assert len(list(batch.rglob("*.yaml"))) + 2 > POOL_THRESHOLD  # so that --jobs 2 used the pool
    assert set(found["2"]) == {*FORMATTERS, "stdout", "stderr"}
    for name, text in found["1"].items():
        assert found["2"][name] == text, name
    csv = found["1"]["csv"].decode()
    # What the batch holds: findings, a waived one, the unreadable files, the escaped name.
    for expected in (",missing,", ",waived,", "fifo.yaml", "missing.yaml", "odd\\x1bname.yaml"):
        assert expected in csv, expected


def _processed(path: Path, *, waivers: Path | None = None) -> tuple[pipeline.Job, pipeline.Processed]:
    config = RunConfig(paths=(str(path),), format="json", as_of=dt.date.fromisoformat(AS_OF), waivers=waivers)
    job = _Run(config, [str(path)], None).job
    return job, pipeline.process(job, str(path))


def _crossed(job: pipeline.Job, item: pipeline.Processed) -> pipeline.Processed:
    data = pickle.loads(pickle.dumps(pipeline.pack(job, item), protocol=pickle.HIGHEST_PROTOCOL))
    return pipeline.unpack(job, item.path, data)


def _same(one: object, other: object) -> bool:
    """Equal values; the waiver and baseline uses (plain slotted classes) compared slot by slot."""
    if type(one).__eq__ is object.__eq__ and hasattr(one, "__slots__"):
        slots = type(one).__slots__
        return type(one) is type(other) and all(_same(getattr(one, n), getattr(other, n)) for n in slots)
    return one == other


def _same_processed(one: pipeline.Processed, other: pipeline.Processed) -> bool:
    return all(_same(getattr(one, name), getattr(other, name)) for name in pipeline.Processed._fields)


def test_a_declaration_checked_against_the_runs_rules_is_sent_without_them() -> None:
    job, item = _processed(FRONTIER)
    assert len(job.rules) == len(item.digest.statuses) > 100
    assert item.digest.rules is job.rules
    packed = item.digest.pack(job.rules)
    assert None in packed and job.rules not in packed
    assert not any(isinstance(value, tuple) for value in packed)  # no rule, title or ruleset crosses
    crossed = _crossed(job, item)
    assert crossed == item
    assert crossed.digest.rules is job.rules  # the summary looks the rules up once per run


def test_other_rules_cross_whole(tmp_path: Path) -> None:
    job, item = _processed(_pinned_draft(tmp_path))
    assert item.digest.rules != job.rules  # the third draft's transparency rules
    assert item.digest.pack(job.rules)[-2] == item.digest.rules
    assert _crossed(job, item) == item


@pytest.mark.parametrize(
    "path",
    [
        GAPS,  # findings
        SAMPLES / "invalid" / "unknown-key.yaml",  # located errors, no results
        Path("no-such-declaration.yaml"),  # cannot be read
    ],
    ids=["findings", "invalid", "unreadable"],
)
def test_a_processed_declaration_crosses_unchanged(path: Path, tmp_path: Path) -> None:
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(WAIVERS.replace("**/*third-country-gaps.yaml", str(GAPS)), encoding="utf-8")
    job, item = _processed(path, waivers=waivers)
    assert _same_processed(_crossed(job, item), item)
    if path == GAPS:
        assert item.waiver_use is not None and item.fails and item.digest.row.counts["waived"] == 1
    else:
        assert item.invalid and item.errors and item.digest.statuses == b""


def test_outcome_codes_count_as_the_report_does() -> None:
    decl = check_file(GAPS, as_of=dt.date.fromisoformat(AS_OF))
    digest = SummaryBuilder.digest(decl)
    assert digest.row.counts == outcome_counts(digest.statuses) == decl.counts()
    assert decl.counts()["missing"] > 0 and decl.counts()["partial"] > 0


def test_the_summary_of_crossed_digests_is_the_summary_of_the_reports(batch: Path) -> None:
    from compliance_checker import api

    paths = sorted(str(p) for p in batch.rglob("*.yaml"))
    report = api.check(paths, as_of=dt.date.fromisoformat(AS_OF), jobs=1)
    config = RunConfig(paths=tuple(paths), as_of=dt.date.fromisoformat(AS_OF))
    job = _Run(config, paths, None).job
    builder = SummaryBuilder()
    for path in paths:
        digest = pipeline.process(job, path).digest
        builder.add_digest(Digest.unpack(pickle.loads(pickle.dumps(digest.pack(job.rules))), job.rules))
    expected = summarise(report)
    assert builder.build() == expected
    assert expected.rules and expected.invalid  # gaps to tally and invalid files to count
    for rule in expected.rules:  # the tallies, counted again from the reports themselves
        results = [(d.path, r) for d in report.declarations for r in d.results if r.rule == rule.rule]
        statuses = [r.status for _, r in results]
        assert (rule.missing, rule.partial, rule.waived) == tuple(
            statuses.count(status) for status in ("missing", "partial", "waived")
        )
        assert rule.applicable == len(statuses) - statuses.count("not_applicable")
        assert rule.paths == tuple(p for p, r in results if r.status in ("missing", "partial"))[:20]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the pool needs fork")
def test_each_worker_has_its_first_task_before_the_next_is_forked(monkeypatch: pytest.MonkeyPatch) -> None:
    queued: list[list[int]] = []
    start = batch_module._Pool._start_worker

    def recording(pool: batch_module._Pool) -> batch_module._Worker:
        queued.append([worker.queued for worker in pool.workers])
        return start(pool)

    monkeypatch.setattr(batch_module._Pool, "_start_worker", recording)
    paths = [f"file{number:03d}" for number in range(100)]
    assert list(batch_module.ordered_map(str.upper, paths, jobs=3)) == [path.upper() for path in paths]
    assert queued == [[], [1], [1, 1]]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the pool needs fork")
def test_a_pool_goes_on_with_the_workers_it_could_start(monkeypatch: pytest.MonkeyPatch) -> None:
    forks: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        forks.append(len(forks))
        if len(forks) == 2:  # the second worker cannot be started: out of processes
            raise OSError(errno.EAGAIN, "Resource temporarily unavailable")
        return real_fork()

    monkeypatch.setattr(batch_module.os, "fork", fork)
    paths = [f"file{number:03d}" for number in range(100)]
    assert list(batch_module.ordered_map(str.upper, paths, jobs=3)) == [path.upper() for path in paths]
    assert forks == [0, 1]
