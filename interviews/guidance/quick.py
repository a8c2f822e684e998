"""A cheaper constructor for the engine's small frozen dataclasses.

A frozen dataclass's generated ``__init__`` sets each field through
``object.__setattr__``, one call per field, to get past its own ``__setattr__``. The
engine makes several of them for every application it advises (the ``Point`` it stands
on, the ``Records``, the ``Wait``, each ``Step``, the ``Elsewhere``), and those calls were
a tenth of ``advise()``'s work. ``quick_init`` gives such a class an ``__init__`` with the
same signature (the same fields, order, defaults and default factories) that writes the
values straight into the instance's ``__dict__``. Everything else stays the dataclass's
own: still frozen (``__setattr__`` still refuses), same ``__eq__``, ``__hash__``,
``__repr__``, ``dataclasses.replace`` and ``fields``; ``quick.replace`` is
``dataclasses.replace`` made without going through the constructor field by field.
"""

from __future__ import annotations

import dataclasses
from dataclasses import MISSING, fields
from typing import Any, TypeVar

T = TypeVar("T")

# The classes given a quick ``__init__``, with their field names (for ``replace``).
_QUICK: dict[type, frozenset[str]] = {}


def quick_init(cls: type[T]) -> type[T]:
    """Replace the dataclass ``cls``'s generated ``__init__`` (see the module docstring).
    Only for what it can copy exactly: a frozen dataclass without ``__post_init__``,
    ``__slots__``, keyword-only, ``InitVar`` or ``init=False`` fields; anything else is a
    TypeError at import, never a constructor that behaves differently."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen:
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses")
    declared = fields(cls)  # type: ignore[arg-type]
    if (
        hasattr(cls, "__post_init__")
        or "__slots__" in cls.__dict__
        or len(declared) != len(cls.__dataclass_fields__)  # type: ignore[attr-defined]
        or any(not f.init or f.kw_only for f in declared)
    ):
        raise TypeError(f"{cls.__name__}: quick_init copies only plain positional fields")
    namespace: dict[str, object] = {"_MISSING": MISSING}
    params_text, body = [], []
    for f in declared:
        if f.default is not MISSING:
            namespace[f"_default_{f.name}"] = f.default
            params_text.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            params_text.append(f"{f.name}=_MISSING")
            body.append(f" if {f.name} is _MISSING: {f.name} = _factory_{f.name}()")
        else:
            params_text.append(f.name)
    body.append(" values = self.__dict__")
    body += [f" values[{f.name!r}] = {f.name}" for f in declared]
    source = f"def __init__(self, {', '.join(params_text)}):\n" + "\n".join(body)
    exec(source, namespace)
    init: Any = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[method-assign]
    _QUICK[cls] = frozenset(f.name for f in declared)
    return cls


def replace(obj: T, /, **changes: object) -> T:
    """``dataclasses.replace``, made in one step for a ``quick_init`` class: its
    ``__init__`` only stores the values, so a copy of the instance's ``__dict__`` with the
    changes is the instance that ``dataclasses.replace`` would make (it passes every field
    to the constructor). A name that is not a field is a TypeError, as there. Any other
    dataclass goes through ``dataclasses.replace`` itself."""
    cls = type(obj)
    names = _QUICK.get(cls)
    if names is None:
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    if not names.issuperset(changes):
        unknown = sorted(set(changes) - names)
        raise TypeError(f"{cls.__name__}.__init__() got unexpected keyword arguments {unknown}")
    made = object.__new__(cls)
    values = made.__dict__
    values.update(obj.__dict__)
    values.update(changes)
    return made
