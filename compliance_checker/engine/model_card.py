"""Which declaration field each part of a Hugging Face model card answers (`init --from-model-card`).

Pure: a parsed card in, a ``CardMapping`` out (declaration path -> value and where it came from).

What is carried, and why there:

- front matter: ``license`` (with ``license_name`` and ``license_link``) to ``model.licence`` and Form
  items 17-18; ``base_model`` to ``model.based_on`` and Form item 6; ``pipeline_tag`` (and ``tags``) to
  ``model.modalities``; ``datasets`` to the training-content summary's named datasets (section 2.1);
  ``language`` to its linguistic characteristics (section 1.3); ``library_name`` to Form item 25;
  ``model-index`` results to the Model Report's evaluation results (models with systemic risk);
  ``co2_eq_emissions.hardware_used`` to Form item 38's hardware;
- Markdown sections, by their heading (``SECTION_RULES``), to the Form item they answer, in the card's
  own words; a subsection the rules do not know goes with its parent section;
- a "Developed by" line to ``provider.name``.

Nothing is inferred that the card does not state: a licence grants access, use, modification and
redistribution here only when it is a well-known free and open-source licence (``FREE_AND_OPEN``); any
other licence leaves the grants unstated, which the checker treats as "not stated" and asks about.
Required fields the card does not give get a placeholder that loads but never counts as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from compliance_checker.errors import Diagnostic
from compliance_checker.models.model_card import CardMapping, CardSection, Carried, ModelCard, plain_text

FORM = "transparency.model_documentation"
ARCHITECTURE = f"{FORM}.model_properties.architecture"  # Form item 7
DESIGN = f"{FORM}.model_properties.design_specifications"  # item 8
INTENDED_USES = f"{FORM}.use.intended_uses"  # item 21
INTEGRATION_TYPES = f"{FORM}.use.integration_types"  # item 22
INTEGRATION_MEANS = f"{FORM}.use.integration_means"  # item 23
REQUIRED_HARDWARE = f"{FORM}.use.required_hardware"  # item 24
REQUIRED_SOFTWARE = f"{FORM}.use.required_software"  # item 25
TRAINING_DESIGN = f"{FORM}.training_process.design_specifications"  # item 26
DATA_SCOPE = f"{FORM}.training_data.scope_and_characteristics"  # item 33
DATA_CURATION = f"{FORM}.training_data.curation"  # item 34
BIAS_DETECTION = f"{FORM}.training_data.bias_detection"  # item 36
TRAINING_HARDWARE = f"{FORM}.computational_resources.training_time.hardware"  # item 38
ENERGY_METHOD = f"{FORM}.energy.methodology"  # item 43
EVALUATION = "safety_and_security.model_report.documentation.evaluation_results"  # Measure 7.3
DEPENDENCIES = f"{FORM}.general_information.dependencies"  # item 6
LICENCE_LINK = f"{FORM}.distribution.licence_link"  # item 17
LICENCE_TYPE = f"{FORM}.distribution.licence_type"  # item 18

# Longest text carried into one field; Form answers are recommended at 20 to 400 words.
MAX_TEXT = 4000

IGNORE = ""  # a section that no declaration field asks for (citation, contact...)

# Heading (lowercased, punctuation as spaces) -> target; the first rule that matches wins. The order
# matters: "Out-of-Scope Use" before "Uses", "Training Data" before "Training", requirements before
# the ignored "Software".
SECTION_RULES: tuple[tuple[str, str], ...] = (
    (r"\b(hardware requirements?|system requirements?|minimum requirements?|recommended hardware"
     r"|gpu requirements?|memory requirements?)\b", REQUIRED_HARDWARE),
    (r"\b(software requirements?|requirements|installation|install|setup)\b", REQUIRED_SOFTWARE),
    (r"\b(citation|cite|bibtex|licen[cs]es?|contact|authors?|acknowledge?ments?|glossary"
     r"|more information|references|table of contents|contents|model sources|sources|links|software"
     r"|framework versions|examination|disclaimer|changelog|news|updates|paper|resources)\b", IGNORE),
    (r"\b(out of scope|misuse|malicious|prohibited|restricted uses?|unintended|not intended)\b",
     INTENDED_USES),
    (r"\b(how to use|how to get started|usage|get started|getting started|quick ?start|inference"
     r"|use with|use it|example usage|code examples?|deployment|deploy)\b", INTEGRATION_MEANS),
    (r"\b(intended|uses|use cases?|direct use|downstream use|applications|primary use)\b", INTENDED_USES),
    (r"\b(limitations?|risks?|recommendations|caveats)\b", INTEGRATION_TYPES),
    (r"\b(bias|biases|fairness)\b", BIAS_DETECTION),
    (r"\b(preprocessing|pre processing|filtering|curation|cleaning|deduplication|data processing)\b",
     DATA_CURATION),
    (r"\b(training|pretraining|pre training|fine tuning|finetuning)\b.*\b(data|datasets?|corpus|corpora)\b"
     r"|^(data|datasets?|training corpus|corpus)$", DATA_SCOPE),
    (r"\b(evaluations?|results|benchmarks?|performance|metrics|testing|scores)\b", EVALUATION),
    (r"\b(training|pretraining|pre training|fine tuning|finetuning|hyperparameters|procedure"
     r"|speeds sizes times)\b", TRAINING_DESIGN),
    (r"\barchitecture\b", ARCHITECTURE),
    (r"\b(environmental|carbon|emissions?|co2|energy)\b", ENERGY_METHOD),
    (r"\b(hardware|infrastructure|compute)\b", TRAINING_HARDWARE),
    (r"\b(model details|model description|model summary|model overview|overview|model information"
     r"|technical specifications|model type|about|introduction|description|summary)\b", DESIGN),
)  # fmt: skip
_RULES = tuple((re.compile(pattern), target) for pattern, target in SECTION_RULES)

# Hub licence ids (https://huggingface.co/docs/hub/repositories-licenses) -> SPDX id, where one exists
# and the Hub id names exactly one licence (a family such as "bsd" or "cc" does not).
SPDX: dict[str, str] = {
    "apache-2.0": "Apache-2.0",
    "mit": "MIT",
    "afl-3.0": "AFL-3.0",
    "artistic-2.0": "Artistic-2.0",
    "bsl-1.0": "BSL-1.0",
    "bsd-2-clause": "BSD-2-Clause",
    "bsd-3-clause": "BSD-3-Clause",
    "bsd-3-clause-clear": "BSD-3-Clause-Clear",
    "c-uda": "C-UDA-1.0",
    "cc0-1.0": "CC0-1.0",
    "cc-by-2.0": "CC-BY-2.0",
    "cc-by-2.5": "CC-BY-2.5",
    "cc-by-3.0": "CC-BY-3.0",
    "cc-by-4.0": "CC-BY-4.0",
    "cc-by-sa-3.0": "CC-BY-SA-3.0",
    "cc-by-sa-4.0": "CC-BY-SA-4.0",
    "cc-by-nc-2.0": "CC-BY-NC-2.0",
    "cc-by-nc-3.0": "CC-BY-NC-3.0",
    "cc-by-nc-4.0": "CC-BY-NC-4.0",
    "cc-by-nd-4.0": "CC-BY-ND-4.0",
    "cc-by-nc-nd-3.0": "CC-BY-NC-ND-3.0",
    "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
    "cc-by-nc-sa-2.0": "CC-BY-NC-SA-2.0",
    "cc-by-nc-sa-3.0": "CC-BY-NC-SA-3.0",
    "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0",
    "cdla-sharing-1.0": "CDLA-Sharing-1.0",
    "cdla-permissive-1.0": "CDLA-Permissive-1.0",
    "cdla-permissive-2.0": "CDLA-Permissive-2.0",
    "wtfpl": "WTFPL",
    "ecl-2.0": "ECL-2.0",
    "epl-1.0": "EPL-1.0",
    "epl-2.0": "EPL-2.0",
    "etalab-2.0": "etalab-2.0",
    "eupl-1.1": "EUPL-1.1",
    "eupl-1.2": "EUPL-1.2",
    # The Hub ids do not say "only" or "or later": SPDX's ids without the suffix say the same.
    "agpl-3.0": "AGPL-3.0",
    "gpl-2.0": "GPL-2.0",
    "gpl-3.0": "GPL-3.0",
    "lgpl-2.1": "LGPL-2.1",
    "lgpl-3.0": "LGPL-3.0",
    "isc": "ISC",
    "lppl-1.3c": "LPPL-1.3c",
    "ms-pl": "MS-PL",
    "mpl-2.0": "MPL-2.0",
    "osl-3.0": "OSL-3.0",
    "postgresql": "PostgreSQL",
    "ofl-1.1": "OFL-1.1",
    "ncsa": "NCSA",
    "unlicense": "Unlicense",
    "zlib": "Zlib",
    "pddl": "PDDL-1.0",
    "lgpl-lr": "LGPLLR",
}
# Names of Hub licences without an SPDX id (for model.licence.name).
NAMES: dict[str, str] = {
    "openrail": "OpenRAIL licence",
    "bigscience-openrail-m": "BigScience OpenRAIL-M",
    "creativeml-openrail-m": "CreativeML OpenRAIL-M",
    "bigscience-bloom-rail-1.0": "BigScience BLOOM RAIL 1.0",
    "bigcode-openrail-m": "BigCode Open RAIL-M v1",
    "openrail++": "Open Rail++-M License",
    "bsd": "BSD licence (version not stated)",
    "cc": "Creative Commons licence (which one is not stated)",
    "gfdl": "GNU Free Documentation License (version not stated)",
    "gpl": "GNU General Public License (version not stated)",
    "lgpl": "GNU Lesser General Public License (version not stated)",
    "odc-by": "Open Data Commons Attribution License",
    "odbl": "Open Database License",
    "deepfloyd-if-license": "DeepFloyd IF Research License Agreement",
    "llama2": "Llama 2 Community License Agreement",
    "llama3": "Llama 3 Community License Agreement",
    "llama3.1": "Llama 3.1 Community License Agreement",
    "llama3.2": "Llama 3.2 Community License Agreement",
    "llama3.3": "Llama 3.3 Community License Agreement",
    "llama4": "Llama 4 Community License Agreement",
    "gemma": "Gemma Terms of Use",
}
# Free and open-source licences for software or content that grant access, use, modification and
# redistribution without a field-of-use limit (Art 53(2), Guidelines section 4): the only licences for
# which the grants are written. Data-only licences (CDLA, ODC, PDDL) and the font licence are left out.
FREE_AND_OPEN = frozenset(
    {
        "apache-2.0", "mit", "afl-3.0", "artistic-2.0", "bsl-1.0", "bsd", "bsd-2-clause", "bsd-3-clause",
        "bsd-3-clause-clear", "cc0-1.0", "cc-by-2.0", "cc-by-2.5", "cc-by-3.0", "cc-by-4.0", "cc-by-sa-3.0",
        "cc-by-sa-4.0", "ecl-2.0", "epl-1.0", "epl-2.0", "eupl-1.1", "eupl-1.2", "agpl-3.0", "gpl",
        "gpl-2.0", "gpl-3.0", "lgpl", "lgpl-2.1", "lgpl-3.0", "isc", "lppl-1.3c", "ms-pl", "mpl-2.0",
        "osl-3.0", "postgresql", "ncsa", "unlicense", "zlib", "wtfpl",
    }
)  # fmt: skip
# Restrictions a licence states in its own terms (Guidelines section 4 names both kinds): the
# non-commercial Creative Commons licences, and the Llama licences' separate licence above 700 million
# monthly active users.
RESTRICTIONS: dict[str, tuple[str, ...]] = {
    **{hub: ("non_commercial",) for hub in SPDX if hub.startswith("cc-by-nc")},
    **{
        hub: ("user_threshold",) for hub in ("llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4")
    },
}

# Hub pipeline tags -> (input, output) modalities. text-to-audio is resolved from the card's words.
PIPELINES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "text-generation": (("text",), ("text",)),
    "text2text-generation": (("text",), ("text",)),
    "conversational": (("text",), ("text",)),
    "summarization": (("text",), ("text",)),
    "translation": (("text",), ("text",)),
    "question-answering": (("text",), ("text",)),
    "table-question-answering": (("tabular", "text"), ("text",)),
    "fill-mask": (("text",), ("text",)),
    "text-classification": (("text",), ("other",)),
    "token-classification": (("text",), ("other",)),
    "zero-shot-classification": (("text",), ("other",)),
    "text-ranking": (("text",), ("other",)),
    "feature-extraction": (("text",), ("embeddings",)),
    "sentence-similarity": (("text",), ("embeddings",)),
    "text-to-image": (("text",), ("image",)),
    "image-to-text": (("image",), ("text",)),
    "image-text-to-text": (("image", "text"), ("text",)),
    "visual-question-answering": (("image", "text"), ("text",)),
    "document-question-answering": (("image", "text"), ("text",)),
    "video-text-to-text": (("video", "text"), ("text",)),
    "image-to-image": (("image",), ("image",)),
    "text-to-video": (("text",), ("video",)),
    "image-to-video": (("image",), ("video",)),
    "text-to-3d": (("text",), ("3d",)),
    "image-to-3d": (("image",), ("3d",)),
    "unconditional-image-generation": (("other",), ("image",)),
    "image-classification": (("image",), ("other",)),
    "image-segmentation": (("image",), ("other",)),
    "object-detection": (("image",), ("other",)),
    "zero-shot-image-classification": (("image", "text"), ("other",)),
    "zero-shot-object-detection": (("image", "text"), ("other",)),
    "depth-estimation": (("image",), ("image",)),
    "mask-generation": (("image",), ("image",)),
    "image-feature-extraction": (("image",), ("embeddings",)),
    "video-classification": (("video",), ("other",)),
    "text-to-speech": (("text",), ("speech",)),
    "automatic-speech-recognition": (("speech",), ("text",)),
    "audio-to-audio": (("audio",), ("audio",)),
    "audio-classification": (("audio",), ("other",)),
    "voice-activity-detection": (("audio",), ("other",)),
    "audio-text-to-text": (("audio", "text"), ("text",)),
    "tabular-classification": (("tabular",), ("other",)),
    "tabular-regression": (("tabular",), ("other",)),
    "time-series-forecasting": (("time_series",), ("time_series",)),
    "reinforcement-learning": (("other",), ("actions",)),
    "robotics": (("other",), ("actions",)),
}
AUDIO_PIPELINES = frozenset({"text-to-audio"})
# Words that say what kind of audio a text-to-audio model generates (Guidelines section 2.1: only speech
# is language), looked for in the tags and in the card's title and first sections.
AUDIO_KINDS: tuple[tuple[str, str], ...] = (
    ("speech", r"\b(speech|tts|text to speech|voice|voices|spoken|singing|vocals?|lyrics)\b"),
    ("music", r"\b(music|musical|songs?|melod(y|ies)|instrumentals?)\b"),
    ("sound", r"\b(sound effects?|sfx|sounds|foley|ambien(t|ce)|audio effects?)\b"),
)

# Section text that says nothing (the Hub template's and the Trainer's fillers).
_FILLER_LINE = re.compile(
    r"^\W*(?:\[?more information needed\]?|information needed|tbd|todo|n/?a|none|coming soon|to be added"
    r"|\{\{.*?\}\}|\[optional\]|this (?:model card|is the model card).*automatically generated.*"
    r"|carbon emissions can be estimated using.*"
    r"|.*more information needed for further recommendations.*)\W*$",
    re.IGNORECASE,
)
_KEY_PREFIX = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*[^*]+\*\*|__[^_]+__|[A-Z][\w ()/-]{0,40}:)\s*:?\s*")
_KEY_VALUE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)(?P<key>[^*_]+?):?(?:\*\*|__):?\s*(?P<value>.+?)\s*$")
_PROVIDER_KEYS = frozenset(
    {"developed by", "organization developing the model", "model developers", "model developer", "developer"}
)
_BASE_KEYS = frozenset({"finetuned from model", "fine tuned from model", "finetuned from", "fine tuned from"})
_PLACEHOLDER_NAMES = frozenset({"model id", "model card", "model", "model name", "your model name"})
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")


def normalized(title: str) -> str:
    """A heading for matching: lowercase words, punctuation as spaces."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", title.lower()).split())


def section_target(title: str) -> str | None:
    """The field a heading's section answers; IGNORE for sections no field asks for; None when unknown."""
    words = normalized(title)
    for pattern, target in _RULES:
        if pattern.search(words):
            return target
    return None


def is_filler(text: str) -> bool:
    """True when a section says nothing: empty, or only the Hub template's and the Trainer's fillers
    (also as the values of "- **Key:** ..." lines)."""
    for line in text.splitlines():
        if not line.strip():
            continue
        if _FILLER_LINE.match(line):
            continue
        rest = _KEY_PREFIX.sub("", line, count=1)
        if rest != line and (not rest.strip() or _FILLER_LINE.match(rest)):
            continue
        return False
    return True


_NON_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff\ud800-\udfff]")


def printable(text: str) -> str:
    """Text YAML can hold: line breaks as \\n (YAML reads U+0085, U+2028 and U+2029 as breaks), no control
    characters, no trailing spaces, no leading or trailing blank lines."""
    text = re.sub("\r\n?|[\x85\u2028\u2029]", "\n", text)
    text = _NON_PRINTABLE.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def trimmed(text: str, limit: int = MAX_TEXT) -> tuple[str, str | None]:
    """Text cut at a line end (or a space) before ``limit`` characters, with a note when it was cut."""
    if len(text) <= limit:
        return text, None
    cut = text.rfind("\n", 0, limit)
    if cut < limit // 2:
        cut = text.rfind(" ", 0, limit)
    if cut < limit // 2:
        cut = limit
    kept = text[:cut].rstrip()
    return kept, f"trimmed to its first {len(kept):,} of {len(text):,} characters; the rest is in the card"


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
                if value and not _FILLER_LINE.match(value):
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
