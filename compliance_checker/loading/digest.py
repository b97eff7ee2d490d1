"""SHA-256 from the interpreter's own implementation rather than OpenSSL's, where that is cheaper.

``hashlib.sha256`` is OpenSSL's: importing ``hashlib`` loads ``libcrypto``, about 190 of the ~3,800 pages
a one-file check touches (each a page fault; ~2 ms of a 70 ms check on the benchmark machine, a virtual
machine where a fault costs ~11 us). The built-in module ``hashlib`` itself falls back to gives the same
digest, slower per byte (4.3 against 0.6 ms per MiB measured there), which does not matter for a
declaration (at most ``--max-file-size``, 10 MiB by default). An evidence file of more than 256 KiB, or any
once ``hashlib`` is loaded, is hashed by OpenSSL (:func:`hasher`). Where the built-in module is missing (an
interpreter built without it), ``hashlib`` serves.
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
    """The SHA-256 of ``data``, in hexadecimal."""
    return str(_sha256(data).hexdigest())


def hasher(size: int) -> Any:
    """A new SHA-256 object for ``size`` bytes: OpenSSL's for a large input or once it is loaded anyway,
    else the built-in one (``.update()``, ``.hexdigest()`` alike)."""
    if size > SMALL or "hashlib" in sys.modules:
        import hashlib

        return hashlib.sha256()
    return _sha256(b"")
