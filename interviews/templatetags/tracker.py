"""Small display helpers: dates relative to today, mailto: links."""

from __future__ import annotations

from datetime import date

from django import template
from django.utils.html import format_html

from interviews.mailto import mailto
from interviews.once import FIELD, new_key

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


@register.filter(name="mailto")
def mailto_link(address: str) -> str:
    """A mailto: link to the address, encoded (``interviews.mailto``)."""
    return mailto(address)


@register.simple_tag
def once_field() -> str:
    """The hidden one-time key of a create form (``interviews.once``)."""
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, new_key())
