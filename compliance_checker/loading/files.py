"""Reading an input file safely: existence, type, size and encoding are checked before parsing."""

from __future__ import annotations

import codecs
import os
import stat
from typing import TYPE_CHECKING, BinaryIO

from compliance_checker.errors import Diagnostic, InputError
from compliance_checker.loading.digest import sha256_hex

if TYPE_CHECKING:
    from pathlib import Path

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# Byte-order marks of the encodings editors most often save by mistake; UTF-32 before UTF-16, whose
# marks are prefixes of UTF-32's.
_OTHER_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def _fail(path: str | Path, message: str, line: int | None = None, column: int | None = None) -> InputError:
    return InputError([Diagnostic(str(path), message, line, column)])


def open_regular(path: str | Path, *, max_bytes: int, kind: str) -> BinaryIO:
    """Open a regular file of at most ``max_bytes`` for reading, or raise :class:`InputError` saying why
    not. Its type is checked before it is opened (reading a FIFO blocks, a device such as /dev/zero
    never ends) and again on what was opened."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise _fail(path, f"no such file; expected a path to a {kind}") from None
    except PermissionError:
        raise _fail(path, "permission denied; cannot read this file") from None
    except OSError as exc:
        raise _fail(path, f"cannot read this file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise _fail(path, f"is a directory; expected a {kind}")
    if not stat.S_ISREG(info.st_mode):
        raise _fail(path, f"is not a regular file (a FIFO, socket or device); expected a {kind}")
    if info.st_size > max_bytes:
        raise _fail(path, f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit; not parsed")
    try:
        handle = open(path, "rb", opener=_nonblocking)  # noqa: SIM115 - the caller closes it
    except PermissionError:
        raise _fail(path, "permission denied; cannot read this file") from None
    except OSError as exc:
        raise _fail(path, f"cannot read this file: {exc.strerror or exc}") from None
    if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # replaced since the check
        handle.close()
        raise _fail(path, f"is not a regular file (a FIFO, socket or device); expected a {kind}")
    return handle


def _read_at_most(handle: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` bytes, a chunk at a time: memory follows the file, not the limit (which
    ``--max-file-size`` may set far beyond any file)."""
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = handle.read(min(1 << 20, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _nonblocking(path: str, flags: int) -> int:
    """Open without waiting: a file replaced by a FIFO after the check must not block the run."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def read_text(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, kind: str = "YAML declaration"
) -> tuple[str, str]:
    """Return ``(text, sha256)`` of a UTF-8 file; raise :class:`InputError` with a clear reason otherwise.

    ``kind`` names what the file should be ("YAML declaration", "ruleset file") in the messages.
    """

    def fail(message: str, line: int | None = None, column: int | None = None) -> InputError:
        return _fail(path, message, line, column)

    with open_regular(path, max_bytes=max_bytes, kind=kind) as handle:
        try:
            raw = _read_at_most(handle, max_bytes + 1)
        except OSError as exc:
            raise fail(f"cannot read this file: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise fail(f"file is over the {max_bytes:,}-byte limit; not parsed")
    digest = sha256_hex(raw)
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
