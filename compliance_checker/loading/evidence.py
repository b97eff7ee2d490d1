"""Examining the evidence files a declaration points at, without ever leaving the evidence root.

The evidence root is the declaration's folder, or the folder given with ``--evidence-root``. A path that
is absolute, climbs out with ``..``, or passes through a symbolic link to a place outside the root is
refused and recorded as such; such a file is never opened. Inside the root only regular files are read
(a FIFO or a device could block or never end), and a declared SHA-256 is verified by streaming the file.
The engine judges what is recorded here; it never touches the disk itself.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from compliance_checker.errors import Diagnostic, UsageError
from compliance_checker.loading.digest import hasher
from compliance_checker.models.loaded import DECLARATION_FOLDER, EvidenceFile

if TYPE_CHECKING:
    from compliance_checker.models.loaded import DeclarationLike

# The output files of the current ``check`` run, (device, inode) -> name (``output.protected``): an
# evidence file that is one of them stops the run, since writing the report would overwrite an input.
PROTECTED: dict[tuple[int, int], str] = {}

# Open without following a link in the last component (a file swapped for a symbolic link after the
# path was checked) and without blocking (one swapped for a FIFO); what was opened is then checked.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1 << 20


def examine_evidence(
    declaration: DeclarationLike, file: Path, *, evidence_root: Path | None = None
) -> dict[str, EvidenceFile]:
    """Look at each evidence file once, so that the engine can judge it without touching the disk."""
    base = file.resolve().parent
    if evidence_root is None:
        root, root_name = base, DECLARATION_FOLDER
    else:
        root, root_name = evidence_root.resolve(), f"the evidence root {str(evidence_root)!r}"
    found: dict[str, EvidenceFile] = {}
    for item in declaration.evidence:
        if item.path is not None:
            found[item.id] = examine(base, root, root_name, item.path, want_digest=item.sha256 is not None)
    return found


def examine(base: Path, root: Path, root_name: str, path: str, *, want_digest: bool) -> EvidenceFile:
    """What ``path`` (relative to ``base``, the declaration's folder) is, judged against ``root``.

    Both folders are resolved; paths are handled as strings (a batch examines thousands), with
    ``pathlib`` only where a path is refused or a link must be followed."""

    def record(
        *, inside: bool, exists: bool = False, digest: str | None = None, problem: str | None = None
    ) -> EvidenceFile:
        return EvidenceFile(
            path=path, inside_folder=inside, exists=exists, sha256=digest, problem=problem, root=root_name
        )

    if not path.strip() or "\x00" in path:
        return record(inside=False, problem="is not a usable file name")
    if os.path.isabs(path) or PurePath(path).is_absolute():
        return record(inside=False, problem=f"is an absolute path; write it relative to {DECLARATION_FOLDER}")
    try:
        lexical = os.path.normpath(os.path.join(base, path))
        if not _inside(lexical, root):
            how = " through '..'" if ".." in PurePath(path).parts else ""
            return record(inside=False, problem=f"leads outside {root_name}{how}; not read")
        target = _resolved_below(root, lexical)
        if target is not lexical and not _inside(str(target), root):
            return record(
                inside=False, problem=f"is a symbolic link that leads outside {root_name}; not read"
            )
        try:
            info = os.stat(target)
        except FileNotFoundError:
            return record(inside=True)
        if not stat.S_ISREG(info.st_mode):
            return record(
                inside=True, problem="is not a regular file (a directory, FIFO, socket or device); not read"
            )
        _refuse_if_output(info, path, base)
        digest = sha256_file(Path(target)) if want_digest else None
    except _Changed as exc:
        return record(inside=True, problem=str(exc))
    except (OSError, RuntimeError, ValueError) as exc:  # name too long, symlink loop, unreadable...
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return record(inside=False, problem=f"cannot be examined: {reason}")
    return record(inside=True, exists=True, digest=digest)


def _inside(path: str, root: Path) -> bool:
    """``Path(path).is_relative_to(root)`` for a normalised ``path``: a string prefix decides the usual
    case; anything else (another spelling of the same folder, such as a case-insensitive file system's)
    is left to ``pathlib``."""
    folder = str(root)
    if path == folder or path.startswith(folder if folder.endswith(os.sep) else folder + os.sep):
        return True
    return Path(path).is_relative_to(root)


def _resolved_below(root: Path, lexical: str) -> str | Path:
    """``Path(lexical).resolve()`` for a normalised path lexically inside ``root`` (itself resolved):
    when no component below ``root`` is a symbolic link, the path is already what it resolves to (it is
    returned as it is), which takes an ``lstat`` per component below the root instead of one per
    component from ``/``; a link, or a component that cannot be examined, takes the full resolution."""
    folder = str(root)
    below = lexical[len(folder) :].lstrip(os.sep) if lexical.startswith(folder) else None
    if below is None:
        return Path(lexical).resolve()
    current = folder
    for part in below.split(os.sep) if below else ():
        current = os.path.join(current, part)
        try:
            mode = os.lstat(current).st_mode
        except FileNotFoundError:
            return lexical  # what resolve() gives for a missing path: nothing below it can be a link
        except OSError:
            return Path(lexical).resolve()
        if stat.S_ISLNK(mode):
            return Path(lexical).resolve()
    return lexical


def _refuse_if_output(info: os.stat_result, path: str, base: Path) -> None:
    output = PROTECTED.get((info.st_dev, info.st_ino))
    if output is not None:
        message = f"is an input file; inputs are never written (evidence {path!r} of a declaration in {base})"
        raise UsageError([Diagnostic(output, message)])


class _Changed(Exception):
    """The file was replaced between the check of its path and its opening."""


def sha256_file(target: Path) -> str:
    """The SHA-256 of the regular file opened at ``target``, read from that descriptor and no further
    than the size it had when opened (so a file that keeps growing cannot make the run endless)."""
    try:
        fd = os.open(target, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _Changed("was replaced by a symbolic link while being checked; not read") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Changed(
                "was replaced by something that is not a regular file while being checked; not read"
            )
        digest = hasher(info.st_size)
        remaining = info.st_size
        while remaining > 0:
            chunk = os.read(fd, min(_CHUNK, remaining))
            if not chunk:
                break
            digest.update(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    return str(digest.hexdigest())
