"""Status updates: one short form; the stage follows."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse

from interviews import services
from interviews.models import InterviewRound, Stage, StatusUpdate
from tests.factories import ApplicationFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db


def log(client, application, **data):
    return client.post(reverse("interviews:update_create", args=[application.pk]), data)


def test_logging_an_offer_moves_the_stage(owner_client, application):
    response = log(
        owner_client, application, kind="offer_written", on="2026-11-20", respond_by="2026-11-25"
    )
    assert response.status_code == HTTPStatus.FOUND
    application.refresh_from_db()
    assert application.stage == Stage.OFFER
    assert application.updates.get().respond_by == dt.date(2026, 11, 25)


def test_the_form_preselects_a_kind_from_the_link(owner_client, application):
    url = reverse("interviews:update_create", args=[application.pk]) + "?kind=rejected"
    assert owner_client.get(url).context["form"]["kind"].value() == "rejected"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"kind": "promoted", "on": "2026-11-20"}, "kind"),
        ({"kind": "rejected", "on": "2026-13-40"}, "on"),
        ({"kind": "rejected", "on": "2999-01-01"}, "on"),
        ({"kind": "rejected", "on": "2026-11-20", "respond_by": "2026-11-25"}, "respond_by"),
        ({"kind": "offer_written", "on": "2026-11-20", "respond_by": "2026-11-10"}, "respond_by"),
    ],
)
def test_bad_input_is_a_field_error(owner_client, application, data, field):
    response = log(owner_client, application, **data)
    assert response.status_code == HTTPStatus.OK
    assert field in response.context["form"].errors
    assert not StatusUpdate.objects.exists()


def test_deleting_an_update_reopens_the_stage(owner_client, application):
    update = StatusUpdateFactory(application=application, kind="rejected")
    owner_client.post(reverse("interviews:update_delete", args=[update.pk]))
    application.refresh_from_db()
    assert application.stage == Stage.APPLIED
    assert not StatusUpdate.objects.exists()


def test_the_delete_page_dates_the_update_as_every_page_does(owner_client, application):
    # First-week finding 14: "(2026-12-03)" read like nothing else in the product.
    update = StatusUpdateFactory(application=application, kind="rejected", on=dt.date(2026, 12, 3))
    page = owner_client.get(reverse("interviews:update_delete", args=[update.pk]))
    assert "Rejected (Thu 3 Dec 2026) for" in page.content.decode()
    assert "2026-12-03" not in page.content.decode()


def test_strangers_update_is_404_and_untouched(client, stranger):
    update = StatusUpdateFactory()
    client.force_login(stranger)
    url = reverse("interviews:update_delete", args=[update.pk])
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
    assert client.post(url).status_code == HTTPStatus.NOT_FOUND
    assert StatusUpdate.objects.filter(pk=update.pk).exists()


def test_cannot_log_on_a_strangers_application(client, stranger):
    application = ApplicationFactory()
    client.force_login(stranger)
    response = log(client, application, kind="rejected", on="2026-11-20")
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not StatusUpdate.objects.exists()


@pytest.mark.parametrize(
    ("note", "slot"),
    [
        ("Second round onsite on Thursday 17 December at 14:00.", dt.datetime(2026, 12, 17, 14)),
        ("Zweites Gespräch am 17.12. um 14:00 Uhr.", dt.datetime(2026, 12, 17, 14)),
        ("They will send times next week.", None),  # no slot: nothing to book yet
        ("The first interview was on 2 December at 10:00.", None),  # passed: no booking
    ],
)
def test_an_invitation_whose_note_names_the_slot_offers_the_round_at_that_time(
    owner_client, user, note, slot
):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    with time_machine.travel(dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC), tick=False):
        response = log(owner_client, application, kind="invited", on="2026-12-07", note=note)
        assert StatusUpdate.objects.get().kind == "invited"
        if slot is None:
            assert response["Location"] == application.get_absolute_url()
        else:
            offered = reverse("interviews:round_create", args=[application.pk])
            assert response["Location"] == f"{offered}?at=2026-12-17T14%3A00"
            form = owner_client.get(response["Location"])
            assert "Your note names Thu 17 Dec at 14:00: add the round for it." in (
                form.content.decode()
            )
            assert form.context["form"]["scheduled_at"].value() == slot
    assert not InterviewRound.objects.exists()  # offered, not booked: the person confirms


@pytest.mark.parametrize(("country", "offered"), [("DE", False), ("GB", False), ("US", True)])
def test_a_pre_adverse_action_notice_is_offered_only_in_the_us(user, country, offered, client):
    # First-week finding 12: a US legal notice was offered to a person in Germany.
    user.profile.country = country
    services.profile_save(user.profile)
    client.force_login(user)
    application = ApplicationFactory(owner=user)
    url = reverse("interviews:update_create", args=[application.pk])
    kinds = dict(client.get(url).context["form"].fields["kind"].choices)
    assert ("adverse_action_notice" in kinds) is offered
    refused = client.post(url, {"kind": "adverse_action_notice", "on": "2026-11-20"})
    assert (refused.status_code == HTTPStatus.FOUND) is offered
