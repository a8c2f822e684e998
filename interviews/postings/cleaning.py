"""The one cleaning of a posting's description, used by every way one arrives (a page,
the bookmarklet, the API, a restored backup): the site's HTML, cleaned by Ammonia
(``nh3``) of scripts, styles, event handlers and anything not in its allow-list."""

from __future__ import annotations

import html
import re

import nh3

MAX_DESCRIPTION = 200_000  # characters of cleaned HTML; a real posting is 5-30 KB
TAG = re.compile(r"<[a-zA-Z][^>]*>")
# Ammonia's defaults, less images (a saved posting should not load anything from the site
# when it is opened, nor let a site count who opened it).
TAGS = nh3.ALLOWED_TAGS - {"img"}


def description_html(text: str) -> str:
    """Safe HTML for ``text``: HTML is cleaned; plain text (Workday's) becomes paragraphs."""
    text = text.replace("\x00", "").strip()  # PostgreSQL refuses NUL in text
    if not text:
        return ""
    if not TAG.search(text) and "&lt;" in text:
        text = html.unescape(text)  # Greenhouse and LinkedIn send their HTML escaped
    if not TAG.search(text):
        text = _paragraphs(text)
    cleaned = _clean(text[: MAX_DESCRIPTION * 4])
    # Cut to the limit, then cleaned again: Ammonia closes what the cut left open.
    return (
        _clean(cleaned[:MAX_DESCRIPTION]) if len(cleaned) > MAX_DESCRIPTION else cleaned
    ).strip()


def _clean(text: str) -> str:
    return nh3.clean(text, tags=TAGS, link_rel="noopener noreferrer nofollow")


def _paragraphs(text: str) -> str:
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in block.splitlines()) + "</p>"
        for block in blocks
    )
