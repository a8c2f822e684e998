"""Small display helpers: dates relative to today, shares, mailto: links."""

from __future__ import annotations

from datetime import date

from django import template

from interviews.mailto import mailto

register = template.Library()


@register.filter
def days_ago(day: date | None, today: date) -> str:
    """'today', 'yesterday', '3 days ago' (or 'in 2 days' for a future date)."""
    if day is None:
        return ""
    delta = (today - day).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "yesterday"
    if delta == -1:
        return "tomorrow"
    return f"{delta} days ago" if delta > 0 else f"in {-delta} days"


@register.filter
def percent_of(value: int | None, total: int) -> int:
    """A share of `total` as a whole percentage, held between 0 and 100 (for progress bars)."""
    if not value or not total:
        return 0
    return max(0, min(100, round(100 * value / total)))


@register.filter(name="mailto")
def mailto_link(address: str) -> str:
    """A mailto: link to the address, encoded (``interviews.mailto``)."""
    return mailto(address)
