"""Keep secrets in URLs out of the logs.

A calendar feed's token, a password-reset link and the links in mails (unsubscribe, new
address) are each the only key to what they open, and log lines travel further than the
database (log shippers, support tickets, screenshots). Django logs the path of every 404
("Not Found: /feeds/<token>.ics"), so every handler redacts them.
"""

from __future__ import annotations

import logging
import re

REDACTED = "[redacted]"
# The secret part of each such URL: what follows the prefix up to the next / or quote.
SECRET_URL = re.compile(
    r"(?P<prefix>/feeds/|/accounts/reset/|/unsubscribe/|/settings/email/confirm/)"
    r"(?P<secret>[^\s\"'?#]+?)(?P<end>\.ics|/?(?=[\s\"'?#]|$))"
)


def redact(text: str) -> str:
    return SECRET_URL.sub(lambda m: f"{m['prefix']}{REDACTED}{m['end']}", text)


class RedactSecrets(logging.Filter):
    """A handler filter: the record's message with every secret URL part replaced."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True
