"""Calendars: a round as an .ics download, and the private feed a calendar app subscribes to."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from interviews import services
from interviews.guidance import advise
from interviews.guidance.planning import nudge_day
from interviews.models import Application, CalendarFeed, Outcome, RoundKind, UpdateKind
from interviews.profiles import activated, profile_of
from interviews.services import application_save
from interviews.waiting import awaiting
from tests.factories import (
    ApplicationFactory,
    InterviewRoundFactory,
    StatusUpdateFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


def parse(response) -> Calendar:
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events(calendar: Calendar) -> dict[str, str]:
    """UID -> SUMMARY of every VEVENT."""
    return {str(event["UID"]): str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}


def feed_url(user) -> str:
    feed, _ = CalendarFeed.objects.get_or_create(owner=user)
    return reverse("interviews:calendar_feed", args=[feed.token])


def job_search(owner) -> dict[str, Application]:
    """One application for each kind of event, and two things that must not show."""
    today = timezone.localdate()
    # Applied two weeks ago: awaiting a reply, with a follow-up date and not yet quiet.
    waiting = ApplicationFactory(owner=owner, company="Acme", applied_on=today - dt.timedelta(14))
    booked = ApplicationFactory(owner=owner, company="Globex")
    InterviewRoundFactory(
        application=booked, scheduled_at=at(today + dt.timedelta(3)), outcome=Outcome.SCHEDULED
    )
    InterviewRoundFactory(
        application=booked, scheduled_at=at(today + dt.timedelta(4)), outcome=Outcome.CANCELLED
    )
    offer = ApplicationFactory(owner=owner, company="Initech")
    StatusUpdateFactory(
        application=offer,
        on=today,
        kind=UpdateKind.OFFER_WRITTEN,
        respond_by=today + dt.timedelta(5),
    )
    rejected = ApplicationFactory(owner=owner, company="Hooli")
    InterviewRoundFactory(
        application=rejected,
        kind=RoundKind.PHONE,
        scheduled_at=at(today - dt.timedelta(20)),
        outcome=Outcome.NOT_SELECTED,
    )
    apps = {"waiting": waiting, "booked": booked, "offer": offer, "rejected": rejected}
    return apps


def test_the_feed_holds_the_owners_rounds_follow_ups_and_offer_deadlines(client, user, stranger):
    apps = job_search(user)
    job_search(stranger)
    booked_round = apps["booked"].rounds.get(outcome=Outcome.SCHEDULED)
    past_round = apps["rejected"].rounds.get()

    calendar = parse(client.get(feed_url(user)))

    assert events(calendar) == {
        f"round-{booked_round.uid}@interview-tracker": "Video interview · Globex",
        f"round-{past_round.uid}@interview-tracker": "Phone interview · Hooli",
        f"follow-up-{apps['waiting'].uid}@interview-tracker": "Follow up with Acme",
        f"offer-deadline-{apps['offer'].uid}@interview-tracker": "Answer the offer from Initech",
    }


def test_a_feed_before_and_after_a_backup_restored_elsewhere_has_the_same_uids(
    client, user, stranger
):
    """A restored account's subscribers see the same events, not a duplicate of each."""
    from interviews.exchange.backup import backup_document
    from interviews.exchange.restore import restore

    job_search(user)
    user.profile.country = "US"  # a backup carries the settings, and a country is required
    services.profile_save(user.profile)
    before = set(events(parse(client.get(feed_url(user)))))
    restore(stranger, backup_document(user))
    after = set(events(parse(client.get(feed_url(stranger)))))
    assert len(before) == 4 and after == before  # two rounds, a follow-up, a deadline


def test_the_feed_is_a_valid_calendar_with_a_name(client, user):
    job_search(user)
    calendar = parse(client.get(feed_url(user)))
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    assert calendar["X-WR-CALNAME"]
    assert all(event["DTSTAMP"] and event["UID"] for event in calendar.walk("VEVENT"))


def test_rounds_are_timed_in_utc_and_follow_ups_are_all_day(client, user):
    apps = job_search(user)
    booked_round = apps["booked"].rounds.get(outcome=Outcome.SCHEDULED)
    calendar = parse(client.get(feed_url(user)))
    by_uid = {str(event["UID"]): event for event in calendar.walk("VEVENT")}

    round_event = by_uid[f"round-{booked_round.uid}@interview-tracker"]
    assert round_event.decoded("DTSTART") == booked_round.scheduled_at
    assert round_event.decoded("DTSTART").utcoffset() == dt.timedelta(0)
    assert round_event.decoded("DTEND") == booked_round.ends_at
    assert "Sam Lee" in str(round_event["DESCRIPTION"])
    assert b"Z\r\n" in round_event.to_ical()

    follow_up = by_uid[f"follow-up-{apps['waiting'].uid}@interview-tracker"]
    waiting = Application.objects.with_records().get(pk=apps["waiting"].pk)
    with activated(profile_of(user)):
        today = timezone.localdate()
        # On the day the app shows it due: its own, or the next business day once it passed
        # (a Saturday after a Friday's follow-up: the sweep's friday-evening).
        expected = nudge_day(advise(waiting, today=today).follow_up_on, today)
    assert follow_up.decoded("DTSTART") == expected

    deadline = by_uid[f"offer-deadline-{apps['offer'].uid}@interview-tracker"]
    assert deadline.decoded("DTSTART") == timezone.localdate() + dt.timedelta(5)


def test_the_feed_leaves_out_follow_ups_once_an_application_has_gone_quiet(client, user):
    ApplicationFactory(owner=user, applied_on=timezone.localdate() - dt.timedelta(60))
    assert events(parse(client.get(feed_url(user)))) == {}


@pytest.mark.parametrize("count", [3, 30])
def test_the_feed_costs_the_same_queries_however_many_applications(
    client, user, django_assert_num_queries, count
):
    now = timezone.now()
    for _ in range(count):
        application = ApplicationFactory(owner=user, applied_on=timezone.localdate())
        InterviewRoundFactory(application=application, scheduled_at=now - dt.timedelta(days=1))
        InterviewRoundFactory(
            application=application,
            scheduled_at=now + dt.timedelta(days=3),
            outcome=Outcome.SCHEDULED,
        )
    url = feed_url(user)
    # The feed; the person's data stamp and next interview (its ETag and cache key); the
    # cache read; rounds ahead; rounds behind; the whole search; the advice of
    # applications with a round to come (applications, rounds, updates); open follow-ups;
    # offers; keeping the calendar (five queries); the people (interviews.people): the
    # participants of the rounds ahead and behind, and of the advice's rounds, and the
    # people on its applications (four). Asked again with nothing changed: the feed, the
    # stamp, the next interview, the cache.
    with django_assert_num_queries(21):
        calendar = parse(client.get(url))
    assert len(events(calendar)) == 2 * count
    with django_assert_num_queries(4):
        assert parse(client.get(url)) == calendar


def test_the_feed_holds_the_nearest_of_each_kind_up_to_its_limit(client, user, monkeypatch):
    monkeypatch.setattr("interviews.views.calendar.FEED_LIMIT", 2)
    now, today = timezone.now(), timezone.localdate()
    rounds = {}
    for days in (-3, -2, -1, 1, 2, 3):
        application = ApplicationFactory(owner=user, applied_on=today - dt.timedelta(40))
        rounds[days] = InterviewRoundFactory(
            application=application,
            scheduled_at=now + dt.timedelta(days=days),
            outcome=Outcome.DONE if days < 0 else Outcome.SCHEDULED,
        )
    for days in (8, 9, 10):
        ApplicationFactory(
            owner=user, company=f"Wait {days}", applied_on=today - dt.timedelta(days)
        )
    offers = [ApplicationFactory(owner=user, company=f"Offer {n}") for n in range(3)]
    for application in offers:
        StatusUpdateFactory(
            application=application,
            on=today,
            kind=UpdateKind.OFFER_WRITTEN,
            respond_by=today + dt.timedelta(5),
        )
    uids = set(events(parse(client.get(feed_url(user)))))
    kept = {f"round-{rounds[days].uid}@interview-tracker" for days in (-2, -1, 1, 2)}
    assert {uid for uid in uids if uid.startswith("round-")} == kept
    shown = [
        Application.objects.get(uid=uid.split("@")[0].removeprefix("follow-up-")).follow_up_on
        for uid in uids
        if uid.startswith("follow-up-")
    ]
    # The two latest follow-up dates, of the more than two open ones.
    open_ones = awaiting(user, today).filter(follow_up_on__isnull=False, gone_quiet=0)
    due = sorted(open_ones.values_list("follow_up_on", flat=True))
    assert len(due) > 2 and sorted(shown) == due[-2:]
    assert len([uid for uid in uids if uid.startswith("offer-")]) == 2


def test_rounds_older_than_the_window_leave_the_feed(client, user):
    application = ApplicationFactory(owner=user, company="Oldco")
    now = timezone.now()
    old = InterviewRoundFactory(application=application, scheduled_at=now - dt.timedelta(days=31))
    recent = InterviewRoundFactory(
        application=application, scheduled_at=now - dt.timedelta(days=29)
    )
    uids = set(events(parse(client.get(feed_url(user)))))
    assert f"round-{recent.uid}@interview-tracker" in uids
    assert f"round-{old.uid}@interview-tracker" not in uids


def test_a_wrong_token_is_a_404(client, user):
    feed_url(user)
    url = reverse("interviews:calendar_feed", args=["not-the-token"])
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_the_old_link_is_a_404_after_a_reset(owner_client, user):
    old_url = feed_url(user)
    owner_client.post(reverse("interviews:calendar_reset"))
    assert owner_client.get(old_url).status_code == HTTPStatus.NOT_FOUND
    new_url = feed_url(user)
    assert new_url != old_url
    assert owner_client.get(new_url).status_code == HTTPStatus.OK


def test_a_deactivated_users_feed_is_a_404(client, user):
    url = feed_url(user)
    user.is_active = False
    user.save()
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_a_round_downloads_as_an_ics_file(owner_client, application):
    application.company = "Acme"
    application_save(application)
    interview_round = InterviewRoundFactory(
        application=application, location_or_link="https://meet.example.com/abc"
    )

    response = owner_client.get(reverse("interviews:round_ics", args=[interview_round.pk]))

    calendar = parse(response)
    assert response["Content-Disposition"] == 'attachment; filename="acme-video-interview.ics"'
    assert events(calendar) == {
        f"round-{interview_round.uid}@interview-tracker": "Video interview · Acme"
    }
    (event,) = calendar.walk("VEVENT")
    assert str(event["LOCATION"]) == "https://meet.example.com/abc"
    assert event.decoded("DTSTART") == interview_round.scheduled_at


def test_an_upcoming_rounds_file_carries_preparation_advice(owner_client, application):
    interview_round = InterviewRoundFactory(
        application=application,
        scheduled_at=at(timezone.localdate() + dt.timedelta(2)),
        outcome=Outcome.SCHEDULED,
    )
    response = owner_client.get(reverse("interviews:round_ics", args=[interview_round.pk]))
    (event,) = parse(response).walk("VEVENT")
    assert "Get ready for the video interview" in str(event["DESCRIPTION"])


def test_stranger_gets_404_for_a_round_file(client, stranger, application):
    interview_round = InterviewRoundFactory(application=application)
    client.force_login(stranger)
    response = client.get(reverse("interviews:round_ics", args=[interview_round.pk]))
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_anonymous_round_file_redirects_to_login(client, application):
    interview_round = InterviewRoundFactory(application=application)
    response = client.get(reverse("interviews:round_ics", args=[interview_round.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("login"))


def test_the_settings_page_shows_the_absolute_feed_link(owner_client, user):
    response = owner_client.get(reverse("interviews:calendar_settings"))
    assert response.status_code == HTTPStatus.OK
    token = CalendarFeed.objects.get(owner=user).token
    assert f'value="http://testserver/feeds/{token}.ics"' in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert "the last 30 days and everything ahead, up to the nearest 50" in (
        response.content.decode()
    )


def test_the_settings_page_keeps_the_same_link_on_each_visit(owner_client, user):
    owner_client.get(reverse("interviews:calendar_settings"))
    owner_client.get(reverse("interviews:calendar_settings"))
    assert CalendarFeed.objects.filter(owner=user).count() == 1


def test_anonymous_settings_page_redirects_to_login(client):
    response = client.get(reverse("interviews:calendar_settings"))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("login"))


def test_reset_makes_a_new_link_and_says_the_old_one_is_dead(owner_client, user):
    feed_url(user)
    old_token = CalendarFeed.objects.get(owner=user).token

    response = owner_client.post(reverse("interviews:calendar_reset"))

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("interviews:calendar_settings")
    assert CalendarFeed.objects.get(owner=user).token != old_token
    (message,) = get_messages(response.wsgi_request)
    assert "the old link no longer works" in str(message)


def test_reset_by_get_is_405(owner_client, user):
    feed_url(user)
    old_token = CalendarFeed.objects.get(owner=user).token
    response = owner_client.get(reverse("interviews:calendar_reset"))
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert CalendarFeed.objects.get(owner=user).token == old_token


def test_anonymous_reset_redirects_to_login(client):
    response = client.post(reverse("interviews:calendar_reset"))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("login"))


def test_a_reset_leaves_other_users_links_alone(owner_client, stranger):
    stranger_url = feed_url(stranger)
    owner_client.post(reverse("interviews:calendar_reset"))
    assert owner_client.get(stranger_url).status_code == HTTPStatus.OK


def test_feed_of_a_user_with_nothing_is_an_empty_calendar(client):
    calendar = parse(client.get(feed_url(UserFactory())))
    assert events(calendar) == {}


def test_an_unchanged_feed_answers_304_and_a_change_shows_at_once(client, user):
    application = ApplicationFactory(owner=user, company="Acme")
    url = feed_url(user)
    first = client.get(url)
    assert "private" in first["Cache-Control"] and "no-cache" in first["Cache-Control"]
    etag = first["ETag"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == (HTTPStatus.NOT_MODIFIED)
    InterviewRoundFactory(
        application=application,
        scheduled_at=timezone.now() + dt.timedelta(days=2),
        outcome=Outcome.SCHEDULED,
    )
    changed = client.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == HTTPStatus.OK
    assert "Video interview · Acme" in changed.content.decode()
