"""Dates written only in a note: an update that waits on their news, logged with "news by"
left empty and a note that says when ("Rückmeldung Anfang Januar", "maybe after the
holidays", "they'll decide next week"), gets that date, read as the mail reader reads a
letter; the page says it was read from the note, and the person can correct or clear it."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from interviews.accounts.models import Profile
from interviews.api.tokens import token_create
from interviews.guidance.business_days import holidays_of
from interviews.models import InterviewRound, StatusUpdate, UpdateKind
from interviews.promised import promise_in_note
from tests.factories import ApplicationFactory, UserFactory

pytestmark = pytest.mark.django_db

# Wed 16 Dec 2026 in Stuttgart (Baden-Württemberg: 6 Jan is a holiday).
WEDNESDAY = dt.datetime(2026, 12, 16, 15, tzinfo=dt.UTC)
EARLY_JANUARY = dt.date(2027, 1, 8)  # the Friday of 4-8 January, the first week back


@pytest.mark.parametrize(
    ("note", "said_on", "expected"),
    [
        ("Rückmeldung Anfang Januar", dt.date(2026, 12, 16), EARLY_JANUARY),
        (
            "Frau Berger: Entscheidung Anfang Januar nach den Feiertagen",
            dt.date(2026, 12, 18),
            EARLY_JANUARY,
        ),
        ("news in January", dt.date(2026, 12, 1), EARLY_JANUARY),
        ("early January", dt.date(2026, 12, 1), EARLY_JANUARY),
        ("maybe after the holidays", dt.date(2026, 12, 1), EARLY_JANUARY),
        ("they'll decide next week", dt.date(2026, 12, 1), dt.date(2026, 12, 11)),
        # The sentence about their news, not the one about what was called off.
        (
            "Client paused the role. Thursday's interview is off. Might revisit in January.",
            dt.date(2026, 11, 9),
            EARLY_JANUARY,
        ),
        ("Paused until 2027 budget is approved in January", dt.date(2026, 11, 10), EARLY_JANUARY),
    ],
)
def test_a_note_that_says_when_news_comes_gives_that_day(note, said_on, expected):
    assert promise_in_note(note, said_on) == expected


@pytest.mark.parametrize(
    "note",
    [
        "Thursday's interview is off.",  # no news promised
        "Please send your references by Friday.",  # their request, not a promise
        "Will they decide next week?",  # the person's own question
        "Eingangsbestätigung",
        "",
    ],
)
def test_a_note_that_promises_no_day_gives_none(note):
    assert promise_in_note(note, dt.date(2026, 12, 1)) is None


@pytest.fixture
def stuttgart(user, client):
    Profile.objects.filter(owner=user).update(country="DE", region="BW", time_zone="Europe/Berlin")
    with time_machine.travel(WEDNESDAY, tick=True):
        client.force_login(user)
        yield ApplicationFactory(owner=user, applied_on=dt.date(2026, 12, 1), contact_name="Bauer")


def log(client, application, **data):
    url = reverse("interviews:update_create", args=[application.pk])
    return client.post(url, {"on": "2026-12-16", **data})


def test_the_form_reads_news_by_from_the_note_when_it_is_left_empty(client, stuttgart):
    log(client, stuttgart, kind=UpdateKind.REPLIED, note="Rückmeldung Anfang Januar")
    update = StatusUpdate.objects.get(application=stuttgart)
    assert (update.news_by, update.news_by_read) == (EARLY_JANUARY, True)
    response = client.get(stuttgart.get_absolute_url())
    page = response.content.decode()
    assert "Read from your note: news by <strong>Fri 8 Jan</strong>." in page
    # The promise is the advice's, said as read: the nudge on the first working day after it.
    advice = response.context["advice"]
    assert advice.follow_up_on == dt.date(2027, 1, 11)
    assert "Your note reads as news by Fri 8 Jan." in advice.timing


def test_a_date_the_person_gives_is_kept(client, stuttgart):
    log(
        client,
        stuttgart,
        kind=UpdateKind.REPLIED,
        note="Rückmeldung Anfang Januar",
        news_by="2027-01-14",
    )
    update = StatusUpdate.objects.get(application=stuttgart)
    assert (update.news_by, update.news_by_read) == (dt.date(2027, 1, 14), False)
    assert "Read from your note" not in client.get(stuttgart.get_absolute_url()).content.decode()


def test_an_update_that_waits_on_nothing_reads_no_date(client, stuttgart):
    log(client, stuttgart, kind=UpdateKind.INVITED, note="Interview next week, they decide then")
    assert StatusUpdate.objects.get(application=stuttgart).news_by is None


def test_the_person_corrects_a_date_read_from_the_note(client, stuttgart):
    log(client, stuttgart, kind=UpdateKind.REPLIED, note="Rückmeldung Anfang Januar")
    update = StatusUpdate.objects.get(application=stuttgart)
    url = reverse("interviews:update_news_by", args=[update.pk])
    response = client.post(url, {"action": "save", "news_by": "2027-01-15"})
    assert response.status_code == HTTPStatus.FOUND
    update.refresh_from_db()
    assert (update.news_by, update.news_by_read) == (dt.date(2027, 1, 15), False)
    advice = client.get(stuttgart.get_absolute_url()).context["advice"]
    assert advice.follow_up_on == dt.date(2027, 1, 18)
    assert "They said they would get back to you by Fri 15 Jan." in advice.timing


def test_the_person_says_they_named_no_date(client, stuttgart):
    log(client, stuttgart, kind=UpdateKind.REPLIED, note="Rückmeldung Anfang Januar")
    update = StatusUpdate.objects.get(application=stuttgart)
    client.post(reverse("interviews:update_news_by", args=[update.pk]), {"action": "clear"})
    update.refresh_from_db()
    assert (update.news_by, update.news_by_read) == (None, False)
    assert "Read from your note" not in client.get(stuttgart.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {"action": "save", "news_by": "2026-12-01"},  # before the update itself
        {"action": "save", "news_by": "soon"},
        {"action": "save"},
        {"action": "guess"},
    ],
)
def test_a_correction_that_cannot_be_is_a_400(client, stuttgart, data):
    log(client, stuttgart, kind=UpdateKind.REPLIED, note="Rückmeldung Anfang Januar")
    update = StatusUpdate.objects.get(application=stuttgart)
    response = client.post(reverse("interviews:update_news_by", args=[update.pk]), data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    update.refresh_from_db()
    assert update.news_by == EARLY_JANUARY


def test_a_stranger_cannot_correct_it(client, stuttgart):
    log(client, stuttgart, kind=UpdateKind.REPLIED, note="Rückmeldung Anfang Januar")
    update = StatusUpdate.objects.get(application=stuttgart)
    client.force_login(UserFactory(username="stranger"))
    url = reverse("interviews:update_news_by", args=[update.pk])
    assert client.post(url, {"action": "clear"}).status_code == HTTPStatus.NOT_FOUND
    assert StatusUpdate.objects.get(pk=update.pk).news_by == EARLY_JANUARY


@time_machine.travel(WEDNESDAY, tick=True)
def test_the_api_says_a_date_was_read_and_a_patched_date_is_the_persons(user):
    _, secret = token_create(owner=user, name="tests")
    api = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 2))
    payload = {"kind": "replied", "on": "2026-12-16", "note": "Decision early January"}
    created = api.post(
        f"/api/applications/{application.pk}/updates", payload, content_type="application/json"
    ).json()
    assert (created["news_by"], created["news_by_read"]) == ("2027-01-08", True)
    patched = api.patch(
        f"/api/updates/{created['id']}", {"news_by": "2027-01-12"}, content_type="application/json"
    ).json()
    assert (patched["news_by"], patched["news_by_read"]) == ("2027-01-12", False)


# A round: what the notes say when its outcome is settled as "done, waiting to hear".
def book(client, application, **data):
    round_data = {
        "kind": "onsite",
        "scheduled_at": "2026-12-16T10:00",
        "duration_minutes": "60",
        "outcome": "scheduled",
        "notes": "Met the team. They'll decide next week.",
        **data,
    }
    client.post(reverse("interviews:round_create", args=[application.pk]), round_data)
    return InterviewRound.objects.get(application=application)


def test_a_round_settled_as_done_reads_the_reply_date_from_its_notes(client, stuttgart):
    interview = book(client, stuttgart)
    assert interview.reply_promised_by is None  # booked: nothing to wait for yet
    client.post(reverse("interviews:round_outcome", args=[interview.pk]), {"outcome": "done"})
    interview.refresh_from_db()
    # "Next week" said on Wed 16 Dec: its last working day (Fri 25 Dec is Christmas).
    assert (interview.reply_promised_by, interview.reply_promised_read) == (
        dt.date(2026, 12, 24),
        True,
    )
    page = client.get(stuttgart.get_absolute_url()).content.decode()
    assert "Read from your notes: they'd reply by <strong>Thu 24 Dec</strong>." in page
    assert reverse("interviews:round_edit", args=[interview.pk]) + "#id_reply_promised_by" in page


def test_a_reply_date_cleared_by_the_person_stays_cleared(client, stuttgart):
    interview = book(client, stuttgart, outcome="done")
    assert interview.reply_promised_read
    edit = {
        "kind": "onsite",
        "scheduled_at": "2026-12-16T10:00",
        "duration_minutes": "60",
        "outcome": "done",
        "notes": interview.notes,
        "reply_promised_by": "",
    }
    client.post(reverse("interviews:round_edit", args=[interview.pk]), edit)
    interview.refresh_from_db()
    assert (interview.reply_promised_by, interview.reply_promised_read) == (None, False)


def test_next_week_is_that_weeks_last_working_day_in_the_persons_calendar():
    said = dt.date(2026, 12, 16)
    with holidays_of("DE", "BW"):
        assert promise_in_note("They'll decide next week.", said) == dt.date(2026, 12, 24)
        assert promise_in_note("Entscheidung Ende nächster Woche", said) == dt.date(2026, 12, 24)
    assert promise_in_note("They'll decide next week.", said) == dt.date(2026, 12, 25)
