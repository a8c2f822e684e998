"""The agreed start date: an offer or an acceptance carries it (form, page, API, backup,
history export), and the advice reads it: a check still open is asked about two working
days before the start at the latest, and an employed person's notice is coached towards it."""

from __future__ import annotations

import csv
import datetime as dt
import io
from http import HTTPStatus

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from interviews.accounts.models import Profile
from interviews.api.tokens import token_create
from interviews.exchange.backup import backup_document
from interviews.exchange.restore import restore
from interviews.models import StatusUpdate, UpdateKind
from tests.factories import ApplicationFactory, StatusUpdateFactory, UserFactory

pytestmark = pytest.mark.django_db


def csv_rows(response) -> list[list[str]]:
    assert response.status_code == HTTPStatus.OK
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


# Mon 11 Jan 2027 in Miami: the agreed start is Tue 19 Jan, the day after MLK Day.
MONDAY = dt.datetime(2027, 1, 11, 15, tzinfo=dt.UTC)
START = dt.date(2027, 1, 19)


def florida(user, *, employed: bool = False) -> None:
    Profile.objects.filter(owner=user).update(
        country="US", region="FL", time_zone="America/New_York", employed=employed
    )


def log(client, application, **data):
    url = reverse("interviews:update_create", args=[application.pk])
    return client.post(url, data)


@pytest.fixture
def monday():
    """Mon 11 Jan 2027, for the fixtures' form posts as for the test (a fixture runs before
    a test's own travel starts). The clock ticks: records logged one after the other on
    the same day keep the order they were logged in."""
    with time_machine.travel(MONDAY, tick=True):
        yield


@pytest.fixture
def accepted(monday, client, user):
    """Offer 8 Jan, accepted 9 Jan with a start on Tue 19 Jan, a background check from
    9 Jan: all logged through the update form, in the person's calendar."""
    florida(user)
    client.force_login(user)
    application = ApplicationFactory(
        owner=user, applied_on=dt.date(2026, 12, 10), contact_name="Jess"
    )
    log(client, application, kind=UpdateKind.OFFER_WRITTEN, on="2027-01-08")
    log(client, application, kind=UpdateKind.ACCEPTED, on="2027-01-09", starts_on="2027-01-19")
    log(client, application, kind=UpdateKind.BACKGROUND_CHECK, on="2027-01-09", note="Started")
    return application


def test_an_acceptance_records_its_start_date_and_the_page_shows_it(client, accepted):
    assert StatusUpdate.objects.get(kind=UpdateKind.ACCEPTED).starts_on == START
    page = client.get(accepted.get_absolute_url()).content.decode()
    assert "Start date agreed: Tue 19 Jan 2027." in page


def test_an_open_check_is_asked_about_two_working_days_before_the_start(client, accepted):
    advice = client.get(accepted.get_absolute_url()).context["advice"]
    # Two working days before Tue 19 Jan, with Mon 18 Jan (MLK Day) off: Thu 14 Jan.
    assert advice.follow_up_on == dt.date(2027, 1, 14)
    steps = [step.text for step in advice.next_steps]
    assert any("No result by Thu 14 Jan?" in text for text in steps)
    assert any("run past your start on Tue 19 Jan" in text for text in steps)


def test_without_a_start_date_the_check_keeps_its_own_clock(monday, client, user):
    florida(user)
    client.force_login(user)
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 12, 10))
    log(client, application, kind=UpdateKind.OFFER_WRITTEN, on="2027-01-08")
    log(client, application, kind=UpdateKind.ACCEPTED, on="2027-01-09")
    log(client, application, kind=UpdateKind.BACKGROUND_CHECK, on="2027-01-09", note="Started")
    advice = client.get(application.get_absolute_url()).context["advice"]
    assert advice.follow_up_on == dt.date(2027, 1, 15)
    assert any("run past the agreed start date" in step.text for step in advice.next_steps)


def test_the_employed_are_coached_to_fit_their_notice_before_the_start(monday, client, user):
    florida(user, employed=True)
    client.force_login(user)
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 12, 10))
    log(client, application, kind=UpdateKind.OFFER_WRITTEN, on="2027-01-08")
    log(client, application, kind=UpdateKind.ACCEPTED, on="2027-01-11", starts_on="2027-02-15")
    advice = client.get(application.get_absolute_url()).context["advice"]
    texts = " ".join(step.text for step in advice.next_steps)
    assert "Your agreed start is Mon 15 Feb: check that your notice period" in texts


def test_an_offer_without_a_start_asks_the_employed_to_check_their_notice_first(
    monday, client, user
):
    florida(user, employed=True)
    client.force_login(user)
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 12, 10))
    log(client, application, kind=UpdateKind.OFFER_WRITTEN, on="2027-01-08")
    advice = client.get(application.get_absolute_url()).context["advice"]
    texts = " ".join(step.text for step in advice.next_steps)
    assert "Check the notice period in your contract before you agree a start date" in texts


@time_machine.travel(MONDAY, tick=False)
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"kind": UpdateKind.ACCEPTED, "on": "2027-01-09", "starts_on": "2027-01-04"},
            "The start date is before the update itself.",
        ),
        (
            {"kind": UpdateKind.REJECTED, "on": "2027-01-09", "starts_on": "2027-01-19"},
            "A start date goes with an offer or your acceptance.",
        ),
        (
            {"kind": UpdateKind.ACCEPTED, "on": "2027-01-09", "starts_on": "soon"},
            "Enter a valid date.",
        ),
    ],
)
def test_a_start_date_that_cannot_be_is_refused_with_the_reason(client, user, data, message):
    client.force_login(user)
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 12, 10))
    response = log(client, application, **data)
    assert response.status_code == HTTPStatus.OK
    assert message in response.context["form"].errors["starts_on"]
    assert not StatusUpdate.objects.filter(application=application).exists()


@time_machine.travel(MONDAY, tick=False)
def test_the_api_writes_and_reads_the_start_date(user):
    _, secret = token_create(owner=user, name="tests")
    api = Client(HTTP_AUTHORIZATION=f"Bearer {secret}")
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 12, 10))
    payload = {"kind": "offer_written", "on": "2027-01-08", "starts_on": "2027-02-01"}
    created = api.post(
        f"/api/applications/{application.pk}/updates", payload, content_type="application/json"
    )
    assert created.status_code == HTTPStatus.CREATED, created.content
    assert created.json()["starts_on"] == "2027-02-01"
    refused = api.post(
        f"/api/applications/{application.pk}/updates",
        {"kind": "rejected", "on": "2027-01-08", "starts_on": "2027-02-01"},
        content_type="application/json",
    )
    assert refused.status_code == HTTPStatus.UNPROCESSABLE_ENTITY


def test_a_backup_carries_the_start_date(user):
    florida(user)
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 2))
    StatusUpdateFactory(
        application=application, kind=UpdateKind.ACCEPTED, on=dt.date(2026, 11, 20), starts_on=START
    )
    document = backup_document(user)
    assert document["updates"][0]["starts_on"] == "2027-01-19"
    copy = UserFactory(username="copy")
    restore(copy, document)
    assert StatusUpdate.objects.get(application__owner=copy).starts_on == START


def test_the_history_export_has_the_start_date(client, user):
    client.force_login(user)
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 2))
    StatusUpdateFactory(
        application=application, kind=UpdateKind.ACCEPTED, on=dt.date(2026, 11, 20), starts_on=START
    )
    header, first = csv_rows(client.get(reverse("interviews:export_history")))
    assert header[-1] == "start_date"
    assert (first[4], first[-1]) == ("Accepted the offer", "2027-01-19")
