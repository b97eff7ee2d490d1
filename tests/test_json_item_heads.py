"""The JSON writer encodes an evidence item's path, label and check once per process
(``json_report._ITEM_HEADS``): items that share them still carry their own status, message and place,
odd characters are made safe as before, and the cache stays bounded however many distinct items a
long-lived process writes."""

from __future__ import annotations

import json

import pytest

from compliance_checker.models.record import as_data
from compliance_checker.models.report import EvidenceItem
from compliance_checker.report import json_report, stream

_PLAIN = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _expected(item: EvidenceItem) -> str:
    return stream.json_escape(_PLAIN(as_data(item)))


def test_items_sharing_a_head_keep_their_own_status_message_and_place() -> None:
    given = EvidenceItem(
        path="model.name",
        label="Model name",
        check="present",
        status="ok",
        message="given",
        line=3,
        column=9,
    )
    missing = EvidenceItem(
        path="model.name",
        label="Model name",
        check="present",
        status="failed",
        message='no "name"',
        line=1,
        column=1,
    )
    for item in (given, missing, given):
        assert json_report._item(item) == _expected(item)


def test_odd_characters_in_a_head_are_made_safe() -> None:
    odd = 'a\x7fb \x85 \u202e "q" \\ \u00e9'
    item = EvidenceItem(path=odd, label=odd, check=odd, status="failed", message=odd, line=2, column=4)
    text = json_report._item(item)
    assert text == _expected(item)
    assert json_report._item(item) == text  # from the cache: the same text
    assert json.loads(text)["label"] == odd


def test_the_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_report, "_ITEM_HEADS", {})
    for number in range(json_report._CACHE_LIMIT + 50):
        item = EvidenceItem(
            path=f"evidence[{number}].path",
            label="Evidence file",
            check="file",
            status="ok",
            message="exists",
            line=number + 1,
            column=5,
        )
        assert json_report._item(item) == _expected(item)
        assert len(json_report._ITEM_HEADS) <= json_report._CACHE_LIMIT
