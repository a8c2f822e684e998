"""One rule for the dates of things that happened: no form takes one ahead of today,
and every form says so in the same words (interviews.validators.validate_not_in_future)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from interviews.forms import (
    ApplicationForm,
    DraftSentForm,
    InterviewRoundForm,
    StatusUpdateForm,
)
from interviews.worklog.forms import ActivityForm

MESSAGE = "Log it once it has happened: this date is ahead."


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
    assert ahead.errors[field] == [MESSAGE]
    today = form_class(data={**data, field: days(0)})
    assert field not in today.errors, today.errors
