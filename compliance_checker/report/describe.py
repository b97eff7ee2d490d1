"""Conditions and checks in words, for the generated rule reference and `rules show`."""

from __future__ import annotations

from typing import Any

from compliance_checker.models.ruleset import (
    AllOf,
    AnyCheck,
    AnyOf,
    AsOf,
    Condition,
    DateCheck,
    DateLiteral,
    DateOperand,
    LatestOf,
    NotCond,
    PathCond,
)

RECIPIENT_WORDS: dict[str, str] = {
    "ai_office": "AI Office",
    "national_competent_authorities": "national competent authorities",
    "downstream_providers": "downstream providers",
    "public": "the public",
}

FACT_WORDS: dict[str, str] = {
    "gpai_provider": "the declarant provides a GPAI model",
    "is_gpai": "the model is a general-purpose AI model",
    "systemic_risk": "the model has systemic risk",
    "open_source_exempt": "the Art 53(2) open-source exemption applies",
    "open_source_claimed": "the model is released under a free and open-source licence",
    "third_country_provider": "the provider is established outside the Union",
    "authorised_representative_required": "an authorised representative is required (Art 54)",
    "modifier_is_provider": "the modifier became the provider of the modified model",
    "modification_only": "the modifier's documentation duties cover only its modification",
    "compute_plausible": "the training compute is not far below 6 x parameters x tokens",
    "legacy_model": "the model was placed on the market before 2 August 2025",
    "notification_required": "the Art 52(1) notification is required",
    "placed_on_market": "the model is placed on the Union market",
    "sme_or_smc": "the provider is an SME or SMC",
    "fines_apply": "the Commission can fine (from 2 August 2026)",
    "signatory_transparency": "the provider signed the Transparency chapter",
    "signatory_copyright": "the provider signed the Copyright chapter",
    "signatory_safety_and_security": "the provider signed the Safety and Security chapter",
}


def condition(cond: Condition) -> str:
    if isinstance(cond, str):
        return FACT_WORDS.get(cond, cond.replace("_", " "))
    if isinstance(cond, AllOf):
        return " and ".join(_grouped(c) for c in cond.all)
    if isinstance(cond, AnyOf):
        return " or ".join(_grouped(c) for c in cond.any)
    if isinstance(cond, NotCond):
        inner = cond.not_
        if isinstance(inner, str):
            return f"not ({FACT_WORDS.get(inner, inner)})"
        return f"not ({condition(inner)})"
    return _path(cond)


def _grouped(cond: Condition) -> str:
    text = condition(cond)
    return f"({text})" if isinstance(cond, AllOf | AnyOf) else text


def _path(cond: PathCond) -> str:
    if cond.present is not None:
        return f"`{cond.path}` is {'given' if cond.present else 'not given'}"
    if cond.one_of is not None:
        return f"`{cond.path}` is one of {', '.join(_literal(v) for v in cond.one_of)}"
    if cond.in_set is not None:
        return f"`{cond.path}` is in set {cond.in_set}"
    return f"`{cond.path}` is {_literal(cond.equals)}"


def _literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, str) else str(value)


def _operand(op: DateOperand) -> str:
    if isinstance(op, str):
        return f"`{op}`"
    if isinstance(op, DateLiteral):
        return op.date.isoformat()
    if isinstance(op, AsOf):
        return "the as-of date"
    if isinstance(op, LatestOf):
        return "the latest of " + ", ".join(_operand(o) for o in op.latest_of)
    return "the earliest of " + ", ".join(_operand(o) for o in op.earliest_of)


def check(item: Any) -> str:
    """One evidence check as a short sentence: what must hold at which path."""
    path = f"`{item.path}`"
    kind = item.check
    if kind == "present":
        alts = "".join(f" or `{p}`" for p in item.also)
        text = f"{path}{alts} given" + (" (N/A or 'none' accepted)" if item.accept_none else "")
        if item.words is not None:
            how = "up to" if item.words.up_to else "about"
            text += f", at least a quarter of the {how} {item.words.recommended} words the Form recommends"
    elif kind == "is_true":
        text = f"{path} is true"
    elif kind == "equals":
        text = f"{path} is {_literal(item.value)}"
    elif kind in ("one_of", "covers"):
        members = item.values if item.values is not None else [f"set {item.set}"]
        verb = "is one of" if kind == "one_of" else "includes all of"
        text = f"{path} {verb} {', '.join(str(m) for m in members)}"
    elif kind == "date":
        assert isinstance(item, DateCheck)
        name = next(n for n in ("before", "on_or_before", "after", "on_or_after") if getattr(item, n))
        offset = ""
        if item.offset is not None:
            unit, amount = item.offset.unit()
            offset = f" {'+' if amount >= 0 else '-'} {abs(amount)} {unit.replace('_', ' ')}"
        text = f"{path} {name.replace('_', ' ')} {_operand(getattr(item, name))}{offset}"
        if item.open_until_due:
            text += " (may be absent while that date has not passed)"
    elif kind == "number":
        words = {"gt": ">", "ge": ">=", "lt": "<", "le": "<=", "eq": "="}[item.op]
        other = f"`{item.other}`" if item.other is not None else str(item.value)
        factor = f"{item.factor} x " if item.factor != 1 else ""
        text = f"{path} {words} {factor}{other}"
    elif kind == "significant_figures":
        text = f"{path} written with at least {item.min} significant figure{'s' if item.min > 1 else ''}"
    elif kind == "order_of_magnitude":
        of = f" of `{item.of}`" if item.of else ""
        text = f"{path} is a power of ten (the order of magnitude{of})"
    elif kind == "in_bin":
        text = f"{path} is the bin of {item.bins} that holds `{item.of}`"
    elif kind == "any":
        assert isinstance(item, AnyCheck)
        text = "any of: " + "; ".join(check(alt) for alt in item.of)
    elif kind == "all":
        text = "all of: " + "; ".join(check(part) for part in item.of)
    elif kind == "each":
        where = f" where {condition(item.where)}" if item.where is not None else ""
        least = f" (at least {item.min_items})" if item.min_items else ""
        kept = " (a record to keep: `[]` if none)" if item.absent == "not_given" else ""
        text = f"every entry of {path}{where}{least}{kept}: " + "; ".join(check(c) for c in item.checks)
    elif kind == "some":
        entries = "entry" if item.min == 1 else "entries"
        text = f"at least {item.min} {entries} of {path} where {condition(item.where)}"
    elif kind == "cadence":
        key = f" (each entry's `{item.key}`)" if item.key else ""
        unit, amount = item.every.unit()
        until = _operand(item.until) if item.until is not None else "the as-of date"
        text = (
            f"dates in {path}{key} at least every {amount} {unit.replace('_', ' ')} from "
            f"{_operand(item.start)} to {until}"
        )
    elif kind == "evidence":
        text = f"{path} names evidence entries"
    elif kind == "file_exists":
        text = f"{path} names evidence files that exist inside the declaration's folder"
    elif kind == "evidence_references":
        text = f"every evidence reference of the declaration (the fields of set {item.set}) names an entry"
    elif kind == "evidence_files":
        text = "every evidence entry with a path is a readable file inside the evidence root"
    elif kind == "evidence_hashes":
        text = "every declared sha256 matches its file"
    elif kind == "evidence_unused":
        text = f"every evidence entry is named by a reference (the fields of set {item.set})"
    else:
        text = f"{path} names evidence files whose SHA-256 matches"
    if item.when is not None:
        text += f", when {condition(item.when)}"
    return text
