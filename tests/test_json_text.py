"""The JSON report's declaration text, written directly from the results (report/json_report.py), is
byte for byte ``json.dumps`` of the declaration's data made safe by ``stream.json_escape``: on every
sample, with waivers and a baseline, with characters that must be escaped, and in several pieces."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import compliance_checker
from compliance_checker.models.record import as_data, replace
from compliance_checker.models.report import DeclarationReport, EvidenceItem
from compliance_checker.report import json_report, stream
from compliance_checker.report.serialize import declaration_dict
from tests.conftest import SAMPLES
from tests.report_fixture import fixture_reports

_PLAIN = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _expected(decl: DeclarationReport) -> str:
    return stream.json_escape(_PLAIN(declaration_dict(decl)))


def _item_text(item: EvidenceItem) -> str:
    return _PLAIN(as_data(item))


def _written(decl: DeclarationReport) -> str:
    return "".join(json_report.JsonWriter.encode(decl))


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.yaml")))
@pytest.mark.parametrize("as_of", [dt.date(2025, 6, 1), dt.date(2026, 11, 29), dt.date(2028, 1, 1)])
def test_every_sample_is_written_as_its_data(sample: str, as_of: dt.date) -> None:
    decl = compliance_checker.check_file(SAMPLES / sample, as_of=as_of)
    assert _written(decl) == _expected(decl)


def test_waived_and_compared_results_are_written_as_their_data() -> None:
    waived = fixture_reports()["batch"]
    assert any(r.waiver is not None for d in waived.declarations for r in d.results)
    assert any(r.baseline is not None for d in waived.declarations for r in d.results)
    for decl in waived.declarations:
        assert _written(decl) == _expected(decl)


def test_unsafe_characters_are_escaped_as_json_escape_does() -> None:
    decl = compliance_checker.check_file(SAMPLES / "frontier-systemic-risk.yaml", as_of=dt.date(2026, 11, 29))
    odd = 'a\x7fb \x85 \u202e \ud800 \x01 \u00e9 \u2026 "q" \\'
    first = decl.results[0]
    item = EvidenceItem(path=odd, label=odd, check="present", status="failed", message=odd, line=3, column=4)
    changed = replace(first, message=odd, title=odd, evidence=(item, *first.evidence))
    decl = replace(decl, path=f"dir/{odd}.yaml", results=(changed, *decl.results[1:]))
    text = _written(decl)
    assert text == _expected(decl)
    assert "\x7f" not in text and "\x85" not in text and "\u202e" not in text
    assert json.loads(text)["results"][0]["evidence"][0]["message"] == odd


def test_a_long_declaration_comes_in_pieces_that_make_the_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    decl = compliance_checker.check_file(SAMPLES / "frontier-systemic-risk.yaml", as_of=dt.date(2026, 11, 29))
    monkeypatch.setattr(json_report, "_PIECE", 4096)
    pieces = json_report.JsonWriter.encode(decl)
    assert len(pieces) > 10
    assert "".join(pieces) == _expected(decl)


def test_the_writer_writes_the_pieces_unchanged() -> None:
    decl = compliance_checker.check_file(SAMPLES / "frontier-systemic-risk.yaml", as_of=dt.date(2026, 11, 29))
    written: list[str] = []
    writer = json_report.JsonWriter(written.append)
    writer.accept(json_report.JsonWriter.encode(decl))
    assert "".join(written) == "\n" + _expected(decl)


def test_ascii_runs_are_kept_apart_from_the_few_non_ascii_parts() -> None:
    decl = compliance_checker.check_file(SAMPLES / "frontier-systemic-risk.yaml", as_of=dt.date(2026, 11, 29))
    item = EvidenceItem(
        path="a", label="b", check="present", status="ok", message="caf\u00e9", line=1, column=1
    )
    changed = replace(decl.results[0], evidence=(item,))
    decl = replace(decl, results=(changed, *decl.results[1:]))
    pieces = json_report.JsonWriter.encode(decl)
    assert "".join(pieces) == _expected(decl)
    wide = [p for p in pieces if not p.isascii()]
    assert _item_text(item) in wide  # the accented item is a piece of its own
    assert sum(map(len, wide)) * 20 < sum(map(len, pieces))  # the wide pieces are a small part
    assert json_report._joined(["a", "b", "\u00e9", "c", "d"]) == ["ab", "\u00e9", "cd"]
