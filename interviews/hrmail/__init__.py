"""Reading HR's e-mail: ``read(raw) -> MailReading`` (pure), matching it to one of the
person's applications, and the suggestions the person accepts, changes or dismisses."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interviews.hrmail.reading import KINDS, MailReading, read

__all__ = ["KINDS", "MailReading", "read"]


def __getattr__(name: str) -> object:
    # Looked up when first asked for: Django imports this package to load the app, before
    # any model may be imported, and the reader reads the status words of the core's models.
    if name in __all__:
        from interviews.hrmail import reading

        return getattr(reading, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
