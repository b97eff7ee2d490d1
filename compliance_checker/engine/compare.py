"""What changed between two versions of a declaration, and which verdicts changed with it (`compare`).

Pure: two loaded declarations and their reports in, a ``Comparison`` out; no I/O, no printing.

The structural diff walks the two validated declarations (their typed values, defaults included, so a
field written with its default value is no change). Lists of entries are paired by their identity, not
their position (``LIST_KEYS``): a reordered evidence list is no change, a renamed dataset is one removed
and one added. A list of plain values (protocols, dates, evidence ids) is compared as a set of values. A
list of entries without a key, or whose keys repeat, is paired by position, and the comparison says so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from compliance_checker.models.compare import (
    ChangeKind,
    Comparison,
    Direction,
    FieldChange,
    ListMatching,
    Location,
    VerdictChange,
    Version,
)
from compliance_checker.models.document import LoadedDocument
from compliance_checker.models.document import Path as DocPath
from compliance_checker.models.loaded import LoadedDeclaration
from compliance_checker.models.report import DeclarationReport, RuleResult

# Lists of entries (path without indexes) -> the field that identifies an entry. A test keeps this
# complete for every list of entries in models/declaration.py and checks each key is a required field.
LIST_KEYS: dict[str, str] = {
    "evidence": "id",
    "transparency.model_documentation.distribution.union_channels": "channel",
    "copyright.rights_reservation.crawlers": "name",
    "training_data_summary.sources.public_datasets.large_datasets": "name",
    "training_data_summary.sources.synthetic.generating_models": "name",
    "safety_and_security.framework.updates": "version",
    "safety_and_security.framework.assessments": "date",
    "safety_and_security.serious_incidents.log": "id",
    "safety_and_security.risk_register.risks": "id",
    "safety_and_security.risk_register.risks.acceptance.tiers": "name",
    "safety_and_security.security.deviations": "point",
    "safety_and_security.model_report.updates": "version",
}

# How good an outcome is, for "improved" and "regressed": a pass, a gap not yet due, a question, a
# partial and a missing finding. Outcomes of equal rank that differ (evidenced and not_applicable) are
# "changed".
OUTCOME_RANK: dict[str, int] = {
    "evidenced": 0,
    "not_applicable": 0,
    "waived": 0,
    "not_yet_due": 1,
    "manual_review": 2,
    "partial": 3,
    "missing": 4,
}


def plain(value: Any) -> Any:
    """A JSON-ready copy: dates as ISO strings, tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def given(value: Any) -> Any:
    """A JSON-ready value without the parts that are not given (the defaults of an added block)."""
    if isinstance(value, dict):
        return {str(k): given(v) for k, v in value.items() if not is_empty(v)}
    if isinstance(value, list | tuple):
        return [given(v) for v in value]
    return plain(value)


def is_empty(value: Any) -> bool:
    """Not given: None, empty text, an empty list, or a block with nothing given in it."""
    if value is None or value == "" or value == [] or value == ():
        return True
    if isinstance(value, dict):
        return all(is_empty(v) for v in value.values())
    return False


def _key_text(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


@dataclass
class _Differ:
    old_doc: LoadedDocument
    new_doc: LoadedDocument
    changes: list[FieldChange] = field(default_factory=list)
    positional: list[ListMatching] = field(default_factory=list)

    def at(self, doc: LoadedDocument, path: DocPath) -> Location:
        pos = doc.position(path)
        return Location(doc.file, pos.line, pos.column)

    def add(
        self, kind: ChangeKind, shown: str, old: Any, new: Any, old_path: DocPath, new_path: DocPath
    ) -> None:
        self.changes.append(
            FieldChange(
                kind=kind,
                path=shown,
                old=None if kind == "added" else given(old),
                new=None if kind == "removed" else given(new),
                old_at=None if kind == "added" else self.at(self.old_doc, old_path),
                new_at=None if kind == "removed" else self.at(self.new_doc, new_path),
            )
        )

    def walk(self, old: Any, new: Any, schema: str, shown: str, old_path: DocPath, new_path: DocPath) -> None:
        if old == new:
            return
        if isinstance(old, dict) and isinstance(new, dict):
            for key in [*old, *(k for k in new if k not in old)]:
                sub = f"{schema}.{key}" if schema else str(key)
                name = f"{shown}.{key}" if shown else str(key)
                self.walk(old.get(key), new.get(key), sub, name, (*old_path, key), (*new_path, key))
            return
        if isinstance(old, list | tuple) and isinstance(new, list | tuple) and (old or new):
            self.lists(list(old), list(new), schema, shown, old_path, new_path)
            return
        old_empty, new_empty = is_empty(old), is_empty(new)
        if old_empty and new_empty:
            return
        kind: ChangeKind = "added" if old_empty else "removed" if new_empty else "changed"
        self.add(kind, shown, old, new, old_path, new_path)

    def lists(
        self, old: list[Any], new: list[Any], schema: str, shown: str, old_path: DocPath, new_path: DocPath
    ) -> None:
        if any(isinstance(item, dict) for item in (*old, *new)):
            key = LIST_KEYS.get(schema)
            reason = self.keyless(old, new, key)
            if key is None or reason:
                self.positional.append(
                    ListMatching(shown, None, reason or "its entries have no identifying field")
                )
                self.by_position(old, new, schema, shown, old_path, new_path)
            else:
                self.by_key(old, new, key, schema, shown, old_path, new_path)
            return
        try:
            self.by_value(old, new, shown, old_path, new_path)
        except TypeError:  # unhashable values: nested lists
            self.positional.append(ListMatching(shown, None, "its values are lists"))
            self.by_position(old, new, schema, shown, old_path, new_path)

    @staticmethod
    def keyless(old: list[Any], new: list[Any], key: str | None) -> str | None:
        """Why entries cannot be paired by ``key``: an entry without it, or a value used twice."""
        if key is None:
            return None
        for side in (old, new):
            seen: set[str] = set()
            for item in side:
                value = item.get(key) if isinstance(item, dict) else None
                if value is None:
                    return f"an entry has no {key}"
                text = _key_text(value)
                if text in seen:
                    return f"two entries share {key} {text!r}"
                seen.add(text)
        return None

    def by_key(
        self,
        old: list[Any],
        new: list[Any],
        key: str,
        schema: str,
        shown: str,
        old_path: DocPath,
        new_path: DocPath,
    ) -> None:
        old_index = {_key_text(item[key]): i for i, item in enumerate(old)}
        new_index = {_key_text(item[key]): j for j, item in enumerate(new)}
        for ident, i in old_index.items():
            name = f"{shown}[{key}={ident}]"
            j = new_index.get(ident)
            if j is None:
                self.add("removed", name, old[i], None, (*old_path, i), new_path)
            else:
                self.walk(old[i], new[j], schema, name, (*old_path, i), (*new_path, j))
        for ident, j in new_index.items():
            if ident not in old_index:
                self.add("added", f"{shown}[{key}={ident}]", None, new[j], old_path, (*new_path, j))

    def by_position(
        self, old: list[Any], new: list[Any], schema: str, shown: str, old_path: DocPath, new_path: DocPath
    ) -> None:
        for i in range(max(len(old), len(new))):
            name = f"{shown}[{i}]"
            if i >= len(new):
                self.add("removed", name, old[i], None, (*old_path, i), new_path)
            elif i >= len(old):
                self.add("added", name, None, new[i], old_path, (*new_path, i))
            else:
                self.walk(old[i], new[i], schema, name, (*old_path, i), (*new_path, i))

    def by_value(
        self, old: list[Any], new: list[Any], shown: str, old_path: DocPath, new_path: DocPath
    ) -> None:
        """Plain values as a multiset: each value removed or added once, at its place in its file."""
        removed = Counter(old) - Counter(new)
        added = Counter(new) - Counter(old)
        for i, value in enumerate(old):
            if removed[value] > 0:
                removed[value] -= 1
                self.add("removed", shown, value, None, (*old_path, i), new_path)
        for j, value in enumerate(new):
            if added[value] > 0:
                added[value] -= 1
                self.add("added", shown, None, value, old_path, (*new_path, j))


def field_changes(
    old: LoadedDeclaration, new: LoadedDeclaration
) -> tuple[tuple[FieldChange, ...], tuple[ListMatching, ...]]:
    """Every field, entry and block added, removed or changed from ``old`` to ``new``."""
    differ = _Differ(old.document, new.document)
    differ.walk(old.values, new.values, "", "", (), ())
    return tuple(differ.changes), tuple(differ.positional)


def _direction(old: str | None, new: str | None) -> Direction:
    if old is None or new is None:
        return "changed"
    delta = OUTCOME_RANK[new] - OUTCOME_RANK[old]
    return "improved" if delta < 0 else "regressed" if delta > 0 else "changed"


def _at(report: DeclarationReport, result: RuleResult | None) -> Location | None:
    return None if result is None else Location(report.path, result.line, result.column)


def verdict_changes(old: DeclarationReport, new: DeclarationReport) -> tuple[tuple[VerdictChange, ...], int]:
    """Each rule whose outcome differs (in the order of the new report), and how many did not change."""
    before = {r.rule: r for r in old.results}
    after = {r.rule: r for r in new.results}
    order: Iterable[str] = [*after, *(rule for rule in before if rule not in after)]
    changes: list[VerdictChange] = []
    unchanged = 0
    for rule in order:
        a, b = before.get(rule), after.get(rule)
        old_status = a.status if a else None
        new_status = b.status if b else None
        if old_status == new_status:
            unchanged += 1
            continue
        either = b or a
        assert either is not None
        changes.append(
            VerdictChange(
                rule=rule,
                ruleset=either.ruleset,
                title=either.title,
                severity=either.severity,
                direction=_direction(old_status, new_status),
                old_status=old_status,
                new_status=new_status,
                old_message=a.message if a else None,
                new_message=b.message if b else None,
                old_at=_at(old, a),
                new_at=_at(new, b),
            )
        )
    return tuple(changes), unchanged


def compare(
    old: LoadedDeclaration,
    new: LoadedDeclaration,
    old_report: DeclarationReport,
    new_report: DeclarationReport,
) -> Comparison:
    """The comparison of two versions, checked with the same as-of date and ruleset selection."""
    fields, positional = field_changes(old, new)
    verdicts, unchanged = verdict_changes(old_report, new_report)
    return Comparison(
        old=Version(old.file, old.sha256, _model(old)),
        new=Version(new.file, new.sha256, _model(new)),
        as_of=new_report.as_of,
        profile=new_report.profile,
        rulesets=new_report.rulesets,
        fields=fields,
        positional=positional,
        verdicts=verdicts,
        unchanged_verdicts=unchanged,
    )


def _model(loaded: LoadedDeclaration) -> str:
    model = loaded.values.get("model") or {}
    return f"{model.get('name')} {model.get('version')}"
