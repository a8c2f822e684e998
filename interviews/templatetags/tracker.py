"""Small display helpers: dates relative to today, mailto: and meeting links, due words."""

from __future__ import annotations

from datetime import date

from django import template
from django.utils.html import format_html

from interviews import moves as stage_moves
from interviews import presenting
from interviews.links import pk_url
from interviews.mailto import mailto
from interviews.once import FIELD, new_key
from interviews.weblinks import web_address

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


@register.filter
def meeting_link(text: str) -> str:
    """An http(s) address as a link; anything else (a room, a phone number, a javascript:
    address) stays plain text."""
    if url := web_address(text):
        return format_html(
            '<a href="{}" rel="noopener noreferrer" target="_blank">{}</a>', url, url
        )
    return (text or "").strip()


@register.filter
def due_words(day: date | None, today: date) -> str:
    """'Due today', 'Due by Tue 1 Dec', 'Was due Tue 24 Nov': the words every page uses."""
    return presenting.due_words(day, today) if day else ""


@register.filter
def move_targets(application) -> list:
    """The stages the "Move to…" menu offers for this application."""
    return stage_moves.targets(application)


@register.filter
def move_action(application) -> str:
    """The one view the "Move to…" menu asks (no ``reverse()`` per card)."""
    return pk_url("application_move", application.pk)
