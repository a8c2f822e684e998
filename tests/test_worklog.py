"""The work-search log page: weeks against the minimum, activities added, edited and
deleted from it, automatic entries left out and put back, and this week on the board."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from interviews.accounts.models import Profile
from interviews.models import UpdateKind
from interviews.services import profile_save
from interviews.worklog.models import Activity, LogExclusion
from interviews.worklog.weeks import week_start
from tests.factories import (
    ActivityFactory,
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
)

pytestmark = pytest.mark.django_db

LOG = reverse("interviews:worklog")


def set_minimum(user, amount: int | None, *, in_hours: bool = False, starts_on: int = 0):
    Profile.objects.filter(owner=user).update(
        weekly_minimum=amount, minimum_in_hours=in_hours, week_starts_on=starts_on
    )


def today() -> dt.date:
    return timezone.localdate()


def this_monday() -> dt.date:
    return week_start(today(), 0)


def test_the_log_counts_this_week_against_the_minimum(owner_client, user):
    set_minimum(user, 3)
    ActivityFactory(owner=user, on=this_monday(), organisation="City Job Fair")
    ApplicationFactory(owner=user, company="Acme", applied_on=this_monday())
    ActivityFactory(owner=user, on=this_monday() - dt.timedelta(days=1), organisation="Old Fair")

    page = owner_client.get(LOG).content.decode()

    assert "2 of 3 — short by 1" in page
    assert "1 of 3 — short by 2" in page  # last week: the old fair
    assert "City Job Fair" in page and "Acme" in page
    assert "Claim weeks start on Monday" in page


def test_without_a_minimum_the_log_says_where_to_set_one(owner_client, user):
    set_minimum(user, None)
    ActivityFactory(owner=user, on=today())
    page = owner_client.get(LOG).content.decode()
    assert "Set the weekly minimum your benefits office asks for" in page
    assert "short by" not in page and "1 logged" in page


def test_the_page_says_records_are_kept_and_for_how_long_agencies_ask(owner_client, user):
    user.profile.country = "US"  # the examples are American
    profile_save(user.profile)
    page = owner_client.get(LOG).content.decode()
    assert "Nothing in this log is ever deleted automatically" in page
    assert "30 days after your benefit year ends" in page and "53 weeks" in page


def test_the_log_shows_four_weeks_a_page_and_earlier_ones_on_the_next(owner_client, user):
    ActivityFactory(owner=user, on=this_monday() - dt.timedelta(weeks=5), organisation="Fair Five")
    first = owner_client.get(LOG).content.decode()
    assert "Fair Five" not in first and "Earlier weeks" in first
    second = owner_client.get(LOG, {"page": 2}).content.decode()
    assert "Fair Five" in second and "Newer weeks" in second
    assert "Earlier weeks" not in second  # nothing before it


@pytest.mark.parametrize("page", ["0", "-1", "abc", "131", "1e3", "2" * 30, "\x00"])
def test_a_page_number_out_of_range_shows_the_first_page(owner_client, page):
    response = owner_client.get(LOG, {"page": page})
    assert response.status_code == HTTPStatus.OK
    assert response.context["number"] == 1


def test_quick_add_puts_an_activity_in_its_week_and_returns_to_the_log(owner_client, user):
    response = owner_client.post(
        reverse("interviews:activity_create"),
        {
            "on": today().isoformat(),
            "kind": "networking",
            "organisation": "Meetup Seattle",
            "method": "in_person",
            "minutes": "45",
            "next": LOG + "?page=1",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == LOG + "?page=1"
    activity = Activity.objects.get(owner=user)
    assert (activity.organisation, activity.minutes) == ("Meetup Seattle", 45)
    assert "Meetup Seattle" in owner_client.get(LOG).content.decode()


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"on": "1989-12-31"}, "Pick a date between"),
        ({"on": (dt.date.today() + dt.timedelta(days=2)).isoformat()}, "is after today"),
        ({"organisation": ""}, "This field is required"),
        ({"kind": "reading_ads"}, "Select a valid choice"),
        ({"minutes": "1441"}, "less than or equal to 1440"),
        ({"phone": "1" * 41}, "at most 40 characters"),
        ({"organisation": "Acme\r\nBcc: x@example.com"}, "Keep this to one line"),
    ],
)
def test_a_bad_activity_is_refused_with_the_reason(owner_client, user, change, error):
    data = {"on": today().isoformat(), "kind": "workshop", "organisation": "X", "method": "online"}
    response = owner_client.post(reverse("interviews:activity_create"), {**data, **change})
    assert response.status_code == HTTPStatus.OK
    assert error in response.content.decode()
    assert not Activity.objects.exists()


def test_an_activity_can_be_edited(owner_client, user):
    activity = ActivityFactory(owner=user, on=today(), organisation="Before")
    url = reverse("interviews:activity_edit", args=[activity.pk])
    assert "Before" in owner_client.get(url).content.decode()
    data = {
        "on": today().isoformat(),
        "kind": "workshop",
        "organisation": "After",
        "method": "mail",
    }
    assert owner_client.post(url, data).status_code == HTTPStatus.FOUND
    activity.refresh_from_db()
    assert (activity.organisation, activity.method) == ("After", "mail")


def test_deleting_an_activity_asks_first(owner_client, user):
    activity = ActivityFactory(owner=user, organisation="Going Away")
    url = reverse("interviews:activity_delete", args=[activity.pk])
    page = owner_client.get(url).content.decode()
    assert "Delete Job fair: Going Away" in page and "can't be undone" in page
    assert Activity.objects.filter(pk=activity.pk).exists()
    assert owner_client.post(url)["Location"] == LOG
    assert not Activity.objects.filter(pk=activity.pk).exists()


def exclusion_url(origin: str, pk: int) -> str:
    return reverse("interviews:entry_exclusion", args=[origin, pk])


def test_an_application_can_be_left_out_and_put_back(owner_client, user):
    set_minimum(user, 1)
    application = ApplicationFactory(owner=user, company="Acme", applied_on=this_monday())
    url = exclusion_url("application", application.pk)

    owner_client.post(url, {"leave_out": "1", "next": LOG})
    owner_client.post(url, {"leave_out": "1"})  # twice is still once

    assert LogExclusion.objects.filter(application=application).count() == 1
    page = owner_client.get(LOG).content.decode()
    assert "Left out" in page and "Put back" in page and "0 of 1 — short by 1" in page
    owner_client.post(url, {"next": LOG})
    assert not LogExclusion.objects.exists()
    assert "1 of 1 — met" in owner_client.get(LOG).content.decode()


def test_an_interview_and_a_follow_up_can_be_left_out(owner_client, user):
    application = ApplicationFactory(owner=user, applied_on=this_monday() - dt.timedelta(weeks=2))
    interview = InterviewRoundFactory(application=application, scheduled_at=timezone.now())
    follow_up = StatusUpdateFactory(application=application, kind=UpdateKind.FOLLOW_UP_SENT)
    owner_client.post(exclusion_url("interview", interview.pk), {"leave_out": "1"})
    owner_client.post(exclusion_url("follow_up", follow_up.pk), {"leave_out": "1"})
    assert LogExclusion.objects.get(round=interview).application == application
    assert LogExclusion.objects.get(update=follow_up).application == application


def test_only_automatic_entries_that_exist_can_be_left_out(owner_client, user):
    application = ApplicationFactory(owner=user)
    other_update = StatusUpdateFactory(application=application, kind=UpdateKind.REJECTED)
    for url in (
        exclusion_url("follow_up", other_update.pk),  # not a follow-up
        exclusion_url("activity", ActivityFactory(owner=user).pk),  # edit or delete those
        exclusion_url("nonsense", application.pk),
        exclusion_url("application", 10**9),
    ):
        assert owner_client.post(url, {"leave_out": "1"}).status_code == HTTPStatus.NOT_FOUND
    assert owner_client.get(exclusion_url("application", application.pk)).status_code == 405
    assert not LogExclusion.objects.exists()


def test_the_board_shows_this_weeks_count_when_a_minimum_is_set(owner_client, user):
    ApplicationFactory(owner=user, company="Acme", applied_on=today())
    set_minimum(user, None)
    assert "This week's log" not in owner_client.get("/").content.decode()
    set_minimum(user, 3)
    assert "This week's log: 1 of 3 — short by 2" in owner_client.get("/").content.decode()


def test_the_settings_page_leads_to_the_log(owner_client):
    page = owner_client.get(reverse("interviews:settings")).content.decode()
    assert LOG in page and "Open the work-search log" in page


def week_of_records(user, count: int) -> None:
    """`count` of each kind of entry in each of the last four weeks."""
    for weeks_ago in range(4):
        day = this_monday() - dt.timedelta(weeks=weeks_ago)
        for _ in range(count):
            ActivityFactory(owner=user, on=day)
            application = ApplicationFactory(owner=user, applied_on=day)
            InterviewRoundFactory(
                application=application,
                scheduled_at=timezone.make_aware(dt.datetime.combine(day, dt.time(3))),
            )
            StatusUpdateFactory(application=application, kind="follow_up_sent", on=day)
            LogExclusion.objects.create(application=application)


def spent(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == HTTPStatus.OK
    return len(captured)


# Session and user (with the profile); the log's key (interviews.worklog.kept: its next
# interview, its activities, the data stamp); the weeks kept, or worked out (activities,
# applications, interviews, follow-ups) and kept (five queries); whether anything is
# older than the page; the navigation's count of e-mail to review. The board adds the
# four reads of this week to its own eight. The people on them (the contact column): one
# per read, two for the interviews (their participants).
LOG_BUDGET = 21
LOG_AGAIN = 8  # nothing changed: the weeks read from the cache
# The board picks its shown cards by id first, counts the Waiting desk and reads the search
# once (views/board.py); the week's reads bring their people (three), the upcoming
# interviews their participants (one). A first view keeps the board's body
# (interviews.page_cache: the stale states, its turns, the stamp, the body missed, then kept).
BOARD_WITH_MINIMUM = 27


@pytest.mark.parametrize("count", [1, 25])
def test_the_log_and_the_boards_count_cost_the_same_queries_at_any_size(owner_client, user, count):
    week_of_records(user, count)
    set_minimum(user, 3)
    assert spent(owner_client, LOG) == LOG_BUDGET
    assert spent(owner_client, LOG) == LOG_AGAIN
    assert spent(owner_client, "/") == BOARD_WITH_MINIMUM


@pytest.mark.parametrize("origin", ["application", "interview", "follow_up"])
def test_a_stranger_cannot_leave_out_the_owners_entries(client, stranger, user, origin):
    application = ApplicationFactory(owner=user)
    record = {
        "application": application,
        "interview": InterviewRoundFactory(application=application),
        "follow_up": StatusUpdateFactory(application=application, kind="follow_up_sent"),
    }[origin]
    client.force_login(stranger)
    for method in ("get", "post"):
        response = getattr(client, method)(exclusion_url(origin, record.pk), {"leave_out": "1"})
        assert response.status_code == HTTPStatus.NOT_FOUND
    assert not LogExclusion.objects.exists()


def test_a_busy_week_lists_its_newest_entries_and_counts_them_all(owner_client, user):
    set_minimum(user, 3)
    for _ in range(30):
        ActivityFactory(owner=user, on=this_monday(), organisation="Fair")
    page = owner_client.get(LOG).content.decode()
    assert "30 of 3 — met" in page
    assert page.count(">Edit<") == 25
    assert "The newest 25 of 30 are shown." in page
    assert f"?start={this_monday().isoformat()}&amp;end=" in page
