"""The application page puts the next action first: headline, dated steps, the actions
that fit the stage; the meaning follows behind "Why?"."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from django.urls import reverse
from django.utils import timezone

from interviews.actions import answer_by
from interviews.guidance import advise
from interviews.models import Outcome, RoundKind, UpdateKind
from tests.factories import InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db


def page(client, application) -> str:
    return html.unescape(client.get(application.get_absolute_url()).content.decode())


def actions(client, application) -> list[tuple[str, str]]:
    response = client.get(application.get_absolute_url())
    return [(a.label, a.url) for a in response.context["actions"]]


def offered(application, respond_by=None):
    StatusUpdateFactory(
        application=application,
        kind="offer_written",
        on=timezone.localdate(),
        respond_by=respond_by,
    )
    return application


def test_an_offer_is_answered_accept_decline_or_counter(owner_client, application):
    offered(application, respond_by=timezone.localdate() + dt.timedelta(days=5))
    new_update = reverse("interviews:update_create", args=[application.pk])
    assert actions(owner_client, application) == [
        ("Accept", f"{new_update}?kind=accepted"),
        ("Decline", f"{new_update}?kind=declined"),
        ("Counter", f"{new_update}?kind=counter_offer"),
    ]
    assert ": 5 days left" in page(owner_client, application)


def test_the_answer_by_countdown_counts_down_and_past(application):
    today = timezone.localdate()
    offered(application, respond_by=today + dt.timedelta(days=1))

    def countdown(day):
        return answer_by(advise(application, today=day), day)

    assert countdown(today).endswith(": 1 day left")
    assert countdown(today + dt.timedelta(days=1)).endswith(": that is today")
    late = countdown(today + dt.timedelta(days=3))
    assert late.endswith("that was 2 days ago. Ask them whether it still stands.")


def test_the_offer_form_opens_prefilled(owner_client, application):
    url = reverse("interviews:update_create", args=[application.pk]) + "?kind=accepted"
    form = owner_client.get(url).context["form"]
    assert form["kind"].value() == "accepted"


def test_a_round_without_outcome_is_asked_once_and_hrs_answer_is_the_main_action(
    owner_client, application
):
    interview = InterviewRoundFactory(
        application=application,
        scheduled_at=timezone.now() - dt.timedelta(days=1),
        outcome="scheduled",
    )
    body = page(owner_client, application)
    assert "How did the" in body and "Log the round&#x27;s outcome" not in body
    assert actions(owner_client, application)[0][0] == "Log HR's answer"
    # Answered "done": no question left, and still HR's answer first.
    owner_client.post(reverse("interviews:round_outcome", args=[interview.pk]), {"outcome": "done"})
    assert "How did the" not in page(owner_client, application)
    assert [label for label, _ in actions(owner_client, application)] == [
        "Log HR's answer",
        "Log a round",
    ]


def test_a_closed_application_has_no_round_to_log(owner_client, application):
    StatusUpdateFactory(application=application, kind="rejected", on=timezone.localdate())
    assert [label for label, _ in actions(owner_client, application)] == ["Log an update"]
    assert "Log a round" not in page(owner_client, application)


def test_steps_and_actions_come_before_the_meaning(owner_client, application):
    body = page(owner_client, application)
    headline = owner_client.get(application.get_absolute_url()).context["advice"].headline
    assert body.index(headline) < body.index("Next steps") < body.index("Log HR's answer")
    assert body.index("Log HR's answer") < body.index("Why? What this means")
    assert body.index("Why? What this means") < body.index("What it doesn't mean")


def test_meeting_links_are_links_only_for_web_addresses(owner_client, application):
    safe = InterviewRoundFactory(
        application=application, location_or_link="https://meet.example.com/abc"
    )
    InterviewRoundFactory(application=application, location_or_link="javascript:alert(1)")
    InterviewRoundFactory(application=application, location_or_link="Room 4, 2nd floor")
    body = owner_client.get(application.get_absolute_url()).content.decode()
    assert '<a href="https://meet.example.com/abc" rel="noopener noreferrer"' in body
    assert 'href="javascript:' not in body
    assert "javascript:alert(1)" in body and "Room 4, 2nd floor" in body
    assert reverse("interviews:round_ics", args=[safe.pk]) in body
    assert body.count(">Add to calendar</a>") == 3


@pytest.mark.parametrize(
    ("later", "reads"),
    [
        (None, "Done, waiting to hear"),
        (UpdateKind.INVITED, "Advanced to the next step"),
        (UpdateKind.REJECTED, "Done"),
        (UpdateKind.FOLLOW_UP_SENT, "Done, waiting to hear"),  # the person's own note
    ],
)
def test_a_round_done_reads_as_what_followed_it(owner_client, application, later, reads):
    first = InterviewRoundFactory(
        application=application,
        kind=RoundKind.VIDEO,
        scheduled_at=timezone.make_aware(dt.datetime(2026, 12, 1, 10, 0)),
        outcome=Outcome.DONE,
    )
    if later:
        StatusUpdateFactory(application=application, kind=later, on=dt.date(2026, 12, 4))
    text = page(owner_client, application)
    assert f"Tue 1 Dec 2026, 10:00 · {reads}</span>" in text
    first.refresh_from_db()
    assert first.outcome == Outcome.DONE  # the words follow; the record is as logged
