"""The log's pages remembered (``interviews.page_cache``): keyed on the person's
applications and records, on the entries they left out of the log, on the activities
they logged in the range, and on the start of the range's next interview, so any change
to what the log shows is a new key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from django.utils import timezone

from interviews.page_cache import Kept, Rows
from interviews.worklog.models import Activity, LogExclusion
from interviews.worklog.selectors import next_held

T = TypeVar("T")

# Left out or put back: created or deleted, never edited.
LOG_ROWS = (Rows(LogExclusion, "application__owner", "pk"),)


def logged(owner, first: date, last: date) -> list[tuple]:
    """Every field of the activities logged from ``first`` to ``last``: typed in by hand,
    a few a week, so read whole for the key (an edit leaves no other trace)."""
    fields = [f.attname for f in Activity._meta.concrete_fields]
    rows = Activity.objects.filter(owner=owner, on__range=(first, last)).order_by("pk")
    return list(rows.values_list(*fields))


def kept_log(
    owner, profile, name: str, first: date, last: date, build: Callable[[], T], *parts
) -> T:
    """Part ``name`` of the log of ``first`` to ``last`` (weeks' days, both included). An
    interview enters the log once it has started, so the start of the next one in the
    range is part of the key too: past it, the part is worked out again."""
    moment = next_held(owner, profile, first, last, now=timezone.now())
    activities = logged(owner, first, last)
    return Kept(owner, rows=LOG_ROWS).get(name, build, first, last, moment, activities, *parts)
