"""The messy cases, recorded through the product's own forms, and the advice that follows
on the pages: outcomes never logged, cancellations, offers with deadlines, rescinded
offers, counter-offers, public-sector employers, debrief signals, and the person's own
settings (country, time zone, name)."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import holidays
import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from interviews.accounts.models import Profile
from interviews.guidance import advise
from interviews.models import Application, InterviewRound, Outcome, RoundKind, Stage, UpdateKind
from interviews.profiles import activated
from interviews.services import profile_save
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def an_ordinary_autumn_day():
    """The tests here count days from today: a fixed winter day, far from the year-end weeks
    (where a nudge waits for January whichever country's holidays are counted)."""
    with time_machine.travel(dt.datetime(2027, 2, 10, 12, 0, tzinfo=dt.UTC), tick=True):
        yield


def days(n: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=n)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


def log_update(client, application, **data):
    url = reverse("interviews:update_create", args=[application.pk])
    return client.post(url, {"on": str(timezone.localdate()), **data})


def page_text(client, application) -> str:
    return client.get(application.get_absolute_url()).content.decode()


# --- One-click answers for rounds whose outcome was never logged ------------------------------


@pytest.fixture
def pending(application):
    past = InterviewRoundFactory(
        application=application,
        kind=RoundKind.ONSITE,
        scheduled_at=at(days(-3)),
        outcome="scheduled",
    )
    return past


def test_the_application_page_asks_how_a_past_booking_went(owner_client, application, pending):
    text = page_text(owner_client, application)
    assert "How did the onsite interview on" in text
    assert reverse("interviews:round_outcome", args=[pending.pk]) in text


def test_the_board_card_asks_too(owner_client, pending):
    assert (
        "How did the onsite interview on"
        in owner_client.get(reverse("interviews:board")).content.decode()
    )


@pytest.mark.parametrize(
    ("outcome", "stage"),
    [
        (Outcome.DONE, Stage.INTERVIEWING),
        (Outcome.ADVANCED, Stage.INTERVIEWING),
        (Outcome.NOT_SELECTED, Stage.REJECTED),
        (Outcome.CANCELLED, Stage.APPLIED),
    ],
)
def test_one_click_settles_the_round(owner_client, application, pending, outcome, stage):
    url = reverse("interviews:round_outcome", args=[pending.pk])
    response = owner_client.post(url, {"outcome": outcome, "next": reverse("interviews:board")})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("interviews:board")
    pending.refresh_from_db()
    application.refresh_from_db()
    assert (pending.outcome, application.stage) == (outcome, stage)
    assert (pending.cancelled_on == timezone.localdate()) is (outcome == Outcome.CANCELLED)
    assert "How did the onsite" not in page_text(owner_client, application)


@pytest.mark.parametrize("data", [{"outcome": "scheduled"}, {"outcome": "won"}, {}])
def test_a_bad_answer_changes_nothing(owner_client, application, pending, data):
    response = owner_client.post(reverse("interviews:round_outcome", args=[pending.pk]), data)
    assert response.status_code == HTTPStatus.FOUND
    pending.refresh_from_db()
    assert pending.outcome == Outcome.SCHEDULED


def test_the_answer_never_redirects_off_site(owner_client, application, pending):
    url = reverse("interviews:round_outcome", args=[pending.pk])
    response = owner_client.post(url, {"outcome": "done", "next": "https://evil.example/"})
    assert response["Location"] == application.get_absolute_url()


def test_the_answer_is_post_only(owner_client, pending):
    url = reverse("interviews:round_outcome", args=[pending.pk])
    assert owner_client.get(url).status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_a_booking_left_on_a_closed_application_offers_to_cancel_it(owner_client, application):
    ahead = InterviewRoundFactory(
        application=application, scheduled_at=at(days(5)), outcome="scheduled"
    )
    log_update(owner_client, application, kind="rejected")
    application.refresh_from_db()
    assert application.stage == Stage.REJECTED
    assert "still booked: cancel it?" in page_text(owner_client, application)
    owner_client.post(
        reverse("interviews:round_outcome", args=[ahead.pk]), {"outcome": "cancelled"}
    )
    assert "still booked" not in page_text(owner_client, application)


# --- Records the search needs, through the forms ------------------------------------------------


def test_a_rescinded_offer_is_recorded_and_read_as_such(owner_client, application):
    log_update(owner_client, application, kind="offer_written")
    log_update(owner_client, application, kind="offer_rescinded")
    application.refresh_from_db()
    assert application.stage == Stage.RESCINDED
    text = page_text(owner_client, application)
    assert "Offer rescinded: get the reason in writing" in text
    assert "future roles" not in text


def test_a_counter_offer_keeps_the_offer_and_its_deadline(owner_client, application):
    log_update(owner_client, application, kind="offer_written", respond_by=str(days(4)))
    log_update(owner_client, application, kind="counter_offer")
    application.refresh_from_db()
    assert application.stage == Stage.OFFER
    text = page_text(owner_client, application)
    assert "Negotiating: your counter is with them" in text
    assert "answer by" in text


def test_an_offers_answer_by_date_is_on_the_page_and_the_card(owner_client, application):
    log_update(owner_client, application, kind="offer_verbal", respond_by=str(days(3)))
    text = page_text(owner_client, application)
    assert "(in 3 days)" in text
    assert "They want your answer by" in text
    board = owner_client.get(reverse("interviews:board")).content.decode()
    assert "Answer by " in board


def test_a_reschedule_by_them_is_recorded(owner_client, application):
    InterviewRoundFactory(application=application, scheduled_at=at(days(-6)))
    log_update(owner_client, application, kind="rescheduled")
    assert "Rescheduled by them" in page_text(owner_client, application)


def test_a_public_sector_employer_is_set_on_the_form_and_lengthens_the_wait(
    owner_client, application
):
    data = {"company": "City of Springfield", "role": "Analyst", "public_sector": "on"}
    data["applied_on"] = str(days(-2))
    owner_client.post(reverse("interviews:application_edit", args=[application.pk]), data)
    application.refresh_from_db()
    assert application.public_sector is True
    assert "Public-sector employers often take weeks per stage" in page_text(
        owner_client, application
    )


def test_debrief_signals_are_ticked_on_the_round_form_and_read(owner_client, application):
    url = reverse("interviews:round_create", args=[application.pk])
    owner_client.post(
        url,
        {
            "kind": "video",
            "scheduled_at": at(days(-1), 15).strftime("%Y-%m-%dT%H:%M"),
            "duration_minutes": "45",
            "outcome": "done",
            "met_the_team": "on",
            "discussed_start_date": "on",
        },
    )
    assert InterviewRound.objects.get().met_the_team is True
    assert "good signs, though even several together guarantee nothing" in page_text(
        owner_client, application
    )


def test_the_timing_is_shown_on_the_application_page(owner_client, application):
    InterviewRoundFactory(application=application, scheduled_at=at(days(-2)))
    text = page_text(owner_client, application)
    assert 'id="timing"' in text
    assert "business days of" in text


# --- The person's settings --------------------------------------------------------------------


def test_settings_save_country_time_zone_and_name(owner_client, user):
    url = reverse("interviews:settings")
    assert owner_client.get(url).status_code == HTTPStatus.OK
    response = owner_client.post(
        url,
        {
            "full_name": "Alex Morgan",
            "country": "GB",
            "time_zone": "Europe/London",
            "week_starts_on": "0",
            "digest_enabled": "on",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    profile = Profile.objects.get(owner=user)
    assert (profile.full_name, profile.country, profile.time_zone) == (
        "Alex Morgan",
        "GB",
        "Europe/London",
    )


@pytest.mark.parametrize(
    ("field", "value"), [("country", "XX"), ("time_zone", "Mars/Olympus"), ("week_starts_on", "3")]
)
def test_bad_settings_get_a_clear_error_and_change_nothing(owner_client, user, field, value):
    data = {"country": "US", "time_zone": "UTC", "week_starts_on": "0", field: value}
    response = owner_client.post(reverse("interviews:settings"), data)
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors[field]
    assert Profile.objects.get(owner=user).country == ""


def next_weekday_holiday(country: str) -> dt.date:
    found = holidays.country_holidays(country, years=[days(1).year, days(1).year + 1])
    return min(day for day in found if day > days(1) and day.weekday() < 5)


def test_a_new_country_moves_due_dates_at_once(owner_client, user):
    # Applied a week before the next US public holiday: the first nudge is due ten
    # business days later, one day later once the holiday is not counted.
    holiday = next_weekday_holiday("US")
    application = ApplicationFactory(owner=user, applied_on=holiday - dt.timedelta(days=7))
    before = application.follow_up_on
    owner_client.post(
        reverse("interviews:settings"),
        {"country": "US", "time_zone": "UTC", "week_starts_on": "0"},
    )
    application.refresh_from_db()
    assert application.follow_up_on > before
    fetched = Application.objects.with_records().get(pk=application.pk)
    with activated(Profile.objects.get(owner=user)):
        assert application.follow_up_on == advise(fetched, today=timezone.localdate()).follow_up_on


def test_the_time_zone_sets_the_interview_time_shown(owner_client, user, application):
    InterviewRoundFactory(
        application=application,
        scheduled_at=dt.datetime(2026, 12, 10, 2, 30, tzinfo=dt.UTC),
        outcome="scheduled",
    )
    profile = Profile.objects.get(owner=user)
    profile.time_zone = "America/Los_Angeles"
    profile_save(profile)
    text = page_text(owner_client, application)
    assert "Wed 9 Dec" in text


def test_drafts_are_signed_with_the_persons_name(owner_client, user, application):
    Profile.objects.filter(owner=user).update(full_name="Alex Morgan")
    url = reverse("interviews:draft", args=[application.pk, "withdrawal"])
    assert owner_client.get(url).context["draft"].body.endswith("Alex Morgan")


def test_a_gone_quiet_application_offers_no_thank_you_draft(owner_client, user):
    application = ApplicationFactory(owner=user, applied_on=days(-60))
    InterviewRoundFactory(application=application, scheduled_at=at(days(-35)))
    StatusUpdateFactory(application=application, kind=UpdateKind.FOLLOW_UP_SENT, on=days(-28))
    StatusUpdateFactory(application=application, kind=UpdateKind.FOLLOW_UP_SENT, on=days(-20))
    detail = owner_client.get(application.get_absolute_url())
    assert "Gone quiet" in detail.content.decode()
    assert "thank_you" not in [kind for kind, _ in detail.context["drafts"]]


def test_saving_settings_costs_the_same_queries_for_3_or_30_applications(owner_client, user):
    # Every application's due dates are recomputed in batches, not one by one.
    holiday = next_weekday_holiday("US")
    data = {"country": "US", "time_zone": "UTC", "week_starts_on": "0"}
    counts = []
    for count in (3, 30):
        for _ in range(count - Application.objects.count()):
            before = ApplicationFactory(owner=user, applied_on=holiday - dt.timedelta(days=7))
        Profile.objects.filter(owner=user).update(country="")
        with CaptureQueriesContext(connection) as queries:
            owner_client.post(reverse("interviews:settings"), data)
        counts.append(len(queries))
        moved = set(Application.objects.values_list("follow_up_on", flat=True))
        assert len(moved) == 1 and moved.pop() > before.follow_up_on, count  # the holiday
    assert counts[0] == counts[1]
