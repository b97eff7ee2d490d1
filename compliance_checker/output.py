"""Writing output files whole or not at all.

Every file the checker writes goes to a temporary file in the destination's folder first and is then
renamed into place, so an interrupted run (Ctrl-C, a kill, a full disk) leaves either the old file or the
new one, never a truncated file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from compliance_checker.errors import Diagnostic, UsageError


def _refused(path: Path, message: str) -> UsageError:
    """An output file that cannot be written, reported as ``path: error: message``."""
    return UsageError([Diagnostic(str(path), message)])


def check_destinations(outputs: Sequence[Path], *, inputs: Sequence[Path]) -> None:
    """Refuse, before any work is done, output files that cannot be written or that are inputs."""
    for path in outputs:
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise _refused(path, f"cannot write: folder {folder} does not exist")
        if path.is_dir():
            raise _refused(path, "cannot write: it is a directory")
        for source in inputs:
            if _same_file(path, source):
                raise _refused(path, "is an input file; inputs are never written")
    if len({p.resolve() for p in outputs}) < len(outputs):
        raise UsageError.plain("the same output file is given more than once")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def write_text_atomic(path: Path, text: str, *, overwrite: bool = True) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically; refuse an existing file unless ``overwrite``."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise _refused(path, f"cannot write: folder {folder} does not exist")
    if path.is_dir():
        raise _refused(path, "cannot write: it is a directory")
    if not overwrite and path.exists():
        raise _refused(path, "already exists; not overwriting it")
    with AtomicTextFile(path) as out:
        out.write(text)
        out.commit(overwrite=overwrite)


class AtomicTextFile:
    """A report file written piece by piece, renamed into place only by ``commit()``.

    Until then the text goes to a temporary file in the same folder; ``abort()`` (or leaving a ``with``
    block by an exception, Ctrl-C included) removes it, so the destination keeps its old content.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        import tempfile  # only when a file is written: it imports shutil, random, bz2 and lzma

        folder = path.parent if str(path.parent) else Path(".")
        try:
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600 files; give the usual permissions
        except OSError as exc:
            raise _refused(path, f"cannot write: {exc.strerror or exc}") from None
        self._tmp = Path(name)
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write(self, text: str) -> None:
        try:
            self._handle.write(text)
        except OSError as exc:
            self.abort()
            raise _refused(self.path, f"cannot write: {exc.strerror or exc}") from None

    def commit(self, *, overwrite: bool = True) -> None:
        """Put the file in place; with ``overwrite=False`` refuse if the name is taken meanwhile."""
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            if overwrite:
                os.replace(self._tmp, self.path)
            else:
                self._link()
        except OSError as exc:
            raise _refused(self.path, f"cannot write: {exc.strerror or exc}") from None
        finally:
            self.abort()  # removes the temporary name when it is still there

    def _link(self) -> None:
        # link() fails if the name was taken meanwhile, so a concurrent writer is never clobbered.
        try:
            os.link(self._tmp, self.path)
        except FileExistsError:
            raise _refused(self.path, "already exists; not overwriting it") from None
        except OSError:
            # Some filesystems cannot hard-link; fall back to an exclusive check and rename.
            if self.path.exists():
                raise _refused(self.path, "already exists; not overwriting it") from None
            os.replace(self._tmp, self.path)

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._handle.close()
        with contextlib.suppress(OSError):
            self._tmp.unlink()

    def __enter__(self) -> AtomicTextFile:
        return self

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        if kind is not None:
            self.abort()
