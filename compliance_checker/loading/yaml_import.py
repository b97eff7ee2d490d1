"""PyYAML, imported without its most expensive line.

``import yaml`` compiles ``yaml.reader.Reader.NON_PRINTABLE``, a negated character class over every code
point; ``re`` builds such a class by filling a map of 65,536 entries in Python: about 57 M instructions,
a tenth of a one-file check (libyaml's parser, which the checker uses, never reads that pattern). Placed in
``re``'s cache first, an equivalent pattern written as the few ranges the class leaves out (about 4 M
instructions to compile) is the one PyYAML gets. Equivalent on every code point (the tests compare the two);
where ``re`` keeps no such cache, PyYAML compiles its own pattern as before.

Every module of the checker imports PyYAML through this one, so that the cache is seeded first.
"""

from __future__ import annotations

import re

# PyYAML's pattern, as written in yaml/reader.py, and the characters it matches, listed.
PYYAML_NON_PRINTABLE = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
NON_PRINTABLE = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"

_cache = getattr(re, "_cache", None)
if isinstance(_cache, dict):
    _cache.setdefault((str, PYYAML_NON_PRINTABLE, 0), re.compile(NON_PRINTABLE))

import yaml  # noqa: E402  (after the cache is seeded)
from yaml.events import (  # noqa: E402
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

__all__ = [
    "AliasEvent",
    "DocumentStartEvent",
    "MappingEndEvent",
    "MappingStartEvent",
    "ScalarEvent",
    "SequenceEndEvent",
    "SequenceStartEvent",
    "StreamEndEvent",
    "yaml",
]
