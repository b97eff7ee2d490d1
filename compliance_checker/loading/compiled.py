"""The layout of the compiled rulesets file (``compliance_checker/_compiled.pickle``), which
``loading.rulesets`` writes when the package is built and reads on every start.

The file is a pickled header, ``loading.rulesets.Compiled`` (the digest and stamps of the sources, each
ruleset version's reference, the profiles), followed by each version's rules, pickled on their own. A
check reads the header, then only the versions its profile selects, each when first used, from the file
it opened: about 60% of the file's bytes (7 of its 11 versions), where it used to read the whole file as
one pickle. Measured on 2026-12-05 (page faults, which cost about 11 us each on the benchmark machine):
reading the compiled file and unpickling the default profile's versions took 314 faults and takes 205; a
one-file check (the 15 KB benchmark file) 3,545 faults before, 3,421 after. What a check unpickles is
mostly text (454 KB of the file's 546 KB are strings): rules' notes, examples, reasons for ``verified:
false`` and the passages checked against, about 40% of it, are read by ``rules show`` and the generated
docs only, but they are fields of the rules, so a check loads them too.

The file stays open (its descriptor) while its header is in use: the compiler replaces the file whole
(``os.replace``), so a check that began with the old file reads the rest of it from the old file. Reads
name their offset (``os.pread``), so processes forked from one that opened the file do not move each
other's position.
"""

from __future__ import annotations

import os
import pickle
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from compliance_checker.loading.rulesets import LoadedRuleset
    from compliance_checker.models.report import RulesetRef


class _Open:
    """A compiled file, open for reading its rules at given offsets; closed when no longer used."""

    __slots__ = ("_fd",)

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def read(self, offset: int, length: int) -> bytes:
        if hasattr(os, "pread"):
            data = os.pread(self._fd, length, offset)
        else:  # Windows, which has no fork: no other process shares the position
            os.lseek(self._fd, offset, os.SEEK_SET)
            data = os.read(self._fd, length)
        if len(data) != length:
            raise EOFError("the compiled rulesets file was cut short")
        return data

    def __del__(self, close: Any = os.close) -> None:  # bound now: at exit, ``os`` may be gone
        close(self._fd)


class Packed:
    """One ruleset version of the compiled rulesets: its reference, and its rules (a ``LoadedRuleset``)
    pickled on their own and unpickled the first time they are used. In the file's header, the place of
    the rules is the length of their pickle; they follow the header in the order of the versions."""

    __slots__ = ("_at", "_loaded", "_pickle", "ref")

    def __init__(self, ref: RulesetRef, rules: bytes | int, at: tuple[_Open, int] | None = None) -> None:
        self.ref = ref
        self._pickle = rules  # the pickle, or its length when it is in a file (``at``: the file, offset)
        self._at = at
        self._loaded: LoadedRuleset | None = None

    def rules(self) -> bytes:
        """The pickle of the version's ``LoadedRuleset``."""
        if isinstance(self._pickle, bytes):
            return self._pickle
        if self._at is None:
            raise ValueError(f"{self.ref.id}@{self.ref.version}: the rules are in a file not read")
        return self._at[0].read(self._at[1], self._pickle)

    def get(self) -> LoadedRuleset:
        if self._loaded is None:
            self._loaded = pickle.loads(self.rules())
        return self._loaded

    def __reduce__(self) -> tuple[type[Packed], tuple[RulesetRef, bytes | int]]:
        # A version read from a file pickles its rules with it; a header's place of them stays a length.
        return Packed, (self.ref, self._pickle if self._at is None else self.rules())


def write(compiled: Any, target: str | os.PathLike[str]) -> None:
    """Write ``compiled`` (a ``Compiled``) into ``target``: its header, then each version's rules; the
    file is replaced whole or not at all."""
    rules = [packed.rules() for packed in compiled.rulesets]
    places = (Packed(packed.ref, len(each)) for packed, each in zip(compiled.rulesets, rules, strict=True))
    header = compiled._replace(rulesets=tuple(places))
    target = os.fspath(target)
    temporary = os.path.join(os.path.dirname(target), f".{os.path.basename(target)}.tmp")
    with open(temporary, "wb") as handle:
        pickle.dump(header, handle, protocol=pickle.HIGHEST_PROTOCOL)
        for each in rules:
            handle.write(each)
    os.replace(temporary, target)


def read(path: str | os.PathLike[str]) -> Any:
    """The header of the compiled file at ``path``, each version's rules read from the file when first
    used. ``OSError``, ``pickle.UnpicklingError``, ``ValueError``... when ``path`` is missing or not such a
    file, whole."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    opened = _Open(fd)  # closes the file when nothing uses it any more, this function's errors included
    with open(fd, "rb", closefd=False) as handle:
        header = pickle.load(handle)
        offset = handle.tell()
    packed = []
    for each in header.rulesets:
        length = each._pickle
        if not isinstance(length, int):
            raise ValueError("not a compiled rulesets file: rules inside the header")
        packed.append(Packed(each.ref, length, (opened, offset)))
        offset += length
    if offset != os.fstat(fd).st_size:
        raise ValueError("the compiled rulesets file is not whole")
    return header._replace(rulesets=tuple(packed))
