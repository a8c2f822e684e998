"""The part of a letter that is news: the forwarded message inside a forward, or the new
part above a reply's quoted history.

``quotequail`` finds the header block that Gmail ("---------- Forwarded message
---------"), Apple Mail ("Begin forwarded message:") and Outlook ("From: / Sent: / To:",
German "Von: / Gesendet:") put before an earlier message. The block looks the same in a
forward and in a reply, so the rest decides: a forward says so (its marker line, or a
subject starting "Fwd:", "Fw:", "WG:") or has nothing above the block; a reply has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

import dateparser
import quotequail

MAX_CHARS = 100_000  # the start of a long thread is enough: the news is at the top
# quotequail's search for a header block costs the square of the lines that look like one
# (100,000 characters of "Interview on 3 March at 10:00" took over 10 s); a forward's or a
# reply's header block sits within a letter's length of the top, so only these lines are
# searched and the rest is read on after what it found.
SEARCHED_LINES = 400
FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|fw)\s*:", re.IGNORECASE)
FORWARD_MARKER = re.compile(
    r"^[\s>-]*(?:-+ ?forwarded message ?-+|begin forwarded message|"
    r"-+ ?weitergeleitete nachricht ?-+|forwarded by\b)",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class Part:
    text: str  # what to read
    sender: str  # the forwarded message's "From:" line ("" when not a forward)
    date: str  # its "Date:" or "Sent:" line, as written
    subject: str


def news_part(text: str, subject: str) -> Part:
    """The forwarded message of a forward, or the new part of a reply, or ``text``."""
    text = text[:MAX_CHARS]
    head, rest = _head_and_rest(text)
    try:
        found = quotequail.unwrap(head)
    except Exception:  # the library's regexes on hostile text: read the text as it is
        found = None
    if not found:
        return Part(text, "", "", "")
    if rest and found.get("text") is not None:
        found["text"] += rest
    top = found.get("text_top") or ""
    forwarded = FORWARD_SUBJECT.match(subject) or FORWARD_MARKER.search(text) or not top.strip()
    if forwarded:
        return Part(
            found.get("text") or "",
            found.get("from") or "",
            found.get("date") or "",
            found.get("subject") or "",
        )
    return Part(top, "", "", "")


def _head_and_rest(text: str) -> tuple[str, str]:
    """The first ``SEARCHED_LINES`` lines, and what follows them."""
    end = -1
    for _ in range(SEARCHED_LINES):
        end = text.find("\n", end + 1)
        if end < 0:
            return text, ""
    return text[: end + 1], text[end + 1 :]


def written_date(value: str, zone: tzinfo | None) -> datetime | None:
    """A forwarded message's date as its header line wrote it, in any language; a time
    without a zone is read in ``zone`` (the forward's own)."""
    if not value.strip():
        return None
    cleaned = re.sub(r"\b(?:at|um)\b", " ", value)
    try:
        found: datetime | None = dateparser.parse(
            cleaned[:100], languages=["en", "de"], settings={"PREFER_DAY_OF_MONTH": "first"}
        )
    except Exception:  # dateparser raises several kinds on odd input
        return None
    if found is None:
        return None
    return found if found.tzinfo else found.replace(tzinfo=zone or UTC)
