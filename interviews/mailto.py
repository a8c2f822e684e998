"""The one place that builds ``mailto:`` links (RFC 6068).

Everything is percent-encoded, the address too: an address that passes Django's
EmailField may still hold ``?`` and ``&``, and left raw in a link they would add
headers such as Bcc to the message the mail program opens.
"""

from __future__ import annotations

from urllib.parse import quote


def mailto(address: str, *, subject: str = "", body: str = "") -> str:
    link = "mailto:" + quote(address, safe="@,")  # several addresses: comma-separated
    fields = [(name, value) for name, value in (("subject", subject), ("body", body)) if value]
    if fields:
        link += "?" + "&".join(f"{name}={quote(value, safe='')}" for name, value in fields)
    return link
