"""'They'll get back to you by…': the date HR promised, logged with their answer from the
full form and from the one-click answer, with quick picks for this week and next."""

from __future__ import annotations

import datetime as dt
import json
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse

from interviews.forms import QuickUpdateForm
from interviews.guidance.business_days import holidays_of
from interviews.models import StatusUpdate
from interviews.promised import pick_choices, promise_picks
from tests.factories import ApplicationFactory, StatusUpdateFactory

pytestmark = pytest.mark.django_db

WEDNESDAY = dt.date(2026, 12, 9)
NOON = dt.datetime(2026, 12, 9, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("today", "picks"),
    [
        (WEDNESDAY, [("End of this week", "2026-12-11"), ("Next week", "2026-12-18")]),
        (dt.date(2026, 12, 11), [("End of this week", "2026-12-11"), ("Next week", "2026-12-18")]),
        # At the weekend "this week" is over: next week is the coming one.
        (dt.date(2026, 12, 12), [("Next week", "2026-12-18")]),
        (dt.date(2026, 12, 13), [("Next week", "2026-12-18")]),
    ],
)
def test_the_quick_picks_are_this_fridays_and_the_next(today, picks):
    assert [(p.label, p.day.isoformat()) for p in promise_picks(today)] == picks


def test_the_choices_say_the_date_and_start_with_they_did_not_say():
    assert pick_choices(WEDNESDAY) == [
        ("", "They didn't say"),
        ("2026-12-11", "End of this week (Fri 11 Dec)"),
        ("2026-12-18", "Next week (Fri 18 Dec)"),
    ]


@pytest.fixture
def wednesday():
    with time_machine.travel(NOON, tick=False):
        yield


def log(client, application, **data):
    return client.post(reverse("interviews:update_create", args=[application.pk]), data)


@pytest.mark.usefixtures("wednesday")
def test_a_quick_pick_on_the_full_form_is_the_updates_promised_date(owner_client, user):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    response = log(
        owner_client, application, kind="moving_forward", on="2026-12-09", news_by_pick="2026-12-18"
    )
    assert response.status_code == HTTPStatus.FOUND
    assert application.updates.get().news_by == dt.date(2026, 12, 18)
    page = owner_client.get(response.url).content.decode()
    assert "They&#x27;ll get back to you by Friday 18 December." in page


@pytest.mark.usefixtures("wednesday")
def test_a_date_of_ones_own_wins_over_a_pick(owner_client, user):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    log(
        owner_client,
        application,
        kind="on_hold",
        on="2026-12-09",
        news_by_pick="2026-12-11",
        news_by="2027-01-08",
    )
    assert application.updates.get().news_by == dt.date(2027, 1, 8)


@pytest.mark.usefixtures("wednesday")
@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"news_by": "2026-12-01"}, "news_by"),  # before the day they said it
        ({"news_by_pick": "2026-12-25"}, "news_by_pick"),  # not one of the picks
        ({"news_by": "3026-01-01"}, "news_by"),
    ],
)
def test_a_promise_that_cannot_be_is_a_form_error(owner_client, user, data, field):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    response = log(owner_client, application, kind="moving_forward", on="2026-12-09", **data)
    assert response.status_code == HTTPStatus.OK
    assert field in response.context["form"].errors
    assert not StatusUpdate.objects.exists()


@pytest.mark.usefixtures("wednesday")
def test_the_one_click_answer_carries_the_promised_date(owner_client, user):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    response = owner_client.post(
        reverse("interviews:update_quick", args=[application.pk]),
        {"kind": "moving_forward", "news_by_pick": "2026-12-11"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == HTTPStatus.OK
    update = StatusUpdate.objects.get()
    assert (update.kind, update.on, update.news_by) == (
        "moving_forward",
        WEDNESDAY,
        dt.date(2026, 12, 11),
    )
    assert "They&#x27;ll get back to you by Friday 11 December." in response.content.decode()


@pytest.mark.usefixtures("wednesday")
def test_the_one_click_answer_refuses_a_promise_in_the_past(owner_client, user):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    response = owner_client.post(
        reverse("interviews:update_quick", args=[application.pk]),
        {"kind": "moving_forward", "news_by": "2026-12-01"},
    )
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert not StatusUpdate.objects.exists()


@pytest.mark.usefixtures("wednesday")
def test_the_waiting_card_offers_the_picks_and_a_date(owner_client, user):
    ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    page = owner_client.get(reverse("interviews:waiting")).content.decode()
    assert "They'll get back to you by</legend>" in page
    assert "End of this week (Fri 11 Dec)" in page
    assert 'name="news_by"' in page


@pytest.mark.usefixtures("wednesday")
@pytest.mark.parametrize(
    ("sent", "checked_pick", "own_date"),
    [
        ({"news_by_pick": "2026-12-11"}, "2026-12-11", ""),
        ({"news_by": "2026-12-23"}, "", "2026-12-23"),
        ({}, "", ""),
    ],
)
def test_something_else_opens_the_full_form_with_the_date_already_picked(
    owner_client, user, sent, checked_pick, own_date
):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    response = owner_client.post(
        reverse("interviews:update_quick", args=[application.pk]),
        {"more": "1", **sent},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == HTTPStatus.OK
    form_url = response["HX-Redirect"]
    assert form_url.startswith(reverse("interviews:update_create", args=[application.pk]))
    form = owner_client.get(form_url).context["form"]
    assert form["news_by_pick"].value() == checked_pick
    assert str(form["news_by"].value() or "") == own_date
    assert not StatusUpdate.objects.exists()  # nothing logged until the form is sent


@pytest.mark.usefixtures("wednesday")
def test_the_one_click_menu_and_the_full_form_name_each_answer_alike(owner_client, user):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    menu = owner_client.get(reverse("interviews:waiting")).content.decode()
    full = owner_client.get(reverse("interviews:update_create", args=[application.pk]))
    kinds = dict(full.context["form"].fields["kind"].choices)
    for value, label in QuickUpdateForm.KINDS:
        assert kinds[value] == label
        assert f'value="{value}">{label}</button>' in menu


# First-week finding 5: the picks count from the day HR said it, not the day it is typed,
# and "this week" is that week's last working day in the person's calendar.


def test_a_week_ends_on_its_last_working_day_in_the_persons_calendar():
    with holidays_of("DE"):
        # Christmas Day and New Year's Day are Fridays: those weeks end on Thursday.
        assert [(p.label, p.day) for p in promise_picks(dt.date(2026, 12, 22))] == [
            ("End of this week", dt.date(2026, 12, 24)),
            ("Next week", dt.date(2026, 12, 31)),
        ]
        # Said on the Christmas holiday itself, "this week" is over.
        assert [p.label for p in promise_picks(dt.date(2026, 12, 25))] == ["Next week"]


@pytest.mark.usefixtures("wednesday")
def test_the_picks_count_from_the_updates_date(owner_client, user):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    response = log(
        owner_client, application, kind="replied", on="2026-12-03", news_by_pick="2026-12-04"
    )
    assert response.status_code == HTTPStatus.FOUND
    assert application.updates.get().news_by == dt.date(2026, 12, 4)


@pytest.mark.usefixtures("wednesday")
def test_a_pick_from_another_week_than_the_updates_is_refused(owner_client, user):
    # Today's "next week" (Fri 18 Dec) is not a pick for a call on Thu 3 Dec.
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    response = log(
        owner_client, application, kind="replied", on="2026-12-03", news_by_pick="2026-12-18"
    )
    assert "news_by_pick" in response.context["form"].errors
    assert dict(response.context["form"].fields["news_by_pick"].choices) == {
        "": "They didn't say",
        "2026-12-04": "End of this week (Fri 4 Dec)",
        "2026-12-11": "Next week (Fri 11 Dec)",
    }


@pytest.mark.usefixtures("wednesday")
def test_an_update_is_changed_in_place_with_its_own_weeks_picks(owner_client, user):
    application = ApplicationFactory(owner=user, applied_on=dt.date(2026, 11, 20))
    update = StatusUpdateFactory(application=application, kind="replied", on=dt.date(2026, 12, 3))
    url = reverse("interviews:update_edit", args=[update.pk])
    form = owner_client.get(url).context["form"]
    assert dict(form.fields["news_by_pick"].choices)["2026-12-04"] == "End of this week (Fri 4 Dec)"
    weeks = json.loads(form.fields["on"].widget.attrs["data-promise-weeks"])
    assert weeks["2026-11-30"] == ["2026-12-04", "Fri 4 Dec"]
    assert weeks["2026-12-14"] == ["2026-12-18", "Fri 18 Dec"]  # next week's, for today
    response = owner_client.post(
        url, {"kind": "moving_forward", "on": "2026-12-03", "news_by_pick": "2026-12-11"}
    )
    assert response.status_code == HTTPStatus.FOUND
    update.refresh_from_db()
    assert (update.kind, update.news_by) == ("moving_forward", dt.date(2026, 12, 11))
    assert StatusUpdate.objects.count() == 1
