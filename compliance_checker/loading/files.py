"""Reading an input file safely: existence, type, size and encoding are checked before parsing."""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from pathlib import Path

from compliance_checker.errors import Diagnostic, InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# Byte-order marks of the encodings editors most often save by mistake; UTF-32 before UTF-16, whose
# marks are prefixes of UTF-32's.
_OTHER_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def read_text(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, kind: str = "YAML declaration"
) -> tuple[str, str]:
    """Return ``(text, sha256)`` of a UTF-8 file; raise :class:`InputError` with a clear reason otherwise.

    ``kind`` names what the file should be ("YAML declaration", "ruleset file") in the messages.
    """
    name = str(path)

    def fail(message: str, line: int | None = None, column: int | None = None) -> InputError:
        return InputError([Diagnostic(name, message, line, column)])

    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise fail(f"no such file; expected a path to a {kind}") from None
    except PermissionError:
        raise fail("permission denied; cannot read this file") from None
    except OSError as exc:
        raise fail(f"cannot read this file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise fail(f"is a directory; expected a {kind}")
    if not stat.S_ISREG(info.st_mode):
        # Refused before opening: reading a FIFO blocks and a device such as /dev/zero never ends.
        raise fail(f"is not a regular file (a FIFO, socket or device); expected a {kind}")
    if info.st_size > max_bytes:
        raise fail(f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit; not parsed")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except PermissionError:
        raise fail("permission denied; cannot read this file") from None
    except OSError as exc:
        raise fail(f"cannot read this file: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise fail(f"file is over the {max_bytes:,}-byte limit; not parsed")
    digest = hashlib.sha256(raw).hexdigest()
    for bom, encoding in _OTHER_BOMS:
        if raw.startswith(bom):
            raise fail(
                f"the file is encoded as {encoding} (it starts with a {encoding} byte-order mark); "
                "save it as UTF-8",
                1,
                1,
            )
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        line = raw.count(b"\n", 0, offset) + 1
        raise fail("the file contains NUL bytes: it is binary, not YAML text", line, 1)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise fail(
            f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8", line, column
        ) from None
    return text, digest


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
