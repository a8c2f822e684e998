"""Hard limits, checked on the raw bytes before the standard library's parser sees them.

The ``email`` package reads whatever it is given: a Subject of 280,000 characters of
encoded words took a worker to 2.9 GB, an .eml of 100,000 MIME parts took 20 s. A
letter from HR is small, so a message over any of these limits is not read at all: the
reader answers "too large to read" and nothing else. Every check is a linear scan of
bytes with no parsing, so the cost is bounded by ``MAX_BYTES``.
"""

from __future__ import annotations

import re

MAX_BYTES = 5 * 1024 * 1024  # the message with its attachments (the upload's own limit)
MAX_HEADER_BYTES = 64 * 1024  # every header of the message together
MAX_PARTS = 200  # MIME parts, counted as boundary lines
MAX_CONTAINERS = 20  # multipart and message/* containers: bounds how deep parts nest
MAX_ENCODED_WORDS = 1000  # "=?utf-8?q?...?=" in any header, the parts' headers too

HEADER_END = re.compile(rb"\r?\n\r?\n")
BOUNDARY_LINE = re.compile(rb"^--", re.MULTILINE)
ENCODED_WORD = re.compile(rb"=\?")
CONTAINER = re.compile(rb"^content-type:\s*(?:multipart|message)/", re.IGNORECASE | re.MULTILINE)


class TooLarge(ValueError):
    """The message is over a limit; the text says which, for the person."""


def check(raw: bytes) -> None:
    """Raise ``TooLarge`` when ``raw`` is over any limit; return quietly otherwise."""
    if len(raw) > MAX_BYTES:
        raise TooLarge(f"It is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    end = HEADER_END.search(raw, 0, MAX_HEADER_BYTES + 4)
    header_bytes = end.start() if end else len(raw)
    if header_bytes > MAX_HEADER_BYTES:
        raise TooLarge(f"Its headers are longer than {MAX_HEADER_BYTES // 1024} KB.")
    if _count(CONTAINER, raw, MAX_CONTAINERS) > MAX_CONTAINERS:
        raise TooLarge(f"Its parts are nested more than {MAX_CONTAINERS} deep.")
    if _count(BOUNDARY_LINE, raw, MAX_PARTS) > MAX_PARTS:
        raise TooLarge(f"It has more than {MAX_PARTS} parts.")
    if _count(ENCODED_WORD, raw, MAX_ENCODED_WORDS) > MAX_ENCODED_WORDS:
        raise TooLarge(f"Its headers hold more than {MAX_ENCODED_WORDS} encoded words.")


def _count(pattern: re.Pattern[bytes], raw: bytes, limit: int) -> int:
    """Matches of ``pattern``, counted no further than one past ``limit``."""
    found = 0
    for _ in pattern.finditer(raw):
        found += 1
        if found > limit:
            break
    return found
