"""Applications: the access matrix, create/edit/delete, and the detail page."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse

from interviews.models import Application, Stage
from tests.factories import ApplicationFactory, InterviewRoundFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db


def url(name, application):
    return reverse(f"interviews:{name}", args=[application.pk])


@pytest.mark.parametrize("name", ["application_detail", "application_edit", "application_delete"])
class TestAccessMatrix:
    def test_owner_gets_the_page(self, owner_client, application, name):
        assert owner_client.get(url(name, application)).status_code == HTTPStatus.OK

    def test_anonymous_is_sent_to_log_in(self, client, application, name):
        response = client.get(url(name, application))
        assert response.status_code == HTTPStatus.FOUND
        assert response.url.startswith(reverse("login"))

    def test_stranger_gets_404(self, client, stranger, application, name):
        client.force_login(stranger)
        assert client.get(url(name, application)).status_code == HTTPStatus.NOT_FOUND
        assert client.post(url(name, application), {"company": "X", "role": "Y"}).status_code == (
            HTTPStatus.NOT_FOUND
        )
        assert Application.objects.filter(pk=application.pk, company=application.company).exists()


def test_detail_rejects_a_post(owner_client, application):
    response = owner_client.post(url("application_detail", application))
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_create_adds_an_applied_application(owner_client, user):
    response = owner_client.post(
        reverse("interviews:application_create"),
        {"company": "Acme", "role": "Engineer", "applied_on": "2026-11-20"},
        follow=True,
    )
    application = Application.objects.get(owner=user)
    assert application.stage == Stage.APPLIED
    assert response.redirect_chain[-1][0] == application.get_absolute_url()
    assert "Added Engineer at Acme." in response.content.decode()


def test_the_add_form_leaves_the_applied_date_empty_and_offers_today(owner_client):
    """Filled in ahead, a saved job became "applied today" unless the date was cleared."""
    with time_machine.travel(dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC), tick=False):
        response = owner_client.get(reverse("interviews:application_create"))
    assert response.context["form"]["applied_on"].value() is None
    page = response.content.decode()
    assert 'data-today="2026-12-07"' in page and 'data-today-label="Applied today"' in page


def test_create_without_a_date_is_saved_not_applied(owner_client, user):
    owner_client.post(reverse("interviews:application_create"), {"company": "A", "role": "B"})
    assert Application.objects.get(owner=user).stage == Stage.SAVED


def test_create_shows_field_errors_and_stores_nothing(owner_client, user):
    response = owner_client.post(
        reverse("interviews:application_create"),
        {"company": "", "role": "B", "applied_on": "not a date", "job_url": "nope"},
    )
    assert response.status_code == HTTPStatus.OK
    form = response.context["form"]
    assert set(form.errors) == {"company", "applied_on", "job_url"}
    assert not Application.objects.exists()


def test_a_future_application_date_is_refused(owner_client):
    future = dt.date.today() + dt.timedelta(days=3)
    response = owner_client.post(
        reverse("interviews:application_create"),
        {"company": "A", "role": "B", "applied_on": future.isoformat()},
    )
    assert f"{future:%a} {future.day} {future:%b %Y} is after today" in response.content.decode()
    assert not Application.objects.exists()


def test_edit_changes_details_and_keeps_the_derived_stage(owner_client, application):
    InterviewRoundFactory(application=application)
    response = owner_client.post(
        url("application_edit", application),
        {"company": "Renamed", "role": "Lead", "applied_on": "2026-11-02"},
    )
    assert response.status_code == HTTPStatus.FOUND
    application.refresh_from_db()
    assert (application.company, application.stage) == ("Renamed", Stage.INTERVIEWING)


def test_a_stage_cannot_be_set_by_hand(owner_client, application):
    owner_client.post(
        url("application_edit", application),
        {"company": "A", "role": "B", "applied_on": "2026-11-02", "stage": Stage.OFFER},
    )
    application.refresh_from_db()
    assert application.stage == Stage.APPLIED


def test_delete_asks_first_then_removes_everything(owner_client, application):
    InterviewRoundFactory(application=application)
    StatusUpdateFactory(application=application)
    confirm = owner_client.get(url("application_delete", application))
    assert "This can't be undone." in confirm.content.decode()
    assert Application.objects.filter(pk=application.pk).exists()
    owner_client.post(url("application_delete", application))
    assert not Application.objects.filter(pk=application.pk).exists()


def test_detail_shows_one_timeline_newest_first(owner_client, application):
    InterviewRoundFactory(application=application, kind="phone_screen", interviewers="Early Bird")
    StatusUpdateFactory(application=application, kind="invited", on=dt.date(2026, 11, 12))
    InterviewRoundFactory(
        application=application,
        kind="onsite",
        scheduled_at=dt.datetime(2026, 11, 16, 9, tzinfo=dt.UTC),
    )
    body = owner_client.get(url("application_detail", application)).content.decode()
    assert body.index("Onsite interview") < body.index("Invited to interview")
    assert body.index("Invited to interview") < body.index("Phone screen")


def test_detail_has_an_empty_state(owner_client, application):
    body = owner_client.get(url("application_detail", application)).content.decode()
    assert "Nothing logged yet." in body


def test_detail_page_uses_a_constant_number_of_queries(
    owner_client, application, django_assert_num_queries
):
    for day in range(3, 9):
        InterviewRoundFactory(
            application=application, scheduled_at=dt.datetime(2026, 11, day, 9, tzinfo=dt.UTC)
        )
        StatusUpdateFactory(application=application, on=dt.date(2026, 11, day))
    # session, user, application, rounds, their participants, updates, the people on it
    # (interviews.people), the user's offers (for drafts), the navigation's e-mails to
    # review, the whole search in one (interviews.search_picture), the panels' posting
    # and offer figures in one (interviews.postings) and the documents sent with it (one)
    with django_assert_num_queries(12):
        owner_client.get(url("application_detail", application))


def test_missing_application_is_404(owner_client):
    missing = ApplicationFactory.build(pk=999_999)
    assert owner_client.get(url("application_detail", missing)).status_code == 404
