"""Which declaration field each part of a Hugging Face model card answers (`init --from-model-card`).

Pure: a parsed card in, a ``CardMapping`` out (declaration path -> value and where it came from).

What is carried, and why there:

- front matter: ``license`` (with ``license_name`` and ``license_link``) to ``model.licence`` and Form
  items 17-18; ``base_model`` to ``model.based_on`` and Form item 6; ``pipeline_tag`` (and ``tags``) to
  ``model.modalities``; ``datasets`` to the training-content summary's named datasets (section 2.1);
  ``language`` to its linguistic characteristics (section 1.3); ``library_name`` to Form item 25;
  ``model-index`` results to the Model Report's evaluation results (models with systemic risk);
  ``co2_eq_emissions.hardware_used`` to Form item 38's hardware;
- Markdown sections, by their heading (``card_sections.SECTION_RULES``), to the Form item they answer,
  in the card's own words; a subsection the rules do not know goes with its parent section;
- a "Developed by" line to ``provider.name``.

Nothing is inferred that the card does not state: a licence grants access, use, modification and
redistribution here only when it is a well-known free and open-source licence
(``card_vocabulary.FREE_AND_OPEN``); any other licence leaves the grants unstated, which the checker
treats as "not stated" and asks about.
Required fields the card does not give get a placeholder that loads but never counts as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from compliance_checker.engine.card_sections import (
    DEPENDENCIES,
    EVALUATION,
    LICENCE_LINK,
    LICENCE_TYPE,
    REQUIRED_SOFTWARE,
    TRAINING_HARDWARE,
    is_filler,
    normalized,
    printable,
    section_target,
    trimmed,
)
from compliance_checker.engine.card_vocabulary import (
    AUDIO_KINDS,
    AUDIO_PIPELINES,
    FREE_AND_OPEN,
    NAMES,
    PIPELINES,
    RESTRICTIONS,
    SPDX,
)
from compliance_checker.errors import Diagnostic
from compliance_checker.models.model_card import CardMapping, CardSection, Carried, ModelCard, plain_text

_KEY_VALUE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)(?P<key>[^*_]+?):?(?:\*\*|__):?\s*(?P<value>.+?)\s*$")
_PROVIDER_KEYS = frozenset(
    {"developed by", "organization developing the model", "model developers", "model developer", "developer"}
)
_BASE_KEYS = frozenset({"finetuned from model", "fine tuned from model", "finetuned from", "fine tuned from"})
_PLACEHOLDER_NAMES = frozenset({"model id", "model card", "model", "model name", "your model name"})
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")


@dataclass
class _Mapper:
    card: ModelCard
    values: dict[str, Carried] = field(default_factory=dict)
    warnings: list[Diagnostic] = field(default_factory=list)
    notes: list[Diagnostic] = field(default_factory=list)
    # Each front-matter key is read (and warned about) once, however many fields use it.
    _read: dict[tuple[str, str], Any] = field(default_factory=dict)

    def warn(self, key: tuple[str | int, ...] | None, message: str, line: int | None = None) -> None:
        doc = self.card.front_matter
        if key is not None and doc is not None:
            pos = doc.position(key)
            self.warnings.append(Diagnostic(self.card.file, message, pos.line, pos.column, level="warning"))
        else:
            self.warnings.append(
                Diagnostic(self.card.file, message, line, 1 if line else None, level="warning")
            )

    def put(self, path: str, value: Any, origin: str, note: str | None = None) -> None:
        if path not in self.values:
            self.values[path] = Carried(value, origin, note)

    def text(self, key: str) -> str | None:
        """A front-matter value that must be one line of text (a number is read as its text)."""
        if ("text", key) not in self._read:
            self._read[("text", key)] = self._text(key)
        result: str | None = self._read[("text", key)]
        return result

    def names(self, key: str) -> list[str]:
        """A front-matter value that is one name or a list of names."""
        if ("names", key) not in self._read:
            self._read[("names", key)] = self._names(key)
        return list(self._read[("names", key)])

    def _text(self, key: str) -> str | None:
        value = self.card.metadata.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.warn((key,), f"front matter '{key}' should be text, not {_kind(value)}; not carried")
            return None
        text = printable(str(value)).strip()
        return " ".join(text.split()) or None

    def _names(self, key: str) -> list[str]:
        value = self.card.metadata.get(key)
        if value is None:
            return []
        items = value if isinstance(value, list) else [value]
        found: list[str] = []
        for index, item in enumerate(items):
            if isinstance(item, str):
                text = " ".join(printable(item).split())
                if text and text not in found:
                    found.append(text)
            else:
                where = (key, index) if isinstance(value, list) else (key,)
                self.warn(
                    where,
                    f"front matter '{key}' should be a name or a list of names, not {_kind(item)}; "
                    "this entry was not carried",
                )
        return found


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "text" if isinstance(value, str) else "empty"


def map_card(card: ModelCard) -> CardMapping:
    """Every declaration value the card gives, with where it came from."""
    mapper = _Mapper(card)
    _sections(mapper)
    _licence(mapper)
    _base_model(mapper)
    _modalities(mapper)
    _datasets(mapper)
    _languages(mapper)
    _evaluation(mapper)
    _small_fields(mapper)
    _names(mapper)
    _required(mapper)
    return CardMapping(
        values=mapper.values, warnings=(*card.problems, *mapper.warnings), not_carried=tuple(mapper.notes)
    )


# --- sections ---------------------------------------------------------------------------------------------


def _targets(sections: tuple[CardSection, ...]) -> list[str | None]:
    """Each section's target: its own heading's, else its enclosing section's. The card's title (a first
    level-1 heading) is never a target and passes nothing on."""
    resolved: list[str | None] = []
    for index, section in enumerate(sections):
        if index == 0 and section.level == 1:
            resolved.append(None)
            continue
        own = section_target(section.title)
        if own is None and section.parent is not None:
            own = resolved[section.parent]
        resolved.append(own)
    return resolved


def _sections(mapper: _Mapper) -> None:
    sections = mapper.card.sections
    grouped: dict[str, list[CardSection]] = {}
    for section, target in zip(sections, _targets(sections), strict=True):
        if is_filler(section.body):
            continue
        if not target:
            if target is None and not (section is sections[0] and section.level == 1):
                mapper.notes.append(
                    Diagnostic(
                        mapper.card.file,
                        f'section "{section.title}" not carried: no field of the declaration matches its '
                        "heading; copy what answers a Form item by hand",
                        section.line,
                        1,
                        level="note",
                    )
                )
            continue
        grouped.setdefault(target, []).append(section)
    for target, group in grouped.items():
        if len(group) == 1:
            text = printable(group[0].body)
        else:  # each part under its own heading, as in the card
            text = "\n\n".join(printable(f"{s.heading}\n\n{s.body}") for s in group)
        if not text.strip():
            continue
        text, note = trimmed(text)
        names = ", ".join(f'"{s.title}" (line {s.line})' for s in group)
        origin = f"section {names}" if len(group) == 1 else f"sections {names}"
        mapper.put(target, text, origin, note or "the card's words: check that they answer this item")


# --- front matter -----------------------------------------------------------------------------------------


def _licence(mapper: _Mapper) -> None:
    meta = mapper.card.metadata
    if "license" not in meta and "licence" in meta:
        mapper.warn(("licence",), "front matter 'licence' is not a Hub key; read as 'license'")
        key = "licence"
    else:
        key = "license"
    ids = mapper.names(key)
    if not ids:
        return
    origin = f"front matter '{key}'"
    if len(ids) > 1:
        mapper.put(
            "model.licence.name", " / ".join(ids), origin, "several licences are named: say which applies"
        )
        return
    hub = ids[0].lower()
    if hub in ("unknown", "license", "licence"):
        mapper.warn((key,), f"front matter '{key}' is '{ids[0]}': no licence carried")
        return
    name_text = mapper.text("license_name")
    link = mapper.text("license_link")
    if hub == "other":
        if name_text:
            mapper.put("model.licence.name", name_text, "front matter 'license_name'")
    elif hub in SPDX:
        mapper.put("model.licence.spdx", SPDX[hub], f"{origin} ({ids[0]})")
    else:
        mapper.put("model.licence.name", NAMES.get(hub, ids[0]), f"{origin} ({ids[0]})")
    if link:
        mapper.put("model.licence.url", link, "front matter 'license_link'")
        mapper.put(LICENCE_LINK, link, "front matter 'license_link'")
    if hub in FREE_AND_OPEN:
        why = f"{origin} ({ids[0]}, a free and open-source licence)"
        for right in ("access", "use", "modification", "redistribution"):
            mapper.put(f"model.licence.grants.{right}", True, why)
        mapper.put(LICENCE_TYPE, "free_and_open_source", f"{origin} ({ids[0]})")
    elif hub in RESTRICTIONS:
        mapper.put(
            "model.licence.restrictions",
            list(RESTRICTIONS[hub]),
            f"{origin} ({ids[0]}): the licence's own terms",
            "the grants are left unstated: state what the licence allows",
        )
        mapper.put(LICENCE_TYPE, "restricted", f"{origin} ({ids[0]})")


def _base_model(mapper: _Mapper) -> None:
    bases = mapper.names("base_model")
    origin = "front matter 'base_model'"
    if not bases:
        found = _key_value(mapper.card, _BASE_KEYS)
        if found is None:
            return
        value, section = found
        bases, origin = [value], f'"Finetuned from" in section "{section.title}" (line {section.line})'
    relation = mapper.text("base_model_relation")
    note = f"base_model_relation: {relation}" if relation else None
    if len(bases) > 1:
        note = "; ".join(
            filter(
                None,
                [
                    note,
                    f"the card names {len(bases)} base models (a merge?): the first is "
                    "written here, all of them in Form item 6",
                ],
            )
        )
    mapper.put("model.based_on.name", bases[0], origin, note)
    mapper.put(DEPENDENCIES, ", ".join(bases), origin)


def _words_about_audio(mapper: _Mapper) -> set[str]:
    tags = " ".join(normalized(t) for t in mapper.names("tags"))
    sections = mapper.card.sections
    # The title and the first sections (model details) say what the model makes; later sections
    # (limitations, comparisons) may name other kinds of audio in passing.
    intro = " ".join(normalized(f"{s.title} {s.body}") for s in sections[:3])
    kinds = {kind for kind, pattern in AUDIO_KINDS if re.search(pattern, tags)}
    return kinds or {kind for kind, pattern in AUDIO_KINDS if re.search(pattern, intro)}


def _modalities(mapper: _Mapper) -> None:
    tag = mapper.text("pipeline_tag")
    origin = f"front matter 'pipeline_tag' ({tag})"
    if tag is None:
        tags = mapper.names("tags")
        tag = next((t for t in tags if t in PIPELINES or t in AUDIO_PIPELINES), None)
        origin = f"front matter 'tags' ({tag})"
    if tag is None:
        return
    if tag in AUDIO_PIPELINES:
        kinds = sorted(_words_about_audio(mapper))
        outputs = tuple(kinds) or ("audio",)
        said = f"; the card speaks of {', '.join(kinds)}" if kinds else ""
        note = (
            None if kinds else "the card does not say whether the audio is speech, music or sound: say which"
        )
        mapper.put("model.modalities.input", ["text"], origin)
        mapper.put("model.modalities.output", list(outputs), origin + said, note)
        return
    if tag not in PIPELINES:
        mapper.warn(
            ("pipeline_tag",),
            f"front matter 'pipeline_tag' {tag!r} is not a Hub task this tool knows; modalities not carried",
        )
        return
    inputs, outputs = PIPELINES[tag]
    if "code" in {t.lower() for t in mapper.names("tags")} and "text" in outputs:
        outputs = (*outputs, "code")
        origin += " and tag 'code'"
    mapper.put("model.modalities.input", list(inputs), origin)
    mapper.put("model.modalities.output", list(outputs), origin)


def _datasets(mapper: _Mapper) -> None:
    names = mapper.names("datasets")
    if not names:
        return
    entries = [
        {"name": name, "link": f"https://huggingface.co/datasets/{name}"}
        if _HUB_ID.match(name)
        else {"name": name}
        for name in names
    ]
    mapper.put(
        "training_data_summary.sources.public_datasets.large_datasets",
        entries,
        "front matter 'datasets'",
        "the card names these as training data: keep those that are publicly available and large in the "
        "template's sense",
    )


def _languages(mapper: _Mapper) -> None:
    languages = mapper.names("language")
    if languages:
        mapper.put(
            "training_data_summary.general.linguistic_characteristics",
            "Languages: " + ", ".join(languages),
            "front matter 'language'",
            "the languages of the model; say which languages the training data is in",
        )


def _evaluation(mapper: _Mapper) -> None:
    index = mapper.card.metadata.get("model-index")
    if index is None:
        return
    if not isinstance(index, list):
        mapper.warn(
            ("model-index",), f"front matter 'model-index' should be a list, not {_kind(index)}; not carried"
        )
        return
    lines: list[str] = []
    for number, model in enumerate(index):
        if not isinstance(model, dict):
            mapper.warn(
                ("model-index", number), "a 'model-index' entry should be a mapping (name, results); skipped"
            )
            continue
        results = model.get("results") or []
        if not isinstance(results, list):
            mapper.warn(("model-index", number, "results"), "'results' should be a list; skipped")
            continue
        for place, result in enumerate(results):
            line = _result_line(result)
            if line is None:
                mapper.warn(
                    ("model-index", number, "results", place),
                    "a 'model-index' result needs task, dataset and metrics (each with a type and a value); "
                    "skipped",
                )
            else:
                lines += line
    if not lines:
        return
    section = mapper.values.get(EVALUATION)
    if section is None:
        text, note = trimmed(printable("\n".join(lines)))
        mapper.put(EVALUATION, text, "front matter 'model-index'", note)
        return
    # The structured results first, then what the card's sections say about them.
    text, note = trimmed(printable("\n".join(lines)) + "\n\n" + section.value)
    mapper.values[EVALUATION] = Carried(text, f"front matter 'model-index' and {section.origin}", note)


def _label(node: Any, *keys: str) -> str | None:
    if not isinstance(node, dict):
        return None
    for key in keys:
        value = node.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
            return " ".join(str(value).split())
    return None


def _result_line(result: Any) -> list[str] | None:
    if not isinstance(result, dict):
        return None
    task = _label(result.get("task"), "name", "type")
    dataset = _label(result.get("dataset"), "name", "type")
    metrics = result.get("metrics")
    if task is None or dataset is None or not isinstance(metrics, list) or not metrics:
        return None
    split = _label(result.get("dataset"), "split")
    shown: list[str] = []
    for metric in metrics:
        name, value = _label(metric, "name", "type"), _label(metric, "value")
        if name is None or value is None:
            return None
        shown.append(f"{name} {value}")
    where = f"{dataset}, {split}" if split else dataset
    return [f"- {task} ({where}): {'; '.join(shown)}"]


def _small_fields(mapper: _Mapper) -> None:
    library = mapper.text("library_name")
    if library:
        mapper.put(REQUIRED_SOFTWARE, library, "front matter 'library_name'", "say which versions are needed")
    emissions = mapper.card.metadata.get("co2_eq_emissions")
    if isinstance(emissions, dict):
        hardware = emissions.get("hardware_used")
        if isinstance(hardware, str) and hardware.strip():
            mapper.put(
                TRAINING_HARDWARE, " ".join(printable(hardware).split()), "front matter 'co2_eq_emissions'"
            )


def _key_value(card: ModelCard, keys: Iterable[str]) -> tuple[str, CardSection] | None:
    """The value of the first "- **Key:** value" line with one of these keys, and its section."""
    wanted = set(keys)
    for section in card.sections:
        for line in section.body.splitlines():
            match = _KEY_VALUE.match(line)
            if match and normalized(match.group("key")) in wanted:
                value = " ".join(printable(plain_text(match.group("value"))).split())
                if value and not is_filler(value):
                    return value, section
    return None


def _names(mapper: _Mapper) -> None:
    found = _key_value(mapper.card, _PROVIDER_KEYS)
    if found is not None:
        value, section = found
        mapper.put(
            "provider.name",
            value,
            f'"Developed by" in section "{section.title}" (line {section.line})',
            "the developer the card names: the provider is whoever places the model on the market under "
            "its name; give its legal name",
        )
    name = mapper.text("model_name")
    if name:
        mapper.put("model.name", name, "front matter 'model_name'")
        return
    index = mapper.card.metadata.get("model-index")
    first = index[0] if isinstance(index, list) and index and isinstance(index[0], dict) else None
    from_index = _label(first, "name")
    if from_index:
        mapper.put("model.name", from_index, "front matter 'model-index' (name)")
        return
    sections = mapper.card.sections
    if sections and sections[0].level == 1:
        title = re.sub(r"(?i)^model card (for|of)\s+|\s+model card$", "", sections[0].title).strip()
        if title and normalized(title) not in _PLACEHOLDER_NAMES and "{{" not in title:
            mapper.put("model.name", title, f"the card's title (line {sections[0].line})")


# Required fields (the file does not load without them) that the card did not give: placeholders that
# load, name what to give, and never count as evidence (TODO is a placeholder for every rule).
PLACEHOLDERS: dict[str, tuple[Any, str]] = {
    "provider.name": ("TODO: the provider's legal name", "the card does not name the developer"),
    "model.name": ("TODO: the model's name", "the card has neither a model name nor a title"),
    "model.version": ("TODO: the version this declaration covers", "model cards do not state a version"),
    "model.modalities.input": (
        ["other"],
        "the card has no pipeline_tag: replace 'other' with the input modalities (text, image, speech...)",
    ),
    "model.modalities.output": (
        ["other"],
        "the card has no pipeline_tag: replace 'other' with the output modalities; they decide whether the "
        "model is a general-purpose AI model",
    ),
}


def _required(mapper: _Mapper) -> None:
    for path, (value, why) in PLACEHOLDERS.items():
        if path not in mapper.values:
            mapper.values[path] = Carried(value, "not in the model card", why, placeholder=True)
    if mapper.values["model.modalities.output"].placeholder:
        mapper.warn(
            None,
            "the card states no pipeline_tag, so the modalities are written as [other]: until you replace "
            "them, the checker reads the model as generating neither language nor images",
        )
