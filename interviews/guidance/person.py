"""What the advice may know about the person: their country and whether they are employed.

Like the time zone and the holidays, it is put in force for a block by
``interviews.profiles.activated``; outside one, the advice assumes nothing (no country, not
employed) and leaves out what depends on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    country: str = ""
    employed: bool = False
    region: str = ""  # "" until the person chooses one: the nationwide holidays only


NOBODY = Person()
_person: ContextVar[Person | None] = ContextVar("guidance_person", default=None)


@contextmanager
def as_person(person: Person) -> Iterator[None]:
    token = _person.set(person)
    try:
        yield
    finally:
        _person.reset(token)


def current_person() -> Person:
    return _person.get() or NOBODY
