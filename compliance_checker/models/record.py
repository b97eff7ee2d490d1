"""``Record``: the base of the ruleset and profile types, frozen, slotted and keyword-only, as a dataclass
would make them, for a fraction of the start-up cost.

A check reads the shipped rulesets from the pickle compiled when the package was built
(``loading.compiled``), so it creates these classes on every start. ``@dataclass(frozen=True,
slots=True, kw_only=True)`` generates and compiles half a dozen methods per class and builds each slotted
class twice: measured on this project's ~45 rule classes, about 10 ms of an idle machine's start-up (and
three times that on a busy one), where plain classes cost well under 1 ms. ``Record`` instead derives the
fields of each class from its annotations (inherited fields first), keeps their defaults aside, and
shares one keyword-only ``__init__``, value equality and hashing, ``repr``, immutability and a compact
pickle form. Type checkers see a frozen, keyword-only dataclass (``dataclass_transform``).

A field's JSON Schema keywords ride on its annotation (``Annotated[str, Meta(pattern=...)]``); annotations
are strings that nothing evaluates at run time, only ``loading.records`` when it reads a file and
``tools/record_schema.py`` when it generates the published schemas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Any:
        return lambda cls: cls


class Meta:
    """JSON Schema keywords of a field or type, by their JSON Schema names (``minItems``, ``pattern``,
    ``description``...)."""

    __slots__ = ("keywords",)

    def __init__(self, **keywords: Any) -> None:
        self.keywords = keywords


@dataclass_transform(kw_only_default=True, frozen_default=True)
class _RecordType(type):
    _fields: tuple[str, ...]

    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> _RecordType:
        own = [n for n, kind in namespace.get("__annotations__", {}).items() if "ClassVar" not in str(kind)]
        inherited: tuple[str, ...] = next((b._fields for b in bases if isinstance(b, _RecordType)), ())
        defaults = {n: namespace.pop(n) for n in own if n in namespace}
        # A field a subclass annotates again (to narrow its type) keeps its place and its slot.
        namespace["__slots__"] = tuple(n for n in own if n not in inherited)
        cls = super().__new__(mcs, name, bases, namespace)
        fields = (*inherited, *namespace["__slots__"])
        cls._fields = fields
        type.__setattr__(cls, "_defaults", {**getattr(cls, "_defaults", {}), **defaults})
        # The slots' own setters: unpickling sets fields without going through the frozen __setattr__.
        type.__setattr__(cls, "_setters", tuple(getattr(cls, n).__set__ for n in fields))
        return cls


class Record(metaclass=_RecordType):
    """Frozen, keyword-only, compared and hashed by value, field by field (see the module docstring)."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}
    _setters: ClassVar[tuple[Any, ...]] = ()
    # Keys a file spells differently from the field (a Python keyword): ``{"not_": "not"}``.
    _aliases: ClassVar[dict[str, str]] = {}

    def __init__(self, **values: Any) -> None:
        for name, setter in zip(self._fields, self._setters, strict=True):
            if name in values:
                setter(self, values.pop(name))
            elif name in self._defaults:
                default = self._defaults[name]
                setter(self, dict(default) if isinstance(default, dict) else default)
            else:
                raise TypeError(f"{type(self).__name__}() needs the keyword argument {name!r}")
        if values:
            raise TypeError(
                f"{type(self).__name__}() got an unexpected keyword argument {next(iter(values))!r}"
            )

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a frozen {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a frozen {type(self).__name__}")

    def invalid(self) -> str | None:
        """What is wrong with this record as a whole, beyond its fields' types (``loading.records``)."""
        return None

    def _values(self) -> tuple[Any, ...]:
        """The fields' values, in order."""
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self._values(), strict=True))
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self._values()))


def _restore(cls: type[Record], values: tuple[Any, ...]) -> Record:
    """Unpickling: the fields' values in order, set without calling ``__init__``."""
    record = object.__new__(cls)
    for setter, value in zip(cls._setters, values, strict=True):
        setter(record, value)
    return record


def shared(value: Any, seen: dict[Any, Any]) -> Any:
    """``value`` with equal records, tuples and strings inside it made one object (the first of them met),
    so that a pickle of it writes and rebuilds each only once."""
    if isinstance(value, str):
        return seen.setdefault(value, value)
    if isinstance(value, dict):
        return {shared(k, seen): shared(v, seen) for k, v in value.items()}
    if isinstance(value, tuple):
        value = tuple(shared(v, seen) for v in value)
    elif isinstance(value, Record):
        value = _restore(type(value), tuple(shared(v, seen) for v in value._values()))
    else:
        return value
    try:
        return seen.setdefault((type(value), value), value)
    except TypeError:  # holds a mapping
        return value


def as_data(value: Any, *, exclude_none: bool = False, exclude_defaults: bool = False) -> Any:
    """A record as the JSON data of its file: keys as written there (``not`` for ``not_``), dates as ISO
    text, tuples as lists; optionally without the fields that are None or at their default."""
    if isinstance(value, tuple | list):
        return [as_data(v, exclude_none=exclude_none, exclude_defaults=exclude_defaults) for v in value]
    if isinstance(value, dict):
        return {
            k: as_data(v, exclude_none=exclude_none, exclude_defaults=exclude_defaults)
            for k, v in value.items()
        }
    if not isinstance(value, Record):
        return value.isoformat() if hasattr(value, "isoformat") else value
    data: dict[str, Any] = {}
    for name, item in zip(value._fields, value._values(), strict=True):
        if (exclude_none and item is None) or (
            exclude_defaults and name in value._defaults and item == value._defaults[name]
        ):
            continue
        data[value._aliases.get(name, name)] = as_data(
            item, exclude_none=exclude_none, exclude_defaults=exclude_defaults
        )
    return data
