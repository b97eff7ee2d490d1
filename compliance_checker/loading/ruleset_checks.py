"""What a ruleset must get right beyond each record's own fields: unique rule ids, names that are not both
a set and a taxonomy group, references to sets and bins that exist, and declaration paths that the
declaration schema has. Each problem is reported at its path in the ruleset file.

Declaration paths are looked up in the published declaration schema (``schemas/declaration.schema.json``,
generated from the declaration models): a path crosses mappings only (a check that meant to cross a list
uses `each`); inside `each` and `some`, ``item.`` starts at an entry of the list, resolved against the
list's item schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from compliance_checker.engine.operators import OPERATORS, walk
from compliance_checker.loading.records import problem_at
from compliance_checker.models.document import Path
from compliance_checker.models.ruleset import Condition, PathCond, Ruleset, leaves

Problem = tuple[Path, str]
_REFERENCES = {"set": "sets", "in_set": "sets", "bins": "bins"}


def problems(ruleset: Ruleset, declaration_schema: dict[str, Any]) -> list[Problem]:
    """Every problem of the ruleset as a whole, at its path, its message led by that path."""
    found = [*_names(ruleset), *_references(ruleset), *_paths(ruleset, DeclarationPaths(declaration_schema))]
    return [problem_at(path, message) for path, message in found]


def _names(ruleset: Ruleset) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, rule in enumerate(ruleset.rules):
        for at, rid in [(("id",), rule.id), *((("aliases", i), a) for i, a in enumerate(rule.aliases))]:
            if rid in seen:
                yield ("rules", index, *at), f"rule id {rid!r} is used more than once"
            seen.add(rid)
    for name in sorted(set(ruleset.taxonomy) & set(ruleset.sets)):
        yield ("sets", name), f"{name!r} is both a taxonomy group and a set: a name may be only one of them"
    for group, entries in ruleset.taxonomy.items():
        ids = [entry.id for entry in entries]
        for index, ident in enumerate(ids):
            if ident in ids[:index]:
                yield (
                    ("taxonomy", group, index, "id"),
                    f"taxonomy group {group!r} lists the id {ident!r} twice",
                )


def _references(ruleset: Ruleset) -> Iterator[Problem]:
    """Every set, taxonomy group or bin list of this ruleset that a rule names exists (those of other
    rulesets are looked up when the rules run)."""
    own = {"sets": {*ruleset.sets, *ruleset.taxonomy}, "bins": set(ruleset.bins)}
    prefix = f"{ruleset.ruleset.id}/"
    for index, rule in enumerate(ruleset.rules):
        named: list[tuple[Path, str, str]] = [
            ((*at, "in_set"), "in_set", leaf.in_set)
            for at, leaf in _path_conditions(rule.applies_when, ("applies_when",))
            if leaf.in_set
        ]
        for visit in walk(rule.evidence):
            for field in _REFERENCES:
                value = getattr(visit.check, field, None)
                if isinstance(value, str):
                    named.append(((*visit.where, field), field, value))
            for key in ("when", "where"):
                for at, leaf in _path_conditions(getattr(visit.check, key, None), (*visit.where, key)):
                    if leaf.in_set:
                        named.append(((*at, "in_set"), "in_set", leaf.in_set))
        for at, field, name in named:
            kind = _REFERENCES[field]
            if name.startswith(prefix) and name.removeprefix(prefix) not in own[kind]:
                known = ", ".join(sorted(own[kind])) or "none"
                what = "bins" if kind == "bins" else "set or taxonomy group"
                yield ("rules", index, *at), f"unknown {what} {name!r} (defined here: {known})"


def _path_conditions(cond: Condition | None, where: Path) -> Iterator[tuple[Path, PathCond]]:
    if cond is not None:
        for at, leaf, _ in leaves(cond, where):
            if isinstance(leaf, PathCond):
                yield at, leaf


def _paths(ruleset: Ruleset, schema: DeclarationPaths) -> Iterator[Problem]:
    for index, rule in enumerate(ruleset.rules):
        here: Path = ("rules", index)
        for at, leaf in _path_conditions(rule.applies_when, ("applies_when",)):
            yield from schema.check((*here, *at, "path"), leaf.path, ())
        for visit in walk(rule.evidence):
            operator = OPERATORS[visit.check.check]
            where = (*here, *visit.where)
            for at, leaf in _path_conditions(visit.check.when, ("when",)):
                yield from schema.check((*where, *at, "path"), leaf.path, visit.lists)
            for read in operator.reads(visit.check):
                yield from schema.check((*where, *read.where), read.path, visit.lists, key=read.key)
            if operator.item_scope:
                inner = (*visit.lists, visit.check.path)
                for at, leaf in _path_conditions(getattr(visit.check, "where", None), ("where",)):
                    yield from schema.check((*where, *at, "path"), leaf.path, inner)


class DeclarationPaths:
    """Dotted paths looked up in the declaration's JSON Schema."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self._root = schema
        self._defs: dict[str, Any] = schema.get("$defs", {})

    def _expand(self, node: Any) -> list[dict[str, Any]]:
        """A schema node as the alternatives it allows (``$ref`` followed, ``anyOf`` and ``allOf`` opened)."""
        if not isinstance(node, dict):
            return [{}] if node is True else []
        if "$ref" in node:
            return self._expand(self._defs[node["$ref"].rsplit("/", 1)[-1]])
        for key in ("anyOf", "oneOf", "allOf"):
            if key in node:
                return [alt for sub in node[key] for alt in self._expand(sub)]
        return [node]

    def _child(self, nodes: list[dict[str, Any]], key: str) -> tuple[list[dict[str, Any]], list[str]]:
        """The schema of field ``key`` under each alternative, and the field names they know."""
        found: list[dict[str, Any]] = []
        names: list[str] = []
        for node in nodes:
            properties = node.get("properties", {})
            names += list(properties)
            # An object without declared fields, or a node without a type, takes any key.
            extra = node.get("additionalProperties", not properties and node.get("type") in (None, "object"))
            if key in properties:
                found += self._expand(properties[key])
            elif extra:
                found += self._expand(extra)
        return found, names

    def _items(self, nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        items = [self._expand(n.get("items", True)) for n in nodes if n.get("type") in ("array", None)]
        return [alt for group in items for alt in group]

    def _lookup(self, path: str, lists: tuple[str, ...]) -> tuple[list[dict[str, Any]], str]:
        """The schema nodes at ``path`` (item-relative inside lists), or [] and why not."""
        nodes = self._expand(self._root)
        parts = path.split(".")
        if parts[0] == "item":
            if not lists:
                return [], f"{path!r} names a list entry (item) outside `each` and `some`"
            nodes, why = self._lookup(lists[-1], lists[:-1])
            nodes = self._items(nodes)
            if not nodes:
                return [], why or f"{lists[-1]!r} is not a list in the declaration"
            parts = parts[1:]
        for part in parts:
            found, names = self._child(nodes, part)
            if not found:
                import difflib  # only to suggest a name: not imported by a check (issue 16, start-up)

                close = difflib.get_close_matches(part, sorted(set(names)), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                return [], f"{path!r} is not a path of the declaration: no field {part!r}{hint}"
            nodes = found
        return nodes, ""

    def check(
        self, where: Path, path: str, lists: tuple[str, ...], *, key: str | None = None
    ) -> list[Problem]:
        nodes, why = self._lookup(path, lists)
        if not nodes:
            return [(where, why)]
        if key is not None and not self._child(self._items(nodes), key)[0]:
            return [(where, f"the entries of {path!r} have no field {key!r}")]
        return []
