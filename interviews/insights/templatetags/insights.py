"""Numbers of days on the Insights page, written as its summaries write them."""

from __future__ import annotations

from django import template

from interviews.insights import words

register = template.Library()
register.filter("days", words.days)
