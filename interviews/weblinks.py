"""Whether a free-text place is a web address: a round's "location or link" may hold a
room, a phone number, or the meeting's URL."""

from __future__ import annotations

from urllib.parse import urlsplit


def web_address(text: str) -> str:
    """``text`` when it is one http(s) address, else "" (a room, a phone number, a
    ``javascript:`` address, a sentence with a link inside)."""
    value = (text or "").strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    if parts.scheme in {"http", "https"} and parts.netloc and not any(c.isspace() for c in value):
        return value
    return ""
