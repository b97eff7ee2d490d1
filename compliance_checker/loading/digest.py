"""SHA-256 from the interpreter's own implementation rather than OpenSSL's, where that is cheaper.

``hashlib.sha256`` is OpenSSL's: importing ``hashlib`` loads ``libcrypto``, about 190 of the ~3,800 pages
a one-file check touches (each a page fault; ~2 ms of a 70 ms check on the benchmark machine, a virtual
machine where a fault costs ~11 us). The built-in module ``hashlib`` itself falls back to gives the same
digest, slower per byte (4.3 against 0.6 ms per MiB measured there), which does not matter for one
declaration and its few evidence files. So declarations and evidence files alike are hashed by the
built-in implementation only while a process's hashing adds up to at most 256 KiB, then by OpenSSL
(:func:`hasher`): a one-file check never loads it, a batch loads it once. Before the declarations
shared that budget, a batch hashed every declaration with the built-in code: 3.5 M of the 84 M
instructions per file of the 68 KB frontier sample (callgrind), against 0.4 M through OpenSSL. Where
the built-in module is missing (an interpreter built without it), ``hashlib`` serves.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

SMALL = 256 * 1024  # bytes below which loading OpenSSL costs more than hashing without it

_sha256: Callable[[bytes], Any]
try:
    from _sha2 import sha256 as _sha256  # type: ignore[import-not-found,no-redef,unused-ignore]  # 3.12+
except ImportError:
    try:
        from _sha256 import sha256 as _sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:
        from hashlib import sha256 as _sha256


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data``, in hexadecimal (by :func:`hasher`'s choice of implementation)."""
    digest = hasher(len(data))
    digest.update(data)
    return str(digest.hexdigest())


_hashed = [0]  # bytes this process has given the built-in implementation


def hasher(size: int) -> Any:
    """A new SHA-256 object for ``size`` bytes (``.update()``, ``.hexdigest()`` alike): the built-in one
    while this process's hashing adds up to at most ``SMALL`` bytes (one declaration and its few
    evidence files), then OpenSSL's, which a batch loads once and which is seven times faster per
    byte."""
    if "hashlib" not in sys.modules and _hashed[0] + size <= SMALL:
        _hashed[0] += size
        return _sha256(b"")
    import hashlib

    return hashlib.sha256()
