"""A document from a checked declaration: a layout's rules, their evidence items and their results.

What a document needs is what its rules require: each evidence item of a rule the layout places is a
field, shown with the declaration's value, and it is a gap exactly when the evaluation found it missing
or thin (``EvidenceItem.is_gap``). A rule that does not apply to the model leaves its part out, with the
rule's reason; for the Model Documentation Form, a rule owed to other recipients is left out too (the
rules' ``recipients``, the Form's tick-boxes). Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from compliance_checker.documents.layouts import INCIDENT_LOG, INCIDENT_STAGES, Layout, Part, SectionLayout
from compliance_checker.documents.model import Absent, Document, Field, Gap, Group, Pairs, Section, Text
from compliance_checker.documents.values import Values, entry_name, generic, split, words
from compliance_checker.models.report import EvidenceItem, RuleResult
from compliance_checker.models.ruleset import RECIPIENT_WORDS, Rule


class NoSuchIncident(ValueError):
    """``--incident`` names no entry of the incident log; ``known`` lists the ids there are."""

    def __init__(self, incident: str, known: Sequence[str]) -> None:
        super().__init__(incident)
        self.incident = incident
        self.known = tuple(known)


@dataclass(frozen=True, slots=True, kw_only=True)
class Inputs:
    """What a document is built from: the declaration's values, the selected rules and their results."""

    file: str
    sha256: str
    values: Values
    rules: Mapping[str, Rule]
    results: Mapping[str, RuleResult]
    as_of: dt.date
    tool: str
    rulesets: tuple[str, ...]
    locate: Callable[[str], tuple[int, int]]  # where a path is written (line, column), or its nearest parent


def _wanted(item: EvidenceItem, part: Part) -> bool:
    if not part.paths:
        return True
    shape = generic(item.path)
    return any(shape == path or shape.startswith(path + ".") for path in part.paths)


def _entry(path: str) -> str | None:
    """The list entry a path lies in (``a.b[2]`` for ``a.b[2].c.d``), or None."""
    end = path.rfind("]")
    return path[: end + 1] if end >= 0 else None


class _Builder:
    def __init__(self, layout: Layout, inputs: Inputs, *, recipient: str | None, entry: str | None) -> None:
        self.layout = layout
        self.inputs = inputs
        self.recipient = layout.recipients.get(recipient) if recipient else None
        self.entry = entry  # with --incident: the only list entry of the log the document is about
        self.omitted: list[str] = []

    def owed(self, rule_id: str) -> bool:
        if self.recipient is None:
            return True
        rule = self.inputs.rules.get(rule_id)
        return rule is not None and self.recipient in rule.recipients

    def fields(self, part: Part) -> tuple[str, tuple[Field, ...]] | None:
        """The part's heading and fields; None when its rule is not selected, not owed or not applicable."""
        result = self.inputs.results.get(part.rule)
        if result is None:
            return None
        if result.status == "not_applicable":
            self.omitted.append(f"{result.title}: {result.message}")
            return None
        note = ""
        if result.status == "not_yet_due" and result.due is not None:
            note = f"not due until {result.due.isoformat()}"
        items = [item for item in result.evidence if _wanted(item, part)]
        if self.entry is not None:
            items = [
                item for item in items if not item.path.startswith(INCIDENT_LOG) or _in(item, self.entry)
            ]
        heading = result.title if part.heading is None else part.heading
        return heading, self._fields(items, result, part, note)

    def _fields(
        self, items: Sequence[EvidenceItem], result: RuleResult, part: Part, note: str
    ) -> tuple[Field, ...]:
        by_path: dict[str, list[EvidenceItem]] = {}
        for item in items:
            by_path.setdefault(self._shown(item.path), []).append(item)
        # A path inside a list entry is shown in its entry's field (unless the document is about one
        # entry, an incident); the others each have a field. In the order the rule checks them.
        order: dict[str, list[tuple[str, list[EvidenceItem]]]] = {}
        for path, group in by_path.items():
            entry = _entry(path) if self.entry is None else None
            key = entry if entry is not None and entry != path else path
            order.setdefault(key, []).append((path, group))
        found: list[Field] = []
        for key, members in order.items():
            if len(members) > 1 or members[0][0] != key:
                found.append(self._entry_field(key, members, result, part, note))
            elif (made := self._field(key, members[0][1], result, part, note)) is not None:
                found.append(made)
        return tuple(found)

    def _shown(self, path: str) -> str:
        """The path a document shows for an evidence path: the layout's ``show`` (a whole mapping for one
        of its keys), else the path itself."""
        shown = self.layout.show.get(generic(path))
        if shown is None:
            return path
        depth = len(split(shown))
        return ".".join(path.split(".")[:depth]) if "[" not in shown else shown

    def _gaps(self, group: Iterable[EvidenceItem], result: RuleResult, part: Part) -> tuple[Gap, ...]:
        if part.informative:
            return ()
        return tuple(
            Gap(
                rule=result.rule,
                label=item.label,
                message=item.message,
                path=item.path,
                file=self.inputs.file,
                line=item.line,
                column=item.column,
                waiver=result.waiver if result.status == "waived" else None,
            )
            for item in group
            if item.is_gap
        )

    def _field(
        self, path: str, group: list[EvidenceItem], result: RuleResult, part: Part, note: str
    ) -> Field | None:
        gaps = self._gaps(group, result, part)
        hidden = generic(path) in part.hide
        if hidden and not gaps:
            return None
        if all(item.status == "skipped" for item in group) and not gaps:
            return None
        label = self.layout.labels.get(generic(path), _label(group[0]))
        evidence = any(item.check == "evidence" for item in group)
        value = Absent() if hidden else self.inputs.values.value(path, evidence=evidence)
        return Field(label=label, value=value, path=path, gaps=gaps, note=note)

    def _entry_field(
        self,
        entry: str,
        members: list[tuple[str, list[EvidenceItem]]],
        result: RuleResult,
        part: Part,
        note: str,
    ) -> Field:
        index = int(entry[entry.rfind("[") + 1 : -1])
        name = entry_name(self.inputs.values.get(entry), index)
        label = self.layout.labels.get(generic(entry), "{name}").format(name=name)
        pairs = []
        gaps: list[Gap] = []
        for path, group in members:
            gaps.extend(self._gaps(group, result, part))
            if all(item.status == "skipped" for item in group):
                continue
            sub = self.layout.labels.get(generic(path), _label(group[0]))
            pairs.append((sub, self.inputs.values.value(path)))
        return Field(
            label=label,
            value=Pairs(tuple(pairs)) if pairs else Absent(),
            path=entry,
            gaps=tuple(gaps),
            note=note,
        )

    def section(self, layout: SectionLayout) -> Section | None:
        groups: list[Group] = []
        for part in layout.parts:
            if not self.owed(part.rule):
                continue
            made = self.fields(part)
            if made is None:
                continue
            heading, fields = made
            if not fields:
                continue
            if groups and groups[-1].heading == heading:
                groups[-1] = Group(heading=heading, fields=_merged((*groups[-1].fields, *fields)))
            else:
                groups.append(Group(heading=heading, fields=fields))
        return Section(heading=layout.heading, groups=tuple(groups), intro=layout.intro) if groups else None

    def header(self) -> tuple[Field, ...]:
        """The header is every recipient's: the document's version and date."""
        found: list[Field] = []
        for part in self.layout.header:
            made = self.fields(part)
            if made is not None:
                found.extend(made[1])
        return tuple(found)

    def others(self) -> Section | None:
        """Rules of the layout's ruleset that no section places (another version's Form items)."""
        if self.layout.others is None:
            return None
        ruleset, prefix = self.layout.others
        placed = set(self.layout.rules())
        parts = tuple(
            Part(rule=rule)
            for rule, result in self.inputs.results.items()
            if result.ruleset == ruleset and rule.startswith(prefix) and rule not in placed
        )
        return self.section(SectionLayout(heading="Other items of this version of the Form", parts=parts))


def _merged(fields: Sequence[Field]) -> tuple[Field, ...]:
    """Fields of several rules under one heading: one per path, with every rule's gaps."""
    merged: dict[str, Field] = {}
    for field in fields:
        first = merged.get(field.path)
        if first is None:
            merged[field.path] = field
        else:
            gaps = (*first.gaps, *(gap for gap in field.gaps if gap not in first.gaps))
            merged[field.path] = replace(first, gaps=gaps, note=first.note or field.note)
    return tuple(merged.values())


def _in(item: EvidenceItem, entry: str) -> bool:
    return item.path == entry or item.path.startswith(entry + ".") or item.path.startswith(entry + "[")


def _label(item: EvidenceItem) -> str:
    """An item's label; inside a list entry without the entry's name that the evaluation adds to it
    ("point 1: dates (id HAL-1)" -> "point 1: dates"), since the document names the entry itself."""
    label = item.label
    if "[" not in item.path:
        return label
    cut = label.rfind(" (")
    return label[:cut] if cut > 0 and label.endswith(")") else label


def _subject(values: Values) -> str:
    provider = values.get("provider.name") or ""
    model = " ".join(str(part) for part in (values.get("model.name"), values.get("model.version")) if part)
    return f"{provider}: {model}" if provider else model


def build(
    layout: Layout,
    inputs: Inputs,
    *,
    recipient: str | None = None,
    incident: str | None = None,
    stage: str | None = None,
    draft: bool = False,
) -> Document:
    """The document ``layout`` describes, for ``recipient`` (model-documentation) or for one incident of
    the log at one ``stage`` (incident-report)."""
    entry = None
    header: tuple[Field, ...]
    if incident is not None:
        entry = _incident_entry(inputs.values, incident)
    builder = _Builder(layout, inputs, recipient=recipient, entry=entry)
    if entry is not None and stage is not None:
        header = _incident_header(builder, entry, stage)
    else:
        header = builder.header()
    sections = [made for part in layout.sections if (made := builder.section(part)) is not None]
    other = builder.others()
    if other is not None:
        sections.append(other)
    audience = layout.audience
    if layout.recipients and builder.recipient is not None:
        audience = layout.audience.format(recipient=RECIPIENT_WORDS[builder.recipient])
    title = layout.title
    if entry is not None and stage is not None:
        title = f"{layout.title}: {incident}, {stage} report"
    return Document(
        kind=layout.name,
        title=title,
        subject=_subject(inputs.values),
        audience=audience,
        as_of=inputs.as_of,
        header=header,
        sections=tuple(sections),
        draft=draft,
        source=inputs.file,
        sha256=inputs.sha256,
        tool=inputs.tool,
        rulesets=inputs.rulesets,
        omitted=tuple(dict.fromkeys(builder.omitted)),
    )


def _incident_entry(values: Values, incident: str) -> str:
    log = values.get(INCIDENT_LOG)
    entries = log if isinstance(log, list) else []
    ids = [str(entry.get("id")) for entry in entries if isinstance(entry, Mapping)]
    if incident not in ids:
        raise NoSuchIncident(incident, ids)
    return f"{INCIDENT_LOG}[{ids.index(incident)}]"


def _incident_header(builder: _Builder, entry: str, stage: str) -> tuple[Field, ...]:
    """The incident's identity and dates, and the stage's report: its date and the deadline that applies,
    as the stage's rule evaluated it (the rule's label states the time limit, its message the date)."""
    values = builder.inputs.values
    rule_id, key = INCIDENT_STAGES[stage]
    fields = [
        Field(label=label, value=values.value(f"{entry}.{name}"), path=f"{entry}.{name}")
        for name, label in (("id", "Incident"), ("category", "Category"), ("aware", "Provider aware on"))
    ]
    contact = "safety_and_security.serious_incidents.reporting_contact"
    if values.get(contact) is not None:
        fields.append(Field(label="Contact for this report", value=values.value(contact), path=contact))
    result = builder.inputs.results.get(rule_id)
    items = [item for item in (result.evidence if result else ()) if _in(item, entry)]
    report_path = f"{entry}.{key}"
    label = f"{words(key).capitalize()}"
    if result is None or not items or all(item.status == "skipped" for item in items):
        reason = "the rule that times it is not selected" if result is None else result.message
        if result is not None and result.status != "not_applicable":
            reason = f"no {stage} report is due for this incident yet"
        line, column = builder.inputs.locate(report_path)
        gap = Gap(
            rule=rule_id,
            label=f"{stage} report",
            message=reason,
            path=report_path,
            file=builder.inputs.file,
            line=line,
            column=column,
        )
        fields.append(Field(label=label, value=values.value(report_path), path=report_path, gaps=(gap,)))
        return tuple(fields)
    item = items[0]
    gaps = builder._gaps(items, result, Part(rule=rule_id)) if result else ()
    fields.append(Field(label=label, value=values.value(report_path), path=report_path, gaps=gaps))
    fields.append(Field(label="Time limit", value=Text(_label(item)), path=report_path))
    fields.append(Field(label="Deadline, as evaluated", value=Text(item.message), path=report_path))
    return tuple(fields)
