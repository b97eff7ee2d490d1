"""``Record``: the base of the ruleset and profile types, frozen, slotted and keyword-only, as a dataclass
would make them, for a fraction of the start-up cost.

A check reads the shipped rulesets from the pickle compiled when the package was built
(``loading.compiled``), so it creates these classes on every start. ``@dataclass(frozen=True,
slots=True, kw_only=True)`` generates and compiles half a dozen methods per class and builds each slotted
class twice: measured on this project's ~45 rule classes, about 10 ms of an idle machine's start-up (and
three times that on a busy one), where plain classes cost well under 1 ms. ``Record`` instead derives the
fields of each class from its annotations (inherited fields first), keeps their defaults aside, and
shares one keyword-only constructor, value equality and hashing, ``repr``, immutability and a compact
pickle form. At run time the values sit in a tuple (``Record`` derives from ``tuple``, each field read by
namedtuple's C accessor), so that a record unpickles in one C call; type checkers see a frozen,
keyword-only dataclass (``dataclass_transform``), not the tuple.

A field's JSON Schema keywords ride on its annotation (``Annotated[str, Meta(pattern=...)]``); annotations
are strings that nothing evaluates at run time, only ``loading.records`` when it reads a file and
``tools/record_schema.py`` when it generates the published schemas.
"""

from __future__ import annotations

import collections
from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self, dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Any:
        return lambda cls: cls


class Meta:
    """JSON Schema keywords of a field or type, by their JSON Schema names (``minItems``, ``pattern``,
    ``description``...)."""

    __slots__ = ("keywords",)

    def __init__(self, **keywords: Any) -> None:
        self.keywords = keywords


if TYPE_CHECKING:
    _Values = object  # type checkers see the fields only, not the tuple that holds them
else:
    _Values = tuple


_R = TypeVar("_R", bound="Record")


def _itemgetter(index: int, doc: str | None) -> Any:
    return property(itemgetter(index), doc=doc)


# A field read as fast as a slot: namedtuple's own C accessor, where the interpreter has it.
_tuplegetter: Any = getattr(collections, "_tuplegetter", _itemgetter)
_NEW_TUPLE: Any = tuple.__new__
_TUPLE_EQ: Any = tuple.__eq__
_TUPLE_HASH: Any = tuple.__hash__
_TUPLE_ITEMS: Any = tuple.__getitem__
_ALL = slice(None)


@dataclass_transform(kw_only_default=True, frozen_default=True)
class _RecordType(type):
    _fields: tuple[str, ...]

    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> _RecordType:
        own = [n for n, kind in namespace.get("__annotations__", {}).items() if "ClassVar" not in str(kind)]
        inherited: tuple[str, ...] = next((b._fields for b in bases if isinstance(b, _RecordType)), ())
        defaults = {n: namespace.pop(n) for n in own if n in namespace}
        # A field a subclass annotates again (to narrow its type) keeps its place.
        fields = (*inherited, *(n for n in own if n not in inherited))
        namespace["__slots__"] = ()
        for index, field in enumerate(fields):
            namespace.setdefault(field, _tuplegetter(index, None))
        cls = super().__new__(mcs, name, bases, namespace)
        cls._fields = fields
        type.__setattr__(cls, "_defaults", {**getattr(cls, "_defaults", {}), **defaults})
        return cls


class Record(_Values, metaclass=_RecordType):
    """Frozen, keyword-only, compared and hashed by value, field by field (see the module docstring).

    The values are held as a tuple (the class derives from ``tuple`` at run time, as a named tuple does,
    and reads each field with namedtuple's C accessor), so that unpickling a record is one C call,
    ``tuple.__new__(cls, values)``: restoring the ~1,450 records of a check's rulesets field by field
    through slot setters cost about 15 M instructions. Only the fields are the interface: a record is
    neither ordered, nor empty, nor meant to be indexed or iterated."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}
    # Keys a file spells differently from the field (a Python keyword): ``{"not_": "not"}``.
    _aliases: ClassVar[dict[str, str]] = {}

    def __new__(cls, **values: Any) -> Self:
        ordered = []
        for name in cls._fields:
            if name in values:
                ordered.append(values.pop(name))
            elif name in cls._defaults:
                default = cls._defaults[name]
                ordered.append(dict(default) if isinstance(default, dict) else default)
            else:
                raise TypeError(f"{cls.__name__}() needs the keyword argument {name!r}")
        if values:
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {next(iter(values))!r}")
        record: Self = _NEW_TUPLE(cls, ordered)
        return record

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a frozen {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a frozen {type(self).__name__}")

    def invalid(self) -> str | None:
        """What is wrong with this record as a whole, beyond its fields' types (``loading.records``)."""
        return None

    def _values(self) -> tuple[Any, ...]:
        """The fields' values, in order."""
        values: tuple[Any, ...] = _TUPLE_ITEMS(self, _ALL)  # a record may define its own iteration (Facts)
        return values

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            # Never equal to a plain tuple of its values, nor to a record of another class.
            return False if isinstance(other, tuple) else NotImplemented
        equal: bool = _TUPLE_EQ(self, other)
        return equal

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    # Records are not ordered (tuple's comparisons would order them by their values).
    def __lt__(self, other: object) -> bool:
        return NotImplemented

    __le__ = __gt__ = __ge__ = __lt__

    def __bool__(self) -> bool:
        return True

    def __hash__(self) -> int:
        value: int = _TUPLE_HASH(self)
        return value

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self._values(), strict=True))
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Unpickled by one C call, without ``__new__``'s keywords: the fields' values in order.
        return (_NEW_TUPLE, (type(self), self._values()))


def replace(record: _R, /, **changes: Any) -> _R:
    """``record`` with the fields named in ``changes`` set to new values (as ``dataclasses.replace``)."""
    values = [changes.pop(name, value) for name, value in zip(record._fields, record._values(), strict=True)]
    if changes:
        raise TypeError(f"{type(record).__name__} has no field {next(iter(changes))!r}")
    changed: _R = _NEW_TUPLE(type(record), values)
    return changed


def shared(value: Any, seen: dict[Any, Any]) -> Any:
    """``value`` with equal records, tuples and strings inside it made one object (the first of them met),
    so that a pickle of it writes and rebuilds each only once."""
    if isinstance(value, str):
        return seen.setdefault(value, value)
    if isinstance(value, dict):
        return {shared(k, seen): shared(v, seen) for k, v in value.items()}
    if isinstance(value, Record):  # before tuple: a record is one at run time
        value = _NEW_TUPLE(type(value), tuple(shared(v, seen) for v in value._values()))
    elif isinstance(value, tuple):
        value = tuple(shared(v, seen) for v in value)
    else:
        return value
    try:
        return seen.setdefault((type(value), value), value)
    except TypeError:  # holds a mapping
        return value


def as_data(value: Any, *, exclude_none: bool = False, exclude_defaults: bool = False) -> Any:
    """A record as the JSON data of its file: keys as written there (``not`` for ``not_``), dates as ISO
    text, tuples as lists; optionally without the fields that are None or at their default."""
    if not isinstance(value, Record):  # tested first: a record is a tuple at run time
        if isinstance(value, tuple | list):
            return [as_data(v, exclude_none=exclude_none, exclude_defaults=exclude_defaults) for v in value]
        if isinstance(value, dict):
            return {
                k: as_data(v, exclude_none=exclude_none, exclude_defaults=exclude_defaults)
                for k, v in value.items()
            }
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
