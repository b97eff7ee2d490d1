"""`covers`: the list at the path includes every one of ``values`` (or of the named ``set``); with
``key``, that field of each entry (for a list of mappings). Not given fails as "not given"; an empty list
fails too, saying that none were declared."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from compliance_checker.engine.context import MISSING, Context
from compliance_checker.engine.operators.common import Operator, Read, Verdict, empty_list, failed, passed
from compliance_checker.models.record import Meta
from compliance_checker.models.ruleset import NAMED, Check


class Covers(Check):
    """The list at the path includes every one of ``values`` (or of the named ``set``)."""

    check: Literal["covers"]
    key: (
        Annotated[str, Meta(description="Compare this field of each list item instead of the item.")] | None
    ) = None
    values: tuple[str, ...] | None = None
    set: (
        Annotated[
            str, Meta(pattern=NAMED, description="A set of a loaded ruleset, as `<ruleset id>/<name>`.")
        ]
        | None
    ) = None

    def invalid(self) -> str | None:
        if (self.values is None) == (self.set is None):
            return "a covers check takes exactly one of 'values' or 'set'"
        return None


def evaluate(spec: Covers, ctx: Context) -> Verdict:
    value = ctx.lookup(spec.path)
    if ctx.written(spec.path) is MISSING or value is MISSING:
        return failed(f"{spec.path} is not given")
    if not isinstance(value, list):
        return failed(f"{spec.path} is not a list")
    if spec.key is not None:
        found = {item.get(spec.key) for item in value if isinstance(item, dict)}
    else:
        found = {item for item in value if isinstance(item, str | int | float | bool)}
    required = list(spec.values) if spec.values is not None else list(ctx.sets.get(spec.set or "", ()))
    missing = [v for v in required if v not in found]
    if missing:
        lead = empty_list(spec.path) + ";" if not value else spec.path
        return failed(f"{lead} lacks {', '.join(str(m) for m in missing)}")
    return passed(f"{spec.path} covers {', '.join(str(r) for r in required)}")


def describe(spec: Covers) -> str:
    members = spec.values if spec.values is not None else [f"set {spec.set}"]
    return f"`{spec.path}` includes all of {', '.join(str(m) for m in members)}"


def reads(spec: Covers) -> Iterator[Read]:
    yield Read(("path",), spec.path, spec.key)


OPERATOR = Operator(spec=Covers, evaluate=evaluate, describe=describe, reads=reads)
