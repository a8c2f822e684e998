"""The digest's "still short this week" line: on the last two days of a short claim week
only, in the person's week, and never without a minimum."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command

from interviews.accounts.models import Profile
from interviews.models import DigestLog
from tests.factories import ActivityFactory, ApplicationFactory, UserFactory

pytestmark = pytest.mark.django_db

# Sunday weeks: Sun 29 Nov to Sat 5 Dec 2026.
WEEK = [dt.date(2026, 11, 29) + dt.timedelta(days=n) for n in range(7)]
THURSDAY, FRIDAY, SATURDAY, NEXT_SUNDAY = WEEK[4], WEEK[5], WEEK[6], WEEK[6] + dt.timedelta(1)


def send(day: dt.date) -> str:
    out = StringIO()
    call_command("send_digest", "--date", day.isoformat(), stdout=out)
    return out.getvalue()


def claimant(minimum: int | None, *, activities: int = 1, starts_on: int = 6, hours=False):
    user = UserFactory(username="claimant")
    Profile.objects.filter(owner=user).update(
        weekly_minimum=minimum, minimum_in_hours=hours, week_starts_on=starts_on
    )
    for _ in range(activities):
        ActivityFactory(owner=user, on=WEEK[1], minutes=45)
    return user


def body() -> str:
    (message,) = mail.outbox
    return message.body


def test_the_day_before_the_last_two_days_says_nothing():
    claimant(3)
    assert "1 users had nothing due" in send(THURSDAY)
    assert mail.outbox == []
    assert not DigestLog.objects.exists()


def test_the_second_to_last_day_of_a_short_week_says_so():
    user = claimant(3)
    send(FRIDAY)
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert message.subject == "Today in your job search: 1 thing"
    assert "Still short this week: 1 of 3 activities logged, 2 to go." in message.body
    assert "Your claim week ends tomorrow, Sat 5 Dec." in message.body
    assert f"\n  {settings.SITE_URL.rstrip('/')}/worklog/\n" in message.body


def test_the_last_day_says_the_week_ends_today():
    claimant(3)
    send(SATURDAY)
    assert "Your claim week ends today, Sat 5 Dec." in body()


def test_a_new_week_starts_quiet_again():
    claimant(3, activities=0)
    send(NEXT_SUNDAY)
    assert mail.outbox == []


def test_a_met_week_says_nothing():
    claimant(3, activities=3)
    send(FRIDAY)
    assert mail.outbox == []


def test_no_minimum_means_no_reminder():
    claimant(None, activities=0)
    send(SATURDAY)
    assert mail.outbox == []


def test_monday_weeks_end_on_sunday():
    claimant(3, starts_on=0)
    send(FRIDAY)
    assert mail.outbox == []
    send(NEXT_SUNDAY)
    assert "Your claim week ends today, Sun 6 Dec." in body()


def test_an_hours_minimum_counts_hours():
    claimant(35, activities=2, hours=True)
    send(FRIDAY)
    assert "Still short this week: 1.5 of 35 hours logged, 33.5 hours to go." in body()


def test_the_reminder_joins_what_else_is_due():
    user = claimant(3)
    ApplicationFactory(owner=user, company="Acme", applied_on=FRIDAY - dt.timedelta(days=14))
    send(FRIDAY)
    message = mail.outbox[0]
    assert message.subject == "Today in your job search: 2 things"
    assert "* Acme, Software Engineer\n  - Today: " in message.body
    assert message.body.index("Acme") < message.body.index("Still short this week")
    assert DigestLog.objects.get(owner=user).items == 2


@pytest.mark.parametrize("people", [2, 6])
def test_each_reminded_person_costs_the_same_queries(django_assert_num_queries, people):
    for index in range(people):
        user = UserFactory(username=f"claimant{index}")
        Profile.objects.filter(owner=user).update(weekly_minimum=3, week_starts_on=6)
        ActivityFactory(owner=user, on=WEEK[1])
        ApplicationFactory(owner=user, applied_on=WEEK[4])  # nothing due on it yet
    # Users (with profiles), applications, rounds, updates; then for each person their
    # whole search, the four reads of their week and the six of logging the day's digest,
    # and the people on their applications (interviews.people: one more each, one in all).
    with django_assert_num_queries(5 + people * (1 + 4 + 7)):
        send(FRIDAY)
    assert len(mail.outbox) == people
