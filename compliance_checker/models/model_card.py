"""A Hugging Face model card as read for `init --from-model-card`, and what it carries into a declaration.

The loader (``loading/model_card.py``) splits the card into its YAML front matter and its Markdown
sections; the mapping (``engine/model_card.py``) decides which declaration field each part answers. A
card is the provider's own text: a value carried from it keeps the card's words and says where it came
from, so that the provider can check it against the card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from compliance_checker.errors import Diagnostic
from compliance_checker.models.document import LoadedDocument


@dataclass(frozen=True, slots=True)
class CardSection:
    """One Markdown heading and the text under it, up to the next heading of any level."""

    title: str  # the heading's words, without the #s, emphasis or link syntax
    heading: str  # the heading line as written
    level: int  # 1-6
    line: int  # 1-based line of the heading in the card
    body: str  # the text under the heading, as written (HTML comments removed)
    parent: int | None  # index of the nearest enclosing section (a heading of a lower level)


@dataclass(frozen=True, slots=True)
class ModelCard:
    file: str
    front_matter: (
        LoadedDocument | None
    )  # the YAML metadata when it parsed as a mapping; positions match the card
    sections: tuple[CardSection, ...]
    problems: tuple[
        Diagnostic, ...
    ]  # what was wrong with the card as a file (warnings; the card is still used)

    @property
    def metadata(self) -> dict[str, Any]:
        data = self.front_matter.data if self.front_matter is not None else None
        return data if isinstance(data, dict) else {}


@dataclass(frozen=True, slots=True)
class Carried:
    """A declaration value and where it came from.

    ``origin`` completes "from the model card: ..." (``front matter 'license'``, ``section "Training
    data" (line 40)``); a ``placeholder`` is not from the card at all: a value a required field needs so
    that the file loads, which the provider must replace. ``note`` says what to check (e.g. that the text
    was trimmed)."""

    value: Any  # str, bool, a list of str, or a list of mappings of str
    origin: str
    note: str | None = None
    placeholder: bool = False


@dataclass(frozen=True, slots=True)
class CardMapping:
    """Declaration path (dotted) -> the value carried there, with what was not carried and why."""

    values: dict[str, Carried]
    warnings: tuple[Diagnostic, ...]  # parts of the card that could not be read as what they should be
    not_carried: tuple[Diagnostic, ...]  # sections with content that no declaration field asks for (notes)


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]+>")


def plain_text(markdown: str) -> str:
    """One line of Markdown as plain words: link text kept; emphasis, code marks and HTML tags removed."""
    text = _LINK.sub(r"\1", markdown)
    text = _TAG.sub("", text)
    text = re.sub(r"\*+|`+|(?<!\w)_+|_+(?!\w)", "", text)  # emphasis and code, not snake_case
    return one_line(text).strip(" :")


def one_line(text: str) -> str:
    """Text for one line of a comment or a message: whitespace collapsed, characters that are not
    printable (control characters, which a terminal or a YAML reader would act on) left out."""
    return " ".join("".join(c for c in text if c.isprintable() or c.isspace()).split())
