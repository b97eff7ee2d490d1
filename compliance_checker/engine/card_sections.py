"""Which Model Documentation Form item a model card's section answers, by its heading, and how a
section's text is made ready to carry: fillers recognised, control characters left out, long text
trimmed. Pure."""

from __future__ import annotations

import re

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
    (r"\b(software requirements?|requirements|installation|install)\b", REQUIRED_SOFTWARE),
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

# Section text that says nothing (the Hub template's and the Trainer's fillers).
_FILLER_LINE = re.compile(
    r"^\W*(?:\[?more information needed\]?|information needed|tbd|todo|n/?a|none|coming soon|to be added"
    r"|\{\{.*?\}\}|\[optional\]|this (?:model card|is the model card).*automatically generated.*"
    r"|carbon emissions can be estimated using.*"
    r"|.*more information needed for further recommendations.*)\W*$",
    re.IGNORECASE,
)
_KEY_PREFIX = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*[^*]+\*\*|__[^_]+__|[A-Z][\w ()/-]{0,40}:)\s*:?\s*")


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
