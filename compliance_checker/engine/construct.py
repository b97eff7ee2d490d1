"""Quick constructors for the frozen slotted dataclasses the evaluation makes by the hundred per declaration
(evidence items, results).

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (its own ``__setattr__``
refuses): about 1 µs for an evidence item's seven fields, measured 10% of a declaration's evaluation.
:func:`constructor` makes a function with the same parameters (and defaults) that sets the slots through
their descriptors instead, 2.5 times faster, giving an equal object. Generated like the dataclass's own
``__init__``, once per class and process.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

_T = TypeVar("_T")


def constructor(cls: type[_T]) -> Callable[..., _T]:
    """A function taking ``cls``'s fields (positionally or by name, with their defaults) that returns an
    instance equal to ``cls(...)``; for a frozen slotted dataclass without ``__post_init__`` or factory
    defaults."""
    if not (dataclasses.is_dataclass(cls) and hasattr(cls, "__slots__")) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} is not a slotted dataclass without __post_init__")
    names: list[str] = []
    scope: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for number, field in enumerate(dataclasses.fields(cls)):
        if field.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{field.name} has a default factory")
        scope[f"_set{number}"] = getattr(cls, field.name).__set__
        if field.default is dataclasses.MISSING:
            names.append(field.name)
        else:
            scope[f"_default{number}"] = field.default
            names.append(f"{field.name}=_default{number}")
    sets = "".join(f"    _set{n}(obj, {f.name})\n" for n, f in enumerate(dataclasses.fields(cls)))
    source = f"def make({', '.join(names)}):\n    obj = _new(_cls)\n{sets}    return obj\n"
    exec(source, scope)  # made from the class's own field names, as dataclasses makes its __init__
    made: Callable[..., _T] = scope["make"]
    made.__qualname__ = made.__name__ = f"new_{cls.__name__}"
    return made
