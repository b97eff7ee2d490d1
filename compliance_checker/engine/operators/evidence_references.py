"""`evidence_references`: every evidence reference in the declaration names an entry of its evidence
list. The reference fields are the members of a named ``set`` (dotted paths; lists on the way are
crossed entry by entry). Each dangling reference is its own item, at the reference, with a "did you
mean" hint; with no references the item is skipped."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from compliance_checker.engine.context import Context
from compliance_checker.engine.operators.common import Located, Operator, joined, plural
from compliance_checker.models.document import Path, dotted
from compliance_checker.models.record import Meta
from compliance_checker.models.ruleset import NAMED, Check

ReferenceSet = Annotated[
    str,
    Meta(
        pattern=NAMED,
        description="A set of a loaded ruleset, as `<ruleset id>/<name>`, listing the declaration's evidence "
        "reference fields as dotted paths (lists are crossed: `a.items.evidence`).",
    ),
]


class EvidenceReferences(Check):
    """Every evidence reference in the declaration (the fields listed in the named ``set``, lists crossed)
    names an entry of the evidence list; each dangling one is its own item, at the reference."""

    check: Literal["evidence_references"]
    set: ReferenceSet


def references(set_name: str, ctx: Context) -> list[tuple[Path, str]]:
    """Every evidence reference of the declaration, where it is written and the id it names: the fields
    that the named set lists (dotted paths; lists on the way are crossed entry by entry). Found once per
    declaration (this check and `evidence_unused` both need them)."""
    key = ("references", set_name)
    found: list[tuple[Path, str]] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = []
        for field in ctx.sets.get(set_name, ()):
            _collect(ctx.values, tuple(field.split(".")), (), found)
    return found


def _collect(value: Any, rest: tuple[str, ...], at: Path, found: list[tuple[Path, str]]) -> None:
    """The references under ``value`` along the fields ``rest`` (lists crossed), in order, into ``found``."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            if rest:
                _collect(item, rest, (*at, index), found)
            elif isinstance(item, str):
                found.append(((*at, index), item))
    elif not rest:
        if isinstance(value, str):
            found.append((at, value))
    elif isinstance(value, dict) and value.get(rest[0]) is not None:
        _collect(value[rest[0]], rest[1:], (*at, rest[0]), found)


def located(spec: EvidenceReferences, ctx: Context) -> Located:
    found = references(spec.set, ctx)
    gaps: list[tuple[Path, str]] = []
    for where, ref in found:
        if ref in ctx.evidence:
            continue
        import difflib  # only to suggest a name: not imported by a check (issue 16, start-up)

        close = difflib.get_close_matches(ref, list(ctx.evidence), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        known = "" if ctx.evidence else " (the declaration lists no evidence)"
        gaps.append(
            (
                where,
                f"{dotted(where)} names evidence id {ref!r}, which is not in the evidence list{known}{hint}",
            )
        )
    ids = len({ref for _, ref in found})
    summary = (
        f"all {plural(len(found), 'evidence reference')} ({plural(ids, 'id')}) name entries of the "
        "evidence list"
        if found
        else "the declaration makes no evidence references"
    )
    return Located(gaps, len(found), summary)


def describe(spec: EvidenceReferences) -> str:
    return f"every evidence reference of the declaration (the fields of set {spec.set}) names an entry"


OPERATOR = Operator(spec=EvidenceReferences, evaluate=joined(located), describe=describe, located=located)
