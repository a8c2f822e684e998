"""Text pasted from a mail app, made a message the reader can date.

"The text alone works too": a pasted body, or Outlook's copied "Von: / Gesendet: /
Betreff:" block above it, has no Date header, so "we'll write by the end of next week"
had no day to count from and the paste read as no news. Pasted text that is not a whole
message becomes the body of one received now; the reader then finds a copied header
block in it as it finds a forward's, with that block's own date."""

from __future__ import annotations

from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import HeaderParser
from email.utils import format_datetime

# The headers a whole message (a mail app's "Show original") starts with.
MESSAGE_HEADERS = {"from", "date", "received", "message-id", "return-path"}


def is_whole_message(text: str) -> bool:
    """Whether ``text`` starts with a message's own RFC 5322 headers."""
    head = text.lstrip()[:20_000]
    names = {name.lower() for name in HeaderParser(policy=policy.default).parsestr(head)}
    return len(names & MESSAGE_HEADERS) >= 2


def as_message(text: str, received: datetime) -> bytes:
    """The raw message for pasted ``text``: itself when whole, else its body, dated
    ``received``."""
    if is_whole_message(text):
        return text.encode("utf-8", errors="replace")
    message = EmailMessage(policy=policy.SMTP)
    message["Date"] = format_datetime(received)
    message["Subject"] = ""
    message.set_content(text, cte="8bit")
    return message.as_bytes()
