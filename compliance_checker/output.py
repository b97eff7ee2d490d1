"""Writing output files whole or not at all, and only where a report belongs.

Every file the checker writes is first written to a file in the destination's folder that has no name
yet (Linux ``O_TMPFILE``), which is given its name only once complete; so a run that is interrupted or
killed, even by SIGKILL, leaves the old file or the new one, never a truncated file and no temporary
file. Where unnamed files are not available (other systems, some file systems) a named temporary file
(``.NAME.XXXX.tmp``) stands in, removed on every exit the process controls.

A destination must be a regular file or a new name: a directory, a FIFO, a socket, a device or a
symbolic link (the rename would replace the link, e.g. /dev/stdout) is refused, and so is any input of
the run, compared by device and inode where the file exists, before any work is done. Evidence files are
known only once their declaration is read: ``protected`` hands the outputs to ``loading.evidence``,
which stops the run when an evidence file turns out to be one of them.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from compliance_checker.errors import Diagnostic, UsageError

if TYPE_CHECKING:  # a check without output files imports no pathlib (issue 16, start-up)
    from pathlib import Path

Identity = tuple[int, int]  # (st_dev, st_ino)

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _refused(path: Path, message: str) -> UsageError:
    """An output file that cannot be written, reported as ``path: error: message``."""
    return UsageError([Diagnostic(str(path), message)])


def _folder(path: Path) -> Path:
    return path.parent  # a name without a folder has ".": its parent is never empty


def identity(path: Path) -> Identity | None:
    """The file's device and inode (following links), or None when there is no such file."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _check_kind(path: Path) -> os.stat_result | None:
    """Refuse a destination that is not a regular file; return its status when it exists."""
    folder = _folder(path)
    if not folder.is_dir():
        raise _refused(path, f"cannot write: folder {folder} does not exist")
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _refused(path, f"cannot write: {exc.strerror or exc}") from None
    if stat.S_ISLNK(info.st_mode):
        # The rename that puts a report in place would replace the link itself (/dev/stdout is one).
        raise _refused(path, "cannot write: it is a symbolic link; give the file it points to")
    for test, kind in _KINDS:
        if test(info.st_mode):
            if kind == "a directory":
                raise _refused(path, "cannot write: it is a directory")
            raise _refused(path, f"cannot write: it is {kind}; reports are written only to regular files")
    return info


def check_destinations(outputs: Sequence[Path], *, inputs: Sequence[tuple[Path, str]]) -> None:
    """Refuse, before any work is done, output files that cannot be written or that are inputs.

    ``inputs`` pairs each input file with what it is ("declaration", "--ruleset file"...).
    """
    by_identity: dict[Identity, tuple[Path, str]] = {}
    by_name: dict[Path, tuple[Path, str]] = {}
    for source, what in inputs:
        found = identity(source)
        if found is not None:
            by_identity.setdefault(found, (source, what))
        with contextlib.suppress(OSError, RuntimeError, ValueError):
            by_name.setdefault(source.resolve(), (source, what))
    for path in outputs:
        info = _check_kind(path)
        match = by_identity.get((info.st_dev, info.st_ino)) if info is not None else None
        if match is None:
            with contextlib.suppress(OSError, RuntimeError, ValueError):
                match = by_name.get(path.resolve())
        if match is not None:
            source, what = match
            raise _refused(path, f"is an input file; inputs are never written (the {what} {source})")
    if len({p.resolve() for p in outputs}) < len(outputs):
        raise UsageError.plain("the same output file is given more than once")


@contextlib.contextmanager
def protected(outputs: Sequence[Path]) -> Iterator[None]:
    """While the run reads evidence, an evidence file that is one of ``outputs`` stops it."""
    from compliance_checker.loading import evidence

    found = {key: str(path) for path in outputs if (key := identity(path)) is not None}
    evidence.PROTECTED.update(found)
    try:
        yield
    finally:
        for key in found:
            evidence.PROTECTED.pop(key, None)


def write_text_atomic(path: Path, text: str, *, overwrite: bool = True) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically; refuse an existing file unless ``overwrite``."""
    _check_kind(path)
    if not overwrite and path.exists():
        raise _refused(path, "already exists; not overwriting it")
    with AtomicTextFile(path) as out:
        out.write(text)
        out.commit(overwrite=overwrite)


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


class AtomicTextFile:
    """A report file written piece by piece, given its name only by ``commit()``.

    Until then the text goes to an unnamed file in the same folder (or, where that is not available, a
    temporary name); ``abort()`` (or leaving a ``with`` block by an exception, Ctrl-C included) drops it,
    so the destination keeps its old content.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._folder = _folder(path)
        self._tmp: Path | None = None  # the temporary name, when the file has one
        try:
            fd = self._open_unnamed()
            if fd is None:
                fd = self._open_named()
        except OSError as exc:
            raise _refused(path, f"cannot write: {exc.strerror or exc}") from None
        self._fd = fd
        self._closed = False
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n", closefd=False)

    def _open_unnamed(self) -> int | None:
        """An O_TMPFILE file, when the system, the file system and /proc allow naming it later."""
        flag = getattr(os, "O_TMPFILE", 0)
        if not flag or not os.path.isdir("/proc/self/fd"):
            return None
        try:
            return os.open(self._folder, flag | os.O_WRONLY | os.O_CLOEXEC, 0o666)
        except OSError:  # not supported here (EOPNOTSUPP, EISDIR on old kernels...): use a name
            return None

    def _open_named(self) -> int:
        import tempfile  # only when needed: it imports shutil, random, bz2 and lzma

        fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self._folder)
        self._tmp = self._folder / os.path.basename(name)
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600 files; give the usual permissions
        return fd

    def write(self, text: str) -> None:
        try:
            self._handle.write(text)
        except OSError as exc:
            self.abort()
            raise _refused(self.path, f"cannot write: {exc.strerror or exc}") from None

    def write_bytes(self, data: bytes) -> None:
        """Binary content (a DOCX file), after any text written so far."""
        try:
            self._handle.flush()
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
        except OSError as exc:
            self.abort()
            raise _refused(self.path, f"cannot write: {exc.strerror or exc}") from None

    def commit(self, *, overwrite: bool = True) -> None:
        """Put the file in place; with ``overwrite=False`` refuse if the name is taken meanwhile."""
        try:
            self._handle.flush()
            os.fsync(self._fd)
            if self._tmp is None:
                self._name_unnamed(overwrite=overwrite)
            elif overwrite:
                os.replace(self._tmp, self.path)
            else:
                self._link(self._tmp)
        except OSError as exc:
            raise _refused(self.path, f"cannot write: {exc.strerror or exc}") from None
        finally:
            self.abort()  # closes the file; removes the temporary name when it is still there

    def _name_unnamed(self, *, overwrite: bool) -> None:
        """Give the unnamed file its name: link() it from /proc (never over an existing name), then, to
        replace an old report, rename that link over it. linkat() with AT_SYMLINK_FOLLOW, which a
        directory descriptor makes ``os.link`` use, is what links the file behind a /proc entry."""
        source = f"/proc/self/fd/{self._fd}"
        folder = os.open(self._folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
        try:
            # os.urandom is what secrets.token_hex reads; importing secrets (random, hmac) costs ~2 ms.
            name = self.path.name if not overwrite else f".{self.path.name}.{os.urandom(4).hex()}.tmp"
            try:
                os.link(source, name, dst_dir_fd=folder, follow_symlinks=True)
            except FileExistsError:
                raise _refused(self.path, "already exists; not overwriting it") from None
            except OSError:  # this file system cannot link it: copy it to a named temporary file
                self._copy_to_named()
                self.commit(overwrite=overwrite)
                return
            if overwrite:
                try:
                    os.replace(name, self.path.name, src_dir_fd=folder, dst_dir_fd=folder)
                except OSError:
                    with contextlib.suppress(OSError):
                        os.unlink(name, dir_fd=folder)
                    raise
        finally:
            os.close(folder)

    def _copy_to_named(self) -> None:
        unnamed = self._fd
        self._fd = self._open_named()
        self._handle = os.fdopen(self._fd, "w", encoding="utf-8", newline="\n", closefd=False)
        try:
            offset = 0
            while chunk := os.pread(unnamed, 1 << 20, offset):
                os.write(self._fd, chunk)
                offset += len(chunk)
        finally:
            os.close(unnamed)

    def _link(self, source: Path) -> None:
        # link() fails if the name was taken meanwhile, so a concurrent writer is never clobbered.
        try:
            os.link(source, self.path, follow_symlinks=True)
        except FileExistsError:
            raise _refused(self.path, "already exists; not overwriting it") from None
        except OSError:
            if self._tmp is None:
                raise
            # Some filesystems cannot hard-link; fall back to an exclusive check and rename.
            if self.path.exists():
                raise _refused(self.path, "already exists; not overwriting it") from None
            os.replace(self._tmp, self.path)

    def abort(self) -> None:
        if not self._closed:  # once: the descriptor's number may be reused afterwards
            self._closed = True
            with contextlib.suppress(OSError, ValueError):
                self._handle.close()
            with contextlib.suppress(OSError):
                os.close(self._fd)
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.unlink()

    def __enter__(self) -> AtomicTextFile:
        return self

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        if kind is not None:
            self.abort()
