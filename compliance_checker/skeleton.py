"""The declaration skeleton written by `init`: every field the selected rules ask for, grouped like the
declaration (and so like the Model Documentation Form), each with a comment saying what to give and which
rules read it. Pure: models and rulesets in, YAML text out."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from compliance_checker.engine.conditions import words
from compliance_checker.engine.operators import OPERATORS, walk
from compliance_checker.models.declaration import FORMAT_VERSION, Declaration
from compliance_checker.models.model_card import Carried, one_line
from compliance_checker.models.ruleset import Check, Rule, Ruleset, leaves
from compliance_checker.yaml_values import value_lines

SYSTEMIC_FACTS = {"systemic_risk", "notification_required", "signatory_safety_and_security"}
OPEN_SOURCE_FACTS = {"open_source_exempt", "open_source_claimed"}
RECIPIENT_SHORT = {
    "ai_office": "AI Office",
    "national_competent_authorities": "national authorities",
    "downstream_providers": "downstream providers",
    "public": "the public",
}
MAX_RULE_IDS = 4


@dataclass(frozen=True, slots=True)
class ModelKind:
    """The kind of model a skeleton is written for (``init --open-source --systemic-risk``); not a
    ruleset profile (``models.profile.Profile``)."""

    open_source: bool = False
    systemic_risk: bool = False

    def describe(self) -> str:
        parts = ["a general-purpose AI model"]
        if self.systemic_risk:
            parts.append("with systemic risk")
        if self.open_source:
            parts.append("released under a free and open-source licence")
        return " ".join(parts)


def rule_in_profile(rule: Rule, profile: ModelKind) -> bool:
    facts = [(leaf, positive) for _, leaf, positive in leaves(rule.applies_when) if isinstance(leaf, str)]
    needs = {name for name, positive in facts if positive}
    excludes = {name for name, positive in facts if not positive}
    if needs & SYSTEMIC_FACTS and not profile.systemic_risk:
        return False
    if needs & OPEN_SOURCE_FACTS and not profile.open_source:
        return False
    exempt = profile.open_source and not profile.systemic_risk
    return not (excludes & {"open_source_exempt"} and exempt)


def _check_paths(check: Check) -> list[str]:
    """The declaration paths a check reads (``reads`` of its operator, and of the checks inside it): its
    own path, and the ones it compares with that lie in its own section or in `provider` and `model`.

    A compared-with path in another obligation's section (the Form's token count read by the training
    summary's size check) is left to that section, which asks for it when it applies. Paths inside a list
    entry (``item.*``) name fields of the entries, not declaration paths.
    """
    sections = (check.path.split(".")[0], "provider", "model")
    found: list[str] = []
    for visit in walk((check,)):
        operator = OPERATORS[visit.check.check]
        if operator.children is not None and not operator.item_scope:
            continue  # `any` and `all` read what their parts read
        for read in operator.reads(visit.check):
            own = read.where == ("path",) and not visit.lists
            if own or (not read.path.startswith("item") and read.path.split(".")[0] in sections):
                found.append(read.path)
    return list(dict.fromkeys(found))


# Inputs of the classification (not of any one rule), by profile: what makes the facts come out right.
# A fact the declaration leaves open is "cannot be determined" and turns the rules resting on it into
# questions, so the facts every declaration decides (placement, establishment, compute, the licence's
# grants and monetisation) are asked for in every skeleton.
CLASSIFIER_INPUTS: dict[str, tuple[str, ...]] = {
    "always": (
        "provider.country",
        "provider.sme",
        "provider.smc",
        "provider.code_of_practice.signatory",
        "provider.code_of_practice.chapters",
        "model.placement",
        "model.placed_on_market",
        "model.parameters",
        "model.parameters_estimate",
        "model.training_compute.flop",
        "model.training_compute.method",
        "model.training_compute.tokens",
        "model.licence.grants.access",
        "model.licence.grants.use",
        "model.licence.grants.modification",
        "model.licence.grants.redistribution",
        "model.licence.restrictions",
        "model.licence.monetised",
        "model.licence.public.weights",
        "model.licence.public.architecture",
        "model.licence.public.usage_information",
    ),
    "open_source": (),
    "systemic_risk": ("model.training_compute.cumulative_flop", "model.systemic_risk.designated"),
}


def referenced_paths(rulesets: Sequence[Ruleset], profile: ModelKind) -> dict[str, list[Rule]]:
    """Declaration path -> the rules (in the profile) that read it; classification inputs map to []."""
    found: dict[str, list[Rule]] = {}
    groups = ["always"] + (["open_source"] if profile.open_source else [])
    groups += ["systemic_risk"] if profile.systemic_risk else []
    for group in groups:
        for path in CLASSIFIER_INPUTS[group]:
            found.setdefault(path, [])
    for ruleset in rulesets:
        for rule in ruleset.rules:
            if not rule_in_profile(rule, profile):
                continue
            for check in rule.evidence:
                for path in _check_paths(check):
                    users = found.setdefault(path, [])
                    if rule not in users:
                        users.append(rule)
    return found


# --- walking the declaration model --------------------------------------------------------------------


def _unwrap(annotation: Any) -> Any:
    """Strip Optional/None and Annotated; keep the one substantive type."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        models = [a for a in args if isinstance(a, type) and issubclass(a, BaseModel)]
        if models:
            return models[0]
        return annotation if len(args) > 1 else _unwrap(args[0])
    return annotation


def _hint(annotation: Any) -> str:
    """What kind of value to write, in a few words."""
    kind = _unwrap(annotation)
    origin = typing.get_origin(kind)
    if origin is Literal:
        return "one of: " + ", ".join(str(a) for a in typing.get_args(kind))
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_hint(a) for a in typing.get_args(kind) if a is not type(None))
    if origin is list:
        (item,) = typing.get_args(kind)
        item = _unwrap(item)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return "a list of {" + ", ".join(item.model_fields) + "}"
        inner = _hint(item)
        return (
            f"a list, each {inner}" if inner.startswith("one of") else "a list of " + inner.removeprefix("a ")
        )
    if origin is dict:
        key, _ = typing.get_args(kind)
        return "a mapping from " + _hint(key).replace("one of: ", "") + " to text"
    names = {str: "text", bool: "true or false", int: "a whole number", float: "a number"}
    if kind is typing.Any:
        return "any value"
    if getattr(kind, "__name__", "") == "date":
        return "a date YYYY-MM-DD"
    return names.get(kind, getattr(kind, "__name__", str(kind)))


def _form_items(rules: Sequence[Rule]) -> list[str]:
    items = {
        source.ref.rsplit("item ", 1)[1]
        for rule in rules
        for source in rule.sources
        if "Model Documentation Form, item " in source.ref
    }
    return sorted(items, key=int)


def _wrap(text: str, pad: str, width: int = 108) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(pad) + 2 + len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return [f"{pad}# {item}" for item in lines]


@dataclass(slots=True)
class _Writer:
    referenced: dict[str, list[Rule]]
    lines: list[str]
    carried: Mapping[str, Carried] = field(default_factory=dict)  # values given (from a model card)

    def under(self, path: str) -> list[Rule]:
        prefix = path + "."
        found: list[Rule] = []
        for key, rules in self.referenced.items():
            if key == path or key.startswith(prefix):
                found += [r for r in rules if r not in found]
        return found

    def wanted(self, path: str, info: FieldInfo) -> bool:
        prefix = path + "."
        return (
            info.is_required()
            or any(k == path or k.startswith(prefix) for k in self.referenced)
            or self.carries(path)
        )

    def carries(self, path: str) -> bool:
        prefix = path + "."
        return any(k == path or k.startswith(prefix) for k in self.carried)

    def carried_value(self, name: str, path: str, note: str, pad: str) -> None:
        given = self.carried[path]
        self.lines += _wrap(note, pad)
        source = "not in the model card" if given.placeholder else f"from the model card: {given.origin}"
        self.lines += _wrap(one_line("; ".join(filter(None, [source, given.note]))), pad)
        self.lines += value_lines(name, given.value, pad)

    def comment(self, path: str, info: FieldInfo, annotation: Any) -> str:
        parts: list[str] = []
        if info.is_required():
            parts.append("Required.")
        description = info.description or ""
        if description.startswith("Ids of entries in the top-level"):
            description = "Evidence ids (entries of the `evidence` list at the end)"
        if description:
            parts.append(description.rstrip(".") + ".")
        kind = _unwrap(annotation)
        if not (isinstance(kind, type) and issubclass(kind, BaseModel)):
            hint = _hint(annotation)
            parts.append(hint[0].upper() + hint[1:] + ".")
        rules = self.referenced.get(path, [])
        items = _form_items(rules)
        if items:
            label = "item" if len(items) == 1 else "items"
            parts.append(f"Model Documentation Form {label} {', '.join(items)}.")
        owed = sorted({r for rule in rules for r in rule.recipients}, key=list(RECIPIENT_SHORT).index)
        if owed:
            parts.append("Owed to " + ", ".join(RECIPIENT_SHORT[r] for r in owed) + ".")
        if path in self.referenced and not rules:
            parts.append("Read by the classification (see `compliance-checker classify`).")
        if rules:
            ids = [rule.id for rule in rules]
            more = f" and {len(ids) - MAX_RULE_IDS} more" if len(ids) > MAX_RULE_IDS else ""
            parts.append(f"Rules: {', '.join(ids[:MAX_RULE_IDS])}{more}.")
        return " ".join(parts)

    def block_note(self, model: type[BaseModel], path: str) -> str:
        """For an optional block with required fields: when it is needed, so it can be deleted otherwise."""
        if not any(f.is_required() for f in model.model_fields.values()):
            return ""
        conditions = {words(r.applies_when) for r in self.under(path)}
        if not conditions or words("gpai_provider") in conditions:
            return "Remove the '# ' in front of the lines below to fill it in."
        return "Needed only when " + " or ".join(sorted(conditions)) + ": then remove the '# ' in front."

    def model(self, model: type[BaseModel], prefix: str, depth: int) -> None:
        for name, info in model.model_fields.items():
            path = f"{prefix}{name}"
            if not self.wanted(path, info):
                continue
            pad = "  " * depth
            kind = _unwrap(info.annotation)
            note = self.comment(path, info, info.annotation)
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                conditional = (
                    not info.is_required()
                    and any(f.is_required() for f in kind.model_fields.values())
                    and not self.carries(path)  # a block with a carried value is written out
                )
                if conditional:
                    note = " ".join(filter(None, [note, self.block_note(kind, path)]))
                self.lines += _wrap(note, pad)
                start = len(self.lines)
                self.lines.append(f"{pad}{name}:")
                self.model(kind, path + ".", depth + 1)
                if conditional:
                    # Its required fields would make an unfilled file invalid: written commented out.
                    self.lines[start:] = [f"{pad}# {line[len(pad) :]}" for line in self.lines[start:]]
                continue
            if path in self.carried:
                self.carried_value(name, path, note, pad)
                continue
            origin = typing.get_origin(kind)
            empty = "[]" if origin is list else "{}" if origin is dict else "null"
            default = info.default
            if not info.is_required() and isinstance(default, bool):
                empty = "true" if default else "false"  # the field takes no null: show its default
            self.lines += _wrap(note, pad)
            self.lines.append(f"{pad}{name}: {empty}")


def asked_for(rulesets: Sequence[Ruleset], profile: ModelKind, paths: Iterable[str]) -> set[str]:
    """The paths the profile's skeleton asks for: in provider and model always; elsewhere the block two
    levels down (``transparency.model_documentation``) must hold a field a rule of the profile reads. A
    model card's value outside them is not written (an exempt open-source model owes no Model
    Documentation Form; only a model with systemic risk owes a Model Report)."""
    blocks = {".".join(key.split(".")[:2]) for key in referenced_paths(rulesets, profile)}
    return {
        path
        for path in paths
        if path.split(".")[0] in ("provider", "model", "evidence") or ".".join(path.split(".")[:2]) in blocks
    }


def render(
    rulesets: Sequence[Ruleset],
    profile: ModelKind,
    *,
    carried: Mapping[str, Carried] | None = None,
    preamble: Sequence[str] = (),
    schema_url: str | None = None,
) -> str:
    """The skeleton as YAML text. ``carried`` values (from a model card) are written in place of the
    prompts, each with where it came from; ``preamble`` lines are added to the header comment; with a
    ``schema_url`` the first line is a modeline that editors use for completion."""
    referenced = referenced_paths(rulesets, profile)
    referenced.setdefault("evidence", [])
    versions = ", ".join(f"{r.ruleset.id}@{r.ruleset.version}" for r in rulesets)
    lines = [f"# yaml-language-server: $schema={schema_url}"] if schema_url else []
    lines += [
        f"# Declaration for {profile.describe()} under the EU AI Act",
        f"# (compliance-checker declaration format {FORMAT_VERSION}).",
        f"# Written by `compliance-checker init` for the rulesets {versions}.",
        "# Each field says what to give and which rules read it. null, [] and {} mean 'not given yet'; the",
        "# fields marked Required must be filled before the file validates. Evidence ids point into the",
        "# `evidence` list at the end (each entry: {id, url} or {id, path, sha256}). Then run:",
        "#   compliance-checker check THIS-FILE",
        *(line for text in preamble for line in _wrap(text, "")),
        f'format_version: "{FORMAT_VERSION}"',
    ]
    writer = _Writer(referenced, lines, carried or {})
    for name, info in Declaration.model_fields.items():
        if name in ("format_version", "rulesets"):
            continue
        if name == "evidence":
            lines.append(
                "evidence: []  # e.g. - {id: technical-documentation, url: https://example.com/docs}"
            )
            continue
        if not writer.wanted(name, info):
            continue
        kind = _unwrap(info.annotation)
        assert isinstance(kind, type) and issubclass(kind, BaseModel)
        lines.append("")
        if info.description:
            lines += _wrap(info.description, "")
        lines.append(f"{name}:")
        writer.model(kind, name + ".", 1)
    return "\n".join(lines) + "\n"
