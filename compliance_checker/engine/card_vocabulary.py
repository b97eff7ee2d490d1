"""The Hugging Face Hub's vocabulary that a model card uses, read for `init --from-model-card`: licence ids
(https://huggingface.co/docs/hub/repositories-licenses) and pipeline tags (the Hub's tasks), with what
each means for the declaration. Data only."""

from __future__ import annotations

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
