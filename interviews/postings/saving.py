"""The page a posting is read from: pasted, or fetched from a pasted address. One place for
the pages and the API."""

from __future__ import annotations

from django.conf import settings

from interviews.postings.fetching import fetch
from interviews.postings.reading import Reading, read


def reading_of(*, page: str, address: str) -> Reading:
    """What the page says; fetched from ``address`` when no page is given (raises
    ``FetchError`` with the reason when it can't be had)."""
    if not page.strip():
        page, address = fetch(address, private_network=settings.POSTINGS_PRIVATE_NETWORK)
    return read(page, address)
