"""One rule for the dates of things that happened: no form takes one ahead of today,
and every form says so in the same words (interviews.validators.validate_not_in_future)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from interviews.forms import (
    ApplicationForm,
    DraftSentForm,
    InterviewRoundForm,
    StatusUpdateForm,
)
from interviews.worklog.forms import ActivityForm


def message(ahead: dt.date, today: dt.date) -> str:
    """The refusal names the date as read, month in words, and today."""
    spelled = "{0:%a} {0.day} {0:%b %Y}".format
    return f"{spelled(ahead)} is after today ({spelled(today)}): log it once it has happened."


def days(n: int) -> str:
    return (timezone.localdate() + dt.timedelta(days=n)).isoformat()


def now_plus(hours: int) -> str:
    return (timezone.localtime() + dt.timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M")


CASES = {
    "application sent": (ApplicationForm, {"company": "A", "role": "B"}, "applied_on"),
    "thank-you sent": (
        InterviewRoundForm,
        {"kind": "video", "scheduled_at": now_plus(-48), "duration_minutes": "60"},
        "thank_you_sent_on",
    ),
    "update received": (StatusUpdateForm, {"kind": "invited"}, "on"),
    "draft sent": (DraftSentForm, {}, "on"),
    "activity done": (
        ActivityForm,
        {"kind": "job_fair", "organisation": "Acme", "method": "in_person"},
        "on",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_form_takes_a_day_ahead_and_all_say_so_alike(db, case):
    form_class, data, field = CASES[case]
    ahead = form_class(data={**data, field: days(1)})
    assert not ahead.is_valid()
    now = timezone.localdate()
    assert ahead.errors[field] == [message(now + dt.timedelta(days=1), now)]
    today = form_class(data={**data, field: days(0)})
    assert field not in today.errors, today.errors


@time_machine.travel(dt.datetime(2026, 12, 7, 12, tzinfo=dt.UTC))
@pytest.mark.parametrize("typed", ["16.11.2026", "16.11.26", "2026-11-16"])
def test_a_date_typed_day_first_with_dots_is_read_as_it_is_meant(db, typed):
    form = ApplicationForm(data={"company": "Nordlicht", "role": "Dev", "applied_on": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["applied_on"] == dt.date(2026, 11, 16)


@time_machine.travel(dt.datetime(2026, 12, 7, 12, tzinfo=dt.UTC))
def test_a_refused_date_says_which_date_it_read(db):
    form = ApplicationForm(data={"company": "Nordlicht", "role": "Dev", "applied_on": "12/11/2026"})
    assert form.errors["applied_on"] == [
        "Fri 11 Dec 2026 is after today (Mon 7 Dec 2026): log it once it has happened."
    ]
