"""Query budgets: each main page costs a fixed number of queries, at 5 applications or 200."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from interviews.models import Application, CalendarFeed
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db

KINDS = ["acknowledged", "invited", "on_hold", "offer_written", "rejected", "follow_up_sent"]

# Page -> its pinned number of queries (session and user included where logged in; every
# logged-in HTML page counts the e-mails to review for the navigation).
BUDGETS = {
    # The board, the list, the application page and Waiting each read the whole search
    # once (interviews.search_picture): one query, whatever the number of applications;
    # every page counts the navigation's e-mails to review.
    # The board: stale states, its turns, the stamp, the kept body missed; cards from their
    # stored state and rounds, the desk's numbers in one count; the body kept (five). The
    # people (interviews.people): the advice's records carry the rounds' participants and
    # the people on each application (two queries), the upcoming interviews their
    # participants (one).
    "board": 20,
    "application list": 8,
    # The panels of feature apps: the posting and the offer (one), the documents sent (one).
    "application page": 12,
    "Waiting": 15,  # stale states (none); both courts' ids, their records; e-mails to review
    "Stage guide": 3,
    # The pages below are remembered (interviews.page_cache): a first view reads the
    # person's data stamp, misses the cache and keeps what it worked out (five queries per
    # part kept: a savepoint, the cache's size, the key, the row, the release).
    # next interview; rounds ahead and behind (each with its people), bounded; the search
    "calendar feed": 21,
    "Insights": 22,  # the stale states and the Waiting desk's numbers in one count
    "Insights, a chart": 10,
    "Insights, weekly chart": 12,
    "Insights, flow picture": 10,
}

# Pages remembered under the person's data stamp (interviews.page_cache), viewed again
# with nothing changed: the stamp, one cache read per part, and what is not remembered.
AGAIN = {
    # the stale states, its two turns, the stamp, the body; upcoming and their participants;
    # e-mails
    "board": 10,
    "calendar feed": 4,  # the feed's token, the stamp, the next interview, the calendar
    "Insights": 8,  # + the numbers and the weeks kept; stale states; the desk's count
    "Insights, a chart": 4,  # session, user, the stamp, the numbers kept
    "Insights, weekly chart": 4,
    "Insights, flow picture": 4,
}


def search_of(user, count: int) -> None:
    """`count` applications in a mix of stages, each with a past round, half with one to come."""
    now = timezone.now()
    for index in range(count):
        application = ApplicationFactory(
            owner=user, applied_on=timezone.localdate() - dt.timedelta(days=3 + index % 40)
        )
        InterviewRoundFactory(application=application, scheduled_at=now - dt.timedelta(days=2))
        if index % 2:
            InterviewRoundFactory(
                application=application,
                scheduled_at=now + dt.timedelta(days=1 + index % 10),
                outcome="scheduled",
            )
        StatusUpdateFactory(
            application=application, kind=KINDS[index % len(KINDS)], on=timezone.localdate()
        )


def urls(user) -> dict[str, str]:
    feed, _ = CalendarFeed.objects.get_or_create(owner=user)
    some = Application.objects.filter(owner=user).first()
    return {
        "board": reverse("interviews:board"),
        "application list": reverse("interviews:application_list"),
        "application page": some.get_absolute_url(),
        "Waiting": reverse("interviews:waiting"),
        "Stage guide": reverse("interviews:guide"),
        "calendar feed": reverse("interviews:calendar_feed", args=[feed.token]),
        "Insights": reverse("interviews:insights"),
        "Insights, a chart": reverse("interviews:insights_chart", args=["funnel"]),
        "Insights, weekly chart": reverse("interviews:insights_chart", args=["activity"]),
        "Insights, flow picture": reverse("interviews:insights_flow_svg"),
    }


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    return len(captured)


def first_and_again(client, url: str) -> tuple[int, int]:
    """The queries of a first view (nothing remembered) and of the same view again."""
    cache.clear()
    return queries(client, url), queries(client, url)


@pytest.mark.parametrize("count", [5, 200])
def test_every_main_page_stays_within_its_budget(owner_client, user, count):
    search_of(user, count)
    # Calendar apps fetch the feed without a session: its token is the only key.
    spent = {
        page: first_and_again(Client() if page == "calendar feed" else owner_client, url)
        for page, url in urls(user).items()
    }
    assert {page: first for page, (first, _) in spent.items()} == BUDGETS
    assert {page: again for page, (_, again) in spent.items() if page in AGAIN} == AGAIN
