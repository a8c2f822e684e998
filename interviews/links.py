"""Links to one application's pages without a ``reverse()`` per link.

The board draws about five links per card (its page, and the forms its "Move to…" menu
opens), and ``reverse()`` was one of the board's main costs. Each pattern is reversed
once, with a placeholder id, for each script prefix and URLconf in use, and the card's id
goes in its place: the same string ``reverse()`` gives, at the cost of a format.
"""

from __future__ import annotations

from functools import lru_cache

from django.urls import get_script_prefix, get_urlconf, reverse

SLOT = 2_147_483_647  # an id no application has: the largest the ``int`` converter allows


@lru_cache(maxsize=64)
def _halves(name: str, prefix: str, urlconf: str | None) -> tuple[str, str]:
    # prefix and urlconf are the cache key: reverse() reads both from the thread.
    head, tail = reverse(f"interviews:{name}", args=[SLOT]).split(str(SLOT))
    return head, tail


def pk_url(name: str, pk: int) -> str:
    """``reverse(f"interviews:{name}", args=[pk])`` for a route whose only argument is an id."""
    head, tail = _halves(name, get_script_prefix(), get_urlconf())
    return f"{head}{int(pk)}{tail}"
