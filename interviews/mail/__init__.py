"""Reading HR's e-mail: ``read(raw) -> MailReading`` (pure), matching it to one of the
person's applications, and the suggestions the person accepts, changes or dismisses."""

from interviews.mail.reading import KINDS, MailReading, read

__all__ = ["KINDS", "MailReading", "read"]
